"""«bobotnya brp?» typed while an earlier field of an IKI is asked (day-one dev13, d13-rm03): this IKI's weight is
asked now, with its suggestion and what is left of its jenis, and the number typed next is its weight, never a data
awal; an IKI typed with a closing question about its weight is saved and its weight asked."""

from tests.talk import prima_at_step_m, said


def test_a_weight_question_at_the_data_awal_question_asks_the_weight_now(engine):
    prima_at_step_m(engine, "u")
    engine.handle("u", "Persentase berkas rekam medis rawat inap yg lengkap dlm 2x24 jam")
    engine.handle("u", "85")
    assert engine.state("u").prima.field == "baseline"
    reply = said(engine.handle("u", "bobotnya brp?"))
    assert "Bobot IKI ini" in reply and "Saran:" in reply and "Sisa bobot" in reply
    engine.handle("u", "20 jg")
    iki = engine.state("u").skp.iki[0]
    assert iki.bobot == 20 and iki.baseline is None and iki.jenis is not None


def test_a_weight_question_closing_an_iki_saves_it_and_asks_its_weight(engine):
    prima_at_step_m(engine, "u")
    reply = said(engine.handle("u", "Persentase kode diagnosis ICD-10 yg akurat hasil audit koding, target 90%, tusi, "
                                    "bobotnya brp?"))
    assert "ICD-10" in engine.state("u").skp.iki[0].indikator and "Bobot IKI ini" in reply
    assert engine.state("u").prima.field == "bobot"


def test_a_weight_question_outside_prima_asks_the_weight_of_the_iki_being_completed(engine):
    engine.handle("u", "Persentase berkas rekam medis rawat inap yg lengkap dlm 2x24 jam, 85%")
    engine.handle("u", "Simpan ke draf")
    assert engine.state("u").fill.field == "baseline"
    reply = said(engine.handle("u", "bobotnya brp?"))
    assert "Bobot IKI ini" in reply and engine.state("u").fill.field == "bobot"


def test_a_weight_question_saying_more_is_left_to_the_other_readings():
    from bot.conversation.iki_fields import Fields

    assert Fields.asks_weight("bobotnya brp?") and Fields.asks_weight("bobot iki ini berapa ya kak?")
    assert not Fields.asks_weight("bobotnya? aku ga ada cascade langsung")  # d9-gizi01: the role told too
    assert not Fields.asks_weight("bobotnya 20 ya?")
