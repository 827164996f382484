"""Rewrites of the ministry's common jobs as users type them: the measure fits the act, where the work happens or
goes is never glued into what is measured (rw38, found playing make chat)."""

import pytest

from bot.conversation import Engine
from bot.rewrite import passes_rules, rewrite
from bot.rewrite.work import suggest
from tests.talk import said


def _suggested(draft: str) -> list[str]:
    return [c.indikator for c in rewrite(draft).candidates]


@pytest.mark.parametrize("draft, data, system", [
    # the act is data entry: the care named is the data, never «asuhan keperawatan … yang diberikan»
    ("input askep di SIMRS", "data asuhan keperawatan", "SIMRS"),
    ("entri askep pasien ke SIMRS", "data asuhan keperawatan pasien", "SIMRS"),
    ("menginput asuhan kebidanan di aplikasi SIMRS", "data asuhan kebidanan", "aplikasi SIMRS"),
    # «di ASIK» is the system the data goes into, as «ke SITB» is
    ("input data imunisasi di ASIK", "data imunisasi", "ASIK"),
    ("input data TB ke SITB", "data TB", "SITB"),
    ("entry data balita pada e-PPGBM", "data balita", "e-PPGBM"),
    # a domain's object (lab results) input into a system is still data entry
    ("input hasil lab di LIMS", "data hasil lab", "LIMS"),
])
def test_input_into_a_system_is_data_entry_whatever_the_data_names(draft, data, system):
    found = _suggested(draft)
    assert found[0] == f"Persentase {data} yang diinput ke {system} secara lengkap dan tepat waktu", found
    assert len(found) == 3 and all(f"{data} di {system} yang" in f for f in found[1:]), found
    assert not any("diberikan" in f or f"{system} yang diinput" in f for f in found)


@pytest.mark.parametrize("draft, data, place", [
    # a place where the input is done is not a system: no destination is made of it
    ("entri data pasien di IGD", "data pasien", "IGD"),
    ("input data kunjungan di puskesmas", "data kunjungan", "puskesmas"),
    ("input data persalinan di VK", "data persalinan", "VK"),
])
def test_a_place_after_di_is_no_system_the_data_goes_into(draft, data, place):
    found = _suggested(draft)
    assert found and found[0].startswith(f"Persentase {data} ") and "yang diinput secara lengkap" in found[0], found
    assert not any(f"ke {place}" in f for f in found)


def test_the_same_line_inside_a_job_story_gets_the_same_entry_rewrites():
    tasks = suggest("tiap hari jaga bangsal sama input askep di SIMRS")
    entry = next(t for t in tasks if "SIMRS" in t.text)
    assert entry.candidates and entry.candidates[0].indikator == (
        "Persentase data asuhan keperawatan yang diinput ke SIMRS secara lengkap dan tepat waktu")
    assert all(passes_rules(c) for t in tasks for c in t.candidates)


def test_cek_proposes_the_entry_rewrites_first():
    shown = said(Engine().handle("u", "/cek input askep di SIMRS"))
    assert "Persentase data asuhan keperawatan yang diinput ke SIMRS secara lengkap dan tepat waktu" in shown
    assert "yang diberikan sesuai standar pelayanan" not in shown


@pytest.mark.parametrize("draft", ["posting berita kegiatan", "upload video edukasi ke youtube",
                                   "mengunggah infografis stunting"])
def test_content_uploaded_is_published_not_data_input(draft):
    found = _suggested(draft)
    assert found and found[0].endswith("yang dipublikasikan sesuai rencana publikasi"), found
    assert not any(f.startswith("Persentase data") for f in found)


@pytest.mark.parametrize("draft, place", [
    # where the work is done is no part of what it yields, inside the object or opening it
    ("memberikan imunisasi dasar di posyandu", "posyandu"),
    ("skrining PTM di posbindu", "posbindu"),
    ("pelayanan farmasi di apotek rawat jalan", "apotek"),
    ("penimbangan balita di posyandu", "posyandu"),
    ("menolong persalinan normal di VK", "VK"),
    ("melakukan ANC di poli KIA", "poli"),
    ("sosialisasi di puskesmas", "puskesmas"),
])
def test_a_service_point_is_never_glued_into_what_is_measured(draft, place):
    found = _suggested(draft)
    assert found and not any(place in f.split() for f in found), found


