"""Cross-validation trains folds side by side and scores each fold with its own model."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from bot.evaluation import crossval
from bot.evaluation.data import Example

EXAMPLES = [Example(f"{intent} {lang} {i}", intent, lang)
            for intent in ("greet", "goodbye") for lang in ("en", "cy") for i in range(6)]


def test_folds_train_side_by_side_and_each_fold_uses_its_own_model(
        monkeypatch: pytest.MonkeyPatch) -> None:
    running, most, lock = [0], [0], threading.Lock()
    trained: dict[str, set[str]] = {}

    def fake_train(examples: list[Example], folder: Path, name: str) -> Path:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        trained[name] = {e.text for e in examples}
        with lock:
            running[0] -= 1
        return folder / name

    class FakeParser:
        def __init__(self, model: Path) -> None:
            self.seen = trained[model.name]

        def parse(self, text: str) -> dict[str, Any]:
            assert text not in self.seen, "a fold's test message was in its training data"
            wrong = text == "greet cy 0"
            return {"intent": {"name": "goodbye" if wrong else text.split()[0]}}

        def close(self) -> None:
            pass

    monkeypatch.setattr(crossval, "training_examples", lambda: EXAMPLES)
    monkeypatch.setattr(crossval, "train_nlu", fake_train)
    monkeypatch.setattr(crossval, "ModelParser", FakeParser)
    scores = crossval.cross_validate(k=3, workers=2)
    assert most[0] == 2 and len(trained) == 3
    assert scores["en"].macro_f1 == 1.0
    assert 0.9 < scores["cy"].macro_f1 < 1.0


def test_training_workers_default_to_the_cores_up_to_two(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CV_WORKERS", raising=False)
    monkeypatch.setattr(crossval.os, "cpu_count", lambda: 8)
    assert crossval.training_workers() == 2
    monkeypatch.setattr(crossval.os, "cpu_count", lambda: 1)
    assert crossval.training_workers() == 1
    monkeypatch.setenv("CV_WORKERS", "3")
    assert crossval.training_workers() == 3
