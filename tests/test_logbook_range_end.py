"""«s.d.» in a logbook line (tester59 F6): the line is never split at it («…, s.d. 30/6 total 60 pasien» is one
entry), a line opening with «s.d. DATE» is dated by that date, and a day/month of a stretch or period is never read
as a part of a whole, so «N dari M» beside it is the rate."""

from datetime import date

import pytest

from bot.models import IkiDraft
from bot.year.entry_dates import read_date
from bot.year.entry_numbers import reported_rate
from bot.year.line import line
from tests.agreed_year import agreed_over, steps_taken
from tests.talk import said

SKP = """1. Persentase ibu hamil yang mendapat pemeriksaan HB sesuai standar - 90%
2. Jumlah ibu hamil risiko tinggi yang dikunjungi - 120 kunjungan
3. Persentase laporan KIA yang dikirim tepat waktu - 100%"""
RATE = IkiDraft(indikator="Persentase ibu hamil yang mendapat pemeriksaan HB sesuai standar", target="90%")


@pytest.fixture
def engine(tmp_path, at):
    yield from agreed_over(tmp_path, at, skp=SKP, day="2026-01-05T09:00")


def test_a_clause_opening_with_sd_is_the_rest_of_the_entry_before_it(engine, at):
    steps_taken(engine, at, "2026-07-02T10:00",
                "Selasa kmrn kunjungan rumah 5 ibu hamil risti di desa Sukamaju, s.d. 30/6 total 38 kunjungan")
    entries = engine.state("u1").year.entries
    assert len(entries) == 1, [e.text for e in entries]
    assert entries[0].text.endswith("s.d. 30/6 total 38 kunjungan") and entries[0].day == date(2026, 6, 30)


@pytest.mark.parametrize("text,day", [("s.d. 30/6 periksa HB 50 dari 56 ibu hamil", date(2026, 6, 30)),
                                      ("s/d 29/6 periksa HB 50 dari 56 ibu hamil", date(2026, 6, 29)),
                                      ("sampai 1/7 periksa HB 50 dari 56 ibu hamil", date(2026, 7, 1))])
def test_a_line_opening_with_the_end_of_a_stretch_is_dated_by_it(text, day):
    assert read_date(line(text), date(2026, 7, 2))[0] == day


@pytest.mark.parametrize("text", ["s.d. 30/6 periksa HB 50 dari 56 ibu hamil",
                                  "periksa HB 50 dari 56 ibu hamil sesuai standar s.d. 30/6",
                                  "kemarin periksa HB 50 dari 56 ibu hamil (periode 1/6 s/d 30/6)"])
def test_the_day_of_a_stretch_is_no_part_of_a_whole(text):
    ln = line(text)
    w = read_date(ln, date(2026, 7, 2))[1]
    assert reported_rate(ln, w, RATE) == (50, 56)


def test_a_rate_typed_with_a_slash_is_still_read():
    ln = line("periksa HB 3/4 ibu hamil sesuai standar")
    assert reported_rate(ln, read_date(ln, date(2026, 7, 2))[1], RATE) == (3, 4)


def test_the_rate_beside_sd_is_said_back_as_read(engine, at):
    text = said(steps_taken(engine, at, "2026-07-02T10:00", "s.d. 30/6 periksa HB 50 dari 56 ibu hamil"))
    assert "tanggal 30 Juni" in text and "50 dari 56" in text and "belum terbaca" not in text, text
