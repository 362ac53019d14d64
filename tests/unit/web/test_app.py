"""The gateway: sessions, limits, headers, fallbacks, routing to Rasa replicas."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import web

from bot.settings import Settings
from bot.web.app import create_app
from bot.web.rasa import replica_for, with_language

MARKER = "zebra-marker-5821"


@pytest.fixture
async def rasa(aiohttp_server):  # type: ignore[no-untyped-def]
    """A stand-in for Rasa's REST channel that records what it receives."""
    received: list[dict[str, Any]] = []

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        received.append(body)
        if body["message"] == "silence":
            return web.json_response([])
        return web.json_response([{"recipient_id": body["sender"], "text": "Hello <b>there</b>",
                                   "buttons": [{"title": "Help", "payload": "/ask_helplines"}]}])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    app.router.add_get("/webhooks/rest/", lambda r: web.json_response({"status": "ok"}))
    server = await aiohttp_server(app)
    server.received = received
    return server


@pytest.fixture
async def client(aiohttp_client, rasa):  # type: ignore[no-untyped-def]
    settings = Settings(rasa_port=rasa.port, rate_per_session_per_min=5,
                        rate_per_address_per_min=50, rasa_timeout_s=2,
                        frame_ancestors=("https://partner.example",),
                        cors_origins=("https://partner.example",))
    return await aiohttp_client(create_app(settings))


async def _session(client) -> str:  # type: ignore[no-untyped-def]
    response = await client.post("/api/session")
    assert response.status == 201
    return str((await response.json())["session_id"])


async def test_a_message_reaches_rasa_under_a_hidden_sender_id(client, rasa) -> None:  # type: ignore[no-untyped-def]
    sid = await _session(client)
    response = await client.post("/api/chat", json={"session_id": sid, "message": "hi",
                                                    "language": "cy"})
    body = await response.json()
    assert response.status == 200
    assert body["messages"][0]["text"] == "Hello <b>there</b>"
    assert body["messages"][0]["buttons"] == [{"title": "Help", "payload": "/ask_helplines"}]
    sent = rasa.received[-1]
    assert sent["sender"] != sid and len(sent["sender"]) == 32
    assert sent["metadata"] == {"language": "cy"}


async def test_typed_text_is_never_read_as_a_command(client, rasa) -> None:  # type: ignore[no-untyped-def]
    sid = await _session(client)
    for typed, sent in [("/restart", "restart"), ("//urgent_danger", "urgent_danger"),
                        ('/ inform_audience{"audience":"x"}', 'inform_audience{"audience":"x"}')]:
        response = await client.post("/api/chat", json={"session_id": sid, "message": typed,
                                                         "button": "yes"})
        assert response.status == 200
        assert rasa.received[-1]["message"] == sent
    slashes = await client.post("/api/chat", json={"session_id": sid, "message": " / / "})
    assert slashes.status == 400 and (await slashes.json())["error"] == "empty"


async def test_button_payloads_carry_the_language_entity(client, rasa) -> None:  # type: ignore[no-untyped-def]
    sid = await _session(client)
    await client.post("/api/chat", json={"session_id": sid, "message": "/greet",
                                         "language": "cy", "button": True})
    assert rasa.received[-1]["message"] == '/greet{"language":"cy"}'
    assert with_language('/inform_audience{"audience":"parent"}', "en") == \
        '/inform_audience{"audience":"parent","language":"en"}'


async def test_unknown_sessions_are_refused(client) -> None:  # type: ignore[no-untyped-def]
    response = await client.post("/api/chat", json={"session_id": "made-up", "message": "hi"})
    assert response.status == 410
    assert "expired" in (await response.json())["message"]


@pytest.mark.parametrize(("body", "status", "code"), [
    (b"{not json", 400, "bad_json"), (b"[1, 2]", 400, "bad_json"), (b"\xff\xfe\x00", 400,
                                                                    "bad_json"),
    (json.dumps({"message": 5, "session_id": "x"}).encode(), 400, "bad_json"),
    (b"[" * 4000 + b"]" * 4000, 400, "bad_json"), (b"x" * 20000, 413, "too_long")],
    ids=["broken", "list", "binary", "not-text", "deep", "huge"])
