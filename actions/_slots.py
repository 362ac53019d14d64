"""Reading the slots every action needs, with safe defaults."""

from __future__ import annotations

from dataclasses import dataclass

from rasa_sdk import Tracker

from bot.context import age_band


@dataclass(frozen=True)
class Context:
    """Who we are talking to and about, from the tracker."""

    language: str
    audience: str | None
    age: int | None
    age_band: str | None


def context(tracker: Tracker) -> Context:
    """The conversation's language (en by default), audience and the child's age."""
    language = tracker.get_slot("language")
    raw_age = tracker.get_slot("age")
    try:
        age = int(float(raw_age)) if raw_age is not None else None
    except (TypeError, ValueError):
        age = None
    return Context(language if language in {"en", "cy"} else "en",
                   tracker.get_slot("audience"), age, age_band(age))
