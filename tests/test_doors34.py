"""A question typed under a pasted line's «Pakai usulan» suggestions (doors34): answered or routed, never a pick."""

import pytest

from bot.conversation import Engine
from tests.talk import said

SIMRS = ("No\tIKI\tTarget\n1\tSystem uptime SIMRS\t99%\n"
         "2\tPersentase tiket gangguan SIMRS yang diselesaikan ≤ 1x24 jam\t90%\n3\tJumlah pelatihan user SIMRS\t4 kali")


def _line_suggested() -> Engine:
    engine = Engine()
    engine.handle("u", SIMRS)
    engine.handle("u", "/cek 1")
    assert engine.state("u").candidates and engine.state("u").candidates_line == 1
    return engine


@pytest.mark.parametrize("question", ["IKI mana yang belum ada realisasinya?", "usulan 1 itu maksudnya apa?",
                                      "yg mana yg paling bagus?", "usulan 1 bedanya apa sama baris saya?",
                                      "kenapa usulan 1 lebih baik?"])
def test_a_question_under_a_lines_suggestions_saves_nothing(question):
    """«IKI mana yang belum ada realisasinya?» was «Anda belum memilih usulan, jadi saya pakai usulan 1», «usulan 1 itu
    maksudnya apa?» saved usulan 1 with a target of 1%: a message with a question word never picks, and the
    suggestions stay on screen."""
    engine = _line_suggested()
    reply = said(engine.handle("u", question))
    assert engine.state("u").skp.iki == [], reply
    assert engine.state("u").candidates, reply


@pytest.mark.parametrize("pick", ["oke pake itu", "yg pertama", "pakai usulan 1", "usulan 1", "pake usulan 1 ya?"])
def test_a_pick_under_a_lines_suggestions_still_picks(pick):
    engine = _line_suggested()
    reply = said(engine.handle("u", pick))
    assert [i.indikator for i in engine.state("u").skp.iki] == ["Persentase ketersediaan (uptime) sistem SIMRS"], reply
