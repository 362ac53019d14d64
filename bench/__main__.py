"""`make bench`: Diogel against a stock `rasa init` assistant on the same machine.

Prints every figure, writes reports/bench.json, reports/bench.png and docs/PERFORMANCE.md.
Timings are never pass/fail: a missed target is reported, with the figure.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import platform
import sys
from typing import Any

from bench import load
from bench.procs import StockRasa, start_diogel
from bench.report import chart, performance_md
from bench.training import training_times
from bot import ROOT

LEVELS = ((1, 10), (10, 30), (50, 50))  # (concurrency, conversations)


def measure(turns: list[str], **kwargs: Any) -> dict[str, dict[str, float]]:
    out = {}
    for concurrency, conversations in LEVELS:
        result = asyncio.run(load.run(turns, conversations, concurrency, **kwargs))
        out[str(concurrency)] = result.summary()
        print(f"    {concurrency:>2} at once: {out[str(concurrency)]}", flush=True)
    return out


def main() -> int:
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    skip_training = "--no-training" in sys.argv
    report: dict[str, Any] = {"date": dt.datetime.now(dt.timezone.utc).isoformat(),
                              "machine": f"{platform.machine()}, {os.cpu_count()} cores"}
    print("baseline: stock `rasa init` assistant", flush=True)
    stock = StockRasa()
    report["stock_train_s"] = stock.train()
    stock.start()
    report["stock"] = {"ready_s": stock.ready_s, "load": measure(
        load.STOCK_TURNS, sender=load.rasa_sender(stock.url))}
    report["stock"]["peak_rss_mib"] = stock.memory()
    stock.stop()

    print("Diogel, one replica", flush=True)
    one = start_diogel()
    rasa_url = one.settings.rasa_urls[0]
    gateway = f"http://127.0.0.1:{one.settings.gateway_port}"
    print("  straight at Rasa:", flush=True)
    direct = measure(load.DIOGEL_TURNS, sender=load.rasa_sender(rasa_url))
    print("  through the gateway:", flush=True)
    through = measure(load.DIOGEL_TURNS, factory=load.gateway_sender(gateway))
    first, last = asyncio.run(load.long_conversation(rasa_url, 200))
    report["diogel_1"] = {"ready_s": one.ready_s, "rasa": direct, "gateway": through,
                          "peak_rss_mib": one.memory(),
                          "long_conversation_ms": {"turn_1": first, "turn_200": last}}
    one.stop()

    print("Diogel, RASA_REPLICAS=2 ACTION_REPLICAS=2 (Redis lock store)", flush=True)
    two = start_diogel(RASA_REPLICAS="2", ACTION_REPLICAS="2",
                       REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3"))
    gateway2 = f"http://127.0.0.1:{two.settings.gateway_port}"
    report["diogel_2"] = {"ready_s": two.ready_s, "gateway": measure(
        load.DIOGEL_TURNS, factory=load.gateway_sender(gateway2)),
        "peak_rss_mib": two.memory()}
    two.stop()

    if not skip_training:
        print("training", flush=True)
        report["training"] = training_times()
    evaluation = ROOT / "reports" / "evaluation.json"
    if evaluation.exists():
        data = json.loads(evaluation.read_text(encoding="utf-8"))
        report["understanding"] = {
            lang: {"cv_macro_f1": data.get("cross_validation", {}).get(lang, {}).get("macro_f1"),
                   "holdout_macro_f1": data["holdout"][lang]["macro_f1"],
                   "urgent_recall": data["urgent"][lang]["recall"],
                   "false_alarm_rate": data["urgent"][lang]["false_alarm_rate"],
                   "reply_language": data["reply_language"][lang]} for lang in ("en", "cy")}
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "bench.json").write_text(json.dumps(report, indent=1))
    chart(report, ROOT / "reports" / "bench.png")
    chart(report, ROOT / "docs" / "bench.png")
    text = performance_md(report)
    (ROOT / "docs" / "PERFORMANCE.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
