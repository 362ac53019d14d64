"""Reads and validates the reviewed content files in data/content/."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from bot import ROOT
from bot.content.types import (
    AGE_BANDS,
    AUDIENCES,
    DAYS,
    TIP_AUDIENCES,
    Bilingual,
    Content,
    Helpline,
    Hours,
    HoursRange,
    Problem,
    Tip,
    Topic,
)

CONTENT_DIR = ROOT / "data" / "content"
PHONE = re.compile(r"^(999|101|111|116 \d{3}|0\d{2,4}( \d{3,6}){1,3})$")
SMS = re.compile(r"^\d{5,6}$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")
PLACEHOLDER = re.compile(r"\{\{\s*([a-z0-9_]+)\.(phone|text|web|name)\s*\}\}")
STALE_AFTER = dt.timedelta(days=365)


class _Reader:
    """Collects problems while reading one file, so every fault is reported at once."""

    def __init__(self, path: Path, problems: list[Problem], today: dt.date) -> None:
        self.file = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        self.problems = problems
        self.today = today

    def fail(self, item: str, field: str, message: str, warning: bool = False) -> None:
        self.problems.append(Problem(self.file, item, field, message, warning))

    def text(self, raw: dict[str, Any], item: str, field: str, welsh_optional: bool = False
             ) -> Bilingual:
        value = raw.get(field)
        if not isinstance(value, dict):
            self.fail(item, field, "needs `en:` and `cy:` texts")
            return Bilingual("", None)
        en, cy = value.get("en"), value.get("cy")
        if not isinstance(en, str) or not en.strip():
            self.fail(item, f"{field}.en", "English text is missing")
            en = ""
        if cy is None and welsh_optional:
            return Bilingual(en.strip(), None)
        if not isinstance(cy, str) or not cy.strip():
            self.fail(item, f"{field}.cy", "Welsh text is missing: add the `cy:` translation")
            return Bilingual(en.strip(), None)
        return Bilingual(en.strip(), cy.strip())

    def choices(self, raw: dict[str, Any], item: str, field: str, allowed: tuple[str, ...],
                required: bool = True) -> tuple[str, ...]:
        value = raw.get(field.rsplit(".", 1)[-1])
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not value:
            self.fail(item, field, f"needs a list of one or more of: {', '.join(allowed)}")
            return ()
        bad = [str(v) for v in value if v not in allowed]
        if bad:
            self.fail(item, field, f"unknown value(s) {bad}; use: {', '.join(allowed)}")
        return tuple(str(v) for v in value if v in allowed)

    def reviewed(self, raw: dict[str, Any], item: str) -> tuple[str, str]:
        source = raw.get("source")
        if not isinstance(source, str) or not source.strip():
            self.fail(item, "source", "every fact needs its source (guide section or organisation)")
            source = ""
        date = str(raw.get("last_reviewed", ""))
        try:
            when = dt.date.fromisoformat(date)
            if self.today - when > STALE_AFTER:
                self.fail(item, "last_reviewed", f"not reviewed since {date}: check it", True)
        except ValueError:
            self.fail(item, "last_reviewed", "needs a date written YYYY-MM-DD")
        return source.strip(), date

    def hours(self, raw: Any, item: str) -> Hours:
        if not isinstance(raw, dict) or raw.get("status") not in {"always", "weekly", "unknown"}:
            self.fail(item, "hours", "needs `status:` always, weekly or unknown")
            return Hours("unknown")
        if raw["status"] != "weekly":
            return Hours(str(raw["status"]))
        ranges: list[HoursRange] = []
        for rng in raw.get("ranges") or []:
            days = self.choices(rng, item, "hours.days", DAYS) if isinstance(rng, dict) else ()
            start, end = (str(rng.get(k, "")) for k in ("open", "close")) if days else ("", "")
            if not days or not TIME.match(start) or not TIME.match(end) or start >= end:
                self.fail(item, "hours.ranges", f"range {rng!r} does not parse (days, HH:MM open "
                          "before close)")
                continue
            for other in ranges:
                if set(days) & set(other.days) and start < other.close and other.open < end:
                    self.fail(item, "hours.ranges", f"{start}-{end} overlaps "
                              f"{other.open}-{other.close} on the same day")
            ranges.append(HoursRange(days, start, end))
        if not ranges:
            self.fail(item, "hours.ranges", "weekly hours need at least one range")
            return Hours("unknown")
        return Hours("weekly", tuple(ranges))


def _load_yaml(path: Path, problems: list[Problem]) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        problems.append(Problem(str(path.name), "-", "-", f"is not valid YAML: {err}"))
        return {}
    if not isinstance(data, dict):
        problems.append(Problem(str(path.name), "-", "-", "must be a mapping with version: 1"))
        return {}
    return data


def _helplines(path: Path, problems: list[Problem], today: dt.date) -> dict[str, Helpline]:
    reader, out = _Reader(path, problems, today), {}
    for raw in _load_yaml(path, problems).get("helplines") or []:
        item = str(raw.get("id", "?"))
        if not re.fullmatch(r"[a-z0-9_]+", item) or item in out:
            reader.fail(item, "id", "needs a unique lower_snake_case id")
        phone, sms, web = raw.get("phone"), raw.get("text"), raw.get("web")
        if phone is not None and not PHONE.match(str(phone)):
            reader.fail(item, "phone", f"'{phone}' is not a UK number written with spaces")
        if sms is not None and not SMS.match(str(sms)):
            reader.fail(item, "text", f"'{sms}' is not a 5-6 digit text number")
        if web is not None and not str(web).startswith("https://"):
            reader.fail(item, "web", f"'{web}' must be an https:// address")
        source, reviewed = reader.reviewed(raw, item)
        out[item] = Helpline(
            id=item, name=reader.text(raw, item, "name", welsh_optional=True),
            audiences=reader.choices(raw, item, "audiences", AUDIENCES),
            phone=None if phone is None else str(phone), text=None if sms is None else str(sms),
            web=None if web is None else str(web), hours=reader.hours(raw.get("hours"), item),
            languages=tuple(raw.get("languages") or ("en",)),
            free=raw.get("free"), emergency=bool(raw.get("emergency", False)),
            purpose=reader.text(raw, item, "purpose"), source=source, last_reviewed=reviewed)
    return out


def _topic(path: Path, problems: list[Problem], today: dt.date, seen: set[str]) -> Topic | None:
    reader, raw = _Reader(path, problems, today), _load_yaml(path, problems)
    if not raw:
        return None
    topic = str(raw.get("topic", ""))
    if topic != path.stem:
        reader.fail(topic or "?", "topic", f"must equal the file name '{path.stem}'")
    tips = []
    for position, item_raw in enumerate(raw.get("items") or []):
        item = str(item_raw.get("id", f"#{position + 1}"))
        if item in seen:
            reader.fail(item, "id", "is used twice; ids must be unique across all topics")
        seen.add(item)
        source, reviewed = reader.reviewed(item_raw, item)
        tips.append(Tip(
            id=item, topic=path.stem, position=position,
            audiences=reader.choices(item_raw, item, "audiences", TIP_AUDIENCES),
            ages=reader.choices(item_raw, item, "ages", AGE_BANDS, required=False),
            text=reader.text(item_raw, item, "text"), source=source, last_reviewed=reviewed))
    if not tips:
        reader.fail(path.stem, "items", "a topic needs at least one item")
    dates = sorted(t.last_reviewed for t in tips if t.last_reviewed)
    return Topic(
        id=path.stem, title=reader.text(raw, path.stem, "title"),
        services=tuple(raw.get("services") or ()), follow_ups=tuple(raw.get("follow_ups") or ()),
        tips=tuple(tips), source=str(raw.get("source") or (tips[0].source if tips else "")),
        last_reviewed=dates[0] if dates else "")


def _cross_check(content: Content, problems: list[Problem]) -> None:
    for topic in content.topics.values():
        file = f"data/content/tips/{topic.id}.yml"
        for sid in topic.services:
            if sid not in content.helplines:
                problems.append(Problem(file, topic.id, "services", f"unknown service '{sid}'"))
        for fid in topic.follow_ups:
            if fid not in content.topics:
                problems.append(Problem(file, topic.id, "follow_ups", f"unknown topic '{fid}'"))
        for tip in topic.tips:
            for language in ("en", "cy"):
                for sid, fld in PLACEHOLDER.findall(tip.text.get(language)):
                    service = content.helplines.get(sid)
                    if service is None or (fld != "name" and getattr(service, fld) is None):
                        problems.append(Problem(file, tip.id, f"text.{language}",
                                                f"placeholder {{{{{sid}.{fld}}}}} has no value"))


def load_content(directory: Path = CONTENT_DIR, today: dt.date | None = None
                 ) -> tuple[Content, list[Problem]]:
    """Reads every content file; returns the content and every problem found."""
    today = today or dt.date.today()
    problems: list[Problem] = []
    helplines = _helplines(directory / "helplines.yml", problems, today)
    seen: set[str] = set()
    topics = {}
    for path in sorted((directory / "tips").glob("*.yml")):
        topic = _topic(path, problems, today, seen)
        if topic:
            topics[topic.id] = topic
    content = Content(helplines, topics)
    _cross_check(content, problems)
    return content, problems


def render(text: str, helplines: dict[str, Helpline], language: str) -> str:
    """Replaces {{service.field}} placeholders with the facts from helplines.yml."""

    def value(match: re.Match[str]) -> str:
        service = helplines[match.group(1)]
        if match.group(2) == "name":
            return service.name.get(language)
        return str(getattr(service, match.group(2)) or "")

    return PLACEHOLDER.sub(value, text)
