"""Shared by the tips, law and reporting actions: show a topic's next tips."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions._content import get_repository
from actions._slots import context
from bot.answers.format import talk_to_person, tips_reply
from bot.content.repository import ContentRepository

PERSON_SERVICES = ("childline", "meic", "nspcc")


def show_topic(dispatcher: CollectingDispatcher, tracker: Tracker, topic: str, offset: int,
               extra: list[str] | None = None) -> list[dict[str, Any]]:
    """Sends the topic's tips from `offset` (plus extra service ids as lines); sets the slots."""
    ctx = context(tracker)

    def load(repo: ContentRepository) -> tuple[Any, dict[str, Any], list[Any]]:
        answer = repo.tips_for(topic, ctx.language, ctx.audience, ctx.age_band)
        people = {c.id: c for c in repo.helplines(PERSON_SERVICES, ctx.language)}
        return answer, people, repo.helplines(extra or [], ctx.language)

    answer, people, cards = get_repository().query(load)
    if answer is None:
        dispatcher.utter_message(response="utter_default")
        return []
    routes = tuple(f"• {c.name}: {c.web or c.phone}" for c in cards if c.web or c.phone)
    reply, new_offset = tips_reply(answer, offset, ctx.language, ctx.age, ctx.age_band,
                                   talk_to_person(people, ctx.audience, ctx.language),
                                   routes if offset == 0 else ())
    dispatcher.utter_message(**reply.as_dict())
    return [SlotSet("topic", topic), SlotSet("tips_shown", float(new_offset))]
