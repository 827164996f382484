"""«Lihat agenda dialog»: what to bring to a dialog kinerja, from what actually happened — IKI behind their
trajectory, rencana aksi stages overdue, IKI logged this month without bukti dukung, and entries outside the SKP."""

from dataclasses import dataclass
from datetime import date

from bot.models import SkpDraft
from bot.rules.measures import Trend
from bot.year.capaian import behind_said, capaian_all, value_text
from bot.year.models import EntryStatus, Stage, YearState
from bot.year.periods import month_name, months_text
from bot.year.rencana import overdue


@dataclass(frozen=True)
class AgendaItem:
    kind: str  # behind | overdue | no_evidence | outside
    text: str  # Indonesian
    iki: int | None = None  # 1-based


def agenda(skp: SkpDraft, year: YearState, today: date) -> list[AgendaItem]:
    numbers = {iki.indikator: i + 1 for i, iki in enumerate(skp.iki)}
    items = [AgendaItem("behind", f"IKI {c.number} {c.status}: realisasi {value_text(c.realisasi, c.unit)} dari target "
                        f"{value_text(c.target, c.unit, c.trend is Trend.lower)}"
                        if c.realisasi is not None and c.target is not None else f"IKI {c.number} {c.status}", c.number)
             for c in capaian_all(skp, year, today) if c.behind]
    items += [AgendaItem("overdue", f"IKI {numbers[key]} tahap {n} «{stage.name}» ({months_text(stage.months)}) "
                         "belum ditandai selesai", numbers[key])
              for key, n, stage in late_stages(skp, year, today) if key in numbers]
    month = [e for e in year.entries if e.day.year == today.year and e.day.month == today.month]
    logged = {e.iki for e in month if e.status is EntryStatus.linked}
    with_evidence = {e.iki for e in month if e.status is EntryStatus.linked and e.evidence}
    items += [AgendaItem("no_evidence", f"IKI {n} punya catatan bulan {month_name(today.month)} tetapi belum ada "
                         "bukti dukungnya", n)
              for key, n in numbers.items() if key in logged and key not in with_evidence]
    outside = [e for e in month if e.status is EntryStatus.outside]
    if outside:
        shown = "; ".join(e.text for e in outside[:3]) + (" …" if len(outside) > 3 else "")
        items.append(AgendaItem("outside", f"{len(outside)} catatan di luar SKP bulan ini: {shown}. Perlu dibahas "
                                "apakah masuk SKP (perubahan SKP karena direktif pimpinan)?"))
    return items


def late_stages(skp: SkpDraft, year: YearState, today: date) -> list[tuple[str, int, Stage]]:
    """The stages overdue (past their months, not marked done) that are truly behind: none of the IKI's work was
    logged for them or in their months, and no realisasi was reported for the quarter they end in (a figure under
    its trajectory is the IKI behind, said once as such, never its stages late too: tester52 P1-13)."""
    figures = {c.iki: c for c in capaian_all(skp, year, today)}
    measured = year.performance_year(today)
    late = []
    for key, n, stage in overdue(year.rencana, today):
        worked = any(e.status is EntryStatus.linked and e.iki == key
                     and (e.stage == n - 1 or (e.day.year == measured and e.day.month in stage.months))
                     for e in year.entries)
        figure = figures[key].quarters[(max(stage.months) - 1) // 3] if key in figures else None
        reported = figure is not None and figure.value is not None
        if not (worked or reported):
            late.append((key, n, stage))
    return late


def agenda_text(items: list[AgendaItem]) -> str:
    if not items:
        return "Agenda dialog kinerja: semua IKI sesuai trajektori, tidak ada tahap terlambat, bukti dukung lengkap."
    either = behind_said([])
    titles = {"behind": either[:1].upper() + either[1:], "overdue": "Tahap rencana aksi terlambat",
              "no_evidence": "Belum ada bukti dukung", "outside": "Pekerjaan di luar SKP"}
    lines = ["Agenda dialog kinerja:"]
    for kind, title in titles.items():
        chosen = [i.text for i in items if i.kind == kind]
        if chosen:
            lines.append(f"{title}:")
            lines += [f"  - {text}" for text in chosen]
    return "\n".join(lines)
