"""tester51's leftovers (a hemodialysis nurse's year, a Poltekkes leader), each replayed through the engine as the
user typed it."""

import pytest

from tests.agreed_year import agreed_then, sqlite_engine
from tests.talk import said


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


@pytest.mark.parametrize("typed", ["sy cuti tgl 20 sampe 24 april, jgn diingetin ya", "cuti dari tgl 20 ke 24 april",
                                   "sy cuti 20 s.d. tgl 24 april"])
def test_leave_said_with_the_usual_range_words_is_set_never_kept_as_work(engine, at, typed):
    # P1-13: «sy cuti tgl 20 sampe 24 april» got «Pengingat mana yang diatur?» while «sy cuti 20-24 april» worked
    agreed_then(engine, at, "2026-04-06T10:00", "ingetin sy nyatet tiap hari kerja jam 4 sore", "2026-04-06T10:05")
    engine.handle("u1", typed)
    assert not engine.state("u1").year.entries
    assert "Cuti: 20 Apr–24 Apr" in said(engine.handle("u1", "/pengingat"))
