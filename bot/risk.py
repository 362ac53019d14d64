"""The rule-based urgent-risk matcher: spaCy Matcher and PhraseMatcher over a lexicon."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bot import ROOT
from bot.text import tokens

LEXICON_DIR = ROOT / "data" / "lexicon"
URGENT_INTENTS = ("urgent_danger", "urgent_self_harm", "urgent_sextortion", "urgent_disclosure")
HYPOTHETICAL = "hypothetical"
HAPPENING_NOW = "happening_now"


def compile_pattern(pattern: str) -> list[dict[str, Any]]:
    """Turns "meet|meeting [up] ... tonight" into a spaCy token pattern.

    A slot is a word, `a|b` (any of them), `[a|b]` (optional), `re:REGEX` (full match), or `...`
    (zero to three tokens of anything).
    """
    spec: list[dict[str, Any]] = []
    for slot in pattern.split():
        if slot == "...":
            spec.extend({"OP": "?"} for _ in range(3))
            continue
        optional = slot.startswith("[") and slot.endswith("]")
        slot = slot[1:-1] if optional else slot
        if slot.startswith("re:"):
            token: dict[str, Any] = {"LOWER": {"REGEX": f"^(?:{slot[3:]})$"}}
        else:
            parts = [tokens(part) for part in slot.split("|")]
            if any(len(p) != 1 for p in parts):
                raise ValueError(f"slot {slot!r} in pattern {pattern!r} must list single words "
                                 "(write 'cam|gam drin', not 'cam drin|gam drin')")
            words = [p[0] for p in parts]
            token = {"LOWER": {"IN": words}} if len(words) > 1 else {"LOWER": words[0]}
        if optional:
            token["OP"] = "?"
        spec.append(token)
    if not spec or all(s == {"OP": "?"} for s in spec):
        raise ValueError(f"pattern {pattern!r} matches nothing specific")
    return spec


class RiskMatcher:
    """Finds urgent-risk categories in English and Welsh text; built once, then reused."""

    def __init__(self, lexicon_files: Iterable[Path]) -> None:
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher

        self._nlp = spacy.blank("xx")
        self._matcher = Matcher(self._nlp.vocab)
        self._phrases = PhraseMatcher(self._nlp.vocab, attr="LOWER")
        self.categories: set[str] = set()
        for path in lexicon_files:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for category, entries in (data.get("categories") or {}).items():
                if category not in URGENT_INTENTS:
                    raise ValueError(f"{path.name}: unknown category {category!r}")
                self.categories.add(category)
                self._add(category, entries)
            # A hypothetical or informational frame ("what should I do if …") silences a match,
            # unless the message also says it is happening now ("right now", "heno").
            for key in (HYPOTHETICAL, HAPPENING_NOW):
                self._add(key, data.get(key) or {})

    def _add(self, label: str, entries: dict[str, Any]) -> None:
        phrases = [self._doc(p) for p in entries.get("phrases") or [] if tokens(p)]
        if phrases:
            self._phrases.add(label, phrases)
        patterns = [compile_pattern(p) for p in entries.get("patterns") or []]
        if patterns:
            self._matcher.add(label, patterns)

    def _doc(self, text: str) -> Any:
        from spacy.tokens import Doc

        return Doc(self._nlp.vocab, words=tokens(text) or [""])

    def match(self, text: str) -> list[str]:
        """The urgent categories found in `text`, most urgent first."""
        if not tokens(text):
            return []
        doc = self._doc(text)
        found = {self._nlp.vocab.strings[match_id] for match_id, _, _ in self._matcher(doc)}
        found |= {self._nlp.vocab.strings[match_id] for match_id, _, _ in self._phrases(doc)}
        if HYPOTHETICAL in found and HAPPENING_NOW not in found:
            return []
        return [intent for intent in URGENT_INTENTS if intent in found]


def default_matcher(directory: Path = LEXICON_DIR) -> RiskMatcher:
    """A matcher over every risk_*.yml lexicon in `directory`."""
    return RiskMatcher(sorted(directory.glob("risk_*.yml")))
