"""Answers users read (q35): wrong leads, each class checked with phrasings of its own (each test failed before its
fix)."""

import pytest

from bot.retrieval.claims import contradicted, restated, shift_lead
from bot.retrieval.yes_no import yes_no_lead

FORM = ("Form IKI di e-Kinerja diisi per IKI dengan ketujuh isian wajibnya: Aspek, Rencana Kinerja (RHK), Indikator, "
        "Target, Satuan yang sejalan dengan kata ukurnya, Jenis IKI (pilih Core CL, Core TUSI, Core MI atau Mandatory "
        "IKI seperti IP ASN, atau Beyond), dan Bobot.")
ASPEK = ("Aspek wajib dipilih untuk setiap IKI di form e-Kinerja dan sebaiknya disesuaikan dengan kata ukur serta isi "
         "indikatornya, bukan asal memilih kuantitas.")


@pytest.mark.parametrize("question", [
    "IKI mesti ngukur proses kerja kan?",
    "indikator kinerja harus mengukur proses kerja ya?",
    "IKI wajib ngukur kegiatan kerja kan?",
])
def test_a_word_of_ikis_own_name_says_nothing_of_what_is_required(question):
    """«kerja» of «proses kerja» is a word of «indikator kinerja individu»: «Mandatory IKI» in a list of the form's
    fields led «IKI mesti ngukur proses kerja kan?» «Ya.»."""
    assert yes_no_lead("wajib", FORM, question) == ""


@pytest.mark.parametrize("question", [
    "indikatornya wajib ngukur aktivitas ya?",
    "IKI harus mengukur kegiatan ya?",
    "iki mesti berupa proses kan?",
])
def test_a_clause_naming_neither_side_of_the_claims_opposite_leads_nothing(question):
    """«Aspek wajib dipilih …» shares «ukur» with «… wajib ngukur aktivitas ya?» but says the duty of neither output
    nor process (`claim.opposites`)."""
    assert yes_no_lead("wajib", ASPEK, question) == ""


def test_a_chat_verbs_bare_nasal_prefix_is_read_as_its_written_root():
    """«ngukur» is read as «mengukur» when claims and answers are held against each other (search keeps it as typed:
    respelling it there moved how-to answers)."""
    from bot.lang.words import read_root

    assert (read_root("ngukur"), read_root("mengukur"), read_root("nyepakatin")) == ("ukur", "ukur", "pakat")
    assert read_root("ngecek") == "ngecek"  # Sastrawi reads «mengecek» as «ecek»: left as typed


@pytest.mark.parametrize("question", [
    "IKI mesti ngukur proses kerja kan?",
    "indikatornya wajib ngukur aktivitas ya?",
    "IKI kudu ngukur kegiatan kan?",
    "iki mesti ngukur proses ya?",
])
def test_an_iki_measuring_process_is_never_confirmed_however_typed(shared_retriever, question):
    assert not shared_retriever.ask(question).answer.startswith("Ya.")


@pytest.mark.parametrize("question", ["IKI kudu output kan?", "iki mesti ngukur output ya?"])
def test_an_iki_measuring_output_stays_confirmed_however_typed(shared_retriever, question):
    assert shared_retriever.ask(question).answer.startswith("Ya.")


TWO_DATES = ("Menurut PermenPANRB 6/2022, SKP ditandatangani pegawai dan ditetapkan pimpinan paling lambat akhir Januari "
             "tahun berjalan, sedangkan untuk 2026 Surat Sekjen Kemenkes memberi batas penyusunan SKP sampai 8 Februari "
             "2026.")


@pytest.mark.parametrize("question, lead", [
    ("SKP sy ditetapkan atasan paling lambat 8 februari ya?", "Ya."),
    ("skp anggota paling lambat ditetapkan 8 februari kan?", "Ya."),
    ("deadline SKP staf 8 februari kan?", "Ya."),
    ("SKP anggota paling lambat ditetapkan 28 februari kan?", "Tidak."),
    ("skp sy deadline nya akhir januari kan?", ""),  # the rule's own date: both stand
    ("SKP pimpinan unit ditetapkan paling lambat 8 februari kan?", "Tidak."),
])
def test_a_deadline_claimed_of_no_year_is_this_years(question, lead):
    """The guidance gives the rule (end of January) and this year's deadline (8 February 2026, Surat Sekjen): a staff
    member's deadline claimed with no year is confirmed by this year's; a leader's stays the end of January."""
    assert contradicted(question, TWO_DATES) == lead


