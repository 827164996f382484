"""/rhk with a leader's RHK typed under a label and followed by an aside (tester54 #12): the label and the aside are no
part of the RHK, and an aside saying the user's team holds it is the «Saya pegang semua» choice."""

from bot.conversation import Engine
from tests.talk import said


def test_a_labelled_leader_rhk_with_a_holding_aside_is_held_whole():
    engine = Engine()
    engine.handle("u", "/rhk")
    reply = said(engine.handle("u", "RHK direktur: meningkatnya puskesmas yg menyelenggarakan layanan keswa sesuai "
                                    "standar. tim sy yg pegang ini"))
    assert engine.state("u").rhk.leader == "Meningkatnya puskesmas yang menyelenggarakan layanan keswa sesuai standar"
    assert "Anda memegang seluruh RHK ini" in reply and "direktur" not in reply and "pegang ini" not in reply


def test_an_aside_that_holds_nothing_still_asks_which_part():
    engine = Engine()
    reply = said(engine.handle("u", "/rhk RHK pimpinan: meningkatnya puskesmas yg menyelenggarakan layanan keswa "
                                    "sesuai standar. mohon bantuannya"))
    assert "Bagian mana yang Anda pegang?" in reply and "«RHK pimpinan" not in reply and "mohon" not in reply


def test_a_leader_asking_to_draft_the_teams_rhk_gets_rhk_not_iki_suggestions():
    """tester54 #17: «… mau bikin rhk tim dulu» answered «belum terbaca hasil kerja … dari «ketua tim»»."""
    engine = Engine()
    reply = said(engine.handle("u", "sy ketua tim di dit keswa, anggota 3 org. mau bikin rhk tim dulu"))
    assert "RHK untuk pekerjaan atau hasil apa?" in reply and engine.state("u").rhk is not None
    asked = said(Engine().handle("u", "cara bikin rhk gmn"))
    assert "RHK untuk pekerjaan atau hasil apa?" not in asked
