"""«eh salah, yg ini TUSI aja» is about the IKI whose question is open (tester17b #7): an IKI typed ahead before a
button answered the open question is no longer «that one», and never takes the jenis."""

from bot.conversation import Engine
from tests.talk import typed_ahead_in_prima


def test_a_jenis_typed_after_a_button_is_not_given_to_the_iki_typed_ahead_before_it():
    engine = Engine()
    typed_ahead_in_prima(engine)
    engine.press("u", "prima:nobaseline")  # the open question answered by its button: the next IKI is asked
    engine.handle("u", "eh salah, yg ini beyond aja")
    assert engine.state("u").skp.iki[2].jenis is None


def test_a_jenis_change_with_its_reason_at_the_weight_question_is_the_jenis_of_the_iki_asked():
    """«eh ini hrsnya Beyond, inovasi sy sendiri» at the weight question was read as other work to draft an IKI from;
    the IKI asked was left without its weight."""
    engine = Engine()
    for message in ("/prima", "Lewati", "Lewati", "Anggota tim", "Tidak langsung",
                    "Persentase fitur dashboard pemantauan layanan yg dimanfaatkan daerah, 80%",
                    "Belum ada data awal", "Core TUSI"):
        engine.handle("u", message)
    state = engine.state("u")
    assert state.prima.field == "bobot" and state.prima.current.jenis.value == "core_tusi"
    engine.handle("u", "eh ini hrsnya Beyond, inovasi sy sendiri")
    state = engine.state("u")
    assert state.prima.field == "bobot" and state.prima.current.jenis.value == "beyond"
    assert len(state.skp.iki) <= 1 and all("inovasi sy sendiri" not in i.indikator for i in state.skp.iki)
