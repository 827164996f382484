"""A count IKI's quantity read where the writer states it (link46): their own share beside a colleague's, the part of
a whole («x dari y»), a count after the state the IKI's result reaches, a region the IKI counts, and a correction with
a comma."""

from datetime import date

from bot.models import IkiDraft
from bot.year.entry_numbers import correction_numbers
from bot.year.line import line
from tests.entry_quantity import quantity_reader

_quantity = quantity_reader(date(2026, 5, 12))


SAMPEL = IkiDraft(indikator="Jumlah sampel dahak yang diperiksa dengan TCM", target="900", satuan="sampel")
LULUS = IkiDraft(indikator="Jumlah peserta pelatihan yang lulus", target="300", satuan="orang")
TERLATIH = IkiDraft(indikator="Jumlah kader kesehatan yang terlatih", target="200", satuan="orang")
KABKOTA = IkiDraft(indikator="Jumlah kab/kota yang didampingi penyusunan rencana kontinjensi", target="10",
                   satuan="kab/kota")
SESI = IkiDraft(indikator="Jumlah sesi penyuluhan kesehatan kelompok", target="24", satuan="sesi")
KADER = IkiDraft(indikator="Jumlah kader yang dilatih pemantauan jentik", target="60", satuan="kader")


def test_the_writers_own_share_beside_a_colleagues_is_their_quantity():
    assert _quantity("sampel TCM diperiksa hari ini 40, sy 25 mbak sari 15", SAMPEL) == 25
    assert _quantity("saya 9 pak budi 6 sampel dahak diperiksa TCM", SAMPEL) == 9
    # no word of the IKI's thing in the line: a share of something else
    assert _quantity("rapat bahas jadwal, sy 3 pak budi 2", SAMPEL) is None


def test_the_part_of_a_whole_counts_toward_a_count_iki():
    assert _quantity("pelatihan BHD angkatan 2, lulus 27 dr 31 peserta", LULUS) == 27
    assert _quantity("evaluasi 12 peserta, 10 dari mereka lulus", LULUS) == 10
    # a part of things the IKI never counts is no quantity of it
    assert _quantity("cek laporan alumni, baru 8 dari 20 yg lapor", LULUS) is None


def test_a_count_right_after_the_state_the_iki_reaches_counts_what_was_named_before():
    assert _quantity("selesai latih peserta gelombang 3, yg lulus 112", LULUS) == 112
    assert _quantity("pelatihan kader kesehatan batch 2, lulus 35", TERLATIH) == 35
    # the state's word with a count of other things after it: no count closing its clause
    assert _quantity("pelatihan kader kesehatan batch 2, lulus 35 modul", TERLATIH) is None


def test_a_region_after_a_place_word_counts_when_the_iki_counts_regions():
    assert _quantity("pendampingan penyusunan renkon di 4 kab/kota NTB", KABKOTA) == 4
    # a region where the work was done is no count of an IKI counting other things
    assert _quantity("penyuluhan di 3 kab", SESI) is None


def test_a_correction_with_a_comma_sets_the_right_number():
    assert correction_numbers(line("kader yg dilatih kmrn 28, bukan 26")) == (26, 28)
    assert _quantity("kader yg dilatih kmrn 28, bukan 26", KADER) == 28
    assert correction_numbers(line("eh kader td bukan 26, ada 28")) == (26, 28)
    assert _quantity("pelatihan kader mulai tgl 6, bukan 5", KADER) is None  # a day put right, no count


DARAH = IkiDraft(indikator="Jumlah kantong darah yang diterima dari donor sukarela", target="3000", satuan="kantong")
WARGA = IkiDraft(indikator="Jumlah warga yang dilatih bantuan hidup dasar", target="400", satuan="orang")


def test_a_total_said_after_the_counts_is_the_quantity():
    assert _quantity("latih BHD karang taruna 40 org, kader ikut 6 orang, jadi semuanya 46", WARGA) == 46
    assert _quantity("latih BHD warga 3 RW total 75 org", WARGA) == 75
    assert _quantity("latih BHD warga 40 org", WARGA) == 40  # no total: the count


def test_what_a_unit_got_is_what_it_received():
    assert _quantity("donor darah keliling di kampus, dpt 64 kantong", DARAH) == 64
    assert _quantity("siapkan 64 kantong kosong utk donor besok", DARAH) is None  # nothing received yet


def test_a_total_short_of_the_iki_final_state_is_no_quantity():
    assert _quantity("tagih 4 pendonor yg blm datang, total 30 kantong", DARAH) is None


def test_a_year_like_count_of_the_iki_s_own_thing_is_counted_and_a_year_is_not():
    assert _quantity("periksa 2000 sampel dahak bulan ini total", SAMPEL) == 2000  # tester48 P1-9
    assert _quantity("input 40 sampel dahak TCM ke SITB, data 2025", SAMPEL) == 40
    assert _quantity("rekap sampel dahak TCM tahun 2025", SAMPEL) is None
