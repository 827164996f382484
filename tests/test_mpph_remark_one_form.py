"""A remark typed in brackets after a member's name is shown in one form wherever the name is listed: the roles
read back, the matrix, «Ubah peran N» (with every part of the role, the porsi too) and the invite list (play41 F5)."""

from bot.conversation import Engine
from tests.talk import mpph_divided, said

NAMED = "Nia Kurniasih (cuti melahirkan s.d. Februari)"


def test_the_name_and_its_remark_read_the_same_in_every_list():
    engine = Engine()
    read_back = said(mpph_divided(engine, "n", "/mpph Persentase laporan keuangan satker yang direviu tepat waktu; 90%",
                                  "aspek", f"{NAMED}; aspek laporan semester; 60%\nGilang; aspek laporan tahunan; 40%"))
    matrix = said(engine.handle("n", "selesai")) + said(engine.press("n", "mpph:share:porsi"))
    asked = said(engine.press("n", "mpph:edit:1"))
    engine.press("n", "mpph:back")
    invites = said(engine.press("n", "pasang:undang"))
    for shown in (read_back, matrix, asked, invites):
        assert NAMED in shown, shown
    assert "(Anggota; " not in matrix, matrix
    assert f"{NAMED}; aspek laporan semester; 90%; porsi beban 60%" in asked, asked
