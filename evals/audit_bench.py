"""`iki eval audit`: `iki audit` end to end on generated exports of 10,000 and 100,000 employees (wall time and peak
memory of the whole process tree), beside today's openpyxl reader and writer measured in the same run."""

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SCALES = ((10_000, 10.0, None), (100_000, 120.0, 2048.0))  # employees, target seconds, target peak MB
# `iki audit` on main before issue 17 on this benchmark's old export (almost every text repeated): what main
# measured when issue 17's work started, and the figures the issue was filed with.
PREVIOUS = {10_000: "15,6 s di main pada ekspor lama (issue: 15–20 s)", 100_000: "100,7 s di main pada ekspor lama (issue: 141 s)"}


def _tree_rss_mb(pid: int) -> float:
    """RSS of a process and all its descendants (the checking workers), from /proc."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as status:
                total += next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    todo += [int(c) for c in children.read().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


def run_measured(args: list[str], env: dict) -> tuple[str, int, float, float]:
    """A command in a subprocess: (stdout, exit code, wall seconds, peak RSS in MB of its whole process tree,
    sampled every 50 ms)."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    peak = [0.0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_rss_mb(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    return stdout, process.returncode, seconds, peak[0]


def run_audit(source: Path, out: Path, *extra: str) -> dict:
    """`iki audit` in a subprocess, as a user runs it."""
    env = {**os.environ, "IKI_DATA_DIR": str(out.parent)}
    stdout, code, seconds, peak = run_measured(
        [sys.executable, "-m", "bot.cli", "audit", str(source), "--out", str(out), *extra], env)
    phases = re.search(r"\(([\d.,]+) detik: (.*?)\)$", stdout.strip().splitlines()[-1] if stdout.strip() else "")
    return {"seconds": seconds, "peak_mb": peak, "phases": phases[2] if phases else stdout[-300:],
            "ok": code == 0, "first_line": stdout.splitlines()[0] if stdout else ""}


def legacy_read(source: Path) -> float:
    """Today's reader: openpyxl read-only, every cell turned to text (what bot/tables.py did before calamine)."""
    from openpyxl import load_workbook

    started = time.perf_counter()
    book = load_workbook(source, read_only=True, data_only=True)
    for values in book.active.iter_rows(values_only=True):
        ["" if v is None else str(v) for v in values]
    book.close()
    return time.perf_counter() - started


def legacy_check(employees) -> float:
    """Today's checker: bot.rules.check_skp per employee in one process, no verdicts reused."""
    from bot.audit.checking import _drafts
    from bot.models import Jenis, SkpDraft
    from bot.rules import check_skp

    started = time.perf_counter()
    for e in employees:
        drafts, _ = _drafts(e.rows)
        check_skp(SkpDraft(peran=e.peran, cascading_langsung=any(d.jenis is Jenis.core_cl for d in drafts), iki=drafts))
    return time.perf_counter() - started


def legacy_write(result, path: Path) -> float:
    """Today's writer: openpyxl write-only, the same sheets and rows as ours, so only the writer differs."""
    from openpyxl import Workbook

    from bot.audit.xlsx_report import issues

    started = time.perf_counter()
    book = Workbook(write_only=True)
    overview = book.create_sheet("Ringkasan")
    for unit in result.units + [result.all]:
        d = unit.distribution
        overview.append([unit.unit, len(unit.employees), unit.iki, d.minimum, d.median, d.maximum, len(d.outliers),
                         round(unit.activity_share, 4)])
    people = book.create_sheet("Pegawai")
    for e in result.employees:
        people.append([e.nip, e.nama, e.jabatan, e.unit, e.peran, e.count, e.activity, round(e.activity_share, 4),
                       e.count_flag, "; ".join(issues(e))])
    rows = book.create_sheet("IKI")
    for e in result.employees:
        for row, v in zip(e.source.rows, e.iki):
            if v.errors or v.warnings:
                rows.append([row.row, e.nip, e.nama, e.unit, row.indikator, "kegiatan" if v.activity else "output",
                             v.errors, v.warnings])
    book.save(path)
    return time.perf_counter() - started


def today_versus_now(source: Path, folder: Path) -> dict:
    """Reader and writer, today's and ours, on the same file in this process."""
    from bot.audit.checking import audit
    from bot.audit.sheet_reading import read_export
    from bot.audit.xlsx_report import write_xlsx

    started = time.perf_counter()
    employees, report = read_export(source)
    read_now = time.perf_counter() - started
    result = audit(employees, report)
    started = time.perf_counter()
    write_xlsx(result, folder / "ours.xlsx")
    write_now = time.perf_counter() - started
    return {"read_today": legacy_read(source), "read_now": read_now, "check_today": legacy_check(employees),
            "write_today": legacy_write(result, folder / "today.xlsx"), "write_now": write_now}


def _line(label: str, figures: dict, target_s: float, target_mb: float | None) -> str:
    verdict = "OK" if figures["ok"] and figures["seconds"] < target_s and (not target_mb or figures["peak_mb"] < target_mb) else "GAGAL"
    memory = f"   target < {target_mb / 1024:g} GB" if target_mb else ""
    return (f"{label:<34} {figures['seconds']:6.1f} s   puncak RSS {figures['peak_mb']:6.0f} MB   target < {target_s:g} s"
            f"{memory}   {verdict}\n{'':<34} fase: {figures['phases']}")


def _workers(run: dict) -> int:
    """How many checking processes `iki audit` said it used ("…; 2 proses pemeriksa)")."""
    found = re.search(r"(\d+) proses pemeriksa", run["phases"])
    return int(found[1]) if found else 0


