"""Linking set 36's shapes (linking36), read as the chat reads a line (bot.year.logbook, each earlier line kept as
the chat keeps it): a reply pointing back at an earlier count («yg 40 tadi ralat, 44») puts that entry right; a
chat message pasted with its stamp is of the stamp's day; rows pasted together for two IKI, work a leader asks and
chat shorthand («bls») never link silently; a count glued to its word («20ampul») is read apart."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.linking import NAMED, Decision, corrected
from bot.year.models import EntryStatus, LogEntry
from tests.linked_lines import read_lines

KESLING = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah sampel air minum yang diperiksa di laboratorium", target="600", satuan="sampel"),
    IkiDraft(indikator="Jumlah depot air minum yang diinspeksi", target="40", satuan="depot"),
    IkiDraft(indikator="Persentase TPS yang memenuhi syarat kesehatan", target="80", satuan="%"),
    IkiDraft(indikator="Jumlah lokasi pemantauan kualitas udara ambien", target="24", satuan="lokasi"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85")])


@pytest.mark.parametrize("fix, count", [
    ("yg 40 tadi ralat ya, 44", 44),
    ("kak yg tadi 40 itu sebenarnya 38", 38),
    ("min yg td 40 sampel itu ada 3 yg pecah botolnya, jd 37", 37),
    ("yg pagi 40 td salah ketik, harusnya 42", 42),
])
def test_a_reply_pointing_back_at_a_count_puts_that_entry_right(fix, count):
    """The old number named after «yg» and a word of mistake, of the right one or settling it: the entry holding it
    is put right (its IKI, the right number), though another entry came after it."""
    reading = read_lines("periksa 40 sampel air minum di lab", "inspeksi depot air minum di kec. Cibinong", fix,
                         skp=KESLING)
    assert reading.link.continues == "c1" and reading.link.candidates[0].number == 1, reading.link
    assert reading.quantity == count, reading


def test_a_pointer_and_a_number_without_a_word_putting_it_right_is_no_correction():
    reading = read_lines("periksa 40 sampel air minum di lab", "yg 12 depot td lanjut inspeksi", skp=KESLING)
    assert reading.link.why != "koreksi" and reading.link.continues != "c1", reading.link


def test_the_days_of_an_entrys_date_are_no_count_a_correction_points_at():
    """«… tgl 3 sd 5» holds no 3: the correction of «bukan 3 tp 4» is the sampel entry's, not the training's."""
    reading = read_lines("periksa 3 sampel air minum kiriman pkm", "ikut pelatihan K3 laboratorium tgl 3 sd 5",
                         "koreksi yg tadi, bukan 3 tp 4", skp=KESLING)
    assert reading.link.candidates[0].number == 1 and reading.link.continues == "c1", reading.link


def test_a_correction_naming_the_old_counts_thing_goes_to_the_entry_counting_that_thing():
    """Two linked entries hold the old number («tiga titik», «3 JPL»): the one counting the thing the correction
    names after it is put right, not the latest."""
    earlier = [LogEntry(id="c1", day=date(2026, 3, 18), text="pantau udara ambien di tiga titik kawasan industri",
                        status=EntryStatus.linked, iki=KESLING.iki[3].indikator),
               LogEntry(id="c2", day=date(2026, 3, 18), text="ikut webinar sanitasi 3 JPL", status=EntryStatus.linked,
                        iki=KESLING.iki[4].indikator)]
    assert corrected(line("yg tadi bukan 3 titik tp 4"), earlier).id == "c1"


@pytest.mark.parametrize("text, day", [
    ("[08.30, 5/3/2026] Bu Ani: kemarin sdh input 20 hasil uji", date(2026, 3, 4)),
    ("Fwd:\n[09.00, 6/3/2026] Pak Budi: depot di Sukaraja sdh diinspeksi", date(2026, 3, 6)),
    ("Diteruskan\n[13.10, 2/3/26] Katim: hari ini pantau udara di 2 titik", date(2026, 3, 2)),
])
def test_a_pasted_chat_message_is_of_its_stamps_day(text, day):
    assert read_date(line(text), date(2026, 3, 9))[0] == day


def test_a_line_opening_with_a_bracket_but_no_stamp_keeps_its_own_date():
    assert read_date(line("[penting] kemarin periksa 20 sampel"), date(2026, 3, 9))[0] == date(2026, 3, 8)


FISIO = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah pasien rawat jalan yang mendapat layanan fisioterapi sesuai standar", target="900",
             satuan="pasien"),
    IkiDraft(indikator="Persentase pasien pasca stroke dengan peningkatan skor Barthel", target="80", satuan="%"),
    IkiDraft(indikator="Jumlah pasien yang mendapat edukasi home program tertulis", target="300", satuan="pasien"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85")])


def test_rows_pasted_together_for_two_iki_are_asked_the_first_rows_iki_first():
    """Rows copied from a sheet, each one IKI's work: the whole message's words lean to the second row's IKI, yet
    the first row is other work; asked, the first row's IKI first."""
    reading = read_lines("18/3\tterapi pasien rawat jalan\t11 pasien\n18/3\tedukasi home program\t4 pasien",
                         skp=FISIO)
    assert reading.link.decision is Decision.ask, reading.link
    assert [c.number for c in reading.link.candidates[:2]] == [1, 3], reading.link


