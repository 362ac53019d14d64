"""Rasa component: finds the child's age, the relation, the platform and the user's audience."""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.training_data.message import Message

from bot.context import find_age, find_audience, find_platform, find_relation
from bot.nlu._entities import RuleComponent, add_entity


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class ContextExtractor(RuleComponent):
    """Rule-based entities in English and Welsh; see bot/context.py for the rules."""

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
