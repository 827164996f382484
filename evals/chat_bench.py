"""Turn latency through the engine, and updates per second through the Telegram adapter."""

import time
from pathlib import Path

from evals.common import latency_line, load, p95, timings_ms


def bench_chat() -> dict:
    """Turn latency through the engine, and updates/second through the Telegram adapter (fake Bot API, loopback)."""
    import asyncio
    import tempfile

    from bot.conversation import Engine
    from bot.retrieval.retriever import Retriever
    from bot.settings import Settings
    from bot.storage.sqlite import SqliteStore
    from bot.telegram.app import build_application
    from evals.fake_telegram import TOKEN, FakeTelegram

    drafts = [c["indikator"] for c in load("rewrite_cases.jsonl")]
    queries = [c["query"] for c in load("search_cases.jsonl")]
    with tempfile.TemporaryDirectory() as data_dir:
        retriever = Retriever(Settings(data_dir=Path(data_dir)))
        store = SqliteStore(Path(data_dir) / "state.sqlite3")
        engine = Engine(store, retriever=lambda: retriever, rate_limit=10**6)
        cek = timings_ms(lambda text: engine.handle("bench", f"/cek {text}"), drafts, rounds=3)
        ikk = timings_ms(lambda text: engine.handle("bench", f"/ikk {text}"), queries, rounds=2)

        def prima_step(i: int) -> None:  # a PRIMA step: a drafted IKI checked and offered rewrites, then Kembali
            engine.handle("prima", drafts[i % len(drafts)])

        engine.handle("prima", "/prima")
        for data in ("prima:skip", "prima:skip", "prima:role:anggota", "prima:direct:0"):
            engine.press("prima", data)
        prima = timings_ms(prima_step, list(range(len(drafts))), rounds=3)

        users, per_user = 50, 10
        with FakeTelegram() as fake:
            async def run() -> float:
                app = build_application(Settings(telegram_token=TOKEN, telegram_base_url=fake.base_url), engine, store)
                await app.initialize()
                await app.start()
                await app.updater.start_polling(poll_interval=0.0, timeout=1)
                started = time.perf_counter()
                for i in range(per_user):
                    for user in range(users):
                        fake.send_text(10_000 + user, f"/cek {drafts[(user + i) % len(drafts)]}")
                # /cek answers with a check and a rewrite message: wait for both of every update.
                await asyncio.to_thread(fake.wait_for, lambda calls: sum(m == "sendMessage" for m, _ in calls) >= 2 * users * per_user, 120)
                elapsed = time.perf_counter() - started
                await app.updater.stop()
                await app.stop()
                await app.shutdown()
                return elapsed

            elapsed = asyncio.run(run())
    rate = users * per_user / elapsed
    print(f"Benchmark percakapan (mesin, tanpa LLM): {len(drafts)} draf, {len(queries)} kueri")
    print(latency_line("/cek per giliran", cek, 200))
    print(latency_line("/ikk per giliran", ikk, 200))
    print(latency_line("langkah PRIMA (M)", prima, 200))
    print(f"{'adapter Telegram':<22} {rate:.0f} update/detik ({users} pengguna serentak × {per_user} pesan, "
          f"Bot API palsu di loopback)   target ≥ 50   {'OK' if rate >= 50 else 'LAMBAT'}")
    return {"cek_p95_ms": p95(cek), "updates_per_s": rate}
