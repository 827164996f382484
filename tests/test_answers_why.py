"""A why-question about a rule gets the reason the guidance gives («Alasan:» lines of knowledge/guidelines), not the
rule said again (play38: «kenapa harus output based» got what output-based IKI are)."""

import pytest

from bot.retrieval.passages import parse_passages
from bot.retrieval.question_parts import asks_why


def _reasons(retriever) -> set[str]:
    return {a.text for p in retriever._answerer.passages for a in p.answers if a.reason}


def test_a_reason_line_is_a_short_answer_marked_as_a_reason():
    parsed = parse_passages("## Judul\nIsi.\nTanya: kenapa begitu\nAlasan: Karena begini.\nJawaban: Begitu.\n"
                            "Sumber: x\n", "t")
    assert [(a.text, a.reason) for a in parsed[0].answers] == [("Karena begini.", True), ("Begitu.", False)]
    assert parsed[0].answers[0].questions == ["kenapa begitu"]


def test_why_is_read_from_the_asking_words():
    assert asks_why("mengapa target harus dipecah per triwulan?")
    assert asks_why("apa alasannya IKI dibatasi?")
    assert not asks_why("IKI paling banyak berapa?")


@pytest.mark.parametrize("question, said", [
    ("apa alasannya IKI per orang dibatasi paling banyak sepuluh?", "prioritas strategis"),
])
def test_a_why_question_gets_the_guidance_reason(shared_retriever, question, said):
    answer = shared_retriever.ask(question).answer
    assert any(reason in answer for reason in _reasons(shared_retriever)), answer
    assert said in answer, answer


def test_a_question_asking_no_why_keeps_its_own_answer(shared_retriever):
    """The reason is no definition: «apa itu …» still gets what the term means."""
    answer = shared_retriever.ask("IKI berbasis output itu apa sih?").answer
    assert not any(reason in answer for reason in _reasons(shared_retriever)), answer
