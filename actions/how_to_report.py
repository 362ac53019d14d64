"""Explains how and where to report: police, CEOP, the IWF, Report Remove, the platform."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions._tips import show_topic

REPORTING_ROUTES = ["ceop", "iwf", "report_remove", "police_101"]


class ActionHowToReport(Action):
    """Answers ask_report with the reporting tips and every reporting route's address."""

    def name(self) -> str:
        return "action_how_to_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        return show_topic(dispatcher, tracker, "report", 0, extra=REPORTING_ROUTES)
