"""A question inside a step naming another field whose topic holds the word «IKI» («jenis IKI», «bobot IKI», «aspek
IKI») gets that field's help (tester57 F8: «biasanya jenisnya apa kak?» at PRIMA's data awal question was said to be
outside the guidance: «IKI», spelled out by search as «indikator kinerja individu», kept those topics from being
named by a question that wrote only «jenis»)."""

import pytest

from bot.conversation import step_help
from bot.conversation.state import UserState
from bot.retrieval.answer import NOT_FOUND
from tests.talk import prima_at_step_m, said


@pytest.mark.parametrize("question, told", [("kalau jenisnya tuh biasanya gimana ya?", "Tentang jenis IKI:"),
                                            ("aspeknya maksudnya apa sih", "kuantitas, kualitas")])
def test_a_field_named_at_the_data_awal_question_gets_its_help(engine, question, told):
    prima_at_step_m(engine, "u")
    engine.handle("u", "Persentase balita gizi buruk yang mendapat perawatan sesuai standar")
    engine.handle("u", "90")
    assert engine.state("u").prima.field == "baseline"
    replies = engine.handle("u", question)
    assert told in said(replies) and "di luar pedoman" not in said(replies)
    assert engine.state("u").prima.field == "baseline" and "data awal" in replies[-1].text


@pytest.mark.parametrize("step_key", ["target", "satuan", "rhk", "prima.I.role", "mpph.roles"])
def test_every_step_answers_a_question_naming_the_jenis_or_the_weight(shared_retriever, monkeypatch, step_key):
    monkeypatch.setattr(step_help, "key", lambda state: step_key)

    def ask(question, topic):
        return shared_retriever.ask(question, k=3, topic=topic)
    for question in ("jenisnya biasanya apaan kak", "bobotnya umumnya brp ya?"):
        text = step_help.reply(UserState(), question, ask)[0].text
        assert not text.startswith(NOT_FOUND[:40]), (step_key, question, text)


def test_the_word_iki_alone_names_no_step():
    """«IKI» and its spelled-out words are every step's: a question holding them names no other step."""
    subject = step_help._stems("indikator kinerja individu iki", frozenset())
    assert step_help._named_step(subject, "baseline") is None
    assert step_help._named_step(subject | {"jenis"}, "baseline") == "jenis"
