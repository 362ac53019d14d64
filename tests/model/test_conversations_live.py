"""Real conversations through the gateway, Rasa and the action server, in both languages."""

from __future__ import annotations

import pytest

from tests.stack import Stack


def test_english_conversation_with_context(stack: Stack) -> None:
    s = stack.session()
    greeting = stack.say(s, "/greet", "en")
    assert "Diogel" in greeting[0]["text"]
    assert any(b["payload"] == "/ask_helplines" for b in greeting[0]["buttons"])
    stack.say(s, "my daughter is 11", "en")
    answer = stack.say(s, "what privacy settings should she have?", "en")
    assert "For a child aged 11:" in answer[0]["text"]
    assert "Source:" in answer[0]["text"]


def test_welsh_conversation_gets_welsh_replies_and_buttons(stack: Stack) -> None:
    s = stack.session()
    greeting = stack.say(s, "/greet", "cy")
    assert greeting[0]["text"].startswith("Helo")
    answer = stack.say(s, "sut dw i'n gosod rheolaethau rhieni ar yr xbox?", "cy")
    assert "Ffynhonnell" in answer[0]["text"]
    assert any(b["title"] == "Siarad â rhywun" for b in answer[0]["buttons"])


def test_switching_language_twice(stack: Stack) -> None:
    s = stack.session()
    first = stack.say(s, "who can I talk to?")
    assert first[0]["text"].startswith("These people can help")
    second = stack.say(s, "Ga i siarad yn Gymraeg?")
    assert second[0]["text"].startswith("Iawn")
    third = stack.say(s, "pwy alla i siarad â nhw?")
    assert third[0]["text"].startswith("Gall y bobl hyn helpu")
    fourth = stack.say(s, "english please")
    assert fourth[0]["text"].startswith("OK, I'll reply in English")


@pytest.mark.parametrize(("text", "language", "first_words"), [
    ("someone is threatening to share my nudes unless i pay them", "en", "If anyone is in danger"),
    ("mae dyn dw i wedi siarad ag e ar-lein yn dod i'r tŷ heno", "cy", "Os"),
])
def test_urgent_messages_lead_with_999(stack: Stack, text: str, language: str,
                                       first_words: str) -> None:
    s = stack.session()
    reply = stack.say(s, text, language)
    assert reply[0]["text"].startswith(first_words)
    assert "999" in reply[0]["text"].split("\n")[0]
    assert "0800 1111" in reply[0]["text"]
    follow_up = stack.say(s, "how do I report it?", "en")
    assert "999" not in follow_up[0]["text"].split("\n")[0]


def test_no_process_logs_user_text_at_info(stack: Stack) -> None:
    from bot.topology import log_dir

    marker = "quokka-marker-7731 my son is 12"
    s = stack.session()
    stack.say(s, marker, "en")
    stack.say(s, "/ask_helplines", "en")
    for log in log_dir().glob("*.log"):
        assert "quokka-marker-7731" not in log.read_text(encoding="utf-8", errors="replace"), log


def test_with_the_action_server_stopped_urgent_replies_still_come_first(stack: Stack) -> None:
    stack.stop("actions-1")
    s = stack.session()
    reply = stack.say(s, "i want to kill myself", "en")
    assert "999" in reply[0]["text"].split("\n")[0]
    assert "0800 1111" in reply[0]["text"]
    welsh = stack.say(s, "mae hi wedi mynd i gwrdd â dyn o snapchat heno", "cy")
    assert "999" in welsh[0]["text"].split("\n")[0]
    guidance = stack.say(s, "how do I set parental controls?", "en")
    assert "0800 1111" in guidance[0]["text"] and "999" in guidance[0]["text"]
