"""Round 10 (tester10): lines a real user typed that were misread (each test failed before its fix)."""

import pytest

from tests.talk import said


@pytest.mark.parametrize("yes", ["ya", "iya", "oke"])
def test_a_yes_under_a_one_action_question_presses_it(engine, yes):
    """«ya» under «Simpan ke draf SKP? [Simpan ke draf]» answered «Siap.» and saved nothing (tester10 #6)."""
    user = f"u-yes-{yes}"
    asked = said(engine.handle(user, "Nilai opini BPK atas laporan keuangan satker"))
    assert "Simpan ke draf SKP?" in asked
    engine.handle(user, yes)
    assert [iki.indikator for iki in engine.state(user).skp.iki] == ["Nilai opini BPK atas laporan keuangan satker"]


def test_a_yes_after_a_reply_that_asks_nothing_presses_nothing(engine):
    user = "u-yes-nothing"
    engine.handle(user, "/skp")
    engine.handle(user, "ya")
    assert engine.state(user).skp.iki == []
