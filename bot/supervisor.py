"""`make run`: seed, train if needed, start every process, stop them all together."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from types import FrameType

from bot.settings import Settings
from bot.topology import Process, log_dir, processes


def port_taken(port: int, host: str = "127.0.0.1") -> bool:
    """True when something already listens on the port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def free_port_block(count: int, start: int = 20000) -> int:
    """The first of `count` consecutive free loopback ports from `start` (tests, benchmarks)."""
    for base in range(start, 60000, 37):
        if not any(port_taken(port) for port in range(base, base + count)):
            return base
    raise RuntimeError("no free ports")


def is_ready(url: str) -> bool:
    """True when the URL answers 200."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (loopback)
            return bool(response.status == 200)
    except OSError:
        return False


class Supervisor:
    """Starts processes, waits for them, and stops all of them when one stops or on Ctrl-C."""

    def __init__(self, procs: list[Process]) -> None:
        self.procs = procs
        self.running: list[tuple[Process, subprocess.Popen[bytes]]] = []

    def start(self) -> None:
        logs = log_dir()
        for proc in self.procs:
            log = (logs / f"{proc.name}.log").open("ab")
            child = subprocess.Popen(proc.command, env=proc.env, stdout=log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
            self.running.append((proc, child))

    def wait_ready(self, timeout_s: float = 180) -> bool:
        deadline = time.monotonic() + timeout_s
        pending = list(self.running)
        while pending and time.monotonic() < deadline:
            for proc, child in list(pending):
                if child.poll() is not None:
                    print(f"{proc.name} stopped during start-up (exit {child.returncode}); "
                          f"see var/log/{proc.name}.log", file=sys.stderr)
                    return False
                if is_ready(proc.ready_url):
                    pending.remove((proc, child))
            time.sleep(0.5)
        return not pending

    def watch(self) -> int:
        while True:
            for proc, child in self.running:
                if child.poll() is not None:
                    print(f"{proc.name} stopped (exit {child.returncode}); stopping everything. "
                          f"See var/log/{proc.name}.log", file=sys.stderr)
                    return 1
            time.sleep(1)

    def stop(self) -> None:
        for _, child in reversed(self.running):
            if child.poll() is None:
                child.terminate()
        for _, child in self.running:
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()


def run() -> int:
    """Sets up and serves Diogel; prints one line with the URL when everything is ready."""
    started = time.monotonic()
    settings = Settings.from_env()
    procs = processes(settings)
    taken = [p for p in procs if port_taken(p.port)]
    if taken:
        for proc in taken:
            print(f"Port {proc.port} (for {proc.name}) is already in use. Stop whatever uses it "
                  f"(`ss -ltnp 'sport = :{proc.port}'` shows it) or choose another port "
                  "(RASA_PORT, ACTION_PORT, GATEWAY_PORT).", file=sys.stderr)
        return 1
    from bot.content.store import prepare
    from bot.training.train import train

    _, report = prepare(settings.database_url)
    print(report)
    train()
    supervisor = Supervisor(procs)

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        supervisor.start()
        if not supervisor.wait_ready():
            print("Diogel did not start; see var/log/ for details.", file=sys.stderr)
            return 1
        url = f"http://localhost:{settings.gateway_port}"
        print(f"Diogel is ready on {url} (started in {time.monotonic() - started:.0f} s; "
              "Ctrl-C stops everything)", flush=True)
        return supervisor.watch()
    except KeyboardInterrupt:
        print("Stopping Diogel…")
        return 0
    finally:
        supervisor.stop()
