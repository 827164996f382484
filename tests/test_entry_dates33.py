"""A logbook line's date on the thirty-third blind set's readings (qty56): a weekday after a word of a schedule, a
yesterday word before a weekday, last night, a bare day/month closing its clause, a correction saying the right
number with «bener nya»."""

from datetime import date

import pytest

from bot.year.entry_dates import read_date
from bot.year.line import line

WED = date(2026, 5, 13)  # a Wednesday


def _day(text: str, today: date = WED) -> date:
    return read_date(line(text), today)[0]


@pytest.mark.parametrize("text, want", [
    ("bikin materi infografis gizi, jadwal upload senin", WED),
    ("susun rundown webinar, dijadwalkan kamis", WED),
    ("rapat jumat bahas jadwal piket", date(2026, 5, 8)),  # the schedule after the weekday: the day of the meeting
    ("jadwal kemarin senin ketunda, baru sempat verif 5 berkas", date(2026, 5, 11)),  # a past weekday stays
])
def test_a_weekday_after_a_word_of_a_schedule_is_when_it_is_due(text, want):
    assert _day(text) == want


@pytest.mark.parametrize("text, want", [
    ("kemarin senin visitasi 2 puskesmas", date(2026, 5, 11)),
    ("ralat, yg reviu kemaren senin itu 3 dokumen bukan 2", date(2026, 5, 11)),
    ("kemarin rapat, senin depan presentasi", date(2026, 5, 12)),  # no weekday right after it: yesterday
])
def test_a_yesterday_word_right_before_a_weekday_names_that_past_weekday(text, want):
    assert _day(text) == want


@pytest.mark.parametrize("text, want", [
    ("jaga posko semalam dr jam 8 malem sampe subuh", date(2026, 5, 12)),
    ("semalam lembur input 40 data sampe jam 1", date(2026, 5, 12)),
])
def test_last_night_is_yesterday_s_date(text, want):
    assert _day(text) == want


@pytest.mark.parametrize("text, want", [
    ("rapat finalisasi draf pedoman 6/5, sisa lampiran", date(2026, 5, 6)),
    ("uji coba aplikasi di 2 puskesmas 11/5", date(2026, 5, 11)),
    ("audit kepatuhan 17/20, sisanya dibina", WED),  # no date: more than 12 months, a rate
    ("audit cuci tangan perawat patuh 3/5, sisanya dibina", WED),  # a part of a whole: a rate, not 3 May
    ("rekap kasus bulan lalu 3/1", WED),  # a day long gone: no date of this work
    ("undangan rapat koordinasi 20/5", WED),  # ahead of today: a plan's day
])
def test_a_bare_day_and_month_closing_its_clause_dates_the_work_when_recent(text, want):
    assert _day(text) == want


@pytest.mark.parametrize("text, want", [
    ("berkas yg kmrn salah hitung, bener nya tiga puluh", date(2026, 5, 12)),
    ("sampel yg senin keliru, yg benernya 45", date(2026, 5, 11)),
])
def test_a_correction_saying_the_right_number_carries_the_day_of_the_work_it_fixes(text, want):
    assert _day(text) == want


def test_a_correction_of_a_value_with_ternyata_stays_today_s():
    assert _day("koreksi nilai barang yg dilapor jumat, ternyata 1,2 jt") == WED


@pytest.mark.parametrize("text, want", [
    ("kapatang pendampingan HEARTS di Kota Padang", date(2026, 5, 12)),
    ("kapatang verif 5 berkas, hari ini input", WED),  # an explicit today names the day
])
def test_minang_kapatang_is_yesterday(text, want):
    assert _day(text) == want
