"""The environment Rasa's training runs in."""

from __future__ import annotations

import pytest

from bot.training.train import _force_when_cache_off, rasa_env


def test_rasa_training_cache_is_off_unless_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASA_MAX_CACHE_SIZE", raising=False)
    env = rasa_env()
    assert env["RASA_MAX_CACHE_SIZE"] == "0"
    assert env["RASA_TELEMETRY_ENABLED"] == "false"
    assert _force_when_cache_off(env) == ["--force"]
    monkeypatch.setenv("RASA_MAX_CACHE_SIZE", "500")
    env = rasa_env()
    assert env["RASA_MAX_CACHE_SIZE"] == "500"
    assert _force_when_cache_off(env) == []
