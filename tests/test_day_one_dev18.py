"""Day-one dev18: an English indicator naming its measure after what it measures («EQAS score for AST») is a line
of a pasted list, never a note left out of it."""

import pytest

from tests.talk import said


def test_an_english_score_line_is_a_line_of_the_list(engine):
    text = said(engine.handle("u", "1. Percentage of samples tested within 3 days\n2. PME score for TCM\n"
                                   "3. Percentage of reports validated"))
    assert "daftar 3 IKI" in text and "bukan IKI" not in text


@pytest.mark.parametrize("text, english", [
    ("PME score for TCM", True),
    ("Database backup success rate", True),
    ("Nilai PME TCM", False),  # Indonesian: read by its own measure word
    ("see you at the score board", False),  # no indicator line
])
def test_an_english_measure_noun_marks_an_indicator(text, english):
    from bot.rules.language import measured_in_english

    assert measured_in_english(text) is english
