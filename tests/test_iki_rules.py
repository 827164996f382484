"""The rules on the seed deck's own indicators and on the edges the categories are defined by."""

import pytest

from bot.models import IkiDraft
from bot.rules import check_iki


def categories(indikator: str, **fields) -> set[str]:
    return {f.category.value for f in check_iki(IkiDraft(indikator=indikator, **fields)).findings}


def kind(indikator: str, **fields) -> str:
    return check_iki(IkiDraft(indikator=indikator, **fields)).kind.value


# The deck's SBBL team table: each draft and the alternative the deck proposes for it.
@pytest.mark.parametrize(
    "before, after",
    [
        ("Jumlah Pelaksanaan Advokasi dan Koordinasi LP/LS Skrining Bayi Baru Lahir",
         "Persentase Lokus Target yang menindaklanjuti rekomendasi Skrining Bayi Baru Lahir"),
        ("Jumlah Monitoring dan Evaluasi Pelaksanaan SBBL di 14 regional lokus target",
         "Persentase Hasil Monev Pelaksanaan Skrining Bayi Lahir yang ditindaklanjuti"),
        ("Persentase peserta yang mengikuti peningkatan kapasitas (Webinar) SBBL",
         "Persentase Penyelesaian Rekomendasi Monitoring dan Evaluasi Pelaksanaan SBBL"),
    ],
)
def test_deck_activity_drafts_and_their_output_alternatives(before, after):
    assert kind(before) == "activity"
    assert kind(after) == "output"


@pytest.mark.parametrize(
    "indikator",
    [
        "Nilai penerapan sistem merit aspek pengadaan",
        "Jumlah sertifikat hasil kalibrasi alat kesehatan",
        "Jumlah karya ilmiah hasil riset tentang stunting",
        "Jumlah data rekapitulasi kehadiran pegawai",
        "Persentase layanan laboratorium patologi klinik dengan waktu tunggu pelayanan kurang dari 2 jam",
        "Persentase ketersediaan kontrak kinerja yang terukur dan diturunkan dari RENSTRA pada Unit Kerja di Unit Eselon 1 yang didampingi",
        "Indeks Profesionalitas ASN",
        "Persentase Realisasi Anggaran Unit Kerja",
    ],
)
def test_deck_outputs_have_no_findings(indikator):
    assert categories(indikator) == set()


def test_process_word_as_a_qualifier_is_not_an_activity():
    assert "ACTIVITY" not in categories("Persentase rekomendasi hasil monitoring dan evaluasi pelaksanaan SBBL yang ditindaklanjuti")
    assert "ACTIVITY" in categories("Persentase pelaksanaan monitoring dan evaluasi SBBL")


@pytest.mark.parametrize("indikator, activity", [
    ("Persentase alat medis yang dilakukan PM sesuai jadwal", False),
    ("Persentase pasien HD baru yang dilakukan pengkajian awal keperawatan dalam 24 jam", False),
    ("Persentase sampel yang dilaksanakan uji ulang sesuai standar", False),
    ("Persentase puskesmas yang dilakukan pembinaan", True),  # a guided party: the activity done to it
    ("Persentase paket pengadaan yang dilaksanakan melalui e-purchasing", True),  # no service named
    ("Persentase alat yang dilakukan sesuai jadwal", True),
    ("Jumlah pasien baru HD yg dilakukan pengkajian awal keperawatan dlm 24 jam", True),  # the work done, counted
    ("Persentase peserta yang mengikuti pelatihan PM alat", True),
])
def test_a_service_done_to_a_thing_or_patient_is_not_participation(indikator, activity):
    """tester16 #6: «yang dilakukan X» on alat, pasien, sampel is the coverage of a service X done to them."""
    assert ("IKI-ACT-PARTICIPATION" in {f.rule for f in check_iki(IkiDraft(indikator=indikator)).findings}) is activity


