"""Bugs found by playing the drafting chat (doors31): a list's number before an IKI is no target, the alternatives of
one IKI are choices, a return after weeks is welcomed at every door, a bare link answers «kirim bukti». The real
engine with the real SQLite store; no stubs."""

from datetime import datetime

import pytest

from bot.conversation import Engine
from bot.storage.sqlite import SqliteStore
from tests.talk import labels, said, typed

CHECKED = "/cek Melakukan monev SBBL"  # three suggestions, all Persentase
SAVED = "Persentase SPM yang diterbitkan tepat waktu: 90%"


@pytest.fixture
def engine(tmp_path):
    return Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6)


@pytest.mark.parametrize("line", ["4. Percentage of documents verified on time",
                                  "4. Persentase dokumen yang diverifikasi tepat waktu"])
def test_a_numbered_iki_under_the_suggestions_is_checked_not_a_target(engine, line):
    # a list's «4.» before an IKI, in English too, was read as «Target 4%» for the suggestion to be picked
    reply = said(typed(engine, "u", CHECKED, line))
    state = engine.state("u")
    assert "Target 4" not in reply and not state.candidate_target
    assert "Persentase dokumen yang diverifikasi tepat waktu" in reply


@pytest.mark.parametrize("save_all", ["simpan semua", "yaudah yg 3 itu masukin semua"])
def test_saving_all_of_one_iki_s_wordings_asks_which_one(engine, save_all):
    # «simpan semua» under one /cek's three suggestions saved three near-copies of one IKI
    replies = typed(engine, "u", CHECKED, save_all)
    assert not engine.state("u").skp.iki and "pilihan rumusan untuk satu IKI" in said(replies)
    assert labels(replies) == ["Pakai usulan 1", "Pakai usulan 2", "Pakai usulan 3"]
    typed(engine, "u", "Pakai usulan 2, target 90")
    assert [(i.indikator, i.target) for i in engine.state("u").skp.iki] == [
        ("Persentase penyelesaian rekomendasi monev SBBL sesuai tenggat yang disepakati", "90%")]


def test_saving_all_under_one_suggestion_saves_it(engine):
    typed(engine, "u", "/cek Percentage of documents verified on time", "simpan semua")
    assert [i.indikator for i in engine.state("u").skp.iki] == ["Persentase dokumen yang diverifikasi tepat waktu"]


def test_saving_all_of_two_tasks_suggestions_still_saves_them(engine):
    typed(engine, "u", "sy ngurus RKA K/L sama revisi anggaran", "simpan semua")
    assert len(engine.state("u").skp.iki) == 4


@pytest.mark.parametrize("first", ["/start", "halo"])
async def test_telegram_welcomes_back_a_user_weeks_later_at_the_first_message(tmp_path, first):
    # the «Draf Anda dari … masih tersimpan» welcome came only when the terminal chat opened: Telegram never said it
    from evals.fake_telegram import FakeTelegram
    from tests.test_telegram import USER, Bot

    now = [datetime(2026, 1, 12, 9)]
    store = SqliteStore(tmp_path / "state.sqlite3")
    engine = Engine(store, rate_limit=10**6, clock=lambda: now[0])
    typed(engine, str(USER), SAVED, "Simpan ke draf")
    now[0] = datetime(2026, 3, 2, 9)
    with FakeTelegram() as fake:
        async with Bot(fake, engine, store) as bot:
            replies = await bot.say(first, "Selamat datang kembali")
            assert "Draf Anda dari 12 Januari 2026 masih tersimpan (1 IKI)" in replies[0]["text"]
            again = await bot.say("halo", "Halo")  # said once: the next message is answered as it is
            assert "Selamat datang kembali" not in str(again)


def test_a_chat_opened_with_the_welcome_is_not_welcomed_again_at_its_first_turn(tmp_path):
    now = [datetime(2026, 1, 12, 9)]
    engine = Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6, clock=lambda: now[0])
    typed(engine, "u", SAVED, "Simpan ke draf")
    now[0] = datetime(2026, 3, 2, 9)
    assert said(engine.pending("u")).startswith("Selamat datang kembali")
    assert "Selamat datang kembali" not in said(engine.handle("u", "halo"))
