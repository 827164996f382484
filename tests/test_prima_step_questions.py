"""A question typed at PRIMA step 1, with or without «?», is about the step: the catalog searched for what it asks,
its rows or its «nothing found» said, and the step asked again; its words never become the unit's indicator (tester51 P1-1:
«kalo rs vertikal biasanya ikk nya apa kak» after a search that found nothing was saved as «kalo rs vertikal
biasanya»)."""

import pytest

from tests.talk import said, typed


@pytest.mark.parametrize("question", ["kalo rs vertikal biasanya ikk nya apa kak", "kalo labkesmas ikk nya yg mana kak",
                                      "ikk utk hemodialisis gmn ya", "ikk puskesmas brp sih"])
def test_a_question_after_a_search_that_found_nothing_is_never_the_unit_indicator(engine, question):
    typed(engine, "u", "/prima", "hemodialisis pasien rs vertikal")
    replies = typed(engine, "u", question)
    prima = engine.state("u").prima
    assert prima.step == "P" and prima.indicator is None
    assert "Tulis kata kunci" in said(replies) and question not in said(replies)
    replies = typed(engine, "u", "Pakai tulisan saya")  # the words searched before, never the question's
    assert engine.state("u").prima.indicator.name == "hemodialisis pasien rs vertikal"
