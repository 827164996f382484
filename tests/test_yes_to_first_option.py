"""A bare yes typed under a two-option choice whose first option opens with «Ya» picks that option (tester56 F18:
«ya» under «Ya, langsung | Tidak langsung» got «Siap.» and the same question again)."""

import pytest

from bot.conversation.choices import typed_choice
from tests.talk import said


@pytest.mark.parametrize("typed", ["iya", "ya dong", "yes", "betul kak"])
def test_a_bare_yes_picks_the_first_option_opening_with_ya(typed):
    assert typed_choice(typed, ["Ya, buat draf", "Tidak usah"]) == 0


@pytest.mark.parametrize("typed, labels", [("ok", ["Ya, buat draf", "Tidak usah"]),
                                           ("iya", ["Anggota tim", "Ketua tim"]),
                                           ("iya", ["Ya, buat draf", "Tidak usah", "Nanti"])])
def test_a_nod_or_a_choice_not_shaped_yes_no_picks_nothing(typed, labels):
    assert typed_choice(typed, labels) is None


def test_yes_at_the_cascade_question_answers_it(engine):
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.handle("u", "penyelidikan epidemiologi kasus DBD di kelurahan\nfogging fokus sesuai hasil PE")
    engine.press("u", "prima:role:anggota")
    assert engine.state("u").prima.field == "direct"
    told = said(engine.handle("u", "iya"))
    prima = engine.state("u").prima
    assert prima.field != "direct" and engine.state("u").skp.cascading_langsung is True, told