EVALUATED = ("Pada tahap penilaian kinerja menurut PermenPANRB 6/2022, capaian pegawai dievaluasi secara berkala, yaitu "
             "evaluasi triwulanan dan evaluasi tahunan di akhir tahun.")


@pytest.mark.parametrize("question, lead", [
    ("evaluasi kinerja pake IKI cuma akhir tahun doang kan?", "Tidak."),
    ("penilaian kinerja cuma setahun sekali aja ya?", "Tidak."),
    ("evaluasinya tahunan doang kan?", "Tidak."),
    ("evaluasi kinerja ada yg akhir tahun kan?", ""),
])
def test_a_claim_that_only_one_side_holds_is_denied_by_an_answer_giving_the_other_too(question, lead):
    """«cuma akhir tahun doang» against «evaluasi triwulanan dan evaluasi tahunan»: more than the «only» claimed
    (`claim.opposites`: tahunan against triwulanan)."""
    assert contradicted(question, EVALUATED) == lead


OUTPUT_RULE = "Aturan bahwa IKI harus mengukur output, bukan kegiatan, berasal dari Surat Sekretaris Jenderal Kemenkes."


@pytest.mark.parametrize("question, lead", [
    ("IKI itu output, bukan aktivitas kan?", "Ya."),
    ("IKI tuh keluaran bukan kegiatan kan?", "Ya."),
    ("IKI itu kegiatan, bukan output kan?", "Tidak."),
])
def test_an_answer_setting_the_sides_against_each_other_answers_a_contrast(question, lead):
    """«…, bukan kegiatan» in the answer says which side holds, as the claim's «bukan» does."""
    assert shift_lead(question, OUTPUT_RULE) == lead


def test_an_answer_naming_both_sides_with_no_contrast_says_nothing():
    assert shift_lead("IKI itu output, bukan aktivitas kan?", "IKI memuat output dan kegiatan.") == ""


def test_a_question_offering_both_sides_claims_no_only():
    assert contradicted("IKI sy bakal dievaluasi tiap triwulan ya? atau cuma tahunan?", EVALUATED) == ""


@pytest.mark.parametrize("question", [
    "Tim kami ngurus audit. IKI 'Persentase rekomendasi hasil audit yang ditindaklanjuti' udah output belum?",
    "IKI sy keluaran kan?",
])
def test_an_answer_naming_an_iki_kegiatan_in_passing_denies_no_output(question):
    """«Contoh perbaikan IKI kegiatan …» names the example to rewrite: «kegiatan» alone denies no «output»
    (`claim.measured` is read by a contrast only)."""
    answer = ('Contoh perbaikan IKI kegiatan dari tim SBBL: "Jumlah Monitoring dan Evaluasi Pelaksanaan SBBL" diganti '
              '"Persentase hasil monev pelaksanaan SBBL yang ditindaklanjuti".')
    assert contradicted(question, answer) != "Tidak."


@pytest.mark.parametrize("question", ["IKI itu ngukur kegiatan kan?", "IKI mengukur aktivitas kan?"])
def test_an_answer_naming_the_other_kind_restates_no_claim_of_one(question):
    answer = ("Kegiatan rutin tidak dicatat sebagai IKI, melainkan sebagai tahapan di rencana aksi, sementara IKI di SKP "
              "tetap mengukur hasil.")
    assert restated(question, answer) == ""


def test_a_result_named_hasil_is_no_kind_of_iki():
    answer = ("Evaluasi SKP 2025 di Kemenkes menemukan ketimpangan jumlah IKI per pegawai yang ekstrem, dari hanya 1 "
              "sampai 92 IKI, dan sebagian besar masih berupa indikator proses.")
    assert restated("bener ga hasil evaluasi SKP 2025 ada pegawai yg IKI nya sampe 92?", answer) == "Ya."


@pytest.mark.parametrize("question", ["gmn milihnya biar diterima katim?", "bagaimana nulisnya?",
                                      "beyond tuh gimana mikirnya biar ga ditolak?"])
def test_how_with_a_chat_verbs_bare_m_or_n_asks_how(question):
    """«milihnya» is «memilihnya» said with chat's bare m- for «pilih»: how with a verb asks for the way."""
    from bot.retrieval.question_parts import wanted_kinds

    assert "howto" in wanted_kinds(question)


def test_a_bare_m_or_n_reads_only_a_verb_whose_root_is_known():
    from bot.lang.words import spoken_bare_nasal

    assert (spoken_bare_nasal("milihnya"), spoken_bare_nasal("nulis")) == ("pilih", "tulis")
    assert (spoken_bare_nasal("minta"), spoken_bare_nasal("nilai"), spoken_bare_nasal("monev")) == (None, None, None)
