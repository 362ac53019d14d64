"""How the classifier's ranking and the lexicon's match combine (after the fallback)."""

from __future__ import annotations

from bot.nlu.risk_matcher import route

FALLBACK = {"name": "nlu_fallback", "confidence": 0.2}


def test_the_lexicon_overrides_a_non_urgent_intent() -> None:
    ranking = [{"name": "ask_effects", "confidence": 0.9}, {"name": "greet", "confidence": 0.1}]
    intent, new_ranking = route(ranking[0], ranking, ["urgent_self_harm"], 0.2, 0.9)
    assert intent == {"name": "urgent_self_harm", "confidence": 1.0}
    assert new_ranking[0] == intent and len(new_ranking) == 3


def test_the_fallback_cannot_swallow_a_lexicon_match() -> None:
    ranking = [FALLBACK, {"name": "ask_talking_to_child", "confidence": 0.98}]
    intent, new_ranking = route(FALLBACK, ranking, ["urgent_danger"], 0.2, 0.9)
    assert intent["name"] == "urgent_danger"
    assert all(r["name"] != "nlu_fallback" for r in new_ranking)


def test_an_unsure_urgent_classification_is_lifted_above_the_fallback() -> None:
    ranking = [FALLBACK, {"name": "urgent_danger", "confidence": 0.3},
               {"name": "ask_online_friends", "confidence": 0.28}]
    intent, new_ranking = route(FALLBACK, ranking, [], 0.2, 0.9)
    assert intent == {"name": "urgent_danger", "confidence": 0.9}
    assert new_ranking[0]["name"] == "urgent_danger"


def test_a_very_weak_urgent_guess_alone_stays_a_fallback() -> None:
    ranking = [FALLBACK, {"name": "urgent_danger", "confidence": 0.1}]
    assert route(FALLBACK, ranking, [], 0.2, 0.9) == (FALLBACK, ranking)


def test_nothing_urgent_leaves_the_classifier_alone() -> None:
    original = {"name": "ask_effects", "confidence": 0.5}
    ranking = [original]
    assert route(original, ranking, [], 0.2, 0.9) == (original, ranking)
