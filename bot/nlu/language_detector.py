"""Rasa component: sets the `language` entity from the widget switch or the message text."""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.training_data.message import Message

from bot.language import choose_language
from bot.nlu._entities import RuleComponent, add_entity


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class LanguageDetector(RuleComponent):
    """Emits `language` (en/cy) only when it is clear, so the slot otherwise keeps its value."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            metadata = message.get("metadata") or {}
            wanted = metadata.get("language") if isinstance(metadata, dict) else None
            language = choose_language(message.get("text") or "", wanted)
            if language:
                add_entity(message, "language", language, type(self).__name__)
        return messages
