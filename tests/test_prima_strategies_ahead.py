"""PRIMA step 1: «strategi: …» typed with the search result on screen is step 2's answer: the strategies kept and the
role asked next, never IKI proposed at once with a guessed role; the one row whose whole name was typed is the
indicator (d5-korsub01: straight to step 4 as «anggota», the indicator left empty)."""

from bot.models import Peran
from tests.talk import said, typed


def test_strategies_typed_at_step_one_answer_step_two_and_the_role_is_asked(engine):
    typed(engine, "u", "/prima", "indikator kami: Persentase Kab/Kota yang mampu dalam melakukan Penanggulangan Krisis "
          "Kesehatan dan Penanggulangan Gawat Darurat Terpadu")
    text = said(engine.handle("u", "strategi: pendampingan penyusunan rencana kontinjensi kab/kota, pelatihan tim "
                                   "PSC/TRC, monev kesiapsiagaan"))
    prima = engine.state("u").prima
    assert prima.step == "I" and "pelatihan tim PSC/TRC" in prima.strategies
    assert prima.indicator is not None and prima.indicator.code == "IKP 24.3"
    assert "peran Anda" in text and "Usulan IKI" not in text
    typed(engine, "u", "Ketua tim", "Ya, langsung")
    state = engine.state("u")
    assert state.skp.peran is Peran.ketua_tim and state.prima.step == "M"
