"""Reporting routes, the law, and the two-stage fallback."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.clarify import ActionClarify, candidates, fallbacks_in_a_row
from actions.explain_law import ActionExplainLaw
from actions.how_to_report import ActionHowToReport
from tests.unit.actions.conftest import tracker


async def test_how_to_report_names_every_route(service) -> None:  # type: ignore[no-untyped-def]
    dispatcher = CollectingDispatcher()
    await ActionHowToReport().run(dispatcher, tracker("ask_report"), {})
    text = dispatcher.messages[0]["text"]
    for route in ("ceop.police.uk", "iwf.org.uk", "report-remove", "101"):
        assert route in text


async def test_the_law_for_a_young_person_is_in_welsh(service) -> None:  # type: ignore[no-untyped-def]
    dispatcher = CollectingDispatcher()
    await ActionExplainLaw().run(dispatcher, tracker("ask_law", language="cy",
                                                     audience="young_person", age="15"), {})
    assert "Ffynhonnell" in dispatcher.messages[0]["text"]


def test_candidates_are_topics_and_urgent_help() -> None:
    ranking = [{"name": "nlu_fallback"}, {"name": "greet"}, {"name": "ask_law"},
               {"name": "urgent_danger"}, {"name": "ask_report"}]
    assert candidates(ranking) == ["ask_law", "urgent_danger"]


def test_fallbacks_in_a_row_counts_since_the_last_understood_message() -> None:
    understood = {"event": "user", "parse_data": {"intent": {"name": "greet"}}}
    missed = {"event": "user", "parse_data": {"intent": {"name": "nlu_fallback"}}}
    clarify = {"event": "action", "name": "action_clarify"}
    assert fallbacks_in_a_row([understood, missed]) == 0
    assert fallbacks_in_a_row([understood, missed, clarify, missed]) == 1
    assert fallbacks_in_a_row([missed, clarify, missed, clarify, missed]) == 2


async def test_clarify_offers_two_topics_then_asks_to_rephrase(service) -> None:  # type: ignore[no-untyped-def]
    ranking = [{"name": "ask_grooming_signs"}, {"name": "ask_online_friends"}]
    dispatcher = CollectingDispatcher()
    await ActionClarify().run(dispatcher, tracker("nlu_fallback", ranking=ranking), {})
    buttons = dispatcher.messages[0]["buttons"]
    assert [b["payload"] for b in buttons] == ["/ask_grooming_signs", "/ask_online_friends",
                                               "/deny"]
    again = CollectingDispatcher()
    events = [{"event": "user", "parse_data": {"intent": {"name": "nlu_fallback"}}},
              {"event": "action", "name": "action_clarify"},
              {"event": "user", "parse_data": {"intent": {"name": "nlu_fallback"}}}]
    await ActionClarify().run(again, tracker("nlu_fallback", events=events), {})
    assert again.messages[0]["response"] == "utter_ask_rephrase"


async def test_clarify_puts_999_first_when_danger_is_possible(service) -> None:  # type: ignore[no-untyped-def]
    ranking = [{"name": "urgent_danger"}, {"name": "ask_online_friends"}]
    dispatcher = CollectingDispatcher()
    await ActionClarify().run(dispatcher, tracker("nlu_fallback", ranking=ranking,
                                                  language="cy"), {})
    assert dispatcher.messages[0]["text"].startswith("Os ydych chi neu blentyn mewn perygl")
