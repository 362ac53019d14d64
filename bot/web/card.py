"""The static helpline card the gateway shows when the assistant cannot answer."""

from __future__ import annotations

from typing import Any

from bot.content.source import load_content
from bot.content.types import Helpline
from bot.web.texts import text

CARD_SERVICES = ("emergency", "childline", "meic", "nspcc_online", "nspcc")


def _line(service: dict[str, Any], language: str) -> str:
    sms = "neges destun" if language == "cy" else "text"
    parts = [p for p in (service["phone"], f"{sms} {service['text']}" if service["text"] else
                         None, service["web"]) if p and p not in service["name"]]
    return f"{service['name']}: {', '.join(parts)}" if parts else str(service["name"])


def build_cards(helplines: dict[str, Helpline] | None = None) -> dict[str, dict[str, Any]]:
    """The card in each language, from data/content/helplines.yml (read once at start-up)."""
    if helplines is None:
        helplines = load_content()[0].helplines
    cards = {}
    for language in ("en", "cy"):
        services = []
        for sid in CARD_SERVICES:
            h = helplines.get(sid)
            if h is None:
                continue
            services.append({"name": h.name.get(language), "phone": h.phone, "text": h.text,
                             "web": h.web, "purpose": h.purpose.get(language)})
        lines = [_line(s, language) for s in services]
        cards[language] = {"title": text(language, "card_title"),
                           "text": "\n".join([text(language, "unavailable"), *lines]),
                           "services": services}
    return cards
