"""The merged domain keeps every English and Welsh variation, mutually exclusive."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bot import ROOT
from bot.content.source import load_content
from bot.training.domain import build_domain, parity_problems, welsh_responses


@pytest.fixture(scope="module")
def merged() -> dict[str, Any]:
    return build_domain(load_content()[0].helplines)


def _matching(variations: list[dict[str, Any]], slots: dict[str, Any]) -> list[dict[str, Any]]:
    """Rasa 3.6's choice: matching conditional variations, else the unconditional ones."""
    conditional = [v for v in variations if v.get("condition") and all(
        slots.get(c["name"]) == c["value"] for c in v["condition"])]
    return conditional or [v for v in variations if not v.get("condition")]


def test_the_shipped_domain_has_full_welsh_parity() -> None:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert parity_problems(domain, welsh_responses(), load_content()[0].helplines) == []


def test_every_response_keeps_both_languages(merged: dict[str, Any]) -> None:
    for name, variations in merged["responses"].items():
        languages = {c["value"] for v in variations for c in v.get("condition", [])
                     if c["name"] == "language"}
        assert languages >= {"cy"}, name
        assert any(not v.get("condition") for v in variations), f"{name} has no default"


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("audience", [None, "parent", "young_person", "professional"])
def test_exactly_one_kind_of_variation_matches(merged: dict[str, Any], language: str,
                                               audience: str | None) -> None:
    for name, variations in merged["responses"].items():
        chosen = _matching(variations, {"language": language, "audience": audience})
        texts = {v["text"] for v in chosen}
        assert len(texts) == 1, (name, language, audience, texts)


def test_facts_are_filled_in_and_welsh_is_chosen_in_welsh(merged: dict[str, Any]) -> None:
    urgent = merged["responses"]["utter_urgent_danger"]
    welsh = _matching(urgent, {"language": "cy"})[0]["text"]
    english = _matching(urgent, {"language": "en"})[0]["text"]
    assert "{{" not in welsh + english
    assert welsh.startswith(("Os", "Ffoniwch")) and "999" in welsh
    assert english.startswith("If a child is in danger right now, call 999")
    assert "0800 1111" in welsh and "0800 1111" in english


def test_a_missing_welsh_response_is_reported() -> None:
    domain = {"responses": {"utter_new": [{"text": "Hello"}]}}
    problems = parity_problems(domain, {}, load_content()[0].helplines)
    assert problems == ["responses_cy/: response 'utter_new' has no Welsh variation"]


def test_a_placeholder_without_a_fact_is_reported() -> None:
    domain = {"responses": {"utter_x": [{"text": "call {{nobody.phone}}"}]}}
    welsh = {"utter_x": [{"text": "ffoniwch {{nobody.phone}}"}]}
    problems = parity_problems(domain, welsh, load_content()[0].helplines)
    assert any("nobody.phone" in p for p in problems)
