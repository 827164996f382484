"""Answers users read (q34): wrong leads, each class checked with phrasings of its own (each test failed before its
fix)."""

import pytest

from bot.retrieval.claims import contradicted
from bot.retrieval.yes_no import yes_no_lead

MEASURES_OUTPUT = ("IKI tidak boleh berupa jumlah laporan, jumlah dokumen, atau hitungan aktivitas dan proses, karena "
                   "hitungan seperti itu hanya menunjukkan pegawai sibuk, belum menunjukkan hasil; IKI harus mengukur "
                   "output yang sederhana dan terukur.")


@pytest.mark.parametrize("question, lead", [
    ("IKI harus mengukur proses ya?", "Tidak."),
    ("iki wajib mengukur proses kan?", "Tidak."),
    ("indikator kinerja individu mesti mengukur proses?", "Tidak."),
    ("IKI harus mengukur output ya?", "Ya."),
    ("iki wajib mengukur output kan?", "Ya."),
])
def test_a_predicate_said_of_the_other_side_of_an_opposite_denies_the_claim(question, lead):
    """«IKI harus mengukur output» shares «mengukur» with «IKI harus mengukur proses ya?» and led it «Ya.»: what it
    says the duty of is the other side of `claim.opposites` (output against proses)."""
    assert yes_no_lead("wajib", MEASURES_OUTPUT, question) == lead


def test_a_predicate_denied_of_the_other_side_says_nothing_of_the_claim():
    answer = "IKI tidak harus mengukur output."
    assert yes_no_lead("wajib", answer, "IKI harus mengukur proses ya?") == ""
    assert yes_no_lead("wajib", answer, "IKI harus mengukur output ya?") == "Tidak."


@pytest.mark.parametrize("question", [
    "IKI harus mengukur proses ya?",
    "iki hrs ngukur proses kan?",
    "IKI itu ngukur kegiatan kan?",
    "indikator boleh berupa aktivitas ya?",
])
def test_an_iki_measuring_process_is_never_confirmed(shared_retriever, question):
    assert not shared_retriever.ask(question).answer.startswith("Ya.")


@pytest.mark.parametrize("question", ["IKI harus output kan?", "IKI harus mengukur output ya?"])
def test_an_iki_measuring_output_stays_confirmed(shared_retriever, question):
    assert shared_retriever.ask(question).answer.startswith("Ya.")


TWO_DATES = ("Menurut PermenPANRB 6/2022, SKP ditandatangani pegawai dan ditetapkan pimpinan paling lambat akhir Januari "
             "tahun berjalan, sedangkan untuk 2026 Surat Sekjen Kemenkes memberi batas penyusunan SKP sampai 8 Februari "
             "2026.")


@pytest.mark.parametrize("question, lead", [
    ("SKP pimpinan unit ditetapkan paling lambat 8 februari kan?", "Tidak."),
    ("penetapan SKP oleh pimpinan paling lambat bulan maret kan?", "Tidak."),
    ("SKP ditetapkan pimpinan paling lambat akhir januari kan?", ""),
    ("batas penyusunan SKP sampai 8 februari kan?", "Ya."),  # this year's clause gives it (tests/test_answers_q35.py)
])
def test_a_month_claimed_is_held_against_the_clause_about_its_subject(question, lead):
    """«… ditetapkan … akhir Januari …, sedangkan … batas penyusunan SKP sampai 8 Februari» confirmed «SKP pimpinan
    unit ditetapkan paling lambat 8 februari jg kan?»: the month it names is the other clause's; the clause holding
    most of the claim's words gives its date."""
    assert contradicted(question, TWO_DATES) == lead
