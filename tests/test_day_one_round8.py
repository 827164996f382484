"""Day one, round 8: lists, picks and drafts (each test failed before its fix)."""

from bot.conversation import Engine

_FINANCE = ("* Persentase realisasi anggaran Biro Keuangan 96%\n"
            "* Persentase rekomendasi hasil pemeriksaan BPK yg tuntas ditindaklanjuti 95%\n"
            "* Menyusun laporan keuangan semesteran 2 laporan\n"
            "* Jumlah satker yg direkonsiliasi 40 satker\n"
            "* Jumlah rapat 10 kali\n"
            "* Persentase satker binaan yg menyampaikan laporan keuangan tepat waktu 85%")


def test_two_lines_named_by_their_words_each_with_its_target_are_both_saved():
    """«yg realisasi anggaran 96% sm yg rekomendasi BPK tuntas 95% simpan» saved only the first line."""
    engine = Engine()
    engine.handle("u", _FINANCE)
    engine.handle("u", "yg realisasi anggaran 96% sm yg rekomendasi BPK tuntas 95% simpan, itu dr PK karo")
    saved = [(i.indikator.split()[1], i.target) for i in engine.state("u").skp.iki]
    assert saved == [("realisasi", "96%"), ("rekomendasi", "95%")]


def test_one_line_named_by_its_words_before_its_target_is_still_one():
    engine = Engine()
    engine.handle("u", _FINANCE)
    engine.handle("u", "yg realisasi anggaran simpan, target 97%")
    assert [(i.indikator.split()[1], i.target) for i in engine.state("u").skp.iki] == [("realisasi", "97%")]
