"""`iki eval hardening_files`: issue 17's memory, crash and file cases replayed against the real `iki` command, each in
its own process (an address-space limit keeps a regression from taking the machine with it). Prints cases tried,
failures, peak RSS per case and tracebacks seen (native crash dumps included). Each case is a name, a setup that makes
its files and says which command to run, and a check of what must be true; tests/test_hardening_files.py runs the same
cases (in-process where that is safe)."""

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from evals import bad_files

ROOT = Path(__file__).resolve().parent.parent
MPPH = ROOT / "knowledge" / "examples" / "mpph_sbbl.yaml"
SKP = {"peran": "anggota", "iki": [{"indikator": "Persentase rekomendasi monev SBBL yang ditindaklanjuti",
                                    "target": "80%", "jenis": "core_tusi", "bobot": 30}]}
BASELINE = ROOT / "evals" / "baseline_issue17_files.json"
_FAILED, _PEAK = "hardening_files_failed/", "hardening_files_peak_mb/"
PROCESS_LIMIT_MB = 6144  # a case's process may not grow past this, whatever the code under test does
TRACEBACK_MARKS = ("Traceback (most recent call last)", "stack backtrace", "panicked at", "memory allocation of")


@dataclass
class Command:
    args: tuple[str, ...]
    stdin: bytes = b""
    env: dict[str, str] = field(default_factory=dict)
    file_limit: int | None = None  # bytes any one file may reach (RLIMIT_FSIZE): a run cut off while writing


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float  # the case's process and its reading child, the larger
    folder: Path

    @property
    def traceback(self) -> bool:
        return any(mark in self.stderr for mark in TRACEBACK_MARKS)


@dataclass(frozen=True)
class Case:
    name: str
    setup: Callable[[Path], Command]  # makes the case's files in the folder; the command to run there
    check: Callable[[Outcome], str | None]  # None when all is as it must be, else what is wrong
    own_process: bool = False  # needs a process's limits (memory, file size): a test may not run it in its own


# ----------------------------------------------------------------------------------------------- what must be true
def refused(*words: str, absent: tuple[str, ...] = (), peak_mb: float | None = None) -> Callable[[Outcome], str | None]:
    """Exit 2, these words in the message, those not, no traceback, and (for memory cases) a bounded peak."""
    def check(done: Outcome) -> str | None:
        if done.traceback:
            return "traceback: " + done.stderr.strip()[-300:]
        if done.returncode != 2:
            return f"exit {done.returncode}, bukan 2: {done.stderr.strip()[-300:]}"
        missing = [w for w in words if w not in done.stderr]
        wrong = [w for w in absent if w in done.stderr]
        if missing or wrong:
            return f"pesan {'tanpa ' + str(missing) if missing else ''}{' memuat ' + str(wrong) if wrong else ''}: " \
                   f"{done.stderr.strip()[-300:]}"
        if peak_mb is not None and done.peak_mb > peak_mb:
            return f"puncak RSS {done.peak_mb:.0f} MB > {peak_mb:.0f} MB"
        return None
    return check


def unchanged(name: str, also: Callable[[Outcome], str | None] | None = None) -> Callable[[Outcome], str | None]:
    """The file `name` (saved as name + '.before' by the setup) is byte for byte what it was; no traceback."""
    def check(done: Outcome) -> str | None:
        before = (done.folder / f"{name}.before").read_bytes()
        path = done.folder / name
        if not path.exists() or path.read_bytes() != before:
            return f"{name} berubah ({path.stat().st_size if path.exists() else 'hilang'} byte, semula {len(before)})"
        if done.traceback:
            return "traceback: " + done.stderr.strip()[-300:]
        return also(done) if also else None
    return check


def worked(*files: str) -> Callable[[Outcome], str | None]:
    """Exit 0 or 1 (findings), the files written, no traceback."""
    def check(done: Outcome) -> str | None:
        if done.traceback or done.returncode not in (0, 1):
            return f"exit {done.returncode}: {done.stderr.strip()[-300:]}"
        missing = [f for f in files if not (done.folder / f).is_file()]
        return f"tidak ditulis: {missing}" if missing else None
    return check


# ---------------------------------------------------------------------------------------------------- the cases
def _keep(folder: Path, name: str, data: bytes) -> Path:
    """A file the command must leave alone, with a copy of its bytes to compare with afterwards."""
    (folder / f"{name}.before").write_bytes(data)
    path = folder / name
    path.write_bytes(data)
    return path


