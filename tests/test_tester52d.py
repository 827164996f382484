"""tester52's findings on records asked in words, buttons, reminders and the catalog search (fix57d), each replayed
through the engine as the user typed it."""

import pytest

from tests.agreed_year import agreed, sqlite_engine
from tests.talk import said


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def test_a_reminder_asked_for_every_day_is_set_for_every_day(engine, at):
    # P2-10: «ingatkan catatan tiap hari jam 10 malam» was saved as «setiap hari kerja (Senin–Jumat)»
    agreed(engine)
    at("2026-01-12T10:00")
    text = said(engine.handle("u1", "ingatkan catatan tiap hari jam 8 malam"))
    assert "setiap hari (Senin–Minggu) jam 20:00" in text, text
    assert engine.state("u1").year.reminders.logbook.days == list(range(7))
    text = said(engine.handle("u1", "ingatkan catatan tiap hari kerja jam 4 sore"))
    assert "setiap hari kerja (Senin–Jumat) jam 16:00" in text, text
