"""A Ketua's team changing during the year (tester55 F8): a member named as gone (pensiun, mutasi …) is a change of
the team's MPPH, offered role by role with the line handing the part over, never kept as a day's work; the Ketua's own
IKI target changed moves the MPPH indicator's target with it."""

from bot.conversation import Engine
from tests.talk import said, typed


def _ketua(user: str) -> Engine:
    engine = Engine()
    typed(engine, user, "/mpph Persentase posyandu yang aktif sesuai standar; 90%")
    engine.press(user, "mpph:method:aspek")
    typed(engine, user, "Lina; posyandu balita; 90%\nHadi; posyandu remaja; 90%\nRudi; posyandu lansia; 95%", "selesai")
    engine.press(user, "mpph:save")
    return engine


def test_a_member_leaving_is_offered_as_their_roles_to_hand_over_never_a_logbook_entry():
    engine = _ketua("t1")
    replies = engine.handle("t1", "bu lina pensiun per agustus")
    text = said(replies)
    assert "perubahan tim" in text and "Lina memegang peran 1" in text
    assert "ubah 1 Nama baru; posyandu balita; 90%" in text
    assert [b.data for r in replies for b in r.buttons] == ["mpph:edit:1"]
    assert not engine.state("t1").year.entries
    assert "Peran 1 diubah" in said(engine.handle("t1", "ubah 1 Hadi; posyandu balita; 90%"))


def test_a_member_leaving_with_the_one_taking_over_named_is_handed_over_as_told():
    """The README's «andi mutasi per 1 juli, wilayahnya dipegang budi» (tester58 F6): done, never only offered."""
    engine = _ketua("t4")
    text = said(engine.handle("t4", "bu lina pensiun per agustus, posyandu balita nanti dipegang hadi"))
    assert "perubahan tim" in text and not engine.state("t4").year.entries
    flow = engine.state("t4").mpph or engine.state("t4").mpph_last
    assert [(r.pegawai, r.bagian) for r in flow.indicators[0].peran] == [
        ("Hadi", "posyandu remaja, posyandu balita"), ("Rudi", "posyandu lansia")], text


def test_a_member_named_without_leaving_or_a_stranger_moved_is_no_team_change():
    engine = _ketua("t2")
    assert "perubahan tim" not in said(engine.handle("t2", "rapat evaluasi posyandu bersama Rudi dan kader"))
    assert "perubahan tim" not in said(engine.handle("t2", "memproses usulan mutasi pegawai Yanto ke dinas"))
    assert "perubahan tim" not in said(engine.handle("t2", "rapat dengan Hadi membahas usulan mutasi kader"))
    assert "perubahan tim" not in said(engine.handle("t2", "verifikasi berkas pensiun kader bersama Lina"))


def test_the_leaders_own_target_changed_moves_the_mpph_indicator_target():
    engine = _ketua("t3")
    text = said(engine.handle("t3", "/ubah 1 target 85%"))
    assert "Target Indikator 1 di MPPH ikut berubah: 90% → 85%" in text
    flow = engine.state("t3").mpph or engine.state("t3").mpph_last
    assert flow.indicators[0].target == "85%"
