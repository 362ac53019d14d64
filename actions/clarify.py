"""Two-stage fallback: "did you mean …?" with the two best topics, then a rephrase request."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions._content import get_repository
from actions._review import keep_for_review
from actions._slots import context
from bot.content.repository import ContentRepository
from bot.risk import URGENT_INTENTS

ASK = {"en": "I'm not sure I understood. Did you mean one of these?",
       "cy": "Dw i ddim yn siŵr imi ddeall. Oeddech chi'n golygu un o'r rhain?"}
DANGER = {"en": "If you or a child are in danger right now, call 999.",
          "cy": "Os ydych chi neu blentyn mewn perygl nawr, ffoniwch 999."}
OTHER = {"en": "Something else", "cy": "Rhywbeth arall"}


def fallbacks_in_a_row(events: list[dict[str, Any]]) -> int:
    """How many times action_clarify has answered since the last understood message."""
    count = 0
    for event in reversed(events):
        if event.get("event") == "action" and event.get("name") == "action_clarify":
            count += 1
        elif event.get("event") == "user":
            intent = (event.get("parse_data", {}).get("intent") or {}).get("name")
            if intent != "nlu_fallback":
                break
    return count


def candidates(ranking: list[dict[str, Any]], limit: int = 2) -> list[str]:
    """The best-ranked intents worth offering (guidance topics and urgent help)."""
    names = [r.get("name") or "" for r in ranking]
    return [n for n in names if n.startswith("ask_") or n in URGENT_INTENTS][:limit]


class ActionClarify(Action):
    """Offers the two best topics as buttons; a second miss asks to rephrase; then the default."""

    def name(self) -> str:
        return "action_clarify"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        ctx = context(tracker)
        keep_for_review(tracker.latest_message, ctx.language, "fallback")
        misses = fallbacks_in_a_row(tracker.events)
        if misses >= 2:
            dispatcher.utter_message(response="utter_default")
            return []
        if misses == 1:
            dispatcher.utter_message(response="utter_ask_rephrase")
            return []
        best = candidates(tracker.latest_message.get("intent_ranking") or [])
        topics = [b for b in best if b.startswith("ask_")]

        def titles(repo: ContentRepository) -> list[str | None]:
            return [repo.topic_title(t.removeprefix("ask_"), ctx.language) for t in topics]

        names = get_repository().query(titles)
        buttons = [{"title": title, "payload": f"/{intent}"}
                   for intent, title in zip(topics, names, strict=True) if title]
        buttons.append({"title": OTHER[ctx.language], "payload": "/deny"})
        text = ASK[ctx.language]
        if any(b in URGENT_INTENTS for b in best):
            text = f"{DANGER[ctx.language]}\n{text}"
        dispatcher.utter_message(text=text, buttons=buttons)
        return []
