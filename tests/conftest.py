"""Shared fixtures: content stores on in-memory SQLite and, when configured, PostgreSQL.

Imports stay inside the fixture so that the gateway's tests also run in the gateway's own
environment, which has no SQLAlchemy.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "")
STORE_URLS = ["sqlite://"] + ([POSTGRES_URL] if POSTGRES_URL else [])


@pytest.fixture(params=STORE_URLS, ids=lambda u: u.split(":")[0])
def store(request: pytest.FixtureRequest) -> Iterator[sessionmaker[Session]]:
    """A migrated, seeded content store: in-memory SQLite, and PostgreSQL in CI."""
    from sqlalchemy import text

    from bot.content.db import make_engine
    from bot.content.store import prepare

    url = request.param
    if url.startswith("postgresql"):
        engine = make_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS review_items, tips, topics, helplines, "
                              "alembic_version CASCADE"))
        engine.dispose()
    factory, _ = prepare(url)
    yield factory
    factory.kw["bind"].dispose()
