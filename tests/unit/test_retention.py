"""The retention job deletes old tracker events and keeps recent ones."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.content.db import make_engine
from bot.retention import purge_trackers

URLS = [None] + ([os.environ["TEST_POSTGRES_URL"]] if os.environ.get("TEST_POSTGRES_URL")
                 else [])


@pytest.mark.parametrize("url", URLS, ids=["sqlite", "postgresql"][: len(URLS)])
def test_old_events_go_and_recent_ones_stay(url: str | None, tmp_path: Path) -> None:
    url = url or f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = make_engine(url)
    now = time.time()
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS events"))
        conn.execute(text("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, "
                          "timestamp FLOAT)"))
        conn.execute(text("INSERT INTO events VALUES (1, 'a', :old), (2, 'a', :new)"),
                     {"old": now - 31 * 86400, "new": now - 86400})
    assert purge_trackers(url, 30, now) == 1
    with engine.begin() as conn:
        assert [r[0] for r in conn.execute(text("SELECT id FROM events"))] == [2]
        conn.execute(text("DROP TABLE events"))
    engine.dispose()


def test_no_tracker_table_is_not_an_error(tmp_path: Path) -> None:
    assert purge_trackers(f"sqlite:///{tmp_path / 'empty.db'}", 30) == 0
