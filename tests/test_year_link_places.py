"""Where a meeting was held never decides a logbook line's link: a room or a body named like an IKI (link28)."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.linking import Decision, link


def _skp(*rows: tuple[str, str, str]) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=i, target=t, satuan=s) for i, t, s in rows])


def _link(text: str, skp: SkpDraft, today: date = date(2026, 3, 11)):
    ln = line(text)
    return link(ln, read_date(ln, today)[1], skp)


REKAM_MEDIS = _skp(("Persentase rekam medis rawat inap lengkap dalam 2x24 jam setelah pasien pulang", "90", "%"),
                   ("Persentase koding diagnosis ICD-10 yang akurat berdasarkan audit", "95", "%"),
                   ("Jumlah permintaan resume medis yang diselesaikan", "1200", "permintaan"),
                   ("Jumlah jam pelajaran (JPL) pengembangan kompetensi yang diikuti", "20", "JPL"))

WIDYAISWARA = _skp(("Jumlah JPL mengajar pada pelatihan terakreditasi", "200", "JPL"),
                   ("Persentase peserta pelatihan dengan nilai post-test minimal 80", "85", "%"),
                   ("Jumlah modul pelatihan yang direviu dan disahkan", "4", "modul"),
                   ("Persentase alumni pelatihan yang dievaluasi pasca pelatihan", "70", "%"),
                   ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))


@pytest.mark.parametrize("text, skp", [("kmrn rapat di komite rekam medis", REKAM_MEDIS),
                                       ("td meeting di ruang rekam medis", REKAM_MEDIS),
                                       ("zoom di komite rekam medis", REKAM_MEDIS),
                                       ("kmrn rapat di ruang evaluasi bahas jadwal diklat april", WIDYAISWARA),
                                       ("briefing di komite rekam medis", REKAM_MEDIS)])
def test_a_meeting_named_only_by_where_it_was_held_asks(text, skp):
    # the head is a meeting and nothing more; the room or the body met names the IKI, never the work
    found = _link(text, skp)
    assert found.decision is Decision.ask and found.why == "tempat rapat", found


@pytest.mark.parametrize("text, skp, number", [
    ("rapat di ruang komite bahas kelengkapan rekam medis rawat inap", REKAM_MEDIS, 1),
    ("verifikasi kelengkapan rekam medis ranap di ruang filing", REKAM_MEDIS, 1),
    ("rapat di aula bahas evaluasi pasca pelatihan alumni", WIDYAISWARA, 4),
])
def test_a_meeting_whose_work_is_named_beside_the_place_still_links(text, skp, number):
    # the topic after «bahas», or a head naming the work, decides as before
    found = _link(text, skp)
    assert found.decision is Decision.link and found.candidates[0].number == number, found


CSSD = _skp(("Persentase set instrumen steril yang lolos uji indikator biologis", "100", "%"),
            ("Persentase permintaan instrumen steril kamar operasi yang dipenuhi tepat waktu", "95", "%"),
            ("Persentase mesin sterilisasi yang terkalibrasi sesuai jadwal", "100", "%"),
            ("Persentase staf CSSD yang mengikuti pelatihan sterilisasi", "80", "%"),
            ("Persentase realisasi anggaran Instalasi CSSD", "95", "%"))


@pytest.mark.parametrize("text", ["yesterday prepared instrument sets buat OK cito, all delivered < 30 min",
                                  "siapkan set instrumen steril utk OK cito, semua < 30 menit",
                                  "td siapin 6 set instrumen steril, semua sampai dalam 20 menit",
                                  "siapin set instrumen buat OK, semua < 15 menit"])
def test_a_bound_of_time_met_asks_beside_the_iki_held_to_time(text):
    # the best names the set and the instrument, the other the instrument only; the time met is the other's, held
    # to a time («tepat waktu»), never the best's
    found = _link(text, CSSD)
    assert found.decision is Decision.ask and found.why == "waktu IKI lain", found
    assert [c.number for c in found.candidates][:2] == [1, 2], found


def test_the_set_without_a_bound_of_time_still_links():
    found = _link("uji indikator biologis 12 set instrumen steril, lolos semua", CSSD)
    assert found.decision is Decision.link and found.candidates[0].number == 1, found


def test_a_bound_of_time_beside_an_iki_held_to_time_itself_still_links():
    # «Rata-rata waktu …» holds its result to a time: the best is the time's own IKI, nothing to ask
    skp = _skp(("Persentase pengaduan masyarakat yang diselesaikan ≤ 14 hari kerja", "90", "%"),
               ("Rata-rata waktu respons awal pengaduan melalui SP4N-LAPOR!", "24", "jam"),
               ("Nilai indeks kepuasan pelapor terhadap penanganan pengaduan", "3.5", "indeks"))
    found = _link("respon awal 31 aduan LAPOR hari ini, semua <24 jam", skp)
    assert found.decision is Decision.link and found.candidates[0].number == 2, found


KRISIS = _skp(("Persentase kab/kota binaan yang mampu melakukan penanggulangan krisis kesehatan", "80", "%"),
              ("Jumlah kab/kota yang didampingi pembentukan PSC 119", "10", "kab/kota"),
              ("Persentase kab/kota binaan yang memiliki rencana kontinjensi yang disahkan", "70", "%"),
              ("Persentase kejadian krisis kesehatan yang direspon dalam 24 jam", "100", "%"),
              ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))


@pytest.mark.parametrize("text", [
    "kemarin rapat di posko krisis provinsi bahas renkon kab cianjur sekalian ngecek kesiapan PSC 119 cianjur",
    "td rapat di posko krisis bahas rencana kontinjensi kab garut sekalian cek PSC 119 garut"])
def test_a_question_about_a_meeting_offers_first_what_it_names_without_its_place(text):
    # «posko krisis» is where the meeting sat; the renkon is its first work
    found = _link(text, KRISIS)
    assert found.decision is Decision.ask and found.candidates[0].number == 3, found


def test_a_body_met_with_is_no_place():
    # «dgn»: whom the work was done with, maybe the work's own partner («koordinasi dgn IFK soal vaksin»)
    for text in ("zoom dgn komite rekam medis", "koordinasi dgn komite rekam medis soal kelengkapan rekam medis ranap"):
        found = _link(text, REKAM_MEDIS)
        assert found.why != "tempat rapat", found
