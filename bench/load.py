"""Drives whole conversations concurrently and measures latency and throughput."""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

DIOGEL_TURNS = ["/greet", '/inform_audience{"audience":"parent"}',
                "how do i set parental controls on his xbox", "what are the signs of grooming",
                "my daughter sent a nude photo to a boy what do i do", "who can I talk to?"]
STOCK_TURNS = ["hi", "I am sad", "yes", "great", "are you a bot?", "bye"]


@dataclass
class LoadResult:
    """Latencies (ms) of every message, errors, and the wall time of the run."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    def summary(self) -> dict[str, float]:
        ordered = sorted(self.latencies) or [0.0]

        def pct(p: float) -> float:
            return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

        return {"p50_ms": round(statistics.median(ordered), 1), "p95_ms": round(pct(0.95), 1),
                "p99_ms": round(pct(0.99), 1), "messages": len(self.latencies),
                "messages_per_s": round(len(self.latencies) / max(self.seconds, 1e-9), 1),
                "errors": self.errors}


Sender = Callable[[aiohttp.ClientSession, str, str], Awaitable[bool]]


def rasa_sender(url: str) -> Sender:
    """Posts straight to a Rasa REST channel."""
    async def send(http: aiohttp.ClientSession, conversation: str, text: str) -> bool:
        async with http.post(f"{url}/webhooks/rest/webhook",
                             json={"sender": conversation, "message": text}) as r:
            body: Any = await r.json(content_type=None)
            return r.status == 200 and bool(body)
    return send


def gateway_sender(base: str) -> Callable[[aiohttp.ClientSession], Awaitable[Sender]]:
    """Creates a gateway session per conversation, then posts through the gateway."""
    async def make(http: aiohttp.ClientSession) -> Sender:
        async with http.post(f"{base}/api/session") as r:
            token = [(await r.json())["session_id"]]

        async def send(http: aiohttp.ClientSession, conversation: str, text: str) -> bool:
            async with http.post(f"{base}/api/chat", json={"session_id": token[0],
                                                           "message": text,
                                                           "button": text.startswith("/")}
                                 ) as r:
                body = await r.json()
                token[0] = body.get("session_id", token[0])
                return r.status == 200 and not body.get("fallback")
        return send
    return make


async def run(turns: list[str], conversations: int, concurrency: int,
              sender: Sender | None = None,
              factory: Callable[[aiohttp.ClientSession], Awaitable[Sender]] | None = None
              ) -> LoadResult:
    """`conversations` conversations, at most `concurrency` at once."""
    result = LoadResult()
    gate = asyncio.Semaphore(concurrency)
    timeout = aiohttp.ClientTimeout(total=120)

    async def one(http: aiohttp.ClientSession) -> None:
        async with gate:
            send = sender if sender is not None else await factory(http)  # type: ignore[misc]
            conversation = uuid.uuid4().hex
            for text in turns:
                start = time.perf_counter()
                try:
                    ok = await send(http, conversation, text)
                except (aiohttp.ClientError, TimeoutError):
                    ok = False
                result.latencies.append((time.perf_counter() - start) * 1000)
                result.errors += 0 if ok else 1

    async with aiohttp.ClientSession(timeout=timeout,
                                     connector=aiohttp.TCPConnector(limit=200)) as http:
        start = time.perf_counter()
        await asyncio.gather(*(one(http) for _ in range(conversations)))
        result.seconds = time.perf_counter() - start
    return result


async def long_conversation(url: str, turns: int) -> tuple[float, float]:
    """Latency (ms) of turn 1 and of the last turn of one long conversation via Rasa."""
    send = rasa_sender(url)
    conversation = uuid.uuid4().hex
    times = []
    async with aiohttp.ClientSession() as http:
        for i in range(turns):
            start = time.perf_counter()
            await send(http, conversation, DIOGEL_TURNS[2 + i % 4])
            times.append((time.perf_counter() - start) * 1000)
    first = statistics.median(times[:5])
    last = statistics.median(times[-5:])
    return round(first, 1), round(last, 1)
