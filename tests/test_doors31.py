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


@pytest.mark.parametrize("line", ["4. Dokumen yang diverifikasi tepat waktu", "2) Laporan monev yang terbit"])
def test_a_list_number_before_a_line_s_words_is_no_target(engine, line):
    reply = said(typed(engine, "u", CHECKED, line))
    assert "Target" not in reply.split("\n")[0] and not engine.state("u").candidate_target


def test_a_value_with_its_reason_after_a_full_stop_is_still_a_target(engine):
    assert "Target 90% saya catat" in said(typed(engine, "u", CHECKED, "90. soalnya reagen telat"))


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


DRIVE = "https://drive.google.com/file/d/1AbC/view"


def test_a_bare_link_after_a_logbook_line_is_its_bukti_and_shown_in_the_export(tmp_path, at):
    # a link sent after «verif 14 berkas KP» was refused («dikirim sebagai berkas atau foto, bukan tautan»)
    from io import BytesIO

    from openpyxl import load_workbook

    from bot.year.models import EvidenceKind
    from tests.agreed_year import agreed_then, sqlite_engine

    engine = next(sqlite_engine(tmp_path, at))
    agreed_then(engine, at, "2026-02-03T09:00", "hari ini verif 14 berkas KP")
    reply = said(engine.handle("u1", DRIVE))
    entry = engine.state("u1").year.entries[0]
    assert f"«{DRIVE}» dilampirkan ke catatan c1" in reply
    assert [(e.kind, e.name) for e in entry.evidence] == [(EvidenceKind.link, DRIVE)]
    engine.handle("u1", DRIVE)  # the same link twice is kept once
    assert len(engine.state("u1").year.entries[0].evidence) == 1
    files = [r.file for r in engine.handle("u1", "/ekspor") if r.file]
    rows = list(load_workbook(BytesIO(files[0].data), read_only=True)["Catatan Harian"].iter_rows(values_only=True))
    assert rows[1][6] == DRIVE  # the Bukti column


def test_a_bare_link_with_no_entry_just_kept_asks_which_entry(tmp_path, at):
    from tests.agreed_year import agreed_then, sqlite_engine

    engine = next(sqlite_engine(tmp_path, at))
    replies = agreed_then(engine, at, "2026-02-03T09:00", "hari ini verif 14 berkas KP", "kemarin terbit 6 SK pensiun",
                          "2026-02-03T15:00")
    replies = engine.handle("u1", DRIVE)
    assert "untuk catatan yang mana" in said(replies) and len(labels(replies)) == 2
    assert not any(e.evidence for e in engine.state("u1").year.entries)
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "SK pensiun" in b.label))
    assert [len(e.evidence) for e in engine.state("u1").year.entries] == [0, 1]
    said_by_id = said(engine.handle("u1", "bukti c1: https://bit.ly/verif-kp"))  # a link after words naming its entry
    assert "dilampirkan ke catatan c1" in said_by_id


def test_a_link_with_no_logbook_still_asks_for_the_text(engine):
    assert "tidak membuka tautan" in said(engine.handle("u", DRIVE))
