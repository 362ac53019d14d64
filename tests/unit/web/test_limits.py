"""Signed session tokens and sliding-window rate limits."""

from __future__ import annotations

import time

from bot.web.limits import RateLimiter, SessionStore


def test_a_token_from_one_gateway_is_accepted_by_another_with_the_same_secret() -> None:
    one, two = SessionStore(60, b"s" * 32), SessionStore(60, b"s" * 32)
    token = one.create()
    assert two.touch(token)
    assert one.sender_id(token) == two.sender_id(two.renew(token))


def test_tampered_foreign_expired_and_ended_tokens_are_refused(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = SessionStore(60, b"s" * 32)
    token = store.create()
    key, issued, sig = token.split(".")
    assert not store.touch(f"{key}x.{issued}.{sig}")
    assert not SessionStore(60, b"t" * 32).touch(token)
    assert not store.touch("nonsense")
    later = time.time() + 61
    monkeypatch.setattr(time, "time", lambda: later)
    assert not store.touch(token)
    monkeypatch.undo()
    fresh = store.create()
    store.forget(fresh)
    assert not store.touch(fresh)


def test_the_sender_id_does_not_reveal_the_token() -> None:
    store = SessionStore(60)
    token = store.create()
    assert token.split(".")[0] not in store.sender_id(token)


def test_rate_limit_window() -> None:
    limiter = RateLimiter(2, window_s=0.2)
    assert [limiter.allow("a") for _ in range(3)] == [True, True, False]
    assert limiter.allow("b")
    time.sleep(0.25)
    assert limiter.allow("a")
