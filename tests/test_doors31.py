"""Bugs found by playing the drafting chat (doors31): a list's number before an IKI is no target, the alternatives of
one IKI are choices, a return after weeks is welcomed at every door, a bare link answers «kirim bukti». The real
engine with the real SQLite store; no stubs."""

import pytest

from bot.conversation import Engine
from bot.storage.sqlite import SqliteStore
from tests.talk import labels, said, typed

CHECKED = "/cek Melakukan monev SBBL"  # three suggestions, all Persentase


@pytest.fixture
def engine(tmp_path):
    return Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6)


@pytest.mark.parametrize("line", ["4. Percentage of documents verified on time",
                                  "4. Persentase dokumen yang diverifikasi tepat waktu"])
def test_a_numbered_iki_under_the_suggestions_is_checked_not_a_target(engine, line):
    # a list's «4.» before an IKI, in English too, was read as «Target 4%» for the suggestion to be picked
    reply = said(typed(engine, "u", CHECKED, line))
    state = engine.state("u")
    assert "Target 4" not in reply and not state.candidate_target
    assert "Persentase dokumen yang diverifikasi tepat waktu" in reply
