"""Shows a guidance topic's tips, two at a time, for the user's audience and child's age."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions._tips import show_topic


def topic_for(intent: str | None, current_topic: str | None, shown: float | None
              ) -> tuple[str | None, int]:
    """The topic and offset to show: a new topic from ask_<topic>, or more of the current."""
    if intent == "more_tips":
        return current_topic, int(shown or 0)
    if intent and intent.startswith("ask_"):
        return intent.removeprefix("ask_"), 0
    return current_topic, 0


class ActionShowTips(Action):
    """Answers ask_<topic> and more_tips from the content store."""

    def name(self) -> str:
        return "action_show_tips"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        topic, offset = topic_for(intent, tracker.get_slot("topic"),
                                  tracker.get_slot("tips_shown"))
        if topic is None:
            dispatcher.utter_message(response="utter_audience_ack")
            return []
        return show_topic(dispatcher, tracker, topic, offset)
