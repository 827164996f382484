"""Session 11 (the lead playing a paste): a question about a line, «simpan» after a line's details, an empty /skp
while the paste waits, a question about a field under the suggestions (each failed before its fix)."""

import pytest

from bot.conversation import Engine
from tests.talk import labels, said

PASTE = ("1. Terlaksananya visitasi akreditasi RS 20 kali\n2. Jumlah laporan hasil survei akreditasi 12 laporan\n"
         "3. Persentase RS yg terakreditasi paripurna 60%\n4. Mengikuti rapat koordinasi mutu\n5. Nilai IP ASN 80")


@pytest.fixture
def pasted():
    engine = Engine()
    engine.handle("u", PASTE)
    return engine


def test_a_yes_no_question_naming_a_line_is_answered_not_refused_as_a_save(pasted):
    """«emang ga boleh pake jumlah laporan ya?» was read as «pake (line 2)»: «Baris 2 belum lolos aturan, jadi tidak
    saya simpan»; it asks why, so line 2's findings answer it."""
    replies = pasted.handle("u", "emang ga boleh pake jumlah laporan ya?")
    assert "tidak saya simpan" not in said(replies)
    assert "menghitung «laporan»" in said(replies)
    assert not pasted.state("u").skp.iki


def test_save_typed_after_a_lines_details_asks_which_with_the_lists_buttons(pasted):
    """«simpan» under a line's suggestions got «"simpan" itu maksudnya apa?» with the list's save button gone."""
    pasted.handle("u", "yg nomor 2 gmn harusnya?")
    replies = pasted.handle("u", "simpan")
    assert "maksudnya apa" not in said(replies)
    assert any(label.startswith("Simpan 2 IKI yang lolos") for label in labels(replies))
    assert "Pakai usulan 1" in labels(replies)


def test_an_empty_draft_names_the_paste_still_waiting(pasted):
    """/skp right after a paste said only «Draf SKP Anda masih kosong. Mulai dengan /prima.»."""
    replies = pasted.handle("u", "/skp")
    assert "Daftar 5 IKI yang Anda tempel masih tersimpan" in said(replies)
    assert any(label.startswith("Simpan 2 IKI yang lolos") for label in labels(replies))
    assert "Mulai dengan /prima" not in said(replies)


def test_a_question_about_a_field_under_the_suggestions_picks_none(pasted):
    """«bobotnya gmn sih?» with the suggestions of a line carrying a target («12 laporan») on screen took usulan 1 and
    saved it («Anda belum memilih usulan, jadi saya pakai usulan 1»)."""
    pasted.handle("u", "yg nomor 2 gmn harusnya?")
    replies = pasted.handle("u", "bobotnya gmn sih?")
    assert "belum memilih usulan" not in said(replies)
    assert not pasted.state("u").skp.iki
    assert "Bobot" in said(replies)
