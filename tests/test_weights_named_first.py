"""Weights typed by name before any target (d11-igd03): «bobotnya dulu ya: triase 30, resus 25, observasi 20, …» under
the IKI PRIMA proposed together were read as their targets and as new IKI «Jumlah resus — target 25»."""

import pytest

from tests.talk import at_role, said, typed

WORK = "triase pasien, resusitasi, observasi pasien"


@pytest.mark.parametrize("weights", ["bobotnya dulu ya: triase 30, resus 25, IP ASN 10",
                                     "bobot triase 30, resusitasi 25, ip asn 10",
                                     "Bobotnya: resus 25, triase 30, IP ASN 10"])
def test_weights_by_name_under_the_proposed_list_save_it_with_those_weights(weights):
    engine = at_role()
    engine.handle("u", WORK)
    replies = engine.handle("u", weights)
    iki = engine.state("u").skp.iki
    assert "Tersimpan ke draf" in said(replies) and "Jumlah resus" not in said(replies)
    by_text = {i.indikator.split()[1]: (i.bobot, i.target) for i in iki}
    assert by_text["pasien"] == (30, None) and by_text["resusitasi"] == (25, None)
    assert by_text["Indeks"] == (10, None)


def test_a_weight_for_work_with_no_iki_yet_is_said_back_and_the_others_kept(engine):
    typed(engine, "u", "Persentase pasien yang mendapat triase sesuai standar\n"
          "Persentase resusitasi yang diberikan sesuai standar pelayanan", "simpan semua", "Selesai dulu")
    text = said(engine.handle("u", "bobotnya: triase 45, resus 45, serah terima 10"))
    assert [i.bobot for i in engine.state("u").skp.iki] == [45, 45]
    assert "«serah terima 10» tidak cocok" in text
