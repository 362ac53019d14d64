"""Seeding is idempotent: a second run changes nothing; edits and deletions are applied."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session, sessionmaker

from bot.content.repository import ContentRepository
from bot.content.seed import seed
from bot.content.source import load_content
from bot.content.types import Bilingual


def test_reseeding_unchanged_content_changes_nothing(store: sessionmaker[Session]) -> None:
    content, _ = load_content()
    with store() as session:
        report = seed(session, content)
    assert not (report.added or report.updated or report.removed)
    assert "nothing changed" in str(report)


def test_changed_and_deleted_items_are_updated_and_removed(store: sessionmaker[Session]) -> None:
    content, _ = load_content()
    lines = dict(content.helplines)
    lines["meic"] = dataclasses.replace(lines["meic"], purpose=Bilingual("New", "Newydd"))
    del lines["samaritans"]
    changed = dataclasses.replace(content, helplines=lines)
    for topic in content.topics.values():  # no topic may name the deleted service
        assert "samaritans" not in topic.services
    with store() as session:
        report = seed(session, changed)
        card = ContentRepository(session).helplines(["meic"], "cy")[0]
    assert "helplines:meic" in report.updated
    assert "helplines:samaritans" in report.removed
    assert card.purpose == "Newydd"
