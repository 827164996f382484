"""A perubahan's reason question and its explanation question beside the logbook (tester52 P1-11): a why typed in
words is kept as the explanation with the reason asked by its buttons (never a logbook entry); a logbook command
typed at either question is run as the command, never held back nor kept as the explanation."""

import pytest

from tests.agreed_year import agreed_then, sqlite_engine
from tests.talk import press, said

WHY = "ada audit mendadak 6 minggu jadi target SK hrs diturunkan, sudah disetujui kepala biro"


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def test_a_why_in_words_is_the_explanation_and_the_reason_is_asked_by_buttons(engine, at):
    agreed_then(engine, at, "2026-04-22T09:00", "/ubah 3 target 120 SK")
    replies = engine.handle("u1", WHY)
    text = said(replies)
    assert "Penjelasan Anda saya simpan" in text and "Dicatat" not in text and "Apa alasannya?" in text, text
    assert not engine.state("u1").year.entries
    text = said(press(engine, "u1", replies, "direktif"))
    assert "Perubahan SKP dicatat: versi 2" in text and "Tulis penjelasan" not in text, text
    last = engine.state("u1").year.versions[-1]
    assert last.note == WHY and last.reason == "direktif" and engine.state("u1").skp.iki[2].target == "120 SK"


def test_a_logbook_command_at_the_reason_question_is_run_and_the_reason_asked_again(engine, at):
    agreed_then(engine, at, "2026-04-22T09:00", "hari ini verifikasi 12 berkas usulan kenaikan pangkat",
                "/ubah 3 target 120 SK")
    text = said(engine.handle("u1", "hapus c1"))
    assert "Catatan c1 dihapus" in text and "masih menunggu alasannya" in text, text
    assert not engine.state("u1").year.entries and engine.state("u1").year_ask.kind == "alasan"


def test_a_logbook_command_at_the_explanation_question_is_run_never_kept_as_the_explanation(engine, at):
    replies = agreed_then(engine, at, "2026-04-22T09:00", "hari ini verifikasi 12 berkas usulan kenaikan pangkat",
                          "/ubah 3 target 120 SK, direktif pimpinan")
    assert "Tulis penjelasan singkatnya" in said(replies)
    text = said(engine.handle("u1", "hapus c1"))
    assert "Catatan c1 dihapus" in text and "Penjelasan disimpan" not in text, text
    assert engine.state("u1").year.versions[-1].note in ("", None) and not engine.state("u1").year.entries
