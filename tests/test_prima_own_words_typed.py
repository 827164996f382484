"""PRIMA step 1: «Pakai tulisan saya» typed in chat words («tulisan saya aja») under the search result presses it,
never searched as a keyword (d4-spesialis01: it searched «tulisan saya aja» and lost the unit's work)."""

from tests.talk import said, typed


def test_own_words_typed_take_the_search_words_as_the_units_indicator(engine):
    replies = typed(engine, "u", "/prima", "KSM anak RSUP. indikatornya mutu layanan RS kali")
    assert "Pakai tulisan saya" in [b.label for r in replies for b in r.buttons]
    text = said(engine.handle("u", "tulisan saya aja"))
    prima = engine.state("u").prima
    assert "KSM anak RSUP" in prima.indicator.name
    assert prima.step == "R" and "«tulisan saya aja»" not in text


def test_the_units_indicator_in_own_words_says_the_weights_without_direct_cascading(engine):
    # d10-apk02: «Pakai tulisan saya» moved on without saying the weights follow Core TUSI 90 / Core MI 10
    from bot.knowledge import policy

    split = policy().weights.split["indirect"]
    typed(engine, "u", "/prima", "sy apoteker klinis di instalasi farmasi RSUP, atasan sy ka instalasi farmasi")
    text = said(engine.handle("u", "Pakai tulisan saya"))
    assert f"Core TUSI {split['core_tusi']:g}%" in text and f"Core MI {split['core_mi']:g}%" in text
    assert engine.state("u").prima.step == "R"
