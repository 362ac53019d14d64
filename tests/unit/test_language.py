"""Reply-language detection: short, informal, accentless and mixed messages."""

from __future__ import annotations

import pytest

from bot.language import choose_language, detect_language, requested_language


@pytest.mark.parametrize("text", [
    "shwmae", "diolch", "dw i'n poeni am fy mab", "dwin poeni am fy merch",
    "mae fy merch yn 11", "sut dwi'n troi rheolaethau rhieni mlaen", "beth yw sextortion",
    "rheolaethau rhieni", "mae rhywun yn bygwth rhannu fy lluniau", "ydy hyn yn normal",
    "ma fe di anfon llunie ata i", "sut mae riportio rhywun ar snapchat"])
def test_welsh_messages_are_detected_as_welsh(text: str) -> None:
    assert detect_language(text) == "cy"


@pytest.mark.parametrize("text", [
    "hello", "my son is on snapchat", "what is sextortion", "pls help",
    "how do i set parental controls on my sons xbox", "parental controls", "thanks",
    "im worried about my daughter"])
def test_english_messages_are_detected_as_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", ["xbox", "Snapchat", "ok?", "999", "", "🙂"])
def test_unclear_messages_keep_the_current_language(text: str) -> None:
    assert choose_language(text, None) is None


def test_the_widget_switch_decides_when_the_text_is_unclear() -> None:
    assert choose_language("snapchat", "cy") == "cy"
    assert choose_language("/greet", "cy") == "cy"


def test_clear_text_in_the_other_language_wins_over_the_switch() -> None:
    assert choose_language("mae fy mab yn cael ei fwlio ar-lein", "en") == "cy"
    assert choose_language("my son is being bullied online", "cy") == "en"


@pytest.mark.parametrize(("text", "language"), [
    ("Ga i siarad yn Gymraeg?", "cy"), ("can we speak welsh please", "cy"),
    ("Cymraeg", "cy"), ("english please", "en"), ("ga i siarad Saesneg", "en"),
    ("in English", "en")])
def test_explicit_requests_switch_language(text: str, language: str) -> None:
    assert requested_language(text) == language
    assert choose_language(text, "en" if language == "cy" else "cy") == language


@pytest.mark.parametrize("text", [
    "can I get support in Welsh on the phone", "is there a helpline in welsh for young people",
    "what is the welsh for grooming"])
def test_questions_about_welsh_are_not_requests_to_switch(text: str) -> None:
    assert requested_language(text) is None
    assert choose_language(text, None) == "en"


@pytest.mark.parametrize("text", ["diolch am dy help", "ie", "yndi"])
def test_short_welsh_replies_are_welsh(text: str) -> None:
    assert choose_language(text, None) == "cy"
