"""PRIMA step 2 (Rumuskan): strategies pasted with their numbers («Strategi 1: …», «Strategi 2: …») are the step's
answer, never targets held for step 4 (tester55 F4: the numbers read as two targets and the step asked again); step 4
then offers starting points drafted from them."""

import pytest

from bot.conversation import Engine
from bot.storage.sqlite import SqliteStore
from tests.talk import said


@pytest.fixture
def engine(tmp_path):
    return Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6)


def test_numbered_strategies_answer_step_two_and_feed_step_four(engine):
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")  # no unit indicator: step 2 asks the strategies
    assert engine.state("u").prima.step == "R"
    told = said(engine.handle("u", "Strategi 1: pemantauan jentik berkala oleh kader di rumah warga\n"
                                   "Strategi 2: pelaporan hasil pemantauan jentik ke dinkes tepat waktu tiap bulan"))
    prima = engine.state("u").prima
    assert "Target yang Anda tulis" not in told and prima.told_targets == []
    assert prima.step == "I" and "pelaporan hasil pemantauan jentik" in prima.strategies
    engine.press("u", "prima:role:anggota")
    told = said(engine.press("u", "prima:direct:0"))
    assert "Titik awal dari aktivitas" in told
