"""A part's own target typed with its unit under a percentage indicator (tester58 F3): the member's IKI measures in
that unit, the matrix and its check say so, and an edit of the target that names a new unit is the part's unit."""

from bot.conversation import Engine
from bot.skp.mpph import member_iki
from tests.talk import mpph_divided, said

LEADER = "/mpph Persentase puskesmas yang melaksanakan layanan PTM terpadu; 75%"


def _flow(engine, user):
    return engine.state(user).mpph or engine.state(user).mpph_last


def test_a_service_row_counting_documents_keeps_its_documents_under_a_percentage_indicator():
    engine = Engine()
    matrix = said(mpph_divided(engine, "d", LEADER, "layanan",
                               "Nadia; penyusunan juknis PTM; 4 dokumen; Jumlah dokumen juknis PTM yang disahkan\n"
                               "Yoga; pendampingan puskesmas; 70%; Persentase puskesmas yang didampingi sesuai jadwal",
                               "selesai"))
    assert "(target 4 dokumen)" in matrix and "satuannya persen" not in matrix, matrix
    leader = _flow(engine, "d").indicators[0]
    assert member_iki(leader, leader.peran[0]).satuan == "dokumen"


def test_a_target_edit_naming_a_unit_changes_what_the_matrix_shows_and_clears_its_check():
    engine = Engine()
    mpph_divided(engine, "e", LEADER, "layanan",
                 "Nadia; penyusunan juknis PTM; 4; Jumlah juknis PTM yang disahkan\n"
                 "Yoga; pendampingan puskesmas; 70%; Persentase puskesmas yang didampingi sesuai jadwal", "selesai")
    state = engine.state("e")
    state.mpph.indicators[0].peran[0].satuan = "%"  # the part as if read in the leader's percentage
    engine._store.save("e", state.model_dump_json())
    assert "(target 4%)" in said(engine.handle("e", "/mpph"))
    text = said(engine.handle("e", "ubah 1 target 3 juknis"))
    assert "(target 3 juknis)" in text, text
    role = _flow(engine, "e").indicators[0].peran[0]
    assert role.satuan == "juknis" and role.target == "3 juknis"
