"""A logbook line's date (year38): a whole date written day-month-year in the middle of a line is read wherever it
stands; a correction pointing back at an entry keeps that entry's date, its «tadi» no day of its own."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.logbook import read_entry
from bot.year.models import EntryStatus, LogEntry
from tests.agreed_year import agreed_over, steps_taken
from tests.talk import said

THU = date(2026, 7, 16)  # a Thursday


def _day(text: str, today: date = THU) -> date:
    return read_date(line(text), today)[0]


@pytest.mark.parametrize("text, want", [
    ("pertemuan lintas sektor 14/07/26 di aula dinkes", date(2026, 7, 14)),
    ("monitoring gizi balita 13-7-2026 bersama kader", date(2026, 7, 13)),
    ("input laporan 8/7/2026 ke SITB, 20 kasus", date(2026, 7, 8)),
])
def test_a_whole_date_mid_line_is_the_days_date(text, want):
    assert _day(text) == want


@pytest.mark.parametrize("text", [
    "susun laporan, batas 20/07/2026",  # a deadline's date, never the day of the work
    "rapat persiapan 25-7-2026 hari ini",  # ahead of today: a plan's day
    "perawat patuh 3/5, sisanya dibina",  # two parts only mid-line: a rate
])
def test_a_date_of_something_else_or_a_ratio_is_no_date(text):
    assert _day(text) == THU


SKP = SkpDraft(iki=[IkiDraft(indikator="Jumlah ibu hamil yang mendapat pelayanan ANC terpadu", target="300",
                             satuan="orang"),
                    IkiDraft(indikator="Persentase balita yang ditimbang di posyandu", target="85", satuan="persen")])


@pytest.mark.parametrize("text", [
    "yg td selasa itu koreksi, 9 bumil",
    "yg tadi keliru ya 9 bumil",
])
def test_a_correction_pointing_back_keeps_the_date_of_the_entry_it_puts_right(text):
    tuesday = date(2026, 7, 14)
    before = LogEntry(id="c1", day=tuesday, text="selasa ANC terpadu 7 bumil", status=EntryStatus.linked,
                      iki=SKP.iki[0].indikator, quantity=7)
    read = read_entry(text, THU, SKP, earlier=[before])
    assert read.day == tuesday and read.link.continues == "c1" and read.quantity == 9
    assert read.said_date != "td" and read.said_date != "tadi"


def test_tadi_outside_a_correction_still_dates_today():
    assert read_date(line("tadi pagi ANC 4 bumil"), THU)[1].kind == "today"


def test_a_pointed_correction_in_chat_puts_the_entry_right_instead_of_adding_one(tmp_path, at):
    engine = next(agreed_over(tmp_path, at))
    steps_taken(engine, at, "2026-03-12T10:00", "senin verifikasi 14 berkas usulan kenaikan pangkat")
    reply = said(steps_taken(engine, at, "yg td senin itu koreksi, 16 berkas"))
    entries = engine.state("u1").year.entries
    assert len(entries) == 1 and entries[0].quantity == 16 and entries[0].day == date(2026, 3, 9), reply
