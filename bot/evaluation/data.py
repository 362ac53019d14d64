"""Loads labelled examples: the training data by language, and the test sets in tests/data."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot import ROOT

NLU_DIR = ROOT / "data" / "nlu"
TEST_DATA = ROOT / "tests" / "data"


@dataclass(frozen=True)
class Example:
    """A message with its expected intent and language."""

    text: str
    intent: str
    language: str


def training_examples(nlu_dir: Path = NLU_DIR) -> list[Example]:
    """Every example in data/nlu/en and data/nlu/cy."""
    out = []
    for language in ("en", "cy"):
        for path in sorted((nlu_dir / language).glob("*.yml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for block in data.get("nlu", []):
                if "intent" not in block:
                    continue
                for line in str(block.get("examples", "")).splitlines():
                    line = line.strip()
                    if line.startswith("- "):
                        out.append(Example(line[2:].strip(), block["intent"], language))
    return out


def holdout_examples(path: Path = TEST_DATA / "nlu_holdout.yml") -> list[Example]:
    """The held-out realistic messages (never used for training)."""
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Example(r["text"], r["intent"], r["lang"]) for r in rows]


def urgent_set(path: Path = TEST_DATA / "urgent_regression.yml"
               ) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The urgent regression set: (urgent messages, near-miss messages)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return list(data.get("urgent", [])), list(data.get("near_miss", []))


def stratified_folds(examples: list[Example], k: int, seed: int = 7) -> list[list[Example]]:
    """k folds with every (intent, language) spread evenly across them."""
    groups: dict[tuple[str, str], list[Example]] = defaultdict(list)
    for example in examples:
        groups[(example.intent, example.language)].append(example)
    folds: list[list[Example]] = [[] for _ in range(k)]
    rng = random.Random(seed)  # noqa: S311 (a reproducible split, not a secret)
    offset = 0
    for key in sorted(groups):
        items = groups[key][:]
        rng.shuffle(items)
        for i, item in enumerate(items):
            folds[(i + offset) % k].append(item)
        offset += len(items)
    return folds


def write_nlu(examples: list[Example], path: Path) -> Path:
    """Writes examples as a Rasa NLU file."""
    by_intent: dict[str, list[str]] = defaultdict(list)
    for example in examples:
        by_intent[example.intent].append(example.text)
    blocks = [{"intent": intent, "examples": "".join(f"- {t}\n" for t in texts)}
              for intent, texts in sorted(by_intent.items())]
    path.write_text(yaml.safe_dump({"version": "3.1", "nlu": blocks}, allow_unicode=True,
                                   sort_keys=False, width=1000), encoding="utf-8")
    return path
