"""/skp with an empty draft names the pasted list still waiting: a line thrown out of it is neither counted nor
offered again («Daftar 3 IKI … masih tersimpan» with «Rincian 2» after «no 2 buang aja»)."""

from bot.conversation import Engine
from tests.talk import labels, said, typed

REFUSED = ("1. Jumlah rapat koordinasi lintas sektor\n2. Jumlah laporan kegiatan bulanan\n"
           "3. Jumlah surat keluar yang diagendakan")


def test_a_line_thrown_out_of_a_refused_list_is_not_counted_nor_offered_by_skp():
    engine = Engine()
    replies = typed(engine, "u", REFUSED, "no 2 buang aja", "/skp")
    assert "Daftar 2 IKI yang Anda tempel masih tersimpan" in said(replies), said(replies)
    assert "Rincian 2" not in labels(replies) and {"Rincian 1", "Rincian 3"} <= set(labels(replies))


def test_every_line_thrown_out_leaves_no_list_waiting_under_skp():
    engine = Engine()
    replies = typed(engine, "u", "1. Jumlah rapat koordinasi lintas sektor\n2. Jumlah laporan kegiatan bulanan",
                    "no 1 sama 2 buang aja", "/skp")
    assert "masih tersimpan" not in said(replies) and not any(b.startswith("Rincian") for b in labels(replies))
