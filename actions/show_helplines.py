"""Shows the helplines for the user's audience, with "open now / opens at" from their hours."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions._content import get_repository
from actions._slots import context
from bot.answers.format import helplines_reply
from bot.content.repository import ContentRepository, HelplineCard

# Who to name first for each audience; the rest of the services for them follow.
PRIORITY = {
    "young_person": ("childline", "meic", "samaritans", "commissioner"),
    "parent": ("nspcc_online", "nspcc", "commissioner", "stop_it_now"),
    "professional": ("nspcc", "nspcc_online", "police_101", "commissioner"),
}
SHOWN = 4


def choose(cards: list[HelplineCard], audience: str | None) -> list[HelplineCard]:
    """The services to show: the audience's priorities first, at most SHOWN, no 999 card."""
    order = PRIORITY.get(audience or "", ("childline", "meic", "nspcc_online", "nspcc"))
    rank = {sid: i for i, sid in enumerate(order)}
    usable = [c for c in cards if not c.emergency]
    usable.sort(key=lambda c: rank.get(c.id, len(rank)))
    return usable[:SHOWN]


class ActionShowHelplines(Action):
    """Answers "who can I talk to?" for parents, young people and professionals."""

    def name(self) -> str:
        return "action_show_helplines"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        ctx = context(tracker)

        def load(repo: ContentRepository) -> tuple[list[HelplineCard], HelplineCard | None]:
            cards = repo.helplines_for(ctx.audience, ctx.language)
            emergency = next(iter(repo.helplines(["emergency"], ctx.language)), None)
            return cards, emergency

        cards, emergency = get_repository().query(load)
        reply = helplines_reply(choose(cards, ctx.audience), emergency,
                                dt.datetime.now(dt.timezone.utc), ctx.language)
        dispatcher.utter_message(**reply.as_dict())
        return []
