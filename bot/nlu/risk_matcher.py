"""Rasa component: the second, independent urgent-risk detector, after the classifier."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.risk import LEXICON_DIR, URGENT_INTENTS, RiskMatcher


def route(intent: dict[str, Any], ranking: list[dict[str, Any]], matched: list[str],
          urgent_floor: float, boosted_confidence: float) -> tuple[dict[str, Any],
                                                                   list[dict[str, Any]]]:
    """Chooses the intent: the classifier's urgent intent, else the lexicon's, else unchanged.

    This runs after the fallback classifier, so a low-confidence or ambiguous urgent message is
    never turned into "please rephrase": the classifier's own best intent (the first in the
    ranking that is not nlu_fallback) is used when it is urgent and at least `urgent_floor`.
    """
    best = next((r for r in ranking if r.get("name") != "nlu_fallback"), intent)
    name = best.get("name") or ""
    confidence = float(best.get("confidence") or 0.0)
    if name in URGENT_INTENTS and confidence >= urgent_floor:
        chosen = {"name": name, "confidence": max(confidence, boosted_confidence)}
    elif matched:
        chosen = {"name": matched[0], "confidence": 1.0}
    else:
        return intent, ranking
    rest = [r for r in ranking if r.get("name") not in {chosen["name"], "nlu_fallback"}]
    return chosen, [chosen, *rest]


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class RiskMatcherComponent(GraphComponent):
    """Routes to an urgent intent when the English/Welsh lexicon matches."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"lexicon_dir": str(LEXICON_DIR), "urgent_floor": 0.4, "boosted_confidence": 0.9}

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.matcher = RiskMatcher(sorted(Path(config["lexicon_dir"]).glob("risk_*.yml")))

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> RiskMatcherComponent:
        return cls({**cls.get_default_config(), **config})

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get("text") or ""
            if text.startswith("/"):
                continue
            intent = message.get(INTENT) or {}
            ranking = list(message.get(INTENT_RANKING_KEY) or [])
            matched = self.matcher.match(text)
            classifier = next((r for r in ranking if r.get("name") != "nlu_fallback"), intent)
            message.set("risk", {"matched": matched, "classifier": dict(classifier)},
                        add_to_output=True)
            new_intent, ranking = route(intent, ranking, matched,
                                        float(self.config["urgent_floor"]),
                                        float(self.config["boosted_confidence"]))
            message.set(INTENT, new_intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
