"""Reads a unit's SKP export (XLSX or CSV, one row per IKI) with lenient headers; bad rows are reported, not dropped."""

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from bot.inputs import InputError, describe
from bot.models import IkiDraft, Peran
from bot.text import tokens

# Our field ← the header words an export may use (compared lower case, punctuation ignored).
HEADERS = {
    "nama": ["nama", "nama pegawai", "pegawai"],
    "nip": ["nip", "nip pegawai", "id pegawai"],
    "jabatan": ["jabatan", "nama jabatan"],
    "peran": ["peran", "role", "posisi"],
    "unit": ["unit", "unit kerja", "satker", "tim", "tim kerja", "unit organisasi"],
    "rhk": ["rhk", "rencana kinerja", "rencana hasil kerja"],
    "indikator": ["iki", "indikator", "indikator kinerja individu", "indikator kinerja"],
    "target": ["target"],
    "satuan": ["satuan"],
    "jenis": ["jenis", "jenis iki", "tagging", "tag"],
    "bobot": ["bobot", "bobot iki", "bobot (%)"],
    "aspek": ["aspek"],
}
_ALIASES = {" ".join(tokens(alias)): name for name, aliases in HEADERS.items() for alias in aliases}
# Role words in exports → our roles; anything else is a team member.
_ROLE_WORDS = {"ketua": Peran.ketua_tim, "katim": Peran.ketua_tim, "koordinator": Peran.ketua_tim,
               "pimpinan": Peran.pimpinan_unit, "kepala": Peran.pimpinan_unit, "direktur": Peran.pimpinan_unit}


@dataclass
class AuditRow:
    row: int
    employee: str  # NIP, or the name when there is no NIP
    nama: str
    jabatan: str
    unit: str
    peran: Peran
    iki: IkiDraft


@dataclass
class Rejected:
    row: int
    why: str


@dataclass
class Sheet:
    rows: list[AuditRow] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)  # rows that could not be used at all
    dropped_values: list[Rejected] = field(default_factory=list)  # rows kept without an unreadable value
    unknown_columns: list[str] = field(default_factory=list)


def role(text: str) -> Peran:
    for word in tokens(text):
        if word in _ROLE_WORDS:
            return _ROLE_WORDS[word]
    return Peran.anggota


def _raw_rows(path: Path) -> Iterator[list[str]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        for values in book.active.iter_rows(values_only=True):
            yield ["" if v is None else str(v) for v in values]
        book.close()
    elif path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            sample = handle.read(4096)
            handle.seek(0)
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
            yield from csv.reader(handle, dialect)
    else:
        raise InputError(f"{path.name}: format berkas harus .xlsx atau .csv")


def read_sheet(path: Path, progress: Callable | None = None) -> Sheet:
    if not path.is_file():
        raise InputError(f"berkas {path} tidak ditemukan")
    rows = _raw_rows(path)
    header = next(rows, None)
    if not header:
        raise InputError(f"{path.name} kosong; baris pertama harus judul kolom")
    columns = [_ALIASES.get(" ".join(tokens(h))) for h in header]
    if "indikator" not in columns:
        raise InputError(f"{path.name}: tidak ada kolom IKI/Indikator (judul kolom yang ada: {', '.join(h for h in header if h)})")
    if "nip" not in columns and "nama" not in columns:
        raise InputError(f"{path.name}: perlu kolom NIP atau Nama untuk mengelompokkan IKI per pegawai")
    sheet = Sheet(unknown_columns=[h for h, c in zip(header, columns) if h and c is None])
    for number, values in enumerate(progress(rows) if progress else rows, start=2):
        record = {c: v.strip() for c, v in zip(columns, values) if c}
        if not any(record.values()):
            continue
        employee = record.get("nip") or record.get("nama") or ""
        if not employee:
            sheet.rejected.append(Rejected(number, "NIP dan nama kosong: IKI ini tidak bisa dikaitkan ke pegawai"))
            continue
        fields = {k: record.get(k) or None for k in ("indikator", "rhk", "target", "satuan", "aspek", "jenis", "bobot")}
        if not fields["indikator"]:
            sheet.rejected.append(Rejected(number, "kolom IKI kosong"))
            continue
        try:
            iki = IkiDraft.model_validate(fields)
        except ValidationError as exc:
            # An unreadable jenis, aspek or bobot: keep the IKI (its findings say what is missing), note the value.
            sheet.dropped_values.append(Rejected(number, describe(exc)))
            for error in exc.errors():
                fields[error["loc"][0]] = None
            try:
                iki = IkiDraft.model_validate(fields)
            except ValidationError as again:
                sheet.rejected.append(Rejected(number, describe(again)))
                continue
        sheet.rows.append(AuditRow(number, employee, record.get("nama", ""), record.get("jabatan", ""),
                                   record.get("unit", "") or "(tanpa unit)", role(record.get("peran", "")), iki))
    return sheet
