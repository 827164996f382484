"""A count IKI's quantity where set 31 writes it (link49): a count of one as a word, the day of a work that spans
days no count, a correction taken back with a particle, a correction line's one count its total, a negated promise
no promise."""

from datetime import date

from bot.models import IkiDraft
from bot.year.entry_numbers import correction_numbers
from bot.year.line import line
from tests.entry_quantity import quantity_reader

_quantity = quantity_reader(date(2026, 5, 12))


REKOMENDASI = IkiDraft(indikator="Jumlah rekomendasi kebijakan hasil monev implementasi kerja sama", target="4",
                       satuan="rekomendasi")
SATKER = IkiDraft(indikator="Jumlah satker UPT vertikal yang dimonev capaian output", target="20", satuan="satker")
KURIKULUM = IkiDraft(indikator="Jumlah kurikulum pelatihan teknis yang direviu", target="6", satuan="kurikulum")
AUDIT = IkiDraft(indikator="Jumlah audit kepatuhan hitung kasa dan instrumen", target="24", satuan="audit")
NASKAH = IkiDraft(indikator="Jumlah naskah kerja sama bilateral yang ditandatangani", target="4", satuan="naskah")
RENKON = IkiDraft(indikator="Jumlah kabupaten/kota yang menetapkan rencana kontinjensi bidang kesehatan", target="6",
                  satuan="kab/kota")
LULUS = IkiDraft(indikator="Jumlah tenaga cadangan kesehatan yang dilatih", target="300", satuan="orang")


def test_a_word_of_one_before_the_counted_thing_counts_one():
    assert _quantity("nyusun sebuah rekomendasi kebijakan dr hasil monev kerja sama dgn Jepang", REKOMENDASI) == 1
    assert _quantity("Did a virtual monev with RSUP Kandou on their output, one satker done", SATKER) == 1
    # «satu» before a word of something else stays a word
    assert _quantity("mau upload ADK revisi ke SATU DJA tp aplikasinya maintenance", SATKER) is None
    assert _quantity("rapat rekomendasi, satu pihak blm setuju", REKOMENDASI) is None


def test_a_number_after_hari_opening_the_line_is_the_day_of_the_work():
    assert _quantity("hari 1 reviu kurikulum pelatihan perawat jiwa bareng tim Ditjen SDMK, lanjut besok",
                     KURIKULUM) is None
    assert _quantity("reviu 3 kurikulum pelatihan perawat jiwa", KURIKULUM) == 3
    # «per hari» does not open a clause: the count stands
    assert _quantity("reviu kurikulum per hari 2 kurikulum", KURIKULUM) == 2


def test_a_correction_taken_back_with_a_particle_sets_the_number_after_the_comma():
    assert correction_numbers(line("audit kemarin bukan 1 ding, 2: OK 5 sm OK 7"), particles=True) == (1, 2)
    assert _quantity("audit kemarin bukan 1 ding, 2: OK 5 sm OK 7", AUDIT) == 2


def test_a_line_opening_a_correction_with_one_count_carries_the_corrected_total():
    assert _quantity("ralat yg tadi siang: yg diteken di Hanoi ada 2, MoU sama implementing arrangement nya",
                     NASKAH) == 2
    # the corrected total comes first, what explains it after
    assert _quantity("koreksi yg lulus 81, 3 org ga ikut post test", LULUS) == 81
    # no word of mistake opening it: no total read from a bare count
    assert _quantity("yg diteken di Hanoi ada 2, MoU sama implementing arrangement nya", NASKAH) is None


def test_a_negated_promise_leaves_the_count_of_places_named():
    assert _quantity("fasilitasi renkon banjir buat kab bekasi sama kota bekasi dari pagi sampe magrib alot soalnya "
                     "logistik belum sepakat tapi akhirnya dokumennya udah diteken bupati sama walkot", RENKON) == 2
    assert _quantity("pendampingan renkon 3 kab sepakat lengkapi dokumen", RENKON) is None


FASYANKES = IkiDraft(indikator="Jumlah fasyankes yang mendapat layanan kalibrasi di lokasi (in situ)", target="12",
                     satuan="fasyankes")


def test_a_count_after_the_place_where_the_work_was_done_counts_what_was_done_there():
    assert _quantity("kalibrasi in situ di RSUD Pirngadi 47 alat (infus pump, syringe pump), sertifikat nyusul",
                     FASYANKES) is None
    assert _quantity("kalibrasi in situ di 3 RSUD minggu ini", FASYANKES) == 3


PERAWAT = IkiDraft(indikator="Jumlah perawat ICU yang lulus kredensial kompetensi", target="20", satuan="perawat")


def test_an_english_pass_reaches_the_state_of_those_who_passed():
    assert _quantity("Credentialing exam for 3 nurses, all passed", PERAWAT) == 3
    # not yet passed: no one reached it
    assert _quantity("Credentialing exam for 3 nurses, results next week", PERAWAT) is None


KALIBRATOR = IkiDraft(indikator="Jumlah alat standar (kalibrator) yang dikalibrasi ulang di laboratorium acuan",
                      target="10", satuan="alat")
PERAWAT_BARU = IkiDraft(indikator="Jumlah perawat baru yang lulus uji kompetensi ventilator setelah preceptorship",
                        target="12", satuan="orang")


def test_a_word_of_both_with_no_count_counts_the_two():
    assert _quantity("got back our electrical safety analyzer and reference thermometer from the accredited lab, "
                     "both recalibrated", KALIBRATOR) == 2
    assert _quantity("preceptor Ns. Dina & Ns. Yoga, keduanya lulus uji ventilator hari ini", PERAWAT_BARU) == 2
    # both of them, but the state the IKI counts not reached
    assert _quantity("preceptor Ns. Dina & Ns. Yoga, keduanya blm lulus uji ventilator", PERAWAT_BARU) is None
