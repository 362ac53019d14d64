"""Adds a rule-found entity to a Rasa message."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


class RuleComponent(GraphComponent):
    """A component with nothing to train: it only adds what its rules find to each message."""

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> RuleComponent:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


def add_entity(message: Message, entity: str, value: Any, extractor: str) -> None:
    """Appends {entity: value} to the message's entities (replacing one of the same name)."""
    text = message.get("text") or ""
    entities = [e for e in message.get(ENTITIES, []) if e.get("entity") != entity]
    entities.append({"entity": entity, "value": value, "start": 0, "end": len(text),
                     "confidence": 1.0, "extractor": extractor})
    message.set(ENTITIES, entities, add_to_output=True)
