"""A real Diogel stack on free ports: action server, Rasa and the gateway."""

from __future__ import annotations

import json
import os
import socket
import urllib.request
from typing import Any

from bot.settings import Settings
from bot.supervisor import Supervisor
from bot.topology import processes


def free_port_block(count: int) -> int:
    """The first of `count` consecutive free ports."""
    for start in range(20000, 40000, 37):
        ok = True
        for port in range(start, start + count):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    ok = False
                    break
        if ok:
            return start
    raise RuntimeError("no free ports")


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




def start_stack(**env: str) -> Stack:
    """Starts a stack with its own ports; `env` overrides settings (e.g. RASA_PORT)."""
    base = free_port_block(10)
    values = {"RASA_PORT": str(base), "ACTION_PORT": str(base + 4),
              "GATEWAY_PORT": str(base + 8), "RATE_PER_SESSION": "1000",
              "RATE_PER_ADDRESS": "10000", "RASA_TIMEOUT": "20"} | env
    os.environ.update(values)
    settings = Settings.from_env()
    supervisor = Supervisor(processes(settings))
    supervisor.start()
    if not supervisor.wait_ready(240):
        supervisor.stop()
        raise RuntimeError("the stack did not start: see var/log/")
    return Stack(settings, supervisor)


def start_gateway_only() -> Stack:
    """A gateway whose Rasa never answers (nothing listens on its Rasa port)."""
    base = free_port_block(4)
    os.environ.update(RASA_PORT=str(base), ACTION_PORT=str(base + 1), GATEWAY_PORT=str(base + 2),
                      RASA_TIMEOUT="2")
    settings = Settings.from_env()
    gateway = [p for p in processes(settings) if p.name == "gateway"]
    supervisor = Supervisor(gateway)
    supervisor.start()
    if not supervisor.wait_ready(60):
        supervisor.stop()
        raise RuntimeError("the gateway did not start")
    return Stack(settings, supervisor)
