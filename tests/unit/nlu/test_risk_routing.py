"""How the classifier's intent and the lexicon's match combine."""

from __future__ import annotations

from bot.nlu.risk_matcher import route

RANKING = [{"name": "ask_effects", "confidence": 0.5}, {"name": "urgent_self_harm",
                                                         "confidence": 0.3}]


def test_the_lexicon_overrides_a_non_urgent_intent() -> None:
    intent, ranking = route({"name": "ask_effects", "confidence": 0.5}, RANKING,
                            ["urgent_self_harm"], 0.4, 0.9)
    assert intent == {"name": "urgent_self_harm", "confidence": 1.0}
    assert ranking[0] == intent and len(ranking) == 2


def test_a_weak_urgent_intent_is_rescued_by_the_lexicon() -> None:
    intent, _ = route({"name": "urgent_self_harm", "confidence": 0.33}, RANKING,
                      ["urgent_self_harm"], 0.4, 0.9)
    assert intent["confidence"] == 1.0


def test_a_fairly_sure_urgent_intent_is_lifted_above_the_fallback() -> None:
    intent, ranking = route({"name": "urgent_danger", "confidence": 0.5}, RANKING, [], 0.4, 0.9)
    assert intent == {"name": "urgent_danger", "confidence": 0.9}
    assert ranking[0]["name"] == "urgent_danger"


def test_nothing_urgent_leaves_the_classifier_alone() -> None:
    original = {"name": "ask_effects", "confidence": 0.5}
    assert route(original, RANKING, [], 0.4, 0.9) == (original, RANKING)
