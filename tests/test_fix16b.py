"""tester16: values a first-day user types — a data awal in another unit or past the target is asked back."""

import pytest

from tests.talk import prima_at_step_m, said

REPAIR = "Persentase permintaan perbaikan alat yang diselesaikan sesuai standar waktu"


def _at_baseline(engine, indikator: str, target: str) -> None:
    prima_at_step_m(engine, "u")
    engine.handle("u", indikator)
    engine.handle("u", target)
    assert engine.state("u").prima.field == "baseline"


@pytest.mark.parametrize("typed, why", [("24 sertifikat", "bukan persen"), ("95", "melampaui target")])
def test_a_data_awal_in_another_unit_or_past_a_rising_target_is_asked_back(engine, typed, why):
    """tester16 #3: «24 sertifikat» for a Persentase and 95 for target 80 were stored silently and drove the path."""
    _at_baseline(engine, REPAIR, "80")
    reply = said(engine.handle("u", typed))
    assert why in reply and "Betul" in reply
    assert engine.state("u").skp.iki[0].baseline is None
    engine.handle("u", "ya")  # confirmed, it stands as a percentage
    assert engine.state("u").skp.iki[0].baseline in ("24%", "95%")


def test_a_likely_data_awal_is_taken_at_once(engine):
    _at_baseline(engine, REPAIR, "80")
    reply = said(engine.handle("u", "70"))
    assert "Data awal 70% tercatat" in reply and "Betul" not in reply


HD = "Persentase pasien HD yang mendapat edukasi cairan dan diet"


def _at_weight(engine) -> None:
    prima_at_step_m(engine, "u")
    for line in (HD, "80", "#1", "Core TUSI"):
        engine.handle("u", line)
    assert engine.state("u").prima.field == "bobot"


def test_a_jenis_put_right_at_the_weight_question_changes_it_and_asks_the_weight_again(engine):
    """tester16 #5: «eh salah jenisnya beyond» at the weight question got «Bobot harus angka»; the jenis stayed."""
    _at_weight(engine)
    reply = said(engine.handle("u", "eh salah jenisnya beyond"))
    assert "Core TUSI → Beyond" in reply and "Bobot harus" not in reply
    prima = engine.state("u").prima
    assert prima.current.jenis.value == "beyond" and prima.field == "bobot"
    engine.handle("u", "20")
    assert [(i.jenis.value, i.bobot) for i in engine.state("u").skp.iki] == [("beyond", 20)]


def test_a_jenis_and_weight_typed_together_at_the_weight_question_take_both(engine):
    _at_weight(engine)
    engine.handle("u", "beyond aja, 15")
    assert [(i.jenis.value, i.bobot) for i in engine.state("u").skp.iki] == [("beyond", 15)]


def test_a_correction_typed_at_the_ubah_target_question_is_its_value(engine):
    """tester16 #5: «eh salah, 90» after «/ubah 1 target» got «Target harus berupa angka»."""
    _at_weight(engine)
    engine.handle("u", "30")
    engine.handle("u", "/ubah 1 target")
    reply = said(engine.handle("u", "eh salah, 90"))
    assert "harus berupa angka" not in reply
    assert engine.state("u").skp.iki[0].target == "90%"
