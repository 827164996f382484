"""«ga ada yg pas kayaknya» after a search at PRIMA step 1 says no row fits: the words searched before become the
unit's indicator, as «Pakai tulisan saya» does, never the decline itself (day35, d6-pralab01)."""

import pytest

from tests.talk import said, typed


@pytest.mark.parametrize("decline", ["ga ada yg pas kayaknya", "tidak ada yang cocok", "gak ada yg sesuai sih",
                                     "none of these fit"])
def test_none_fits_takes_the_words_searched_before(engine, decline):
    typed(engine, "u", "/prima", "saya di labkesmas, kerjaan saya pemeriksaan sampel")
    replies = typed(engine, "u", decline)
    prima = engine.state("u").prima
    assert prima.step == "R" and "pemeriksaan sampel" in prima.indicator.name
    assert decline not in said(replies)
