"""Whether a service is open now, and when it opens next, from its hours (Europe/London)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.content.types import DAYS, Hours

LONDON = ZoneInfo("Europe/London")
DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "cy": ("ddydd Llun", "ddydd Mawrth", "ddydd Mercher", "ddydd Iau", "ddydd Gwener",
           "ddydd Sadwrn", "ddydd Sul"),
}


@dataclass(frozen=True)
class OpenStatus:
    """open_now is None when the hours are unknown; opens_at is the next opening if closed."""

    open_now: bool | None
    opens_at: dt.datetime | None = None


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def status_at(hours: Hours, now: dt.datetime) -> OpenStatus:
    """The open/closed status of `hours` at `now` (any timezone-aware time)."""
    if hours.status == "always":
        return OpenStatus(True)
    if hours.status != "weekly":
        return OpenStatus(None)
    local = now.astimezone(LONDON)
    minute = local.hour * 60 + local.minute
    for offset in range(8):
        day = local.date() + dt.timedelta(days=offset)
        name = DAYS[day.weekday()]
        starts = sorted(_minutes(r.open) for r in hours.ranges if name in r.days and (
            offset > 0 or _minutes(r.close) > minute))
        for rng in hours.ranges:
            if offset == 0 and name in rng.days and _minutes(rng.open) <= minute < _minutes(
                    rng.close):
                return OpenStatus(True)
        if starts:
            start = starts[0]
            when = dt.datetime.combine(day, dt.time(start // 60, start % 60), tzinfo=LONDON)
            return OpenStatus(False, when)
    return OpenStatus(False)


def describe(hours: Hours, now: dt.datetime, language: str) -> str:
    """A short phrase such as "open now", "opens at 09:00 on Monday" or "check the website"."""
    status = status_at(hours, now)
    if status.open_now is None:
        return "gwiriwch y wefan am yr oriau agor" if language == "cy" else \
            "check the website for opening hours"
    if status.open_now:
        if hours.status == "always":
            return "ar agor bob amser" if language == "cy" else "open 24 hours"
        return "ar agor nawr" if language == "cy" else "open now"
    if status.opens_at is None:
        return "ar gau" if language == "cy" else "closed"
    local_now = now.astimezone(LONDON).date()
    when = status.opens_at
    time = when.strftime("%H:%M")
    if when.date() == local_now:
        return f"ar gau, yn agor am {time} heddiw" if language == "cy" else \
            f"closed, opens at {time} today"
    day = DAY_NAMES[language if language in DAY_NAMES else "en"][when.weekday()]
    return f"ar gau, yn agor am {time} {day}" if language == "cy" else \
        f"closed, opens at {time} on {day}"
