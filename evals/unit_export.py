"""Generates synthetic SKP exports (one row per IKI) as messy as real ones, for the audit benchmark and tests:
header spellings from knowledge/columns.yaml, targets and weights as percent cells, "20 %", "20,5" or text,
NIPs as text, with spaces or apostrophes, or as numbers that lost digits. 100,000 employees (~1M rows) in ~1 min."""

import csv
import random
from pathlib import Path

import xlsxwriter

from bot import knowledge
from evals.common import load

FIELDS = ("nip", "nama", "jabatan", "unit", "peran", "rhk", "indikator", "target", "satuan", "jenis", "bobot")
TOPICS = ("SBBL", "Imunisasi", "Kepegawaian", "Keuangan", "Hukum", "Humas", "Surveilans", "Farmasi", "Laboratorium",
          "Data dan TI", "Gizi", "Kesehatan Jiwa", "Akreditasi", "Sarana Prasarana", "Perencanaan")
REGIONS = ("Aceh", "Sumatera Utara", "Jawa Barat", "Jawa Tengah", "Jawa Timur", "Bali", "NTT", "Kalimantan Barat",
           "Sulawesi Selatan", "Maluku", "Papua", "DKI Jakarta")
PLACES = ("Puskesmas", "RSUD", "Dinas Kesehatan Kabupaten", "Dinas Kesehatan Kota", "Labkesda", "Balai Besar")
SCOPES = ("pada triwulan {q}", "tahun 2026", "bagi {n} fasilitas kesehatan", "sampai bulan ke-{q}", "")
# Share of IKI (after the mandatory first one) copied from a colleague of the same unit: with the mandatory IP ASN
# IKI this makes about 40% of rows repeat an earlier row's text, as a real export does (a team shares some IKI,
# everyone writes the rest for their own locus and scope). `iki eval audit` prints the share it got.
COPIED = 0.35
JENIS = {"mi": ("Core MI", "MI", "CORE MI"), "tusi": ("Core TUSI", "TUSI", "core tusi"), "beyond": ("Beyond", "BYD")}


def header_aliases() -> dict[str, list[str]]:
    return knowledge.data("columns")["skp_export"]


def header(variant: int | None, rng: random.Random) -> list[str]:
    """One spelling per column: the variant-th of each field's aliases (every alias is reached as variant grows),
    or a random one, in the casings people use."""
    aliases = header_aliases()
    names = [aliases[f][variant % len(aliases[f])] if variant is not None else rng.choice(aliases[f]) for f in FIELDS]
    casing = (str.upper, str.title, lambda s: s)[(variant if variant is not None else rng.randrange(3)) % 3]
    return [casing(n) for n in names]


def _nip(n: int, style: int) -> str | int:
    digits = f"19{70 + n % 30:02d}{1 + n % 12:02d}{1 + n % 28:02d}20{n // 1000 % 100:02d}{1 + n % 12:02d}{1 + n % 2}{n % 1000:03d}"
    return (digits, f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}", f"'{digits}", int(digits))[style]


