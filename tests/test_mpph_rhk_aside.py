"""/mpph opened while /rhk still waits keeps the RHK and says so (mpph38 #3: it was dropped silently)."""

from bot.conversation import Engine
from tests.talk import labels, said


def test_a_leaders_rhk_waiting_for_its_part_is_kept_aside_and_taken_up_again_by_a_bare_rhk():
    engine = Engine()
    engine.handle("k", "/rhk Meningkatnya cakupan imunisasi dasar lengkap di seluruh kab/kota")
    opened = said(engine.handle("k", "/mpph"))
    assert "/rhk" in opened and "simpan dulu" in opened and "Langkah 1 dari 3" in opened
    state = engine.state("k")
    assert state.rhk is not None and state.rhk.paused and state.mpph is not None
    back = said(engine.handle("k", "/rhk"))
    assert "Meningkatnya cakupan imunisasi dasar lengkap" in back and "bagian mana" in back


def test_an_iki_offered_with_its_rhk_still_waits_with_its_save_button_beside_the_mpph():
    engine = Engine()
    engine.handle("k", "/rhk Persentase puskesmas yang melaporkan data imunisasi tepat waktu")
    opened = engine.handle("k", "/mpph")
    assert "Simpan ke draf" in labels(opened) and "tetap menunggu" in said(opened)
    engine.press("k", "fill:save")
    iki = engine.state("k").skp.iki
    assert len(iki) == 1 and iki[0].rhk and "imunisasi" in iki[0].indikator
