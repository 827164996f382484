"""Tester57's logbook and year findings, phrased apart from the transcripts: an explicit date after a weekday or a
hashtag dates the line."""

from datetime import date

import pytest

from bot.year.entry_dates import read_date
from bot.year.line import line

THU = date(2026, 5, 14)  # a Thursday


def _day(text: str, today: date = THU) -> date:
    return read_date(line(text), today)[0]


@pytest.mark.parametrize("text, want", [
    ("selasa 28/4 kunjungan rumah lansia 6 orang", date(2026, 4, 28)),
    ("jumat 8 mei rapat lintas sektor stunting", date(2026, 5, 8)),
    ("#catatan kamis 30/4 entri data ibu hamil 14 orang", date(2026, 4, 30)),
    ("sen 4/5 supervisi 2 pustu", date(2026, 5, 4)),
])
def test_a_date_written_right_after_a_weekday_names_the_day(text, want):
    assert _day(text) == want


@pytest.mark.parametrize("text, want", [
    ("#logbook 29/4 validasi data kohort balita", date(2026, 4, 29)),
    ("#harian #posyandu 6/5 penimbangan 40 balita", date(2026, 5, 6)),
])
def test_a_date_after_the_hashtags_opening_a_line_dates_it(text, want):
    assert _day(text) == want


def test_a_weekday_alone_still_names_its_latest_day():
    assert _day("selasa kunjungan rumah 6 lansia") == date(2026, 5, 12)
