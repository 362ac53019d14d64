"""Removes personal details from a message before it is ever stored."""

from __future__ import annotations

import re

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("[email]", re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")),
    ("[url]", re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|co\.uk|org|uk|cymru|net|io)"
                         r"(?:/\S*)?\b", re.IGNORECASE)),
    ("[postcode]", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)),
    ("[phone]", re.compile(r"(?<!\w)(?:\+?44\s?|0)(?:\d[\s-]?){9,10}(?!\w)")),
    ("[number]", re.compile(r"\b\d(?:[\s-]?\d){5,}\b")),
    ("[handle]", re.compile(r"(?<!\w)@\w{2,}")),
    ("[name]", re.compile(r"\b(?:my name is|i am called|i'm called|call me|fy enw i yw|"
                          r"fy enw i ydy|[Ee]nw fi yw|[Ee]nw fi ydy)\s+\w+", re.IGNORECASE)),
)
# Capitalised words after a relation are very likely a child's or a person's name.
NAMED = re.compile(r"\b((?:son|daughter|child|friend|pupil|brother|sister|mab|merch|ffrind)\s+)"
                   r"([A-Z][a-z]{2,})\b")


def redact(text: str) -> str:
    """The text with phone numbers, emails, postcodes, URLs, handles and names replaced."""
    for label, pattern in PATTERNS:
        text = pattern.sub(label, text)
    return NAMED.sub(lambda m: f"{m.group(1)}[name]", text)


def looks_personal(text: str) -> bool:
    """True when the text still contains something that looks personal."""
    return redact(text) != text