def _then(before: dict, employees: int) -> str:
    """The same export on main at base16 and on main when this work started, and the figures of the older export."""
    parts = []
    if (then := before.get(f"audit_{employees}_s_before")) is not None:
        parts.append(f"{then:.1f} s di base16")
    if (then := before.get(f"audit_{employees}_s_main_before")) is not None:
        peak = before.get(f"audit_{employees}_peak_mb_main_before")
        two = before.get(f"audit_{employees}_s_main_before_workers2")
        parts.append(f"{then:.1f} s di main sebelum issue 17" + (f" ({two:.1f} s dengan --workers 2)" if two else "")
                     + (f", puncak {peak:.0f} MB" if peak else ""))
    if (then := before.get(f"audit_{employees}_s_round2_before")) is not None:
        peak = before.get(f"audit_{employees}_peak_mb_round2_before")
        two = before.get(f"audit_{employees}_s_round2_before_workers2")
        parts.append(f"{then:.1f} s di main sebelum putaran kedua" + (f" ({two:.1f} s dengan --workers 2)" if two else "")
                     + (f", puncak {peak:.0f} MB" if peak else ""))
    if (then := before.get(f"audit_{employees}_s_round3_before")) is not None:
        peak = before.get(f"audit_{employees}_peak_mb_round3_before")
        one = before.get(f"audit_{employees}_s_round3_before_workers1")
        parts.append(f"{then:.1f} s di main sebelum putaran ketiga" + (f" ({one:.1f} s dengan --workers 1)" if one else "")
                     + (f", puncak {peak:.0f} MB" if peak else ""))
    if employees in PREVIOUS:
        parts.append(PREVIOUS[employees])
    return "; ".join(parts) or "-"


def _before() -> dict:
    """What main measured on this benchmark's export before issue 17 (audit_N_s_before at base16,
    audit_N_s_main_before when the audit-speed work started)."""
    path = Path(__file__).with_name("baseline_issue16.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def bench_audit(scales=SCALES, legacy: bool = True) -> dict:
    """Each scale beside main before issue 17 on the same export and beside the earlier benchmark's figures;
    legacy: also time the openpyxl reader and writer and the serial checker on the smallest export."""
    from evals.unit_export import Repeats, write_export

    before = _before()
    figures: dict[str, float] = {}
    print("Benchmark audit (ekspor buatan: judul kolom, target, bobot dan NIP berantakan seperti ekspor nyata; sebagian "
          "IKI sama dengan IKI rekan satu tim, sisanya dengan lokus dan cakupan sendiri)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for employees, target_s, target_mb in scales:
            started = time.perf_counter()
            repeats = Repeats()
            source = write_export(folder / f"ekspor-{employees}.xlsx", employees, repeats=repeats)
            made = time.perf_counter() - started
            run = run_audit(source, folder / f"audit-{employees}")
            print(f"{employees:,}".replace(",", ".") + f" pegawai: {run['first_line'][:150]}")
            print(f"{'':<34} (berkas dibuat dalam {made:.1f} s, {source.stat().st_size / 1e6:.0f} MB; "
                  f"{repeats.share:.0%} baris mengulang teks IKI baris lain)")
            print(_line(f"iki audit {employees:,} pegawai".replace(",", "."), run, target_s, target_mb))
            print(f"{'':<34} sebelum: {_then(before, employees)}")
            figures[f"audit_{employees}_repeated_share"] = repeats.share
            figures[f"audit_{employees}_s"] = run["seconds"]
            figures[f"audit_{employees}_peak_mb"] = run["peak_mb"]
            figures[f"audit_{employees}_workers"] = _workers(run)
            if (os.cpu_count() or 1) > 1 and (legacy or employees == scales[0][0]):
                # The same export with the other choice (1 or 2 checking processes) says whether the default pays
                # (at 100,000 employees too in `iki eval audit`; the fresh-start run keeps to 10,000).
                other = 2 if _workers(run) == 1 else 1
                alt = run_audit(source, folder / f"audit-{employees}-{other}", "--workers", str(other))
                print(_line(f"  dengan --workers {other}", alt, target_s, target_mb))
                figures[f"audit_{employees}_workers_{other}_s"] = alt["seconds"]
                figures[f"audit_{employees}_workers_{other}_peak_mb"] = alt["peak_mb"]
            if employees == scales[0][0] and legacy:
                vs = today_versus_now(source, folder)
                figures |= vs
        if not legacy:
            return figures
        small = f"{scales[0][0]:,}".replace(",", ".")
        print(f"Hari ini vs sekarang, berkas {small} pegawai (komponen lama diukur pada berkas ini saja: pada 1 juta baris "
              "pembaca openpyxl saja perlu beberapa menit)")
        print(f"  baca:  openpyxl {vs['read_today']:.1f} s → calamine {vs['read_now']:.1f} s   "
              f"(× {vs['read_today'] / vs['read_now']:.1f} lebih cepat)")
        print(f"  tulis: openpyxl {vs['write_today']:.1f} s → xlsxwriter {vs['write_now']:.1f} s (isi sama)   "
              f"(× {vs['write_today'] / vs['write_now']:.1f} lebih cepat)")
        today = vs["read_today"] + vs["check_today"] + vs["write_today"]
        ours = figures[f"audit_{scales[0][0]}_s"]
        figures["audit_today_s"] = today
        print(f"  ujung ke ujung: hari ini ≈ {today:.1f} s (openpyxl baca + periksa serial {vs['check_today']:.1f} s + "
              f"openpyxl tulis, dirakit dari komponen lama) → sekarang {ours:.1f} s   (× {today / ours:.1f} lebih cepat)")
    return figures
