"""`python -m bot publish`: load a newly trained model into the running Rasa servers.

Refused when the urgent regression set fails on the new model. Uses Rasa's authenticated
`PUT /model` endpoint (enabled when RASA_TOKEN is set), one replica at a time, so that
conversations carry on: trackers live in the tracker store, not in the model.
"""

from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path

from bot.settings import Settings
from bot.training.train import MODEL


def urgent_gate(model: Path) -> list[str]:
    """Reasons to refuse the model: missed urgent messages or too many false alarms."""
    from bot.evaluation.model import ModelParser

    parser = ModelParser(model)
    scores = parser.urgent_scores()
    parser.close()
    problems = []
    for lang, s in scores.items():
        problems += [f"{lang}: missed urgent message: {t}" for t in s["missed"]]
        if s["false_alarm_rate"] > 0.05:
            problems.append(f"{lang}: false alarms {s['false_alarm_rate']:.1%} > 5%")
    return problems


def publish(model: Path = MODEL) -> int:
    """Checks the model, then replaces the model of every running Rasa replica."""
    problems = urgent_gate(model)
    if problems:
        print("Refused: the new model fails the urgent regression set:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    settings = Settings.from_env()
    if not settings.rasa_token:
        print("The model passed the urgent regression set. The running servers were started "
              "without RASA_TOKEN, so restart them (`make run`) to load it, or set RASA_TOKEN "
              "for publishing without a restart.")
        return 0
    for url in settings.rasa_urls:
        request = urllib.request.Request(  # noqa: S310 (http to loopback)
            f"{url}/model?token={settings.rasa_token}", method="PUT",
            data=json.dumps({"model_file": str(model.resolve())}).encode(),
            headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=300) as response:  # noqa: S310 (loopback)
            print(f"{url}: model loaded (HTTP {response.status})")
    return 0
