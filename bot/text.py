"""Text normalisation shared by the matchers: lower case, no accents, no punctuation."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w£$]+", re.UNICODE)


def normalise(text: str) -> str:
    """Lower-cases, strips accents (ŵ→w, ô→o) and turns punctuation and apostrophes to spaces."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", plain.replace("_", " ")).split())


def tokens(text: str) -> list[str]:
    """The normalised words of `text`."""
    return normalise(text).split()
