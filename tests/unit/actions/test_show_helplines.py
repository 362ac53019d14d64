"""action_show_helplines: the right services, numbers as text, hours, 999 last."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.show_helplines import ActionShowHelplines
from tests.unit.actions.conftest import tracker


async def test_young_people_see_childline_and_meic_with_numbers(service) -> None:  # type: ignore[no-untyped-def]
    dispatcher = CollectingDispatcher()
    await ActionShowHelplines().run(dispatcher, tracker("ask_helplines",
                                                        audience="young_person"), {})
    text = dispatcher.messages[0]["text"]
    lines = text.splitlines()
    assert "Childline: 0800 1111" in lines[1]
    assert "Meic: 080 880 23456, text 84001" in lines[2]
    assert "open 24 hours" in lines[1]
    assert lines[-2] == "In an emergency, call 999."
    assert lines[-1].startswith("(Source: All Wales Practice Guide")


async def test_parents_see_the_nspcc_in_welsh(service) -> None:  # type: ignore[no-untyped-def]
    dispatcher = CollectingDispatcher()
    await ActionShowHelplines().run(dispatcher, tracker("ask_helplines", audience="parent",
                                                        language="cy"), {})
    text = dispatcher.messages[0]["text"]
    assert text.startswith("Gall y bobl hyn helpu:")
    assert "0808 800 5002" in text and "gwiriwch y wefan" in text
    assert "Childline" not in text


async def test_a_database_fault_falls_back_to_the_memory_copy(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from actions._content import ContentService
    from bot.content.db import make_engine, session_factory

    broken = session_factory(make_engine("postgresql://nobody@127.0.0.1:1/none"))
    svc = ContentService(broken, store)
    monkeypatch.setattr("actions.show_helplines.get_repository", lambda: svc)
    dispatcher = CollectingDispatcher()
    await ActionShowHelplines().run(dispatcher, tracker("ask_helplines"), {})
    assert "0800 1111" in dispatcher.messages[0]["text"]