@pytest.mark.parametrize("draft, place", [("menjaga di IGD", "IGD"), ("fogging di puskesmas", "puskesmas")])
def test_work_whose_object_is_its_place_keeps_the_place(draft, place):
    found = _suggested(draft)
    assert found and all(place in f.split() for f in found), found


@pytest.mark.parametrize("draft, thing", [
    ("pelaporan kasus TB", "kasus TB"),
    ("pencatatan kelahiran", "kelahiran"),
    ("rekap absensi pegawai", "kehadiran pegawai"),
    ("melaporkan KLB ke dinkes", "KLB"),
])
def test_what_is_recorded_is_judged_by_its_data_and_report_never_as_valid_itself(draft, thing):
    found = _suggested(draft)
    assert found and found[0] == f"Persentase data {thing} yang valid dan disampaikan tepat waktu", found
    assert not any(f.startswith(f"Persentase {thing}") or f"dalam {thing}" in f for f in found)


@pytest.mark.parametrize("draft", ["menyusun laporan bulanan", "mengolah data kunjungan"])
def test_a_report_or_data_named_as_such_is_judged_as_written(draft):
    thing = draft.split(" ", 1)[1]
    assert _suggested(draft)[0] == f"Persentase {thing} yang valid dan disampaikan tepat waktu"


@pytest.mark.parametrize("draft, request_", [
    ("menangani tiket helpdesk user", "tiket helpdesk user"),
    ("penyelesaian pengaduan", "pengaduan"),
    ("menangani pengaduan masyarakat", "pengaduan masyarakat"),
    ("menangani keluhan pasien", "keluhan pasien"),
])
def test_a_request_handled_is_what_is_finished_said_once(draft, request_):
    found = _suggested(draft)
    assert found[0] == f"Persentase {request_} yang diselesaikan sesuai standar waktu layanan", found
    assert f"Rata-rata waktu penyelesaian {request_}" in found
    assert not any("yang mendapat" in f or "penyelesaian penanganan" in f for f in found)


@pytest.mark.parametrize("draft, service, unit", [
    ("pelayanan KB di puskesmas", "pelayanan KB", "Menit"),
    ("pelayanan farmasi", "pelayanan farmasi", "Menit"),
    ("pelayanan administrasi kepegawaian", "pelayanan administrasi kepegawaian", "Hari"),
])
def test_a_service_named_by_its_noun_is_said_once_and_timed_in_its_own_unit(draft, service, unit):
    found = rewrite(draft).candidates
    assert f"Indeks kepuasan penerima {service}" in [c.indikator for c in found]
    timed = [c for c in found if c.indikator.startswith("Rata-rata waktu")]
    assert timed and timed[0].satuan == unit and service in timed[0].indikator and "penyelesaian" not in timed[0].indikator
    assert not any("layanan pelayanan" in c.indikator for c in found)


@pytest.mark.parametrize("draft, handover", [
    ("timbang terima pasien antar shift", "timbang terima pasien antar shift"),
    ("serah terima pasien antar shift", "serah terima pasien antar shift"),
    ("operan jaga pasien", "operan jaga pasien"),
    ("transfer pasien ke ICU", "transfer pasien ke ICU"),
])
def test_a_patient_handover_is_judged_by_its_communication_and_record(draft, handover):
    found = _suggested(draft)
    assert found == [f"Persentase {handover} yang menggunakan komunikasi SBAR sesuai standar",
                     f"Persentase {handover} yang terdokumentasi lengkap sesuai standar"], found


@pytest.mark.parametrize("draft, passive", [
    ("mengajar mata kuliah farmakologi", "mata kuliah farmakologi yang diajarkan"),
    ("mengajar mahasiswa", "mahasiswa yang diajar"),
])
def test_what_is_taught_is_diajarkan_and_who_is_taught_diajar(draft, passive):
    found = _suggested(draft)
    assert found and all(passive in f for f in found), found


