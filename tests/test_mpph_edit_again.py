"""A correction typed right after a role was changed puts that role right (tester57 F12: after «Ubah peran 3»,
«*eh targetnya tetap 1 ding» was checked as an IKI)."""

from bot.conversation import Engine
from tests.talk import mpph_divided, said


def _changed_role_two(engine, user):
    mpph_divided(engine, user, "/mpph Jumlah desa yang melaksanakan STBM; 30 desa", "kuantitatif",
                 "Tono; desa timur; 10\nUli; desa barat; 20", "selesai")
    engine.press(user, "mpph:edit:2")
    assert "Peran 2 diubah" in said(engine.handle(user, "Uli; desa barat dan tengah; 15"))


def test_a_starred_target_after_a_change_sets_that_roles_target():
    engine = Engine()
    _changed_role_two(engine, "u")
    reply = said(engine.handle("u", "*ehh target 20 aja dink"))
    roles = engine.state("u").mpph.indicators[0].peran
    assert "Peran 2 diubah" in reply and str(roles[1].target) == "20" and roles[1].bagian == "desa barat dan tengah"
    assert "kata ukuran" not in reply


def test_a_starred_value_with_its_unit_after_a_change_is_its_target_and_nothing_else_is_taken():
    engine = Engine()
    _changed_role_two(engine, "v")
    engine.handle("v", "*20 desa aja")
    assert str(engine.state("v").mpph.indicators[0].peran[1].target) == "20 desa"
    engine.handle("v", "ubah 1 Tono; desa timur; 10")
    engine.handle("v", "simpan ke draf")  # moved on: a later «*5 desa» is no change of role 1
    engine.handle("v", "*5 desa")
    assert [str(r.target) for r in engine.state("v").mpph.indicators[0].peran] == ["10", "20 desa"]
