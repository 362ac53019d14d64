"""action_show_tips: short tips for the audience and age, in the user's language."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.show_tips import ActionShowTips, topic_for
from tests.unit.actions.conftest import tracker


def test_topic_for_intents() -> None:
    assert topic_for("ask_grooming_signs", None, None) == ("grooming_signs", 0)
    assert topic_for("more_tips", "grooming_signs", 2.0) == ("grooming_signs", 2)
    assert topic_for("more_tips", None, None) == (None, 0)


async def test_a_parent_gets_two_tips_a_source_a_person_and_buttons(service) -> None:  # type: ignore[no-untyped-def]
    dispatcher = CollectingDispatcher()
    events = await ActionShowTips().run(dispatcher, tracker("ask_grooming_signs"), {})
    message = dispatcher.messages[0]
    assert message["text"].count("• ") == 2
    assert "Source:" in message["text"] and "0808 800 5000" in message["text"]
    payloads = [b["payload"] for b in message["buttons"]]
    assert payloads[0] == "/more_tips" and payloads[-1] == "/ask_helplines"
    assert 2 <= len(payloads) <= 4
    assert {"event": "slot", "name": "tips_shown", "value": 2.0, "timestamp": None} in events
    assert "999" not in message["text"]


async def test_welsh_young_person_gets_welsh_and_childline(service) -> None:  # type: ignore[no-untyped-def]
    dispatcher = CollectingDispatcher()
    await ActionShowTips().run(dispatcher, tracker("ask_nude_images", language="cy",
                                                   audience="young_person"), {})
    text = dispatcher.messages[0]["text"]
    assert "Ffynhonnell:" in text and "Childline 0800 1111" in text and "Meic" in text
    assert dispatcher.messages[0]["buttons"][-1]["title"] == "Siarad â rhywun"


async def test_the_age_changes_the_advice(service) -> None:  # type: ignore[no-untyped-def]
    young, older = CollectingDispatcher(), CollectingDispatcher()
    await ActionShowTips().run(young, tracker("ask_privacy_settings", age="11"), {})
    await ActionShowTips().run(older, tracker("ask_privacy_settings", age="16"), {})
    assert "For a child aged 11:" in young.messages[0]["text"]
    assert young.messages[0]["text"] != older.messages[0]["text"]


async def test_more_tips_continues_and_then_ends_politely(service) -> None:  # type: ignore[no-untyped-def]
    first = CollectingDispatcher()
    await ActionShowTips().run(first, tracker("more_tips", topic="effects", tips_shown=2.0), {})
    assert first.messages[0]["text"].count("• ") >= 1
    last = CollectingDispatcher()
    await ActionShowTips().run(last, tracker("more_tips", topic="effects", tips_shown=99.0), {})
    assert "That's all I have" in last.messages[0]["text"]