def _mpph_link(folder: Path) -> Command:
    source = _keep(folder, "tim.yaml", MPPH.read_bytes())
    return Command(("mpph", str(source), "--out", str(bad_files.hard_link(source, folder / "matriks.xlsx"))))


def _dialog_link(folder: Path) -> Command:
    source = _keep(folder, "skp.json", json.dumps(SKP).encode())
    return Command(("dialog", str(source), "--out", str(bad_files.hard_link(source, folder / "bahan.docx"))))


def _mpph_cut(folder: Path) -> Command:
    """Last week's matrix (44 KB) stays whole when this week's (7 KB) is cut off while written; its build (sheets of
    at most 5 KB in openpyxl's temporary files) is not."""
    _keep(folder, "matriks.xlsx", b"PK\x03\x04 hasil kemarin " * 2000)
    return Command(("mpph", str(MPPH), "--out", str(folder / "matriks.xlsx")), file_limit=6144)


def _audit_cut(folder: Path) -> Command:
    """Last week's report stays whole when this week's run is cut off while writing it (its workbook, ~21 KB)."""
    from evals.unit_export import write_export

    out = folder / "laporan"
    out.mkdir()
    _keep(out, "audit.xlsx", b"PK\x03\x04 laporan minggu lalu " * 2000)
    _keep(out, "audit.html", b"<html>" + b"laporan minggu lalu " * 2000 + b"</html>")
    source = write_export(folder / "ekspor.xlsx", 30)
    return Command(("audit", str(source), "--out", str(out)), file_limit=16 * 1024)


def _big_stdin(command: str) -> Callable[[Path], Command]:
    return lambda folder: Command((command, "-"), stdin=b"stunting gizi buruk\n" * 300_000)  # 6 MB


