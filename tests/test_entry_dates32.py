"""A logbook line's date on the thirty-second blind set's readings (qty52): an acronym spelt like a today word, a
correction carrying the day of the work it restates."""

from datetime import date

import pytest

from bot.year.entry_dates import read_date
from bot.year.line import line

WED = date(2026, 5, 13)  # a Wednesday


def _day(text: str, today: date = WED) -> date:
    return read_date(line(text), today)[0]


@pytest.mark.parametrize("text, want", [
    ("senin cek TD 30 lansia di posbindu", date(2026, 5, 11)),  # tekanan darah, no «tadi»
    ("kemarin ukur TD dan GDS 25 pegawai", date(2026, 5, 12)),
    ("SENIN LIBUR, TD VERIF 12 BERKAS", WED),  # a line all in capitals: its words read as words
])
def test_a_today_word_typed_as_an_acronym_is_no_today(text, want):
    assert _day(text) == want


def test_a_today_word_in_lower_case_still_names_today_over_a_weekday():
    assert _day("senin libur, td cek tensi 30 lansia") == WED


@pytest.mark.parametrize("text, want", [
    ("ralat yg tgl 4 itu 12 berkas bukan 10, sisanya dikerjain tgl 6", date(2026, 5, 4)),
    ("koreksi: usulan yg udh diverif kemarin bukan 5 tapi 6", date(2026, 5, 12)),
    ("salah input, sampel yg diperiksa senin 40 bukan 44", date(2026, 5, 11)),
    ("tadi salah ketik, yg dientry kemarin 17 bukan 71", date(2026, 5, 12)),  # when the mistake was typed: no day
])
def test_a_correction_of_a_count_carries_the_day_of_the_work_it_puts_right(text, want):
    assert _day(text) == want


@pytest.mark.parametrize("text", [
    "revisi LPJ yg tgl 4, 3 dokumen",  # no mistake said: today's work on what was done then
    "lanjut verif yg kemarin, 12 berkas",
])
def test_work_on_earlier_work_without_a_count_put_right_is_today_s(text):
    assert _day(text) == WED


@pytest.mark.parametrize("text, want", [
    ("rekap SPJ ternyata blm lengkap, jd yg beres kemarin baru 3 berkas", date(2026, 5, 12)),
    ("yg selesai senin 4 dokumen, sisanya nunggu ttd", date(2026, 5, 11)),
    ("revisi data yg selesai kemarin, 5 berkas", WED),  # today's work on what was finished then
])
def test_a_clause_of_what_was_done_on_a_day_dates_its_count(text, want):
    assert _day(text) == want
