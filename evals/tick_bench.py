"""`iki eval tick`: what Engine.tick costs with 10,000 users in the store, a few hundred of them with the logbook
nudge on: the p95 of 20 ticks a minute apart around the nudge's hour (Telegram's job ticks every minute on each
replica), and of Engine.due for one user, on SQLite and on PostgreSQL (the embedded server of evals/servers.py).
The store is filled as an old data dir (schema 4, before the reminders' schedule) and opened by the current code,
so the ticks after the upgrade are timed too. Each nudge must reach its user exactly once."""

import json
import math
import sqlite3
import tempfile
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

USERS, REMINDING, TICKS = 10_000, 300, 20
OLD_SCHEMA = 4  # the schema before the reminders' schedule
START = datetime(2026, 3, 12, 15, 50)  # a Thursday, a working day: the nudges fall due at 16:00 WIB
WARM_UP = 15  # ticks an hour earlier, before timing: the first ticks after an upgrade schedule everyone kept
TARGET_MS = 1000  # a tick every minute on each replica must stay far below its minute, whatever the user count
BASELINE = Path(__file__).with_name("baseline_issue16.json")


_REMINDING = {n * (USERS // REMINDING) for n in range(REMINDING)}


def _user(n: int) -> str:
    return f"{n:06d}"


def _states() -> tuple[str, str]:
    """(a user with an agreed SKP and the nudge on, a user with a drafted SKP only), as the store keeps them."""
    from bot.clock import WIB
    from bot.conversation.state import UserState
    from bot.models import IkiDraft, SkpDraft
    from bot.year.models import YearState
    from bot.year.reminders import logbook_on
    from bot.year.versions import agree

    skp = SkpDraft(iki=[IkiDraft(indikator=f"Jumlah dokumen kajian kebijakan kesehatan nomor {n} yang diselesaikan "
                                           "tepat waktu", target=str(10 * n), satuan="dokumen") for n in range(1, 6)])
    year = agree(YearState(), skp, date(2026, 1, 5))
    year = year.model_copy(update={"reminders": logbook_on(year.reminders, datetime(2026, 3, 1, 9, tzinfo=WIB))})
    return UserState(skp=skp, year=year).model_dump_json(), UserState(skp=skp).model_dump_json()


def _old_rows(statement_run, insert_users) -> None:
    """Schema 4 as a data dir kept before the schedule has it, then the users."""
    from bot.storage.migrations import MIGRATIONS

    statement_run("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    for version, _, statements in MIGRATIONS:
        if version <= OLD_SCHEMA:
            for statement in statements:
                statement_run(statement)
            statement_run(f"INSERT INTO schema_version (version) VALUES ({version})")
    reminding, drafting = _states()
    insert_users([(_user(n), reminding if n in _REMINDING else drafting) for n in range(USERS)])


def _old_sqlite(path: Path) -> None:
    db = sqlite3.connect(path)
    with db:
        _old_rows(db.execute, lambda rows: db.executemany("INSERT INTO users (id, state) VALUES (?, ?)", rows))
    db.close()


def _old_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url) as conn, conn.cursor() as cursor:
        _old_rows(cursor.execute, lambda rows: cursor.executemany("INSERT INTO users (id, state) VALUES (%s, %s)", rows))


def _ms(seconds: list[float], q: float) -> float:
    """The q-quantile by nearest rank, in milliseconds."""
    ordered = sorted(seconds)
    return round(1000 * ordered[max(0, math.ceil(q * len(ordered)) - 1)], 1)


def measure(store) -> dict:
    """Warm-up ticks, then TICKS ticks a minute apart and TICKS Engine.due calls, timed; the store is closed after."""
    try:
        return _measure(store)
    finally:
        store.close()


def _measure(store) -> dict:
    from bot.clock import WIB
    from bot.conversation import Engine

    engine = Engine(store, clock=lambda: START.replace(tzinfo=WIB), rate_limit=10**6)
    got: Counter = Counter()

    def tick(moment: datetime) -> float:
        """Engine.tick alone; what the door does with its messages (send, mark delivered) is not timed."""
        began = time.perf_counter()
        dues = engine.tick(moment.replace(tzinfo=WIB))
        took = time.perf_counter() - began
        for due in dues:
            got[due.key] += 1
            engine.delivered(due)
        return took

    warm = [tick(START - timedelta(hours=1) + timedelta(minutes=n)) for n in range(WARM_UP)]
    timed = [tick(START + timedelta(minutes=n)) for n in range(TICKS)]
    due_s = []
    for n in range(TICKS):
        began = time.perf_counter()
        engine.due(_user(sorted(_REMINDING)[n]), (START + timedelta(minutes=TICKS)).replace(tzinfo=WIB))
        due_s.append(time.perf_counter() - began)
    return {"tick_p95_ms": _ms(timed, 0.95), "tick_median_ms": _ms(timed, 0.5), "tick_max_ms": _ms(timed, 1.0),
            "due_p95_ms": _ms(due_s, 0.95),
            "warm_up_s": round(sum(warm), 1), "warm_up_max_ms": _ms(warm, 1.0),
            "nudges": sum(1 for key in got if ":pengingat:catat:" in key),
            "twice": sum(1 for n in got.values() if n > 1)}


def bench_sqlite() -> dict:
    from bot.storage.sqlite import SqliteStore

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "state.sqlite3"
        _old_sqlite(path)
        return measure(SqliteStore(path))


def bench_postgres() -> dict:
    from bot.storage.postgres import PostgresStore
    from evals.servers import LocalPostgres

    with tempfile.TemporaryDirectory() as tmp:
        pg = LocalPostgres(Path(tmp) / "pg").start()
        try:
            url = pg.create_database("tick")
            _old_postgres(url)
            return measure(PostgresStore(url))
        finally:
            pg.stop()


def bench_tick() -> dict:
    import os

    before = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    figures = {}
    for backend, run in (("sqlite", bench_sqlite), ("postgresql", bench_postgres)):
        figures |= {f"{key}_{backend}": value for key, value in run().items()}
    load = os.getloadavg()[0]
    print(f"Tick pengingat: {USERS} pengguna di penyimpanan, {REMINDING} dengan pengingat catatan nyala; {TICKS} tick "
          f"semenit sekali sekitar jam 16:00 WIB (beban mesin {load:.2f}, {os.cpu_count()} inti)")
    print(f"{'':<44}{'sebelum':>10}{'sekarang':>10}{'target':>10}")
    for backend in ("sqlite", "postgresql"):
        for key, label, target in (("tick_p95_ms", "tick p95 (ms)", f"<{TARGET_MS}"),
                                   ("tick_median_ms", "tick median (ms)", ""),
                                   ("tick_max_ms", f"tick terlama ({REMINDING} jatuh tempo, ms)", ""),
                                   ("due_p95_ms", "Engine.due satu pengguna p95 (ms)", f"<{TARGET_MS}"),
                                   ("nudges", "pengingat terkirim", str(REMINDING)),
                                   ("twice", "pesan terkirim dua kali", "0"),
                                   ("warm_up_s", f"{WARM_UP} tick pertama setelah upgrade (s)", ""),
                                   ("warm_up_max_ms", "  tick terlama di antaranya (ms)", "")):
            name = f"{key}_{backend}"
            print(f"  {backend:<11}{label:<33}{before.get('tickbench_' + name, '-')!s:>10}{figures[name]!s:>10}{target:>10}")
    return figures
