"""`iki eval load`: simulated users through the webhook against 1, 2 and 4 real replicas sharing one PostgreSQL
and one Chroma server, all on this machine; prints the replica table side by side, plus cold start to ready,
memory per replica, first /ikk after ready against later ones, and search latency while the load runs.

Two phases per replica count: capacity (users answer at once, so the load is as high as the replicas take) and
latency at a steady load below capacity (users pause between steps, about 30 updates/s together), where the
p95 targets are judged; a search is timed every 100 ms during the steady phase.
"""

import json
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from evals.common import load, p95

SECRET = "uji-beban"
CAPACITY_USERS = 48  # answering at once: as much load as the replicas take
PACED_USERS, PACED_RATE = 32, 30.0  # pausing between steps so that together they send about 30 updates/s
FIRST_IKK_SAMPLES = 20
REPLICA_COUNTS = (1, 2, 4)


def mix_script(user: int, drafts: list[str], queries: list[str], questions: list[str]) -> list[tuple[str, str]]:
    """A realistic session: PRIMA to step M, two IKI drafted, then /cek, /ikk, /tanya and /skp."""
    steps = [("text", "/prima"), ("press", "prima:skip"), ("press", "prima:skip"), ("press", "prima:role:anggota"),
             ("press", "prima:direct:0")]
    for i in (1, 2):
        steps += [("text", f"Persentase rekomendasi audit unit {user} nomor {i} yang ditindaklanjuti"), ("text", "100%"),
                  ("press", "prima:jenis:core_tusi"), ("text", "10")]
    return steps + [("text", f"/cek {drafts[user % len(drafts)]}"), ("text", f"/ikk {queries[user % len(queries)]}"),
                    ("text", f"/tanya {questions[user % len(questions)]}"), ("text", "/skp")]


class CpuMeter:
    """CPU seconds used by each part (replicas, PostgreSQL with its backends, Chroma, this runner) over a window;
    processes that appear meanwhile (new database connections) are counted from their start."""

    def __init__(self, parts: dict[str, Callable[[], list[int]]]):
        self.parts = parts
        self.before, self.machine_before = self._sample(), self._machine_busy()

    @staticmethod
    def _machine_busy() -> float:
        import psutil

        times = psutil.cpu_times()
        return sum(times) - times.idle - getattr(times, "iowait", 0.0)

    def _sample(self) -> dict[str, dict[int, float]]:
        import psutil

        sample = {}
        for part, pids in self.parts.items():
            sample[part] = {}
            for pid in pids():
                try:
                    times = psutil.Process(pid).cpu_times()
                    sample[part][pid] = times.user + times.system
                except psutil.Error:
                    pass
        return sample

    def used(self) -> dict[str, float]:
        """CPU seconds per part, and "lain": the rest of the machine's busy time (other processes on this box)."""
        after = self._sample()
        used = {part: sum(cpu - self.before[part].get(pid, 0.0) for pid, cpu in after[part].items())
                for part in self.parts}
        used["lain"] = max(0.0, self._machine_busy() - self.machine_before - sum(used.values()))
        return used


def _postgres_pids(pgdata: Path) -> list[int]:
    import psutil

    master = int((pgdata / "postmaster.pid").read_text().split()[0])
    return [master] + [child.pid for child in psutil.Process(master).children(recursive=True)]


def _log_events(replicas: list, event: str) -> list[dict]:
    found = []
    for replica in replicas:
        for line in replica.log_path.read_text(encoding="utf-8").splitlines():
            if line.startswith("{") and f'"event": "{event}"' in line:
                found.append(json.loads(line))
    return found


def _ikk_once(fake, user: int, query: str) -> float:
    update_id = fake.send_text(user, f"/ikk {query}")
    fake.wait_for(lambda _: fake.deliveries[update_id].done, 120)
    return fake.deliveries[update_id].seconds * 1000


def _search_sampler(stop: threading.Event, retriever, queries: list[str], samples: list[float]) -> None:
    """A search every 100 ms while the load runs: its latency on the loaded machine, adding little load itself."""
    while not stop.wait(0.1):
        started = time.perf_counter()
        retriever.search(queries[len(samples) % len(queries)], k=5)
        samples.append((time.perf_counter() - started) * 1000)


