"""Cross-validated intent F1 per language: train NLU on k-1 folds, test on the last."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from bot import ROOT
from bot.evaluation.data import Example, stratified_folds, training_examples, write_nlu
from bot.evaluation.metrics import IntentScores, intent_scores
from bot.evaluation.model import ModelParser
from bot.training.train import rasa_env


def train_nlu(examples: list[Example], folder: Path, name: str) -> Path:
    """Trains an NLU-only model on `examples` with the project's config.yml."""
    data = write_nlu(examples, folder / f"{name}.yml")
    command = [sys.executable, "-m", "bot.rasa_run", "train", "nlu", "--nlu", str(data), "--config",
               str(ROOT / "config.yml"), "--out", str(folder), "--fixed-model-name", name,
               "--quiet"]
    subprocess.run(command, check=True, cwd=ROOT, env=rasa_env(), stdout=subprocess.DEVNULL)
    return folder / f"{name}.tar.gz"


def training_workers() -> int:
    """How many folds train at once: CV_WORKERS, else one per core up to two.

    Each Rasa training runs in its own process and uses about one core, so on the two-core CI
    machine two folds at a time nearly halve the wall time; the figures are the same.
    """
    return max(1, int(os.environ.get("CV_WORKERS", min(2, os.cpu_count() or 1))))


def cross_validate(k: int = 3, workers: int | None = None) -> dict[str, IntentScores]:
    """Macro F1 per language over k folds of data/nlu/."""
    examples = training_examples()
    folds = stratified_folds(examples, k)
    gold: list[Example] = []
    predicted: list[str] = []
    workers = workers or training_workers()
    print(f"cross-validation: {k} folds, {workers} training at a time", flush=True)
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(workers) as pool:
        models: list[Future[Path]] = [
            pool.submit(train_nlu, [e for j, fold in enumerate(folds) if j != i for e in fold],
                        Path(tmp), f"fold{i}") for i in range(k)]
        for i, (test, model) in enumerate(zip(folds, models, strict=True)):
            parser = ModelParser(model.result())  # later folds go on training meanwhile
            print(f"cross-validation: fold {i + 1} of {k} trained ({len(examples) - len(test)} "
                  f"train, {len(test)} test)", flush=True)
            predicted += [parser.parse(e.text)["intent"]["name"] or "" for e in test]
            gold += test
            parser.close()
    return score_by_language(gold, predicted)


def score_by_language(gold: list[Example], predicted: list[str]) -> dict[str, IntentScores]:
    """Intent scores separately for English and Welsh."""
    out = {}
    for language in ("en", "cy"):
        pairs = [(g, p) for g, p in zip(gold, predicted, strict=True) if g.language == language]
        out[language] = intent_scores(language, [g.intent for g, _ in pairs],
                                      [p for _, p in pairs], [g.text for g, _ in pairs])
    return out
