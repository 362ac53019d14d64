"""`rasa test` on tests/conversations, failing on any prediction error."""

from __future__ import annotations

import subprocess
import sys

from bot import ROOT
from bot.training.train import MODEL, rasa_env


def run_conversation_tests() -> int:
    """Runs every conversation test story against the trained model."""
    out = ROOT / "results" / "conversations"
    command = [sys.executable, "-m", "rasa", "test", "core", "--stories",
               str(ROOT / "tests" / "conversations"), "--model", str(MODEL), "--out", str(out),
               "--fail-on-prediction-errors", "--no-plot"]
    result = subprocess.run(command, cwd=ROOT, env=rasa_env(), capture_output=True, text=True)
    failed = out / "failed_test_stories.yml"
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n", file=sys.stderr)
        if failed.exists():
            print(failed.read_text(encoding="utf-8")[:6000], file=sys.stderr)
        print("conversation tests: FAILED", file=sys.stderr)
        return 1
    print("conversation tests: all stories passed")
    return 0