def _phase(fake, scripts: dict, think_s: float, meter_parts: dict, replicas: list, retriever=None, queries=()) -> dict:
    from evals.scripted_users import drive

    seen = {id(r): len(_log_events([r], "update")) for r in replicas}
    meter = CpuMeter(meter_parts)
    stop, search_ms = threading.Event(), []
    sampler = threading.Thread(target=_search_sampler, args=(stop, retriever, list(queries), search_ms)) if retriever else None
    if sampler:
        sampler.start()
    results = drive(fake, scripts, timeout=1800, think_s=think_s)
    stop.set()
    if sampler:
        sampler.join()
    cpu = meter.used()
    turns = [e for r in replicas for e in _log_events([r], "update")[seen[id(r)]:]]
    latencies = [seconds * 1000 for _, seconds in results.latencies]
    engine_ikk = [e["turn_ms"] for e in turns if e["command"] == "/ikk"]
    return {"updates": len(latencies), "updates_per_s": len(latencies) / results.elapsed, "elapsed_s": results.elapsed,
            "replica_update_p50_ms": statistics.median([e["ms"] for e in turns]),
            "replica_update_p95_ms": p95([e["ms"] for e in turns]),
            "p50_ms": statistics.median(latencies), "p95_ms": p95(latencies), "retries": results.retries,
            "engine_ikk_p95_ms": p95(engine_ikk) if len(engine_ikk) > 1 else 0.0,
            "engine_p95_ms": p95([e["turn_ms"] for e in turns]),
            "search_p95_ms": p95(search_ms) if len(search_ms) > 1 else 0.0,
            "cpu_s": cpu, "replica_cpu_ms_per_update": cpu["replicas"] * 1000 / max(len(latencies), 1)}


def _round(count: int, root: Path, fake, pg, chroma, retriever, texts: dict) -> dict:
    import psutil

    from evals.servers import Replica, wait_until

    database_url = pg.create_database("load")
    replicas = [Replica(f"{count}-{i}", root, fake.base_url, "123456:TEST-token", SECRET, database_url, chroma.url,
                        {"IKI_RATE_LIMIT_PER_MINUTE": "100000"}) for i in range(count)]
    try:
        cold = []
        for replica in replicas:
            wait_until(replica.ready, 600, "replica", interval=0.2)
            cold.append(time.perf_counter() - replica.started)
        ready_parts = _log_events(replicas, "ready")[0]["seconds"]
        fake.deliver_to([f"{r.url}/telegram" for r in replicas], SECRET, connections=16)
        base = 1_000_000 * count
        # The first /ikk each replica answers after ready, then later ones on an otherwise idle system.
        first = [_ikk_once(fake, base + i, texts["queries"][i]) for i in range(count)]
        later = [_ikk_once(fake, base + 99, texts["queries"][i % len(texts["queries"])]) for i in range(FIRST_IKK_SAMPLES)]
        parts = {"replicas": lambda: [r.process.pid for r in replicas], "postgres": lambda: _postgres_pids(pg.pgdata),
                 "chroma": lambda: [chroma.process.pid], "runner": lambda: [psutil.Process().pid]}

        def scripts(offset: int, users: int) -> dict:
            return {base + offset + u: mix_script(u, texts["drafts"], texts["queries"], texts["questions"])
                    for u in range(users)}

        capacity = _phase(fake, scripts(1000, CAPACITY_USERS), 0.0, parts, replicas)
        paced = _phase(fake, scripts(5000, PACED_USERS), PACED_USERS / PACED_RATE, parts, replicas, retriever,
                       texts["queries"])
        rss = [psutil.Process(r.process.pid).memory_info().rss / 2**20 for r in replicas]
    finally:
        for replica in replicas:
            replica.stop()
    failed = sum(1 for d in fake.deliveries.values() for _, status in d.attempts if status != "200")
    return {"replicas": count, "capacity": capacity, "paced": paced, "errors": failed + capacity["retries"] + paced["retries"],
            "cold_start_s": max(cold), "ready_parts": ready_parts, "rss_mb": max(rss), "first_ikk_ms": max(first),
            "later_ikk_p50_ms": statistics.median(later), "later_ikk_p95_ms": p95(later)}


