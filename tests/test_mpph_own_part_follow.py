"""A Ketua's own share of a split indicator, saved to their SKP, edited there (tester58 F2): the share in the matrix
follows its target, the team indicator's target never does, and an edit of another field moves no target at all."""

from bot.conversation import Engine
from tests.talk import mpph_divided, said


def _shared(user: str) -> Engine:
    engine = Engine()
    mpph_divided(engine, user, "/mpph Jumlah sampel limbah yang diperiksa di laboratorium; 800 sampel", "kuantitatif",
                 "Sinta; sampel air limbah RS; 300\nBayu; sampel limbah industri; 300\n"
                 "Rahmat (katim); sampel limbah domestik; 200", "selesai")
    engine.press(user, "mpph:save")
    assert [str(i.target) for i in engine.state(user).skp.iki] == ["200"]
    return engine


def _leader(engine, user):
    flow = engine.state(user).mpph or engine.state(user).mpph_last
    return flow.indicators[0]


def test_a_weight_given_to_the_leaders_own_share_leaves_every_target_of_the_matrix():
    engine = _shared("w")
    text = said(engine.handle("w", "/ubah 1 bobot 20"))
    leader = _leader(engine, "w")
    assert "ikut berubah" not in text
    assert leader.target.startswith("800") and [r.target for r in leader.peran][-1] == "200"


def test_a_new_target_of_the_leaders_own_share_moves_their_row_only():
    engine = _shared("t")
    text = said(engine.handle("t", "/ubah 1 target 250 sampel"))
    leader = _leader(engine, "t")
    assert leader.target.startswith("800"), text
    own = [r for r in leader.peran if r.sendiri]
    assert len(own) == 1 and own[0].target.startswith("250")
    assert [r.target for r in leader.peran if not r.sendiri] == ["300", "300"]
    assert "tetap 800" in text
