"""The tuned logistic regression trains, saves and loads with its tf-idf step intact."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix

from bot.nlu.intent_classifier import TunedLogisticRegression

VOCABULARY = ["yes", "aye", "yeah", "no", "nope", "nah", "bye", "ta-ra", "cya"]
INTENTS = {"yes": "affirm", "aye": "affirm", "yeah": "affirm", "no": "deny", "nope": "deny",
           "nah": "deny", "bye": "goodbye", "ta-ra": "goodbye", "cya": "goodbye"}


def _message(words: list[str], intent: str | None = None) -> Message:
    counts = np.zeros((1, len(VOCABULARY)))
    for word in words:
        counts[0, VOCABULARY.index(word)] += 1
    message = Message(data={TEXT: " ".join(words), **({INTENT: intent} if intent else {})})
    message.add_features(Features(csr_matrix(counts), FEATURE_TYPE_SENTENCE, TEXT, "counts"))
    return message


def _train(tmp_path: Path, config: dict[str, object]) -> tuple[LocalModelStorage, Resource,
                                                                ExecutionContext]:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("classifier")
    context = ExecutionContext(GraphSchema({}), node_name="classifier")
    component = TunedLogisticRegression.create(
        {**TunedLogisticRegression.get_default_config(), **config}, storage, resource, context)
    examples = [_message([w] * n, INTENTS[w]) for w in VOCABULARY for n in (1, 2, 3)]
    component.train(TrainingData(training_examples=examples))
    return storage, resource, context


@pytest.mark.parametrize("tfidf", [True, False])
def test_a_saved_classifier_loads_trained(tmp_path: Path, tfidf: bool) -> None:
    config = {"C": 5.0, "tfidf": tfidf}
    storage, resource, context = _train(tmp_path, config)
    loaded = TunedLogisticRegression.load(
        {**TunedLogisticRegression.get_default_config(), **config}, storage, resource, context)
    messages = loaded.process([_message(["aye"]), _message(["nah", "nah"]), _message(["cya"])])
    assert [m.get(INTENT)["name"] for m in messages] == ["affirm", "deny", "goodbye"]
    assert hasattr(loaded.clf, "steps") is tfidf


def test_a_classifier_file_with_unexpected_types_is_refused(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    config = {"C": 5.0, "tfidf": True}
    storage, resource, context = _train(tmp_path, config)
    monkeypatch.setattr("bot.nlu.intent_classifier.TRUSTED_TYPES", frozenset())
    with pytest.raises(TypeError, match="unexpected types"):
        TunedLogisticRegression.load(
            {**TunedLogisticRegression.get_default_config(), **config}, storage, resource,
            context)
