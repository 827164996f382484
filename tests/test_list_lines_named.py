"""A line of the last pasted list named by its number after the lines that pass were saved by button: «no 3 target 90»
sets the target of the IKI line 3 became, never values in order (3% for IKI 1, 90 for IKI 2)."""

from bot.conversation.engine import Engine
from bot.lang.numbers import parse_target

PASTE = ("1. Jumlah rapat koordinasi imunisasi\n2. Jumlah laporan bulanan yang dibuat\n"
         "3. Persentase puskesmas dengan cakupan IDL minimal 95%\n4. Melaksanakan sosialisasi program\n"
         "5. Nilai Indeks Profesionalitas ASN")


def test_a_list_line_named_by_number_takes_its_target_after_the_passing_lines_are_saved():
    engine = Engine()
    engine.handle("u", "/cek")
    engine.handle("u", PASTE)
    engine.press("u", "list:save:fixed")
    assert [i.indikator for i in engine.state("u").skp.iki][1] == "Nilai Indeks Profesionalitas ASN"
    engine.handle("u", "no 3 target 90")
    engine.handle("u", "no 5 target 80")
    first, second = engine.state("u").skp.iki
    assert (parse_target(str(first.target)).value, parse_target(str(second.target)).value) == (90, 80)



EIGHT = ("1. Persentase SPM yang diterbitkan tepat waktu 95%\n"
         "2. Persentase tagihan yang dibayar sesuai standar waktu layanan 90%\n"
         "3. Persentase laporan keuangan satker yang disusun tepat waktu 100%\n"
         "4. Persentase rekonsiliasi BMN yang selesai tepat waktu 95%\n"
         "5. Persentase temuan BPK yang ditindaklanjuti 80%\n"
         "6. Persentase revisi DIPA yang diselesaikan tepat waktu 90%\n"
         "7. Jumlah inovasi layanan keuangan yang diterapkan 1 inovasi\n"
         "8. Nilai Indeks Profesionalitas ASN 80")


def _eight_saved() -> Engine:
    engine = Engine()
    engine.handle("u", "/cek")
    engine.handle("u", EIGHT)
    engine.press("u", "list:save:fixed")
    engine.handle("u", "belum ada data awal semua")
    return engine


def test_jenis_for_all_but_one_by_number_and_weights_by_number_in_one_message():
    """tester54 #18: «semua tusi kecuali no 7 beyond. bobot 1=15, …» made IKI 7 Core TUSI and kept no weight typed,
    under «Jenis dan bobot dicatat»; then «bobot 1=15, …» alone set the list lines' targets to 15%."""
    engine = _eight_saved()
    engine.handle("u", "semua tusi kecuali no 7 beyond. bobot 1=15, 2=15, 3=10, 4=15, 5=10, 6=15, 7=20, 8=10")
    iki = engine.state("u").skp.iki
    assert [i.jenis.value for i in iki] == ["core_tusi"] * 6 + ["beyond", "core_mi"]
    assert [i.bobot for i in iki] == [15, 15, 10, 15, 10, 15, 20, 10]


def test_weights_by_number_alone_are_weights_never_the_list_lines_targets():
    engine = _eight_saved()
    engine.handle("u", "semua tusi kecuali 7 beyond")
    engine.handle("u", "bobot 1=15, 2=15, 3=10, 4=15, 5=10, 6=15, 7=20, 8=10")
    iki = engine.state("u").skp.iki
    assert [str(i.target) for i in iki][:2] == ["95%", "90%"] and iki[6].jenis.value == "beyond"
    assert [i.bobot for i in iki] == [15, 15, 10, 15, 10, 15, 20, 10]


def test_a_work_report_at_an_open_target_question_never_sets_another_iki_target():
    """«hari ini telaah 45 resep rajal, eh salah 54 resep» typed at IKI 4's target question (left open since January)
    set the resep IKI's target to 54 as a correction; it reports work."""
    engine = Engine()
    engine.handle("u", "1. Jumlah resep rawat jalan yang ditelaah sesuai standar 9.000 resep\n"
                       "2. Persentase obat high alert yg diberi label sesuai standar 100%\n"
                       "3. Jumlah kasus efek samping obat yg dilaporkan ke MESO\n4. Nilai IP ASN 80")
    engine.press("u", "list:save:fixed")
    engine.handle("u", "belum ada data awal semua")
    engine.handle("u", "tusi semua, bagi rata")
    engine.handle("u", "hari ini telaah 45 resep rajal, eh salah 54 resep")
    assert str(engine.state("u").skp.iki[0].target) == "9.000 resep"
