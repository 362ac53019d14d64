"""Two Rasa replicas and two action servers on PostgreSQL and Redis, with faults.

Every server that a test stops is a throwaway instance started here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import create_engine, text

from bot.supervisor import free_port_block
from bot.topology import log_dir
from tests.scale.servers import ThrowawayPostgres, ThrowawayRedis
from tests.stack import Stack, start_stack

MARKER = "quokkaseventythree"
TURNS = [
    ("/greet", "Diogel"),
    ("my daughter is 11", "keep their age in mind"),
    ("what privacy settings should she have?", "For a child aged 11:"),
    ("how do I report someone to CEOP", "ceop.police.uk"),
    ("who can I talk to?", "These people can help"),
    ("thank you", "You're welcome"),
]


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[ThrowawayPostgres, ThrowawayRedis]]:
    base = free_port_block(2) + 30
    pg, redis = ThrowawayPostgres(base), ThrowawayRedis(base + 1)
    pg.start()
    redis.start()
    yield pg, redis
    redis.stop()
    pg.remove()


@pytest.fixture(scope="module")
def stack(servers: tuple[ThrowawayPostgres, ThrowawayRedis]) -> Iterator[Stack]:
    pg, redis = servers
    running = start_stack(RASA_REPLICAS="2", ACTION_REPLICAS="2", TRACKER_STORE_URL=pg.url,
                          REDIS_URL=redis.url, DATABASE_URL=pg.url, RASA_TIMEOUT="30")
    yield running
    running.supervisor.stop()


async def _conversation(http: aiohttp.ClientSession, base: str) -> list[str]:
    async with http.post(f"{base}/api/session") as r:
        token = (await r.json())["session_id"]
    problems = []
    for message, expected in TURNS:
        async with http.post(f"{base}/api/chat", json={"session_id": token, "message": message,
                                                      "language": "en",
                                                      "button": message.startswith("/")}
                             ) as r:
            body: dict[str, Any] = await r.json()
        token = body.get("session_id", token)
        text_ = "\n".join(m["text"] for m in body.get("messages", []))
        if r.status != 200 or expected not in text_:
            problems.append(f"{message!r}: HTTP {r.status}, got {text_[:80]!r}")
    return problems


async def _many(base: str, count: int) -> list[list[str]]:
    timeout = aiohttp.ClientTimeout(total=300)
    async with aiohttp.ClientSession(timeout=timeout) as http:
        return await asyncio.gather(*(_conversation(http, base) for _ in range(count)))


def test_fifty_concurrent_conversations_keep_order_and_context(
        stack: Stack, servers: tuple[ThrowawayPostgres, ThrowawayRedis]) -> None:
    results = asyncio.run(_many(stack.base, 50))
    failures = [p for r in results for p in r]
    assert failures == [], failures[:5]
    engine = create_engine(servers[0].url, future=True)
    with engine.connect() as conn:
        per_sender = conn.execute(text(
            "SELECT sender_id, COUNT(*) FROM events WHERE type_name = 'user' "
            "GROUP BY sender_id")).all()
    engine.dispose()
    assert sum(1 for _, n in per_sender if n == len(TURNS)) >= 50


def test_a_killed_rasa_replica_moves_its_conversations(stack: Stack) -> None:
    sessions = [stack.session() for _ in range(6)]
    for s in sessions:
        stack.say(s, "my son is 14")
    stack.stop("rasa-1")
    for s in sessions:
        reply = stack.say(s, "what privacy settings should he have?")
        assert "For a child aged 14:" in reply[0]["text"]


def test_redis_stopped_gives_an_answer_or_the_helpline_card(
        stack: Stack, servers: tuple[ThrowawayPostgres, ThrowawayRedis]) -> None:
    redis = servers[1]
    # Only what is logged from here on counts: the supervisor appends to earlier runs' logs.
    before = {p: p.stat().st_size for p in log_dir().glob("*.log")}
    redis.stop()
    try:
        s = stack.session()
        reply = stack.say(s, f"i want to kill myself {MARKER}")
        assert reply and "999" in reply[0]["text"]
    finally:
        redis.start()
    # Rasa fails this message (no lock) and logs the failure: without the user's words.
    new = {p: _written_since(p, before.get(p, 0)) for p in log_dir().glob("*.log")}
    assert any("rest.message.received.failure" in text for p, text in new.items()
               if p.name.startswith("rasa-")), "expected Rasa to log the failed message"
    assert not any(MARKER in text for text in new.values())


def _written_since(path: Path, offset: int) -> str:
    with path.open("rb") as f:
        f.seek(offset)
        return f.read().decode("utf-8", errors="replace")


def test_postgres_stopped_and_restarted_recovers(
        stack: Stack, servers: tuple[ThrowawayPostgres, ThrowawayRedis]) -> None:
    pg = servers[0]
    s = stack.session()
    stack.say(s, "hello")
    pg.stop()
    try:
        reply = stack.say(s, "he says he's coming to my house tonight")
        assert reply and "999" in reply[0]["text"]
    finally:
        pg.start()
    answers = [stack.say(s, "who can I talk to?") for _ in range(3)]
    assert any(a[0]["text"].startswith("These people can help") for a in answers)
    assert all(stack.supervisor.running[i][1].poll() is None
               for i, (p, _) in enumerate(stack.supervisor.running) if p.name != "rasa-1")
