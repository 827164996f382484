"""The Renstra indicator catalog: rows read and checked from CSV or XLSX, and each row's cascade path."""

import csv
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from bot.inputs import InputError
from bot.lang.numbers import parse_number
from bot.retrieval.codes import is_code, levels
from bot.sheets.cells import NO_VALUE, Percent, text
from bot.sheets.tables import open_table

COLUMNS = ("level", "code", "name", "target_2026", "unit", "parent", "pic", "source")


class Indicator(BaseModel):
    level: str
    code: str
    name: str
    target_2026: float | None
    unit: str | None
    parent: str | None
    pic: str
    source: str

    @property
    def key(self) -> str:
        """The same code may belong to several units (IKM 33.4 per Eselon I): code and PIC identify a row."""
        return f"{self.code}|{self.pic}"


@dataclass(frozen=True)
class RowError:
    row: int  # as the user sees it in the file: the header is row 1
    column: str
    why: str

    def __str__(self) -> str:
        return f"baris {self.row}, kolom {self.column}: {self.why}"


class CatalogError(Exception):
    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors[:5]))


def code_order(code: str) -> tuple:
    """Sort key that puts IKK 5.1.2 before IKK 5.1.10."""
    level, _, number = code.partition(" ")
    order = levels()
    return (order.index(level) if level in order else len(order),
            tuple(int(p) if p.isdigit() else 0 for p in number.split(".")))


def normalise_code(code: str) -> str:
    return " ".join(code.replace("\u00a0", " ").split()).upper()


def read_table(path: Path, notes: list[str] | None = None) -> list[dict[str, str]]:
    """Rows of a CSV or workbook catalog as dicts keyed by our column names (header found and matched leniently);
    what was read differently from a plain table (another sheet, a merged or repeated header …) goes to notes."""
    table = open_table(path, "renstra")
    rows = []
    for _, cells in table.records(COLUMNS):
        # A percent cell's number is the target itself (46% → 46; the unit column says %); a formula without a
        # saved value reads empty, so the row check names it.
        rows.append({name: text(float(c)) if isinstance(c, Percent) else "" if c is NO_VALUE else text(c)
                     for name, c in zip(COLUMNS, cells)})
    if notes is not None:
        notes += [f"{path.name} ({table.where}): {note}" for note in table.notes]
    return rows


def parse_rows(rows: Iterable[dict[str, str]], require_name: bool = False) -> list[Indicator]:
    """Check every row; raise CatalogError listing all bad rows, so nothing is imported half-way."""
    indicators: list[Indicator] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):
        values = {c: (row.get(c) or "").strip() for c in COLUMNS}
        if not any(values.values()):
            continue
        level = values["level"].upper()
        code = normalise_code(values["code"])
        row_errors = []
        if level not in levels():
            row_errors.append(RowError(number, "level", f"«{values['level']}» bukan salah satu dari {', '.join(levels())}"))
        if not is_code(code) or (level in levels() and not code.startswith(level + " ")):
            row_errors.append(RowError(number, "code", f"«{values['code']}» tidak sesuai pola kode {level or 'indikator'} (contoh: IKK 5.1.1)"))
        if require_name and not values["name"]:
            row_errors.append(RowError(number, "name", "nama indikator kosong"))
        target = parse_number(values["target_2026"]) if values["target_2026"] else None
        if values["target_2026"] and target is None:
            row_errors.append(RowError(number, "target_2026", f"«{values['target_2026']}» bukan angka"))
        parent = normalise_code(values["parent"]) if values["parent"] else None
        if parent and not is_code(parent):
            row_errors.append(RowError(number, "parent", f"«{values['parent']}» bukan kode indikator"))
        key = f"{code}|{values['pic']}"
        if not row_errors and key in seen:
            row_errors.append(RowError(number, "code", f"{code} untuk unit yang sama sudah ada di baris {seen[key]}"))
        if row_errors:
            errors.extend(row_errors)
            continue
        seen[key] = number
        indicators.append(Indicator(
            level=level, code=code, name=values["name"], target_2026=target, unit=values["unit"] or None,
            parent=parent, pic=values["pic"], source=values["source"],
        ))
    if errors:
        raise CatalogError(errors)
    return indicators


class IndicatorCatalog:
    def __init__(self, indicators: list[Indicator]):
        self.indicators = indicators
        self._by_code: dict[str, list[Indicator]] = {}
        for indicator in indicators:
            self._by_code.setdefault(indicator.code, []).append(indicator)

    def rows(self, code: str) -> list[Indicator]:
        """Every row of a code (IKM 33.4 belongs to two units); empty when the catalog does not hold it."""
        return self._by_code.get(code, [])

    def children(self, code: str) -> list[Indicator]:
        return sorted((i for i in self.indicators if i.parent == code), key=lambda i: code_order(i.code))

    def path(self, indicator: Indicator) -> list[str]:
        """Codes from the top of the cascade down to this indicator, e.g. IT 1 › ISS 5 › IKP 5.1 › IKK 5.1.1."""
        path = [indicator.code]
        parent = indicator.parent
        while parent and parent not in path and len(path) < len(levels()) + 1:
            path.insert(0, parent)
            rows = self._by_code.get(parent)
            parent = rows[0].parent if rows else None
        return path


def load_catalog(path: Path) -> IndicatorCatalog:
    return IndicatorCatalog(parse_rows(read_table(path)))


def import_catalog(source: Path, destination: Path, notes: list[str] | None = None) -> list[Indicator]:
    """Check a whole catalog file and write it to destination, or raise and write nothing."""
    indicators = parse_rows(read_table(source, notes), require_name=True)
    if not indicators:
        raise InputError(f"{source.name} tidak berisi baris indikator (baris pertama harus judul kolom)")
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_suffix(".partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for indicator in indicators:
            row = indicator.model_dump()
            row["target_2026"] = "" if indicator.target_2026 is None else f"{indicator.target_2026:g}"
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
    os.replace(partial, destination)  # all or nothing: readers never see half a catalog
    return indicators
