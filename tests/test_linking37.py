"""Linking set 37's shapes (linking37): a count toward an IKI whose satuan is another name or a container of the
thing the line counts (counting kinds: a class taught is a pertemuan, a plan a rencana, a village a lokasi, WUS
women, FKTP fasyankes); a count closed by the IKI's final state after it («… , 40 lulus»); a state after «berhasil»
in the IKI («yang berhasil terintegrasi») reached by the line saying it; what is left after «jd»; words typed
without vowels read as the IKI's own. Money, hours and JPL stay no count."""

from datetime import date

import pytest

from bot.models import IkiDraft
from tests.entry_quantity import quantity_reader

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
