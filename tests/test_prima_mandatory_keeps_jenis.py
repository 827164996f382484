"""The mandatory IKI (IP ASN) is never re-tagged away from Core MI by a jenis typed at its weight question without a
word naming it: «tusi» meant for an IKI typed meanwhile made it Core TUSI (tester52 P3-2)."""

from bot.conversation import Engine
from bot.models import Jenis
from tests.talk import prima_at_step_m, said, typed


def _ip_asn_weight_asked(engine):
    prima_at_step_m(engine, "u")
    typed(engine, "u", "Persentase tiket gangguan TI yang diselesaikan dalam 1x24 jam, 90", "Selesai dulu", "IP ASN 80",
          "Persentase backup database LIMS yang berhasil dipulihkan", "belum ada")
    state = engine.state("u")
    assert state.prima.field == "bobot" and state.prima.current.jenis is Jenis.core_mi


def test_a_bare_jenis_at_the_mandatory_iki_weight_question_keeps_core_mi():
    engine = Engine()
    _ip_asn_weight_asked(engine)
    reply = said(engine.handle("u", "tusi"))
    mandatory = next(iki for iki in engine.state("u").skp.iki if "Profesionalitas" in iki.indikator)
    assert mandatory.jenis is Jenis.core_mi and "tetap Core MI" in reply, reply