def _big_check(folder: Path) -> Command:
    line = json.dumps({"indikator": "Persentase rekomendasi monev SBBL yang ditindaklanjuti"}).encode() + b"\n"
    path = folder / "iki.jsonl"
    with path.open("wb") as handle:
        for _ in range(50):
            handle.write(line * (1_000_000 // len(line)))  # 50 MB
    return Command(("check", str(path)))


def _file(make: Callable[[Path], Path], name: str, command: str = "audit",
          env: dict | None = None) -> Callable[[Path], Command]:
    def setup(folder: Path) -> Command:
        path = make(folder / name)
        extra = ("--out", str(folder / "laporan")) if command == "audit" else ()
        return Command((command, str(path), *extra), env=env or {})
    return setup


def _folder(command: str) -> Callable[[Path], Command]:
    def setup(folder: Path) -> Command:
        (folder / "berkas").mkdir()
        return Command((command, str(folder / "berkas"), "--out", str(folder / "hasil.out")))
    return setup


def _mpph_to(out: str) -> Callable[[Path], Command]:
    return lambda folder: Command(("mpph", str(MPPH), "--out", out))


def _utf16_mpph(bom: bool) -> Callable[[Path], Command]:
    def setup(folder: Path) -> Command:
        source = bad_files.utf16_text(folder / "tim.yaml", MPPH.read_text(encoding="utf-8"), bom=bom)
        return Command(("mpph", str(source), "--out", str(folder / "matriks.xlsx")))
    return setup


def _catalog_million(folder: Path) -> Command:
    """The shipped catalog holds a target of 1,575,000 (IKP 19.1 KAPJ): imported into a fresh data dir, it must be
    written as the ministry writes it and read back, or the next start could not read its own catalog."""
    return Command(("import-renstra", str(ROOT / "knowledge" / "renstra.csv")),
                   env={"IKI_DATA_DIR": str(folder / "data")})


def catalog_reads_back(done: Outcome) -> str | None:
    if done.traceback or done.returncode != 0:
        return f"exit {done.returncode}: {done.stderr.strip()[-300:]}"
    written = [p for p in (done.folder / "data").rglob("*.csv")]
    text = "".join(p.read_text(encoding="utf-8") for p in written)
    if "1.575.000" not in text or "e+0" in text:
        return f"katalog impor tidak memuat 1.575.000 apa adanya ({[p.name for p in written]})"
    return None


SMALL_BUDGET = {"IKI_SHEET_MEMORY_MB": "96"}  # a small budget keeps the bomb cases fast; the default is checked too
CASES = [
    # Memory and crashes: OLE containers are recognised before a reader sees them; every read is held to a budget.
    Case("xlsx berkata sandi, rantai direktori OLE berputar (audit)",
         _file(lambda p: bad_files.encrypted_workbook(p), "terenkripsi.xlsx"),
         refused("dilindungi kata sandi", "terenkripsi.xlsx", peak_mb=400), own_process=True),
    Case("xlsx berkata sandi, rantai direktori OLE berputar (import-renstra)",
         _file(lambda p: bad_files.encrypted_workbook(p), "katalog.xlsx", "import-renstra"),
         refused("dilindungi kata sandi", peak_mb=400), own_process=True),
    Case("xlsx berkata sandi yang utuh (audit)",
         _file(lambda p: bad_files.encrypted_workbook(p, malformed=False), "rahasia.xlsx"),
         refused("dilindungi kata sandi", absent=("rusak atau tidak lengkap",)), own_process=True),
    Case(".xls lama yang rantainya berputar",
         _file(bad_files.damaged_xls, "lama.xls"), refused("rusak", "lama.xls", peak_mb=400), own_process=True),
    Case("dokumen Word bernama .xlsx",
         _file(bad_files.word_document, "surat.xlsx"), refused("dokumen Office lain"), own_process=True),
    Case("lembar yang mengaku 1.048.576 × 16.384 sel (5 KB)",
         _file(bad_files.sparse_sheet, "jarang.xlsx"),
         refused("lembar «SKP»", "IKI_SHEET_MEMORY_MB", peak_mb=2048), own_process=True),
    Case("bom zip: 1 GB XML dalam 5 MB (batas bawaan)",
         _file(lambda p: bad_files.zip_bomb(p, 1024), "bom.xlsx"),
         refused("lembar «SKP»", "terlalu besar setelah dibuka", "IKI_SHEET_MEMORY_MB", peak_mb=400),
         own_process=True),
    Case("bom zip: 128 MB XML, batas 96 MB (import-renstra)",
         _file(lambda p: bad_files.zip_bomb(p, 128), "bom.xlsx", "import-renstra", SMALL_BUDGET),
         refused("lembar «SKP»", "terlalu besar setelah dibuka", peak_mb=400), own_process=True),
    Case("bagian zip lebih besar dari ukuran yang tercatat",
         _file(bad_files.lying_workbook, "bohong.xlsx"),
         refused("lembar «SKP»", "ukuran yang tercatat"), own_process=True),
    # Files: an output is never an input under another name, and is written whole or not at all.
    Case("mpph --out hard link ke input", _mpph_link, unchanged("tim.yaml", refused("input"))),
    Case("dialog --out hard link ke input", _dialog_link, unchanged("skp.json", refused("input"))),
    Case("mpph terputus saat menulis (batas ukuran berkas)", _mpph_cut,
         unchanged("matriks.xlsx", refused("tidak bisa ditulis", "tidak berubah")), own_process=True),
    Case("audit terputus saat menulis laporan", _audit_cut,
         unchanged("laporan/audit.xlsx", unchanged("laporan/audit.html")), own_process=True),
    Case("mpph --out /dev/full", _mpph_to("/dev/full"), refused("disk penuh")),
    # Wrong or misleading messages: each gets the true reason and what to do.
    Case("search - lebih dari 5 MB", _big_stdin("search"), refused("lebih dari 5 MB")),
    Case("ask - lebih dari 5 MB", _big_stdin("ask"), refused("lebih dari 5 MB")),
    Case("check - lebih dari 5 MB", _big_stdin("check"), refused("lebih dari 5 MB")),
    Case("rewrite - lebih dari 5 MB", _big_stdin("rewrite"), refused("lebih dari 5 MB")),
    Case("check FILE 50 MB", _big_check, refused("terlalu besar", "5 MB", peak_mb=300)),
    Case("PNG bernama .xlsx", _file(bad_files.png_named, "tangkapan.xlsx"),
         refused("gambar PNG", absent=(".csv",))),
    Case("data acak bernama .xlsx", _file(bad_files.random_bytes, "acak.xlsx"),
         refused("data biner", absent=(".csv",))),
    Case("data acak bernama .csv", _file(bad_files.random_bytes, "acak.csv"), refused("bukan CSV", "data biner")),
    Case("folder untuk mpph", _folder("mpph"), refused("adalah folder", absent=("tidak ditemukan",))),
    Case("folder untuk dialog", _folder("dialog"), refused("adalah folder", absent=("tidak ditemukan",))),
    Case("mpph --out /proc/version", _mpph_to("/proc/version"),
         refused("/proc", absent=("(tidak ada)",))),
    Case("YAML UTF-16 (Notepad «Unicode») untuk mpph", _utf16_mpph(bom=True), worked("matriks.xlsx")),
    Case("YAML UTF-16 tanpa BOM untuk mpph", _utf16_mpph(bom=False), worked("matriks.xlsx")),
    Case("katalog dengan target 1.575.000 diimpor lalu dibaca lagi", _catalog_million, catalog_reads_back),
]


# --------------------------------------------------------------------------------------------------- running them
# A small Python that sets the limits, starts `iki` and reports its exit status and peak RSS. Linux keeps a process's
# peak RSS across exec, and a child forked from a big process (a test run holding the embedding model) starts with
# the parent's pages counted: forked from this small one instead, `iki`'s peak is its own.
_LAUNCHER = """
import os, resource, signal, sys
limit_mb, file_limit, timeout, report = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
resource.setrlimit(resource.RLIMIT_AS, (limit_mb * 2**20,) * 2)
if file_limit:
    resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit,) * 2)
pid = os.fork()
if pid == 0:
    os.setpgid(0, 0)  # iki and its reading child: one group to stop
    os.execv(sys.executable, [sys.executable, "-m", "bot.cli", *sys.argv[5:]])
signal.signal(signal.SIGALRM, lambda *_: os.killpg(pid, signal.SIGKILL))
signal.alarm(timeout)
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as out:
    out.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""


def run_process(command: Command, folder: Path, timeout: float = 180.0, limit_mb: int = PROCESS_LIMIT_MB) -> Outcome:
    """The real `iki` in its own process (this checkout's code), address space and file sizes limited; peak RSS from
    wait4 (the process and the children it waited for: the reading child). Killed after `timeout` seconds."""
    env = {**os.environ, "IKI_DATA_DIR": str(folder / "data"), "PYTHONDONTWRITEBYTECODE": "1", **command.env}
    stdin, stdout, stderr = (folder / ".stdin"), (folder / ".stdout"), (folder / ".stderr")
    report = folder / ".report"
    stdin.write_bytes(command.stdin)
    started = time.perf_counter()
    with stdin.open("rb") as i, stdout.open("wb") as o, stderr.open("wb") as e:
        subprocess.run([sys.executable, "-c", _LAUNCHER, str(limit_mb), str(command.file_limit or 0), str(int(timeout)),
                        str(report), *command.args], stdin=i, stdout=o, stderr=e, cwd=ROOT, env=env, check=False)
    code, peak = report.read_text().split()
    return Outcome(int(code), stdout.read_text("utf-8", "replace"), stderr.read_text("utf-8", "replace"),
                   time.perf_counter() - started, int(peak) / 1024, folder)


def eval_hardening_files() -> dict:
    import tempfile

    before = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    print("Pengerasan berkas dan memori (issue 17): tiap kasus dijalankan sebagai proses `iki` tersendiri "
          f"(batas ruang alamat {PROCESS_LIMIT_MB} MB); sebelum = main sebelum issue 17, kasus yang sama "
          f"({BASELINE.name})")
    print(f"{'kasus':<66} {'sebelum':>15} {'sekarang':>15} {'detik':>6}")
    failures, tracebacks, peaks = [], 0, {}
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            done = run_process(case.setup(folder), folder)
            problem = case.check(done)
        tracebacks += done.traceback
        peaks[case.name] = done.peak_mb
        if problem:
            failures.append((case.name, problem))
        old = (f"{'GAGAL' if before[f'{_FAILED}{case.name}'] else 'lulus'} {before[f'{_PEAK}{case.name}']:>6} MB"
               if f"{_PEAK}{case.name}" in before else "-")
        result = f"{'GAGAL' if problem else 'lulus'} {done.peak_mb:>6.0f} MB"
        print(f"{case.name:<66} {old:>15} {result:>15} {done.seconds:>6.1f}")
    now = {"hardening_files_cases": len(CASES), "hardening_files_failures": len(failures),
           "hardening_files_tracebacks": tracebacks, "hardening_files_peak_mb": round(max(peaks.values()))}
    print(f"\n{'angka':<30} {'sebelum':>9} {'sekarang':>9}   target")
    for label, key, target in (("kasus dicoba", "hardening_files_cases", "semua kasus issue 17 (berkas)"),
                               ("gagal", "hardening_files_failures", "0"),
                               ("traceback terlihat", "hardening_files_tracebacks", "0"),
                               ("puncak RSS terbesar (MB)", "hardening_files_peak_mb",
                                "dalam batas memori pembacaan (bawaan ≤ 1536 MB)")):
        print(f"{label:<30} {before.get(key, '-'):>9} {now[key]:>9}   {target}")
    for name, problem in failures:
        print(f"  - {name}: {problem}")
    return now
