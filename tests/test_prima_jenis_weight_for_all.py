"""«tusi 20 semua» in PRIMA's step 4: the jenis AND the weight for every IKI still without one, never the jenis alone
with the 20 dropped (tester52 P2-7)."""

from bot.conversation import Engine
from bot.models import Jenis
from tests.talk import prima_at_step_m, said

LIST = ("Persentase sampel air yang diperiksa sesuai standar, 90\n"
        "Persentase alat laboratorium yang terkalibrasi tepat waktu, 95\n"
        "Persentase tiket gangguan TI yang diselesaikan dalam 1x24 jam, 85")


def _three_saved(engine):
    prima_at_step_m(engine, "u")
    engine.handle("u", LIST)
    engine.handle("u", "Susun 3 IKI yang lolos")
    assert len(engine.state("u").skp.iki) == 3 and engine.state("u").prima.field == "baseline"


def test_a_jenis_and_weight_for_all_set_both():
    engine = Engine()
    _three_saved(engine)
    reply = said(engine.handle("u", "tusi 20 semua"))
    assert [(iki.jenis, iki.bobot) for iki in engine.state("u").skp.iki] == [(Jenis.core_tusi, 20.0)] * 3, reply
    assert "Bobot 20% untuk IKI ke-1, 2, 3" in reply, reply


def test_a_jenis_for_all_without_a_number_leaves_the_weights():
    engine = Engine()
    _three_saved(engine)
    engine.handle("u", "tusi semua")
    assert [(iki.jenis, iki.bobot) for iki in engine.state("u").skp.iki] == [(Jenis.core_tusi, None)] * 3


def test_a_weight_over_the_cap_is_refused_once_the_jenis_is_full():
    engine = Engine()
    _three_saved(engine)
    reply = said(engine.handle("u", "tusi 40 semua"))
    weights = [iki.bobot for iki in engine.state("u").skp.iki]
    assert weights[:2] == [40.0, 40.0] and weights[2] is None, reply


def test_the_mandatory_iki_set_apart_as_mi_takes_its_share_when_the_rest_are_spread_evenly():
    # «…, kecuali ip asn itu MI, bobot bagi rata»: the IP ASN was set to MI with no weight, and Core closed at 90%
    engine = Engine()
    engine.handle("u", "Persentase sampel air yang diperiksa sesuai standar\n"
                       "Persentase alat laboratorium yang terkalibrasi tepat waktu\n"
                       "Persentase tiket gangguan TI yang diselesaikan dalam 1x24 jam\n"
                       "Nilai Indeks Profesionalitas ASN")
    engine.handle("u", "simpan yang lolos")
    assert len(engine.state("u").skp.iki) == 4
    for text in ("tusi semua kecuali ip asn itu MI, bobot bagi rata", "TUSI semua selain IP ASN yg MI, dibagi rata"):
        for iki in engine.state("u").skp.iki:
            iki.jenis, iki.bobot = None, None
        reply = said(engine.handle("u", text))
        assert [(iki.jenis, iki.bobot) for iki in engine.state("u").skp.iki] == \
            [(Jenis.core_tusi, 30.0)] * 3 + [(Jenis.core_mi, 10.0)], reply
