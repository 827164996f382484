"""Linking set 35's shapes (linking35), read as the chat reads a line (bot.year.logbook, each earlier line kept as
the chat keeps it): a count a line puts right itself («12 berkas eh salah, 21 berkas») counts the right number and
is new work, never a correction of an earlier entry."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.linking import Decision
from tests.linked_lines import read_lines

GIZI = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah balita gizi buruk yang mendapat PMT pemulihan", target="300", satuan="balita"),
    IkiDraft(indikator="Persentase posyandu yang melaporkan penimbangan tepat waktu", target="90", satuan="%"),
    IkiDraft(indikator="Jumlah kader gizi yang dilatih konseling PMBA", target="120", satuan="orang"),
    IkiDraft(indikator="Jumlah puskesmas yang disupervisi tata laksana gizi buruk", target="20", satuan="puskesmas"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85")])


@pytest.mark.parametrize("text, iki, count", [
    ("latih kader konseling PMBA 24 org eh 42", 3, 42),
    ("kmrn latih kader PMBA 30 orang, eh salah, 33 orang", 3, 33),
    ("pelatihan kader PMBA 2.100 org?? eh bukan, 210 org", 3, 210),
    ("supervisi tata laksana gizi buruk 3 puskesmas, eh 5 ding", 4, 5),
    ("supervisi gizi buruk 4 puskesmas: Cibeber, Cikole, Sukabumi, Gunung Puyuh. eh Cikole blm, jd 3", 4, 3),
    ("PMT pemulihan 18 balita gizi buruk, eh bukan 18 tp 21", 1, 21),
])
def test_a_count_put_right_in_its_own_line_counts_the_right_number(text, iki, count):
    reading = read_lines(text, skp=GIZI)
    assert reading.link.candidates[0].number == iki, reading.link
    assert reading.quantity == count, reading


@pytest.mark.parametrize("text", ["konseling PMBA 12 kader, eh 3 lagi sore", "latih 20 kader PMBA, eh lupa"])
def test_an_interjection_adding_more_or_naming_no_number_puts_nothing_right(text):
    assert read_lines(text, skp=GIZI).quantity in (12, 20)


def test_a_line_putting_its_own_count_right_is_new_work_not_the_last_entrys_correction():
    """The old number written in the line itself, after its work: no earlier entry (of another IKI) is put right."""
    reading = read_lines("rekap laporan penimbangan 9 posyandu tepat waktu",
                         "PMT pemulihan 9 balita gizi buruk, eh bukan 9 tp 12", skp=GIZI)
    assert reading.link.candidates[0].number == 1 and reading.link.why != "koreksi", reading.link
    assert reading.quantity == 12


def test_a_line_saying_the_number_written_before_was_wrong_still_corrects_that_entry():
    reading = read_lines("PMT pemulihan 15 balita gizi buruk", "rekap laporan penimbangan posyandu tepat waktu",
                         "td sy tulis 15, eh salah bukan 15 tp 16", skp=GIZI)
    assert reading.link.why == "koreksi" and reading.link.candidates[0].number == 1, reading.link
    assert reading.link.decision is Decision.link


WIDYAISWARA = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah JPL mengajar pada pelatihan teknis kesehatan", target="400", satuan="JPL"),
    IkiDraft(indikator="Persentase peserta pelatihan yang lulus post test", target="90", satuan="%"),
    IkiDraft(indikator="Jumlah kurikulum pelatihan yang disusun", target="2", satuan="kurikulum"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85")])


@pytest.mark.parametrize("text", ["ikut seminar daring kediklatan 4 JPL", "ikut webinar andragogi 2 JP, sertifikat udh terbit"])
def test_credit_earned_sitting_in_is_never_linked_silently_to_the_jpl_taught(text):
    """The user sat in («ikut») and earned credit: the IKI counting the JPL the user teaches is never its silent link;
    asked, competence first."""
    reading = read_lines(text, skp=WIDYAISWARA)
    assert reading.link.decision is not Decision.link or reading.link.candidates[0].number == 4, reading.link
    assert reading.link.candidates[0].number == 4, reading.link


def test_teaching_credit_still_links_to_the_jpl_taught():
    reading = read_lines("ngajar 6 JPL di pelatihan teknis kesehatan", skp=WIDYAISWARA)
    assert reading.link.decision is Decision.link and reading.link.candidates[0].number == 1, reading.link


KRISIS = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah dokumen rencana kontinjensi yang disusun", target="4", satuan="dokumen"),
    IkiDraft(indikator="Persentase kejadian krisis kesehatan yang direspons kurang dari 24 jam", target="100", satuan="%"),
    IkiDraft(indikator="Jumlah relawan kesehatan yang dilatih", target="200", satuan="orang"),
    IkiDraft(indikator="Persentase laporan kejadian krisis yang diverifikasi", target="95", satuan="%"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85")])


@pytest.mark.parametrize("text", ["zoom bareng UNICEF soal tim gerak cepat", "meeting sm mitra ttg emergency medical team",
                                  "telpon dgn kadinkes soal EMT, lama bgt"])
def test_a_meeting_whose_topic_the_iki_only_covers_asks(text):
    """The IKI of responses covers the teams sent (TGC, EMT); a call about them names no response done."""
    assert read_lines(text, skp=KRISIS).link.decision is not Decision.link


def test_work_naming_a_thing_the_iki_covers_still_offers_it_first():
    reading = read_lines("kirim tim gerak cepat ke lokasi banjir bandang", skp=KRISIS)
    assert reading.link.candidates[0].number == 2 and reading.link.why != "topik rapat", reading.link


@pytest.mark.parametrize("text, day", [
    ("awal minggu supervisi gizi buruk di 2 puskesmas", date(2026, 3, 16)),
    ("awal pekan ini latih kader PMBA 20 org", date(2026, 3, 16)),
    ("minggu PMT pemulihan 4 balita", date(2026, 3, 15)),
    ("H-2 rakor gizi tgl 12, siapin bahan paparan", date(2026, 3, 10)),
    ("H-1 supervisi tgl 19, siapin instrumen", date(2026, 3, 18)),
    ("h+1 pelatihan kader tgl 9 rekap post test", date(2026, 3, 10)),
    ("H-1 rakor, siapin ruangan", date(2026, 3, 18)),
])
def test_the_start_of_the_week_and_days_before_an_event_date_the_work(text, day):
    """Read on Wednesday 18 March 2026: «awal minggu» is this week's Monday; «H-N … tgl D» N days before the D-th."""
    assert read_lines(text, skp=GIZI).day == day


