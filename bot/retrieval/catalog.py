"""The Renstra indicator catalog: rows read from CSV, XLSX or the regulation's PDF annex, each with a reason when it
is skipped, and each row's cascade path."""

import csv
import functools
import logging
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel

from bot import knowledge
from bot.inputs import InputError
from bot.lang.numbers import parse_number, parse_target
from bot.retrieval.codes import implied_parents, is_code, levels
from bot.sheets.cells import NO_VALUE, Percent, text
from bot.sheets.tables import aliases_of, open_table

log = logging.getLogger("asisten_iki.catalog")

COLUMNS = ("level", "code", "name", "target_2026", "unit", "parent", "pic", "source")
# How the reading report names a column to a planner whose file has its own headers (tester52 P3-8: «kolom code»)
COLUMN_NAMES = {"level": "level", "code": "kode", "name": "nama indikator", "target_2026": "target",
                "unit": "satuan", "parent": "indikator induk", "pic": "penanggung jawab", "source": "sumber"}
SKIP_EMPTY = "baris kosong"
_EXPONENT = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_NUMBER_ONLY = re.compile(r"^\d+(\.\d+)*$")
_WORD_UNIT = re.compile(r"^[^\W\d_]+( [^\W\d_]+)?$")  # «orang», «dokumen», «kab/kota» not: a unit of one or two words
LISTED = 8  # rows named per kind of skip or note; the rest are counted


class Indicator(BaseModel):
    level: str
    code: str
    name: str
    target_2026: float | None
    unit: str | None
    parent: str | None
    pic: str
    source: str
    # The target as written when it is not a plain number: «WTP» (an audit opinion), «≥ 80». target_2026 then
    # holds the number it names, if any.
    target_text: str | None = None

    @property
    def key(self) -> str:
        """The same code may belong to several units (IKM 33.4 per Eselon I): code and PIC identify a row."""
        return f"{self.code or self.name}|{self.pic}"  # a row kept without its code: its name


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


@dataclass
class CatalogReading:
    """What was read from a catalog file: every row below the header is read or skipped for a stated reason, and
    rows kept with something to know (no name, a text target) are named in notes."""

    source: str
    where: str = ""
    indicators: list[Indicator] = field(default_factory=list)
    rows_in_file: int = 0
    skipped: list[RowError] = field(default_factory=list)
    kept: dict[str, list[int]] = field(default_factory=dict)  # what to know → rows kept with it
    notes: list[str] = field(default_factory=list)  # how the file was read (sheet, merged cells, PDF pages)
    pages: dict[int, int] = field(default_factory=dict)  # a PDF's row number → its page
    header: list[str] = field(default_factory=list)  # the header cells as found in the file
    fields: list[str | None] = field(default_factory=list)  # our column name for each, None when not recognised

    @property
    def adds_up(self) -> bool:
        return self.rows_in_file == len(self.indicators) + len(self.skipped)

    def skip(self, row: int, column: str, why: str) -> None:
        self.skipped.append(RowError(row, column, why))

    def keep(self, row: int, what: str) -> None:
        self.kept.setdefault(what, []).append(row)

    def lines(self) -> list[str]:
        """The reading report `iki import-renstra` prints; its sum is checked, not assumed."""
        check = "cocok" if self.adds_up else "TIDAK COCOK — laporkan berkas ini"
        lines = [f"Pembacaan {self.source} ({self.where}): {self.rows_in_file} baris = {len(self.indicators)} dibaca "
                 f"+ {len(self.skipped)} dilewati ({check})."]
        reasons = Counter(e.why if e.column == "-" else f"kolom {COLUMN_NAMES.get(e.column, e.column)} tidak terbaca" for e in self.skipped)
        if self.skipped:
            lines.append("  Dilewati: " + "; ".join(f"{n} {why}" for why, n in reasons.most_common()) + ".")
            lines += [f"    {self._place(e.row)}, kolom {COLUMN_NAMES.get(e.column, e.column)}: {e.why}" for e in self.skipped if e.column != "-"][:LISTED * 3]
        for what, rows in self.kept.items():
            lines.append(f"  Diimpor dengan catatan: {len(rows)} baris {what} ({self._places(rows)}).")
        lines += [f"  Catatan: {note}." for note in self.notes]
        return lines


    def _place(self, row: int) -> str:
        return f"baris {row}" + (f" (halaman {self.pages[row]})" if row in self.pages else "")

    def _places(self, rows: list[int]) -> str:
        """«baris 4», «baris 4 dan 9», «baris 4, 6, 9 dan 5 lainnya»: every row up to three named (tester53 P3-7: two
        rows read «baris 4 dan 1 lainnya»)."""
        named = [str(row) + (f" (halaman {self.pages[row]})" if row in self.pages else "") for row in rows[:3]]
        rest = len(rows) - len(named)
        if rest:
            return f"baris {', '.join(named)} dan {rest} lainnya"
        return "baris " + (f"{', '.join(named[:-1])} dan {named[-1]}" if len(named) > 1 else named[0])


