"""Messages outside a turn (reminders, news from another user): posted once per key, claimed by one sender even
with several replicas, shown by the terminal, sent by the Telegram job; and the engine's clock (IKI_NOW)."""

import asyncio
import io
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import pytest

from bot import chat
from bot.clock import WIB, parse_time
from bot.conversation import Engine, Reply
from bot.settings import Settings
from bot.storage import open_store
from bot.storage.sqlite import SqliteStore
from bot.telegram.app import build_application
from evals.fake_telegram import TOKEN, FakeTelegram

MARCH = datetime(2026, 3, 12, 16, 0, tzinfo=WIB)


def test_iki_now_fixes_the_clock_in_wib(monkeypatch):
    from bot import clock
    from bot.settings import get_settings

    monkeypatch.setenv("IKI_NOW", "2026-03-12T16:00")
    get_settings.cache_clear()
    try:
        assert clock.now() == MARCH and clock.now().utcoffset() == timedelta(hours=7)
        assert parse_time("2026-03-12T09:00+00:00") == MARCH  # another offset, read in WIB
    finally:
        get_settings.cache_clear()


def test_a_wrong_iki_now_is_named_in_indonesian():
    from pydantic import ValidationError

    from bot.settings import explain

    with pytest.raises(ValidationError) as caught:
        Settings(now="besok sore")
    assert "IKI_NOW" in explain(caught.value) and "ISO 8601" in explain(caught.value)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def test_each_message_goes_out_once_across_replicas(backend, tmp_path, request):
    settings = Settings(data_dir=tmp_path) if backend == "sqlite" else \
        Settings(data_dir=tmp_path, database_url=request.getfixturevalue("postgres_url"))
    stores = [open_store(settings), open_store(settings)]
    engines = [Engine(store, clock=lambda: MARCH) for store in stores]
    assert engines[0].post("u1", "pengingat:u1:2026-03-12", [Reply("Catat hari ini?")])
    assert not engines[1].post("u1", "pengingat:u1:2026-03-12", [Reply("Catat hari ini?")])  # the same key: ignored
    engines[0].post("u2", "kabar:u2:1", [Reply("SKP Anda disetujui.")], due=MARCH + timedelta(days=1))
    with ThreadPoolExecutor(2) as pool:
        ticks = list(pool.map(lambda engine: engine.tick(), engines))
    sent = [due for tick in ticks for due in tick]
    assert [(d.user_id, d.replies[0].text) for d in sent] == [("u1", "Catat hari ini?")]  # once, and not u2's yet
    engines[0].delivered(sent[0])
    assert engines[1].tick(MARCH + timedelta(days=2))[0].user_id == "u2"
    assert engines[0].tick(MARCH + timedelta(days=2)) == []  # claimed by the other replica, not yet reclaimable
    for store in stores:
        store.close()


def test_a_claim_whose_sender_died_is_taken_over(tmp_path):
    engine = Engine(SqliteStore(tmp_path / "s.sqlite3"), clock=lambda: MARCH)
    engine.post("u1", "k", [Reply("halo")])
    assert len(engine.tick()) == 1  # claimed, never marked delivered (the sender died)
    assert engine.tick(MARCH + timedelta(minutes=1)) == []
    assert len(engine.tick(MARCH + timedelta(minutes=11))) == 1


def test_producers_post_on_every_tick_and_keys_stop_repeats():
    engine = Engine(clock=lambda: MARCH)
    engine.producers.append(lambda now: engine.post("u1", f"harian:{now.date()}", [Reply(f"Catatan {now:%d/%m}?")]))
    first = engine.tick()
    assert [d.replies[0].text for d in first] == ["Catatan 12/03?"]
    engine.delivered(first[0])
    assert engine.tick() == []  # the same day again: the key was posted before
    assert [d.replies[0].text for d in engine.tick(MARCH + timedelta(days=1))] == ["Catatan 13/03?"]


def test_the_terminal_shows_due_messages_for_its_own_user_only(tmp_path):
    store = SqliteStore(tmp_path / "s.sqlite3")
    engine = Engine(store, clock=lambda: MARCH)
    engine.post("ketua", "kabar:1", [Reply("Budi mengajukan SKP.")])
    engine.post("budi", "kabar:2", [Reply("Pengingat untuk Budi.")])
    out = io.StringIO()
    chat.run(engine, io.StringIO("/skp\n"), out, user="ketua")
    assert "Budi mengajukan SKP." in out.getvalue() and "Pengingat untuk Budi" not in out.getvalue()
    assert [d.user_id for d in engine.tick()] == ["budi"]  # shown to ketua means delivered: not sent again


async def test_telegram_sends_due_messages_on_its_tick(tmp_path):
    store = SqliteStore(tmp_path / "s.sqlite3")
    engine = Engine(store, clock=lambda: MARCH)
    engine.post("4242", "kabar:1", [Reply("SKP Anda dikembalikan dengan catatan.")])
    with FakeTelegram() as fake:
        app = build_application(Settings(telegram_token=TOKEN, telegram_base_url=fake.base_url), engine, store, tick_s=0.2)
        await app.initialize()
        await app.start()
        try:
            await asyncio.to_thread(fake.wait_for, lambda _: fake.received(4242))
            await asyncio.sleep(0.6)  # several more ticks: nothing is sent twice
        finally:
            await app.stop()
            await app.shutdown()
    assert fake.received(4242) == ["SKP Anda dikembalikan dengan catatan."]
    assert engine.tick() == []


def test_a_message_delivered_under_a_past_iki_now_is_not_pruned_and_posted_again(tmp_path):
    """A demo at IKI_NOW in February, run in December: housekeeping aged the delivered reminder by the wall clock,
    deleted it at the next turn, and the same reminder was posted and shown again."""
    store = SqliteStore(tmp_path / "iki.sqlite3")
    engine = Engine(store, clock=lambda: MARCH)
    assert store.post("u", "u:pengingat:catat:2026-03-12", MARCH.timestamp(), "[]")
    for due in engine.due("u"):
        engine.delivered(due)
    store._pruned = 0.0  # housekeeping runs at the next store call
    engine.handle("u", "halo")
    assert not store.post("u", "u:pengingat:catat:2026-03-12", MARCH.timestamp(), "[]")


def test_buttons_of_messages_shown_on_opening_the_terminal_keep_their_numbers_after_a_reopen(tmp_path):
    """tester19 #17: the terminal numbered a notification's buttons after the turn's; on the next open only the
    turn's were live and «#3» was «Pilihan 3 tidak ada». What the terminal showed together is shown again, each
    button under its message's words and with its number."""
    from bot.conversation import Button

    engine = Engine(SqliteStore(tmp_path / "state.sqlite3"), clock=lambda: MARCH)
    engine.handle("k", "/cek Melakukan monev SBBL")  # the turn's own buttons: «Pakai usulan 1», «Pakai usulan 2» …
    first = engine.state("k").shown
    engine.post("k", "kabar:k:1", [Reply("Anggota tim mengajukan SKP.", [Button("Tutup profil", "profil:close")])])
    out = io.StringIO()
    chat.run(engine, io.StringIO(""), out, user="k")  # opening: the last buttons again, then the news
    assert "Tutup profil" in out.getvalue()
    out = io.StringIO()
    chat.run(engine, io.StringIO(f"#{len(first) + 1}\n"), out, user="k")  # reopened: the same number presses it
    assert "Anggota tim mengajukan SKP." in out.getvalue() and "Ubah kapan saja dengan /profil" in out.getvalue()
    assert "tidak ada" not in out.getvalue()
