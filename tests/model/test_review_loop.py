"""The content team's whole loop on a temporary copy: keep → export → label → import → retrain.

Training uses the project's own pipeline on the copied data, so the test takes about a minute.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from bot import ROOT
from bot.evaluation.model import ModelParser
from bot.review.importer import import_rows
from bot.review.store import items, keep
from bot.training.train import rasa_env

MESSAGE = "can the wifi box stop my lad getting on grown up sites, my number is 07700 900123"
CLEAN = "can the wifi box stop my lad getting on grown up sites, my number is [phone]"


def test_a_fallback_message_is_learned_after_review(store: sessionmaker[Session],
                                                    tmp_path: Path) -> None:
    with store() as session:  # 1. the action keeps it, redacted
        keep(session, MESSAGE, "en", "nlu_fallback", 0.31, "fallback")
        kept = items(session)[-1]
    assert kept.text == CLEAN and "07700" not in kept.text

    export = tmp_path / "review.csv"  # 2. exported, 3. labelled by the team
    with export.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, ["id", "text", "language", "correct_intent"])
        writer.writeheader()
        writer.writerow({"id": kept.id, "text": kept.text.replace(", my number is [phone]", ""),
                         "language": kept.language, "correct_intent": "ask_parental_controls"})
    nlu = tmp_path / "data" / "nlu"  # 4. imported into a copy of the training data
    shutil.copytree(ROOT / "data" / "nlu", nlu)
    with export.open(newline="") as handle:
        report = import_rows(list(csv.DictReader(handle)), nlu)
    assert len(report.added) == 1 and not report.rejected

    subprocess.run([sys.executable, "-m", "bot.rasa_run", "train", "nlu", "--nlu", str(nlu),  # 5.
                    "--config", str(ROOT / "config.yml"), "--out", str(tmp_path),
                    "--fixed-model-name", "loop", "--quiet"], check=True, cwd=ROOT,
                   env=rasa_env(), stdout=subprocess.DEVNULL)
    parser = ModelParser(tmp_path / "loop.tar.gz")  # 6. now understood
    try:
        result = parser.parse("can the wifi box stop my lad getting on grown up sites")
    finally:
        parser.close()
    assert result["intent"]["name"] == "ask_parental_controls"
