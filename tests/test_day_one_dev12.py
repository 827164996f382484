"""Day-one dev12 (issue 16): while a field of one IKI is asked, a message that names other IKI is about them."""

import pytest

from bot.conversation import Engine
from bot.models import Jenis
from tests.talk import typed_ahead_in_prima


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
