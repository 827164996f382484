"""Answers users read (q39): dev28's misses by the reading they need, each class checked with phrasings of its own
(each test failed before its fix)."""

import pytest

from bot.retrieval.claims import contradicted, verdict_lead
from bot.retrieval.limits import counted, past_allowed_lead
from bot.retrieval.question_parts import how_objects
from bot.retrieval.respell import respelled


@pytest.mark.parametrize("question, lead", [
    # a fault denied approves («ga masalah», «ga salah», «ga keliru»: KBBI «tidak apa-apa», tidak mengapa)
    ("sy perawat di RS vertikal, IKI 'Persentase pasien rawat inap yang dilayani sesuai standar' kata karu ga "
     "masalah. bener ga masalah?", "Ya."),
    ("sy analis kesehatan, IKI 'Jumlah rapat koordinasi yang diikuti' kata atasan ga salah. beneran ga salah?",
     "Tidak."),
    # a permission asked last of the quote («jadi boleh ya?», «jd gpp ya?») asks whether it may stand
    ("ga keliru kan kalau IKI sy ga pake persentase? sy isi 'jumlah sertifikat hasil kalibrasi alkes'. jadi gpp ya?",
     "Ya."),
    ("IKI sy ga pake persen. sy pake 'Jumlah laporan kegiatan yang dikirim'. jd boleh kan?", "Tidak."),
    # who asks, told in a sentence before the quote, is no part of what is asked
    ("pranata komputer nih. 'Persentase layanan lab patologi klinik dgn waktu tunggu < 2 jam' itu contoh IKI yg "
     "bener kan?", "Ya."),
    # a kind named before the quote names it; approval is what is asked
    ("IKI kegiatan kyk 'terlaksananya rapat koordinasi lintas program' masih dipakai kan buat SKP tahun ini?",
     "Tidak."),
])
def test_a_longer_message_asking_whether_its_quoted_iki_stands_gets_the_rules_verdict(question, lead):
    """dev28: «… kata katim ga masalah. beneran ga masalah?», «… jadi boleh ya?» and a persona sentence before the
    quote were past `verdict_words`, or asked with no approving word: no lead."""
    assert verdict_lead(question) == lead


@pytest.mark.parametrize("question", [
    "gmn cara ubah IKI lama sy 'jumlah monev pelaksanaan SBBL di 14 regional' biar jd output?",  # asks how
    "is it ok if my IKI is just attendance? like 'persentase kehadiran tepat waktu'",  # approval not of the quote
    "IKI sy 'Persentase sampel yang diperiksa tepat waktu', boleh diubah tengah tahun ga?",  # a permission of a change
    "sy perawat di RS, IKI sy 'Persentase pasien yang dilayani sesuai standar', trus ga masalah kan kalau targetnya "
    "100%?",  # asks of its target
])
def test_a_quote_in_a_message_asking_something_else_gets_no_verdict(question):
    assert verdict_lead(question) == ""


@pytest.mark.parametrize("question, lead", [
    ("sy sanitarian, IKI 'Jumlah dokumen yang diarsipkan' kata katim ga masalah. beneran ga masalah?", "Tidak."),
    ("ga salah kan IKI sy ga pakai persen? sy pakai 'jumlah sertifikat hasil kalibrasi alkes'. jadi boleh ya?", "Ya."),
])
def test_the_verdict_leads_the_answer(shared_retriever, question, lead):
    assert shared_retriever.ask(question).answer.startswith(lead)


PERILAKU = ("Perilaku kerja dalam SKP JPT, JA, dan JF memakai nilai BerAKHLAK, tujuh core value ASN, yaitu Berorientasi "
            "Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, dan Kolaboratif, masing-masing dengan tiga "
            "panduan perilaku.")


@pytest.mark.parametrize("question, lead", [
    ("perilaku kerja BerAKHLAK itu masuk SKP jg ya?", "Ya."),
    ("perilaku kerja termasuk SKP kan?", "Ya."),
    ("perilaku kerja tuh bagian dari SKP ya?", "Ya."),
    ("BerAKHLAK masuk SKP jg ya?", ""),  # named in the sentence, not placed in the SKP by it
    ("perilaku kerja masuk RHK ya?", ""),  # placed in another whole
])
def test_a_term_placed_in_a_whole_by_the_answer_is_part_of_it(question, lead):
    """dev28: «Perilaku kerja dalam SKP …» says perilaku kerja is part of the SKP; «… masuk SKP jg ya?» had no lead."""
    assert contradicted(question, PERILAKU) == lead


COUNT_LIMIT = ("Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI menurut Surat Sekjen untuk SKP "
               "2026; bila lebih dari 10, jumlahnya harus disesuaikan (adjustment) bersama unit Eselon I terkait.")


