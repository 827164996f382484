"""Workbooks (.xlsx/.xlsm/.xls/.ods) read with python-calamine (Rust: ~10× faster than openpyxl), rows with their
real positions, merged ranges, and for .xlsx the percent and value-less formula cells calamine cannot see."""

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import python_calamine as calamine

from bot.inputs import InputError
from bot.sheets import bounded, kinds, xlsx_marks
from bot.sheets.cells import NO_VALUE, Cell, Percent

Merged = list[tuple[tuple[int, int], tuple[int, int]]]  # ((first row, first column), (last row, last column)), 0-based


_LARGER = "larger than its declared"  # calamine (the zip crate) stops a part that unpacks beyond its stated size


def open_book(path: Path) -> calamine.CalamineWorkbook:
    try:
        with path.open("rb") as handle:  # from a file object calamine sniffs the content, not the name
            return calamine.CalamineWorkbook.from_filelike(handle)
    except calamine.PasswordError:
        raise InputError(f"{path.name} dilindungi kata sandi; simpan salinan tanpa kata sandi lalu ulangi") from None
    except (calamine.CalamineError, ValueError, OSError) as exc:
        if _LARGER in str(exc):
            raise _lying(path.name, "salah satu bagiannya") from None
        raise InputError(f"{path.name} rusak atau tidak lengkap (unduhan terpotong?) dan tidak bisa dibaca; "
                         "unduh ulang, atau buka di Excel lalu simpan ulang") from None


def _lying(name: str, part: str) -> InputError:
    return InputError(f"{name}: {part} lebih besar setelah dibuka daripada ukuran yang tercatat di berkas; berkas "
                      "rusak atau sengaja dibuat begitu dan tidak dibaca. Ekspor ulang dari aplikasinya, atau buka di "
                      "Excel lalu simpan ulang")


def _part_names(book: zipfile.ZipFile, members: set[str]) -> dict[str, str]:
    """Part → how a user knows it: lembar «SKP» for a worksheet, plain words for the shared text (workbook.xml and
    its relations are read only when their size is sane)."""
    names = {"xl/sharedStrings.xml": "teks bersama buku kerja (sharedStrings.xml)", "content.xml": "isi lembar kerja"}
    try:
        index = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")
        part = xlsx_marks.sheet_parts(book) if all(book.getinfo(n).file_size < 2**24 for n in index) else {}
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, ValueError):
        part = {}
    names |= {member: f"lembar «{sheet}»" for sheet, member in part.items() if member in members}
    return names


def check_parts(path: Path) -> None:
    """Every part calamine may read (XML, and .bin for .xlsb), by its declared size, against what the memory budget
    allows once unpacked; the biggest is named. A part that then unpacks beyond its declared size is stopped by the
    readers themselves."""
    limit = kinds.max_unpacked_bytes()
    try:
        with zipfile.ZipFile(path) as book:
            parts = [i for i in book.infolist() if i.filename.lower().endswith((".xml", ".rels", ".bin"))]
            total = sum(i.file_size for i in parts)
            if total <= limit:
                return
            biggest = max(parts, key=lambda i: i.file_size)
            what = _part_names(book, {biggest.filename}).get(biggest.filename, f"bagian {biggest.filename}")
    except zipfile.BadZipFile:
        return  # not a zip (.xls), or a damaged one: calamine says what is wrong
    raise InputError(f"{path.name}: {what} terlalu besar setelah dibuka ({kinds.size_text(biggest.file_size)}; seluruh "
                     f"buku kerja {kinds.size_text(total)}, batas {kinds.size_text(limit)} menurut "
                     f"{kinds.budget_text()}); bagi berkas per unit lalu ulangi")


@dataclass
class SheetData:
    name: str
    rows: int  # rows up to the last used one, empty ones included
    merged: Merged
    sheet: calamine.CalamineSheet | None  # the loaded range; dropped once its rows have been read
    path: Path
    xlsx: bool

    def iter_rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """(0-based row, cells from column A), every row up to the last used one."""
        sheet, self.sheet = self.sheet, None
        if sheet is None or sheet.start is None or sheet.end is None:
            return
        start = sheet.start
        marks = xlsx_marks.marks(self.path, self.name) if self.xlsx else xlsx_marks.Marks()
        pad = [""] * start[1]  # calamine's rows begin at the first used column
        runs = {column: (marks.percent[column], [0]) for column in sorted(marks.percent)}
        no_value = marks.no_value
        row_offset = None
        for i, values in enumerate(sheet.iter_rows()):
            if row_offset is None:  # some calamine versions start at row 0, others at the first used row
                row_offset = 0 if start[0] == 0 or not any(v != "" for v in values) else start[0]
            row = row_offset + i
            cells: list[Cell] = pad + values if pad else values
            for column, (column_runs, cursor) in runs.items():
                while cursor[0] < len(column_runs) and column_runs[cursor[0]][1] < row:
                    cursor[0] += 1  # rows only grow: walk the runs instead of searching them
                if (cursor[0] < len(column_runs) and column_runs[cursor[0]][0] <= row and column < len(cells)
                        and isinstance(cells[column], float | int) and not isinstance(cells[column], bool)):
                    cells[column] = Percent(round(cells[column] * 100, 9))
            if no_value:
                for column, value in enumerate(cells):
                    if value == "" and (row, column) in no_value:
                        cells[column] = NO_VALUE
            yield row, cells


def sheets(path: Path) -> list[SheetData]:
    check_parts(path)
    book = open_book(path)
    xlsx = path.suffix.lower() in (".xlsx", ".xlsm")
    found = []
    for meta in book.sheets_metadata:
        if meta.typ != calamine.SheetTypeEnum.WorkSheet:
            continue
        bounded.stage(f"lembar «{meta.name}»")  # the sheet named if its reading outgrows the budget
        try:
            sheet = book.get_sheet_by_name(meta.name)
        except calamine.CalamineError as exc:
            if _LARGER in str(exc):
                raise _lying(path.name, f"lembar «{meta.name}»") from None
            raise InputError(f"{path.name}, lembar «{meta.name}» rusak dan tidak bisa dibaca; "
                             "buka di Excel lalu simpan ulang") from None
        rows = sheet.end[0] + 1 if sheet.end else 0
        if rows > kinds.MAX_ROWS:
            raise InputError(f"{path.name}, lembar «{meta.name}»: {kinds.number(rows)} baris, melebihi batas "
                             f"{kinds.limits_text()}; bagi berkas per unit lalu ulangi")
        found.append(SheetData(meta.name, rows, sheet.merged_cell_ranges or [], sheet, path, xlsx))
    return found
