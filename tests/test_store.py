"""One behaviour suite for every state store: SQLite (the default) and a real PostgreSQL (IKI_DATABASE_URL).

"Two replicas" are two store objects over the same database: separate connections, as separate processes have.
"""

import json
import os
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.conversation import Engine
from bot.conversation.replies import Button, Reply, ReplyFile, replies_from_json, replies_to_json
from bot.conversation.state import UserState
from bot.conversation.turns import STORE_DOWN
from bot.service.warm_start import set_damaged_store_aside
from bot.settings import Settings
from bot.storage import StoreDamaged, StoreUnavailable, open_store
from bot.storage.migrations import LATEST
from bot.storage.sqlite import SqliteStore, backups, newest_backup, write_backup
from evals import hardening_evals as hardening
from evals.servers import wait_until


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def settings(request, tmp_path) -> Settings:
    """Settings that select one backend; open_store(settings) opens another "replica" of the same database."""
    if request.param == "sqlite":
        return Settings(data_dir=tmp_path)
    return Settings(data_dir=tmp_path, database_url=request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(settings):
    opened = open_store(settings)
    yield opened
    opened.close()


def saved(confirm: str) -> str:
    """A user's state as the engine writes it; the store keeps it as given."""
    return json.dumps({"confirm": confirm})


def confirm_of(store, user: str = "u1") -> str:
    return json.loads(store.load(user))["confirm"]


def test_state_round_trip_and_delete(store):
    assert store.load("nobody") is None
    store.save("u1", saved("hapus"))
    assert confirm_of(store) == "hapus"
    store.delete("u1")
    assert store.load("u1") is None


def test_schema_is_migrated_once_and_reopening_is_idempotent(store, settings):
    assert store.schema_version() == LATEST
    again = open_store(settings)
    assert again.schema_version() == LATEST
    again.close()


def test_a_state_written_before_versioning_survives_the_migration(tmp_path):
    path = tmp_path / "state.sqlite3"
    old = sqlite3.connect(path)  # the table exactly as the first SQLite store created it
    old.execute("CREATE TABLE users (id TEXT PRIMARY KEY, state TEXT NOT NULL)")
    old.execute("INSERT INTO users VALUES (?, ?)", ("u1", UserState(confirm="hapus").model_dump_json()))
    old.commit()
    old.close()
    store = SqliteStore(path)
    assert store.schema_version() == LATEST and Engine(store).state("u1").confirm == "hapus"


def test_a_state_that_no_longer_fits_starts_over_instead_of_failing_every_turn(store):
    store.save("u1", json.dumps({"prima": {"step": ["not", "a", "step"]}}))
    engine = Engine(store)
    assert engine.state("u1") == UserState()
    assert "Asisten IKI" in engine.handle("u1", "/bantuan")[0].text


def test_an_update_is_recorded_with_its_turn_and_never_applied_twice(store):
    replies = replies_to_json([Reply("Tersimpan", [Button("Ekspor", "cmd:ekspor")])])
    store.commit_turn("u1", saved("a"), update_id=101, replies=replies)
    outcome = store.outcome(101)
    assert outcome.sent is False and replies_from_json(outcome.replies)[0].buttons[0].data == "cmd:ekspor"
    with pytest.raises(Exception):
        store.commit_turn("u1", saved("b"), update_id=101, replies="[]")
    assert confirm_of(store) == "a"  # the second commit rolled back whole: nothing half-written
    store.mark_sent(101)
    assert store.outcome(101).sent is True and store.outcome(102) is None


def test_rate_limit_window_is_shared_by_replicas(store, settings):
    other = open_store(settings)
    now = 1000.0
    assert [store.rate_slot("u1", 3, 60, now), other.rate_slot("u1", 3, 60, now + 1), store.rate_slot("u1", 3, 60, now + 2)] == [0, 0, 0]
    assert other.rate_slot("u1", 3, 60, now + 10) == 51  # the oldest slot frees at now + 60
    assert store.rate_slot("u2", 3, 60, now + 10) == 0  # per user
    assert other.rate_slot("u1", 3, 60, now + 61) == 0  # the window slid past the first request
    other.close()


def test_one_refusal_per_user_across_replicas(store, settings):
    other = open_store(settings)
    assert store.first_refusal("999") is True
    assert other.first_refusal("999") is False and store.first_refusal("999") is False
    assert other.first_refusal("1000") is True
    other.close()


def test_user_lock_excludes_another_replica_and_is_reentrant(store, settings):
    other = open_store(settings)
    order, inside = [], threading.Event()

    def replica_b():
        inside.wait(10)
        with other.user_lock("u1"):
            order.append("b")

    thread = threading.Thread(target=replica_b)
    thread.start()
    with store.user_lock("u1"):
        with store.user_lock("u1"):  # the engine's turn inside the runner's lock: no deadlock
            inside.set()
            time.sleep(0.5)  # replica B is blocked meanwhile
            order.append("a")
        with other.user_lock("u2"):  # another user is not blocked
            order.append("u2")
    thread.join(10)
    assert order == ["a", "u2", "b"]
    other.close()


def test_no_lost_update_when_replicas_write_one_user_at_once(store, settings):
    other = open_store(settings)

    def append(i: int) -> None:
        replica = (store, other)[i % 2]
        with replica.user_lock("u1"):
            state = json.loads(replica.load("u1") or saved(""))
            state["confirm"] += "x"
            replica.commit_turn("u1", json.dumps(state), update_id=i)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(append, range(80)))
    assert len(confirm_of(store)) == 80
    other.close()


