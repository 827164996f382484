"""/rhk never traps: a message that plainly is not the step's answer steps aside with the RHK kept (tester9 #1)."""

from tests.talk import labels, press, said

LEADER = "/rhk Meningkatnya cakupan imunisasi dasar lengkap pada bayi"


def test_a_typed_label_picks_that_part_and_never_becomes_the_rhk(engine):
    replies = engine.handle("k1", LEADER)
    press(engine, "k1", replies, "Output antara")
    text = said(engine.handle("k1", "Saya pegang semua"))
    assert "Saya pegang seluruhnya diselesaikan" not in text
    assert "cascading langsung" in text


def test_a_request_opens_its_flow_and_the_rhk_waits(engine):
    replies = engine.handle("k2", LEADER)
    press(engine, "k2", replies, "Saya pegang semua")
    text = said(engine.handle("k2", "mau bagi iki ke 5 anggota tim per wilayah"))
    assert "MPPH" in text and "tidak diawali kata ukuran" not in text
    # the RHK held whole travels with the MPPH that measures it, /rhk's step (and its buttons) no longer open beside
    assert engine.state("k2").mpph.rhk == "Meningkatnya cakupan imunisasi dasar lengkap pada bayi"
    assert engine.state("k2").rhk is None


def test_something_else_steps_aside_and_rhk_takes_it_up_again(engine):
    replies = engine.handle("k3", LEADER)
    press(engine, "k3", replies, "Saya pegang semua")
    for message in ("Core CL", "selesai"):
        text = said(engine.handle("k3", message))
        assert "tidak diawali kata ukuran" not in text
        assert "/rhk" in text
        assert engine.state("k3").rhk.paused
        again = engine.handle("k3", "/rhk")
        assert "RHK: Meningkatnya cakupan imunisasi dasar lengkap pada bayi" in said(again)
    saved = engine.handle("k3", "Persentase bayi yang mendapat imunisasi dasar lengkap")
    assert "Simpan ke draf" in labels(saved)
    assert "Meningkatnya cakupan" in said(saved)


def test_a_question_gets_the_steps_help_and_the_step_stays(engine):
    replies = engine.handle("k4", LEADER)
    press(engine, "k4", replies, "Saya pegang semua")
    text = said(engine.handle("k4", "maksudnya gmn kak?"))
    assert "tidak diawali kata ukuran" not in text
    assert "tulis IKI yang mengukur RHK ini" in text
    assert not engine.state("k4").rhk.paused