def load_test(replica_counts: tuple[int, ...] = REPLICA_COUNTS) -> dict:
    from bot.retrieval.retriever import Retriever
    from bot.settings import Settings
    from evals.fake_telegram import FakeTelegram
    from evals.servers import ChromaServer, LocalPostgres

    texts = {"drafts": [c["indikator"] for c in load("rewrite_cases.jsonl")],
             "queries": [c["query"] for c in load("search_cases.jsonl")],
             "questions": [c["question"] for c in load("ask_cases.jsonl")]}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pg, chroma = LocalPostgres(root / "pg").start(), ChromaServer(root / "chroma").start()
        try:
            # The index is built once on the server, as a deploy does before the replicas start.
            retriever = Retriever(Settings(data_dir=root / "runner", chroma_url=chroma.url))
            with FakeTelegram() as fake:
                for count in replica_counts:
                    rows.append(_round(count, root, fake, pg, chroma, retriever, texts))
        finally:
            chroma.stop()
            pg.stop()
    _print(rows)
    return {f"{r['replicas']}_replicas": r for r in rows}


def _print(rows: list[dict]) -> None:
    print(f"Uji beban: webhook, PostgreSQL dan server Chroma bersama, Bot API palsu dan pengguna simulasi di mesin "
          f"yang sama ({_cores()} inti). Campuran per pengguna: PRIMA sampai 2 IKI, /cek, /ikk, /tanya, /skp.")
    print(f"{'replika':<38}" + "".join(f"{r['replicas']:>10}" for r in rows))
    lines = [
        (f"kapasitas: update/detik ({CAPACITY_USERS} pengguna tanpa jeda)", lambda r: f"{r['capacity']['updates_per_s']:.1f}"),
        ("kapasitas: p50 / p95 per update (ms)", lambda r: f"{r['capacity']['p50_ms']:.0f}/{r['capacity']['p95_ms']:.0f}"),
        ("kapasitas: CPU replika per update (ms)", lambda r: f"{r['capacity']['replica_cpu_ms_per_update']:.1f}"),
        ("kapasitas: p50 / p95 di replika (ms)",
         lambda r: f"{r['capacity']['replica_update_p50_ms']:.0f}/{r['capacity']['replica_update_p95_ms']:.0f}"),
        ("kapasitas: giliran p95 di replika (ms)", lambda r: f"{r['capacity']['engine_p95_ms']:.0f}"),
        (f"~{PACED_RATE:.0f} update/s: tercapai", lambda r: f"{r['paced']['updates_per_s']:.1f}"),
        (f"~{PACED_RATE:.0f} update/s: p50 / p95 update (ms)", lambda r: f"{r['paced']['p50_ms']:.0f}/{r['paced']['p95_ms']:.0f}"),
        (f"~{PACED_RATE:.0f} update/s: giliran p95 (ms)", lambda r: f"{r['paced']['engine_p95_ms']:.0f}"),
        (f"~{PACED_RATE:.0f} update/s: giliran /ikk p95 (ms)", lambda r: f"{r['paced']['engine_ikk_p95_ms']:.0f}"),
        (f"~{PACED_RATE:.0f} update/s: search p95 (ms)", lambda r: f"{r['paced']['search_p95_ms']:.1f}"),
        ("galat (non-2xx, coba lagi)", lambda r: f"{r['errors']}"),
        ("cold start sampai siap (s, terlama)", lambda r: f"{r['cold_start_s']:.1f}"),
        ("RSS per replika (MB, terbesar)", lambda r: f"{r['rss_mb']:.0f}"),
        ("/ikk pertama setelah siap (ms)", lambda r: f"{r['first_ikk_ms']:.0f}"),
        ("/ikk berikutnya p50 / p95 (ms)", lambda r: f"{r['later_ikk_p50_ms']:.0f}/{r['later_ikk_p95_ms']:.0f}"),
    ]
    for title, value in lines:
        print(f"{title:<38}" + "".join(f"{value(r):>10}" for r in rows))
    for r in rows:
        for phase in ("capacity", "paced"):
            used = r[phase]["cpu_s"]
            total = r[phase]["elapsed_s"] * _cores()
            share = ", ".join(f"{part} {seconds / total:.0%}" for part, seconds in used.items())
            print(f"CPU {'kapasitas' if phase == 'capacity' else 'beban tetap'}, {r['replicas']} replika "
                  f"({r[phase]['elapsed_s']:.0f} s × {_cores()} inti): {share}")
    parts = ", ".join(f"{part} {seconds:.1f}" for part, seconds in rows[0]["ready_parts"].items())
    print(f"Siap, per bagian (detik, replika pertama): {parts}")
    print("Target: search p95 < 50 ms, giliran /ikk p95 < 200 ms, cold start < 10 s, RSS < 700 MB.")


def _cores() -> int:
    import os

    return os.cpu_count() or 1
