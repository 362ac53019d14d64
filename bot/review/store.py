"""Keeping, listing and deleting review items; text is redacted before it is stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.content.models import ReviewItemRow
from bot.review.redact import redact


@dataclass(frozen=True)
class ReviewItem:
    """A stored, redacted message for the content team."""

    id: int
    created_at: dt.datetime
    text: str
    language: str
    predicted_intent: str | None
    confidence: float | None
    reason: str


def keep(session: Session, text: str, language: str, intent: str | None,
         confidence: float | None, reason: str, now: dt.datetime | None = None) -> None:
    """Stores a redacted copy of a message the assistant was unsure about."""
    clean = redact(text.strip())[:1000]
    if not clean:
        return
    session.add(ReviewItemRow(created_at=now or dt.datetime.now(dt.timezone.utc), text=clean,
                              language=language if language in {"en", "cy"} else "en",
                              predicted_intent=intent, confidence=confidence, reason=reason))
    session.commit()


def items(session: Session) -> list[ReviewItem]:
    """Every stored item, oldest first."""
    rows = session.scalars(select(ReviewItemRow).order_by(ReviewItemRow.id)).all()
    return [ReviewItem(r.id, r.created_at, r.text, r.language, r.predicted_intent,
                       r.confidence, r.reason) for r in rows]


def purge(session: Session, retention_days: int, now: dt.datetime | None = None) -> int:
    """Deletes items older than the retention period; returns how many."""
    cutoff = (now or dt.datetime.now(dt.timezone.utc)) - dt.timedelta(days=retention_days)
    result = session.execute(delete(ReviewItemRow).where(ReviewItemRow.created_at < cutoff))
    session.commit()
    return int(result.rowcount or 0)
