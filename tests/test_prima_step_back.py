"""PRIMA steps 2–3: an undo word goes back a step and a message with no words is asked again; neither is ever
taken as the step's answer (tester10 #9: «eh ga jadi», «balik», «🙂🙂» became step 2's strategies)."""

import pytest

from tests.talk import said


def _at_step_r(engine, user):
    engine.handle(user, "/prima")
    engine.press(user, "prima:skip")
    assert engine.state(user).prima.step == "R"


@pytest.mark.parametrize("text", ["eh ga jadi", "balik", "mundur dulu deh", "kembali ke langkah sebelumnya"])
def test_an_undo_word_at_step_2_goes_back_to_step_1(engine, text):
    _at_step_r(engine, "b1")
    said(engine.handle("b1", text))
    prima = engine.state("b1").prima
    assert prima.step == "P" and not prima.strategies


def test_an_undo_word_at_step_3_goes_back_to_step_2(engine):
    _at_step_r(engine, "b2")
    engine.handle("b2", "rekap laporan bulanan dari puskesmas")
    assert engine.state("b2").prima.step == "I"
    engine.handle("b2", "balik")
    prima = engine.state("b2").prima
    assert prima.step == "R" and prima.strategies == "rekap laporan bulanan dari puskesmas"


def test_a_message_with_no_words_is_asked_again(engine):
    _at_step_r(engine, "b3")
    text = said(engine.handle("b3", "🙂🙂"))
    prima = engine.state("b3").prima
    assert prima.step == "R" and not prima.strategies
    assert "Langkah 2 dari 5" in text


def test_a_strategy_naming_a_failed_plan_is_still_the_answer(engine):
    _at_step_r(engine, "b4")
    engine.handle("b4", "pelatihan kader yang kemarin ga jadi, diganti kunjungan rumah")
    prima = engine.state("b4").prima
    assert prima.step == "I" and "kunjungan rumah" in prima.strategies
