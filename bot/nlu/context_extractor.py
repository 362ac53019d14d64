"""Rasa component: finds the child's age, the relation, the platform and the user's audience."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.context import find_age, find_audience, find_platform, find_relation
from bot.nlu._entities import add_entity


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class ContextExtractor(GraphComponent):
    """Rule-based entities in English and Welsh; see bot/context.py for the rules."""

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> ContextExtractor:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get("text") or ""
            if text.startswith("/"):
                continue
            name = type(self).__name__
            age = find_age(text)
            if age is not None:
                add_entity(message, "age", str(age), name)
            for entity, value in (("relation", find_relation(text)),
                                  ("platform", find_platform(text)),
                                  ("audience", find_audience(text))):
                if value:
                    add_entity(message, entity, value, name)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
