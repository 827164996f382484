"""A line's verdict argued under a pasted list («no 3 kok salah? …, semua RS pake», «no 4 kan output, … masa gak
boleh»): answered with that line's finding, never lines saved nor a line number read as a target (tester52 P1-1)."""

from bot.conversation import Engine
from tests.talk import said, typed

LIST = """Persentase pasien PJK yang mendapatkan kateterisasi jantung sesuai standar
Melakukan visite pasien rawat inap ICCU setiap hari
Persentase pasien STEMI dengan door to balloon time < 90 menit
Jumlah tindakan PCI primer
Menjadi narasumber webinar PERKI"""


def test_an_argument_with_all_in_it_saves_nothing_and_shows_the_line():
    engine = Engine()
    text = said(typed(engine, "u", LIST, "no 2 kok salah? visite itu kerja semua dokter, semua RS pake"))
    assert engine.state("u").skp.iki == []
    assert "tersimpan" not in text and "«Melakukan visite pasien rawat inap ICCU setiap hari»" in text


def test_a_line_argued_at_a_target_question_is_no_target():
    engine = Engine()
    typed(engine, "u", LIST, "simpan yg lolos")
    asked = engine.state("u").skp.iki[0]
    text = said(typed(engine, "u", "no 4 kan output, PCI itu tindakan yg hasilnya pasien selamat. masa gak boleh"))
    assert asked.target is None and "4%" not in text
    assert "«Jumlah tindakan PCI primer»" in text


def test_a_line_argued_alone_is_no_iki_to_check():
    engine = Engine()
    text = said(typed(engine, "u", LIST, "no 5 kan output, narasumber itu berbagi ilmu. masa gak boleh"))
    assert "«Menjadi narasumber webinar PERKI»" in text and "Saya anggap pesan ini sebagai IKI" not in text


def test_all_still_acts_on_every_line_when_an_act_follows_it():
    engine = Engine()
    text = said(typed(engine, "u", LIST, "semua buang"))
    assert engine.state("u").skp.iki == [] and "dibuang" in text


DOOR = "Persentase pasien STEMI dengan door to balloon time < 90 menit"


def test_a_clinical_term_of_art_passes_spaced_as_hyphenated():
    from bot.models import IkiDraft
    from bot.rules import check_iki

    assert check_iki(IkiDraft(indikator=DOOR)).findings == check_iki(
        IkiDraft(indikator=DOOR.replace("door to balloon", "door-to-balloon"))).findings == []
    assert check_iki(IkiDraft(indikator="Percentage of patients treated on time")).findings  # English stays refused


def test_a_term_defended_is_answered_with_its_line():
    engine = Engine()
    text = said(typed(engine, "u", LIST, "door to balloon itu istilah baku di PNPK, ga bisa diterjemahin"))
    assert f"«{DOOR}»" in text and "belum terbaca hasil kerja" not in text
