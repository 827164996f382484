"""Day-one drafting (day35): «sisanya TUSI» at the mandatory IKI's weight question gives the jenis to the IKI still
without one, the mandatory IKI staying Core MI with the guidance's share (d5-simrs01)."""

import pytest

from tests.talk import said, typed

LINES = ("Persentase ketersediaan layanan SIMRS, 99\n"
         "Persentase tiket gangguan SIMRS yang diselesaikan tepat waktu, 90\n"
         "Persentase user baru yang lulus uji kompetensi SIMRS, 85")


def _fields(engine):
    return [(iki.jenis.label if iki.jenis else None, iki.bobot) for iki in engine.state("u").skp.iki]


def _mandatory_weight_asked(engine):
    typed(engine, "u", LINES, "simpan semua", "Selesai dulu")
    replies = typed(engine, "u", "add IP ASN, target 82")
    assert "Bobot IKI ini" in said(replies) and "Core MI" in said(replies)


@pytest.mark.parametrize("message, weights", [
    ("jenis: sisanya TUSI. bobot: ketersediaan 30, tiket 30, user 30", [30, 30, 30]),
    ("yg lainnya TUSI 30", [30, 30, 30]),
    ("the rest tusi, ketersediaan 40, tiket 25, user 25", [40, 25, 25]),
    ("yang lain tusi", [None, None, None]),
])
def test_the_rest_is_the_iki_without_a_jenis_and_the_mandatory_iki_stays_mi(engine, message, weights):
    _mandatory_weight_asked(engine)
    typed(engine, "u", message)
    assert _fields(engine) == [("Core TUSI", w) for w in weights] + [("Core MI", 10)]


def test_a_name_no_iki_holds_is_said_back_never_given_to_another(engine):
    _mandatory_weight_asked(engine)
    replies = typed(engine, "u", "jenis: sisanya TUSI. bobot: ketersediaan 30, backup 15, tiket 30, user 30")
    assert "«backup 15»" in said(replies)
    assert _fields(engine) == [("Core TUSI", 30), ("Core TUSI", 30), ("Core TUSI", 30), ("Core MI", 10)]

