"""What a file really is, whatever its name says, and the size limits every table input is held to."""

from pathlib import Path

from bot.inputs import InputError

MAX_BYTES = 500 * 1024 * 1024  # a whole-ministry export (1M IKI) is ~60 MB as XLSX, ~150 MB as CSV
MAX_ROWS = 2_000_000
MAX_UNPACKED_BYTES = 4 * 1024 * 1024 * 1024  # a workbook's unzipped parts: guards against zip bombs

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".csv",)
PDF_SUFFIX = ".pdf"


def number(value: int) -> str:
    """1.048.576, as Indonesian readers write it."""
    return f"{value:,}".replace(",", ".")


def limits_text() -> str:
    return f"paling besar {MAX_BYTES // (1024 * 1024)} MB dan {number(MAX_ROWS)} baris"


def content_kind(head: bytes) -> str:
    """zip (xlsx/ods), ole (xls or a password-protected xlsx), html, pdf, or text, from the first bytes."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"%PDF"):
        return "pdf"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")):
        return "html"
    return "text"


_WHAT = {"zip": "buku kerja Excel (.xlsx)", "ole": "berkas Excel lama (.xls) atau .xlsx berkata sandi",
         "pdf": "PDF", "html": "halaman web (HTML/XML)", "text": "teks biasa (CSV)"}


def check_file(path: Path, pdf: bool = False) -> str:
    """The file's real kind ("workbook", "text", or "pdf" where a PDF is accepted), or an InputError that says what
    it is and what to do."""
    if not path.is_file():
        raise InputError(f"berkas {path} tidak ditemukan" if not path.exists() else f"{path} adalah folder, bukan berkas")
    suffix = path.suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES + TEXT_SUFFIXES + ((PDF_SUFFIX,) if pdf else ()):
        raise InputError(f"{path.name}: format berkas harus .xlsx, .xls, .ods{', .csv atau .pdf' if pdf else ' atau .csv'}")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path.name} kosong (0 byte); ekspor ulang datanya lalu ulangi")
    if size > MAX_BYTES:
        raise InputError(f"{path.name} terlalu besar ({size / 1024 / 1024:.0f} MB; batas {limits_text()}); "
                         "bagi berkas per unit lalu audit satu per satu")
    with path.open("rb") as handle:
        kind = content_kind(handle.read(512))
    if suffix == PDF_SUFFIX:
        if kind != "pdf":
            raise InputError(f"{path.name} bukan PDF walau namanya .pdf: isinya {_WHAT[kind]}; ganti ekstensinya sesuai "
                             "isinya, lalu ulangi")
        return "pdf"
    if pdf and kind == "pdf":
        raise InputError(f"{path.name} berisi PDF walau namanya {suffix}; ganti ekstensinya menjadi .pdf, lalu ulangi")
    if suffix in TEXT_SUFFIXES:
        if kind != "text":
            real = ".xlsx" if kind == "zip" else ".xls" if kind == "ole" else None
            hint = f"ganti ekstensinya menjadi {real}" if real else "buka di Excel lalu Simpan Sebagai CSV atau .xlsx"
            raise InputError(f"{path.name} bukan CSV: isinya {_WHAT[kind]}; {hint}, lalu ulangi")
        return "text"
    expected = ("ole", "zip") if suffix == ".xls" else ("zip", "ole")  # an encrypted .xlsx is an OLE container
    if kind not in expected:
        if kind == "text":
            hint = f"ganti ekstensinya menjadi .csv ({path.stem}.csv), atau buka di Excel lalu Simpan Sebagai .xlsx"
        else:
            hint = "buka di Excel lalu Simpan Sebagai «Excel Workbook (.xlsx)»"
        raise InputError(f"{path.name} bukan berkas Excel walau namanya {suffix}: isinya {_WHAT[kind]}; {hint}, lalu ulangi")
    return "workbook"
