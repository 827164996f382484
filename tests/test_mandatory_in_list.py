"""«IP ASN wajib kan?» under a pasted list one line of which is the mandatory IKI (tester59 F15): that line is named
to save, never «belum ada di draf Anda … mau saya tambahkan?»."""

from tests.talk import said

LIST = """Persentase resep yang dilayani tepat waktu, 90%
Jumlah laporan stok opname, 12 laporan
Indeks Profesionalitas ASN, 82"""


def test_the_mandatory_iki_asked_about_is_found_in_the_list_pasted(engine):
    engine.handle("u", LIST)
    text = said(engine.handle("u", "IP ASN itu wajib gak sih?"))
    assert "baris 3" in text and "simpan no 3" in text and "Mau saya tambahkan" not in text
    engine.handle("u", "simpan no 3")
    assert [iki.jenis.label for iki in engine.state("u").skp.iki if "Profesionalitas" in iki.indikator]


def test_a_line_thrown_out_is_not_counted(engine):
    engine.handle("u", LIST)
    engine.handle("u", "no 3 buang")
    assert "Mau saya tambahkan" in said(engine.handle("u", "IP ASN itu wajib gak sih?"))
