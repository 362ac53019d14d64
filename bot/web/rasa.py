"""Talks to Rasa's REST channel; routes each conversation to one replica by a stable hash."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import aiohttp

PAYLOAD = re.compile(r"^/(\w+)(\{.*\})?$", re.DOTALL)


class RasaUnavailable(Exception):
    """Rasa did not answer in time or answered with an error."""


def replica_for(sender_id: str, urls: tuple[str, ...]) -> int:
    """The replica that owns a conversation (stable across gateway restarts and replicas)."""
    digest = hashlib.sha256(sender_id.encode()).digest()
    return int.from_bytes(digest[:8], "big") % len(urls)


def with_language(message: str, language: str | None) -> str:
    """Adds the language entity to a button payload (Rasa skips NLU for payloads)."""
    match = PAYLOAD.match(message)
    if not match or language not in {"en", "cy"}:
        return message
    try:
        entities = json.loads(match.group(2)) if match.group(2) else {}
    except json.JSONDecodeError:
        return message
    if not isinstance(entities, dict):
        return message
    entities.setdefault("language", language)
    return f"/{match.group(1)}{json.dumps(entities, separators=(',', ':'))}"


class RasaClient:
    """Sends one user message to the owning Rasa replica, falling over to the next one."""

    def __init__(self, http: aiohttp.ClientSession, urls: tuple[str, ...], timeout_s: float
                 ) -> None:
        self.http = http
        self.urls = urls
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)

    async def send(self, sender_id: str, message: str, language: str | None
                   ) -> list[dict[str, Any]]:
        """The bot's messages; raises RasaUnavailable when no replica answers."""
        body: dict[str, Any] = {"sender": sender_id, "message": with_language(message, language)}
        if language in {"en", "cy"}:
            body["metadata"] = {"language": language}
        first = replica_for(sender_id, self.urls)
        for attempt in range(len(self.urls)):
            url = self.urls[(first + attempt) % len(self.urls)]
            try:
                async with self.http.post(f"{url}/webhooks/rest/webhook", json=body,
                                          timeout=self.timeout) as response:
                    if response.status == 200:
                        data = await response.json(content_type=None)
                        return [m for m in data if isinstance(m, dict)] if isinstance(
                            data, list) else []
            except aiohttp.ClientConnectorError:
                continue  # that replica is down: its conversations move to the next one
            except (aiohttp.ClientError, TimeoutError, ValueError) as err:
                raise RasaUnavailable() from err  # it may still be working: never send twice
            raise RasaUnavailable()
        raise RasaUnavailable()

    async def _all_answer(self, urls: tuple[str, ...]) -> bool:
        for url in urls:
            try:
                async with self.http.get(url, timeout=self.timeout) as r:
                    if r.status != 200:
                        return False
            except (aiohttp.ClientError, TimeoutError):
                return False
        return True

    async def ready(self) -> bool:
        """True when every replica answers on its REST channel."""
        return await self._all_answer(tuple(f"{u}/webhooks/rest/" for u in self.urls))

    async def actions_ready(self, urls: tuple[str, ...]) -> bool:
        """True when every action server answers its health check."""
        return await self._all_answer(tuple(f"{u}/health" for u in urls))
