"""Linking set 34's shapes (link58), read as the chat reads a line (bot.year.logbook, each earlier line kept as the
chat keeps it): a time of day is no count, nor is the round of a campaign; a line that only goes on with yesterday's
work asks with that work's IKI first; a count in another word for the IKI's thing counts (a school by its level, a
ward as a room, a poli as a unit); an English count reads the plural noun heading its phrase and a number word; a
mistake set right puts right the entry holding the old number."""


import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.entry_numbers import quantity
from bot.year.line import line
from bot.year.linking import Decision
from tests.linked_lines import TODAY, read_lines


@pytest.mark.parametrize("text", ["fasilitasi rapat koordinasi lintas program jam 8.30 pagi",
                                  "rapat koordinasi LP pkl 13 di aula", "pukul 10.15 rapat koordinasi lintas program"])
def test_a_time_of_day_is_no_count(text):
    assert read_lines(text).quantity is None


@pytest.mark.parametrize("text", ["pkl 9 berangkat, supervisi 2 puskesmas di kec. Cibinong",
                                  "supervisi pencatatan imunisasi 3 jam 2 puskesmas"])
def test_a_count_beside_a_time_of_day_still_counts(text):
    # after a duration's «jam» the number is a count again
    assert read_lines(text).quantity == 2


@pytest.mark.parametrize("text", ["susun laporan evaluasi imunisasi kejar putaran 2",
                                  "finalisasi laporan evaluasi imunisasi kejar putaran 1, sdh ke katim"])
def test_the_round_of_a_campaign_is_no_count(text):
    assert read_lines(text).quantity is None


@pytest.mark.parametrize("text", ["lanjut yg kemarin", "lanjutin yg kmrn"])
def test_a_line_only_going_on_with_yesterdays_work_asks_with_its_iki_first(text):
    yesterday = "kemarin supervisi pencatatan imunisasi di 3 puskesmas Bogor"
    reading = read_lines(yesterday, text)
    assert reading.link.decision is Decision.ask and reading.link.candidates[0].number == 3, reading.link


def test_going_on_with_words_of_the_work_still_links():
    reading = read_lines("kemarin supervisi pencatatan imunisasi di 3 puskesmas Bogor",
                    "lanjut supervisi pencatatan yg kemarin, 2 puskesmas lagi")
    assert reading.link.decision is Decision.link and reading.link.candidates[0].number == 3, reading.link


SEKOLAH = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah sekolah yang melaksanakan skrining kesehatan anak usia sekolah", target="40",
             satuan="sekolah"),
    IkiDraft(indikator="Jumlah anak sekolah yang diperiksa tajam penglihatan", target="2000", satuan="anak"),
    IkiDraft(indikator="Jumlah ruangan yang diinspeksi kebersihan lingkungannya", target="30", satuan="ruangan"),
    IkiDraft(indikator="Jumlah instansi yang mendapat sosialisasi kesehatan sekolah", target="10", satuan="instansi"),
    IkiDraft(indikator="Jumlah laporan pemantauan gizi sekolah yang dianalisis", target="12", satuan="laporan"),
    IkiDraft(indikator="Jumlah sesi konseling remaja yang difasilitasi", target="24", satuan="sesi"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])


@pytest.mark.parametrize("text, iki, count", [
    ("pendampingan skrining di 3 SD kec. Ciawi", 1, 3),  # a school by its level
    ("periksa visus 45 murid kelas 1", 2, 45),  # a school's children by what it calls them
    ("inspeksi kebersihan 5 bangsal", 3, 5),  # a hospital's wards are its rooms
    ("sosialisasi UKS ke 4 RS swasta", 4, 4),  # a hospital is an instansi
])
def test_a_count_in_another_word_for_the_same_thing_counts(text, iki, count):
    reading = read_lines(text, skp=SEKOLAH)
    assert reading.link.candidates[0].number == iki and reading.quantity == count, reading.link


