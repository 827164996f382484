"""tester56 (the year): a logbook line naming its own part of a whole toward a rate IKI (F15)."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.logbook import read_entry

SKP = SkpDraft(iki=[
    IkiDraft(indikator="Persentase surat izin praktik apoteker (SIPA) yang diterbitkan tepat waktu", target="100%"),
    IkiDraft(indikator="Jumlah apotek yang dibina", target="40 apotek")])


@pytest.mark.parametrize("text, rate", [
    ("kemarin terbit 6 surat SIPA, 2 telat krn berkas kurang", (4, 6)),  # the thing named by its head word; late
    ("terbit 3 surat izin hari ini, semua tepat waktu", (3, 3)),
])
def test_a_line_naming_its_own_late_part_is_read_as_a_rate(text, rate):
    entry = read_entry(text, date(2026, 5, 6), SKP)
    assert entry.iki == SKP.iki[0].indikator and entry.rate == rate, (entry.iki, entry.rate)


def test_a_trajectorys_quarter_is_written_to_the_sheet_rounded_to_two_decimals():
    # tester56 F23: Target TW I was 94.42500000000001 in the formula bar
    from tests.test_export import row_of

    row = row_of(IkiDraft(indikator="Persentase kapal dari luar negeri yang diperiksa faktor risikonya sesuai standar",
                          target="97,5%", baseline="93,4%"))
    quarters = [row[f"Target TW {q}"] for q in ("I", "II", "III", "IV")]
    assert quarters[0] == 94.43 and quarters[-1] == 97.5, quarters


def test_the_uraian_drops_a_month_read_with_the_day_before_it():
    # tester56 F23: «rabu 15 april periksa …» (its date read from «rabu 15») was written «april periksa …»
    from datetime import datetime

    from bot.year.logbook import described
    from bot.year.models import LogEntry

    entry = LogEntry(id="c4", day=date(2026, 3, 11), text="rabu 11 maret verifikasi 9 SIPA baru",
                     created=datetime(2026, 3, 20, 10, 0))
    assert described(entry) == "verifikasi 9 SIPA baru"
    kept = LogEntry(id="c5", day=date(2026, 3, 19), text="kemarin verifikasi laporan maret", created=entry.created)
    assert described(kept) == "verifikasi laporan maret"  # a month of what the work was about stays


def test_a_result_met_and_not_met_in_short_form_is_read_as_a_rate():
    # tester56 F15: «sampel air 3 kapal hasil lab 2 MS 1 TMS» was «Nilai belum terbaca»
    skp = SkpDraft(iki=[IkiDraft(indikator="Persentase sampel makanan jasa boga yang memenuhi syarat", target="90%"),
                        IkiDraft(indikator="Jumlah jasa boga yang dibina", target="30 jasa boga")])
    entry = read_entry("uji lab sampel makanan jasa boga: 5 MS 1 TMS", date(2026, 5, 6), skp)
    assert entry.iki == skp.iki[0].indikator and entry.rate == (5, 6), (entry.iki, entry.rate)
