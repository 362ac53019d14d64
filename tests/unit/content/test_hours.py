"""Open now / opens at, in Europe/London, from weekly hours."""

from __future__ import annotations

import datetime as dt

from bot.content.hours import LONDON, describe, status_at
from bot.content.types import Hours, HoursRange

WEEKDAYS = Hours("weekly", (HoursRange(("mon", "tue", "wed", "thu", "fri"), "09:00", "17:00"),))


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    # 2026-11-30 is a Monday
    return dt.datetime(2026, 11, 30 + day, hour, minute, tzinfo=LONDON) if day < 1 else \
        dt.datetime(2026, 12, day, hour, minute, tzinfo=LONDON)


def test_open_during_the_range() -> None:
    assert status_at(WEEKDAYS, at(0, 10)).open_now is True


def test_closed_before_opening_today_says_today() -> None:
    assert describe(WEEKDAYS, at(0, 8), "en") == "closed, opens at 09:00 today"


def test_closed_on_friday_evening_opens_on_monday_in_welsh() -> None:
    friday_evening = dt.datetime(2026, 12, 4, 18, 0, tzinfo=LONDON)
    assert describe(WEEKDAYS, friday_evening, "cy") == "ar gau, yn agor am 09:00 ddydd Llun"


def test_unknown_hours_are_never_guessed() -> None:
    assert status_at(Hours("unknown"), at(0, 10)).open_now is None
    assert "check the website" in describe(Hours("unknown"), at(0, 10), "en")


def test_utc_times_are_converted_to_london_summer_time() -> None:
    # 08:30 UTC on a July Monday is 09:30 in London: open.
    summer = dt.datetime(2026, 7, 6, 8, 30, tzinfo=dt.timezone.utc)
    assert status_at(WEEKDAYS, summer).open_now is True


def test_always_open() -> None:
    assert describe(Hours("always"), at(0, 3), "en") == "open 24 hours"