async def test_bad_input_gets_a_clear_answer(client, body: bytes, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
    response = await client.post("/api/chat", data=body,
                                 headers={"Content-Type": "application/json"})
    assert response.status == status
    assert (await response.json())["error"] == code


async def test_empty_and_too_long_messages(client) -> None:  # type: ignore[no-untyped-def]
    sid = await _session(client)
    empty = await client.post("/api/chat", json={"session_id": sid, "message": " \u0000\u200b ",
                                                 "language": "cy"})
    assert empty.status == 400
    assert (await empty.json())["message"].startswith("Teipiwch")
    long = await client.post("/api/chat", json={"session_id": sid, "message": "a" * 1001})
    assert long.status == 413
    assert "1000 characters" in (await long.json())["message"]


async def test_rate_limit_per_session(client) -> None:  # type: ignore[no-untyped-def]
    sid = await _session(client)
    statuses = [(await client.post("/api/chat", json={"session_id": sid, "message": "hi"})).status
                for _ in range(7)]
    assert statuses[:5] == [200] * 5 and statuses[5:] == [429, 429]


async def test_an_empty_reply_shows_the_helpline_card(client) -> None:  # type: ignore[no-untyped-def]
    sid = await _session(client)
    response = await client.post("/api/chat", json={"session_id": sid, "message": "silence"})
    body = await response.json()
    assert body["fallback"] is True
    assert "999" in body["messages"][0]["text"] and "0800 1111" in body["messages"][0]["text"]


async def test_rasa_down_gives_503_with_the_card_in_welsh(aiohttp_client) -> None:  # type: ignore[no-untyped-def]
    client = await aiohttp_client(create_app(Settings(rasa_port=1, rasa_timeout_s=1)))
    sid = await _session(client)
    response = await client.post("/api/chat", json={"session_id": sid, "message": "help",
                                                    "language": "cy"})
    body = await response.json()
    assert response.status == 503
    assert "Childline: 0800 1111" in body["messages"][0]["text"]
    assert body["messages"][0]["text"].startswith("Mae'n ddrwg gen i")


async def test_security_headers_and_cors(client) -> None:  # type: ignore[no-untyped-def]
    page = await client.get("/")
    csp = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors https://partner.example" in csp
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    ok = await client.options("/api/chat", headers={"Origin": "https://partner.example"})
    assert ok.status == 204
    assert ok.headers["Access-Control-Allow-Origin"] == "https://partner.example"
    bad = await client.options("/api/chat", headers={"Origin": "https://evil.example"})
    assert bad.status == 403 and "Access-Control-Allow-Origin" not in bad.headers


async def test_static_card_and_health(client) -> None:  # type: ignore[no-untyped-def]
    card = await (await client.get("/api/helplines?lang=cy")).json()
    assert card["title"] == "Os oes angen help arnoch chi nawr"
    assert any(s["phone"] == "0800 1111" for s in card["services"])
    assert (await client.get("/healthz")).status == 200
    assert (await client.get("/readyz")).status == 503  # no action server in this test
    assert (await client.get("/widget.js")).status == 200


def test_replicas_are_chosen_by_a_stable_hash() -> None:
    urls = ("a", "b")
    picks = {replica_for(f"sender-{i}", urls) for i in range(50)}
    assert picks == {0, 1}
    assert all(replica_for("same", urls) == replica_for("same", urls) for _ in range(5))


async def test_user_text_is_not_logged_at_info(client, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level("INFO")
    sid = await _session(client)
    await client.post("/api/chat", json={"session_id": sid, "message": MARKER})
    await client.post("/api/chat", json={"session_id": sid, "message": "silence"})
    assert MARKER not in caplog.text
