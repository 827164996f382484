"""A sentence before a command changing the agreed SKP is about that change (tester59 F9): «arahan kapus krn
mutasi: IKI 2 jadi 90%. /ubah 2 target 90» is the /ubah with its reason, never a catatan and never asked the reason
again. A message forwarded from someone else with a titled sender («[08.02, 3/2/2026] drg. Wulan: …») is theirs:
neither a catatan nor work to draft (tester59 F11)."""

import pytest

from bot.year.entry_kind import EntryKind, kind_of
from bot.year.entry_reports import forwarded_from_other
from bot.year.line import line
from tests.agreed_year import agreed_over
from tests.talk import said


@pytest.fixture
def engine(tmp_path, at):
    yield from agreed_over(tmp_path, at, then="2026-08-03T09:00")


def test_a_reason_named_before_the_command_is_its_reason(engine):
    text = said(engine.handle("u1", "ada mutasi pegawai di tim, jadi SK pensiun cuma 120. /ubah 3 target 120"))
    state = engine.state("u1")
    assert not state.year.entries, [e.text for e in state.year.entries]
    assert "Apa alasannya" not in text and "versi 2" in text, text
    assert state.skp.iki[2].target.startswith("120") and state.year.versions[-1].reason != ""
    assert "mutasi pegawai" in state.year.versions[-1].note


def test_a_lead_without_a_reason_is_kept_as_the_explanation_asked_for(engine):
    text = said(engine.handle("u1", "target SK pensiun turun ke 120 ya. /ubah 3 target 120"))
    state = engine.state("u1")
    assert not state.year.entries and "Apa alasannya" in text, text
    assert state.year_ask.kind == "alasan" and "turun ke 120" in state.year_ask.note


@pytest.mark.parametrize("text", ["[08.02, 3/2/2026] drg. Wulan: tolong SKP nya dikumpulkan besok pagi",
                                  "[14:10] dr. Budi Santoso: laporan bulanan sudah saya terima, terima kasih"])
def test_a_titled_sender_makes_the_message_someone_elses(text):
    assert forwarded_from_other(line(text)) and kind_of(text, logging=True).kind is not EntryKind.report


def test_a_forwarded_instruction_before_any_skp_is_no_work(tmp_path, at):
    from bot.conversation import Engine
    from bot.storage.sqlite import SqliteStore

    at("2026-02-03T08:30")
    store = SqliteStore(tmp_path / "s.sqlite3")
    engine = Engine(store)
    replies = engine.handle("u1", "[08.02, 3/2/2026] drg. Wulan: tolong SKP nya dikumpulkan besok pagi")
    text = said(replies)
    assert "pesan orang lain" in text and "/prima" in text, text
    assert not [b for r in replies for b in r.buttons] and not engine.state("u1").pending
    store.close()


def test_a_forwarded_line_whose_stamp_is_taken_off_is_still_someone_elses(tmp_path, at):
    """Both stamp orders a chat app copies («[3/2/2026 08.02] …», «[08.02, 3/2/2026] …») are taken off the message
    before it is read, yet the sender they name is still seen: the instruction is no work of the user's."""
    from bot.conversation import Engine
    from bot.storage.sqlite import SqliteStore

    at("2026-02-04T10:00")
    store = SqliteStore(tmp_path / "s.sqlite3")
    engine = Engine(store)
    for n, message in enumerate(("[3/2/2026 14.20] Pak Kabag: mohon rekap usulan diklat dikirim sore ini",
                                 "[14.20, 3/2/2026] Pak Kabag: mohon rekap usulan diklat dikirim sore ini")):
        text = said(engine.handle(f"u{n}", message))
        assert "pesan orang lain" in text, text
        assert not engine.state(f"u{n}").skp.iki
    store.close()
