"""tester20a's day-one findings (a pranata lab pasting last year's SKP, a skeptic analyst undoing things): each test
fails without its fix."""

from tests.talk import said

TABLE = ("RHK\tIKI\tTarget\tSatuan\n"
         "Terpeliharanya alat laboratorium\tMelakukan kalibrasi alat laboratorium\t12\tkali\n"
         "Terpeliharanya alat laboratorium\tJumlah alat lab yang terkalibrasi\t20\talat\n"
         "Meningkatnya mutu hasil laboratorium\tPersentase hasil PMI yang memenuhi standar\t100\t%")


def test_a_sentence_typed_above_a_pasted_table_is_its_header_not_a_row(engine):
    """#1: «ini skp sy thn lalu, tolong dicek ya» above the rows lost the column reading: the header row and the RHK
    cells became IKI. Read with it, the rows are what they are without it."""
    replies = engine.handle("t1", "ini skp sy thn lalu, tolong dicek ya\n" + TABLE)
    text = said(replies)
    assert "daftar 3 IKI" in text and "RHK, IKI" not in text
    assert [(item.text, item.target, item.rhk) for item in engine.state("t1").listed] == [
        ("Melakukan kalibrasi alat laboratorium", "12 kali", "Terpeliharanya alat laboratorium"),
        ("Jumlah alat lab yang terkalibrasi", "20 alat", "Terpeliharanya alat laboratorium"),
        ("Persentase hasil PMI yang memenuhi standar", "100%", "Meningkatnya mutu hasil laboratorium")]

