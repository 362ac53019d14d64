"""`python -m bot review export|import|purge`: the content team's review loop."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from bot.content.db import make_engine, migrate, session_factory
from bot.review.importer import import_rows
from bot.review.store import items, purge
from bot.settings import Settings

COLUMNS = ["id", "date", "language", "text", "predicted_intent", "confidence", "reason",
           "correct_intent"]


def review(action: str, file: str | None) -> int:
    """Exports the inbox to CSV, imports a labelled CSV into data/nlu/, or purges old items."""
    settings = Settings.from_env()
    engine = make_engine(settings.database_url)
    migrate(engine)
    factory = session_factory(engine)
    if action == "purge":
        with factory() as session:
            print(f"deleted {purge(session, settings.review_retention_days)} old review items")
        return 0
    if not file:
        print("name the CSV file: python -m bot review export|import FILE", file=sys.stderr)
        return 2
    path = Path(file)
    if action == "export":
        with factory() as session:
            purge(session, settings.review_retention_days)
            rows = items(session)
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            for item in rows:
                writer.writerow([item.id, item.created_at.date().isoformat(), item.language,
                                 item.text, item.predicted_intent or "",
                                 f"{item.confidence:.2f}" if item.confidence is not None else "",
                                 item.reason, ""])
        print(f"exported {len(rows)} messages to {path}; fill in correct_intent, then run "
              f"python -m bot review import {path}")
        return 0
    with path.open(newline="", encoding="utf-8") as handle:
        report = import_rows(list(csv.DictReader(handle)))
    print(report)
    return 0 if not report.rejected else 1