@pytest.mark.parametrize("draft, people, care", [
    ("konseling gizi ke pasien DM", "pasien DM", "konseling gizi"),
    ("konseling menyusui ke ibu nifas", "ibu nifas", "konseling menyusui"),
    ("asuhan keperawatan kepada pasien", "pasien", "asuhan keperawatan"),
])
def test_care_given_to_people_after_ke_counts_them(draft, people, care):
    assert _suggested(draft)[0] == f"Persentase {people} yang mendapat {care} sesuai standar"


@pytest.mark.parametrize("draft, product", [
    ("menyusun kajian kebijakan utk pimpinan", "kajian kebijakan"),
    ("membuat telaahan staf untuk direktur", "telaahan staf"),
    ("bikin telaahan utk kabiro", "telaahan"),
])
def test_advice_for_a_leader_is_judged_by_its_recommendations_taken_up(draft, product):
    found = _suggested(draft)
    assert found[0] == f"Persentase rekomendasi {product} yang ditindaklanjuti pimpinan", found
    assert not any("untuk" in f or "implementasi" in f for f in found)


@pytest.mark.parametrize("draft, paper", [
    ("menyiapkan bahan paparan utk rapat pimpinan", "bahan paparan"),
    ("menyusun profil kesehatan", "profil kesehatan"),
    ("menyusun draf SOP", "draf SOP"),
    ("menyusun usulan kebutuhan pegawai", "usulan kebutuhan pegawai"),
])
def test_a_working_paper_is_never_put_into_force(draft, paper):
    found = _suggested(draft)
    assert found and all(paper in f for f in found), found
    assert not any("implementasi" in f or "ditetapkan pimpinan" in f for f in found)


def test_a_generic_kind_of_work_is_filled_up_by_the_general_patterns():
    found = _suggested("menyusun kajian kebijakan utk pimpinan")
    assert len(found) == 3 and found[2] == "Persentase kajian kebijakan yang disusun sesuai standar dan tepat waktu"


@pytest.mark.parametrize("draft, judged", [
    # a process noun the patterns say as a passive, before a work word, names work: its object judged by it
    ("pemberkasan arsip aktif", "arsip aktif yang diberkaskan"),
    ("pemusnahan arsip inaktif", "arsip inaktif yang dimusnahkan"),
    ("penataan arsip inaktif", "arsip inaktif yang ditata"),
    ("membayar honor narasumber", "honorarium narasumber yang dibayar"),
    ("menyusun LPJ bendahara tiap bulan", "LPJ bendahara yang disusun"),
])
def test_everyday_clerical_work_gets_its_object_judged_never_a_dead_end(draft, judged):
    found = _suggested(draft)
    assert found and found[0].startswith(f"Persentase {judged} "), found


@pytest.mark.parametrize("draft, thing", [("menyusun renja di KRISNA", "renja"), ("membuat SPM di SAKTI", "SPM"),
                                          ("validasi data SDMK di aplikasi SISDMK", "data SDMK")])
def test_a_named_system_the_work_is_done_in_is_no_part_of_its_object(draft, thing):
    found = _suggested(draft)
    assert found and all(f" {thing}" in f for f in found), found
    assert not any(" di " in f for f in found), found


def test_a_process_noun_before_an_object_of_a_kind_keeps_that_kinds_judgement():
    assert _suggested("pengukuran kualitas udara ruangan") == [
        "Persentase hasil pemeriksaan kualitas udara ruangan yang memenuhi standar"]
    assert _suggested("pengambilan sampel darah pasien")[0] == (
        "Persentase sampel darah pasien yang ditolak karena tidak memenuhi syarat pemeriksaan")


@pytest.mark.parametrize("draft, thing", [("pelaporan narkotika psikotropika ke SIPNAP", "narkotika psikotropika"),
                                          ("kirim laporan ke SRIKANDI", "laporan")])
def test_a_named_system_after_ke_ends_the_object(draft, thing):
    found = _suggested(draft)
    assert found and all(thing in f and "ke SIPNAP" not in f and "ke SRIKANDI" not in f for f in found), found


@pytest.mark.parametrize("draft, inspected", [("IKL di rumah warga", "rumah warga"),
                                              ("inspeksi kesling di lingkungan sekolah", "lingkungan sekolah")])
def test_people_named_after_a_place_inspected_receive_no_care(draft, inspected):
    found = _suggested(draft)
    assert found and all(inspected in f and "yang mendapat" not in f for f in found), found


