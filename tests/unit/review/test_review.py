"""Redaction before storage, retention, and importing labelled rows."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.review.importer import import_rows
from bot.review.redact import looks_personal, redact
from bot.review.store import items, keep, purge


@pytest.mark.parametrize(("text", "expected"), [
    ("call me on 07700 900123 pls", "[phone]"), ("ring 029 2034 5678", "[phone]"),
    ("my email is jo.bloggs@example.com", "[email]"), ("we live at CF10 1AA", "[postcode]"),
    ("see www.example.com/x", "[url]"), ("my daughter Megan is 12", "[name]"),
    ("his snap is @coolguy99", "[handle]"), ("fy enw i yw Siân", "[name]")])
def test_personal_details_are_redacted(text: str, expected: str) -> None:
    assert expected in redact(text)
    assert looks_personal(text)


def test_plain_questions_are_left_alone() -> None:
    assert redact("how do i set parental controls on an xbox") == \
        "how do i set parental controls on an xbox"


def test_a_phone_number_never_reaches_the_stored_row(store: sessionmaker[Session]) -> None:
    with store() as session:
        keep(session, "my number is 07700 900123, help", "en", "nlu_fallback", 0.3, "fallback")
        stored = items(session)
    assert stored[-1].text == "my number is [phone], help"
    assert "07700" not in stored[-1].text


def test_old_items_are_deleted(store: sessionmaker[Session]) -> None:
    now = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)
    with store() as session:
        keep(session, "old question", "en", None, None, "fallback",
             now - dt.timedelta(days=40))
        keep(session, "new question", "cy", None, None, "fallback", now)
        assert purge(session, 30, now) == 1
        assert [i.text for i in items(session)] == ["new question"]


def test_import_adds_to_the_right_file_and_rejects_the_rest(tmp_path: Path) -> None:
    from bot.evaluation.data import NLU_DIR

    nlu = tmp_path / "data" / "nlu"
    shutil.copytree(NLU_DIR, nlu)
    rows = [
        {"id": "1", "text": "can my kid's tablet block adult sites on its own",
         "language": "en", "correct_intent": "ask_parental_controls"},
        {"id": "2", "text": "sut mae cloi'r dabled rhag gwefannau oedolion", "language": "cy",
         "correct_intent": "ask_parental_controls"},
        {"id": "3", "text": "something", "language": "en", "correct_intent": "ask_astrology"},
        {"id": "4", "text": "call 07700 900123", "language": "en", "correct_intent": "greet"},
        {"id": "5", "text": "ignored", "language": "en", "correct_intent": ""},
    ]
    report = import_rows(rows, nlu)
    assert len(report.added) == 2 and len(report.rejected) == 2
    assert "can my kid's tablet" in (nlu / "en" / "parental_controls.yml").read_text()
    assert "cloi'r dabled" in (nlu / "cy" / "parental_controls.yml").read_text()
    again = import_rows(rows[:1], nlu)
    assert "already in the training data" in again.rejected[0]
