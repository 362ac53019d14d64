"""Engine and session factories, created on demand (never at import time)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite files get their folder created, :memory: one shared link."""
    if url.startswith("sqlite"):
        if url in {"sqlite://", "sqlite:///:memory:"}:
            return create_engine(url, future=True, poolclass=StaticPool,
                                 connect_args={"check_same_thread": False})
        Path(url.split("///", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
        return create_engine(url, future=True, connect_args={"timeout": 5})
    return create_engine(url, future=True, pool_pre_ping=True, pool_size=5,
                         connect_args={"connect_timeout": 3} if "postgres" in url else {})


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """A factory of short sessions, one per unit of work."""
    return sessionmaker(engine, future=True, expire_on_commit=False)


def migrate(engine: Engine) -> None:
    """Brings the schema to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