KEPT_NAMELESS = "tanpa nama indikator: disimpan dan hanya ditemukan lewat kodenya"
KEPT_CODELESS = "tanpa kode indikator: disimpan dan hanya ditemukan lewat namanya; lengkapi kodenya di berkas"
KEPT_TEXT_TARGET = "dengan target berupa teks (misalnya «WTP»): disimpan apa adanya"
KEPT_BAD_PARENT = "dengan kolom induk yang bukan kode indikator: induknya dikosongkan"
KEPT_MEASURE_MISMATCH = ("persentase dengan target yang bukan persen (satuan lain atau di atas 100): disimpan, "
                         "periksa target dan satuannya")


def code_order(code: str) -> tuple:
    """Sort key that puts IKK 5.1.2 before IKK 5.1.10."""
    level, _, number = code.partition(" ")
    order = levels()
    return (order.index(level) if level in order else len(order),
            tuple(int(p) if p.isdigit() else 0 for p in number.split(".")))


def normalise_code(code: str) -> str:
    return " ".join(code.replace("\u00a0", " ").split()).upper()


def read_table(path: Path, reading: CatalogReading | None = None) -> list[tuple[int, dict[str, str]]]:
    """(row number, the row as a dict keyed by our column names) for every row below the header (header found and
    matched leniently). How the file was read (another sheet, a merged or repeated header, PDF pages …) and rows
    the table itself set aside (a PDF's repeated headers, continuation lines) go to the reading."""
    table = open_table(path, "renstra", pdf=True)
    rows = []
    for number, cells in table.records(COLUMNS):
        # A percent cell's number is the target itself (46% → 46; the unit column says %); a formula without a
        # saved value reads empty, so the row check names it.
        rows.append((number, {name: text(float(c)) if isinstance(c, Percent) else "" if c is NO_VALUE else text(c)
                              for name, c in zip(COLUMNS, cells)}))
    if reading is not None:
        reading.where = f"{table.where}, judul kolom di baris {table.header_row}"
        reading.notes += table.notes
        reading.pages = table.page_of
        reading.header, reading.fields = table.header, table.fields
        for number, why in table.set_aside:
            reading.rows_in_file += 1
            reading.skip(number, "-", why)
    return rows


def _target(raw: str) -> tuple[float | None, str | None, str | None]:
    """(number, text as written when it is more than a number, unit it names): 95 → (95, None, None);
    «80%» → (80, None, "%"); «≥ 80» → (80, "≥ 80", None); «WTP» → (None, "WTP", None)."""
    if not raw:
        return None, None, None
    number = parse_number(raw)
    if number is None and _EXPONENT.match(raw):
        number = float(raw)  # 1.575e+06: how imports before issue 17 wrote a million; read it, never write it
    if number is not None:
        return number, None, None
    parsed = parse_target(raw)
    if parsed is not None and parsed.is_percent and raw.strip()[0].isdigit():
        return parsed.value, None, "%"
    if parsed is not None and raw.strip()[0].isdigit() and parsed.unit and _WORD_UNIT.match(parsed.unit):
        return parsed.value, None, parsed.unit  # «1.575.000 orang»: the number with its unit, never a text target
    return (parsed.value if parsed else None), raw, None


