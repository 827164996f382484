"""A count IKI's quantity where the thirty-third blind set writes it (qty56): a dozen as a word, staff as the
petugas counted, materi KIE by its media, a sum whose first item's name runs long, places listed after a dotted
«kab.», hospitals named one by one."""

from datetime import date

from bot.models import IkiDraft
from bot.year.line import line
from tests.entry_quantity import quantity_reader

_quantity = quantity_reader(date(2026, 5, 13))

TERLATIH = IkiDraft(indikator="Jumlah tenaga promosi kesehatan daerah yang dilatih", target="100", satuan="orang")
PETUGAS = IkiDraft(indikator="Jumlah petugas kesehatan yang dilatih kesehatan matra", target="100", satuan="orang")
KIE = IkiDraft(indikator="Jumlah materi KIE yang terverifikasi dan dipublikasikan", target="24", satuan="materi")


def test_a_dozen_written_as_a_word_is_twelve():
    assert line("peserta selusin org").toks == ("peserta", "12", "org")
    assert line("dua lusin botol").toks == ("24", "botol")
    assert _quantity("pelatihan kader promkes, peserta selusin org", TERLATIH) == 12
    assert _quantity("latih dua lusin org petugas promkes kab", TERLATIH) == 24


def test_staff_in_an_english_line_are_the_petugas_counted():
    assert _quantity("Trained 25 puskesmas staff on heat stress, Mon-Tue", PETUGAS) == 25
    assert _quantity("Trained 18 hospital staff on altitude sickness", PETUGAS) == 18
    # staff of no training counted: another thing's number
    assert _quantity("Trained 25 puskesmas staff on heat stress, 3 modules", KIE) is None


def test_materi_kie_named_by_its_media_counts_when_published():
    assert _quantity("finalisasi 3 poster gizi seimbang, udh diupload di web", KIE) == 3
    assert _quantity("desain 5 leaflet hipertensi, udh naik di web promkes", KIE) == 5
    # not published yet: no count of the IKI's final state
    assert _quantity("desain 5 leaflet hipertensi, msh draf", KIE) is None


def test_a_sum_adds_a_second_item_after_a_long_name_of_the_first():
    assert _quantity("finalisasi 4 poster cuci tangan pake sabun + 2 infografis hipertensi, udh naik di web",
                     KIE) == 6
    assert _quantity("upload 2 leaflet gizi ibu hamil + 1 booklet", KIE) == 3
    # the second count of another thing: no sum
    assert _quantity("upload 2 leaflet gizi ibu hamil + 30 peserta", KIE) == 2

RS = IkiDraft(indikator="Jumlah RS yang didampingi penguatan PONEK", target="10", satuan="RS")
KAB = IkiDraft(indikator="Jumlah kab/kota yang dibina penguatan surveilans berbasis laboratorium", target="10",
               satuan="kab/kota")


def test_hospitals_named_one_by_one_count():
    assert _quantity("supervisi PONEK RSUD Labuang Baji sm RS Haji, dokumen terlampir", RS) == 2
    assert _quantity("pendampingan PONEK RSUD Wates & RSUD Wonosari & RSUP Sardjito", RS) == 3
    # one hospital named: no list, no count read (earlier sets' reading of one item named without a numeral)
    assert _quantity("pendampingan PONEK di RSUD Wates", RS) is None


def test_work_that_did_not_happen_has_no_quantity():
    assert _quantity("bimtek surveilans ke kab Jember & kab Banyuwangi ditunda", KAB) is None
    assert _quantity("bimtek surveilans ke 2 kab batal, diundur bulan depan", KAB) is None
    assert _quantity("supervisi PONEK RSUD Wates sm RS Haji ga jadi, direkturnya rapat", RS) is None
    # the part done keeps its count
    assert _quantity("bimtek surveilans 3 kab, 1 kab ditunda", KAB) == 3
    assert _quantity("bimtek surveilans ke kab Jember & kab Banyuwangi", KAB) == 2

SANTUN = IkiDraft(indikator="Jumlah puskesmas yang menyelenggarakan pelayanan santun lansia", target="20",
                  satuan="puskesmas")
PASIEN = IkiDraft(indikator="Jumlah pasien pascarawat yang dipantau melalui telemonitoring", target="200",
                  satuan="pasien")
SEDIAAN = IkiDraft(indikator="Jumlah sediaan darah malaria yang dilakukan uji silang", target="500", satuan="sediaan")


def test_a_line_pointing_back_at_earlier_work_sets_its_right_count():
    assert _quantity("yg puskesmas garut tadi ternyata satu blm siap, jd 3 aja", SANTUN) == 3
    assert _quantity("yg pasien kmrn koreksi ya, cm 13, 2 org ga angkat telp", PASIEN) == 13
    assert _quantity("yg telemonitoring tadi cuma 9 pasien", PASIEN) == 9
    # no pointing back at earlier work: «cuma» is no correction
    assert _quantity("pantau 15 pasien, cuma 2 yg ga angkat", PASIEN) == 15


def test_slides_of_a_malaria_lab_are_its_sediaan():
    assert _quantity("uji silang 80 slide kab keerom beres", SEDIAAN) == 80
    assert _quantity("baca ulang 45 preparat dr puskesmas", SEDIAAN) == 45

ALAT = IkiDraft(indikator="Jumlah alat kesehatan yang dikalibrasi dan bersertifikat", target="500", satuan="alat")


def test_two_counts_of_the_thing_joined_by_a_word_of_and_add_up():
    assert _quantity("kalibrasi 18 infusion pump & 7 syringe pump di RSUD, sertifikat udh terbit", ALAT) == 25
    assert _quantity("upload 4 poster dan 2 infografis ke web promkes", KIE) == 6
    # a count of something else after «dan»: no sum
    assert _quantity("upload 4 poster dan 2 video pendek ke web promkes", KIE) == 4
    assert _quantity("kalibrasi 18 infusion pump dan 3 teknisi ikut, sertifikat terbit", ALAT) == 18

NAKES = IkiDraft(indikator="Jumlah tenaga kesehatan yang dilatih", target="300", satuan="orang")


def test_an_english_word_names_the_kind_its_indonesian_word_does():
    assert _quantity("Trained 30 nurses on BTCLS", NAKES) == 30
    assert _quantity("Trained 12 nurses from 4 puskesmas on PONED", NAKES) == 12
    assert _quantity("Trained 30 nurses on BTCLS", KIE) is None

BERKAS = IkiDraft(indikator="Jumlah berkas usulan kenaikan pangkat yang diverifikasi", target="500", satuan="berkas")


def test_hours_after_a_clock_word_are_a_time_span_never_a_count():
    assert _quantity("dr jam 8 sampe 12 verif berkas KP", BERKAS) is None
    assert _quantity("dr jam 13 sampai jam 16 verif berkas KP", BERKAS) is None
    assert _quantity("jam 8-12 verif 30 berkas KP", BERKAS) == 30
    # a number after the thing, no clock word before it: the count
    assert _quantity("verif berkas KP 12 sampe sore", BERKAS) == 12


def test_an_hour_with_its_part_of_the_day_spans_the_night():
    from bot.year.entry_numbers import durations
    assert durations(line("jaga dr jam 6 sore sampe 6 pagi")) == [(3, 720), (6, 0)]
    assert durations(line("lembur jam 7 malam sampai jam 11")) == [(2, 240), (6, 0)]
