"""Loads data/content/ into the store: adds new items, updates changed ones, removes deleted."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content.models import Base, HelplineRow, TipRow, TopicRow
from bot.content.source import render
from bot.content.types import Content, Helpline, Hours


@dataclass
class SeedReport:
    """What a seed changed, by table."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        if not (self.added or self.updated or self.removed):
            return "content store: up to date, nothing changed"
        parts = [f"{len(v)} {k} ({', '.join(v[:8])}{' …' if len(v) > 8 else ''})"
                 for k, v in (("added", self.added), ("updated", self.updated),
                              ("removed", self.removed)) if v]
        return "content store: " + "; ".join(parts)


def _hours(hours: Hours) -> dict[str, Any]:
    return {"status": hours.status,
            "ranges": [dataclasses.asdict(r) | {"days": list(r.days)} for r in hours.ranges]}


def _rows(content: Content) -> list[tuple[type[Any], dict[str, Any]]]:
    """Every row the content should produce, as (table class, column values)."""
    lines = content.helplines
    rows: list[tuple[type[Any], dict[str, Any]]] = []
    for h in lines.values():
        rows.append((HelplineRow, _helpline_values(h)))
    for topic in content.topics.values():
        rows.append((TopicRow, dict(
            id=topic.id, title_en=topic.title.en, title_cy=topic.title.cy or topic.title.en,
            services=list(topic.services), follow_ups=list(topic.follow_ups),
            source=topic.source, last_reviewed=topic.last_reviewed)))
        for tip in topic.tips:
            rows.append((TipRow, dict(
                id=tip.id, topic_id=topic.id, position=tip.position,
                audiences=list(tip.audiences), ages=list(tip.ages),
                text_en=render(tip.text.en, lines, "en"),
                text_cy=render(tip.text.cy or tip.text.en, lines, "cy"),
                source=tip.source, last_reviewed=tip.last_reviewed)))
    return rows


def _helpline_values(h: Helpline) -> dict[str, Any]:
    return dict(
        id=h.id, name_en=h.name.en, name_cy=h.name.cy, audiences=list(h.audiences),
        phone=h.phone, text=h.text, web=h.web, hours=_hours(h.hours),
        languages=list(h.languages), free=h.free, emergency=h.emergency,
        purpose_en=h.purpose.en, purpose_cy=h.purpose.cy or h.purpose.en, source=h.source,
        last_reviewed=h.last_reviewed)


def seed(session: Session, content: Content) -> SeedReport:
    """Makes the store hold exactly `content`; commits; reports what changed."""
    report = SeedReport()
    wanted = _rows(content)
    for table in (TipRow, TopicRow, HelplineRow):  # children first
        keep = {values["id"] for cls, values in wanted if cls is table}
        for row in session.scalars(select(table)).all():
            if row.id not in keep:
                session.delete(row)
                report.removed.append(f"{table.__tablename__}:{row.id}")
    session.flush()
    for table, values in wanted:
        row = session.get(table, values["id"])
        if row is None:
            session.add(table(**values))
            report.added.append(f"{table.__tablename__}:{values['id']}")
        elif any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            report.updated.append(f"{table.__tablename__}:{values['id']}")
        session.flush()
    session.commit()
    return report


__all__ = ["Base", "SeedReport", "seed"]
