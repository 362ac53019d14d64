"""Keeps a redacted copy of an unclear message for the content team, when enabled."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from actions._content import get_repository
from bot.review.store import keep, purge
from bot.settings import Settings

logger = logging.getLogger(__name__)


def keep_for_review(message: dict[str, Any], language: str, reason: str) -> None:
    """Stores the user's last message, redacted, if this deployment enables the review inbox."""
    settings = Settings.from_env()
    text = str(message.get("text") or "")
    if not settings.review_enabled or not text or text.startswith("/"):
        return
    risk = message.get("risk") or {}
    intent = (risk.get("classifier") or message.get("intent") or {})
    try:
        with get_repository().primary() as session:
            keep(session, text, language, intent.get("name"), intent.get("confidence"), reason)
            purge(session, settings.review_retention_days)
    except SQLAlchemyError as err:
        logger.warning("could not keep a review item (%s)", type(err).__name__)
