"""Summarises the law that applies (age of consent, images of under-18s, messages)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions._tips import show_topic


class ActionExplainLaw(Action):
    """Answers ask_law with the law tips for the audience and the child's age."""

    def name(self) -> str:
        return "action_explain_law"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        return show_topic(dispatcher, tracker, "law", 0)
