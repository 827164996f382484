"""Day-one dev12 (issue 16): while a field of one IKI is asked, a message that names other IKI is about them."""

import pytest

from bot.conversation import Engine
from bot.models import Jenis
from tests.talk import prima_at_step_m, said, typed, typed_ahead_in_prima


@pytest.mark.parametrize("message", [
    "tambah ip asn 80 sm beyond: dashboard monitoring realisasi per satker",
    "tambahin IP ASN 80, beyond: aplikasi antrian online poli rawat jalan",
    "ip asn 80 sama yg beyond: inovasi dashboard stok obat",
])
def test_an_add_request_naming_the_mandatory_and_a_beyond_iki_adds_each(message):
    """«tambah ip asn 80 sm beyond: …» at a data awal question noted the Beyond work and dropped IP ASN."""
    engine = Engine()
    typed_ahead_in_prima(engine)
    engine.handle("u", message)
    state = engine.state("u")
    mandatory = [i for i in state.skp.iki if i.jenis is Jenis.core_mi]
    assert len(mandatory) == 1 and mandatory[0].target in ("80", "80 Nilai")
    assert [d.jenis for d in state.prima.queue] == [Jenis.beyond]
    assert state.prima.field == "baseline"  # the open question still open


def test_the_mandatory_with_its_own_weight_stays_one_iki():
    engine = Engine()
    typed_ahead_in_prima(engine)
    engine.handle("u", "IP ASN 85 sama bobot 10")
    assert not engine.state("u").prima.queue


def _beyond_waiting(engine):
    typed_ahead_in_prima(engine)
    engine.handle("u", "tambah ip asn 80 sm beyond: dashboard monitoring realisasi per satker")


@pytest.mark.parametrize("message, target", [
    ("target beyond 100% satker binaan, 12 satker", "12 satker"),
    ("yg beyond targetnya 12 satker", "12 satker"),
    ("target yg beyond 3 inovasi", "3 inovasi"),
])
def test_a_target_named_with_the_waiting_iki_s_jenis_is_that_iki_s(message, target):
    """«target beyond 100% satker binaan, 12 satker» at a data awal question was read as this IKI's data awal 12%."""
    engine = Engine()
    _beyond_waiting(engine)
    engine.handle("u", message)
    state = engine.state("u")
    beyond = [i for i in state.skp.iki if i.jenis is Jenis.beyond]
    assert len(beyond) == 1 and beyond[0].target == target
    assert state.prima.current.baseline is None and not state.prima.proposed
    assert state.prima.field == "baseline"


@pytest.mark.parametrize("message", ["beyond 15", "bobot beyond 15", "yg beyond bobotnya 15"])
def test_a_weight_named_with_the_waiting_iki_s_jenis_is_that_iki_s(message):
    """«beyond 15» at a data awal question made the open IKI Beyond with weight 15."""
    engine = Engine()
    _beyond_waiting(engine)
    engine.handle("u", message)
    state = engine.state("u")
    beyond = [i for i in state.skp.iki if i.jenis is Jenis.beyond]
    assert len(beyond) == 1 and beyond[0].bobot == 15
    assert state.prima.current.jenis is not Jenis.beyond and state.prima.current.bobot != 15


@pytest.mark.parametrize("messages", [
    ("target beyond 100% satker binaan, 12 satker", "beyond 15"),
    ("beyond 15", "yg beyond targetnya 12 satker"),
    ("bobot beyond 15",),
])
def test_a_waiting_iki_given_a_value_by_its_jenis_reaches_the_draft_once(messages):
    """d12-keu08: a Beyond IKI the rules held back, given its target and weight while another IKI's data awal was
    asked, stayed in PRIMA's queue and the export had one IKI fewer."""
    engine = Engine()
    _beyond_waiting(engine)
    count = len(engine.state("u").skp.iki)
    reply = said(typed(engine, "u", *messages))
    state = engine.state("u")
    assert not state.prima.queue and len(state.skp.iki) == count + 1
    assert state.skp.iki[-1].jenis is Jenis.beyond and state.skp.iki[-1].bobot == 15
    assert len(messages) > 1 or "Tersimpan ke draf sebagai IKI ke-" in reply
    assert state.prima.field == "baseline" and state.prima.current.jenis is not Jenis.beyond


def test_a_jenis_and_weight_at_the_jenis_question_answer_the_open_iki():
    """At the jenis question «beyond 15» is this IKI's answer, a Beyond IKI waiting or not."""
    engine = Engine()
    prima_at_step_m(engine, "u")
    typed(engine, "u", "Persentase laporan keuangan yang disampaikan tepat waktu, 90",
          "tambah ip asn 80 sm beyond: dashboard monitoring realisasi per satker", "70")
    assert engine.state("u").prima.field == "jenis"
    engine.handle("u", "beyond 15")
    state = engine.state("u")
    assert (state.skp.iki[0].jenis, state.skp.iki[0].bobot) == (Jenis.beyond, 15)
    assert state.prima.queue[0].bobot is None


@pytest.mark.parametrize("message, other", [
    ("tambah ip asn 80 sm beyond: dashboard monitoring realisasi per satker", Jenis.beyond),
    ("IP ASN 80, beyond: aplikasi antrian online poli rawat jalan", Jenis.beyond),
])
def test_the_same_at_a_target_question_keeps_both(message, other):
    """At the target question the IKI after the mandatory one was read as this IKI's target («harus berupa angka»)."""
    engine = Engine()
    prima_at_step_m(engine, "u")
    engine.handle("u", "Persentase laporan keuangan yang disampaikan tepat waktu")
    assert engine.state("u").prima.field == "target"
    engine.handle("u", message)
    state = engine.state("u")
    assert [i.jenis for i in state.skp.iki] == [Jenis.core_mi]
    assert [d.jenis for d in state.prima.queue] == [other] and state.prima.field == "target"
