"""What a file really is, whatever its name says, and the limits every table input is held to: its size on disk, its
rows, and the memory its reading may take (IKI_SHEET_MEMORY_MB), from which the unpacked size of a workbook follows."""

from pathlib import Path

from bot.inputs import CONTENT_NAMES, InputError, content_kind
from bot.settings import get_settings
from bot.sheets import ole

MAX_BYTES = 500 * 1024 * 1024  # a whole-ministry export (1M IKI) is ~60 MB as XLSX, ~150 MB as CSV
MAX_ROWS = 2_000_000
# Address space a workbook's reading takes per byte of its unpacked XML: 620 MB of sheet XML (a 1M-row export)
# took 1.33 GB (1.07 GB resident) in calamine. The unpacked size a budget allows follows from it.
MEMORY_PER_UNPACKED_BYTE = 2.2

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".csv",)
PDF_SUFFIX = ".pdf"
HEAD_BYTES = 4096


def number(value: int) -> str:
    """1.048.576, as Indonesian readers write it."""
    return f"{value:,}".replace(",", ".")


def size_text(size: float) -> str:
    """1,2 GB or 350 MB."""
    return f"{size / 1024**3:.1f} GB".replace(".", ",") if size >= 1024**3 else f"{max(size / 1024**2, 1):.0f} MB"


def memory_budget_mb() -> int:
    return get_settings().sheet_memory_budget_mb


def max_unpacked_bytes() -> int:
    """The most a workbook's parts may hold once unzipped: what its reading can take within the memory budget."""
    return int(memory_budget_mb() * 1024**2 / MEMORY_PER_UNPACKED_BYTE)


def limits_text() -> str:
    return f"paling besar {MAX_BYTES // (1024 * 1024)} MB dan {number(MAX_ROWS)} baris"


def budget_text() -> str:
    return f"batas memori pembacaan {memory_budget_mb()} MB, IKI_SHEET_MEMORY_MB"


def too_big(name: str, where: str) -> InputError:
    """The reader outgrew the memory budget (or was killed for memory) while reading `where` of the file."""
    return InputError(f"{name}{', ' + where if where else ''}: pembacaannya butuh lebih dari {memory_budget_mb()} MB "
                      f"memori ({budget_text()}), jadi dihentikan. Berkas ini mungkin rusak atau sengaja dibuat "
                      "besar; bila isinya memang sebesar itu, bagi berkas per unit, atau naikkan IKI_SHEET_MEMORY_MB "
                      "bila memori mesin cukup")


def _ole(path: Path, suffix: str) -> None:
    """An OLE container is read only when it holds an unprotected .xls whose structure is whole."""
    names: set[str] = set()
    try:
        ole.streams(path, names)
        damaged = False
    except ole.Damaged:
        damaged = True
    if names & set(ole.ENCRYPTED):
        raise InputError(f"{path.name} dilindungi kata sandi (Excel menyimpannya terenkripsi); buka di Excel, hapus "
                         "kata sandinya (File › Info › Protect Workbook › Encrypt with Password, kosongkan), simpan, "
                         "lalu ulangi")
    if damaged:
        raise InputError(f"{path.name} rusak: struktur berkas Office-nya tidak utuh (unduhan terpotong?) dan tidak "
                         "bisa dibaca; unduh ulang, atau buka di Excel lalu simpan ulang sebagai .xlsx")
    if not names & set(ole.WORKBOOK):
        raise InputError(f"{path.name} bukan buku kerja Excel walau namanya {suffix}: isinya dokumen Office lain "
                         "(misalnya Word .doc); pilih berkas ekspor yang benar (.xlsx atau .csv)")


def check_file(path: Path, pdf: bool = False) -> str:
    """The file's real kind ("workbook", "text", or "pdf" where a PDF is accepted), or an InputError that says what
    it is and what to do."""
    if not path.is_file():
        if path.is_dir():
            raise InputError(f"{path} adalah folder, bukan berkas; beri nama berkas .xlsx atau .csv di dalamnya")
        raise InputError(f"berkas {path} tidak ditemukan" if not path.exists() else
                         f"{path} bukan berkas biasa (perangkat atau pipa); simpan datanya ke berkas .xlsx atau .csv")
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
        head = handle.read(HEAD_BYTES)
    kind = content_kind(head)
    if suffix == PDF_SUFFIX:
        if kind != "pdf":
            raise InputError(f"{path.name} bukan PDF walau namanya .pdf: isinya {CONTENT_NAMES[kind]}; ganti ekstensinya "
                             "sesuai isinya, lalu ulangi")
        return "pdf"
    if pdf and kind == "pdf":
        raise InputError(f"{path.name} berisi PDF walau namanya {suffix}; ganti ekstensinya menjadi .pdf, lalu ulangi")
    if suffix in TEXT_SUFFIXES:
        return _csv_kind(path, kind, head)
    if kind == "ole":
        _ole(path, suffix)
        return "workbook"
    if kind == "zip":
        return "workbook"
    if kind == "text":
        hint = f"ganti ekstensinya menjadi .csv ({path.stem}.csv), atau buka di Excel lalu Simpan Sebagai .xlsx"
    elif kind == "utf16":
        hint = "buka di Excel lalu Simpan Sebagai «Excel Workbook (.xlsx)» atau «CSV UTF-8»"
    elif kind in ("pdf", "html"):
        hint = "buka di Excel lalu Simpan Sebagai «Excel Workbook (.xlsx)»"
    else:
        hint = "berkas ini bukan ekspor tabel atau rusak; pilih berkas yang benar, atau ekspor ulang sebagai .xlsx"
    raise InputError(f"{path.name} bukan berkas Excel walau namanya {suffix}: isinya {CONTENT_NAMES[kind]}; {hint}, "
                     "lalu ulangi")


def _csv_kind(path: Path, kind: str, head: bytes) -> str:
    if kind == "text" or (kind == "utf16" and head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return "text"
    if kind == "utf16":
        hint = "teks UTF-16 tanpa penanda (BOM); buka di Excel lalu Simpan Sebagai «CSV UTF-8»"
        raise InputError(f"{path.name}: {hint}, lalu ulangi")
    real = ".xlsx" if kind == "zip" else ".xls" if kind == "ole" else None
    hint = (f"ganti ekstensinya menjadi {real}" if real else
            "buka di Excel lalu Simpan Sebagai CSV atau .xlsx" if kind in ("pdf", "html") else
            "berkas ini bukan ekspor tabel atau rusak; pilih berkas yang benar")
    raise InputError(f"{path.name} bukan CSV: isinya {CONTENT_NAMES[kind]}; {hint}, lalu ulangi")
