"""A real Diogel stack on free ports: action server, Rasa and the gateway."""

from __future__ import annotations

import contextlib
import json
import os
import urllib.request
from collections.abc import Iterator
from typing import Any

from bot.settings import Settings
from bot.supervisor import Supervisor, free_port_block
from bot.topology import processes


class Stack:
    """Running processes and a small client for the gateway's chat API."""

    def __init__(self, settings: Settings, supervisor: Supervisor) -> None:
        self.settings = settings
        self.supervisor = supervisor
        self.base = f"http://127.0.0.1:{settings.gateway_port}"

    def post(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        request = urllib.request.Request(self.base + path, data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as err:
            return err.code, json.loads(err.read())

    def session(self) -> str:
        return str(self.post("/api/session", {})[1]["session_id"])

    def say(self, session: str, message: str, language: str | None = None
            ) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"session_id": session, "message": message}
        if language:
            body["language"] = language
        return list(self.post("/api/chat", body)[1]["messages"])

    def stop(self, name: str) -> None:
        for proc, child in self.supervisor.running:
            if proc.name == name:
                child.terminate()
                child.wait(timeout=20)




@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """Sets variables for the processes started inside, then restores the test's environment,
    so that one stack's settings (e.g. REDIS_URL) never leak into the next."""
    saved = dict(os.environ)
    os.environ.update(values)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _start(values: dict[str, str], only: str | None, timeout_s: float) -> Stack:
    with _environment(values):
        settings = Settings.from_env()
        supervisor = Supervisor([p for p in processes(settings) if only in (None, p.name)])
        supervisor.start()
    if not supervisor.wait_ready(timeout_s):
        supervisor.stop()
        raise RuntimeError("the stack did not start: see var/log/")
    return Stack(settings, supervisor)


def start_stack(**env: str) -> Stack:
    """Starts a stack with its own ports; `env` overrides settings (e.g. RASA_PORT)."""
    base = free_port_block(10)
    return _start({"RASA_PORT": str(base), "ACTION_PORT": str(base + 4),
                   "GATEWAY_PORT": str(base + 8), "RATE_PER_SESSION": "1000",
                   "RATE_PER_ADDRESS": "10000", "RASA_TIMEOUT": "20"} | env, None, 240)


def start_gateway_only() -> Stack:
    """A gateway whose Rasa never answers (nothing listens on its Rasa port)."""
    base = free_port_block(4)
    return _start({"RASA_PORT": str(base), "ACTION_PORT": str(base + 1),
                   "GATEWAY_PORT": str(base + 2), "RASA_TIMEOUT": "2"}, "gateway", 60)
