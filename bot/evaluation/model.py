"""Parses messages with the trained model, in-process (no server needed)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bot.training.train import MODEL


class ModelParser:
    """The trained NLU pipeline of a model file, loaded once."""

    def __init__(self, model: Path = MODEL) -> None:
        os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
        import logging

        from rasa.core.agent import Agent
        from rasa.utils.common import configure_logging_and_warnings
        from rasa.utils.log_utils import configure_structlog

        configure_logging_and_warnings(logging.WARNING)
        configure_structlog(logging.WARNING)

        self.agent = Agent.load(str(model))
        self.loop = asyncio.new_event_loop()

    def parse(self, text: str) -> dict[str, Any]:
        """Rasa's parse result: intent, ranking, entities and our `risk` details."""
        result: dict[str, Any] = self.loop.run_until_complete(self.agent.parse_message(text))
        return result

    def parse_all(self, texts: Iterable[str]) -> list[dict[str, Any]]:
        """Parses every text in order."""
        return [self.parse(t) for t in texts]

    def urgent_scores(self) -> dict[str, dict[str, Any]]:
        """Recall and false alarms on the urgent regression set, per language."""
        from bot.evaluation.data import urgent_set
        from bot.evaluation.metrics import urgent_scores

        urgent, near = urgent_set()
        return urgent_scores(urgent, near,
                             [self.parse(m["text"])["intent"]["name"] for m in urgent],
                             [self.parse(m["text"])["intent"]["name"] for m in near])

    def close(self) -> None:
        """Releases the event loop."""
        self.loop.close()
