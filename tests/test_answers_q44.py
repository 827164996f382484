"""Answers users read (q44): the older dev sets 22–26 (each test failed before its fix)."""

import pytest

from bot.retrieval.outside_guidance import names_outside_topic
from bot.retrieval.yes_no import yes_no_predicate
from evals.question_evals import contains


def test_an_outside_subject_asked_in_an_earlier_question_of_the_message_is_outside():
    """Only the last asking sentence was read for an outside subject: «…kenaikan pangkat …? SKP sy …?» was answered
    from the periode penilaian passage."""
    assert names_outside_topic("berapa lama kenaikan pangkat pilihan? SKP sy perlu nilai apa?")
    # told as context, not asked, it leaves the question inside
    assert not names_outside_topic("sy baru naik pangkat bulan lalu. IKI maksimal brp?")


@pytest.mark.parametrize("question", [
    "IKI 'percentage of patients discharged within 3 days' sounds output to me?",
    "IKI sy 'Persentase pasien rawat inap yg dipulangkan dlm 3 hari' udh output kan?",
])
def test_a_quoted_iki_asked_only_whether_it_is_output_is_answered_by_its_kind_and_about_output(shared_retriever,
                                                                                              question):
    """Its kind answers a kind asked (an English quote is output though the language rule flags it), and the answer
    shown under «Ya.» says what output is, as under «Tidak.»."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Ya.") and contains(answer, "output")


def test_using_a_quoted_process_iki_asked_is_denied(shared_retriever):
    answer = shared_retriever.ask("sy analis kepegawaian. iki sy boleh pake kalimat proses 'melaksanakan "
                                  "sosialisasi germas' ga?").answer
    assert answer.startswith("Tidak.") and contains(answer, "output")


def test_a_negation_ending_the_sentence_before_does_not_deny_the_predicate_asked():
    assert yes_no_predicate("atasan blm sempet. Boleh gak IKI sy ditambah?") == "boleh"
    assert yes_no_predicate("IKI blm boleh ditambah?") is None  # a denial asked is still read apart


@pytest.mark.parametrize("question", ["katanya IKI paling sedikit 12 ya?", "katanya IKI minimal 7 ya?"])
def test_a_limit_claimed_is_held_against_the_answer_stating_both_limits(shared_retriever, question):
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Tidak.") and contains(answer, "5") and contains(answer, "10")


def test_a_yes_for_a_quoted_iki_keeps_the_example_of_its_own_work(shared_retriever):
    """Under «Ya.» the answer naming output gives way to a best answer that is an example of the quote's work."""
    answer = shared_retriever.ask("Tim kami di Itjen. IKI 'Persentase rekomendasi hasil audit yang ditindaklanjuti' "
                                  "udah output belum?").answer
    assert answer.startswith("Ya.") and contains(answer, "ditindaklanjuti")


@pytest.mark.parametrize("question", ["beyond bobotnya bisa sampai 30 kalau inisiatifnya besar. bener?",
                                      "beyond bobotnya boleh 35 ga?"])
def test_a_bare_weight_after_the_term_it_weighs_is_a_percentage(shared_retriever, question):
    """«beyond bobotnya … 30»: the term before the weight word names what the bare number weighs, as one after it does."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Tidak.") and contains(answer, "20%")


@pytest.mark.parametrize(("question", "said"), [
    ("target unit kami 90 kasus, dibagi rata ke 3 tim. brp masing2?", "90 ÷ 3 = 30 kasus per tim"),
    ("ketua tim bagi target 60 rata ke 4 tim, jadi brp?", "60 ÷ 4 = 15 per tim"),
])
def test_a_total_divided_onto_a_count_of_teams_is_worked_out(question, said):
    """«bagi target 60 rata ke 3 tim»: the count after «ke» is what the total is divided over (no «per» word names
    it), and «target 60» is the total though it counts nothing named."""
    from bot.retrieval.shares import even_share

    assert even_share(question, "") == f"Dibagi rata: {said}."
