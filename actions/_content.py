"""The one lazily created content service the actions share (no engine at import time)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.content.db import make_engine, session_factory
from bot.content.repository import ContentRepository
from bot.content.store import memory_copy
from bot.settings import Settings

logger = logging.getLogger(__name__)
T = TypeVar("T")


class ContentService:
    """Runs a query on the content store; on a database fault, on the in-memory copy."""

    def __init__(self, primary: sessionmaker[Session], fallback: sessionmaker[Session]) -> None:
        self.primary = primary
        self.fallback = fallback

    def query(self, fn: Callable[[ContentRepository], T]) -> T:
        """Calls fn with a repository on a short session; never lets a database fault out."""
        try:
            with self.primary() as session:
                return fn(ContentRepository(session))
        except SQLAlchemyError as err:
            logger.warning("content store unreachable (%s); answering from the in-memory copy",
                           type(err).__name__)
        with self.fallback() as session:
            return fn(ContentRepository(session))


@lru_cache(maxsize=1)
def get_repository() -> ContentService:
    """The content service for this process, created on first use."""
    settings = Settings.from_env()
    return ContentService(session_factory(make_engine(settings.database_url)), memory_copy())
