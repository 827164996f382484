"""«tambah ip asn juga, semua tusi kecuali itu» after a line of the pasted list was removed from the draft: the
mandatory IKI added and the others given Core TUSI; «semua» beside a jenis word is the draft's jenis, never every
line of the list, and no «simpan semua» saves a line thrown out again (d6-arsiparis01)."""

from tests.talk import said, typed

LINES = ("Jumlah arsip yang dialihmediakan\n"
         "Persentase arsip vital yang terlindungi sesuai ketentuan\n"
         "Jumlah daftar arsip aktif yang tersusun")


def test_mandatory_added_and_the_rest_given_their_jenis_never_the_removed_line(engine):
    typed(engine, "u", LINES, "simpan semua", "3000 lembar", "Selesai dulu", "/buang 3")
    replies = typed(engine, "u", "tambah ip asn juga, semua tusi kecuali itu")
    skp = engine.state("u").skp
    texts = [iki.indikator for iki in skp.iki]
    assert not any("tersusun" in t for t in texts), said(replies)
    assert len(texts) == 3 and "Profesionalitas" in texts[-1]
    assert [iki.jenis.label for iki in skp.iki[:2]] == ["Core TUSI", "Core TUSI"]
    assert skp.iki[2].jenis.label == "Core MI"


def test_save_all_typed_never_saves_a_removed_line(engine):
    typed(engine, "u", LINES, "simpan semua", "Selesai dulu", "/buang 3")
    typed(engine, "u", "yaudah masukin semua")
    assert not any("tersusun" in iki.indikator for iki in engine.state("u").skp.iki)
