"""walk21: leftovers users met in the tester20 trials (tester20a/b «Left»): each test fails without its fix."""

from tests.talk import said

KP_LIST = ("Verifikasi 600 berkas usulan KP\n"
           "Jumlah laporan monev yang disusun\t4\tlaporan\n"
           "Persentase usulan KP yang diproses tepat TMT\t100\t%")


def test_a_count_inside_a_line_saved_as_written_is_its_target_not_its_words(engine):
    """tester20a: «Verifikasi 600 berkas usulan KP» saved as written kept «600 berkas» in its IKI and its target was
    asked anyway."""
    engine.handle("c1", KP_LIST)
    text = said(engine.press("c1", "list:save:all"))
    first = engine.state("c1").skp.iki[0]
    assert (first.indikator, first.target) == ("Verifikasi berkas usulan KP", "600 berkas")
    assert "Target satu tahun untuk «Verifikasi" not in text