@pytest.mark.parametrize("indikator, activity", [
    ("Persentase fasyankes yang melakukan pengelolaan limbah medis sesuai standar", False),
    ("Persentase fasyankes yang mengelola limbah medis sesuai standar", False),
    ("Persentase fasilitas pelayanan kesehatan yang melaksanakan pelayanan kefarmasian sesuai standar", False),
    ("Persentase kab/kota yang melaksanakan surveilans sentinel ILI-SARI sesuai standar", False),
    ("Persentase kabupaten/kota yang melaksanakan STBM", True),  # no standard: units that merely run it
    ("Persentase pegawai yang melaksanakan tugas sesuai standar", True),  # people: participation
    ("Persentase peserta yang mengikuti pelatihan sesuai standar", True),
    ("Jumlah puskesmas yang melaksanakan PIS-PK sesuai standar", True),  # a count, not a share of units
])
def test_units_that_run_their_work_to_a_standard_meet_it(indikator, activity):
    """tester19 #9: «fasyankes yang melakukan pengelolaan … sesuai standar» counts units meeting a standard, as
    «… yang mengelola … sesuai standar» does: the verdict does not flip with the wording."""
    found = check_iki(IkiDraft(indikator=indikator, target="80%"))
    assert ("ACTIVITY" in {f.category for f in found.findings}) is activity


def test_units_running_work_without_a_standard_are_told_to_name_it():
    found = check_iki(IkiDraft(indikator="Persentase kabupaten/kota yang melaksanakan STBM", target="80%"))
    message = next(f.message for f in found.findings if f.rule == "IKI-ACT-PARTICIPATION")
    assert "sesuai standar" in message and "post-test" not in message


@pytest.mark.parametrize("indikator, activity", [
    ("Persentase evaluasi kemampuan menelan pasien stroke yang disampaikan ke dokter tepat waktu", False),
    ("Persentase supervisi kebersihan ruang rawat yang memenuhi kriteria", False),
    ("Persentase verifikasi klaim BPJS yang diserahkan sesuai jadwal", False),
    ("Persentase pemantauan pasien HD yang dilaporkan", True),  # delivered, with no standard to meet
    ("Jumlah evaluasi gizi pasien yang disampaikan tepat waktu", True),  # counts the processes, not a share
    ("Persentase pelaksanaan supervisi ruang rawat sesuai jadwal", True),  # the process run on schedule
    ("Persentase penyusunan profil kesehatan yang memenuhi standar", True),  # made, measured by what it makes
])
def test_a_share_of_processes_delivered_to_a_standard_is_their_output(indikator, activity):
    """tester51 P3-6: a share of processes whose result is reported on time, or that meet a standard, is the same
    output shape as «Persentase SPM yang diterbitkan tepat waktu»; the process counted for its own sake is not."""
    found = {f.rule for f in check_iki(IkiDraft(indikator=indikator, target="90%")).findings}
    assert ("IKI-ACT-PROCESS" in found) is activity


def test_score_of_a_process_is_an_output():
    assert "ACTIVITY" not in categories("Nilai Indikator Kinerja Pelaksanaan Anggaran")


@pytest.mark.parametrize("opening", ["Melaksanakan", "Menyusun", "Mengoordinasikan", "Memverifikasi", "Terlaksananya"])
def test_leading_activity_words(opening):
    assert "ACTIVITY" in categories(f"{opening} pemeriksaan kesehatan gratis bayi baru lahir")


def test_leading_noun_starting_with_me_is_not_a_verb():
    assert "ACTIVITY" not in categories("Merit sistem: Nilai penerapan")


def test_counting_reports_versus_products():
    assert "REPORT_COUNT" in categories("Jumlah dokumen hasil advokasi kesehatan tingkat provinsi")
    assert "REPORT_COUNT" in categories("Jumlah rapat koordinasi lintas program imunisasi")
    assert "REPORT_COUNT" in categories("Jumlah kab/kota yang dibina", target="4 kali")
    # tester11 #14: an activity typed as the IKI, counted in «kali», is that activity, not a count of reports.
    assert categories("Melakukan monitoring dan evaluasi program imunisasi", target="12", satuan="kali") \
        == {"ACTIVITY", "NO_MEASURE"}
    assert "REPORT_COUNT" in categories("Menyusun laporan kinerja direktorat", target="1", satuan="laporan")
    assert categories("Jumlah surat edaran terkait mutasi PNS") == {"DOCUMENT_OUTPUT"}
    assert categories("Jumlah hasil analisis kesenjangan kinerja pegawai") == {"DOCUMENT_OUTPUT"}


def test_absolute_words_but_not_seluruh_nor_a_frequency():
    assert "ABSOLUTE" in categories("Persentase klaim yang setiap kali diproses tepat waktu")
    assert "ABSOLUTE" in categories("Jumlah pasien yang setiap saat terlayani")
    for period in ("hari", "bulan", "triwulan", "semester", "tahun"):
        assert "ABSOLUTE" not in categories(f"Persentase dinas kesehatan provinsi yang melapor setiap {period}")
    assert "ABSOLUTE" in categories("Persentase keluhan yang tidak pernah terlambat ditanggapi")
    assert "ABSOLUTE" not in categories("Persentase seluruh puskesmas yang melapor tepat waktu")


