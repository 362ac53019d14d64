"""Fixtures for tests that need the trained model."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.evaluation.model import ModelParser
from bot.training.train import MODEL
from tests.stack import Stack, start_stack


@pytest.fixture(scope="session")
def parser() -> Iterator[ModelParser]:
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` first")
    p = ModelParser()
    yield p
    p.close()


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    running = start_stack()
    yield running
    running.supervisor.stop()
