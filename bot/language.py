"""Which language a message is written in: English, Welsh, or not clear enough to say."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.text import normalise, tokens

# Words that occur in Welsh messages and hardly ever in English ones (accents removed).
WELSH_WORDS = frozenset("""
mae ydy yw ydi ydw dw dwi dwin rydw rwy wi fy sut beth pam pryd ble lle gyda efo hefo hefyd
helo shwmae shwmai sumae diolch hwyl bore nos prynhawn plis ga gaf gallwch allwch alla galla
mab fab mhab merch ferch plentyn blentyn mhlentyn plant mhlant heddlu ffon isio eisiau moyn rwan
nawr iawn ond neu gwybod wybod poeni helpu ddim dim wedi bod gan arlein lein lluniau llun luniau
ei eu wrth amdano amdani rhywun rhywbeth ysgol athro athrawes rhiant gofalwr oed blwyddyn heno
fory yfory nhw chdi chi ti rhaid angen gwneud neud siarad cymraeg saesneg newydd ar ac yr oes
nac ydyn maen mewn ein eich gen gyd pawb hogyn bachgen genod merched mam tad nain taid mamgu
tadcu fe fo dyn menyw dynes fideo negeseuon neges anfon danfon rhannu cyfrinair yn hyn hynny
ma di ata ato ati sy sydd oedd roedd fydd bydd gallu allu eisio nid nath wnaeth wyt ydych fi
pwy neithiwr heddiw wela n ie yndi ydi nage naddo dy llunie negeseuon cwrdd gwrdd plis
diolchu shwt shw gweld weld dros isie
""".split())
ENGLISH_WORDS = frozenset("""
the is are my what how im i'm you your and to of with can do dont don't he she it this that
about please pls thanks thank hello hi hey help son daughter child kid kids should would could
where when why who has have had been being was were will want need know think just online
him her them they we our me a an in on for from at by not no yes sent send sending
""".split())
_ASK = (r"(speak|reply|talk|chat|answer|write|continue|carry on|respond|switch|change|do this|"
        r"siarad|ateb|sgwrsio|sgwennu|ysgrifennu|newid|cario mlaen|parhau)")
SWITCH_TO_WELSH = re.compile(
    rf"\b{_ASK}\b.*\b(in welsh|yn gymraeg|i r gymraeg|i gymraeg|cymraeg|welsh)\b"
    r"|^(in welsh|yn gymraeg|cymraeg|welsh)( please| pls| plis| os gwelwch yn dda)?$"
    r"|^(welsh|cymraeg) (please|pls|plis)$")
SWITCH_TO_ENGLISH = re.compile(
    rf"\b{_ASK}\b.*\b(in english|yn saesneg|i r saesneg|i saesneg|saesneg|english)\b"
    r"|^(in english|yn saesneg|saesneg|english)( please| pls| plis| os gwelwch yn dda)?$"
    r"|^(english|saesneg) (please|pls|plis)$")


@lru_cache(maxsize=1)
def _detector() -> Any:
    """Lingua's detector for English and Welsh, built on first use (not at import)."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.WELSH).build()


def requested_language(text: str) -> str | None:
    """The language the user asks to switch to, if the message asks for one."""
    plain = normalise(text)
    if SWITCH_TO_WELSH.search(plain):
        return "cy"
    if SWITCH_TO_ENGLISH.search(plain):
        return "en"
    return None


def welsh_probability(text: str) -> float:
    """Lingua's confidence that `text` is Welsh rather than English (0 to 1)."""
    from lingua import Language

    return float(_detector().compute_language_confidence(text, Language.WELSH))


def detect_language(text: str) -> str | None:
    """'cy' or 'en' when the text is clearly in that language; None when it is not clear."""
    words = tokens(text)
    if not words:
        return None
    welsh = sum(w in WELSH_WORDS for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    p_welsh = welsh_probability(text)
    if welsh and not english and (len(words) <= 3 or welsh >= 2):
        return "cy"
    if english and not welsh and (len(words) <= 2 or english >= 2):
        return "en"
    if len(words) <= 2:
        if not any(len(w) >= 4 and w.isalpha() for w in words) or 0.05 < p_welsh < 0.95:
            return None
        return "cy" if p_welsh >= 0.95 else "en"
    if welsh >= 2 and welsh > english and p_welsh >= 0.5:
        return "cy"
    if english >= 2 and english > welsh and p_welsh <= 0.5:
        return "en"
    if p_welsh >= 0.9 and welsh >= 1:
        return "cy"
    if p_welsh <= 0.1 and english >= 1:
        return "en"
    return None


def choose_language(text: str, metadata_language: str | None) -> str | None:
    """The reply language for a message: an explicit request, then clear text, then the switch.

    None means "keep the language the conversation already has".
    """
    requested = requested_language(text)
    if requested:
        return requested
    detected = detect_language(text) if not text.startswith("/") else None
    if detected:
        return detected
    return metadata_language if metadata_language in {"en", "cy"} else None
