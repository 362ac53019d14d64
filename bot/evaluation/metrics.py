"""Scores: intent F1 per language, urgent recall and false alarms, reply-language accuracy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.risk import URGENT_INTENTS


@dataclass(frozen=True)
class IntentScores:
    """Per-intent precision/recall/F1 and the macro F1 for one language."""

    language: str
    macro_f1: float
    accuracy: float
    per_intent: dict[str, dict[str, float]]
    confusions: list[tuple[str, str, str]]


def intent_scores(language: str, gold: Sequence[str], predicted: Sequence[str],
                  texts: Sequence[str]) -> IntentScores:
    """Scores predictions against gold labels (a fallback counts as wrong)."""
    from sklearn.metrics import precision_recall_fscore_support

    labels = sorted(set(gold))
    p, r, f, s = precision_recall_fscore_support(gold, predicted, labels=labels,
                                                 zero_division=0)
    per_intent = {label: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]),
                          "support": int(s[i])} for i, label in enumerate(labels)}
    macro = sum(v["f1"] for v in per_intent.values()) / max(len(per_intent), 1)
    correct = sum(g == q for g, q in zip(gold, predicted, strict=True))
    confusions = [(t, g, q) for t, g, q in zip(texts, gold, predicted, strict=True) if g != q]
    return IntentScores(language, macro, correct / max(len(gold), 1), per_intent, confusions)


def urgent_scores(urgent: list[dict[str, Any]], near_miss: list[dict[str, Any]],
                  urgent_predictions: list[str], near_predictions: list[str]
                  ) -> dict[str, dict[str, Any]]:
    """Recall on urgent messages and false-alarm rate on near misses, per language."""
    out: dict[str, dict[str, Any]] = {}
    for language in ("en", "cy"):
        u = [(m, p) for m, p in zip(urgent, urgent_predictions, strict=True)
             if m["lang"] == language]
        n = [(m, p) for m, p in zip(near_miss, near_predictions, strict=True)
             if m["lang"] == language]
        missed = [m["text"] for m, p in u if p not in URGENT_INTENTS]
        alarms = [m["text"] for m, p in n if p in URGENT_INTENTS]
        out[language] = {"urgent": len(u), "recall": 1 - len(missed) / max(len(u), 1),
                         "missed": missed, "near_miss": len(n),
                         "false_alarm_rate": len(alarms) / max(len(n), 1),
                         "false_alarms": alarms}
    return out
