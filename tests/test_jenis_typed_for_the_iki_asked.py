"""«eh salah, yg ini TUSI aja» is about the IKI whose question is open (tester17b #7): an IKI typed ahead before a
button answered the open question is no longer «that one», and never takes the jenis."""

from bot.conversation import Engine


def test_a_jenis_typed_after_a_button_is_not_given_to_the_iki_typed_ahead_before_it():
    engine = Engine()
    for message in ("/prima", "Lewati", "Lewati", "Anggota tim", "Tidak langsung",
                    "Persentase rekomendasi kebijakan yg ditindaklanjuti pimpinan, 60, TUSI 40; Persentase "
                    "rekomendasi yg dipantau pemanfaatannya, 80, TUSI 25",
                    "ok also add: Persentase policy brief yg ditulis dlm 2 bahasa, 50"):
        engine.handle("u", message)
    engine.press("u", "prima:nobaseline")  # the open question answered by its button: the next IKI is asked
    engine.handle("u", "eh salah, yg ini beyond aja")
    assert engine.state("u").skp.iki[2].jenis is None
