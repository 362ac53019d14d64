"""`make validate`: content, Welsh parity everywhere, and Rasa's own data validation."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

from bot import ROOT
from bot.content.source import load_content
from bot.training.domain import (
    BUILD_DOMAIN,
    build_domain,
    parity_problems,
    welsh_responses,
    write_domain,
)
from bot.training.train import TRAINING_DATA, rasa_env

WIDGET_STRINGS = ROOT / "bot" / "web" / "static" / "i18n.json"
MIN_EXAMPLES = {"en": 10, "cy": 10}


def nlu_counts(folder: Path) -> Counter[str]:
    """Examples per intent in one language folder of data/nlu/."""
    counts: Counter[str] = Counter()
    for path in sorted(folder.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if "intent" in block:
                lines = [x for x in str(block.get("examples", "")).splitlines()
                         if x.strip().startswith("- ")]
                counts[block["intent"]] += len(lines)
    return counts


def nlu_problems(domain_intents: list[str], nlu_dir: Path = ROOT / "data" / "nlu") -> list[str]:
    """Intents with too few English or Welsh examples, and files present in one language only."""
    problems = []
    for language, minimum in MIN_EXAMPLES.items():
        counts = nlu_counts(nlu_dir / language)
        for intent in domain_intents:
            if counts[intent] < minimum:
                problems.append(f"data/nlu/{language}/: intent '{intent}' has {counts[intent]} "
                                f"examples; it needs at least {minimum}")
    en_files = {p.name for p in (nlu_dir / "en").glob("*.yml")}
    cy_files = {p.name for p in (nlu_dir / "cy").glob("*.yml")}
    problems += [f"data/nlu/cy/{name} is missing (data/nlu/en/{name} exists)"
                 for name in sorted(en_files - cy_files)]
    problems += [f"data/nlu/en/{name} is missing (data/nlu/cy/{name} exists)"
                 for name in sorted(cy_files - en_files)]
    return problems


def widget_problems(path: Path = WIDGET_STRINGS) -> list[str]:
    """Widget strings that exist in one language only or are empty."""
    strings = json.loads(path.read_text(encoding="utf-8"))
    en, cy = strings.get("en", {}), strings.get("cy", {})
    problems = [f"{path.name}: '{k}' has no Welsh text" for k in en if not cy.get(k)]
    problems += [f"{path.name}: '{k}' has no English text" for k in cy if not en.get(k)]
    return problems


def validate() -> int:
    """Runs every check; prints each problem with where to fix it; non-zero on any error."""
    content, problems = load_content()
    errors = [str(p) for p in problems if not p.warning]
    for warning in (p for p in problems if p.warning):
        print(f"warning: {warning}")
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    errors += parity_problems(domain, welsh_responses(), content.helplines)
    errors += nlu_problems(list(domain.get("intents", [])))
    errors += widget_problems()
    if errors:
        print(f"{len(errors)} problem(s) to fix:", file=sys.stderr)
        for error in errors:
            print(f"  - {error}", file=sys.stderr)
        return 1
    print("content and Welsh parity: OK")
    write_domain(build_domain(content.helplines))
    command = [sys.executable, "-m", "rasa", "data", "validate", "--fail-on-warnings",
               "--domain", str(BUILD_DOMAIN), "--config", str(ROOT / "config.yml"),
               "--data", *(str(ROOT / d) for d in TRAINING_DATA)]
    result = subprocess.run(command, cwd=ROOT, env=rasa_env(), capture_output=True, text=True)
    if result.returncode != 0:
        lines = [x for x in (result.stdout + result.stderr).splitlines()
                 if "UserWarning" in x or "Error" in x or "WARNING" in x or "ERROR" in x]
        print("rasa data validate failed:\n" + "\n".join(lines[-40:]), file=sys.stderr)
        return 1
    print("rasa data validate: OK")
    return 0
