"""An IKI of the draft named by its words and given new words with its target in one sentence (d5-karu01): «pasien
jatuh ganti jadi: Persentase …, target 95» changes that IKI, never sets it aside as a new IKI to check."""

import pytest

from tests.talk import said, typed

LIST = """Persentase pasien yang mendapat audit kepatuhan identifikasi sesuai standar
Persentase pasien berisiko yang tidak mengalami pasien jatuh
Persentase peserta edukasi orang tua pasien yang mencapai nilai post-test minimal 80"""
NEW = "Persentase pasien risiko jatuh tinggi yang dipasang penanda sesuai standar"


@pytest.mark.parametrize("field_open", [True, False])
def test_the_iki_named_takes_the_new_words_and_target(engine, field_open):
    typed(engine, "u", LIST, "simpan semua", *([] if field_open else ["Selesai dulu"]))
    assert (engine.state("u").fill is not None) == field_open
    reply = said(engine.handle("u", f"pasien jatuh ganti jadi: {NEW}, target 95"))
    drafted = engine.state("u").skp.iki
    assert len(drafted) == 3 and drafted[1].indikator == NEW, reply
    assert drafted[1].target and drafted[1].target.startswith("95"), reply
    assert drafted[0].indikator.startswith("Persentase pasien yang mendapat audit")
    assert "IKI 2" in reply
