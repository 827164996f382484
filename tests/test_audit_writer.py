"""Issue 17: the audit workbook's rows are written as sheet XML, not cell by cell through xlsxwriter; the sheets must
be what xlsxwriter's own writer gives for the same rows, tricky texts included, and a table longer than a sheet
continues on the next one."""

import zipfile

import xlsxwriter
from openpyxl import load_workbook

from bot.audit import xlsx_report

_TEXTS = ["Ana & <Budi>", " spasi di depan", "di belakang\t", "kontrol \x01\x1f", "_x0041_ harfiah", "tak \ufffe",
          "Persentase dokumen «BMN» yang ditindaklanjuti", "x" * 20_000, "ganda " * 6_000]
_HEADER = ["Baris", "Teks", "Porsi", "Kosong"]


def _rows() -> list[list]:
    return [[n, text, n / 7, "" if n % 2 else None] for n, text in enumerate(_TEXTS * 3, start=2)]


def _book(path):
    return xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False, "strings_to_urls": False})


def _sheet_xml(path, n: int = 1) -> bytes:
    with zipfile.ZipFile(path) as book:
        return book.read(f"xl/worksheets/sheet{n}.xml")


def test_rows_are_written_as_xlsxwriters_own_writer_writes_them(tmp_path):
    ours = _book(tmp_path / "ours.xlsx")
    xlsx_report._Sheets(ours, None).table("IKI", _HEADER, _rows(), (2,), (8, 70))
    ours.close()
    theirs = _book(tmp_path / "theirs.xlsx")
    bold = theirs.add_format({"bold": True, "bg_color": "#E8F5EE"})
    percent = theirs.add_format({"num_format": "0.0%"})
    sheet = theirs.add_worksheet("IKI")
    sheet.write_row(0, 0, _HEADER, bold)
    sheet.freeze_panes(1, 0)
    sheet.set_column(0, 0, 8)
    sheet.set_column(1, 1, 70)
    for r, row in enumerate(_rows(), start=1):
        sheet.write_number(r, 0, row[0])
        sheet.write_string(r, 1, row[1])
        sheet.write_number(r, 2, row[2], percent)
    theirs.close()
    assert _sheet_xml(tmp_path / "ours.xlsx") == _sheet_xml(tmp_path / "theirs.xlsx")
    read = list(load_workbook(tmp_path / "ours.xlsx", read_only=True)["IKI"].iter_rows(values_only=True))
    assert [r[1] for r in read[1:4]] == _TEXTS[:3]


def test_a_table_longer_than_a_sheet_goes_on_in_the_next(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_report, "EXCEL_ROWS", 10)
    book = _book(tmp_path / "long.xlsx")
    counted: list[int] = []
    xlsx_report._Sheets(book, counted.append).table("IKI", _HEADER, ([n, f"IKI {n}"] for n in range(25)))
    book.close()
    read = load_workbook(tmp_path / "long.xlsx", read_only=True)
    assert read.sheetnames == ["IKI", "IKI (2)", "IKI (3)"]
    values = [row for name in read.sheetnames for row in read[name].iter_rows(values_only=True)]
    assert [row[:2] for row in values if row[0] != "Baris"] == [(n, f"IKI {n}") for n in range(25)]
    assert sum(counted) == 25