def test_vague_words_but_not_thresholds():
    assert "VAGUE" in categories("Persentase layanan informasi publik yang optimal")
    assert "VAGUE" in categories("Nilai kinerja unit yang lebih baik")
    assert "VAGUE" not in categories("Persentase permohonan yang diselesaikan maksimal 3 hari kerja")
    assert "VAGUE" not in categories("Persentase pegawai dengan predikat baik")


@pytest.mark.parametrize("target, fires", [("tinggi", True), ("", True), ("-", True), ("82,23", False),
                                           ("1.575.000", False), ("60%", False), (None, False), (4, False)])
def test_missing_target(target, fires):
    assert ("MISSING_TARGET" in categories("Nilai SAKIP Unit Kerja", target=target)) is fires


@pytest.mark.parametrize(
    "indikator, fields, fires",
    [
        ("Persentase usulan BMHP yang disetujui", {"satuan": "Rumusan"}, True),
        ("Persentase usulan BMHP yang disetujui", {"target": "120"}, True),
        ("Persentase usulan BMHP yang disetujui", {"target": "2 rumusan"}, True),
        ("Persentase usulan BMHP yang disetujui", {"target": "100%", "satuan": "%"}, False),
        ("Persentase usulan BMHP yang disetujui", {"target": "99,70", "satuan": "persen"}, False),
        ("Jumlah karya ilmiah hasil riset", {"satuan": "%"}, True),
        ("Jumlah karya ilmiah hasil riset", {"target": "100%"}, True),
        ("Jumlah karya ilmiah hasil riset", {"target": "2", "satuan": "Karya ilmiah"}, False),
    ],
)
def test_unit_mismatch(indikator, fields, fires):
    assert ("UNIT_MISMATCH" in categories(indikator, **fields)) is fires


def test_core_cl_needs_its_parent_code():
    assert "PARENT_MISSING" in categories("Persentase kab/kota dengan cakupan pemeriksaan kesehatan gratis >80%", jenis="CL")
    assert "PARENT_MISSING" not in categories("Persentase kab/kota dengan cakupan pemeriksaan kesehatan gratis >80%",
                                              jenis="CL", parent="IKP 5.1")


def test_messages_are_indonesian_and_say_what_to_do():
    result = check_iki(IkiDraft(indikator="Melakukan sosialisasi rekrutmen CPNS", target="tinggi"))
    assert result.findings
    for finding in result.findings:
        assert finding.message and "{" not in finding.message
    assert any("Persentase" in f.message for f in result.findings)


def test_list_numbering_is_not_read_as_part_of_the_indicator():
    assert kind("3. Persentase temuan audit yang tuntas ditindaklanjuti dalam 60 hari") == "output"
    assert kind("b) Melakukan monev SBBL") == "activity"


@pytest.mark.parametrize("indikator", ["Jumlah arsip yang dialihmediakan",
                                       "Jumlah arsip inaktif yang dipindahkan ke record center"])
def test_an_arsiparis_archives_handled_are_work_volume_not_a_report_count(indikator):
    """An arsiparis's archives are the object of the work, not a report made to prove activity (save27): how many were
    handled is the workload warning («!»), never ✗ «menghitung laporan/rapat/dokumen»."""
    result = check_iki(IkiDraft(indikator=indikator))
    assert [(f.category, f.severity) for f in result.findings] == [("WORK_VOLUME", "warning")]
    assert "REPORT_COUNT" in categories("Jumlah laporan arsip")  # a report about archives is still counted as one


@pytest.mark.parametrize("indikator", ["Jumlah pemasangan kateter yang dilakukan",
                                       "Jumlah kemoterapi yang telah dilaksanakan"])
def test_work_said_to_be_done_gets_no_training_advice(indikator):
    """tester51 P1-4: «Jumlah tindakan HD yang dilakukan» counts work done, not participants: still activity, but its
    advice is about the work's quality, never «peserta … post-test»."""
    found = check_iki(IkiDraft(indikator=indikator, target="200"))
    message = next(f.message for f in found.findings if f.rule == "IKI-ACT-PARTICIPATION")
    assert "post-test" not in message and "sesuai standar" in message
