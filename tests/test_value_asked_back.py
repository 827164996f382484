"""A value asked back at a field question (tester59 F3, F12, F13): a fraction for a Persentase is read as its percent,
the reading said; a correction with «maksudnya»/«bukan» answers the question asked back (never a question outside
the guidance, never a catatan harian); a range asks which end, never keeps one silently."""

import pytest

from tests.talk import labels, prima_at_step_m, said

IKI = "/cek Persentase ibu hamil yang mendapat tablet tambah darah sesuai standar"


def saved_and_asked(engine, value: str):
    engine.handle("u", IKI)
    engine.handle("u", "Simpan ke draf")
    return engine.handle("u", value)


def test_a_fraction_for_a_persentase_is_read_as_its_percent_and_said_so(engine):
    # left42 reads a fraction below 1 for a Persentase as its percent and says what it read (t59draft asked back
    # with two buttons; the merge keeps the one that asks nothing, the reading said so a slip is seen)
    text = said(saved_and_asked(engine, "0,9"))
    assert "90%" in text and "0,9" in text
    assert engine.state("u").skp.iki[0].target == "90%"


def test_a_fraction_typed_with_its_percent_sign_is_kept_as_typed(engine):
    saved_and_asked(engine, "0,9%")
    assert engine.state("u").skp.iki[0].target == "0,9%"


@pytest.mark.parametrize("typed, target", [("bukan, 95 maksudnya", "95%"), ("ehh mksdnya 75 persen", "75%")])
def test_a_correction_answers_the_value_asked_back(engine, typed, target):
    saved_and_asked(engine, "15")  # low for a Persentase: asked back
    text = said(engine.handle("u", typed))
    assert engine.state("u").skp.iki[0].target == target
    assert "di luar pedoman" not in text and "Dicatat" not in text


def test_a_correction_answers_the_value_asked_back_in_prima(engine):
    prima_at_step_m(engine, "u")
    engine.handle("u", "Persentase ibu hamil yang mendapat tablet tambah darah sesuai standar")
    engine.handle("u", "0,7")
    text = said(engine.handle("u", "eh maksudnya 75%"))
    assert "di luar pedoman" not in text and [iki.target for iki in engine.state("u").skp.iki] == ["75%"]


def test_a_correction_with_nothing_asked_back_puts_the_last_answer_right(engine):
    saved_and_asked(engine, "90")
    text = said(engine.handle("u", "eh maksudnya 92%"))  # at the data awal question
    assert engine.state("u").skp.iki[0].target == "92%" and "di luar pedoman" not in text


def test_a_range_asks_which_end(engine):
    replies = saved_and_asked(engine, "antara 85 dan 95 persen")
    assert "rentang" in said(replies) and {"Ya, 85%", "95%"} <= set(labels(replies))
    assert engine.state("u").skp.iki[0].target is None  # nothing kept before the user picks
    engine.handle("u", "95")
    assert engine.state("u").skp.iki[0].target == "95%"
