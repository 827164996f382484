"""One audit from end to end: the export (and an older one to compare with) read, checked, compared and written as
audit.xlsx and audit.html, timed by phase; whoever calls it draws the progress (the CLI with tqdm) or none."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the audit modules load pydantic, the rules and xlsxwriter: imported when an audit runs
    from bot.audit.checking import Audit
    from bot.audit.compare import Comparison

XLSX = "audit.xlsx"
HTML = "audit.html"
REPORT_FILES = (XLSX, HTML)  # what run_audit writes in its folder; the caller checks none of them is an input


class Meter(Protocol):
    """One phase's counter, as a tqdm bar is: the total may be set late (the reader knows it once the file is open)."""

    total: int | None

    def update(self, n: int = 1) -> object: ...


class Progress(Protocol):
    """Starts a phase and counts it while the context lasts: the phase's label ("membaca", "memeriksa (lama)",
    "menulis"), the unit counted (" baris", " IKI") and the total when known."""

    def __call__(self, label: str, unit: str, total: int | None = None) -> AbstractContextManager[Meter]: ...


@dataclass
class AuditResult:
    audit: Audit  # the export given first
    comparison: Comparison | None  # with the older export, when one was given
    timings: dict[str, float]  # seconds per phase, in order: "baca", "periksa" (both exports together), "tulis"
    xlsx: Path
    html: Path
    unread: list[str] = field(default_factory=list)  # files of several that could not be read, skipped (both exports)

    @property
    def workers(self) -> int:
        """Processes that checked the export (1: no worker processes)."""
        return self.audit.workers


def run_audit(source: Path | list[Path], out: Path, progress: Progress | None = None, *,
              old: Path | list[Path] | None = None,
              workers: int | None = None) -> AuditResult:
    """Audits `source` (one export, or several audited as one: a unit's /ekspor files; compared with `old`, read the
    same way, when given)
    into the folder `out`, which the caller has checked (bot.outputs.check_out_dir with REPORT_FILES). Raises
    InputError when an export cannot be read."""
    from bot.audit.checking import checkers
    from bot.audit.compare import compare
    from bot.audit.report import write_html
    from bot.audit.xlsx_report import write_xlsx
    from bot.outputs import replacing

    timings: dict[str, float] = {}
    try:
        with checkers(workers) as pool:  # started before any export is read, so the workers never hold one
            audit = _audit_one(source, "", workers, progress, timings, pool)
            comparison = None
            unread = [part.source for part in audit.reading.unread]
            if old:
                previous = _audit_one(old, " (lama)", workers, progress, timings, pool)
                unread += [f"{part.source} (lama)" for part in previous.reading.unread]
                comparison = compare(previous, audit, source_name(old), source_name(source))
        xlsx, html = out / XLSX, out / HTML
        started = time.perf_counter()
        with _phase(progress, "menulis", " baris") as meter:
            with replacing(xlsx) as partial:  # a half-written report never sits under the real name
                write_xlsx(audit, partial, comparison, on_rows=meter.update if meter is not None else None)
            with replacing(html) as partial:
                write_html(audit, partial, source_name(source), comparison)
        timings["tulis"] = time.perf_counter() - started
    finally:
        gc.unfreeze()  # the exports, frozen once read (_audit_one), are the collector's again
    return AuditResult(audit, comparison, timings, xlsx, html, unread)


def source_name(source: Path | list[Path]) -> str:
    """The export as the reports name it: its file name, or the files' names when several were audited as one."""
    paths = source if isinstance(source, list) else [source]
    names = ", ".join(p.name for p in paths[:3]) + (f" dan {len(paths) - 3} lainnya" if len(paths) > 3 else "")
    return names if len(paths) == 1 else f"{len(paths)} berkas ({names})"


def _audit_one(source: Path | list[Path], label: str, workers: int | None, progress: Progress | None,
               timings: dict[str, float], pool=None) -> Audit:
    from bot.audit.checking import audit
    from bot.audit.sheet_reading import read_exports

    started = time.perf_counter()
    with _phase(progress, f"membaca{label}", " baris") as meter:
        employees, report = read_exports(source if isinstance(source, list) else [source],
                                         progress=_counted(meter) if meter is not None else None)
    timings["baca"] = timings.get("baca", 0) + time.perf_counter() - started
    # The export's million objects live to the end of the audit and make no reference cycles: frozen, the collector's
    # full passes while it is checked and written skip them (at 10,000 employees they took a sixth of this process's
    # time: four full passes over the rows read).
    gc.freeze()
    started = time.perf_counter()
    with _phase(progress, f"memeriksa{label}", " IKI", report.rows_read) as meter:
        result = audit(employees, report, on_rows=meter.update if meter is not None else None, workers=workers,
                       pool=pool)
    timings["periksa"] = timings.get("periksa", 0) + time.perf_counter() - started
    return result


@contextmanager
def _phase(progress: Progress | None, label: str, unit: str, total: int | None = None) -> Iterator[Meter | None]:
    """The caller's meter for one phase, or None without a caller's progress (then nothing is counted at all)."""
    if progress is None:
        yield None
        return
    with progress(label, unit, total) as meter:
        yield meter


def _counted(meter: Meter) -> Callable[[Iterator, int | None], Iterator]:
    """The reader's progress hook: the meter learns the total, then counts each row as it is read."""
    def counted(rows: Iterator, total: int | None) -> Iterator:
        meter.total = total
        for row in rows:
            meter.update()
            yield row

    return counted
