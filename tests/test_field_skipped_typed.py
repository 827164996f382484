"""«Lewati» typed at a field question of «Simpan ke draf» where no such button is shown lets that field go, empty,
and moves on (d10-rad01: «Bobot harus angka 0–120» and the same question again)."""

import pytest

from bot.conversation import Engine
from tests.talk import said, typed

LIST = "Persentase pasien dilayani sesuai SPO\nPersentase pengulangan foto radiologi\nNilai Indeks Profesionalitas ASN"


@pytest.mark.parametrize("skip", ["Lewati", "lewati aja", "skip"])
def test_lewati_typed_at_the_weight_question_leaves_it_empty_and_moves_on(skip):
    engine = Engine()
    typed(engine, "u", LIST, "simpan semua", "90, 5, 80", "Belum ada data awal", "tusi")
    assert (engine.state("u").fill.field, engine.state("u").fill.index) == ("bobot", 0)
    reply = said(engine.handle("u", skip))
    state = engine.state("u")
    assert "saya lewati" in reply and "Bobot harus angka" not in reply, reply
    assert state.skp.iki[0].bobot is None and state.fill.index == 1, reply
