"""`iki eval fresh_start`: issue 17's start-up figures in one run, beside main before the issue
(evals/baseline_issue16.json, keys fresh_start_* and audit_*_before):
  - the first `iki search` in a fresh data dir against the same search in a warm one (target: ratio < 1.5), with
    each process's peak RSS (target ≤ 700 MB a replica) and whether langchain was loaded without an LLM;
  - `iki eval audit` on an export where ~40% of rows repeat a colleague's text (10,000 and 100,000 employees).
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from evals.audit_bench import bench_audit, run_measured
from evals.common import HERE

QUERY = "skrining bayi baru lahir"
TARGET_RATIO = 1.5
TARGET_RSS_MB = 700.0


def timed_search(data_dir: Path) -> dict:
    """`iki search` as a user runs it, in its own process: wall time and peak RSS."""
    env = {**os.environ, "IKI_DATA_DIR": str(data_dir), "IKI_LLM_PROVIDER": "none"}
    stdout, code, seconds, peak = run_measured([sys.executable, "-m", "bot.cli", "search", QUERY, "--json"], env)
    try:
        found = len(json.loads(stdout)["results"])
    except (ValueError, KeyError, TypeError):
        found = -1
    return {"seconds": seconds, "peak_mb": peak, "ok": code == 0 and found > 0}


def langchain_at_start() -> bool:
    """Whether `import bot.cli` and one chat turn without an LLM load langchain."""
    code = ("import sys, bot.cli\nfrom bot.conversation import Engine\nfrom bot.storage.sqlite import SqliteStore\n"
            "Engine(SqliteStore(), rate_limit=10**6).handle('u', '/cek Jumlah laporan monev')\n"
            "print(any(m.startswith('langchain') for m in sys.modules))")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "IKI_DATA_DIR": tmp, "IKI_LLM_PROVIDER": "none"}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    return done.stdout.strip().endswith("True")


def _before() -> dict:
    path = HERE / "baseline_issue16.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def bench_fresh_start(rounds: int = 2, audit: bool = True) -> dict:
    before = _before()
    fresh, warm = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(rounds):
            data_dir = Path(tmp) / f"data-{n}"
            fresh.append(timed_search(data_dir))  # an empty data dir: the index is made here
            warm.append(timed_search(data_dir))  # the same dir again: the index is opened
    best_fresh = min(r["seconds"] for r in fresh)
    best_warm = min(r["seconds"] for r in warm)
    ratio = best_fresh / best_warm
    peak = max(r["peak_mb"] for r in fresh + warm)
    ok = all(r["ok"] for r in fresh + warm)
    langchain = langchain_at_start()
    print(f"Mulai dari nol vs hangat: `iki search \"{QUERY}\"` di proses baru, terbaik dari {rounds} "
          f"(folder data kosong, lalu folder yang sama lagi); {'hasil ditemukan' if ok else 'GAGAL: tanpa hasil'}")
    print(f"{'':<34} {'sebelum':>10} {'sekarang':>10}   target")
    rows = (("pencarian pertama, folder baru", before.get("fresh_start_first_s"), best_fresh, "", "s"),
            ("pencarian, folder hangat", before.get("fresh_start_warm_s"), best_warm, "", "s"),
            ("rasio baru / hangat", before.get("fresh_start_ratio"), ratio, f"< {TARGET_RATIO:g}", ""),
            ("puncak RSS satu proses", before.get("fresh_start_peak_mb"), peak, f"≤ {TARGET_RSS_MB:g} MB", "MB"))
    for label, then, now, target, unit in rows:
        then_text = f"{then:.1f}" if isinstance(then, (int, float)) else "-"
        print(f"  {label:<32} {then_text:>10} {now:>10.1f}   {target} {unit if not target else ''}".rstrip())
    print(f"  langchain dimuat tanpa LLM: {'ya' if langchain else 'tidak'} (sebelum: "
          f"{'ya' if before.get('fresh_start_langchain', True) else 'tidak'}; target: tidak)")
    verdict = "OK" if ok and ratio < TARGET_RATIO and peak <= TARGET_RSS_MB and not langchain else "GAGAL"
    print(f"  → {verdict}")
    figures = {"fresh_start_first_s": best_fresh, "fresh_start_warm_s": best_warm, "fresh_start_ratio": ratio,
               "fresh_start_peak_mb": peak, "fresh_start_langchain": langchain}
    if audit:
        print()
        figures |= bench_audit(legacy=False)
    return figures


if __name__ == "__main__":
    bench_fresh_start()
