"""A remark typed after a member's name (tester58 F4, F23): no part of the name, so one person on two indicators is
one member; a later line naming them only by that remark is theirs, or asks which member, never only refused."""

from bot.conversation import Engine
from bot.conversation.mpph_leader_row import name_and_remark
from tests.talk import mpph_divided, said, typed


def _flow(engine, user):
    return engine.state(user).mpph or engine.state(user).mpph_last


def test_a_bracketed_or_comma_remark_leaves_the_name_and_titles_and_a_leader_mark_stay():
    assert name_and_remark("Ns. Rudi Hartono (CPNS baru, masih orientasi)") == ("Ns. Rudi Hartono",
                                                                              "CPNS baru, masih orientasi")
    assert name_and_remark("Yuni Astuti, tenaga kontrak") == ("Yuni Astuti", "tenaga kontrak")
    assert name_and_remark("dr. Bagus Santoso, Sp.KK") == ("dr. Bagus Santoso, Sp.KK", None)
    assert name_and_remark("Rina (katim)") == ("Rina (katim)", None)


def test_one_person_written_with_and_without_a_remark_on_two_indicators_is_one_member():
    engine = Engine()
    mpph_divided(engine, "r", "/mpph Jumlah kader posyandu yang dilatih; 120 orang", "kuantitatif",
                 "Ns. Rudi Hartono (CPNS baru); 40\nSiti Aminah; 80", "selesai")
    engine.press("r", "mpph:add")
    engine.handle("r", "Persentase posyandu yang melapor tepat waktu; 85%")
    engine.press("r", "mpph:method:wilayah")
    matrix = said(typed(engine, "r", "Rudi Hartono; Jawa Barat; 85%\nSiti Aminah; Banten; 85%", "selesai",
                        "cakupannya hanya ini"))
    team = [p.nama for p in _flow(engine, "r").team]
    assert sorted(team) == ["Ns. Rudi Hartono", "Siti Aminah"], (team, matrix)
    assert "CPNS baru" not in matrix


def test_a_line_naming_a_member_by_their_remark_is_tied_to_them_and_a_vague_one_asks_which():
    engine = Engine()
    replies = mpph_divided(engine, "p", "/mpph Persentase dokumen perencanaan yang tersusun tepat waktu; 90%", "aspek",
                           "Andre Wijaya (honorer); aspek RKA; 90%\nLusi; aspek Renja; 90%\n"
                           "yg honorer juga pegang aspek DIPA revisi")
    text = said(replies)
    assert "belum terbaca" not in text and "«yg honorer juga» saya baca sebagai Andre Wijaya" in text, text
    roles = _flow(engine, "p").current.peran
    assert [(r.pegawai, r.bagian) for r in roles][-1] == ("Andre Wijaya", "aspek DIPA revisi")
    text = said(engine.handle("p", "staf saya satu lagi pegang aspek monev"))
    assert "anggota yang mana?" in text and "Andre Wijaya" in text and "Lusi" in text, text
