"""Reads a unit's SKP export (XLSX or CSV, one row per IKI) with lenient headers; bad rows are reported, not dropped."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from bot.inputs import InputError, describe
from bot.models import IkiDraft, Peran
from bot.tables import field_names, iter_rows, role_words
from bot.text import tokens


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
    words = role_words()
    return next((Peran(words[w]) for w in tokens(text) if w in words), Peran.anggota)


def read_sheet(path: Path, progress: Callable | None = None) -> Sheet:
    rows = iter_rows(path)
    header = next(rows, None)
    if not header:
        raise InputError(f"{path.name} kosong; baris pertama harus judul kolom")
    columns = field_names(header, "skp_export")
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
