"""A Ketua Tim's /ekspor carries their MPPH's sheets beside the SKP, so one file is handed in (tester57 F16: the split
was only in a second file, mpph.xlsx); `iki audit` still reads the SKP of that file, and mpph.xlsx alone is no SKP."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from bot.audit.sheet_reading import NotAnSkp, read_export
from bot.conversation import Engine
from tests.talk import mpph_divided, said


def _ketua_with_matrix(engine, user):
    mpph_divided(engine, user, "/mpph Jumlah kabupaten yang menerapkan SPM kesehatan; 12 kabupaten", "kuantitatif",
                 "Wati; 5\nYosef; 4\nSaya; 2", "selesai")
    assert "Tersimpan ke draf" in said(engine.press(user, "mpph:save"))


def test_the_export_of_a_ketua_holds_the_matrix_and_what_its_check_found(tmp_path):
    engine = Engine()
    _ketua_with_matrix(engine, "k")
    replies = engine.handle("k", "/ekspor")
    sent = next(r for r in replies if r.file)
    book = load_workbook(BytesIO(sent.file.data))
    assert {"MPPH 1 Tingkat", "IKI per pegawai"} <= set(book.sheetnames) and book.sheetnames[0].startswith("SKP")
    cells = [str(c) for row in book["MPPH 1 Tingkat"].iter_rows(values_only=True) for c in row if c]
    assert "Wati" in cells and any("berjumlah 11" in c and "12" in c for c in cells)  # 5 + 4 + 2 of 12: flagged
    assert "MPPH" in sent.text
    path = tmp_path / "skp.xlsx"
    path.write_bytes(sent.file.data)
    employees, report = read_export(path)
    assert len(employees) == 1 and "SKP" in report.where


def test_the_matrix_workbook_alone_is_still_no_skp(tmp_path):
    engine = Engine()
    _ketua_with_matrix(engine, "m")
    sent = next(r for r in engine.press("m", "mpph:done") if r.file)
    path = tmp_path / "mpph.xlsx"
    path.write_bytes(sent.file.data)
    with pytest.raises(NotAnSkp):
        read_export(path)


def test_an_export_without_a_matrix_has_no_mpph_sheet():
    engine = Engine()
    engine.handle("n", "Persentase sampel air minum yang diperiksa tepat waktu 90%")
    replies = engine.handle("n", "/ekspor")
    sent = next(r for r in replies if r.file)
    assert "MPPH 1 Tingkat" not in load_workbook(BytesIO(sent.file.data)).sheetnames and "MPPH" not in sent.text
