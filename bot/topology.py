"""The processes `make run` starts and the Rasa endpoint files they use, from the settings."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot import ROOT
from bot.settings import Settings
from bot.training.train import MODEL, rasa_env

BUILD = ROOT / "build"


@dataclass(frozen=True)
class Process:
    """One process to supervise: its command, environment, port and readiness URL."""

    name: str
    command: list[str]
    port: int
    ready_url: str
    env: dict[str, str] = field(default_factory=dict)


def tracker_store(url: str) -> dict[str, Any] | None:
    """Rasa's SQL tracker store settings for a SQLAlchemy URL (None: in memory)."""
    if not url:
        return None
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    store: dict[str, Any] = {"type": "SQL", "dialect": parsed.get_backend_name(),
                             "db": parsed.database}
    if parsed.host:
        store["url"] = parsed.host
    if parsed.port:
        store["port"] = parsed.port
    if parsed.username:
        store["username"] = parsed.username
    if parsed.password:
        store["password"] = parsed.password
    return store


def lock_store(url: str) -> dict[str, Any] | None:
    """Rasa's Redis lock store settings for redis://host:port/db (None: in memory)."""
    if not url:
        return None
    from urllib.parse import urlparse

    parsed = urlparse(url)
    store: dict[str, Any] = {"type": "redis", "url": parsed.hostname or "127.0.0.1",
                             "port": parsed.port or 6379, "key_prefix": "diogel"}
    if parsed.path.strip("/"):
        store["db"] = int(parsed.path.strip("/"))
    if parsed.password:
        store["password"] = parsed.password
    return store


def endpoints(settings: Settings, replica: int) -> dict[str, Any]:
    """The endpoints file for one Rasa replica (each replica has its own action server)."""
    actions = settings.action_urls
    url = f"{actions[replica % len(actions)]}/webhook"
    data: dict[str, Any] = {"action_endpoint": {"url": url}}
    tracker = tracker_store(settings.tracker_store_url)
    if tracker:
        data["tracker_store"] = tracker
    lock = lock_store(settings.redis_url)
    if lock:
        data["lock_store"] = lock
    return data


def processes(settings: Settings) -> list[Process]:
    """Action servers, Rasa replicas and the gateway, in start order."""
    BUILD.mkdir(exist_ok=True)
    py = sys.executable
    env = rasa_env()
    out = []
    for i, url in enumerate(settings.action_urls):
        port = settings.action_port + i
        out.append(Process(f"actions-{i + 1}", [py, "-m", "rasa_sdk", "--actions", "actions",
                                                "--port", str(port)], port, f"{url}/health",
                           env | {"SANIC_HOST": "127.0.0.1"}))
    for i, url in enumerate(settings.rasa_urls):
        port = settings.rasa_port + i
        path = BUILD / f"endpoints-{port}.yml"
        path.write_text(yaml.safe_dump(endpoints(settings, i)), encoding="utf-8")
        command = [py, "-m", "bot.rasa_run", "run", "--model", str(MODEL), "--port", str(port),
                   "--interface", "127.0.0.1", "--credentials", str(ROOT / "credentials.yml"),
                   "--endpoints", str(path), "--response-timeout", "20"]
        if settings.rasa_token:
            command += ["--enable-api", "--auth-token", settings.rasa_token]
        out.append(Process(f"rasa-{i + 1}", command, port, f"{url}/webhooks/rest/", env))
    gateway_py = ROOT / ".venv-gateway" / "bin" / "python"
    gw = str(gateway_py) if gateway_py.exists() else py
    out.append(Process("gateway", [gw, "-m", "bot", "gateway"], settings.gateway_port,
                       f"http://127.0.0.1:{settings.gateway_port}/healthz",
                       dict(os.environ) | {"PYTHONPATH": str(ROOT)}))
    return out


def log_dir() -> Path:
    """Where the processes' logs go."""
    path = ROOT / "var" / "log"
    path.mkdir(parents=True, exist_ok=True)
    return path
