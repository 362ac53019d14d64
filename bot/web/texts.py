"""The gateway's own messages, in English and Welsh."""

from __future__ import annotations

ERRORS: dict[str, dict[str, str]] = {
    "en": {
        "bad_json": "Sorry, that message could not be read. Please type it again.",
        "empty": "Please type a message first.",
        "too_long": "That message is too long. Please keep it under {limit} characters.",
        "rate_limited": "You are sending messages very quickly. Please wait a moment and try "
                        "again.",
        "no_session": "Your conversation has expired. A new one has started.",
        "unavailable": "Sorry, I can't answer right now. If you need help, these people can "
                       "help you now:",
        "card_title": "If you need help now",
    },
    "cy": {
        "bad_json": "Mae'n ddrwg gen i, doedd dim modd darllen y neges honno. Teipiwch hi eto, "
                    "os gwelwch yn dda.",
        "empty": "Teipiwch neges yn gyntaf, os gwelwch yn dda.",
        "too_long": "Mae'r neges honno'n rhy hir. Cadwch hi o dan {limit} nod, os gwelwch yn "
                    "dda.",
        "rate_limited": "Rydych chi'n anfon negeseuon yn gyflym iawn. Arhoswch eiliad a rhowch "
                        "gynnig arall arni.",
        "no_session": "Mae eich sgwrs wedi dod i ben. Mae un newydd wedi dechrau.",
        "unavailable": "Mae'n ddrwg gen i, alla i ddim ateb ar hyn o bryd. Os oes angen help "
                       "arnoch chi, gall y bobl hyn helpu nawr:",
        "card_title": "Os oes angen help arnoch chi nawr",
    },
}


def text(language: str, key: str, **values: object) -> str:
    """A gateway message in `language` (English when the language is unknown)."""
    return ERRORS.get(language, ERRORS["en"])[key].format(**values)
