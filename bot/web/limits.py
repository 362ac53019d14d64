"""Gateway sessions and rate limits, kept in memory (the gateway is stateless across restarts)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections import deque
from dataclasses import dataclass, field


@dataclass
class SessionStore:
    """Signed session tokens, so any gateway with the same secret accepts them (stateless).

    A token is `<random>.<issued>.<signature>`; it expires SESSION_TTL seconds after it was
    issued, and every answered message renews it. Rasa sees only a keyed hash of the random
    part, never the token.
    """

    ttl_s: int
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    _ended: dict[str, float] = field(default_factory=dict)

    def _sign(self, payload: str) -> str:
        digest = hmac.new(self.secret, payload.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:18]).decode()

    def _issue(self, key: str) -> str:
        payload = f"{key}.{int(time.time())}"
        return f"{payload}.{self._sign(payload)}"

    def _key(self, token: str) -> str | None:
        parts = token.split(".")
        if len(parts) != 3 or not parts[1].isdigit() or len(token) > 200:
            return None
        if not hmac.compare_digest(self._sign(f"{parts[0]}.{parts[1]}"), parts[2]):
            return None
        if time.time() - int(parts[1]) > self.ttl_s or parts[0] in self._ended:
            return None
        return parts[0]

    def create(self) -> str:
        """A new session token."""
        return self._issue(secrets.token_urlsafe(18))

    def touch(self, token: str) -> bool:
        """True when the token is genuine, unexpired and not ended."""
        return self._key(token) is not None

    def renew(self, token: str) -> str:
        """A fresh token for the same conversation (call after touch() succeeded)."""
        key = self._key(token)
        return self._issue(key) if key else token

    def forget(self, token: str) -> None:
        """Ends a session on this gateway (quick exit, clear conversation)."""
        key = self._key(token)
        if key:
            now = time.time()
            self._ended = {k: v for k, v in self._ended.items() if now - v < self.ttl_s}
            self._ended[key] = now

    def sender_id(self, token: str) -> str:
        """The id Rasa stores the conversation under: not the client's token itself."""
        key = token.split(".")[0]
        return hmac.new(self.secret, key.encode(), hashlib.sha256).hexdigest()[:32]


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