@pytest.mark.parametrize("question, lead", [
    ("sy pranata komputer, IKI sy 11. berarti ga boleh sama sekali ya?", "Tidak."),
    ("IKI lebih dari 10 sama sekali ga boleh ya?", "Tidak."),
    ("IKI sy 13. jd ga boleh sama sekali kan?", "Tidak."),
    ("IKI sy 12. berarti ga boleh ya?", ""),  # denied plainly: the limit says so, no way past it is asked
    ("IKI sy 8. ga boleh sama sekali ya?", ""),  # within the limits: nothing past them
])
def test_a_count_past_the_limit_denied_outright_is_not_when_the_answer_says_what_is_done_past_it(question, lead):
    """dev28: «IKI sy 11. berarti ga boleh sama sekali ya?» got the dialog kinerja passage and no lead; past 10 the
    Surat Sekjen asks an adjustment with the Eselon I unit, so it is not forbidden outright."""
    assert past_allowed_lead(question, COUNT_LIMIT) == lead


@pytest.mark.parametrize("question", ["IKI sy 11. berarti ga boleh sama sekali ya?", "IKI sy ada 12. jd ga boleh ya?"])
def test_a_count_asked_with_its_permission_denied_is_read_as_the_count_asked(question):
    """A denied permission asked of no count: the count matched «IT 11» and the like, not the limits."""
    assert counted(question) == "IKI berapa jumlah boleh"


def test_a_count_past_the_limit_denied_outright_gets_the_count_answer(shared_retriever):
    answer = shared_retriever.ask("sy sanitarian, IKI sy 12. berarti ga boleh sama sekali ya?").answer
    assert answer.startswith("Tidak.") and "Eselon I" in answer


@pytest.mark.parametrize("question, objects", [
    ("sy ketua tim, bagaimana caranya mimpin dialog kinerja yg benar sm anggota?", ["dialog kinerja"]),
    ("sy katim, cara nyusun MPPH gmn?", ["MPPH"]),
    ("saya ketua tim, gimana cara bikin rencana aksi?", ["rencana aksi"]),
])
def test_who_asks_a_how_to_is_no_object_of_its_task(question, objects):
    """dev28: «sy ketua tim surveilans, gmn caranya mimpin dialog kinerja …?» took «ketua tim» for a task asked about
    too, and the steps of a ketua tim's cascading won over those of the dialog kinerja."""
    assert how_objects(question) == objects


@pytest.mark.parametrize("question", [
    "sy ketua tim surveilans, gmn caranya mimpin dialog kinerja yg bener sm anggota?",
    "sy kepala instalasi, gmn cara dialog kinerja yg baik dgn staf?",
])
def test_a_leader_asking_how_to_hold_a_dialog_kinerja_gets_its_steps(shared_retriever, question):
    assert "apresiasi" in shared_retriever.ask(question).answer


@pytest.mark.parametrize("question", [
    "logbook cukup diisi akhir bulan aja toh? sekalian rekap",
    "logbook diisi akhir bulan aja toh? sekalian rekap",
    "catatan harian cukup diisi akhir bulan aja toh? biar sekalian",
])
def test_a_claim_about_the_logbook_is_answered_by_the_logbook_not_the_dialog_kinerja(shared_retriever, question):
    """dev28: «Dialog kinerja … tidak hanya sekali …, sebulan atau dua bulan sekali» scored first and denied «only» of
    another subject; denied so only of the claim's own terms, the near answer about the logbook leads."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Tidak.") and "setiap hari" in answer and "Dialog kinerja" not in answer


def test_a_how_to_naming_only_a_generic_term_keeps_who_asks_as_its_task():
    """«sy katim, gmn caranya bagi IKI tim ke anggota?» is the katim's own task: the cascading of a ketua tim."""
    assert "ketua tim" in how_objects("sy katim, bagaimana caranya bagi IKI tim ke anggota sy?")


@pytest.mark.parametrize("question, read", [
    ("ada pegawai yg IKI-nya smp 92?", "ada pegawai yg IKI nya sampai 92?"),
    ("MPPH-nya dibuat siapa?", "MPPH nya dibuat siapa?"),
    ("rata-rata-nya brp?", "rata-rata-nya berapa?"),  # no acronym: as written
])
def test_an_acronyms_hyphenated_nya_is_the_acronym(question, read):
    """dev28: «IKI-nya» was one word no answer holds, so «… IKI-nya smp 92» missed the evaluation's «1 sampai 92 IKI»."""
    assert respelled(question) == read


def test_a_figure_claimed_of_iki_with_a_hyphenated_nya_gets_the_evaluations_answer(shared_retriever):
    assert "92" in shared_retriever.ask("ada pegawai yang IKI-nya sampai 92 ya?").answer
