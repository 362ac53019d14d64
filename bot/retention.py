"""Deletes conversation data older than the retention period from Rasa's SQL tracker store."""

from __future__ import annotations

import time

from sqlalchemy import text

from bot.content.db import make_engine


def purge_trackers(url: str, days: int, now: float | None = None) -> int:
    """Deletes tracker events older than `days`; returns how many rows went."""
    cutoff = (now if now is not None else time.time()) - days * 86400
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            exists = connection.execute(text(
                "SELECT 1 FROM information_schema.tables WHERE table_name = 'events'")
                if engine.dialect.name == "postgresql" else text(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'")).first()
            if not exists:
                return 0
            result = connection.execute(text("DELETE FROM events WHERE timestamp < :cutoff"),
                                        {"cutoff": cutoff})
            return int(result.rowcount or 0)
    finally:
        engine.dispose()
