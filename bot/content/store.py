"""Opening the content store: migrate, seed, and an in-memory copy for when the database fails."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from bot.content.db import make_engine, migrate, session_factory
from bot.content.seed import SeedReport, seed
from bot.content.source import load_content


def prepare(url: str) -> tuple[sessionmaker[Session], SeedReport]:
    """Migrates the database at `url`, seeds it from data/content/, returns a session factory."""
    content, problems = load_content()
    errors = [p for p in problems if not p.warning]
    if errors:
        raise ValueError("content has errors:\n" + "\n".join(str(p) for p in errors))
    engine = make_engine(url)
    migrate(engine)
    factory = session_factory(engine)
    with factory() as session:
        report = seed(session, content)
    return factory, report


def memory_copy() -> sessionmaker[Session]:
    """A seeded in-memory SQLite store, used when the configured database is unreachable."""
    factory, _ = prepare("sqlite://")
    return factory