def rows(employees: int, iki_per_employee: int, seed: int):
    """Each employee's rows as lists of (value, is_percent_cell) pairs, in FIELDS order."""
    rng = random.Random(seed)
    drafts = load("rules_cases.jsonl") + load("holdout_cases.jsonl")
    units = [f"Tim Kerja {TOPICS[k % len(TOPICS)]} {k // len(TOPICS) + 1}" for k in range(max(10, employees // 60))]
    shared: dict[str, list[tuple]] = {}  # each unit's IKI so far: what a colleague may copy
    for n in range(employees):
        # ~9.6 IKI per employee on average, as in the 2025 export: 100,000 employees stay within one Excel sheet.
        count = iki_per_employee if rng.random() > 0.1 else rng.choice([1, 2, 3, 12, 15, 20, 25, 40])
        peran = rng.choice(("Ketua Tim", "Katim")) if n % 8 == 0 else "Anggota"
        unit = units[n % len(units)]
        nip_style = rng.choices((0, 1, 2, 3), (85, 6, 6, 3))[0]  # per person: a column is formatted per copy-paste
        nip = _nip(n, nip_style)
        tusi = max(count - 1 - (count > 2), 1)
        share = round(90 / tusi, 2)
        last = round(90 - share * (tusi - 1), 2)  # weights add up to Core 100 exactly, as people correct them
        pool = shared.setdefault(unit, [])
        for i in range(count):
            case = drafts[rng.randrange(len(drafts))]
            beyond = i == count - 1 and count > 2
            kind = "mi" if i == 0 else "beyond" if beyond else "tusi"
            bobot = 10 if i == 0 else 20 if beyond else last if i == tusi else share  # Core 100 + Beyond 20, as guided
            if i == 0 and rng.random() > 0.2:
                iki = ("Nilai Indeks Profesionalitas ASN", _target(case.get("target"), rng), case.get("satuan") or "%")
            elif pool and rng.random() < COPIED:
                iki = pool[rng.randrange(len(pool))]
            else:
                iki = (_own(case["indikator"], rng), _target(case.get("target"), rng), case.get("satuan") or "%")
                pool.append(iki)
            yield [(nip, False), (f"Pegawai {n}", False), ("Analis SDM Aparatur", False), (unit, False),
                   (peran, False), ("", False), (iki[0], False), iki[1], (iki[2], False),
                   (rng.choice(JENIS[kind]), False), _bobot(bobot, rng)]


def _own(indikator: str, rng: random.Random) -> str:
    """An IKI as one person writes it: the case's measure for their own locus and scope."""
    scope = rng.choice(SCOPES).format(q=rng.randrange(1, 5), n=rng.randrange(2, 60))
    place = f"di {rng.choice(PLACES)} {rng.randrange(1, 400)} Provinsi {rng.choice(REGIONS)}"
    return f"{indikator} {place} {scope}".strip()


class Repeats:
    """Counts rows whose indikator text an earlier row already has: the share the benchmark prints."""

    def __init__(self):
        self.seen: set[str] = set()
        self.rows = self.repeated = 0

    def count(self, row: list) -> list:
        text = row[6][0]
        self.rows += 1
        self.repeated += text in self.seen
        self.seen.add(text)
        return row

    @property
    def share(self) -> float:
        return self.repeated / self.rows if self.rows else 0.0


def _target(target: object, rng: random.Random) -> tuple[object, bool]:
    if target is None or (isinstance(target, str) and target.strip().endswith("%")):
        value = float(str(target or "100").rstrip("% ").replace(",", ".") or 100)
        return (value / 100, True) if rng.random() < 0.5 else (f"{value:g} %".replace(".", ","), False)
    return target, False


def _bobot(bobot: float, rng: random.Random) -> tuple[object, bool]:
    roll = rng.random()
    if roll < 0.0005:
        return "sepuluh", False  # a weight nobody can read: reported, never guessed
    if roll < 0.55:
        return bobot, False
    if roll < 0.7:
        return bobot / 100, True  # Excel percent cell: 20% stored as 0.2
    if roll < 0.8:
        return f"{bobot:g} %", False
    if roll < 0.9:
        return f"{bobot:g}".replace(".", ","), False
    return f"{bobot:g}%".replace(".", ","), False


def write_export(path: Path, employees: int, iki_per_employee: int = 9, seed: int = 7,
                 variant: int | None = None, encoding: str = "utf-8", repeats: Repeats | None = None) -> Path:
    """An export of about employees × iki_per_employee rows (a spread like 2025's: a few with 1 or far more IKI),
    as .xlsx (xlsxwriter, constant memory) or .csv (";"-separated, as Indonesian Excel saves it). `repeats`
    counts the rows that repeat an earlier row's text."""
    rng = random.Random(seed + 1)
    head = header(variant, rng)
    generated = rows(employees, iki_per_employee, seed)
    if repeats is not None:
        generated = map(repeats.count, generated)
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding=encoding, newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(head)
            for row in generated:
                writer.writerow([f"{v * 100:g}%".replace(".", ",") if pct else v for v, pct in row])
        return path
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False, "strings_to_urls": False})
    percent = book.add_format({"num_format": "0%"})
    sheet = book.add_worksheet("SKP")
    sheet.write_row(0, 0, head)
    for r, row in enumerate(generated, start=1):
        if sheet.write_row(r, 0, [v for v, _ in row]) == -1:  # xlsxwriter drops rows past Excel's limit silently
            raise ValueError(f"{employees} employees need more than Excel's 1,048,576 rows; write a .csv instead")
        for c, (value, pct) in enumerate(row):
            if pct:
                sheet.write_number(r, c, value, percent)
    book.close()
    return path
