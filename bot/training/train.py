"""Trains the Rasa model only when its inputs changed (a fingerprint of every input file)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

from bot import ROOT
from bot.content.source import load_content
from bot.training.domain import BUILD_DOMAIN, build_domain, write_domain

MODELS = ROOT / "models"
MODEL = MODELS / "diogel.tar.gz"
FINGERPRINT = MODELS / "diogel.fingerprint"
TRAINING_DATA = ("data/nlu", "data/rules")
INPUTS = ("domain.yml", "config.yml", "responses_cy", "data/nlu", "data/rules", "data/lexicon",
          "data/content/helplines.yml", "bot/nlu", "bot/context.py", "bot/language.py",
          "bot/risk.py", "bot/text.py", "bot/training/domain.py", "requirements.txt")


def fingerprint(root: Path = ROOT) -> str:
    """A hash of every file the model depends on."""
    digest = hashlib.sha256()
    for name in INPUTS:
        path = root / name
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in
                       p.parts) if path.is_dir() else [path]
        for file in files:
            if file.exists():
                digest.update(str(file.relative_to(root)).encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()


def rasa_env() -> dict[str, str]:
    """The environment for Rasa subprocesses: no telemetry, quiet TensorFlow, our package."""
    env = dict(os.environ)
    # Rasa's training cache (~/.rasa/cache) only saves time when part of the graph is unchanged;
    # `make train` already skips a training when nothing changed, and each cross-validation fold
    # has new data, so the cache is off by default (set RASA_MAX_CACHE_SIZE to turn it on).
    env.setdefault("RASA_MAX_CACHE_SIZE", "0")
    env.update(RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])))
    return env


def build() -> Path:
    """Writes build/domain.yml from domain.yml, responses_cy/ and the helpline facts."""
    content, problems = load_content()
    errors = [p for p in problems if not p.warning]
    if errors:
        raise SystemExit("content has errors; run `python -m bot content check`:\n"
                         + "\n".join(str(p) for p in errors[:20]))
    return write_domain(build_domain(content.helplines))


def _force_when_cache_off(env: dict[str, str]) -> list[str]:
    """`--force` skips Rasa's look-up of cached parts, which finds nothing with the cache off."""
    from bot.rasa_run import cache_is_off

    return ["--force"] if cache_is_off(env) else []


def train(force: bool = False) -> bool:
    """Trains when needed; returns True when a new model was trained."""
    wanted = fingerprint()
    if not force and MODEL.exists() and FINGERPRINT.exists() and \
            FINGERPRINT.read_text().strip() == wanted:
        print("Model is up to date: nothing changed since the last training.")
        return False
    build()
    start = time.monotonic()
    MODELS.mkdir(exist_ok=True)
    env = rasa_env()
    command = [sys.executable, "-m", "bot.rasa_run", "train", "--domain", str(BUILD_DOMAIN),
               "--config", str(ROOT / "config.yml"), "--data",
               *(str(ROOT / d) for d in TRAINING_DATA), "--out", str(MODELS),
               "--fixed-model-name", "diogel", "--quiet", *_force_when_cache_off(env)]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    FINGERPRINT.write_text(wanted)
    print(f"Trained in {time.monotonic() - start:.0f} s: {MODEL.relative_to(ROOT)}")
    return True
