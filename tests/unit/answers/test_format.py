"""Answer formatting: sources once each, in order."""

from __future__ import annotations

from bot.answers.format import unique_sources


def test_each_source_is_named_once() -> None:
    sources = ["Guide: parents (NSPCC)", "Guide: parents (NSPCC); Internet Matters: controls",
               "Internet Matters: controls", "  Guide:  parents (NSPCC) "]
    assert unique_sources(sources) == ["Guide: parents (NSPCC)", "Internet Matters: controls"]
