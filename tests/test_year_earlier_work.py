"""A logbook line read beside the entries kept before it: the day of the things an earlier entry counted."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.linking import Decision
from bot.year.logbook import read_entry
from bot.year.models import EntryStatus, LogEntry

LAB = SkpDraft(iki=[IkiDraft(indikator=t) for t in (
    "Persentase hasil pemeriksaan sampel TB TCM yang dilaporkan sesuai standar turn around time (TAT)",
    "Jumlah sampel TCM",
    "Rata-rata waktu input SITB",
    "Persentase parameter uji profisiensi dengan hasil memuaskan",
    "Jumlah metode baru",
)])
TODAY = date(2026, 4, 7)


def _kept(entry_id: str, day: str, text: str, number: int, quantity: float | None = None) -> LogEntry:
    return LogEntry(id=entry_id, day=date.fromisoformat(day), text=text, status=EntryStatus.linked,
                    iki=LAB.iki[number - 1].indikator, quantity=quantity)


YESTERDAYS = [_kept("c2", "2026-04-06", "38 sampel TCM selesai & terlapor", 2, 38)]


@pytest.mark.parametrize("text", [
    "input hasil 38 sampel kemarin ke SITB, rata2 6 jam",
    "input SITB 38 sampel kmrn, rata2 20 jam krn SITB error",
    "38 sampel TCM kemarin sdh diinput ke SITB, rata2 5 jam",
])
def test_a_past_day_after_the_things_that_day_counted_for_another_iki_dates_the_work_today(text):
    read = read_entry(text, TODAY, LAB, earlier=YESTERDAYS)
    assert read.link.candidates[0].number == 3, read.link
    assert (read.day, read.said_date) == (TODAY, "")


@pytest.mark.parametrize("text, earlier", [
    ("input hasil 40 sampel kemarin ke SITB, rata2 6 jam", YESTERDAYS),  # not the things counted that day
    ("input hasil 38 sampel kemarin ke SITB, rata2 6 jam", []),
    ("kemarin input hasil 38 sampel ke SITB, rata2 6 jam", YESTERDAYS),  # the date word opens the line
    ("periksa 38 sampel TCM kemarin", YESTERDAYS),  # the same IKI's work told again: that day's
])
def test_a_past_day_word_otherwise_dates_the_work_that_day(text, earlier):
    assert read_entry(text, TODAY, LAB, earlier=earlier).day == date(2026, 4, 6)


VERIFYING = [_kept("c10", "2026-04-15", "mulai verifikasi metode PCR multipleks pertusis, run 1", 5)]


@pytest.mark.parametrize("text, day", [
    ("verifikasi PCR multipleks run 2 & 3", "2026-04-21"),
    ("run 4 verifikasi PCR multipleks, presisi ok", "2026-05-06"),
    ("PCR multipleks: akurasi & LoD selesai", "2026-05-14"),
])
def test_a_line_matching_no_iki_that_shares_its_terms_with_recent_work_of_one_iki_asks_with_that_iki_first(text, day):
    # more of that work, likely, never di luar SKP; but shared words with no word of going on are no silent link
    read = read_entry(text, date.fromisoformat(day), LAB, earlier=VERIFYING)
    assert read.link.decision is Decision.ask and read.link.candidates[0].iki == LAB.iki[4].indikator and \
        read.link.continues == "c10", read.link


@pytest.mark.parametrize("text, day, earlier", [
    ("verifikasi PCR multipleks run 2 & 3", "2026-06-01", VERIFYING),  # too long after
    ("beli reagen PCR", "2026-04-21", VERIFYING),  # one term shared says too little
    ("verifikasi PCR multipleks run 2 & 3", "2026-04-21",
     VERIFYING + [_kept("c11", "2026-04-16", "verifikasi PCR multipleks untuk PT", 4)]),  # work of two IKI
])
def test_a_line_matching_no_iki_stays_outside_unless_recent_work_of_one_iki_shares_its_terms(text, day, earlier):
    assert read_entry(text, date.fromisoformat(day), LAB, earlier=earlier).link.decision is Decision.outside
