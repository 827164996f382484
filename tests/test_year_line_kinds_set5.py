"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the readings route set 5 showed missing:
a command's word typed without its slash, a bare file name, leave and family news, a wait, an IKI to check holding a
plan word, a question about one's own past entries, a meeting about a quarter with a count, an interjection. Through
the Engine where the chat must do what the reading says."""

import pytest

from bot.year.entry_kind import EntryKind, kind_of
from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.talk import said


@pytest.mark.parametrize("text", ["skp saya", "ekspor", "ekspor dong", "skp", "export", "capaian", "rencana",
                                  "catatan saja", "pengingat", "profil", "riwayat ya"])
def test_a_command_word_without_its_slash_asks_for_that_view(text):
    for logging in (False, True):
        reading = kind_of(text, logging=logging)
        assert reading.kind is EntryKind.question, reading


@pytest.mark.parametrize("text", ["ekspor bisa ke excel kah", "rencana aksi saya apa aja", "rapat rencana anggaran",
                                  "besok rencana rapat"])
def test_a_command_word_among_other_words_is_read_as_the_line(text):
    assert kind_of(text, logging=True).why != "perintah tanpa garis miring"


def test_the_command_word_shows_its_view_in_chat(engine):
    assert "SKP Anda (Status SKP: ditetapkan" in said(engine.handle("u1", "skp saya"))
    assert any(r.file for r in engine.handle("u1", "ekspor dong"))
    shown = said(engine.handle("u1", "rencana"))
    assert "rencana aksi" in shown.lower() and "Itu rencana" not in shown
    assert "Pengingat catatan harian" in said(engine.handle("u1", "pengingat"))
    assert not engine.state("u1").year.entries  # none of them kept as work done


@pytest.mark.parametrize("text", ["IMG_20260514_0932.jpg", "foto.jpg, scan.pdf", "Scan_SK_pensiun.PDF 🙏",
                                  "DSC_0042.JPG", "rekap_kehadiran.xlsx"])
def test_a_file_name_alone_is_unclear_never_work_or_an_iki(text):
    for logging in (False, True):
        assert kind_of(text, logging=logging).kind is EntryKind.unclear, kind_of(text, logging=logging)


def test_a_file_name_beside_work_done_keeps_the_work():
    assert kind_of("laporan_TW2_final.pdf udh sy upload ke e-kinerja, td finalisasi laporan").kind is EntryKind.report
    assert kind_of("td upload notulen_rakor.pdf ke drive tim").kind is EntryKind.report
