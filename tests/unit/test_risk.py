"""The rule-based risk matcher: pattern syntax and core cases in both languages."""

from __future__ import annotations

import pytest

from bot.risk import compile_pattern, default_matcher


@pytest.fixture(scope="module")
def matcher():  # type: ignore[no-untyped-def]
    return default_matcher()


def test_pattern_syntax() -> None:
    assert compile_pattern("meet|meeting [up] ... tonight") == [
        {"LOWER": {"IN": ["meet", "meeting"]}}, {"LOWER": "up", "OP": "?"},
        {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, {"LOWER": "tonight"}]
    assert compile_pattern("re:meet\\w*") == [{"LOWER": {"REGEX": "^(?:meet\\w*)$"}}]


def test_a_pattern_of_only_wildcards_is_refused() -> None:
    with pytest.raises(ValueError, match="nothing specific"):
        compile_pattern("...")


# The core cases: the lexicon alone must catch each of these.
CORE = [
    ("he's coming to my house tonight, he knows where I live", "urgent_danger"),
    ("my daughter has gone to meet a man she met online", "urgent_danger"),
    ("someone is threatening to share my nudes unless i pay", "urgent_sextortion"),
    ("i want to kill myself", "urgent_self_harm"),
    ("mae e'n dod i'r tŷ heno", "urgent_danger"),
    ("mae rhywun yn bygwth rhannu fy lluniau os na dw i'n talu", "urgent_sextortion"),
    ("dw i isio lladd fy hun", "urgent_self_harm"),
]


@pytest.mark.parametrize(("text", "intent"), CORE)
def test_the_lexicon_alone_catches_core_cases(matcher, text: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert intent in matcher.match(text)


@pytest.mark.parametrize("text", [
    "what is sextortion", "how would I know if my child is being groomed",
    "what is the police non-emergency number", "beth yw sextortion",
    "sut fyddwn i'n gwybod os ydy fy mhlentyn yn cael ei feithrin yn amhriodol",
    "how do I set up parental controls", "", "!!!"])
def test_informational_questions_do_not_match(matcher, text: str) -> None:  # type: ignore[no-untyped-def]
    assert matcher.match(text) == []
