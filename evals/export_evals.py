"""`iki eval export`: the SKP workbook as a reviewer reads it (issue 16). Drafts with targets typed the way users type
them (evals/export_cases.jsonl: '100 persen', '1 dashboard', '≤5%', '82,5', 'seratus persen' …) go through the real
export; the runner reads the workbook back and prints, dev and holdout apart, beside main before issue 16
(evals/baseline_issue16.json):
  - the share of targets written as a number with the right Satuan and direction (≥/≤);
  - the share of fields the draft has (RHK, target, satuan, jenis, bobot, baseline, parent code, leader's RHK,
    quarterly targets, the /profil identity) that the workbook fills."""

import json
from io import BytesIO

from evals.common import HERE, load

PROFILE = {"nama": "Ratna Dewi Anggraeni", "nip": "198304112009122002", "jabatan": "Epidemiolog Kesehatan Ahli Muda",
           "unit": "Direktorat Imunisasi", "atasan": "Direktur Imunisasi"}
# The draft's field → the column that must show it.
COLUMNS = {"rhk": "Rencana Kinerja", "indikator": "Indikator", "target": "Target", "jenis": "Jenis IKI", "bobot": "Bobot",
           "baseline": "Data awal (baseline)", "parent": "Kode indikator induk (IKK/IKP)",
           "rhk_atasan": "RHK/indikator atasan yang diintervensi"}
QUARTER_COLUMNS = ("Target TW I", "Target TW II", "Target TW III", "Target TW IV")


def _workbook_rows(cases: list[dict]) -> tuple[list[dict], list]:
    """The cases as one SKP with a profile, exported and read back: one dict per IKI row, and every cell value."""
    from openpyxl import load_workbook

    from bot.models import SkpDraft
    from bot.skp.export import skp_workbook

    skp = SkpDraft.model_validate({"iki": [case["draft"] for case in cases], "pegawai": PROFILE})
    sheet = load_workbook(BytesIO(skp_workbook(skp))).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    top = next(i for i, row in enumerate(rows) if row and "Aspek" in row[:2])  # (after the «No» column)
    headers = [str(h) if h is not None else "" for h in rows[top]]
    table = [dict(zip(headers, row)) for row in rows[top + 1: top + 1 + len(cases)]]
    return table, [value for row in rows[:top] for value in row if value is not None]


def _numeric(row: dict, case: dict) -> tuple[bool, bool]:
    """(the target is a number equal to the one typed, and also its Satuan and direction are right)."""
    value = row.get("Target")
    number = isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value - case["value"]) < 1e-9
    satuan = str(row.get("Satuan") or "").strip().lower() == case["satuan"].lower()
    return number, number and satuan and row.get("Arah target") == case["direction"]


def _filled(row: dict, case: dict) -> tuple[int, int, list[str]]:
    """(fields the draft has, of those the row fills, the columns left empty)."""
    draft = case["draft"]
    wanted = [column for field, column in COLUMNS.items() if draft.get(field) not in (None, "")]
    wanted += ["Satuan", "Arah target", *QUARTER_COLUMNS]  # every case has a target with a unit
    empty = [column for column in wanted if row.get(column) in (None, "")]
    if draft.get("target_triwulan"):
        agreed = [str(v).rstrip("%") for v in draft["target_triwulan"]]
        if [str(row.get(c)) for c in QUARTER_COLUMNS] != agreed:
            empty.append("target per triwulan yang disepakati")
        wanted.append("target per triwulan yang disepakati")
    if draft.get("triwulan_selesai"):
        due = QUARTER_COLUMNS[draft["triwulan_selesai"] - 1]
        if row.get(due) != case["value"] or any(isinstance(row.get(c), (int, float)) and row.get(c) >= case["value"]
                                                 for c in QUARTER_COLUMNS[:draft["triwulan_selesai"] - 1]):
            empty.append("triwulan selesai")
        wanted.append("triwulan selesai")
    return len(wanted), len(wanted) - len(empty), empty


def measure(cases: list[dict]) -> dict:
    table, top = _workbook_rows(cases)
    numeric = right = fields = filled = 0
    misses = []
    for row, case in zip(table, cases):
        is_number, is_right = _numeric(row, case)
        numeric += is_number
        right += is_right
        if not is_right:
            misses.append(f"{case['id']} «{case['draft']['target']}»: Target={row.get('Target')!r} "
                          f"Satuan={row.get('Satuan')!r} Arah={row.get('Arah target')!r}")
        wanted, got, empty = _filled(row, case)
        fields, filled = fields + wanted, filled + got
        if empty:
            misses.append(f"{case['id']}: kosong {', '.join(empty)}")
    profile = [value for value in PROFILE.values() if value in {str(v) for v in top}]
    fields, filled = fields + len(PROFILE), filled + len(profile)
    if len(profile) < len(PROFILE):
        misses.append(f"profil: {len(PROFILE) - len(profile)} dari {len(PROFILE)} isian tidak ada di atas tabel")
    return {"numeric": numeric / len(cases), "numeric_right": right / len(cases), "filled": filled / fields,
            "misses": misses}


def eval_export() -> dict:
    cases = load("export_cases.jsonl")
    now = {}
    for split in ("dev", "holdout"):
        result = measure([c for c in cases if c["split"] == split])
        now |= {f"export_numeric_{split}": result["numeric"], f"export_numeric_right_{split}": result["numeric_right"],
                f"export_filled_{split}": result["filled"]}
        now[f"_misses_{split}"] = result["misses"]
    baseline = HERE / "baseline_issue16.json"
    before = json.loads(baseline.read_text(encoding="utf-8")) if baseline.exists() else {}
    print("Berkas ekspor SKP (issue 16): sebelum = main base16, sekarang = kode ini, kasus yang sama "
          "(evals/export_cases.jsonl)")
    print(f"{'angka':<56} {'sebelum':>9} {'sekarang':>9}   target")
    for split in ("dev", "holdout"):
        for label, key in (("target berupa angka", "export_numeric"),
                           ("  … dengan satuan dan arah (≥/≤) yang benar", "export_numeric_right"),
                           ("kolom terisi bila draf punya nilainya", "export_filled")):
            name = f"{key}_{split}"
            shown = f"{before[name]:>9.3f}" if name in before else f"{'-':>9}"
            print(f"{label + f' ({split})':<56} {shown} {now[name]:>9.3f}   semua (1.000)")
    for split in ("dev", "holdout"):
        misses = now.pop(f"_misses_{split}")
        if misses:
            print(f"\nBelum benar ({split}):")
            print("\n".join(f"  - {m}" for m in misses))
    return now
