"""Keeps the message that did not get a helpful answer, redacted, for the content team."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions._review import keep_for_review
from actions._slots import context


def previous_user_message(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The user message before the latest one (the one the answer did not help with)."""
    users = [e for e in events if e.get("event") == "user"]
    return users[-2].get("parse_data", {}) | {"text": users[-2].get("text")} if len(
        users) >= 2 else {}


class ActionNoteNotHelpful(Action):
    """After "that didn't help": store what the user had asked, for review."""

    def name(self) -> str:
        return "action_note_not_helpful"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        keep_for_review(previous_user_message(tracker.events), context(tracker).language,
                        "not_helpful")
        return []
