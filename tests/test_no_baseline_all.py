"""«belum ada data awal semua» holds for the IKI saved later too (tester59 F26): their data awal is never asked
again."""

from tests.talk import said

LIST = """Persentase resep yang dilayani tepat waktu, 90%
Persentase pasien yang mendapat konseling obat, 80%
Persentase kesesuaian stok fisik dengan sistem, 95%"""


def test_no_data_awal_for_all_is_not_asked_again_for_an_iki_saved_later(engine):
    engine.handle("u", LIST)
    engine.handle("u", "simpan semua")
    engine.handle("u", "data awal belum ada semuanya")
    engine.handle("u", "/cek Persentase resep racikan yang selesai sesuai standar waktu")
    engine.handle("u", "Simpan ke draf")
    text = said(engine.handle("u", "90"))
    assert "data awal" not in text.lower().split("tercatat")[-1] and "Jenis IKI ini?" in text
