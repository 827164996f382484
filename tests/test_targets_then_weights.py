"""The targets in order, then the jenis and weights for all, in one message («target 95, 12, 80, 85. tusi semua, bagi
rata»): each part read, the last target never «85 tusi»; «bagi rata» gives the mandatory IP ASN IKI its Core MI
share too."""

from tests.talk import said

LIST = ("Persentase arsip vital yang terlindungi sesuai ketentuan\nJumlah daftar arsip aktif yang tersusun\n"
        "Persentase arsip inaktif yang dipindahkan sesuai jadwal retensi\n"
        "Persentase surat masuk yang diarsipkan tepat waktu")


def _saved(engine, user="u"):
    engine.handle(user, LIST)
    replies = engine.handle(user, "Simpan semua")
    if "Target satu tahun" not in said(replies):
        replies = engine.handle(user, "Simpan 4 IKI lolos ke draf")
    assert "Target satu tahun" in said(replies)


def test_targets_then_jenis_and_weights_are_each_read(engine):
    _saved(engine)
    text = said(engine.handle("u", "target 95, 12, 80, 85. tusi semua, bagi rata"))
    iki = engine.state("u").skp.iki
    assert [i.target for i in iki[:4]] == ["95%", "12", "80%", "85%"], text
    assert all(i.jenis is not None and i.jenis.name == "core_tusi" and i.bobot for i in iki[:4]), text


def test_evenly_for_all_weighs_the_mandatory_iki_too(engine):
    _saved(engine)
    engine.handle("u", "IP ASN 85")
    engine.handle("u", "95, 12, 80, 85")
    text = said(engine.handle("u", "tusi semua, bagi rata"))
    mandatory = next(i for i in engine.state("u").skp.iki if "Profesionalitas" in i.indikator)
    assert mandatory.jenis is not None and mandatory.jenis.name == "core_mi" and mandatory.bobot == 10, text
