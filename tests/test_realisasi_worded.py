"""A realisasi typed as a clinician writes it (tester52 P1-8, P1-9, P1-10): «3 meninggal dari 41 pasien» is 3 of 41,
the reply says what it computed; a figure in words is a number; a correction stating its result after «jadi» puts the
realisasi right."""

import pytest

from tests.agreed_year import agreed_over
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
                                          ("IKI 5: ninety percent", "IKI 5 TW I: 90%")])
def test_a_figure_in_words_is_that_number_and_never_a_logbook_entry(engine, typed, shown):
    text = said(engine.handle("u1", typed))
    assert shown in text and "Dicatat" not in text, text
    assert "c1 ·" not in said(engine.handle("u1", "/catatan"))
