"""Answers users read (q30): set 24's second pass (each test failed before its fix)."""

import pytest

from bot.retrieval.outside_guidance import names_outside_topic
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


@pytest.mark.parametrize("question", [
    "tdi blg dialog kinerja idealnya sebulan sekali. emang wajib tiap bulan?",
    "apakah dialog kinerja wajib dilakukan setiap bulan?",
    "dialog kinerja harus tiap bulan ya?",
])
def test_a_frequency_asked_as_a_duty_against_a_choice_is_denied(shared_retriever, question):
    """dev24: «emang wajib tiap bulan?» against «sebulan atau dua bulan sekali sesuai kebutuhan» had no lead: a choice
    of frequencies is no duty of one, and a claim naming no term takes its subject from the sentence before it."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Tidak.") and contains(answer, "dua bulan")


@pytest.mark.parametrize("question", [
    "Apa yang harus dicek sebelum SKP ditandatangani?",
    "apa yg wajib diisi di IKI?",
    "Apa yang perlu disiapkan sebelum dialog kinerja?",
])
def test_a_which_question_with_a_modal_gets_no_yes_no_lead(shared_retriever, question):
    """q29: «Apa yang harus dicek …?» was led «Ya.» from «harus»: «apa yang» asks which, as «apakah yang» does."""
    answer = shared_retriever.ask(question).answer
    assert not answer.startswith(("Ya.", "Tidak."))


@pytest.mark.parametrize("question", [
    "dialog kinerja boleh dilakukan sebulan sekali?",
    "kata atasan dialog kinerja bisa tiap bulan. bener ga?",
])
def test_one_frequency_of_a_choice_asked_as_allowed_is_confirmed(shared_retriever, question):
    """«sebulan atau dua bulan sekali» names both (one «sekali» for both): a monthly dialog asked as allowed is right."""
    assert shared_retriever.ask(question).answer.startswith("Ya.")
