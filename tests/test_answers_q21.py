"""Answers users read (q21): the first answer's lead and the questions declined, by cause, each class checked with
phrasings of its own (each test failed before its fix)."""

import pytest

from evals.question_evals import declined


@pytest.mark.parametrize("question, wrong", [
    ("SKP harus disetujui atasan?", "Tidak."),
    ("SKP wajib disetujui atasan ga?", "Tidak."),
    ("SKP sy hrs disetujui pimpinan dulu?", "Tidak."),
    ("IKI wajib berupa kegiatan?", "Ya."),
    ("IKI dgn satuan rata-rata waktu boleh ga? misal rata2 waktu verifikasi klaim JKN", "Tidak."),
    ("perubahan SKP harus lewat dialog kinerja?", "Tidak."),
])
def test_a_predicate_said_of_something_else_leads_nothing(shared_retriever, question, wrong):
    """«Atasan tidak boleh menilai …» led «SKP harus disetujui atasan?» «Tidak.», «ketujuh isian wajibnya» led «IKI
    wajib berupa kegiatan?» «Ya.», «SKP boleh diubah …» led «hrs disetujui pimpinan?» «Tidak.», «IKI tidak boleh
    berupa jumlah laporan …» led «IKI dgn satuan rata-rata waktu boleh ga?» «Tidak.»: a clause leads only when it
    says its predicate of the question's claim."""
    assert not shared_retriever.ask(question).answer.startswith(wrong)


@pytest.mark.parametrize("question, lead", [
    ("jumlah laporan boleh dijadiin IKI ga? misal 'jumlah laporan bulanan tersusun'", "Tidak."),
    ("isi logbook tuh wajib ga sih? ribet bgt tiap hari", "Ya."),
    ("IKI beyond wajib ga sih? sy blm kepikiran inisiatif apa2", "Tidak."),
    ("isi logbook yg bener kyk gmn sih? perlu lampirin bukti ga", "Tidak."),
    ("emang target absolut masih bisa dipake buat kerjaan yg nyangkut nyawa atau keselamatan?", "Ya."),
    ("is IP ASN mandatory for all staff?", "Ya."),
])
def test_a_predicate_said_of_the_claim_still_leads(shared_retriever, question, lead):
    """The same check keeps a clause saying the predicate of the claim with its sides swapped («IKI tidak boleh
    berupa jumlah laporan»), its subject clauses before («Logbook, …, wajib diisi …»), a synonym («disertai») or an
    abbreviation spelled out («Indeks Profesionalitas ASN wajib …» for «IP ASN mandatory …»)."""
    assert shared_retriever.ask(question).answer.startswith(lead)


@pytest.mark.parametrize("question", ["target boleh 100%?", "target sy 95% boleh?", "target boleh 100 persen?"])
def test_a_percent_sign_is_a_word_the_question_holds(shared_retriever, question):
    """«target boleh 100%?» was declined: the sign dropped, «target» (a weak word) was all the question held."""
    assert not declined(shared_retriever.ask(question))
