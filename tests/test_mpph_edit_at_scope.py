"""«ubah N …» typed while the MPPH asks who holds the rest changes role N (mpph38 #4: it became a new role)."""

from bot.conversation import Engine
from tests.talk import mpph_divided, said


def _asked_the_rest(engine):
    replies = mpph_divided(engine, "k", "/mpph Persentase puskesmas yang melapor tepat waktu; 85%", "wilayah",
                           "Tono; Sumatera; 85%\nUli; Jawa; 85%", "selesai")
    assert "Siapa yang memegangnya?" in said(replies)


def test_a_role_changed_by_number_under_the_scope_question_is_that_role():
    engine = Engine()
    _asked_the_rest(engine)
    reply = said(engine.handle("k", "ganti 1 Tono; Sumatera, Kalimantan; 85%"))
    leader = engine.state("k").mpph.indicators[0]
    assert [(r.pegawai, r.bagian) for r in leader.peran] == [("Tono", "Sumatera, Kalimantan"), ("Uli", "Jawa")]
    assert "Siapa yang memegangnya?" in reply  # still open: Bali and the east are held by no one


def test_a_role_dropped_by_number_while_the_other_team_is_asked_is_dropped_never_the_holder():
    engine = Engine()
    _asked_the_rest(engine)
    engine.press("k", "mpph:rest:lain")
    engine.handle("k", "hapus 2")
    leader = engine.state("k").mpph.indicators[0]
    assert [r.pegawai for r in leader.peran] == ["Tono"] and "hapus" not in leader.pemegang_lain
