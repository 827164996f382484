"""Generates a synthetic unit SKP export (one row per IKI) for the audit benchmark and tests."""

import random
from pathlib import Path

from openpyxl import Workbook

from evals.common import load

HEADER = ["NIP", "Nama", "Jabatan", "Unit Kerja", "Peran", "Rencana Kinerja", "Indikator", "Target", "Satuan",
          "Jenis IKI", "Bobot"]


def write_export(path: Path, employees: int, iki_per_employee: int = 10, seed: int = 7) -> Path:
    """Employees with mostly iki_per_employee IKI, a spread like 2025's (a few with 1 or far more), mixed kinds."""
    rng = random.Random(seed)
    drafts = load("rules_cases.jsonl") + load("holdout_cases.jsonl")
    units = [f"Tim Kerja {name}" for name in ("SBBL", "Imunisasi", "Kepegawaian", "Keuangan", "Hukum", "Humas",
                                                "Surveilans", "Farmasi", "Laboratorium", "Data dan TI")]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("SKP")
    sheet.append(HEADER)
    for n in range(employees):
        count = iki_per_employee if rng.random() > 0.1 else rng.choice([1, 2, 3, 12, 15, 25, 40, 92])
        peran = "Ketua Tim" if n % 8 == 0 else "Anggota"
        unit = units[n % len(units)]
        for i in range(count):
            case = drafts[rng.randrange(len(drafts))]
            beyond = i == count - 1 and count > 2
            jenis = "Core MI" if i == 0 else "Beyond" if beyond else "Core TUSI"
            tusi = max(count - 1 - (count > 2), 1)
            bobot = 10 if i == 0 else 20 if beyond else round(90 / tusi, 2)  # Core 100 + Beyond 20, as guided
            indikator = "Nilai Indeks Profesionalitas ASN" if i == 0 and rng.random() > 0.2 else case["indikator"]
            sheet.append([f"19{n:016d}", f"Pegawai {n}", "Analis SDM Aparatur", unit, peran, "", indikator,
                          case.get("target") or "100%", case.get("satuan") or "%", jenis, bobot])
    book.save(path)
    return path
