"""A target by its IKI's number, «no 2 90», typed while a field of another IKI is asked, with «Simpan ke draf» or in
PRIMA: that IKI's target, never the asked field's «2%»; and the mandatory IKI typed with its weight, «IP ASN 85 sama
bobot 10», keeps the weight."""

import pytest

from bot.conversation import Engine
from bot.rules.skp_rules import is_mandatory
from tests.talk import said, typed, typed_ahead_in_prima

LIST = "Persentase pasien dilayani sesuai SPO\nPersentase pengulangan foto radiologi\nPersentase alat yang dikalibrasi " \
       "sesuai jadwal"


@pytest.mark.parametrize("message", ["no 2 90", "no2 90", "nomor 2 90", "no 2: 90", "yg no 2 90 aja"])
def test_a_target_by_number_at_the_target_question_is_that_iki_s(message):
    engine = Engine()
    typed(engine, "u", LIST, "simpan semua")
    assert (engine.state("u").fill.field, engine.state("u").fill.index) == ("target", 0)
    reply = said(engine.handle("u", message))
    iki = engine.state("u").skp.iki
    assert iki[1].target == "90%" and iki[0].target is None and "2%" not in reply, reply
    assert engine.state("u").fill.field == "target"


def test_a_target_by_number_naming_the_asked_iki_answers_it():
    engine = Engine()
    typed(engine, "u", LIST, "simpan semua")
    engine.handle("u", "no 1 95")
    state = engine.state("u")
    assert state.skp.iki[0].target == "95%" and state.fill.field != "target"


@pytest.mark.parametrize("message, targets", [
    ("no 2 90", {1: "90%"}), ("nomor 3 85", {2: "85%"}), ("no 2 jadi 90", {1: "90%"}),
    ("no2 95, no3 70", {1: "95%", 2: "70%"}),
])
def test_a_target_by_number_at_a_field_question_in_prima_is_that_iki_s(message, targets):
    """In PRIMA «no 2 90» at the data awal question was «2%» as the data awal."""
    engine = Engine()
    typed_ahead_in_prima(engine)
    assert engine.state("u").prima.field == "baseline"
    reply = said(engine.handle("u", message))
    state = engine.state("u")
    assert {i: state.skp.iki[i].target for i in targets} == targets, reply
    assert state.skp.iki[0].baseline is None and state.prima.field == "baseline" and "2%" not in reply


@pytest.mark.parametrize("message", ["IP ASN 85 sama bobot 10", "ip asn 85, bobot 10", "tambah IP ASN target 85 "
                                     "bobotnya 10"])
@pytest.mark.parametrize("where", ["fill", "prima"])
def test_the_mandatory_iki_typed_with_its_weight_keeps_it(message, where):
    engine = Engine()
    if where == "fill":
        typed(engine, "u", LIST, "simpan semua")
    else:
        typed_ahead_in_prima(engine)
    reply = said(engine.handle("u", message))
    mandatory = [i for i in engine.state("u").skp.iki if is_mandatory(i)]
    assert len(mandatory) == 1 and mandatory[0].target == "85" and mandatory[0].bobot == 10, reply
    assert "bobot 10%" in reply