def test_rows_pasted_together_for_one_iki_still_link():
    reading = read_lines("periksa sampel air minum 20 sampel\nperiksa sampel air minum 12 sampel lagi", skp=KESLING)
    assert reading.link.decision is Decision.link and reading.link.candidates[0].number == 1, reading.link


def test_work_a_leader_asks_in_a_pasted_message_is_never_linked_silently():
    reading = read_lines("Forwarded\n[10.00, 17/3/2026] Katim: Pak tolong periksa 20 sampel air minum dr pkm ya",
                         skp=KESLING)
    assert reading.link.decision is not Decision.link, reading.link


def test_bls_in_chat_is_replying_not_a_life_support_course():
    reading = read_lines("bls email dinkes soal jadwal", skp=KESLING)
    assert not (reading.link.decision is Decision.link and reading.link.candidates[0].number == 5), reading.link


@pytest.mark.parametrize("text, toks", [
    ("terima 20ampul reagen", ("terima", "20", "ampul", "reagen")),
    ("kirim 12botol sampel", ("kirim", "12", "botol", "sampel")),
    ("17an kmrn piket", ("17an", "kmrn", "piket")),
    ("ikut diklat 24JPL", ("ikut", "diklat", "24jpl")),
])
def test_a_count_glued_to_a_word_is_read_apart_and_codes_stay_whole(text, toks):
    assert line(text).toks == toks


SURVEILANS = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah puskesmas yang terintegrasi pelaporan surveilans", target="40", satuan="puskesmas"),
    IkiDraft(indikator="Persentase laporan mingguan yang tepat waktu", target="90", satuan="%"),
    IkiDraft(indikator="Jumlah kader posyandu yang dilatih deteksi dini", target="100", satuan="orang"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85")])


@pytest.mark.parametrize("text, iki", [
    ("TRNTGRS 6 PKM", 1),
    ("ltih kdr psyndu dtks dini 15 org", 3),
])
def test_words_typed_without_vowels_are_read_and_offered_never_linked_silently(text, iki):
    reading = read_lines(text, skp=SURVEILANS)
    assert reading.link.candidates and reading.link.candidates[0].number == iki, reading.link
    assert reading.link.decision is Decision.ask, reading.link


def test_chat_shorthand_the_language_reads_two_ways_is_left_alone():
    """«dpt» is dapat as well as depot: no guess from its consonants."""
    from bot.year.respell import _unvowelled

    assert _unvowelled("dpt", ("Jumlah depot air minum yang diinspeksi",)) == "dpt"
    assert _unvowelled("psyndu", ("Jumlah kader posyandu yang dilatih",)) == "posyandu"


@pytest.mark.parametrize("text, iki", [
    ("td pagi latih kader posyandu 12 orang, masukin ke ikut 3 ya", 3),
    ("rekap laporan mingguan, tolong catat ke ikut 2", 2),
])
def test_ikut_and_a_number_after_a_word_placing_the_work_is_the_iki_autocorrect_wrote(text, iki):
    reading = read_lines(text, skp=SURVEILANS)
    assert reading.link.decision is Decision.link and reading.link.candidates[0].number == iki, reading.link


def test_ikut_and_a_count_of_things_is_taking_part():
    reading = read_lines("ke ikut 3 pelatihan surveilans minggu ini", skp=SURVEILANS)
    assert reading.link.why != NAMED, reading.link


@pytest.mark.parametrize("text, count", [
    ("selasa-kamis periksa 8 sampel air minum per hari", 24),
    ("tgl 9 sd 10 uji lab 15 sampel air minum/hari", 30),
    ("periksa 8 sampel air minum per hari", 8),
    ("sekitar 40 sampel air minum diperiksa", None),
    ("selasa-kamis periksa kurleb 8 sampel air minum per hari", None),
    ("periksa tiga puluhan sampel air minum", None),
])
def test_a_count_each_day_of_a_stretch_adds_up_and_a_count_about_so_many_is_none(text, count):
    assert read_lines(text, skp=KESLING).quantity == count
