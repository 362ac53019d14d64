"""Starting stacks for the benchmark, with start-up time and peak memory of each process."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bot.settings import Settings
from bot.supervisor import Supervisor, free_port_block, is_ready
from bot.topology import processes
from bot.training.train import rasa_env


def peak_rss_mib(pid: int) -> float:
    """Peak resident memory (VmHWM) of a running process, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


@dataclass
class Started:
    """A running stack and how long each process took to become ready."""

    settings: Settings
    supervisor: Supervisor
    ready_s: dict[str, float]

    def memory(self) -> dict[str, float]:
        return {p.name: peak_rss_mib(c.pid) for p, c in self.supervisor.running
                if c.poll() is None}

    def stop(self) -> None:
        self.supervisor.stop()


def start_diogel(**env: str) -> Started:
    """Starts Diogel's processes with `env` overrides and times each to readiness."""
    base = free_port_block(10, 21000)
    os.environ.update({"RASA_PORT": str(base), "ACTION_PORT": str(base + 5),
                       "GATEWAY_PORT": str(base + 9), "RATE_PER_SESSION": "100000",
                       "RATE_PER_ADDRESS": "1000000", "RASA_TIMEOUT": "60"} | env)
    settings = Settings.from_env()
    supervisor = Supervisor(processes(settings))
    start = time.monotonic()
    supervisor.start()
    ready: dict[str, float] = {}
    while len(ready) < len(supervisor.running) and time.monotonic() - start < 300:
        for proc, _ in supervisor.running:
            if proc.name not in ready and is_ready(proc.ready_url):
                ready[proc.name] = round(time.monotonic() - start, 1)
        time.sleep(0.2)
    return Started(settings, supervisor, ready)


class StockRasa:
    """The baseline: a stock `rasa init` assistant, trained and served from a temp folder."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="diogel-stock-"))
        self.process: subprocess.Popen[bytes] | None = None
        self.port = free_port_block(1, 23000)
        self.ready_s = 0.0

    def train(self) -> float:
        start = time.monotonic()
        subprocess.run([sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir",
                        str(self.dir)], cwd=self.dir, env=rasa_env(), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return round(time.monotonic() - start, 1)

    def start(self) -> None:
        start = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "rasa", "run", "--port", str(self.port), "-i", "127.0.0.1",
             "--model", str(self.dir / "models")], cwd=self.dir, env=rasa_env(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not is_ready(f"{self.url}/webhooks/rest/"):
            time.sleep(0.2)
        self.ready_s = round(time.monotonic() - start, 1)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def memory(self) -> float:
        return peak_rss_mib(self.process.pid) if self.process else 0.0

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)
