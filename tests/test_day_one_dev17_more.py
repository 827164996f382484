"""Day-one dev17, more: an idea asked about as Beyond by an asking word and its tag («boleh ga sy bikin 1 beyond,
bikin kamus …») asks without its «?»; a task opening with a noun of work whose object is work again («analisis evaluasi
peraturan yg lama») is drafted from the inner work (d17-dev01)."""

import pytest

from tests.talk import prima_at_step_m, said, typed


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


@pytest.mark.parametrize("work, inner", [
    ("kajian ulang evaluasi program imunisasi", None),  # drafted whole: the inner work is not looked for
    ("analisis evaluasi kebijakan kepegawaian", "evaluasi kebijakan kepegawaian"),
])
def test_a_noun_of_work_over_work_is_drafted_from_the_inner_work(engine, work, inner):
    text = said(prima_at_step_m(engine, "u", f"nyusun draf permenkes, {work}"))
    assert f"Belum ada usulan untuk «{work}»" not in text
    if inner:
        assert inner in text


def test_inner_work_needs_work_at_both_ends():
    from bot.conversation.activities import _inner_work
    from bot.llm.assistant import Assistant

    assert _inner_work("laporan evaluasi program", Assistant(), "") == []  # «laporan» names a thing, not work
    assert _inner_work("analisis evaluasi peraturan yg lama", Assistant(), "")
