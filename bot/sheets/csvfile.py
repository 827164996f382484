"""CSV as exported by Excel in Indonesia: any of , ; tab | as separator, UTF-8 or Windows-1252 text, and quotes
left open by hand edits caught instead of silently swallowing the rows after them."""

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from bot.inputs import InputError
from bot.sheets import kinds

DELIMITERS = (";", ",", "\t", "|")
_CHUNK = 4 * 1024 * 1024
MAX_LINE_CHARS = 1_000_000  # a row of an export is a few hundred characters


def encoding_of(path: Path) -> str:
    """utf-8-sig when the whole file decodes as UTF-8, utf-16 with its BOM, else Windows-1252 (Excel's ANSI CSV)."""
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(_CHUNK):  # C-speed validation; ~0.1 s for 150 MB
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def _lines(path: Path, encoding: str) -> Iterator[str]:
    # cp1252 leaves five bytes undefined: they become «�» rather than failing half-way through a file.
    errors = "strict" if encoding != "cp1252" else "replace"
    with io.open(path, encoding=encoding, errors=errors, newline="") as handle:
        number = 0
        while line := handle.readline(MAX_LINE_CHARS):  # never a whole file held as one "line"
            number += 1
            if len(line) == MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
                raise InputError(f"{path.name} baris {number}: lebih dari {kinds.number(MAX_LINE_CHARS)} karakter tanpa "
                                 "akhir baris, jadi bukan CSV ekspor (mungkin rusak atau bukan teks); ekspor ulang "
                                 "sebagai CSV atau .xlsx")
            yield line


def _alone(line: str, delimiter: str) -> list[str]:
    """One physical line as one row; an odd quote is kept as text so the separators after it still split."""
    if line.count('"') % 2 == 0:
        return next(csv.reader([line], delimiter=delimiter), [])
    fields = next(csv.reader([line], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
    return [f.strip('"').rstrip("\r\n") for f in fields]


def records(path: Path, encoding: str, delimiter: str, width: int = 0,
            notes: list[str] | None = None) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) per row. A quoted field that runs over lines which look like whole rows of their own
    (an unclosed quote) is read back line by line and noted, so 3 rows never silently become 1."""
    consumed: list[str] = []

    def feed() -> Iterator[str]:
        for line in _lines(path, encoding):
            consumed.append(line)
            yield line

    reader = csv.reader(feed(), delimiter=delimiter, strict=True)
    line = 0
    while True:
        try:
            fields: list[str] | None = next(reader)
        except StopIteration:
            break
        except csv.Error:
            fields = None  # strict mode: a quote left open until the end, or text after a closing quote
        lines, first = consumed[:], line + 1
        consumed.clear()
        line += len(lines)
        if fields is not None and (len(lines) == 1 or not _swallowed(lines[1:], delimiter, width)):
            yield first, fields
            continue
        if notes is not None:
            span = f"baris {first}" if len(lines) == 1 else f"baris {first}–{first + len(lines) - 1}"
            notes.append(f"{span}: tanda kutip (\") tidak ditutup atau salah letak; {len(lines)} baris itu dibaca satu "
                         "per satu dengan tanda kutip sebagai teks — periksa isinya dan perbaiki tanda kutipnya")
        for k, text in enumerate(lines):
            yield first + k, _alone(text, delimiter)


def _swallowed(lines: list[str], delimiter: str, width: int) -> bool:
    # A line break inside a quoted cell is normal (Alt+Enter); a "continuation" holding a row's worth of
    # separators is a row the open quote ate.
    need = max(1, width - 2) if width >= 3 else 1
    return any(text.count(delimiter) >= need for text in lines)