def _measure_mismatch(name: str, target: float | None, unit: str) -> bool:
    """A share («Persentase …», rules/lexicon.yaml measures percent) whose target is no share: a unit other than %
    or a number above 100 («Persentase dosen … 1.575.000 orang»), a row worth a second look."""
    words = name.lower().split()
    if not words or words[0] not in knowledge.data("rules/lexicon")["measures"]["percent"]:
        return False
    return bool(unit and unit.strip().lower() not in knowledge.data("numbers")["percent"]) \
        or (target is not None and target > 100)


def parse_rows(rows: Iterable[tuple[int, dict[str, str]]], reading: CatalogReading | None = None) -> CatalogReading:
    """Every row read or skipped with its reason; rows without a name or with a text target are kept and noted."""
    reading = reading or CatalogReading(source="katalog")
    seen: dict[str, int] = {}
    for number, row in rows:
        reading.rows_in_file += 1
        values = {c: (row.get(c) or "").strip() for c in COLUMNS}
        if not any(values.values()):
            reading.skip(number, "-", SKIP_EMPTY)
            continue
        level = values["level"].upper()
        code = normalise_code(values["code"])
        if level in levels() and _NUMBER_ONLY.match(code):
            code = f"{level} {code}"  # level and number in columns of their own: «IKP | 2.1» is IKP 2.1
        if not level and is_code(code):
            level = code.partition(" ")[0]  # the code says its level: IKK 5.1.1 is an IKK
        if not code and values["name"] and level in levels():
            # a named row of a level with its code left empty: kept and found by its name, as a nameless row is by
            # its code (tester53 P3-7: «Jumlah layanan advokasi hukum …» was lost)
            key = f"{values['name']}|{values['pic']}"
            if key in seen:
                reading.skip(number, "name", f"«{values['name']}» untuk unit yang sama sudah ada di baris {seen[key]}")
                continue
            seen[key] = number
            reading.keep(number, KEPT_CODELESS)
            code = ""
        elif not values["level"] and not is_code(code):
            # no level given and no code: a total, a sub-heading or a note («Jumlah Total»), never a «kolom level»
            # the file may not have (tester52 P3-8)
            reading.skip(number, "code", f"«{values['code']}» bukan kode indikator (contoh: IKK 5.1.1): baris jumlah, "
                         "judul atau catatan" if values["code"] else "kode indikator kosong")
            continue
        if level not in levels():
            reading.skip(number, "level", f"«{values['level']}» bukan salah satu dari {', '.join(levels())}")
            continue
        if code and (not is_code(code) or not code.startswith(level + " ")) or not code and not values["name"]:
            reading.skip(number, "code", f"«{values['code']}» tidak sesuai pola kode {level} (contoh: IKK 5.1.1)"
                         if values["code"] else "kode indikator kosong")
            continue
        key = f"{code}|{values['pic']}"
        if code and key in seen:
            reading.skip(number, "code", f"{code} untuk unit yang sama sudah ada di baris {seen[key]}")
            continue
        if code:
            seen[key] = number
        target, target_text, target_unit = _target(values["target_2026"])
        if target_unit not in (None, "%") and values["unit"] and target_unit.lower() != values["unit"].lower():
            target_text = values["target_2026"]  # «12 dokumen» in a row whose unit says «laporan»: kept as written
        parent = normalise_code(values["parent"]) if values["parent"] else None
        if parent and not is_code(parent):
            reading.keep(number, KEPT_BAD_PARENT)
            parent = None
        if not values["name"]:
            reading.keep(number, KEPT_NAMELESS)
        if target_text:
            reading.keep(number, KEPT_TEXT_TARGET)
        if _measure_mismatch(values["name"], target, values["unit"] or target_unit or ""):
            reading.keep(number, KEPT_MEASURE_MISMATCH)
        reading.indicators.append(Indicator(
            level=level, code=code, name=values["name"], target_2026=target, target_text=target_text,
            unit=values["unit"] or target_unit, parent=parent, pic=values["pic"], source=values["source"],
        ))
    return reading


