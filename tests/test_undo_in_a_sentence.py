"""An undo said in a sentence owning up to a slip («waduh salah hapus, undo dong», «eh salah, undo») is the undo, as a
bare «undo» is: the IKI /buang removed comes back, the value /ubah changed goes back (tester52 P3-3)."""

import pytest

from bot.conversation import Engine
from tests.talk import list_saved

LINES = "\n".join(["Persentase sampel air yang diperiksa sesuai standar",
                   "Persentase alat laboratorium yang terkalibrasi tepat waktu",
                   "Persentase tiket gangguan TI yang diselesaikan dalam 1x24 jam"])


@pytest.mark.parametrize("undo", ["waduh salah hapus, undo dong", "oops kehapus, balikin", "undo"])
def test_a_removal_owned_up_to_is_put_back(undo):
    engine = Engine()
    list_saved(engine, "u", LINES)
    engine.handle("u", "/buang 1")
    assert len(engine.state("u").skp.iki) == 2
    engine.handle("u", undo)
    assert [iki.indikator for iki in engine.state("u").skp.iki] == LINES.splitlines()


@pytest.mark.parametrize("undo", ["eh salah, undo", "waduh keliru, undo dong"])
def test_a_change_owned_up_to_is_taken_back(undo):
    engine = Engine()
    list_saved(engine, "u", LINES)
    engine.handle("u", "/ubah 3 target 70")
    assert engine.state("u").skp.iki[2].target is not None
    engine.handle("u", undo)
    assert engine.state("u").skp.iki[2].target is None
