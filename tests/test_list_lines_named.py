"""Lines of a pasted list saved by the button «Simpan N IKI lolos ke draf», then completed in chat: a line named by
its list number («no 3 target 90») is that line's IKI, never values in order; jenis and weights typed for all in one
message («semua tusi kecuali no 7 beyond. bobot 1=15, …») are read whole, never as the lines' targets; and a work
report typed at a target question left open («hari ini telaah 45 resep …, eh salah 54 resep») is a catatan."""

from bot.conversation.engine import Engine
from bot.lang.numbers import parse_target

PASTE = ("1. Jumlah rapat koordinasi imunisasi\n2. Jumlah laporan bulanan yang dibuat\n"
         "3. Persentase puskesmas dengan cakupan IDL minimal 95%\n4. Melaksanakan sosialisasi program\n"
         "5. Nilai Indeks Profesionalitas ASN")
EIGHT = ("1. Persentase SPM yang diterbitkan tepat waktu 95%\n"
         "2. Persentase tagihan yang dibayar sesuai standar waktu layanan 90%\n"
         "3. Persentase laporan keuangan satker yang disusun tepat waktu 100%\n"
         "4. Persentase rekonsiliasi BMN yang selesai tepat waktu 95%\n"
         "5. Persentase temuan BPK yang ditindaklanjuti 80%\n"
         "6. Persentase revisi DIPA yang diselesaikan tepat waktu 90%\n"
         "7. Jumlah inovasi layanan keuangan yang diterapkan 1 inovasi\n"
         "8. Nilai Indeks Profesionalitas ASN 80")
WEIGHTS = [15, 15, 10, 15, 10, 15, 20, 10]


def _saved(paste: str, *then: str) -> Engine:
    """The paste checked, its passing lines saved by the button, then each message of `then` typed in turn."""
    engine = Engine()
    engine.handle("u", paste)
    engine.press("u", "list:save:fixed")
    for message in then:
        engine.handle("u", message)
    return engine


def test_a_list_line_named_by_number_takes_its_target_after_the_passing_lines_are_saved():
    engine = _saved(PASTE, "no 3 target 90", "no 5 target 80")
    first, second = engine.state("u").skp.iki
    assert second.indikator == "Nilai Indeks Profesionalitas ASN"
    assert (parse_target(str(first.target)).value, parse_target(str(second.target)).value) == (90, 80)


def test_jenis_for_all_but_one_by_number_and_weights_by_number_in_one_message():
    """tester54 #18: IKI 7 was made Core TUSI and no weight typed was kept, under «Jenis dan bobot dicatat»."""
    engine = _saved(EIGHT, "belum ada data awal semua",
                    "semua tusi kecuali no 7 beyond. bobot 1=15, 2=15, 3=10, 4=15, 5=10, 6=15, 7=20, 8=10")
    iki = engine.state("u").skp.iki
    assert [i.jenis.value for i in iki] == ["core_tusi"] * 6 + ["beyond", "core_mi"]
    assert [i.bobot for i in iki] == WEIGHTS


def test_weights_by_number_alone_are_weights_never_the_list_lines_targets():
    engine = _saved(EIGHT, "belum ada data awal semua", "semua tusi kecuali 7 beyond",
                    "bobot 1=15, 2=15, 3=10, 4=15, 5=10, 6=15, 7=20, 8=10")
    iki = engine.state("u").skp.iki
    assert [str(i.target) for i in iki][:2] == ["95%", "90%"] and iki[6].jenis.value == "beyond"
    assert [i.bobot for i in iki] == WEIGHTS


def test_a_work_report_at_an_open_target_question_is_a_catatan_never_another_iki_target():
    """It set the resep IKI's target to 54 as a correction of the draft."""
    engine = _saved("1. Jumlah resep rawat jalan yang ditelaah sesuai standar 9.000 resep\n"
                    "2. Persentase obat high alert yg diberi label sesuai standar 100%\n"
                    "3. Jumlah kasus efek samping obat yg dilaporkan ke MESO\n4. Nilai IP ASN 80",
                    "belum ada data awal semua", "tusi semua, bagi rata",
                    "hari ini telaah 45 resep rajal, eh salah 54 resep")
    state = engine.state("u")
    assert str(state.skp.iki[0].target) == "9.000 resep"
    assert [entry.quantity for entry in state.year.entries] == [54]