HIV = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah populasi kunci yang dijangkau dan dites HIV", target="2500", satuan="orang"),
    IkiDraft(indikator="Persentase ODHIV yang mendapat ARV", target="90", satuan="%"),
    IkiDraft(indikator="Jumlah kab/kota yang menyusun rencana aksi daerah HIV", target="4", satuan="kab/kota"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85")])


@pytest.mark.parametrize("text, count", [("skrining HIV 45 WPS di lokalisasi", 45), ("tes HIV 32 penasun di LAPAS", 32),
                                         ("jangkau 18 MSM lewat aplikasi, semua dites", 18)])
def test_a_key_population_group_is_counted_as_the_key_population(text, count):
    assert read_lines(text, skp=HIV).quantity == count


def test_both_of_two_places_still_unfinished_count_nothing():
    reading = read_lines("dampingi RAD HIV kab Sikka sm kab Ende, dua2nya masih draf", skp=HIV)
    assert reading.quantity is None
    assert read_lines("dampingi RAD HIV kab Sikka sm kab Ende, dua2nya udh disahkan", skp=HIV).quantity == 2


@pytest.mark.parametrize("text", ["PMT pemulihan balita gizi buruk 17 anak sekalian edukasi cuci tangan pakai sabun",
                                  "PMT pemulihan balita gizi buruk 9 anak + bagi sabun cuci tangan"])
def test_a_second_piece_naming_no_iki_beside_the_counted_work_links(text):
    """The count is the best IKI's thing and the piece after «sekalian» or «+» names no IKI's work: no IKI to ask
    between; the piece is kept aside for the reply to offer as an entry of its own."""
    reading = read_lines(text, skp=GIZI)
    assert reading.link.decision is Decision.link and reading.link.candidates[0].number == 1, reading.link
    assert reading.link.second and "sabun" in reading.link.second
