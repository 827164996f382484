"""An MPPH «Ubah peran N» left open ends when the leader turns to another command or another task's button
(tester55 F14): what they type next is read as itself, never as that role's new part, and the role stays as it was."""

from bot.conversation import Engine
from tests.talk import said, typed


def _matrix(user: str) -> Engine:
    engine = Engine()
    typed(engine, user, "/mpph Persentase puskesmas yang melapor tepat waktu; 90%")
    engine.press(user, "mpph:method:wilayah")
    typed(engine, user, "Sari; Kabupaten Bogor; 90%\nTono; Kabupaten Bekasi; 90%", "selesai")
    engine.press(user, "mpph:edit:2")
    assert engine.state(user).mpph.step == "edit"
    return engine


def _role(engine: Engine, user: str, n: int):
    flow = engine.state(user).mpph or engine.state(user).mpph_last
    return [role for leader in flow.indicators for role in leader.peran][n - 1]


def test_a_command_ends_the_role_change_and_the_next_message_is_not_its_part():
    engine = _matrix("k1")
    text = said(engine.handle("k1", "/skp"))
    assert "Ubah peran 2 MPPH tidak dilanjutkan" in text
    assert engine.state("k1").mpph.step == "done" and engine.state("k1").mpph.editing is None
    engine.handle("k1", "rapat koordinasi pelaporan dengan dinkes kota")
    assert _role(engine, "k1", 2).bagian == "Kabupaten Bekasi"


def test_another_tasks_button_ends_the_role_change_too():
    engine = _matrix("k2")
    text = said(engine.press("k2", "cmd:ekspor"))
    assert "tidak dilanjutkan" in text and engine.state("k2").mpph.step == "done"
    assert "Peran 2 diubah" not in said(engine.handle("k2", "Kota Depok"))
    assert _role(engine, "k2", 2).bagian == "Kabupaten Bekasi"


def test_batal_still_cancels_and_the_edit_buttons_say_they_expired_after_a_command():
    engine = _matrix("k3")
    engine.handle("k3", "/skp")
    assert "sudah tidak berlaku" in said(engine.press("k3", "mpph:drop:2"))
    assert _role(engine, "k3", 2).pegawai == "Tono"
