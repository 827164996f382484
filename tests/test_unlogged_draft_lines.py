"""What a plain line is for a user who keeps no logbook yet (a draft SKP, nothing agreed, no entries): going back on
the last answer is never work done (bot.year.entry_reports._wrong_said), a wish to add an IKI with its target is that
IKI to check, and neither is read as the year's line (bot.conversation.plain_stages._read_iki_on_draft_skp). The lines
are our own, in the shapes day one d17 showed."""

import pytest

from bot.year.entry_kind import EntryKind
from tests.line_kinds import either_way, read_as
from tests.talk import said, typed

_GOING_BACK = [
    ("going back on the last answer is a correction, never work done", EntryKind.correction,
     ["td salah pencet, kembali ke sebelumnya", "yg barusan keliru, batalin aja",
      "eh yg td salah, balik. maksudnya Beyond bukan TUSI"]),
    ("going back somewhere with work told is still work", EntryKind.report,
     ["td balik ke kantor, rapat 2 jam", "td balik dr dinkes. rapat koordinasi"]),
]


@pytest.mark.parametrize("text, kind, logging", either_way(_GOING_BACK))
def test_going_back_is_read_as_a_correction(text, kind, logging):
    read_as(text, kind, logging)


def _draft(engine, user: str) -> None:
    """One IKI saved to the draft, nothing agreed, no entries."""
    typed(engine, user, "Persentase klaim pending yang diselesaikan, target 85%")
    engine.handle(user, "Simpan ke draf")
    state = engine.state(user)
    assert state.skp.iki and not state.year.agreed and not state.year.entries


@pytest.mark.parametrize("text", ["aku mau nambahin satu, penurunan angka pulang paksa. targetnya di bawah 5%",
                                  "sy mau tambahin 1 lg, penurunan keluhan pasien rawat jalan, targetnya maks 10%"])
def test_a_wish_to_add_an_iki_on_a_draft_is_that_iki_not_a_plan(engine, text):
    _draft(engine, "u1")
    reply = said(engine.handle("u1", text))
    assert "Itu rencana" not in reply and "Dicatat" not in reply and not engine.state("u1").year.entries, reply


@pytest.mark.parametrize("text", ["eh yg barusan salah, balik lg", "td salah pencet, kembali ke sebelumnya",
                                  "td salah, batalin. maksudnya Beyond"])
def test_going_back_on_a_draft_keeps_no_entry(engine, text):
    _draft(engine, "u1")
    reply = said(engine.handle("u1", text))
    assert "Dicatat" not in reply and not engine.state("u1").year.entries, reply
