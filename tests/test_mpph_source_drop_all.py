"""The IKI an MPPH indicator is shared out from dropped with /buang: one question under /buang's reply, whether to
take that indicator and all its roles out of the MPPH at once or keep them, never a role at a time only."""

from bot.conversation import Engine
from tests.talk import labels, mpph_divided, said

INDICATOR = "/mpph Jumlah kader kesehatan jiwa yang dilatih; 120 orang"


def _shared_then_dropped(engine: Engine, user: str):
    mpph_divided(engine, user, INDICATOR, "kuantitatif", "Rahmi; 40\nDaus; 40\nSekar; 40", "selesai")
    engine.press(user, "mpph:save")
    return engine.handle(user, "/buang 1")


def test_dropping_the_source_asks_once_and_takes_every_role_out_at_once():
    engine = Engine()
    replies = _shared_then_dropped(engine, "d")
    text = said(replies)
    assert "masih dibagi ke 3 peran anggota" in text and text.rstrip().endswith("Pilih tombol di bawah."), text
    assert {"Hapus semua perannya dari MPPH", "Biarkan perannya"} <= set(labels(replies)), labels(replies)
    done = said(engine.press("d", "skp:srcdrop"))
    flow = engine.state("d").mpph or engine.state("d").mpph_last
    assert flow is None or not flow.indicators, done
    assert "Dihapus dari MPPH: Indikator 1 (3 peran)" in done, done
    assert "sudah tidak berlaku" in said(engine.press("d", "skp:srcdrop"))  # pressed again: nothing left to drop


def test_keeping_them_leaves_every_role_with_the_note():
    engine = Engine()
    _shared_then_dropped(engine, "k")
    kept = said(engine.press("k", "skp:srckeep"))
    flow = engine.state("k").mpph or engine.state("k").mpph_last
    assert len(flow.indicators[0].peran) == 3 and flow.indicators[0].dibuang, kept
    assert "tetap di MPPH" in kept, kept
