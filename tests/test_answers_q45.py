"""Answers users read (q45): a unit head named by their title (each test failed before its fix)."""

import pytest

from bot.retrieval.normalize import keyword_words
from evals.question_evals import contains


@pytest.mark.parametrize("title", ["Kepala Balai", "kabalai", "Kepala UPT", "Kapus", "Kepala Biro", "Karo",
                                   "Direktur"])
def test_a_unit_heads_title_is_searched_as_pimpinan_unit_kerja(title):
    """search.yaml `synonyms`: the guidance writes «pimpinan unit kerja» where staff write the title."""
    assert keyword_words(f"{title} pake IKI?")[:3] == ["pimpinan", "unit", "kerja"]


def test_ketua_tim_is_no_unit_head():
    assert "pimpinan" not in keyword_words("ketua tim pake IKI?")


@pytest.mark.parametrize("question", [
    "Kepala Balai jg pake IKI kayak staf?",
    "kapus pakai IKI juga kyk pegawai?",
    "Karo indikatornya IKI atau IKK?",
])
def test_whether_a_unit_head_holds_iki_is_answered_by_who_holds_which_indicator(shared_retriever, question):
    """It was answered from a passage about staff with too few IKI, or about UPT without IKK: the answer says the
    unit head holds IKK and IKM, and IKI is the non pimpinan's."""
    answer = shared_retriever.ask(question).answer
    assert contains(answer, "IKK dan IKM dipegang pimpinan unit kerja") and contains(answer, "non pimpinan")
    assert not answer.startswith("Ya.")
