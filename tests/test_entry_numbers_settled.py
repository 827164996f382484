"""A count IKI's quantity read where link48 found it stated: the right count a correction settles («… ternyata 58»,
«yg bener 61»), places and labelled things named one by one («kab Cianjur & kab Garut», «kloter 12 sama 13») and a
number that is part of a name the IKI writes («PSC 119»)."""

from datetime import date

from bot.models import IkiDraft
from bot.year.entry_numbers import settled_number
from bot.year.line import line
from tests.entry_quantity import quantity_reader

_quantity = quantity_reader(date(2026, 5, 13))


BERKAS = IkiDraft(indikator="Jumlah berkas klaim JKN yang diverifikasi", target="3000", satuan="berkas")
KLOTER = IkiDraft(indikator="Jumlah kloter yang mendapat edukasi kesehatan haji", target="40", satuan="kloter")
PSC = IkiDraft(indikator="Jumlah kab/kota yang didampingi pembentukan PSC 119", target="10", satuan="kab/kota")
ANGKATAN = IkiDraft(indikator="Jumlah angkatan pelatihan yang diselenggarakan sesuai kurikulum", target="6",
                    satuan="angkatan")


def test_a_correction_settles_the_right_count_after_its_settling_word():
    assert _quantity("ralat yg 60 berkas td ternyata 58", BERKAS) == 58
    assert _quantity("eh yg klaim td ternyata 41, 1 dobel", BERKAS) == 41
    assert _quantity("td sy tulis 62 berkas, yg bener 61", BERKAS) == 61
    assert _quantity("ralat, 2 berkas belum diverif, jd total 30", BERKAS) == 30


def test_a_settling_word_outside_a_correction_settles_nothing():
    # «ternyata» in a line of new work tells what was found, not the count put right
    assert settled_number(line("verifikasi 20 berkas klaim, ternyata 3 ga lengkap")) is None
    assert _quantity("verifikasi 20 berkas klaim, ternyata 3 ga lengkap", BERKAS) == 20


def test_places_named_one_by_one_count_toward_a_region_iki():
    assert _quantity("fasilitasi renkon kab Cianjur & kab Garut, dua2nya udh didampingi", PSC) == 2
    assert _quantity("pendampingan kab garut, kab tasik dan kota banjar", PSC) == 3
    # one place named is no list: nothing counted
    assert _quantity("pendampingan kab garut", PSC) is None


def test_a_number_of_a_name_the_iki_writes_is_no_count():
    assert _quantity("pendampingan PSC 119 kab garut dan kab tasik 4-6 mei", PSC) == 2
    assert _quantity("pendampingan PSC 119 di 3 kab", PSC) == 3


def test_labels_listed_after_the_counted_thing_count_the_things():
    assert _quantity("kloter 12 sama 13 udh dapet penyuluhan heat stroke", KLOTER) == 2
    assert _quantity("penyuluhan kloter 7 dan 8 dan 9", KLOTER) == 3
    # a batch's label and its participants after a comma: no labels listed
    assert _quantity("opening pelatihan angkatan 3, 30 peserta", ANGKATAN) is None


JDIH = IkiDraft(indikator="Jumlah produk hukum yang diunggah ke JDIH Kemenkes", target="150", satuan="produk hukum")


def test_a_legal_product_named_by_its_form_counts_as_a_produk_hukum():
    assert _quantity("upload 15 kepmenkes ke JDIH td sm metadatanya", JDIH) == 15
    assert _quantity("upload 9 permenkes + 3 kepmenkes ke JDIH", JDIH) == 12
    assert _quantity("upload 4 foto kegiatan ke JDIH", JDIH) is None


FASYANKES = IkiDraft(indikator="Jumlah fasyankes yang terintegrasi dan mengirim data ke SATUSEHAT", target="40",
                     satuan="fasyankes")


def test_a_done_word_before_the_success_leaves_the_part_that_reached_it():
    assert _quantity("onboarding 7 klinik pratama, 5 udh lulus sandbox & kirim data", FASYANKES) == 5
    assert _quantity("onboarding 7 klinik pratama, 5 lulus sandbox", FASYANKES) == 5


RETENSI = IkiDraft(indikator="Jumlah berkas rekam medis in-aktif yang diretensi", target="5000", satuan="berkas")


def test_lines_pasted_in_one_message_each_counting_add_up():
    assert _quantity("retensi berkas in-aktif 250 berkas\nlanjut retensi 120 berkas lg abis istirahat", RETENSI) == 370
    # the same words on one line: the count beside the thing, no sum
    assert _quantity("retensi berkas in-aktif 250 berkas lanjut retensi 120 berkas lg", RETENSI) == 250
    # a second line counting nothing leaves the first line's count
    assert _quantity("retensi 250 berkas\nrapat tim sore", RETENSI) == 250


SERTIFIKAT = IkiDraft(indikator="Jumlah sertifikat hasil kalibrasi alat kesehatan yang diterbitkan", target="800",
                      satuan="sertifikat")


def test_a_count_of_drafts_is_no_result():
    assert _quantity("paraf 30 draft sertifikat buatan staf, tinggal ttd kasi", SERTIFIKAT) is None
    assert _quantity("ttd 30 sertifikat kalibrasi, terbit semua", SERTIFIKAT) == 30
