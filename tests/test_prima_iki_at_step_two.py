"""PRIMA step 2 asks the unit's strategy; a user who writes an IKI there («Persentase berkas … lengkap dlm 2x24 jam»)
already drafts: steps 2 and 3 take their usual answers (said so) and step 4 drafts that IKI at once, its target asked
next, never the IKI kept as the strategy and lost (d13-rm03)."""

import pytest

from bot.models import Peran
from tests.talk import said


def _at_strategy_step(engine):
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")


@pytest.mark.parametrize("iki, target", [
    ("Persentase berkas rekam medis rawat inap yg lengkap dlm 2x24 jam", "85"),
    ("Persentase alat kesehatan yang dikalibrasi sesuai jadwal", "90 persen"),
    ("Jumlah sertifikat hasil kalibrasi alat laboratorium", "12"),
])
def test_an_iki_written_at_the_strategy_step_is_drafted_at_once(engine, iki, target):
    _at_strategy_step(engine)
    assert engine.state("u").prima.step == "R"
    reply = said(engine.handle("u", iki))
    state = engine.state("u")
    assert state.prima.step == "M" and "Target satu tahun" in reply and "Kembali" in reply
    assert state.skp.peran is Peran.anggota and state.skp.cascading_langsung is False
    assert not state.prima.strategies
    engine.handle("u", target)
    assert len(engine.state("u").skp.iki) == 1 and engine.state("u").skp.iki[0].target is not None


def test_an_iki_after_a_lead_in_at_the_strategy_step_is_drafted_and_its_target_taken(engine):
    # «mau ada IKI: persentase SSCEC …» was kept as the strategy and «95» next met the role question (day-one dev14)
    _at_strategy_step(engine)
    engine.handle("u", "mau ada IKI: persentase SSCEC yg terbit max 1x24 jam stlh pemeriksaan selesai")
    state = engine.state("u")
    assert state.prima.step == "M" and not state.prima.strategies
    assert "95" in said(engine.handle("u", "95"))
    iki = engine.state("u").skp.iki
    assert len(iki) == 1 and iki[0].indikator.startswith("Persentase SSCEC") and iki[0].target == "95%"


@pytest.mark.parametrize("strategy, word", [
    ("percepatan verifikasi sinyal SKDR dan respon KLB kurang dari 24 jam", "SKDR"),
    ("strategi: meningkatkan persentase kapal yang diperiksa", "kapal"),  # after its label, naming a measure
])
def test_a_strategy_is_still_the_strategy(engine, strategy, word):
    _at_strategy_step(engine)
    engine.handle("u", strategy)
    state = engine.state("u")
    assert state.prima.step == "I" and word in state.prima.strategies and state.skp.iki == []
