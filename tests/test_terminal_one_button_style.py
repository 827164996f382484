"""The terminal shows its buttons one way (tester55 F18: «[1] Core CL» under one question, «[#1] Selesai dulu» under the
next, read as two kinds of button), and a number typed with nothing open says what can be done: a leader with no
draft of their own is pointed at the team, never told «belum ada IKI» alone."""

import io
import re

from bot import chat
from bot.conversation import Engine
from bot.models import Jenis
from bot.storage.sqlite import SqliteStore
from tests.talk import said
from tests.test_team_chat import LEADER


def test_a_question_answered_only_by_buttons_and_one_answered_by_typing_print_their_buttons_alike(tmp_path,
                                                                                              monkeypatch):
    monkeypatch.setenv("IKI_DATA_DIR", str(tmp_path))
    engine = Engine(SqliteStore(tmp_path / "s.sqlite3"), rate_limit=10**6)
    out = io.StringIO()
    # the save's target question (typed answer) and then its jenis question (buttons only), in one session
    chat.run(engine, io.StringIO("Persentase sampel air minum yang diperiksa sesuai standar\n#1\n90\nbelum ada\n2\n"),
             out)
    shown = out.getvalue()
    assert "Jenis IKI ini?" in shown and re.findall(r"\[#\d+\]", shown)
    assert not re.findall(r"^\s*\[\d+\]", shown, re.MULTILINE), shown
    assert "Bobot IKI ini" in shown  # a bare «2» still picks the second jenis where only a button answers
    assert engine.state("terminal").skp.iki[0].jenis is Jenis.core_tusi


def test_a_bare_number_with_nothing_open_says_what_a_leader_can_do(pair):
    pair.pair_up()
    told = said(pair.say(LEADER, "3"))
    assert "/tim" in told and "tidak ada pertanyaan atau pilihan yang sedang terbuka" in told
    assert "karena belum ada IKI" not in told


def test_a_bare_number_with_nothing_open_for_someone_leading_no_one_points_at_their_draft(tmp_path):
    engine = Engine(SqliteStore(tmp_path / "s.sqlite3"), rate_limit=10**6)
    told = said(engine.handle("u", "2"))
    assert "/tim" not in told and "Draf SKP Anda belum berisi IKI" in told and "/prima" in told
    assert "2%" not in told  # a small number is no share to aim at: its example is a count
