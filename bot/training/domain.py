"""Merges domain.yml (English) with responses_cy/ (Welsh) into build/domain.yml.

Rasa 3.6 keeps only one file's variations when a response name repeats across domain files, so
the merge is explicit: every Welsh variation gets the condition `language == cy`, every English
one with a condition gets `language == en`, and a variation without a condition on a slot that
its siblings test is expanded to the slot's remaining values, so exactly one kind of variation
matches any conversation state (Rasa picks at random among matching conditional variations).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from bot import ROOT
from bot.content.source import PLACEHOLDER, render
from bot.content.types import Helpline

BUILD_DOMAIN = ROOT / "build" / "domain.yml"
Variation = dict[str, Any]


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path} must be a mapping")
    return data


def welsh_responses(directory: Path = ROOT / "responses_cy") -> dict[str, list[Variation]]:
    """Every Welsh variation, by response name, from all files in responses_cy/."""
    merged: dict[str, list[Variation]] = {}
    for path in sorted(directory.glob("*.yml")):
        for name, variations in (_load(path).get("responses") or {}).items():
            merged.setdefault(name, []).extend(variations)
    return merged


def _slot_values(domain: dict[str, Any], slot: str) -> list[Any]:
    values = list((domain.get("slots", {}).get(slot) or {}).get("values") or [])
    return [*values, None]


def _expand(variations: list[Variation], domain: dict[str, Any], language: str
            ) -> list[Variation]:
    """Adds the language condition and makes condition-less variations mutually exclusive."""
    tested = {c["name"] for v in variations for c in v.get("condition") or []}
    out = []
    for variation in variations:
        conditions = list(variation.get("condition") or [])
        missing = sorted(tested - {c["name"] for c in conditions})
        combos: list[list[dict[str, Any]]] = [conditions]
        for slot in missing:
            used = {c["value"] for v in variations for c in v.get("condition") or []
                    if c["name"] == slot}
            rest = [v for v in _slot_values(domain, slot) if v not in used]
            combos = [[*combo, {"type": "slot", "name": slot, "value": value}]
                      for combo in combos for value in rest]
        for combo in combos:
            copy_ = copy.deepcopy(variation)
            copy_["condition"] = [*combo, {"type": "slot", "name": "language", "value": language}]
            out.append(copy_)
    return out


def _fill(value: Any, helplines: dict[str, Helpline], language: str) -> Any:
    if isinstance(value, str):
        return render(value, helplines, language)
    if isinstance(value, list):
        return [_fill(v, helplines, language) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, helplines, language) for k, v in value.items()}
    return value


def parity_problems(domain: dict[str, Any], welsh: dict[str, list[Variation]],
                    helplines: dict[str, Helpline]) -> list[str]:
    """Responses without Welsh, Welsh without English, buttons that differ, bad placeholders."""
    problems = []
    english = domain.get("responses") or {}
    for name in english:
        if name not in welsh:
            problems.append(f"responses_cy/: response '{name}' has no Welsh variation")
    for name in welsh:
        if name not in english:
            problems.append(f"responses_cy/: '{name}' is not a response in domain.yml")
    for name, variations in [*english.items(), *welsh.items()]:
        for variation in variations:
            for sid, fld in PLACEHOLDER.findall(yaml.safe_dump(variation, allow_unicode=True)):
                if sid not in helplines or (fld != "name" and not getattr(helplines[sid], fld)):
                    problems.append(f"response '{name}': placeholder {{{{{sid}.{fld}}}}} "
                                    "names no fact in data/content/helplines.yml")
    for name in set(english) & set(welsh):
        en_payloads = sorted(b["payload"] for v in english[name] for b in v.get("buttons", []))
        cy_payloads = sorted(b["payload"] for v in welsh[name] for b in v.get("buttons", []))
        if en_payloads != cy_payloads:
            problems.append(f"response '{name}': Welsh buttons {cy_payloads} differ from "
                            f"English {en_payloads}")
    return problems


def build_domain(helplines: dict[str, Helpline], domain_path: Path = ROOT / "domain.yml",
                 welsh_dir: Path = ROOT / "responses_cy") -> dict[str, Any]:
    """The merged domain, with facts filled in, ready for Rasa."""
    domain = _load(domain_path)
    welsh = welsh_responses(welsh_dir)
    merged: dict[str, list[Variation]] = {}
    for name, variations in (domain.get("responses") or {}).items():
        defaults = [v for v in variations if not v.get("condition")]
        english = [*(_expand(variations, domain, "en") if any(
            v.get("condition") for v in variations) else []), *defaults]
        cy = _expand(welsh.get(name, []), domain, "cy")
        merged[name] = [*_fill(cy, helplines, "cy"), *_fill(english, helplines, "en")]
    domain["responses"] = merged
    return domain


def write_domain(domain: dict[str, Any], path: Path = BUILD_DOMAIN) -> Path:
    """Writes the merged domain where `rasa train` reads it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(domain, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text("# Built by `python -m bot build` — edit domain.yml and responses_cy/.\n"
                    + text, encoding="utf-8")
    return path
