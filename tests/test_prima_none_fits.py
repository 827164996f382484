"""«ga ada yg pas kayaknya» after a search at PRIMA step 1 says no row fits: the words searched before become the
unit's indicator, as «Pakai tulisan saya» does, never the decline itself; an acronym naming no saved IKI at a target
question is said back, never that IKI's target (day35, d6-pralab01)."""

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


@pytest.mark.parametrize("value", ["yg TAT 90 persen", "yg EQAS 95"])
def test_an_acronym_naming_no_saved_iki_is_never_the_asked_iki_target(engine, value):
    """«yg TAT 90 persen» at the target question of the PME IKI: «TAT» (three capitals) names work no saved IKI holds,
    so the value is said back, never the PME count's target (d6-pralab01: «Jumlah tidak bisa 90%»)."""
    typed(engine, "u", "/prima", "Lewati", "uji mutu eksternal PME", "Anggota tim", "Tidak langsung", "Pakai usulan 1")
    asked = engine.state("u").prima.current
    replies = typed(engine, "u", value)
    assert value.split()[1] in said(replies) and "Belum ada IKI" in said(replies)
    assert asked.target is None


def test_a_question_after_nothing_found_asks_the_step_again_with_its_own_buttons():
    """tester52 P3-6: after «what does that mean?» the step came back with only [Lewati] [Batal], so «1» skipped it."""
    from bot.conversation import Engine
    from tests.talk import labels

    engine = Engine()
    typed(engine, "u", "/prima", "sanitarian BKK bandara soekarno hatta")
    replies = engine.handle("u", "itu maksudnya apa?")
    assert labels(replies)[-3:] == ["Pakai tulisan saya", "Lewati", "Batal"], said(replies)
    engine.handle("u", "1")
    state = engine.state("u")
    assert state.prima.step == "R" and "sanitarian" in state.prima.indicator.name