@pytest.mark.parametrize("draft", ["pemeriksaan jentik di rumah warga", "PJB di sekolah", "pemantauan jentik"])
def test_larvae_surveyed_are_vector_control_judged_by_the_index(draft):
    found = _suggested(draft)
    assert found and all("indeks vektor di bawah baku mutu" in f for f in found), found


@pytest.mark.parametrize("draft, device", [("troubleshooting komputer user", "komputer user"),
                                          ("install ulang PC di ruang poli", "PC")])
def test_a_computer_fixed_is_judged_as_equipment_kept_ready(draft, device):
    found = _suggested(draft)
    assert found and any(f == f"Persentase {device} dalam kondisi baik dan siap digunakan" for f in found), found


def test_people_counted_by_a_census_are_its_data():
    assert _suggested("pendataan ibu hamil di wilayah kerja")[0] == (
        "Persentase data ibu hamil yang valid dan disampaikan tepat waktu")


def test_news_coverage_is_published():
    assert _suggested("liputan kegiatan pimpinan")[0] == (
        "Persentase liputan kegiatan pimpinan yang dipublikasikan sesuai rencana publikasi")


@pytest.mark.parametrize("draft, people, care", [
    # care named without who receives it counts its usual recipients, as SPM bidang kesehatan does
    ("melakukan ANC di poli KIA", "ibu hamil", "ANC"),
    ("memberikan imunisasi dasar di posyandu", "bayi", "imunisasi dasar"),
    ("menolong persalinan normal di VK", "ibu bersalin", "pertolongan persalinan normal"),
    ("skrining PTM di posbindu", "penduduk usia produktif", "skrining PTM"),
])
def test_care_named_alone_counts_its_usual_recipients(draft, people, care):
    found = _suggested(draft)
    assert found[0] == f"Persentase {people} yang mendapat {care} sesuai standar", found


def test_a_recipient_named_wins_over_the_usual_one():
    assert _suggested("imunisasi dasar balita")[0] == "Persentase balita yang mendapat imunisasi dasar sesuai standar"


@pytest.mark.parametrize("draft, people, care", [
    ("kunjungan nifas ke rumah pasien", "pasien", "kunjungan nifas"),
    ("kunjungan neonatal", "bayi baru lahir", "kunjungan neonatal"),
    ("home care di rumah pasien stroke", "pasien stroke", "home care"),
])
def test_a_home_or_postnatal_visit_is_care_given_at_home_never_a_supervisory_visit(draft, people, care):
    found = _suggested(draft)
    assert found[0] == f"Persentase {people} yang mendapat {care} sesuai standar", found
    assert not any("rekomendasi" in f or "rumah" in f for f in found)


@pytest.mark.parametrize("draft, unit", [("menangani tiket helpdesk user", "Jam"),
                                         ("menjawab pertanyaan warganet di medsos", "Jam"),
                                         ("menangani pengaduan masyarakat", "Hari")])
def test_a_request_is_timed_in_the_unit_it_is_answered_in(draft, unit):
    timed = [c for c in rewrite(draft).candidates if c.indikator.startswith("Rata-rata waktu penyelesaian")]
    assert timed and timed[0].satuan == unit


def test_a_patients_vital_signs_observed_are_care():
    assert _suggested("observasi TTV pasien tiap shift")[0] == "Persentase pasien yang mendapat observasi TTV sesuai standar"


@pytest.mark.parametrize("draft, kit", [("maintenance jaringan LAN kantor", "jaringan LAN kantor"),
                                        ("mengelola server kantor", "server kantor")])
def test_a_network_or_a_server_is_judged_by_its_uptime_never_its_data(draft, kit):
    found = _suggested(draft)
    assert found and found[0] == f"Persentase waktu layanan {kit} dapat diakses sesuai standar (uptime)", found
    assert not any("Persentase data" in f for f in found)


def test_a_server_kept_up_is_judged_by_its_outages_handled_too():
    assert "Persentase gangguan server aplikasi yang ditangani sesuai standar waktu" in _suggested(
        "maintain server aplikasi biar ga down")


def test_evidence_gathered_is_judged_as_the_papers_it_is():
    assert _suggested("ngumpulin bukti dukung utk evaluasi RB")[0].startswith("Persentase bukti dukung ")
