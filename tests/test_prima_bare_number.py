"""PRIMA step 1: a stray «1» with nothing listed is no keyword, and never becomes the unit's indicator (tester9 #5)."""

from tests.talk import press, said


def test_a_bare_number_is_not_the_units_indicator(engine):
    engine.handle("n1", "/prima")
    text = said(engine.handle("n1", "1"))
    assert "Tulis kata kunci" in text and "cocok dengan «1»" not in text
    replies = engine.handle("n1", "pengelolaan arsip")
    replies = press(engine, "n1", replies, "Pakai tulisan saya")
    prima = engine.state("n1").prima
    assert prima.indicator.name == "pengelolaan arsip"
    assert "«1»" not in said(replies)
