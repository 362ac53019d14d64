"""One frozen settings object, read from the environment, with defaults that need none."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot import ROOT


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as err:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from err


def _list(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in env.get(name, "").split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    """Configuration for every Diogel process; see the README for each variable."""

    database_url: str = f"sqlite:///{ROOT / 'var' / 'content.db'}"
    tracker_store_url: str = ""
    redis_url: str = ""
    rasa_host: str = "127.0.0.1"
    rasa_port: int = 5005
    rasa_replicas: int = 1
    action_port: int = 5055
    action_replicas: int = 1
    gateway_host: str = "127.0.0.1"
    gateway_port: int = 8080
    rasa_timeout_s: float = 10.0
    max_message_chars: int = 1000
    session_ttl_s: int = 1800
    rate_per_session_per_min: int = 30
    rate_per_address_per_min: int = 120
    cors_origins: tuple[str, ...] = ()
    frame_ancestors: tuple[str, ...] = ()
    exit_url: str = "https://www.bbc.co.uk/weather"
    log_level: str = "INFO"
    review_enabled: bool = False
    review_retention_days: int = 30
    tracker_retention_days: int = 30
    rasa_token: str = ""
    gateway_secret: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def rasa_urls(self) -> tuple[str, ...]:
        """Base URLs of the Rasa replicas, on consecutive ports."""
        return tuple(
            f"http://{self.rasa_host}:{self.rasa_port + i}" for i in range(self.rasa_replicas)
        )

    @property
    def action_urls(self) -> tuple[str, ...]:
        """Base URLs of the action server replicas, on consecutive ports."""
        ports = range(self.action_port, self.action_port + self.action_replicas)
        return tuple(f"http://127.0.0.1:{port}" for port in ports)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Reads the settings from environment variables (missing ones take the defaults)."""
        env = os.environ if env is None else env
        d = cls()
        return cls(
            database_url=env.get("DATABASE_URL", "") or d.database_url,
            tracker_store_url=env.get("TRACKER_STORE_URL", ""),
            redis_url=env.get("REDIS_URL", ""),
            rasa_port=_int(env, "RASA_PORT", d.rasa_port),
            rasa_replicas=max(1, _int(env, "RASA_REPLICAS", 1)),
            action_port=_int(env, "ACTION_PORT", d.action_port),
            action_replicas=max(1, _int(env, "ACTION_REPLICAS", 1)),
            gateway_host=env.get("GATEWAY_HOST", "") or d.gateway_host,
            gateway_port=_int(env, "GATEWAY_PORT", d.gateway_port),
            rasa_timeout_s=float(env.get("RASA_TIMEOUT", "") or d.rasa_timeout_s),
            max_message_chars=_int(env, "MAX_MESSAGE_CHARS", d.max_message_chars),
            session_ttl_s=_int(env, "SESSION_TTL", d.session_ttl_s),
            rate_per_session_per_min=_int(env, "RATE_PER_SESSION", d.rate_per_session_per_min),
            rate_per_address_per_min=_int(env, "RATE_PER_ADDRESS", d.rate_per_address_per_min),
            cors_origins=_list(env, "CORS_ORIGINS"),
            frame_ancestors=_list(env, "FRAME_ANCESTORS"),
            exit_url=env.get("EXIT_URL", "") or d.exit_url,
            log_level=(env.get("LOG_LEVEL", "") or d.log_level).upper(),
            review_enabled=env.get("REVIEW_ENABLED", "").lower() in {"1", "true", "yes"},
            review_retention_days=_int(env, "REVIEW_RETENTION_DAYS", d.review_retention_days),
            tracker_retention_days=_int(env, "TRACKER_RETENTION_DAYS", d.tracker_retention_days),
            rasa_token=env.get("RASA_TOKEN", ""),
            gateway_secret=env.get("GATEWAY_SECRET", ""),
        )
