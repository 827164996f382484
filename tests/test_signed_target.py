"""A comparison sign written before an IKI's final number goes with its target, never stays in the IKI (tester9 #7)."""

import pytest

from bot.conversation.answers import fields_in
from tests.talk import press


@pytest.mark.parametrize("typed, kept", [("Persentase sampel ditolak < 2%", "< 2%"),
                                         ("Persentase sampel ditolak ≤ 2%", "≤ 2%"),
                                         ("Persentase sampel ditolak <2%", "< 2%"),
                                         ("Persentase sampel ditolak <= 2", "≤ 2%")])
def test_the_sign_stays_with_its_target(typed, kept):
    # (a strict «<» stays one: d11-kkp05, tester19 #21)
    read = fields_in(typed)
    assert read.indikator == "Persentase sampel ditolak"
    assert read.target.text == kept


def test_a_condition_with_words_stays_in_the_name():
    assert fields_in("Persentase kab/kota yang mencapai IDL minimal 90%").target is None


def test_a_pasted_line_saves_no_dangling_sign(engine):
    replies = engine.handle("s7", "1. Jumlah sampel yang diperiksa di lab 1200 sampel\n2. Persentase sampel ditolak < 2%\n"
                                  "3. Persentase hasil uji yang dikirim tepat waktu 95%")
    press(engine, "s7", replies, "Simpan 3 IKI")
    saved = {iki.indikator: iki.target for iki in engine.state("s7").skp.iki}
    assert saved["Persentase sampel ditolak"] == "< 2%"
    assert not any(text.rstrip().endswith(("<", "≤")) for text in saved)
