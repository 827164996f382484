"""PRIMA step 2's strategies, however they are labelled, are the step's answer and each becomes a starting point at step
4 (tester55 F4: «strategi 1: sweeping bayi yg blm lengkap imunisasinya …» was read as a target, and step 4 had
«Belum ada titik awal» for the sweep)."""

import pytest

from bot.conversation import Engine
from bot.conversation.activities import activities
from bot.rewrite import rewrite
from bot.storage.sqlite import SqliteStore
from tests.talk import said


@pytest.fixture
def engine(tmp_path):
    return Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6)


def test_strategies_named_by_ordinals_on_one_line_answer_step_two_and_each_gives_a_starting_point(engine):
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.handle("u", "strategi pertama sweeping balita yg blm dapat vitamin A lewat kader, strategi kedua validasi "
                       "data kohort balita tiap bulan")
    prima = engine.state("u").prima
    assert prima.step == "I" and prima.told_targets == []
    engine.press("u", "prima:role:anggota")
    told = said(engine.press("u", "prima:direct:0"))
    assert "Belum ada titik awal" not in told and "pertama" not in told
    points = engine.state("u").prima.proposals
    assert len(points) == 2 and points[0].indikator.startswith("Persentase balita")
    assert "sweeping" in points[0].indikator


def test_a_sweep_for_those_a_service_missed_is_drafted_as_the_share_found_and_served():
    found = rewrite("penyisiran ibu hamil yg blm K4 di desa binaan").candidates
    assert found and found[0].indikator.startswith("Persentase ibu hamil") and found[0].satuan == "%"
    assert "ditemukan" in found[0].indikator


def test_items_numbered_with_a_bracket_on_one_line_are_separate_activities():
    assert activities("1) penyisiran ibu hamil yg blm K4 oleh bidan 2) kelas ibu hamil tiap bulan") == [
        "penyisiran ibu hamil yg blm K4 oleh bidan", "kelas ibu hamil tiap bulan"]
