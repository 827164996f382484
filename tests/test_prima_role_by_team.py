"""PRIMA's role question: a leader says it by the team they lead («tim saya 14 apoteker + TTK»): Ketua Tim, and the
cascade asked next (d4-kainstfarmasi01: greeted and the role asked again)."""

from bot.models import Peran
from tests.talk import said, typed


def test_a_team_of_ones_own_answers_the_role_question_as_its_leader(engine):
    typed(engine, "u", "/prima", "Lewati", "Lewati")
    text = said(engine.handle("u", "tim saya 14 apoteker + TTK"))
    state = engine.state("u")
    assert state.skp.peran is Peran.ketua_tim and state.prima.field == "direct"
    assert "Ketua Tim" in text and "Salam kenal" not in text
