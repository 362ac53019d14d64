"""Adds labelled review rows to the right data/nlu/ file, rejecting what is not safe to add."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot import ROOT
from bot.evaluation.data import training_examples
from bot.review.redact import looks_personal

NLU = ROOT / "data" / "nlu"


@dataclass
class ImportReport:
    """What an import added and what it rejected, with the reason."""

    added: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [f"added {len(self.added)} example(s)"] + [f"  + {a}" for a in self.added]
        lines += [f"rejected {len(self.rejected)} row(s)"] + [f"  - {r}" for r in self.rejected]
        return "\n".join(lines)


def file_for(intent: str, language: str, nlu: Path = NLU) -> Path | None:
    """The data/nlu/<language>/ file that holds an intent's examples."""
    for path in sorted((nlu / language).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if any(block.get("intent") == intent for block in data.get("nlu", [])):
            return path
    return None


def _append(path: Path, intent: str, text: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- intent: {intent}")
    end = start + 1
    while end < len(lines) and not lines[end].startswith("- "):
        end += 1
    while lines[end - 1].strip() == "":
        end -= 1
    indent = "    "
    lines.insert(end, f"{indent}- {text}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def import_rows(rows: list[dict[str, str]], nlu: Path = NLU) -> ImportReport:
    """Adds each row with a correct_intent to its language's file for that intent."""
    report = ImportReport()
    known = {(e.text.lower(), e.language) for e in training_examples(nlu)}
    for row in rows:
        text = " ".join((row.get("text") or "").split())
        intent = (row.get("correct_intent") or "").strip()
        language = (row.get("language") or "").strip()
        label = f"row {row.get('id', '?')}: '{text[:60]}'"
        if not intent:
            continue
        target = file_for(intent, language, nlu) if language in {"en", "cy"} else None
        if target is None:
            report.rejected.append(f"{label}: unknown intent '{intent}' for language "
                                   f"'{language}'")
        elif not text or text.startswith(("/", "#", "[", "{")):
            report.rejected.append(f"{label}: empty or not a plain message")
        elif (text.lower(), language) in known:
            report.rejected.append(f"{label}: already in the training data")
        elif looks_personal(text):
            report.rejected.append(f"{label}: still contains something personal")
        else:
            _append(target, intent, text)
            known.add((text.lower(), language))
            report.added.append(f"{target.relative_to(nlu.parent.parent)}: {intent}: {text}")
    return report
