"""A table pasted with an RHK column (RHK<TAB>IKI<TAB>Target<TAB>Satuan): each row's RHK is the user's own, kept as its
IKI's RHK, never replaced by one the bot drafts (tester10 #3: /skp and the XLSX held the bot's RHK instead)."""

from tests.talk import press, said

PASTE = ("RHK\tIKI\tTarget\tSatuan\n"
         "Tersusunnya laporan keuangan\tPersentase laporan keuangan yang disampaikan tepat waktu\t100\t%\n"
         "Meningkatnya kualitas pengelolaan anggaran\tNilai IKPA satker\t95\tNilai\n"
         "Tertibnya BMN\tPersentase BMN yang tercatat di SIMAK BMN\t100\t%")


def test_the_rhk_column_of_a_pasted_table_is_kept_as_each_iki_rhk(engine):
    replies = engine.handle("r1", PASTE)
    assert "Kolom RHK Anda" in said(replies) and "[RHK" not in said(replies)
    press(engine, "r1", replies, "Simpan")
    iki = engine.state("r1").skp.iki
    assert [(i.indikator, i.rhk) for i in iki] == [
        ("Persentase laporan keuangan yang disampaikan tepat waktu", "Tersusunnya laporan keuangan"),
        ("Nilai IKPA satker", "Meningkatnya kualitas pengelolaan anggaran"),
        ("Persentase BMN yang tercatat di SIMAK BMN", "Tertibnya BMN")]


def test_a_table_without_an_rhk_column_leaves_the_rhk_to_be_drafted(engine):
    replies = engine.handle("r2", "\n".join("\t".join(row.split("\t")[1:]) for row in PASTE.splitlines()))
    assert "Kolom RHK Anda" not in said(replies)
    press(engine, "r2", replies, "Simpan")
    assert all(i.rhk != "Tertibnya BMN" for i in engine.state("r2").skp.iki)


HEADED = ("ini SKP sy dr word, tolong dicek ya\n"
          "• Meningkatnya cakupan deteksi dini faktor risiko PTM di puskesmas\n"
          "a. Persentase kabupaten/kota yang melaporkan data PTM tepat waktu ; 80%\n"
          "b. Jumlah rapat koordinasi dengan dinkes provinsi\n"
          "• Terwujudnya tata kelola anggaran yang akuntabel\n"
          "c. Nilai IKPA satker 95\n"
          "4) Indeks Profesionalitas ASN 80")


def test_an_rhk_heading_line_is_the_rhk_of_the_lines_under_it(engine):
    """tester16 #12: «• Meningkatnya cakupan …» over a pasted SKP's IKI lines was checked as an IKI without a measure
    word; it is their RHK (the IP ASN line keeps its own)."""
    replies = engine.handle("h", HEADED)
    text = said(replies)
    assert "daftar 4 IKI" in text and "tanpa kata ukuran" not in text and "Baris RHK Anda" in text
    listed = engine.state("h").listed
    assert [(item.text, item.rhk) for item in listed] == [
        ("Persentase kabupaten/kota yang melaporkan data PTM tepat waktu",
         "Meningkatnya cakupan deteksi dini faktor risiko PTM di puskesmas"),
        ("Jumlah rapat koordinasi dengan dinkes provinsi",
         "Meningkatnya cakupan deteksi dini faktor risiko PTM di puskesmas"),
        ("Nilai IKPA satker", "Terwujudnya tata kelola anggaran yang akuntabel"),
        ("Nilai Indeks Profesionalitas ASN", None)]
    press(engine, "h", replies, "Simpan")
    assert engine.state("h").skp.iki[0].rhk == "Meningkatnya cakupan deteksi dini faktor risiko PTM di puskesmas"


def test_a_table_whose_first_row_has_no_measure_word_keeps_that_row_under_its_header(engine):
    # d5-simrs01: «No | IKI | Target» then «1 | System uptime SIMRS | 99%»: the first row was taken as an intro line
    table = ("No\tIKI\tTarget\n1\tSystem uptime SIMRS\t99%\n"
             "2\tPersentase tiket gangguan SIMRS yang diselesaikan ≤ 1x24 jam\t90%\n"
             "3\tBridging SIMRS dengan SATUSEHAT\t100%\n"
             "4\tPersentase user baru SIMRS yang lulus uji kompetensi\t85%")
    engine.handle("u-table-first", table)
    listed = engine.state("u-table-first").listed
    assert [item.text for item in listed][:1] == ["System uptime SIMRS"] and len(listed) == 4