def test_turns_apply_once_and_resend_undelivered_replies(store):
    engine, delivered = Engine(store), []
    assert "Hapus semua data" in engine.handle("u1", "/hapus", update_id=7, deliver=delivered.append)[0].text
    # A redelivery of update 7 (the replica died before answering Telegram): not applied again, nothing sent.
    assert engine.handle("u1", "/batal", update_id=7, deliver=delivered.append) == []
    assert len(delivered) == 1 and engine.state("u1").confirm == "hapus"
    # Applied but never delivered (killed between commit and send): the stored replies go out on redelivery.
    store.commit_turn("u1", None, update_id=8, replies=replies_to_json([Reply("Belum ada IKI untuk diekspor.")]))
    assert engine.turns.run("u1", lambda state: pytest.fail("applied twice"), delivered.append, update_id=8) == "duplicate"
    assert "Belum ada IKI untuk diekspor" in delivered[-1][0].text and store.outcome(8).sent


def test_reply_files_survive_the_round_trip():
    replies = [Reply("a"), Reply("b", file=ReplyFile("draf.xlsx", b"\x00\xffPK", "Draf SKP"), choice_only=True)]
    assert replies_from_json(replies_to_json(replies)) == replies


@pytest.mark.slow
def test_postgres_down_means_store_unavailable_then_recovery(tmp_path, postgres_server):
    server = postgres_server  # the session's server, stopped and started again as in test_replicas
    store = open_store(Settings(data_dir=tmp_path, database_url=server.create_database()))
    store.save("u1", saved("a"))
    engine, delivered = Engine(store), []
    server.stop()
    try:
        with pytest.raises(StoreUnavailable):
            store.load("u1")
        turn = engine.turns.run("u1", lambda state: pytest.fail("no turn without a store"), delivered.append, update_id=1)
        assert turn == "unavailable"
        assert delivered == [[Reply(STORE_DOWN)]] and "coba lagi sebentar" in STORE_DOWN.lower()
        assert engine.handle("u1", "/skp") == [Reply(STORE_DOWN)]  # the terminal chat says so too, never a traceback
    finally:
        server.start()
    # The pool reconnects by itself, retrying with a growing delay, so how soon depends on how long the server was
    # down (slower on a loaded machine): wait for it, bounded, instead of betting on the first try.
    wait_until(lambda: _answers(store), 60, "the pool's reconnection")
    assert confirm_of(store) == "a"
    store.close()


def test_reconnection_attempts_never_pause_longer_than_the_cap(monkeypatch):
    """The pool's own retry loop, run against a database that stays down: its pauses grow, then stop growing."""
    import psycopg

    from bot.storage import postgres

    pool = postgres._Pool("postgresql://iki@127.0.0.1:1/iki", open=False)
    monkeypatch.setattr(pool, "_connect", lambda *a, **k: (_ for _ in ()).throw(psycopg.OperationalError("down")))
    pauses = []
    monkeypatch.setattr(pool, "schedule_task", lambda task, delay: pauses.append((task, delay)))
    pool._add_connection(None)
    for _ in range(9):
        pauses[-1][0]._run(pool)
    delays = [delay for _, delay in pauses]
    assert delays[1] > delays[0] and max(delays) == postgres.MAX_RECONNECT_PAUSE_S == delays[-1]


def _answers(store) -> bool:
    try:
        return confirm_of(store) == "a"
    except StoreUnavailable:
        return False


