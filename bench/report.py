"""Ratios against the baseline, targets, a chart and docs/PERFORMANCE.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if b else "n/a"


def rows(r: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(measure, Diogel, stock baseline or target, verdict) rows."""
    stock = r["stock"]["load"]
    one, two = r["diogel_1"], r["diogel_2"]
    out = []
    seq_gw, seq_stock = one["gateway"]["1"]["p50_ms"], stock["1"]["p50_ms"]
    out.append(("sequential p50 via gateway (ms)", f"{seq_gw}", f"stock REST {seq_stock}; "
                f"target ≤ 1.3× ({_ratio(seq_gw, seq_stock)})",
                "met" if seq_gw <= 1.3 * seq_stock else "missed"))
    added = round(seq_gw - one["rasa"]["1"]["p50_ms"], 1)
    out.append(("gateway's own p50 (ms)", f"{added}", "target < 3", "met" if added < 3
                else "missed"))
    mps2, mps_stock = two["gateway"]["10"]["messages_per_s"], stock["10"]["messages_per_s"]
    out.append(("msgs/s at 10 at once (2 replicas, gateway)", f"{mps2}",
                f"stock {mps_stock}; target ≥ 1.5× ({_ratio(mps2, mps_stock)})",
                "met" if mps2 >= 1.5 * mps_stock else "missed"))
    p95_2, p95_stock = two["gateway"]["10"]["p95_ms"], stock["10"]["p95_ms"]
    out.append(("p95 at 10 at once (ms)", f"{p95_2}", f"stock {p95_stock}",
                "met" if p95_2 <= p95_stock else "missed"))
    rasa_ready = max(v for k, v in one["ready_s"].items() if k.startswith("rasa"))
    out.append(("start-up to ready (s)", f"{rasa_ready}", f"stock {r['stock']['ready_s']}; "
                "target < 30", "met" if rasa_ready < 30 else "missed"))
    rss = max(v for k, v in one["peak_rss_mib"].items() if k.startswith("rasa"))
    out.append(("peak RSS per Rasa process (MiB)", f"{rss}", f"stock "
                f"{r['stock']['peak_rss_mib']}; target < 1331", "met" if rss < 1331
                else "missed"))
    if "training" in r:
        t = r["training"]
        out.append(("full training (s)", f"{t['full_s']}", f"stock {r['stock_train_s']}; "
                    "target < 180", "met" if t["full_s"] < 180 else "missed"))
        out.append(("NLU-only retrain (s)", f"{t['nlu_change_s']}", "target < 90",
                    "met" if t["nlu_change_s"] < 90 else "missed"))
        out.append(("train with nothing changed (s)", f"{t['unchanged_s']}", "-", "-"))
    long = one["long_conversation_ms"]
    out.append(("turn 1 vs turn 200 (ms, via Rasa)", f"{long['turn_1']} → {long['turn_200']}",
                "must not grow", "met" if long["turn_200"] <= 1.5 * long["turn_1"] + 5
                else "missed"))
    return out


WHY_MISSED = """## Targets missed, and what would close them

- **Sequential latency (above 1.3x the stock assistant; figure in the table):** Diogel's
  pipeline does more per message than `rasa init`'s: language detection (lingua), the context
  extractor and the spaCy risk matcher run on every message, and most answers call the action
  server, which reads the content store. The gateway itself adds under 3 ms. Caching content per
  topic and language in the action server, and running lingua only when the widget gives no
  language, would close most of it.
- **Throughput at 10 conversations (below 1.5x the stock single process):** two replicas share
  two cores with two action servers and the gateway. More cores, or Sanic workers instead of
  whole replicas, would give the remaining headroom.
- **Long conversations:** latency grows with the number of turns (Rasa 3.6 rebuilds the
  tracker's past states on every prediction, O(turns)). Conversations expire after 60 minutes
  idle; starting a new Rasa session after a fixed number of turns (carrying the slots) would keep
  it flat.
"""


def performance_md(r: dict[str, Any]) -> str:
    """The page docs/PERFORMANCE.md, from a report."""
    lines = ["# Performance", "", f"Measured {r['date'][:16]} on {r['machine']} with",
             "", "```sh", "make bench", "```", "",
             "Each figure is taken in the same run as a stock `rasa init` assistant (same Rasa, "
             "same machine), so ratios hold on a noisy machine.", "",
             "| measure | Diogel | baseline / target | verdict |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows(r)]
    lines += ["", "## Latency and throughput (ms, messages/s)", "",
              "| run | at once | p50 | p95 | p99 | msgs/s | errors |",
              "|---|---|---|---|---|---|---|"]
    runs = [("stock REST", r["stock"]["load"]), ("Diogel via Rasa REST", r["diogel_1"]["rasa"]),
            ("Diogel via gateway", r["diogel_1"]["gateway"]),
            ("Diogel ×2 via gateway", r["diogel_2"]["gateway"])]
    for name, data in runs:
        for level, s in data.items():
            lines.append(f"| {name} | {level} | {s['p50_ms']} | {s['p95_ms']} | {s['p99_ms']} | "
                         f"{s['messages_per_s']} | {s['errors']} |")
    lines += ["", "## Start-up (s) and peak memory (MiB)", "",
              f"- one replica: ready {r['diogel_1']['ready_s']}, memory "
              f"{r['diogel_1']['peak_rss_mib']}",
              f"- two replicas: ready {r['diogel_2']['ready_s']}, memory "
              f"{r['diogel_2']['peak_rss_mib']}",
              f"- stock: ready {r['stock']['ready_s']}, memory {r['stock']['peak_rss_mib']}"]
    if "understanding" in r:
        lines += ["", "## Understanding (from `make evaluate`)", "",
                  "| language | CV macro F1 | held-out macro F1 | urgent recall | false alarms | "
                  "reply language |", "|---|---|---|---|---|---|"]
        for lang, u in r["understanding"].items():
            cv = f"{u['cv_macro_f1']:.3f}" if u["cv_macro_f1"] is not None else "-"
            lines.append(f"| {lang} | {cv} | {u['holdout_macro_f1']:.3f} | "
                         f"{u['urgent_recall']:.3f} | {u['false_alarm_rate']:.3f} | "
                         f"{u['reply_language']:.3f} |")
    lines += ["", "![Latency and throughput](bench.png)", "",
              "How the NLU pipeline was chosen: `docs/PIPELINE.md`.", "", WHY_MISSED]
    return "\n".join(lines) + "\n"


def chart(r: dict[str, Any], path: Path) -> None:
    """A small bar chart of p50/p95 latency and throughput at each concurrency."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = {"stock": r["stock"]["load"], "Diogel gateway": r["diogel_1"]["gateway"],
            "Diogel ×2 gateway": r["diogel_2"]["gateway"]}
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    levels = list(r["stock"]["load"])
    width = 0.25
    for i, (name, data) in enumerate(runs.items()):
        xs = [j + i * width for j in range(len(levels))]
        left.bar(xs, [data[level]["p95_ms"] for level in levels], width, label=name)
        right.bar(xs, [data[level]["messages_per_s"] for level in levels], width, label=name)
    for ax, title in ((left, "p95 latency (ms)"), (right, "messages per second")):
        ax.set_xticks([j + width for j in range(len(levels))], [f"{x} at once" for x in levels])
        ax.set_title(title)
    left.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)
