"""ux26 #1: «eh salah, 20 aja» right after a target was given puts that target right, and a data awal asked back
because it is low offers the reading as the target too."""

import pytest

from tests.talk import labels, press, said

IKI = "Persentase sampel air minum yang diperiksa sesuai standar"


@pytest.mark.parametrize("opening", [[f"{IKI} target 90%"], [f"/cek {IKI}, target 90", "Simpan ke draf"],
                                     [f"{IKI}, 90", "simpan"]])
def test_a_correction_after_the_target_typed_with_the_iki_corrects_the_target(engine, opening):
    """The target came with the IKI, the data awal is asked next: the correction is the target's, said so."""
    for message in opening:
        engine.handle("u", message)
    assert engine.state("u").fill.field == "baseline"
    reply = said(engine.handle("u", "eh salah, 20 aja"))
    iki = engine.state("u").skp.iki[0]
    assert iki.target == "20%" and iki.baseline is None
    assert "diganti: 20% (sebelumnya 90%)" in reply and "data awal" in reply


def test_a_low_data_awal_asked_back_can_be_the_target(engine):
    """From a pasted list the target is no answer given here, so the correction is read as the data awal, asked back
    as low: «Target 20%» is offered beside «Ya, 20%» and puts the target right, the data awal asked again."""
    engine.handle("u", f"{IKI}, 90\nPersentase laporan yang disusun tepat waktu, 90")
    engine.handle("u", "simpan semua")
    replies = engine.handle("u", "eh salah, 20 aja")
    assert {"Ya, 20%", "Target 20%"} <= set(labels(replies))
    replies = press(engine, "u", replies, "Target 20%")
    iki = engine.state("u").skp.iki[0]
    assert iki.target == "20%" and iki.baseline is None
    assert "(sebelumnya 90%)" in said(replies) and engine.state("u").fill.field == "baseline"
