"""Training times: from scratch, with nothing changed, and after an NLU-only change."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot import ROOT
from bot.training.train import build, rasa_env


def _train(data: list[Path], out: Path, force: bool) -> float:
    start = time.monotonic()
    command = [sys.executable, "-m", "rasa", "train", "--domain", str(build()), "--config",
               str(ROOT / "config.yml"), "--data", *map(str, data), "--out", str(out),
               "--fixed-model-name", "bench", "--quiet"] + (["--force"] if force else [])
    subprocess.run(command, cwd=ROOT, env=rasa_env(), check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return round(time.monotonic() - start, 1)


def training_times() -> dict[str, float]:
    """Seconds for the three kinds of training, in a temporary copy of the data."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data" / "nlu", data / "nlu")
        shutil.copytree(ROOT / "data" / "rules", data / "rules")
        paths = [data / "nlu", data / "rules"]
        out = Path(tmp) / "models"
        full = _train(paths, out, force=True)
        unchanged = _train(paths, out, force=False)
        greet = data / "nlu" / "en" / "conversation.yml"
        greet.write_text(greet.read_text(encoding="utf-8").replace(
            "- intent: greet\n  examples: |\n",
            "- intent: greet\n  examples: |\n    - hiya diogel benchmark\n", 1), encoding="utf-8")
        nlu_only = _train(paths, out, force=False)
    return {"full_s": full, "unchanged_s": unchanged, "nlu_change_s": nlu_only}
