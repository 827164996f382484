"""Word bullets pasted as «•<TAB>text» read as bullets on every line, never as a cell of their own (tester9 #19)."""

import pytest

from bot.lang.text import clean_lines


@pytest.mark.parametrize("bullet", ["•", "▪", "◦", "\uf0b7", "-", "a)"])
def test_a_bullet_cell_is_dropped_on_every_line(bullet):
    pasted = f"1.\tJumlah sampel yang diperiksa\n{bullet}\tJumlah rapat koordinasi\n{bullet}\tMenyusun SOP pemeriksaan"
    assert clean_lines(pasted).splitlines() == ["Jumlah sampel yang diperiksa", "Jumlah rapat koordinasi",
                                               "Menyusun SOP pemeriksaan"]


def test_a_numbered_spreadsheet_row_keeps_its_fields():
    assert clean_lines("12\tPersentase sampel\t95\t%\tCore TUSI\t30") == "Persentase sampel, 95 %, Core TUSI 30"
