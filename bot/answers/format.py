"""Formats tips and helpline cards as short chat messages in English or Welsh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.content.hours import describe
from bot.content.repository import HelplineCard, TopicAnswer

TIPS_PER_MESSAGE = 2
WORDS = {
    "en": {"more": "More tips", "talk": "Talk to someone", "source": "Source",
           "text": "text", "for_age": "For a child aged {age}:", "no_more":
           "That's all I have on this. Is there anything else I can help with?",
           "person_young": "To talk to a person: Childline {childline} (free, any time) or "
                           "Meic {meic}.",
           "person_adult": "To talk to a person: the NSPCC helpline {nspcc}.",
           "helplines_intro": "These people can help:",
           "emergency": "In an emergency, call {n}.", "report": "How to report"},
    "cy": {"more": "Rhagor o gyngor", "talk": "Siarad â rhywun", "source": "Ffynhonnell",
           "text": "neges destun", "for_age": "Ar gyfer plentyn {age} oed:", "no_more":
           "Dyna'r cyfan sydd gen i am hyn. Oes unrhyw beth arall y galla i helpu ag ef?",
           "person_young": "I siarad â pherson: Childline {childline} (am ddim, unrhyw bryd) "
                           "neu Meic {meic}.",
           "person_adult": "I siarad â pherson: llinell gymorth yr NSPCC {nspcc}.",
           "helplines_intro": "Gall y bobl hyn helpu:",
           "emergency": "Mewn argyfwng, ffoniwch {n}.", "report": "Sut i roi gwybod"},
}


@dataclass(frozen=True)
class Reply:
    """One chat message: plain text carrying every essential word, with optional buttons."""

    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The message as Rasa's dispatcher and the REST channel expect it."""
        return {"text": self.text, "buttons": self.buttons}


def unique_sources(sources: Iterable[str]) -> list[str]:
    """Each source once, in order, even when several texts cite it in a combined source."""
    parts = (" ".join(p.split()) for source in sources for p in source.split(";"))
    return list(dict.fromkeys(p for p in parts if p))


def words(language: str) -> dict[str, str]:
    """The fixed words of answers in `language` (English when unknown)."""
    return WORDS.get(language, WORDS["en"])


def talk_to_person(cards: dict[str, HelplineCard], audience: str | None, language: str) -> str:
    """The closing line every answer carries: how to talk to a person, with the numbers."""
    w = words(language)
    if audience == "young_person" and "childline" in cards and "meic" in cards:
        return w["person_young"].format(childline=cards["childline"].phone,
                                        meic=cards["meic"].phone)
    if "nspcc" in cards:
        return w["person_adult"].format(nspcc=cards["nspcc"].phone)
    return ""


def tips_reply(answer: TopicAnswer, offset: int, language: str, age: int | None,
               age_band: str | None, closing: str, extra: tuple[str, ...] = ()
               ) -> tuple[Reply, int]:
    """The next tips of a topic, extra lines, a source line, a way to a person, buttons."""
    w = words(language)
    shown = answer.tips[offset:offset + TIPS_PER_MESSAGE]
    if not shown:
        return Reply(w["no_more"], [{"title": w["talk"], "payload": "/ask_helplines"}]), offset
    lines = []
    if offset == 0:
        lines.append(f"{answer.title}")
    if age is not None and age_band and any(age_band in t.ages for t in shown):
        lines.append(w["for_age"].format(age=age))
    lines += [f"• {t.text}" for t in shown]
    lines += list(extra)
    lines.append(f"({w['source']}: {'; '.join(unique_sources(t.source for t in shown))})")
    if closing:
        lines.append(closing)
    buttons = []
    new_offset = offset + len(shown)
    if new_offset < len(answer.tips):
        buttons.append({"title": w["more"], "payload": "/more_tips"})
    buttons += [{"title": title, "payload": f"/ask_{topic}"}
                for topic, title in answer.follow_ups[:2]]
    buttons.append({"title": w["talk"], "payload": "/ask_helplines"})
    return Reply("\n".join(lines), buttons), new_offset


def card_line(card: HelplineCard, now: dt.datetime, language: str) -> str:
    """One service on one line: name, phone, text number, web address, hours."""
    w = words(language)
    contact = [c for c in (card.phone, f"{w['text']} {card.text}" if card.text else None,
                           card.web) if c]
    hours = describe(card.hours, now, language)
    return f"{card.name}: {', '.join(contact)} ({hours}). {card.purpose}"


def helplines_reply(cards: list[HelplineCard], emergency: HelplineCard | None,
                    now: dt.datetime, language: str) -> Reply:
    """The helpline card as plain text, emergency number last, with a reporting button."""
    w = words(language)
    lines = [w["helplines_intro"]] + [f"• {card_line(c, now, language)}" for c in cards]
    if emergency and emergency.phone:
        lines.append(w["emergency"].format(n=emergency.phone))
    lines.append(f"({w['source']}: {'; '.join(unique_sources(c.source for c in cards))})")
    return Reply("\n".join(lines), [{"title": w["report"], "payload": "/ask_report"}])
