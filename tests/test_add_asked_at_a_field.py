"""«tambah <IKI>» typed while «Simpan ke draf» asks a field of another IKI: asked to be added, one that passes the rules
is saved now and completed after the one asked, whose question stays open (d12-tem04: the IKI asked was let go, the
new one only offered with «Simpan ke draf?», and the targets typed next for it matched no IKI of the draft)."""

import pytest

from bot.conversation import Engine
from tests.talk import said, typed

LIST = "Persentase pasien dilayani sesuai SPO\nPersentase pengulangan foto radiologi\nNilai IP ASN"


@pytest.mark.parametrize("message, saved", [
    ("tambah persentase pemeliharaan preventif sesuai jadwal", "Persentase pemeliharaan preventif sesuai jadwal"),
    ("tambah satu: persentase alat yg dikalibrasi sesuai jadwal", "Persentase alat yang dikalibrasi sesuai jadwal"),
    ("tmbh Persentase keluhan pasien yang ditindaklanjuti", "Persentase keluhan pasien yang ditindaklanjuti"),
])
def test_an_iki_asked_to_be_added_at_a_field_question_is_saved_and_the_question_kept(message, saved):
    engine = Engine()
    typed(engine, "u", LIST, "simpan semua")
    reply = said(engine.handle("u", message))
    state = engine.state("u")
    assert [i.indikator for i in state.skp.iki][-1] == saved and len(state.skp.iki) == 4, reply
    assert (state.fill.field, state.fill.index) == ("target", 0) and "Simpan ke draf SKP?" not in reply, reply
    engine.handle("u", "90")  # the one asked answered; the one added is asked in its turn
    assert engine.state("u").skp.iki[0].target == "90%"


def test_an_iki_asked_to_be_added_that_fails_the_rules_is_checked_as_before():
    engine = Engine()
    typed(engine, "u", LIST, "simpan semua")
    reply = said(engine.handle("u", "tambah jumlah laporan bulanan"))
    assert len(engine.state("u").skp.iki) == 3 and "Usulan IKI berbasis output" in reply
