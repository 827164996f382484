"""A triwulan whose realisasi prompt passed unseen (the member did not open the chat in April) is asked when the next
triwulan's prompt comes, and the leader's /tim names it too (tester51 P2-7)."""

import pytest

from tests.agreed_year import agreed, sqlite_engine, tap
from tests.talk import said


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def test_the_tw_ii_prompt_asks_tw_i_too_when_its_realisasi_is_empty(engine, at):
    agreed(engine)
    at("2026-07-10T09:00")  # April's prompt went by unseen: nothing typed for TW I
    due = [r for d in engine.due("u1") for r in d.replies]
    text = said(due)
    assert text.startswith("TW II sudah berakhir") and "TW I juga belum diisi untuk IKI 1, 2, 3" in text
    labels = [b.label for r in due for b in r.buttons]
    assert "Isi realisasi TW I" in labels and "Isi realisasi TW II" in labels
    asked = tap(engine, "u1", due, "Isi realisasi TW I")
    assert "TW I" in said(asked)


def test_an_iki_filled_for_the_earlier_quarter_is_not_asked_again(engine, at):
    agreed(engine)
    at("2026-04-01T09:00")
    for d in engine.due("u1"):
        engine.delivered(d)
    engine.press("u1", "year:realisasi:1")
    engine.handle("u1", "IKI 1: 150 berkas")
    at("2026-07-10T09:00")
    text = said([r for d in engine.due("u1") for r in d.replies])
    assert text.startswith("TW II sudah berakhir") and "TW I juga belum diisi untuk IKI 2, 3;" in text
