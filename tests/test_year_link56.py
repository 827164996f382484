"""Silent wrong links of linking set 33's shapes (link56), read as the chat reads a line (bot.year.logbook, each
earlier line kept as the chat keeps it): «sm» before whom the work was done with, a correction that names its own
IKI, a continuation by the place an earlier entry named, an office-life line pointing back at a day, another IKI's
counted thing named first, a final state only awaited."""

from datetime import date, datetime

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.linking import Decision
from bot.year.logbook import add_entry, choose, read_entry
from bot.year.models import YearState
from tests.linked_lines import read_lines

LAB = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah vendor alat laboratorium yang lulus uji fungsi", target="10", satuan="vendor"),
    IkiDraft(indikator="Persentase SOP pemeriksaan laboratorium yang ditetapkan sesuai rencana", target="100%"),
    IkiDraft(indikator="Jumlah sampel air minum yang diperiksa laboratorium", target="400", satuan="sampel"),
    IkiDraft(indikator="Jumlah kab/kota yang didampingi penyehatan air", target="8", satuan="kab/kota"),
    IkiDraft(indikator="Jumlah materi edukasi air bersih yang dipublikasikan", target="24", satuan="materi"),
    IkiDraft(indikator="Persentase peningkatan engagement konten media sosial", target="20%"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])


def _read(*lines: str):
    return read_lines(*lines, skp=LAB)


def _first(reading) -> int:
    return reading.link.candidates[0].number if reading.link.candidates else 0


@pytest.mark.parametrize("text", ["meeting sm vendor", "zoom sama vendor", "rapat sm penyedia"])
def test_a_meeting_with_a_party_an_iki_counts_links_nothing_silently(text):
    # «sm vendor» says with whom, as «dgn vendor» does: no vendor passed a function test
    assert _read(text).link.decision is not Decision.link


def test_work_named_beside_the_party_still_links():
    reading = _read("uji fungsi 2 analyzer kimia klinik sm vendor, lulus")
    assert reading.link.decision is Decision.link and _first(reading) == 1, reading.link


@pytest.mark.parametrize("text", ["ralat, bukan 30 sampel air td tp 38", "eh salah bukan 30 tp 38 sampel air minum"])
def test_a_correction_holding_no_old_number_fixes_the_entry_of_its_own_iki(text):
    # no entry holds 30; the latest is the Garut visit: the sampel entry the line's words name is the one put right
    reading = _read("periksa 36 sampel air minum dr PDAM", "pendampingan penyehatan air kab. Garut", text)
    assert _first(reading) == 3 and reading.link.continues == "c1", reading.link


@pytest.mark.parametrize("text", ["ngurus SPPD yg kemaren", "beresin SPPD yg senin"])
def test_the_papers_of_a_trip_pointing_back_at_a_day_stay_outside_the_skp(text):
    # the day's entry (sampel air minum) is the trip's work, not the SPPD's
    reading = _read("senin periksa 20 sampel air minum di lab", "kemarin periksa 16 sampel air minum", text)
    assert reading.link.decision is Decision.outside, reading.link


@pytest.mark.parametrize("text", ["lanjut yg kemaren garut, hari ini ke kab. Sumedang",
                                  "lanjutan garut kmrn, skrg ke kab. Subang"])
def test_a_continuation_takes_the_entry_naming_its_place(text):
    # the place named once, in Monday's entry; yesterday's entry is other work
    reading = _read("senin pendampingan penyehatan air kab. Garut, kami cek sumur warga",
                    "kemarin periksa 16 sampel air minum", text)
    assert reading.link.decision is Decision.link and _first(reading) == 4, reading.link


@pytest.mark.parametrize("text", ["draft SOP pemeriksaan sampel air minum, tinggal ttd kepala lab",
                                  "revisi SOP pengambilan sampel air minum"])
def test_another_ikis_counted_thing_named_first_asks_with_it_first(text):
    # the SOP is the work, the sampel what it is about: never a silent link to the sampel IKI
    reading = _read(text)
    assert _first(reading) == 2 and not (reading.link.decision is Decision.link and _first(reading) == 3), \
        reading.link


GIZI = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah materi KIE gizi yang terverifikasi dan dipublikasikan", target="24", satuan="materi"),
    IkiDraft(indikator="Persentase peningkatan engagement konten gizi di media sosial", target="20%"),
    IkiDraft(indikator="Jumlah kader posyandu yang dilatih konseling gizi", target="60", satuan="orang"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])


@pytest.mark.parametrize("text", ["nyusun caption reels soal isi piringku, jadwal tayang senin",
                                  "bikin caption reels gizi seimbang, rencana tayang kamis",
                                  "edit video reels MPASI, akan tayang minggu depan"])
def test_a_final_state_only_planned_or_awaited_names_no_result(text):
    # «jadwal tayang», «akan tayang»: not published yet, so no materi dipublikasikan decided silently
    reading = read_entry(text, date(2026, 5, 13), GIZI)
    assert not (reading.link.decision is Decision.link and _first(reading) == 1), reading.link


def test_a_final_state_reached_still_counts():
    reading = read_entry("nyusun caption reels isi piringku, udh tayang", date(2026, 5, 13), GIZI)
    assert reading.link.decision is Decision.link and _first(reading) == 1, reading.link


HD = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah pasien hemodialisis cito yang dilayani", target="200", satuan="pasien"),
    IkiDraft(indikator="Persentase keluarga pasien yang mendapat edukasi pembatasan cairan", target="90%"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])


@pytest.mark.parametrize("text", ["tadi HD cito 3 px dari IGD", "sore HD cito 1 px lagi, rujukan IGD"])
def test_a_pick_made_for_other_work_never_moves_a_line_its_words_link_elsewhere(text):
    # tester51 P1-15: «HD cito 2 px dari IGD» moved to the edukasi IKI; a later HD cito line is the HD IKI's by its
    # words: asked, the pick first, never moved silently
    now = datetime(2026, 4, 17, 9, 0)
    year, entry = add_entry(YearState(), read_entry("HD cito 2 px dari IGD", now.date(), HD), now)
    year = choose(year, entry.id, HD, HD.iki[1].indikator)
    assert read_entry(text, now.date(), HD).link.decision is Decision.link  # its own words: the HD IKI
    later = read_entry(text, now.date(), HD, choices=year.choices)
    assert later.link.decision is Decision.ask and later.link.taught == "", later.link
    assert [c.number for c in later.link.candidates][:2] == [2, 1], later.link