@pytest.mark.slow  # waits out the store's connection timeout
def test_an_unreachable_database_is_a_clear_error(tmp_path):
    from evals.servers import free_port

    with pytest.raises(StoreUnavailable, match="tidak dapat dihubungi"):
        open_store(Settings(data_dir=tmp_path, database_url=f"postgresql://iki@127.0.0.1:{free_port()}/iki"))


# A damaged SQLite file, and the daily backup -------------------------------------------------------------------
DAMAGE = {f.__name__: f for f in (hardening.garbage, hardening.truncated, hardening.header_wiped,
                                   hardening.page_overwritten)}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_file_is_refused_untouched_with_what_to_do(tmp_path, damage):
    path = tmp_path / "state.sqlite3"
    hardening.fill_store(path)
    write_backup(path)
    damage(path)
    before = path.read_bytes()
    with pytest.raises(StoreDamaged) as refused:
        SqliteStore(path)
    said = str(refused.value)
    assert f"{path} rusak" in said and "malformed" not in said and "not a database" not in said
    assert "iki doctor --move-aside" in refused.value.advice and str(newest_backup(path)) in refused.value.advice
    assert path.read_bytes() == before and not path.with_name("state.sqlite3-wal").exists()


def test_damage_found_while_running_fails_the_turn_politely(tmp_path):
    path = tmp_path / "state.sqlite3"
    hardening.fill_store(path)
    store, delivered = SqliteStore(path), []
    hardening.page_overwritten(path)  # under the running store, as a disk fault would
    hardening.truncated(path)
    with pytest.raises(StoreDamaged):
        store.load("7")
    assert Engine(store).turns.run("7", lambda state: [], delivered.append) == "unavailable"
    assert delivered == [[Reply(STORE_DOWN)]]


def test_the_daily_backup_is_checked_before_it_counts_and_three_are_kept(tmp_path):
    path = tmp_path / "state.sqlite3"
    store = SqliteStore(path)  # a new file is backed up at once
    assert [p.name for p in backups(path)] == [f"state-{time.strftime('%Y-%m-%d')}.sqlite3"]
    store.save("u1", saved("a"))
    SqliteStore(path).close()  # within a day: no second copy
    assert len(backups(path)) == 1
    for day in ("2020-01-01", "2020-01-02", "2020-01-03"):  # older days' copies, the oldest beyond three goes
        (tmp_path / "backup" / f"state-{day}.sqlite3").write_bytes(backups(path)[-1].read_bytes())
    os.utime(newest_backup(path), (0, 0))  # today's copy is a day old: the next hour's housekeeping copies again
    store._hourly()
    assert [p.name[6:16] for p in backups(path)] == ["2020-01-02", "2020-01-03", time.strftime("%Y-%m-%d")]
    assert json.loads(SqliteStore(newest_backup(path)).load("u1"))["confirm"] == "a"
    assert oct((tmp_path / "backup").stat().st_mode & 0o777) == "0o700"


def test_a_copy_of_a_damaged_file_never_replaces_a_good_backup(tmp_path):
    path = tmp_path / "state.sqlite3"
    hardening.fill_store(path)
    good = write_backup(path)
    kept = good.read_bytes()
    hardening.page_overwritten(path)
    with pytest.raises(sqlite3.DatabaseError):
        write_backup(path)
    assert good.read_bytes() == kept and [p.name for p in good.parent.iterdir()] == [good.name]


def test_the_store_is_moved_aside_or_restored_only_when_damaged(tmp_path):
    settings = Settings(data_dir=tmp_path)
    hardening.fill_store(settings.state_db)
    write_backup(settings.state_db)
    assert set_damaged_store_aside(settings, restore=True) == (False, f"berkas penyimpanan {settings.state_db} tidak "
                                                                     "rusak; tidak ada yang diubah.")
    hardening.garbage(settings.state_db)
    damaged = settings.state_db.read_bytes()
    done, said = set_damaged_store_aside(settings, restore=True)
    aside = next(tmp_path.glob("state.sqlite3.rusak-*"))
    assert done and str(aside) in said and aside.read_bytes() == damaged
    restored = SqliteStore(settings.state_db)
    assert json.loads(restored.load("7"))["skp"]["iki"][0]["indikator"] == hardening.DRAFT
    restored.close()
    hardening.truncated(settings.state_db)
    done, said = set_damaged_store_aside(settings, restore=False)
    assert done and len(list(tmp_path.glob("state.sqlite3.rusak-*"))) == 2 and not settings.state_db.exists()
    assert aside.read_bytes() == damaged  # a second move in the same second took another name
    assert SqliteStore(settings.state_db).load("7") is None  # a fresh start
