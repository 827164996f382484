"""What calamine does not tell: which cells are percent-formatted and which formulas were saved without a value.
Found by one streamed pass over the sheet's XML (regular expressions on bytes, no DOM)."""

import re
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from xml.etree import ElementTree

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_BUILTIN_PERCENT = {9, 10}  # 0% and 0.00%
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_NO_VALUE = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"[^>]*>(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)(?:<v\s*/>|<v></v>)?</c>')
_CHUNK = 8 * 1024 * 1024


def column_index(letters: bytes | str) -> int:
    """A → 0, Z → 25, AA → 26."""
    n = 0
    for ch in letters if isinstance(letters, str) else letters.decode():
        n = n * 26 + ord(ch) - 64
    return n - 1


@dataclass
class Marks:
    percent: dict[int, list[list[int]]] = field(default_factory=lambda: defaultdict(list))  # column → [first, last] row runs (0-based)
    no_value: set[tuple[int, int]] = field(default_factory=set)  # (row, column), 0-based

    def add_percent(self, row: int, column: int) -> None:
        runs = self.percent[column]
        if runs and runs[-1][1] == row - 1:
            runs[-1][1] = row  # whole columns are formatted at once: keep runs, not a million cells
        else:
            runs.append([row, row])


def _percent_styles(book: zipfile.ZipFile) -> set[int]:
    try:
        root = ElementTree.fromstring(book.read("xl/styles.xml"))
    except KeyError:
        return set()
    percent_formats = set(_BUILTIN_PERCENT)
    for fmt in root.iterfind("m:numFmts/m:numFmt", _NS):
        if "%" in _QUOTED.sub("", fmt.get("formatCode", "")):  # 0"%" shows a literal sign: the value is not scaled
            percent_formats.add(int(fmt.get("numFmtId", "-1")))
    xfs = root.find("m:cellXfs", _NS)
    return {i for i, xf in enumerate(xfs if xfs is not None else []) if int(xf.get("numFmtId", "0")) in percent_formats}


def sheet_parts(book: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its part in the zip (xl/worksheets/sheet1.xml), from workbook.xml and its relations."""
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    parts = {}
    for sheet in workbook.iterfind("m:sheets/m:sheet", _NS):
        target = targets.get(sheet.get(_REL), "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        parts.setdefault(sheet.get("name"), part)
    return parts


def marks(path, sheet_name: str) -> Marks:
    """Percent cells and value-less formulas of one sheet of an .xlsx/.xlsm; empty for anything else."""
    found = Marks()
    try:
        with zipfile.ZipFile(path) as book:
            part = sheet_parts(book).get(sheet_name)
            if part is None:
                return found
            styles = _percent_styles(book)
            # Every writer we know puts r first and s second (t may sit between): a fixed order scans 2× faster.
            ids = b"|".join(str(s).encode() for s in sorted(styles))
            percent = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"(?: t="\w+")? s="(?:' + ids + rb')"') if styles else None
            with book.open(part) as xml:
                tail = b""
                while chunk := xml.read(_CHUNK):
                    data = tail + chunk
                    cut = data.rfind(b"<c ")  # a cell cut in two waits for the next chunk
                    data, tail = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
                    _scan(data, percent, found)
                _scan(tail, percent, found)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError):
        return found  # calamine has already read the file; the marks are a refinement, not a requirement
    return found


def _scan(data: bytes, percent: re.Pattern | None, found: Marks) -> None:
    if percent is not None:
        for m in percent.finditer(data):
            found.add_percent(int(m[2]) - 1, column_index(m[1]))
    if b"<f" in data:
        for m in _NO_VALUE.finditer(data):
            found.no_value.add((int(m[2]) - 1, column_index(m[1])))
