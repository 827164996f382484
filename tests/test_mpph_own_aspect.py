"""A Ketua holding an aspect of an aspek split saves that aspect as their IKI, as a member would (mpph38 left it: the
whole indicator was saved); work over the whole («koordinasi seluruh komponen») keeps the whole indicator."""

from bot.conversation import Engine
from tests.talk import mpph_divided


def _saved(own_line: str):
    engine = Engine()
    mpph_divided(engine, "a", "/mpph Indeks kepuasan pengguna layanan laboratorium; 3,5 indeks", "aspek",
                 f"Rudi; komponen waktu tunggu hasil; 3,5\nSinta; komponen keramahan petugas; 3,5\n{own_line}",
                 "selesai")
    engine.press("a", "mpph:save")
    return engine.state("a").skp.iki


def test_an_aspect_the_leader_holds_is_their_iki_with_its_own_target():
    (iki,) = _saved("Saya; komponen kejelasan informasi tarif; 3,6")
    assert "kejelasan informasi tarif" in iki.indikator and iki.indikator.startswith("Indeks kepuasan")
    assert str(iki.target).startswith("3,6") and iki.jenis == "core_cl"


def test_coordination_over_every_component_keeps_the_whole_indicator():
    (iki,) = _saved("Saya; koordinasi seluruh komponen; 3,5")
    assert iki.indikator == "Indeks kepuasan pengguna layanan laboratorium"
