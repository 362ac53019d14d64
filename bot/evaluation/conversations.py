"""Conversation tests: `rasa test core` for the dialogue, then the model on every user turn.

`rasa test core` takes each story's intent as given, so on its own it never checks that the
model understands the typed message; `--e2e` would also compare the rule-found entities, which
the stories do not list. So the dialogue is checked by Rasa and the understanding by us.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from bot import ROOT
from bot.training.train import MODEL, rasa_env

STORIES = ROOT / "tests" / "conversations"


def typed_turns(folder: Path = STORIES) -> list[tuple[str, str, str]]:
    """(story name, text, expected intent) for every typed user turn (payloads skipped)."""
    turns = []
    for path in sorted(folder.glob("*.yml")):
        for story in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("stories", []):
            for step in story.get("steps", []):
                text = str(step.get("user", "")).strip()
                if text and not text.startswith("/") and step.get("intent"):
                    turns.append((story["story"], text, step["intent"]))
    return turns


def run_dialogue_tests() -> bool:
    """Rasa's story test: the right action follows each intent."""
    out = ROOT / "results" / "conversations"
    command = [sys.executable, "-m", "rasa", "test", "core", "--stories", str(STORIES),
               "--model", str(MODEL), "--out", str(out), "--fail-on-prediction-errors",
               "--no-plot"]
    result = subprocess.run(command, cwd=ROOT, env=rasa_env(), capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n", file=sys.stderr)
        failed = out / "failed_test_stories.yml"
        if failed.exists():
            print(failed.read_text(encoding="utf-8")[:6000], file=sys.stderr)
        return False
    return True


def run_understanding_tests() -> bool:
    """The trained model gives every typed turn its story's intent."""
    from bot.evaluation.model import ModelParser

    parser = ModelParser()
    wrong = []
    turns = typed_turns()
    for story, text, intent in turns:
        got = parser.parse(text)["intent"]["name"]
        if got != intent:
            wrong.append(f"{story}: {text!r} → {got} (expected {intent})")
    parser.close()
    for line in wrong:
        print(f"  misunderstood: {line}", file=sys.stderr)
    print(f"understanding: {len(turns) - len(wrong)}/{len(turns)} typed turns")
    return not wrong


def run_conversation_tests() -> int:
    """Both checks; non-zero on any failure."""
    dialogue = run_dialogue_tests()
    understanding = run_understanding_tests()
    if dialogue and understanding:
        print("conversation tests: all stories passed")
        return 0
    print("conversation tests: FAILED", file=sys.stderr)
    return 1
