"""play40: «IKK 2.1» typed while a checked IKI's suggestions waited was read as «usulan 1, target 2,1%» and saved."""

from bot.conversation import Engine
from tests.talk import said


def test_a_renstra_code_under_the_suggestions_is_looked_up_never_a_pick_with_its_target():
    engine = Engine()
    engine.handle("u", "/cek Melakukan pemeriksaan sampel laboratorium")
    assert engine.state("u").candidates
    shown = said(engine.handle("u", "IKP 2.1"))
    assert engine.state("u").skp.iki == [] and "2,1%" not in shown