class IndicatorCatalog:
    def __init__(self, indicators: list[Indicator]):
        self.indicators = indicators
        self._by_code: dict[str, list[Indicator]] = {}
        self._by_number: dict[str, list[Indicator]] = {}
        self._children: dict[str, list[Indicator]] = {}
        for indicator in indicators:
            self._by_code.setdefault(indicator.code, []).append(indicator)
            self._by_number.setdefault(indicator.code.partition(" ")[2], []).append(indicator)
        # A row without a parent column sits under the nearest code its numbering implies, when the catalog holds it
        # (IKK 6.1.1 under IKP 6.1 under ISS 6): a unit's own catalog often leaves the column empty.
        self._parent = {i.key: i.parent or next((p for p in implied_parents(i.code) if p in self._by_code), None)
                        for i in indicators}
        for indicator in indicators:
            if self._parent[indicator.key]:
                self._children.setdefault(self._parent[indicator.key], []).append(indicator)

    def rows(self, code: str) -> list[Indicator]:
        """Every row of a code (IKM 33.4 belongs to two units); empty when the catalog does not hold it."""
        return self._by_code.get(code, [])

    def numbered(self, number: str) -> list[Indicator]:
        """Rows whose code carries this number at any level: "33.3.1" → IKK 33.3.1 and IKM 33.3.1."""
        return sorted(self._by_number.get(number, []), key=lambda i: code_order(i.code))

    def children(self, code: str) -> list[Indicator]:
        return sorted(self._children.get(code, []), key=lambda i: code_order(i.code))

    def path(self, indicator: Indicator) -> list[str]:
        """Codes from the top of the cascade down to this indicator, e.g. IT 1 › ISS 5 › IKP 5.1 › IKK 5.1.1."""
        path = [indicator.code]
        parent = self._parent.get(indicator.key, indicator.parent)
        while parent and parent not in path and len(path) < len(levels()) + 1:
            path.insert(0, parent)
            rows = self._by_code.get(parent)
            parent = self._parent.get(rows[0].key) if rows else None
        return path


def read_catalog(path: Path) -> CatalogReading:
    """A catalog file read whole, with its reading report; raises InputError when the file cannot be read."""
    reading = CatalogReading(source=path.name)
    return parse_rows(read_table(path, reading), reading)


def load_catalog(path: Path) -> IndicatorCatalog:
    """The catalog to search. A row that cannot be read is left out and logged: one bad row must never stop the
    bot from starting (imports are checked before they are written, so this is a hand-edited file)."""
    reading = read_catalog(path)
    for error in reading.skipped:
        if error.why != SKIP_EMPTY:
            log.warning(f"katalog {path}: {error}; baris dilewati")
    return IndicatorCatalog(reading.indicators)


@functools.lru_cache(maxsize=2)
def _catalog_at(path: str, mtime: float) -> IndicatorCatalog:
    return load_catalog(Path(path))


def catalog_rows(code: str) -> list[Indicator]:
    """The rows of one code in the catalog in use (Settings.catalog_file), without the search index or its model:
    the file is read once per version (its mtime), so a chat can name a code's indicator cheaply."""
    from bot.settings import get_settings

    path = get_settings().catalog_file
    try:
        catalog = _catalog_at(str(path), path.stat().st_mtime)
    except (OSError, InputError):
        return []
    return catalog.rows(normalise_code(code))


