"""ContentRepository: named queries over the content store, returning frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content.models import HelplineRow, TipRow, TopicRow
from bot.content.types import AUDIENCES, Hours, HoursRange

AUDIENCE_FOR_HELPLINES = {"young_person": ("child", "young_person"), "parent": ("parent",),
                          "professional": ("professional",)}


@dataclass(frozen=True)
class HelplineCard:
    """A helpline in one language."""

    id: str
    name: str
    phone: str | None
    text: str | None
    web: str | None
    hours: Hours
    purpose: str
    languages: tuple[str, ...]
    emergency: bool
    source: str


@dataclass(frozen=True)
class TipText:
    """A tip in one language."""

    id: str
    text: str
    source: str
    ages: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicAnswer:
    """A topic's tips for one audience, age band and language, with what to offer next."""

    id: str
    title: str
    tips: tuple[TipText, ...]
    services: tuple[HelplineCard, ...]
    follow_ups: tuple[tuple[str, str], ...]
    source: str


def _hours(raw: dict[str, Any]) -> Hours:
    ranges = tuple(HoursRange(tuple(r["days"]), r["open"], r["close"])
                   for r in raw.get("ranges", []))
    return Hours(raw.get("status", "unknown"), ranges)


def _card(row: HelplineRow, language: str) -> HelplineCard:
    welsh = language == "cy"
    return HelplineCard(
        id=row.id, name=(row.name_cy if welsh and row.name_cy else row.name_en),
        phone=row.phone, text=row.text, web=row.web, hours=_hours(row.hours),
        purpose=row.purpose_cy if welsh else row.purpose_en, languages=tuple(row.languages),
        emergency=row.emergency, source=row.source)


class ContentRepository:
    """Reads content for the actions and the gateway; one instance per unit of work."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def helplines_for(self, audience: str | None, language: str) -> list[HelplineCard]:
        """Phone or text services for an audience (everyone's when None), emergency first."""
        wanted = AUDIENCE_FOR_HELPLINES.get(audience or "", AUDIENCES)
        rows = self.session.scalars(select(HelplineRow).order_by(HelplineRow.id)).all()
        chosen = [r for r in rows if (r.phone or r.text) and set(r.audiences) & set(wanted)]
        chosen.sort(key=lambda r: (not r.emergency, r.id != "childline", r.id))
        return [_card(r, language) for r in chosen]

    def helplines(self, ids: list[str] | tuple[str, ...], language: str) -> list[HelplineCard]:
        """The named services, in the order asked for (unknown ids are skipped)."""
        rows = {r.id: r for r in self.session.scalars(
            select(HelplineRow).where(HelplineRow.id.in_(list(ids))))}
        return [_card(rows[i], language) for i in ids if i in rows]

    def topic_title(self, topic: str, language: str) -> str | None:
        """A topic's title, or None when there is no such topic."""
        row = self.session.get(TopicRow, topic)
        if row is None:
            return None
        return str(row.title_cy if language == "cy" else row.title_en)

    def tips_for(self, topic: str, language: str, audience: str | None = None,
                 age_band: str | None = None) -> TopicAnswer | None:
        """A topic's tips for an audience (parent by default) and age band, in order."""
        row = self.session.get(TopicRow, topic)
        if row is None:
            return None
        who = audience if audience in {"parent", "young_person", "professional"} else "parent"
        tips = self.session.scalars(
            select(TipRow).where(TipRow.topic_id == topic).order_by(TipRow.position)).all()
        fitting = [t for t in tips if who in t.audiences and (
            not t.ages or age_band is None or age_band in t.ages)]
        # Age-specific tips first: they answer the situation the user described.
        if age_band:
            fitting.sort(key=lambda t: (age_band not in (t.ages or ()), t.position))
        welsh = language == "cy"
        follow_ups = tuple((f, self.topic_title(f, language) or f) for f in row.follow_ups)
        return TopicAnswer(
            id=row.id, title=row.title_cy if welsh else row.title_en,
            tips=tuple(TipText(t.id, t.text_cy if welsh else t.text_en, t.source, tuple(t.ages))
                       for t in fitting),
            services=tuple(self.helplines(row.services, language)),
            follow_ups=follow_ups, source=row.source)
