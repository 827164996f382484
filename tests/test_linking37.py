"""Linking set 37's shapes (linking37): a count toward an IKI whose satuan is another name or a container of the
thing the line counts (counting kinds: a class taught is a pertemuan, a plan a rencana, a village a lokasi, WUS
women, FKTP fasyankes); a count closed by the IKI's final state after it («… , 40 lulus»); a state after «berhasil»
in the IKI («yang berhasil terintegrasi») reached by the line saying it; what is left after «jd»; words typed
without vowels read as the IKI's own. Money, hours and JPL stay no count."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from tests.entry_quantity import quantity_reader
from tests.linked_lines import read_lines

_quantity = quantity_reader(date(2026, 5, 14))  # a Thursday

KULIAH = IkiDraft(indikator="Jumlah pertemuan praktikum yang terlaksana sesuai jadwal", target="120", satuan="pertemuan")
PLANNING = IkiDraft(indikator="Jumlah rencana terapi radiasi yang diverifikasi", target="500", satuan="rencana")
SURVEI = IkiDraft(indikator="Jumlah lokasi pemetaan vektor yang selesai", target="20", satuan="lokasi")
IVA = IkiDraft(indikator="Jumlah perempuan usia 30-50 tahun yang diperiksa IVA", target="900", satuan="orang")
INTEGRASI = IkiDraft(indikator="Jumlah fasyankes yang berhasil terhubung dan terintegrasi rekam medis elektronik",
                     target="60", satuan="fasyankes")
LULUS = IkiDraft(indikator="Jumlah kader posyandu yang lulus pelatihan dasar", target="300", satuan="orang")
PRODUKSI = IkiDraft(indikator="Jumlah kantong plasma yang diproduksi sesuai standar", target="2000", satuan="kantong")
POSBINDU = IkiDraft(indikator="Jumlah posbindu PTM yang dibina", target="30", satuan="posbindu")


@pytest.mark.parametrize("text, iki, count", [
    ("td pagi ngampu 3 kelas praktikum anatomi", KULIAH, 3),
    ("rabu-kamis isi 2 sesi praktikum per hari", KULIAH, 4),
    ("cek 9 plan VMAT pasien ca serviks", PLANNING, 9),
    ("pemetaan jentik di 4 desa kec. Alok tuntas", SURVEI, 4),
    ("kmrn periksa IVA 27 WUS di posyandu mawar", IVA, 27),
    ("sdh integrasi 5 FKTP kab sleman", INTEGRASI, 5),
])
def test_a_count_of_another_name_of_the_satuan_counts(text, iki, count):
    assert _quantity(text, iki) == count


def test_the_counted_things_state_closing_a_later_clause_counts_them():
    """«…, 40 lulus»: the count before the IKI's final state, the thing named before it in the line."""
    assert _quantity("pelatihan dasar kader posyandu gelombang 2 beres, 40 lulus", LULUS) == 40
    assert _quantity("pelatihan dasar kader posyandu gelombang 2 beres, 40 peserta", LULUS) is None


def test_a_state_the_iki_says_after_berhasil_is_reached_when_the_line_says_it():
    assert _quantity("pendampingan 6 klinik pratama, semuanya sdh terintegrasi", INTEGRASI) == 6
    assert _quantity("pendampingan 6 klinik pratama, blm terintegrasi", INTEGRASI) is None


def test_what_is_left_after_jd_is_the_count():
    assert _quantity("produksi 40 kantong plasma, 3 rusak jd 37", PRODUKSI) == 37


def test_words_typed_without_vowels_are_read_as_the_ikis_own():
    assert _quantity("BINA PSBNDU 6 UNIT", POSBINDU) == 6


@pytest.mark.parametrize("text", [
    "bimtek pembinaan posbindu 16 JPL",
    "belanja bahan posbindu Rp 450.000",
    "pembinaan posbindu 3 jam",
])
def test_money_hours_and_jpl_stay_no_count(text):
    assert _quantity(text, POSBINDU) is None


MATA = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah operasi katarak yang dilakukan", target="600", satuan="operasi"),
    IkiDraft(indikator="Persentase pasien pascaoperasi katarak dengan tajam penglihatan membaik", target="85",
             satuan="%"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85")])


@pytest.mark.parametrize("text, count", [
    ("td op katarak 7 pasien di OK 2", 7),
    ("operasi katarak 12 pasien hari ini lancar", 12),
    ("senin-selasa phaco 4 pasien per hari", 8),
])
def test_an_operation_given_to_patients_counts_the_operations(text, count):
    """An operation is done once per patient (counting procedure_heads): «op katarak 7 pasien» is 7 operations, never
    a silent link to the share of patients after it."""
    reading = read_lines(text, skp=MATA)
    assert reading.link.candidates[0].number == 1, reading.link
    assert reading.quantity == count, reading


def test_a_count_settled_after_so_in_english_is_the_count():
    assert _quantity("did 9 cataract surgeries, 2 postponed so 7 in the end", MATA.iki[0]) == 7


def test_a_correction_is_of_the_day_of_the_entry_it_puts_right():
    """«yg td …» points back, no day: the correction keeps the corrected entry's day; a day it names itself stands."""
    from bot.year.logbook import read_entry
    from bot.year.models import EntryStatus, LogEntry

    monday = LogEntry(id="c1", day=date(2026, 3, 16), text="op katarak 6 pasien", status=EntryStatus.linked,
                      iki=MATA.iki[0].indikator)
    fixed = read_entry("yg td bukan 6 tp 8 ya", date(2026, 3, 18), MATA, earlier=[monday])
    assert fixed.link.continues == "c1" and fixed.day == date(2026, 3, 16), fixed
    named = read_entry("yg td bukan 6 tp 8, kemarin", date(2026, 3, 18), MATA, earlier=[monday])
    assert named.day == date(2026, 3, 17), named
