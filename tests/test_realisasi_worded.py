"""A realisasi typed as a clinician writes it (tester52 P1-8, P1-9, P1-10): «3 meninggal dari 41 pasien» is 3 of 41,
the reply says what it computed; a figure in words is a number; a correction stating its result after «jadi» puts the
realisasi right."""

import pytest

from bot.conversation import Engine
from bot.storage.sqlite import SqliteStore
from tests.agreed_year import agreed_over, tap
from tests.talk import said

SKP = """1. Persentase pasien PJK yang mendapatkan kateterisasi jantung sesuai standar - 80%
2. Persentase pasien STEMI yang mendapat PCI primer dengan waktu door-to-balloon ≤ 90 menit - 85%
3. Jumlah tindakan PCI primer - 120 tindakan
4. Angka kematian pasien gagal jantung di ICCU - 10%
5. Persentase hasil ekokardiografi yang selesai dibaca dalam 24 jam - 90%"""


@pytest.fixture
def engine(tmp_path, at):
    yield from agreed_over(tmp_path, at, skp=SKP, day="2026-01-05T09:00", then="2026-04-02T09:00")


@pytest.mark.parametrize("typed, value", [("IKI 4: 3 meninggal dari 41 pasien", 7.3),
                                          ("IKI 1: 50 pasien dari 60 pasien", 83.3),
                                          ("IKI 4: 4 pasien meninggal dari 45 pasien", 8.9)])
def test_words_between_the_count_and_dari_are_what_it_counts(engine, typed, value):
    text = said(engine.handle("u1", typed))
    number, shown = typed.split(":")[0], str(value).replace(".", ",")
    numerator, denominator = typed.split(": ")[1].split()[0], typed.split(" dari ")[1].split()[0]
    assert f"{number} TW I: {shown}% ({numerator} dari {denominator})" in text, text
    assert f"realisasi {shown}%" in said(engine.handle("u1", "/capaian"))


@pytest.mark.parametrize("typed, shown", [("IKI 2 delapan puluh tujuh persen", "IKI 2 TW I: 87%"),
                                          ("IKI 2: delapan puluh tujuh persen", "IKI 2 TW I: 87%"),
                                          ("IKI 5 sembilan puluh dua persen", "IKI 5 TW I: 92%"),
                                          ("IKI 5: ninety percent", "IKI 5 TW I: 90%"),
                                          ("IKI 5: ninety-two percent", "IKI 5 TW I: 92%")])
def test_a_figure_in_words_is_that_number_and_never_a_logbook_entry(engine, typed, shown):
    text = said(engine.handle("u1", typed))
    assert shown in text and "Dicatat" not in text, text
    assert "c1 ·" not in said(engine.handle("u1", "/catatan"))


def test_a_correction_with_its_fraction_and_result_puts_the_realisasi_right(engine):
    said(engine.handle("u1", "IKI 4: 41%"))
    text = said(engine.handle("u1", "IKI 4 salah, maksudnya 3 dari 41 pasien meninggal, jadi 7,2%"))
    assert "IKI 4 TW I: 7,2% (3 dari 41) (sebelumnya 41%)" in text, text  # the user's own result, kept as typed


def test_a_realisasi_put_right_is_never_a_question_about_a_pasted_lists_lines(tmp_path, at):
    at("2026-01-05T09:00")
    engine = Engine(SqliteStore(tmp_path / "s.sqlite3"))
    replies = engine.handle("u1", f"ini SKP saya:\n{SKP}\n6. Melakukan visite pasien rawat inap ICCU setiap hari")
    tap(engine, "u1", replies, "IKI lolos ke draf")  # the activity left out of the draft, still on the list
    tap(engine, "u1", engine.handle("u1", "/tetapkan"), "Ya")
    at("2026-04-02T09:00")
    said(engine.handle("u1", "IKI 4: 41%"))
    text = said(engine.handle("u1", "IKI 4 salah, maksudnya 3 dari 41 pasien meninggal, jadi 7,3%"))
    assert "IKI 4 TW I: 7,3% (3 dari 41)" in text and "kegiatan" not in text, text
