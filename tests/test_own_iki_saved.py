"""«yg persentase hasil foto thorax selesai < 3 jam itu aja, simpan» under a checked list: an IKI in the user's own
words, a number inside it no line holds, is saved as written with its «3 jam», never line 1 picked for sharing «foto
thorax» (d6-radiografer01)."""

from tests.talk import said, typed

LIST = ("ini iki sy tahun lalu kak\n- melakukan pemeriksaan foto thorax pasien rawat jalan\n"
        "- membuat laporan bulanan jumlah pemeriksaan radiologi\n- melakukan kalibrasi alat rontgen")


def test_her_own_iki_named_under_the_list_is_saved_with_its_words(engine):
    typed(engine, "u", LIST, "/cek melakukan pemeriksaan foto thorax pasien rawat jalan")
    text = said(engine.handle("u", "yg persentase hasil foto thorax selesai < 3 jam itu aja, simpan"))
    skp = engine.state("u").skp
    assert [iki.indikator for iki in skp.iki] == ["Persentase hasil foto thorax selesai < 3 jam"]
    assert "3 jam" in text and "Target satu tahun" in text
    engine.handle("u", "target 90")
    assert skp.iki[0].target == "90%" or engine.state("u").skp.iki[0].target == "90%"


def test_a_line_named_by_its_words_with_its_target_is_still_picked(engine):
    engine.handle("u", "1. Persentase dokumen SPM yang diterbitkan tepat waktu\n"
                       "2. Persentase tagihan yang dibayar sesuai standar waktu")
    engine.handle("u", "yg persentase tagihan 95% simpan")
    assert [iki.indikator for iki in engine.state("u").skp.iki] == ["Persentase tagihan yang dibayar sesuai standar waktu"]


def test_a_line_named_by_its_number_with_its_target_is_still_picked(engine):
    engine.handle("u", "1. Persentase dokumen SPM yang diterbitkan tepat waktu\n"
                       "2. Persentase tagihan yang dibayar sesuai standar waktu")
    engine.handle("u", "no 2 simpan jg, target 95")
    assert [iki.indikator for iki in engine.state("u").skp.iki] == ["Persentase tagihan yang dibayar sesuai standar waktu"]
