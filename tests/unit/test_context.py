"""Finding the child's age, relation, platform and the user's audience."""

from __future__ import annotations

import pytest

from bot.context import age_band, find_age, find_audience, find_platform, find_relation


@pytest.mark.parametrize(("text", "age"), [
    ("my daughter is 11", 11), ("I'm 14", 14), ("he's in year 8", 13),
    ("mae fy merch yn 11 oed", 11), ("dw i'n 14", 14), ("my 12 year old", 12),
    ("she's 15yo", 15), ("mae o ym mlwyddyn 9", 14), ("what is sextortion", None),
    ("call 0800 1111", None)])
def test_age(text: str, age: int | None) -> None:
    assert find_age(text) == age


@pytest.mark.parametrize(("age", "band"), [
    (8, "under_13"), (12, "under_13"), (13, "13_15"), (15, "13_15"), (16, "16_17"),
    (17, "16_17"), (18, None), ("11", "under_13"), (None, None), ("abc", None)])
def test_age_bands_follow_the_law(age: object, band: str | None) -> None:
    assert age_band(age) == band  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "audience"), [
    ("my son plays roblox", "parent"), ("rhiant ydw i", "parent"),
    ("mae fy mab ar TikTok", "parent"), ("my 12 year old is on tiktok", "parent"),
    ("I'm a teacher and a pupil told me", "professional"), ("athro dw i", "professional"),
    ("I work in a school", "professional"), ("I'm 14", "young_person"),
    ("dw i'n 15 oed", "young_person"), ("my mum found my phone", "young_person"),
    ("what is grooming", None)])
def test_audience(text: str, audience: str | None) -> None:
    assert find_audience(text) == audience


def test_relation_and_platform() -> None:
    assert find_relation("my grandson uses discord") == "grandchild"
    assert find_relation("fy mhlentyn maeth") == "child"
    assert find_platform("he's on insta all night") == "Instagram"
    assert find_platform("parental controls") is None
