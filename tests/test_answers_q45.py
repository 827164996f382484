"""Answers users read (q45): a unit head named by their title (each test failed before its fix)."""

import pytest

from evals.question_evals import contains


@pytest.mark.parametrize("question", [
    "Kepala Balai jg pake IKI kayak staf?",
])
def test_whether_a_unit_head_holds_iki_is_answered_by_who_holds_which_indicator(shared_retriever, question):
    """It was answered from a passage about staff with too few IKI, or about UPT without IKK: the answer says the
    unit head holds IKK and IKM, and IKI is the non pimpinan's (04-renstra-indikator's listed ways of asking name the
    titles: as search synonyms, «kepala balai» read as «pimpinan» led «… ekspektasi … kan» to «Tidak.»)."""
    answer = shared_retriever.ask(question).answer
    assert contains(answer, "IKK dan IKM dipegang pimpinan unit kerja") and contains(answer, "non pimpinan")
    assert not answer.startswith("Ya.")


def test_a_unit_head_telling_who_asks_keeps_the_lead_of_the_claim(shared_retriever):
    """A title told as who asks is not the guidance's «pimpinan» of «ekspektasi pimpinan»: no «Tidak.» for it."""
    answer = shared_retriever.ask("sy kepala balai nilai realisasi staf tu hrs pake ekspektasi yg udh disepakati di "
                                  "awal kan bukan feeling sy").answer
    assert not answer.startswith("Tidak.")


def test_a_later_part_is_answered_when_the_best_answer_is_neither_parts_own(shared_retriever):
    """The steps of bobot answered the whole and the first part's jenis was added: the total asked after it was lost."""
    answer = shared_retriever.ask("sy bikin iki di RS, trus tiap iki hrs dikasih jenis core/beyond. cara nentuin "
                                  "jenisnya gmn? dan brp total bobot core + beyond?").answer
    assert contains(answer, "120%") and contains(answer, "tandai Core CL")


@pytest.mark.parametrize("question, said", [
    ("sy kepala balai. ada staf yg ngajuin SKP tp IKI nya cuma 3 biji. sy balikin aja? dia hrs nambah apa?",
     "minimal 5"),
    ("kpn sih SKP katim sama anggota selesai disusun, beda ga sama pimpinan unit?", "januari"),
])
def test_a_unit_head_asking_of_something_else_keeps_its_answer(shared_retriever, question, said):
    """The titles' way of asking draws no question about staff's IKI count or the deadline."""
    assert contains(shared_retriever.ask(question).answer, said)
