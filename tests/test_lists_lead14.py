"""Session 11 (the lead playing a paste): a question about a line, «simpan» after a line's details, an empty /skp
while the paste waits, a question about a field under the suggestions (each failed before its fix)."""

import pytest

from bot.conversation import Engine
from tests.talk import labels, said, typed

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
    replies = typed(pasted, "u", "yg nomor 2 gmn harusnya?", "simpan")
    assert "maksudnya apa" not in said(replies)
    assert any(label.startswith("Simpan 2 IKI lolos") for label in labels(replies))
    assert "Pakai usulan 1" in labels(replies)


def test_an_empty_draft_names_the_paste_still_waiting(pasted):
    """/skp right after a paste said only «Draf SKP Anda masih kosong. Mulai dengan /prima.»."""
    replies = pasted.handle("u", "/skp")
    assert "Daftar 5 IKI yang Anda tempel masih tersimpan" in said(replies)
    assert any(label.startswith("Simpan 2 IKI lolos") for label in labels(replies))
    assert "Mulai dengan /prima" not in said(replies)


def test_a_question_about_a_field_under_the_suggestions_picks_none(pasted):
    """«bobotnya gmn sih?» with the suggestions of a line carrying a target («12 laporan») on screen took usulan 1 and
    saved it («Anda belum memilih usulan, jadi saya pakai usulan 1»)."""
    replies = typed(pasted, "u", "yg nomor 2 gmn harusnya?", "bobotnya gmn sih?")
    assert "belum memilih usulan" not in said(replies)
    assert not pasted.state("u").skp.iki
    assert "Bobot" in said(replies)


FAILING = ("• Menyusun laporan monitoring indikator nasional mutu (INM) di RS vertikal 12 laporan\n"
           "• Melaksanakan bimtek peningkatan mutu pelayanan kesehatan ke provinsi 20 kali\n"
           "• Mengikuti rapat koordinasi akreditasi fasyankes\n• Menyusun draf pedoman keselamatan pasien")


def test_a_yes_no_question_holding_a_measure_word_is_asked_not_checked_as_an_iki():
    """tester13 #9: «emang ga boleh pake jumlah laporan ya? kan …» under a list naming no such line was «Saya anggap
    pesan ini sebagai IKI …» with «✗ IKI tidak diawali kata ukuran» on the question."""
    engine = Engine()
    replies = typed(engine, "u", FAILING.split("\n", 1)[1],  # no line about reports
                    "emang ga boleh pake jumlah laporan ya? kan emang kerjaan sy bikin laporan")
    assert "sebagai IKI yang ingin diperiksa" not in said(replies)
    assert "Saya anggap ini pertanyaan" in said(replies)


def test_save_words_under_a_list_where_no_line_passes_say_so_with_its_details():
    """tester13 #10: «ok simpen yg bener aja» under a paste with no passing line got «… itu maksudnya apa?», and /skp
    said only «masih kosong»."""
    engine = Engine()
    replies = typed(engine, "u", FAILING, "ok simpen yg bener aja")
    assert "maksudnya apa" not in said(replies) and "belum ada baris" in said(replies).lower()
    assert "Rincian 1" in labels(replies)
    shown = engine.handle("u", "/skp")
    assert "Daftar 4 IKI yang Anda tempel masih tersimpan" in said(shown) and "Rincian 4" in labels(shown)


def test_the_draft_short_of_iki_shows_the_rest_of_the_paste():
    """tester13 #10: once one line's suggestion was saved, the other lines of the paste were never offered again."""
    engine = Engine()
    typed(engine, "u", FAILING, "no 4 gmn bagusnya?", "2")
    assert len(engine.state("u").skp.iki) == 1
    shown = engine.handle("u", "/skp")
    assert "Daftar yang Anda tempel masih tersimpan" in said(shown) and any(label.startswith("Rincian 1") for label in labels(shown))


def test_an_empty_list_left_is_not_offered_again_below_the_draft():
    """tester14 #12: /skp kept offering «simpan 3 IKI yang lolos ke draf» after all three were saved."""
    engine = Engine()
    typed(engine, "u",
          "1. Persentase sampel air yang diperiksa tepat waktu 90%\n"
          "2. Persentase rekomendasi hasil inspeksi yang ditindaklanjuti 80%\n"
          "3. Persentase alat laboratorium yang terkalibrasi 100%",
          "simpan semua")
    assert len(engine.state("u").skp.iki) == 3
    assert "Daftar yang Anda tempel" not in said(engine.handle("u", "/skp"))


def test_the_save_all_as_written_label_typed_saves_every_line_as_written(pasted):
    """tester14 #3: «Simpan semua seperti ditulis» typed (a button's label) and «simpan semua seperti yang saya
    tulis» saved only the lines that pass."""
    pasted.handle("u", "Simpan semua seperti ditulis")
    assert len(pasted.state("u").skp.iki) == 5
    other = Engine()
    typed(other, "u", PASTE, "simpan semua seperti yang saya tulis")
    assert len(other.state("u").skp.iki) == 5


def test_save_typed_under_a_list_with_no_suggestion_shown_saves_what_passes():
    """The lead's review play: «simpan» after a question under a 4-line paste asked «Simpan yang mana?» though the
    only thing it could mean was the lines that pass."""
    engine = Engine()
    typed(engine, "u",
          "1. Persentase sampel air yg diperiksa tepat waktu 90%\n2. Terlaksananya rapat koordinasi 12 kali\n"
          "3. Nilai IP ASN 80",
          "bedanya RHK sama IKI apa", "simpan")
    assert len(engine.state("u").skp.iki) == 2


def test_a_correction_with_nothing_answered_is_never_checked_as_an_iki():
    """«eh salah, 20 aja» with no answer given was «Saya anggap pesan ini sebagai IKI …» with «✗ IKI tidak diawali kata
    ukuran»."""
    replies = Engine().handle("u", "eh salah, 20 aja")
    assert "sebagai IKI" not in said(replies) and "/ubah" in said(replies)
