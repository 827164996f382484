"""Answers users read (q30): set 24's second pass (each test failed before its fix)."""

import pytest

from bot.retrieval.answer import names_outside_topic
from evals.question_evals import contains, declined


@pytest.mark.parametrize("question", [
    "sy pindah tugas ke Biro Hukum bulan juli. ngaruh ke SKP?",
    "Saya pindah tugas ke Ditjen Kesmas bulan Mei. Apakah berpengaruh ke SKP saya?",
    "sy anggota tim. pindah tugas ke unit lain bulan mei, pengaruhnya ke SKP gimana? harus diubah?",
])
def test_the_effect_of_a_move_on_the_skp_is_answered(shared_retriever, question):
    """q29's effect subjects declined «sy pindah tugas …. ngaruh ke SKP?» as outside (pindah tugas is, as a process):
    a mutasi jabatan is a reason to change the SKP, which the guidance answers."""
    answer = shared_retriever.ask(question)
    assert not declined(answer) and contains(answer.answer, "mutasi jabatan")


@pytest.mark.parametrize("question", [
    "sy pindah tugas bulan juli. ngaruh ke tukin gak?",
    "LHKPN sy blm lapor, ngaruh ke SKP? trus batasnya kapan?",
    "sy naik pangkat bulan april. ngaruh ke SKP sy gak?",
])
def test_an_outside_effect_or_subject_stays_outside(question):
    assert names_outside_topic(question)
