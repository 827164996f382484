"""A count IKI's quantity on the thirty-second blind set's readings (qty52): a count's unit typed in English in an
Indonesian line."""

from datetime import date

from bot.models import IkiDraft
from tests.entry_quantity import quantity_reader

_quantity = quantity_reader(date(2026, 5, 13))


BERKAS = IkiDraft(indikator="Jumlah berkas rekam medis yang dialihmediakan", target="500", satuan="berkas")
DILATIH = IkiDraft(indikator="Jumlah kader posyandu yang dilatih gizi seimbang", target="80", satuan="orang")
DOKUMEN = IkiDraft(indikator="Jumlah dokumen kontrak yang direviu", target="40", satuan="dokumen")


def test_a_count_s_unit_in_english_names_the_thing_the_indonesian_word_does():
    assert _quantity("scan rekam medis di gudang, total 75 files udh beres", BERKAS) == 75
    assert _quantity("pelatihan gizi seimbang utk kader batch 2, 25 participants ikut sampai selesai", DILATIH) == 25
    assert _quantity("reviu kontrak vendor, 4 documents udh dicek legal", DOKUMEN) == 4
    # an English word of something else after the number is no count of the IKI's thing
    assert _quantity("scan rekam medis di gudang, 3 scanners rusak", BERKAS) is None


SERTIFIKASI = IkiDraft(indikator="Jumlah bidan yang tersertifikasi PONED", target="30", satuan="orang")


def test_passing_the_exam_or_training_reaches_a_certification():
    assert _quantity("alhamdulillah 6 bidan lulus PONED, sertifikat nyusul", SERTIFIKASI) == 6
    assert _quantity("PONED batch 3 selesai, 12 bidan passed", SERTIFIKASI) == 12
    # taking part is not passing: the certification is not reached
    assert _quantity("6 bidan ikut pelatihan PONED hari pertama", SERTIFIKASI) is None


SPO = IkiDraft(indikator="Jumlah SPO pelayanan farmasi yang direviu dan ditetapkan", target="8", satuan="SPO")


def test_signing_a_document_sets_it():
    assert _quantity("reviu SPO dispensing bareng KFT, 3 SPO udh ditandatangani direktur", SPO) == 3
    assert _quantity("2 SPO farmasi udh diteken dirut hari ini", SPO) == 2
    # reviewed, not yet signed: not set
    assert _quantity("reviu 3 SPO dispensing bareng KFT, blm ditandatangani", SPO) is None


APLIKASI = IkiDraft(indikator="Jumlah aplikasi yang lulus uji penetrasi", target="20", satuan="aplikasi")


def test_a_count_after_the_state_followed_by_a_word_of_all_counts_those_that_reached_it():
    assert _quantity("pentest aplikasi SIMRS sm e-rekam: yg lulus 2 semua", APLIKASI) == 2
    assert _quantity("uji penetrasi 4 aplikasi layanan, lulus 4 semuanya", APLIKASI) == 4
    # a word other than «all» after it: the count is of something else
    assert _quantity("pentest selesai: yg lulus 3 temuan minor", APLIKASI) is None


KLOTER = IkiDraft(indikator="Jumlah kloter jemaah haji yang diperiksa kesehatan akhir di embarkasi", target="90",
                  satuan="kloter")


def test_a_flight_group_s_number_is_no_count_of_flight_groups():
    assert _quantity("pemeriksaan akhir kloter 7 pagi ini", KLOTER) is None
    assert _quantity("pemeriksaan akhir kloter 21, semua fit terbang", KLOTER) is None
    assert _quantity("pemeriksaan akhir 3 kloter (SOC 4, 5, 6)", KLOTER) == 3


KIPI = IkiDraft(indikator="Jumlah laporan kejadian ikutan pasca imunisasi yang diinvestigasi", target="12",
                satuan="laporan")
ESO = IkiDraft(indikator="Jumlah laporan monitoring efek samping obat yang dikirim", target="24", satuan="laporan")


def test_a_count_whose_unit_spells_a_run_of_the_result_s_words_counts_the_thing():
    assert _quantity("investigasi 3 KIPI di puskesmas cibinong", KIPI) == 3
    assert _quantity("kirim 4 MESO ke BPOM hari ini", ESO) == 4  # monitoring efek samping obat
    # a shorthand of something else after the count
    assert _quantity("investigasi 2 KLB campak di puskesmas cibinong", KIPI) is None
