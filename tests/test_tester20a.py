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



ROWS = ("Jumlah alat lab yang terkalibrasi\t20\talat\n"
        "Melakukan kalibrasi alat laboratorium\t12\tkali\n"
        "Persentase hasil PMI yang memenuhi standar\t100\t%")


def _rewrite_of_row_2_saved_first(engine, user):
    engine.handle(user, ROWS)
    engine.handle(user, "rincian 2")
    replies = engine.handle(user, "pakai usulan 1")
    assert "Tersimpan ke draf sebagai IKI ke-1" in said(replies)
    engine.handle(user, "selesai dulu")


def test_a_save_from_elsewhere_leaves_the_numbers_of_the_list_iki_alone(engine):
    """#2: «tambah iki wajib ip asn» re-sorted the draft into the pasted list's order without a word: «/ubah 1» then
    changed another IKI."""
    engine.handle("n1", ROWS)
    engine.handle("n1", "simpan yg lolos")
    engine.handle("n1", "selesai dulu")
    engine.handle("n1", "rincian 2")
    assert "Tersimpan ke draf sebagai IKI ke-3" in said(engine.handle("n1", "pakai usulan 1"))
    engine.handle("n1", "selesai dulu")
    order = [iki.indikator for iki in engine.state("n1").skp.iki]
    engine.handle("n1", "tambah iki wajib ip asn")
    assert [iki.indikator for iki in engine.state("n1").skp.iki][:3] == order


def test_a_list_save_that_moves_an_iki_says_its_new_number(engine):
    _rewrite_of_row_2_saved_first(engine, "n2")
    text = said(engine.handle("n2", "simpan yg lolos"))
    first = engine.state("n2").skp.iki
    moved = next(n for n, iki in enumerate(first, 1) if iki.indikator.startswith("Jumlah sertifikat"))
    assert moved != 1 and f"kini IKI {moved} (sebelumnya 1)" in text