def number_text(value: float) -> str:
    """A number as the ministry writes it, exactly and never in exponent form: 1575000 → 1.575.000, 63.5 → 63,5,
    0.875 → 0,875 (bot.lang.numbers reads each back to the same value)."""
    plain = format(Decimal(repr(value)), "f")
    sign, plain = ("-", plain[1:]) if plain.startswith("-") else ("", plain)
    whole, _, fraction = plain.partition(".")
    whole = f"{int(whole):,}".replace(",", ".")
    fraction = fraction.rstrip("0")
    return sign + whole + (f",{fraction}" if fraction else "")


def _written(indicator: Indicator) -> dict[str, str]:
    row = indicator.model_dump()
    row["target_2026"] = indicator.target_text or ("" if indicator.target_2026 is None else number_text(indicator.target_2026))
    return {c: "" if row[c] is None else row[c] for c in COLUMNS}


def _nothing_read(source: Path, reading: CatalogReading) -> str:
    """Why no row was read, from where the header was found: the first reason per column, never a guess about
    where the header should be."""
    found = ", ".join(f"«{h}»" for h in reading.header if h.strip()) or "tidak ada"
    first: dict[str, RowError] = {}
    for error in reading.skipped:
        if error.why != SKIP_EMPTY:
            first.setdefault(error.column, error)
    below = ("; ".join(str(e) for e in list(first.values())[:3]) if first
             else "tidak ada baris berisi di bawah judul kolom")
    return (f"{source.name} tidak berisi baris indikator yang bisa dibaca ({reading.where}; judul kolom yang terbaca: "
            f"{found}). Di bawahnya: {below}. Tiap baris perlu kode lengkap («IKK 5.1.1»), atau tingkat («IKK») dan "
            "nomornya («5.1.1») di dua kolom; katalog yang dipakai sekarang tidak diubah")


def _check_names(source: Path, reading: CatalogReading) -> None:
    """A catalog whose rows mostly have no name (its name column not found, or empty) cannot be searched by words:
    the import stops before it replaces anything, naming the column it looked for and the headers it found."""
    nameless = len(reading.kept.get(KEPT_NAMELESS, []))
    limit = knowledge.data("columns")["renstra_import"]["nameless_share_max"]
    if nameless <= limit * len(reading.indicators):
        return
    count = f"{nameless} dari {len(reading.indicators)} baris indikator tidak punya nama"
    found = ", ".join(f"«{h}»" for h in reading.header if h.strip()) or "tidak ada"
    names = ", ".join([f"«{a}»" for a in aliases_of("renstra", "name") if "_" not in a and a != "name"][:6])
    if "name" in reading.fields:
        column = reading.header[reading.fields.index("name")]
        why = (f"{count}: kolom «{column}» dibaca sebagai nama indikator tetapi hampir selalu kosong. Isi namanya, "
               f"atau periksa apakah nama indikator ada di kolom lain (judul kolom yang ada: {found}), lalu ulangi")
    else:
        why = (f"{count}: kolom Nama Indikator tidak ditemukan (judul kolom yang ada: {found}). Beri kolom nama "
               f"indikator salah satu judul ini: {names} (huruf besar atau kecil sama saja; daftar lengkapnya di "
               "knowledge/columns.yaml), lalu ulangi")
    raise InputError(f"{source.name}: {why}. Katalog yang dipakai sekarang tidak diubah")


def import_catalog(source: Path, destination: Path) -> CatalogReading:
    """Read a whole catalog file and write what was read to destination, or raise and write nothing. The written
    file is read back and compared before it replaces the old one: the next start always finds a catalog it
    can read, holding exactly these rows."""
    reading = read_catalog(source)
    if not reading.indicators:
        raise InputError(_nothing_read(source, reading))
    _check_names(source, reading)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.stem}.partial.csv")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(_written(i) for i in reading.indicators)
    back = read_catalog(partial)
    if back.indicators != reading.indicators or back.skipped:
        partial.unlink(missing_ok=True)
        raise CatalogError(back.skipped or [RowError(0, "-", "katalog yang ditulis tidak terbaca kembali sama persis")])
    os.replace(partial, destination)  # all or nothing: readers never see half a catalog
    return reading
