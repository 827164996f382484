"""What every runner shares: reading an eval set, timing a function, printing a latency line."""

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(name: str) -> list[dict]:
    with (HERE / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def timings_ms(fn: Callable[[object], object], items: list, rounds: int) -> list[float]:
    for item in items[:20]:
        fn(item)  # warm caches (lexicon, catalog) before timing
    samples = []
    for _ in range(rounds):
        for item in items:
            start = time.perf_counter()
            fn(item)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def latency_line(name: str, samples: list[float], target_ms: float) -> str:
    median = statistics.median(samples)
    p95_ms = p95(samples)
    verdict = "OK" if p95_ms < target_ms else "LAMBAT"
    return f"{name:<22} median {median:.3f} ms   p95 {p95_ms:.3f} ms   target < {target_ms:g} ms   {verdict}"


def show_end(run, conversation: dict) -> None:
    """The end of a printed transcript: the conversation's expectations, then the problems checking them raised."""
    problems = len(run.problems)
    expect = conversation.get("end", {}).get("expect", {})
    run.check_end(expect)
    print(f"\n── akhir {expect}")
    for problem in run.problems[problems:]:
        print(f"   !! {problem}")
