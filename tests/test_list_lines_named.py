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

