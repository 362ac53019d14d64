"""Gateway sessions and rate limits, kept in memory (the gateway is stateless across restarts)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import deque
from dataclasses import dataclass, field


@dataclass
class SessionStore:
    """Unguessable session ids with an idle expiry; Rasa sees only a keyed hash of each."""

    ttl_s: int
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    _seen: dict[str, float] = field(default_factory=dict)

    def create(self) -> str:
        """A new session id."""
        self._sweep()
        session_id = secrets.token_urlsafe(24)
        self._seen[session_id] = time.monotonic()
        return session_id

    def touch(self, session_id: str) -> bool:
        """True (and renewed) when the session exists and has not expired."""
        seen = self._seen.get(session_id)
        now = time.monotonic()
        if seen is None or now - seen > self.ttl_s:
            self._seen.pop(session_id, None)
            return False
        self._seen[session_id] = now
        return True

    def forget(self, session_id: str) -> None:
        """Ends a session (quick exit / clear conversation)."""
        self._seen.pop(session_id, None)

    def sender_id(self, session_id: str) -> str:
        """The id Rasa stores the conversation under: not the client's token itself."""
        return hmac.new(self.secret, session_id.encode(), hashlib.sha256).hexdigest()[:32]

    def _sweep(self) -> None:
        if len(self._seen) < 10_000:
            return
        now = time.monotonic()
        for key in [k for k, v in self._seen.items() if now - v > self.ttl_s]:
            del self._seen[key]


@dataclass
class RateLimiter:
    """At most `limit` events per key in a sliding minute."""

    limit: int
    window_s: float = 60.0
    _events: dict[str, deque[float]] = field(default_factory=dict)

    def allow(self, key: str) -> bool:
        """Records an event for `key`; False when the key is over its limit."""
        now = time.monotonic()
        events = self._events.setdefault(key, deque())
        while events and now - events[0] > self.window_s:
            events.popleft()
        if len(events) >= self.limit:
            return False
        events.append(now)
        if len(self._events) > 50_000:
            self._events = {k: v for k, v in self._events.items() if v and now - v[-1] <
                            self.window_s}
        return True
