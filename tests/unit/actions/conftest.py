"""Actions run against a real in-memory content store; trackers are built inline."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from sqlalchemy.orm import Session, sessionmaker

from actions._content import ContentService


@pytest.fixture
def service(store: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch) -> ContentService:
    svc = ContentService(store, store)
    for module in ("actions._tips", "actions.show_helplines", "actions.clarify",
                   "actions._review"):
        monkeypatch.setattr(f"{module}.get_repository", lambda: svc)
    return svc


def tracker(intent: str, text: str = "", ranking: list[dict[str, Any]] | None = None,
            events: list[dict[str, Any]] | None = None, **slots: Any) -> Tracker:
    """A tracker whose latest message has `intent`, with the given slots."""
    message = {"intent": {"name": intent, "confidence": 0.9}, "text": text,
               "intent_ranking": ranking or [], "entities": []}
    return Tracker("test", {"language": "en", **slots}, message, events or [], False, None,
                   {}, "action_listen")
