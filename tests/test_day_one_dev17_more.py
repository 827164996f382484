"""Day-one dev17, more: an idea asked about as Beyond by an asking word and its tag («boleh ga sy bikin 1 beyond,
bikin kamus …») asks without its «?» (d17-dev01)."""

import pytest

from tests.talk import said, typed


def test_an_idea_asked_by_a_tag_without_a_question_mark_is_answered_as_beyond(engine):
    replies = typed(engine, "u", "boleh ga sy bikin 1 beyond, bikin modul pelatihan kader posyandu")
    assert "Pelayanan Unggul" in said(replies)
    assert engine.state("u").beyond_idea == "modul pelatihan kader posyandu"


@pytest.mark.parametrize("text", [
    "boleh ya beyond modul pelatihan kader posyandu",  # «ya» is a filler as much as a tag: a request, not asked
    "modul pelatihan kader posyandu, jadi beyond",  # no asking word opens it
])
def test_without_a_question_mark_or_an_opening_tag_no_idea_is_asked(engine, text):
    typed(engine, "u", text)
    assert engine.state("u").beyond_idea == ""