def test_children_counted_at_a_named_school_are_no_count_of_schools():
    # «SMAN 8» is the school's own number, and «60 siswa» counts children, not schools
    ln = line("skrining kesehatan 60 siswa SMAN 8")
    assert quantity(ln, read_date(ln, TODAY)[1], SEKOLAH.iki[0]) is None


@pytest.mark.parametrize("text, iki, count", [
    ("Analyzed 4 monthly school nutrition monitoring reports", 5, 4),  # the plural that ends the phrase
    ("Facilitated three adolescent counselling sessions this morning", 6, 3),  # a number word, the noun after it
])
def test_an_english_count_reads_the_noun_heading_its_phrase(text, iki, count):
    reading = read_lines(text, skp=SEKOLAH)
    assert reading.link.candidates[0].number == iki and reading.quantity == count, reading.link


def test_an_english_count_of_something_else_is_no_count():
    # the count's phrase ends at its first plural, «offices»: the reports named past «about» are not what it counts
    ln = line("Visited 5 district health offices about the nutrition reports")
    assert quantity(ln, read_date(ln, TODAY)[1], SEKOLAH.iki[4]) is None


@pytest.mark.parametrize("text", ["konseling remaja sesi 4 dari 8", "ran the teen counselling group, session 4 of 8"])
def test_the_whole_a_labelled_session_runs_to_is_no_count(text):
    # the 4th of 8 sessions: one session held, neither 4 nor 8 of them
    ln = line(text)
    assert quantity(ln, read_date(ln, TODAY)[1], SEKOLAH.iki[5]) is None


def test_an_english_noun_after_the_words_qualifying_it_names_its_kind():
    # «staff» heads «puskesmas staff»: the petugas an IKI of trained petugas counts
    skp = SkpDraft(iki=[IkiDraft(indikator="Jumlah petugas kesehatan yang dilatih tata laksana gizi buruk",
                                 target="100", satuan="orang")])
    ln = line("Trained 25 puskesmas staff on malnutrition case management")
    assert quantity(ln, read_date(ln, TODAY)[1], skp.iki[0]) == 25


@pytest.mark.parametrize("text", ["kunjungan Bogor: 3 itu salah ketik, yg bener 4",
                                  "yg di Bogor 3 puskesmas tuh keliru, yang benar 4"])
def test_a_mistake_set_right_puts_right_the_entry_holding_the_old_number(text):
    reading = read_lines("kemarin supervisi pencatatan imunisasi di 3 puskesmas Bogor",
                    "fasilitasi rapat koordinasi lintas program td pagi", text)
    assert reading.link.decision is Decision.link and reading.link.candidates[0].number == 3, reading.link
    assert reading.link.continues == "c1" and reading.quantity == 4


RS_MUTU = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah unit yang diaudit kepatuhan identifikasi pasien", target="20", satuan="unit"),
    IkiDraft(indikator="Jumlah alat kesehatan yang dikalibrasi", target="200", satuan="unit")])


@pytest.mark.parametrize("text, count", [("audit identifikasi pasien di 3 poli", 3),
                                         ("audit kepatuhan identifikasi 2 instalasi: farmasi, radiologi", 2)])
def test_a_hospitals_poli_or_instalasi_counts_toward_units(text, count):
    ln = line(text)
    assert quantity(ln, read_date(ln, TODAY)[1], RS_MUTU.iki[0]) == count


def test_a_poli_is_no_unit_of_an_iki_counting_devices_in_units():
    # «unit» is only the counter of alat there: the three poli are where the devices were, not what was calibrated
    ln = line("kalibrasi alat di 3 poli")
    assert quantity(ln, read_date(ln, TODAY)[1], RS_MUTU.iki[1]) is None
    ln = line("kalibrasi 5 unit tensimeter")
    assert quantity(ln, read_date(ln, TODAY)[1], RS_MUTU.iki[1]) == 5
