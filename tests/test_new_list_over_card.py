"""A new list pasted while the last list's «Rincian» card is open replaces the old list: it is never read as a
question about one of the old lines, and nothing of it is lost (tester56 F4)."""

OLD = "\n".join(["1. Melaksanakan penyuluhan gizi di posyandu",
                 "2. Menyusun laporan bulanan gizi puskesmas",
                 "3. Jumlah balita gizi kurang yang ditangani di puskesmas"])
# the lead-in asks, and a new line shares its words with the old line 3 (what led the paste to «Rincian 3» before)
NEW = "\n".join(["udah sy benerin semua, gimana kalau begini",
                 "1. Persentase laporan bulanan gizi yang dikirim tepat waktu",
                 "2. Persentase posyandu yang melaporkan penimbangan balita setiap bulan",
                 "3. Persentase balita gizi kurang yang ditangani di puskesmas sesuai standar"])


def test_a_new_list_under_an_open_card_replaces_the_old_list(engine):
    engine.handle("u", OLD)
    card = engine.press("u", "list:detail:3")
    assert any("Jumlah balita gizi kurang" in r.text for r in card)
    said = "\n".join(r.text for r in engine.handle("u", NEW))
    listed = [item.text for item in engine.state("u").listed]
    assert listed == ["Persentase laporan bulanan gizi yang dikirim tepat waktu",
                      "Persentase posyandu yang melaporkan penimbangan balita setiap bulan",
                      "Persentase balita gizi kurang yang ditangani di puskesmas sesuai standar"], said
    assert "daftar 3 IKI" in said

