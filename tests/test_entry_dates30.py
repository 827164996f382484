"""A logbook line's date on the thirtieth blind set's readings (yr47): a weekday named a day, a week to come, the day
of what is prepared, a day of the month called by its number, a correction carrying the day of the work it restates."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.linking import Decision, link

WED = date(2026, 9, 9)  # a Wednesday


def _day(text: str, today: date = WED) -> date:
    return read_date(line(text), today)[0]


@pytest.mark.parametrize("text, want", [
    ("hari minggu kmrn ngawas ukom JF sanitarian, 120 peserta", date(2026, 9, 6)),  # Sunday, never the week
    ("hr minggu lalu jaga posko", date(2026, 9, 6)),
    ("minggu lalu jumat piket", date(2026, 9, 4)),  # «minggu lalu» still the week
])
def test_a_weekday_named_a_day_is_that_day(text, want):
    assert _day(text) == want


def test_the_week_to_come_in_chat_spelling_is_no_sunday():
    assert _day("rapat harmonisasi, pasal 12 sd 20 disepakati, sisanya minggu dpn") == WED
    assert _day("rapat harmonisasi, sisanya minggu depan") == WED


@pytest.mark.parametrize("text, want", [
    ("bikin 2 siaran pers trs lanjut rapat persiapan media briefing kamis", WED),  # the briefing's day, to come
    ("rapat persiapan akreditasi senin kmrn", date(2026, 9, 7)),  # a past marker: the day the meeting was
    ("kamis rekap capaian", date(2026, 9, 3)),
])
def test_the_weekday_of_what_is_prepared_is_when_it_will_happen(text, want):
    assert _day(text) == want


@pytest.mark.parametrize("text, want", [
    ("17an kmrn tetep standby di poskokes, verif 2 laporan", date(2026, 8, 17)),
    ("17-an kemarin jaga posko", date(2026, 8, 17)),
    ("lomba 17an tarik tambang", date(2026, 8, 19)),  # the event, no day said
])
def test_a_day_of_the_month_called_by_its_number_with_a_past_marker(text, want):
    assert _day(text, date(2026, 8, 19)) == want


@pytest.mark.parametrize("text, want", [
    ("ralat, yg ikut IHT kmrn 11 org, 1 izin sakit", date(2026, 9, 8)),
    ("koreksi yg kemarin, teridentifikasi lewat gigi 5 bukan 4", date(2026, 9, 8)),
    ("yg kmrn 2 paket aja, cetak blm selesai", date(2026, 9, 8)),
    ("eh yg senin 3 berkas aja", date(2026, 9, 7)),
    # work of today on what was done then: today's
    ("revisi data psn yg ketuker kmrn", WED),
    ("lanjutan yg kmrn, sisa 40 lagi", WED),
    ("koreksi nilai barang yg dilapor senin, ternyata 1,2 jt", WED),
    ("yg kemarin itu loh", WED),  # no number said again: nothing restated
])
def test_a_correction_restating_earlier_work_carries_its_day(text, want):
    assert _day(text) == want


def test_the_words_dating_a_line_name_no_office_life():
    # «17an kmrn» says the day (the holiday) the crisis report was verified, no 17 Agustus festivity
    skp = SkpDraft(iki=[IkiDraft(indikator="Jumlah kabupaten/kota yang menetapkan rencana kontinjensi", target="10",
                                 satuan="kab/kota"),
                        IkiDraft(indikator="Persentase laporan kejadian krisis kesehatan yang diverifikasi ≤ 24 jam",
                                 target="90", satuan="%")])
    ln = line("17an kmrn tetep standby, ada laporan kejadian kebakaran pasar, verifikasi ke dinkes 2 jam beres")
    found = link(ln, read_date(ln, date(2026, 8, 19))[1], skp)
    assert found.decision is not Decision.outside and found.candidates[0].number == 2, found
    lomba = line("lomba 17an tarik tambang")
    assert link(lomba, read_date(lomba, date(2026, 8, 19))[1], skp).decision is Decision.outside


@pytest.mark.parametrize("text, want", [
    # the day of what happened gives way to the day the user, as subject, did the work
    ("banjir bandang tgl 14 di Kab Luwu, laporan awalnya baru masuk sabtu, sy verif sabtu itu jg", date(2026, 8, 15)),
    ("kebakaran tgl 12, kami verifikasi kmrn", date(2026, 8, 18)),
    # finished today: the work's own day, told first, stays
    ("bimtek PMI ke labkesda kab jember 10-11 agustus, laporannya baru sy kelarin td", date(2026, 8, 10)),
    ("tgl 14 verif laporan banjir, sy input sabtu", date(2026, 8, 14)),  # the user's work opens the line
])
def test_of_two_dates_the_one_of_the_users_own_work(text, want):
    assert _day(text, date(2026, 8, 19)) == want
