"""English follow-ups under a checked list work as their Indonesian forms do (tester57 F7)."""

from tests.talk import said

LIST = ("Persentase dokumen pengadaan yang lengkap sesuai checklist\n"
        "Melaksanakan rapat koordinasi pengadaan\n"
        "Jumlah paket pengadaan yang selesai tepat waktu\n"
        "Menyusun laporan bulanan pengadaan")


def test_which_lines_are_activities_asked_in_english_names_the_failing_lines(engine):
    engine.handle("e1", LIST)
    text = said(engine.handle("e1", "which ones are process based?"))
    assert "nomor 2" in text and "4" in text.split("nomor 2")[1][:12]


def test_keep_with_line_numbers_saves_those_lines(engine):
    engine.handle("e2", LIST)
    engine.handle("e2", "alright keep no 1 & 3")
    assert [iki.indikator for iki in engine.state("e2").skp.iki] == [
        "Persentase dokumen pengadaan yang lengkap sesuai checklist", "Jumlah paket pengadaan yang selesai tepat waktu"]
