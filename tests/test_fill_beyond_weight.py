"""An IKI named by its jenis while another IKI's field is asked keeps the weight typed after its target, as it does
outside the field question (d3-katim01: «Beyond: …, 1 program, 20%» under a data awal question lost its 20%)."""

from bot.conversation import Engine
from tests.agreed_year import tap
from tests.talk import said


def test_a_beyond_iki_typed_at_an_open_field_keeps_its_weight():
    engine = Engine()
    replies = engine.handle("w", "Persentase laporan keuangan yang disusun tepat waktu")
    asked = tap(engine, "w", replies, "Simpan ke draf")
    assert engine.state("w").fill is not None, said(asked)
    text = said(engine.handle("w", "Beyond: Jumlah inovasi layanan keuangan yang diterapkan, 1 inovasi, 20%"))
    assert "bobot 20%" in text, text
    iki = engine.state("w").skp.iki
    assert len(iki) == 2 and iki[1].bobot == 20 and iki[1].jenis.name == "beyond"
