"""Generated bad input against the gateway: never a 5xx, never a crash, never stored script."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import web

hypothesis = pytest.importorskip("hypothesis")  # not installed in the gateway's own venv
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from bot.settings import Settings  # noqa: E402
from bot.web.app import create_app  # noqa: E402

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=50),
                    lambda children: st.lists(children, max_size=4)
                    | st.dictionaries(st.text(max_size=10), children, max_size=4), max_leaves=30)


@pytest.fixture
async def client(aiohttp_client, aiohttp_server):  # type: ignore[no-untyped-def]
    seen: list[dict[str, Any]] = []

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        seen.append(body)
        return web.json_response([{"text": "ok"}])

    rasa = web.Application()
    rasa.router.add_post("/webhooks/rest/webhook", webhook)
    server = await aiohttp_server(rasa)
    client = await aiohttp_client(create_app(Settings(
        rasa_port=server.port, rate_per_session_per_min=100000,
        rate_per_address_per_min=100000)))
    client.seen = seen
    return client


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=3000))
async def test_random_bytes_never_cause_a_server_error(client, body: bytes) -> None:  # type: ignore[no-untyped-def]
    response = await client.post("/api/chat", data=body,
                                 headers={"Content-Type": "application/json"})
    assert response.status < 500
    assert "error" in await response.json()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=JSON)
async def test_any_json_shape_gets_a_clear_answer(client, payload: Any) -> None:  # type: ignore[no-untyped-def]
    response = await client.post("/api/chat", data=json.dumps(payload),
                                 headers={"Content-Type": "application/json"})
    assert response.status in {400, 410, 413}


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=1000), language=st.sampled_from(["en", "cy", "<script>"]))
async def test_any_text_is_forwarded_as_data_only(client, text: str, language: str) -> None:  # type: ignore[no-untyped-def]
    sid = (await (await client.post("/api/session")).json())["session_id"]
    response = await client.post("/api/chat", json={"session_id": sid, "message": text,
                                                    "language": language,
                                                    "metadata": {"x": "<script>alert(1)</script>"}})
    assert response.status in {200, 400}
    if client.seen:
        assert "metadata" not in client.seen[-1] or client.seen[-1]["metadata"] in (
            {"language": "en"}, {"language": "cy"})
    assert response.headers["Content-Type"].startswith("application/json")
