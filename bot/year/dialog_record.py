"""/dialog's record of the period (issue 18: the pack is built from what actually happened): the logbook entries of
the period, realisasi and capaian per IKI, what is behind, bukti dukung, entries outside the SKP or still waiting for
their IKI, the questions for the leader these raise, and the rencana aksi stages accepted in /rencana. Words:
knowledge/dialog_pack.yaml (catatan_periode)."""

from datetime import date

from bot import knowledge
from bot.lang.dates import short_date
from bot.lang.numbers import format_number
from bot.lang.text import short
from bot.models import SkpDraft
from bot.rules.measures import Trend
from bot.skp.dialog_pack import RecordSection, Step
from bot.year.agenda import AgendaItem, agenda, late_stages
from bot.year.capaian import Capaian, behind_said, capaian_all, latest_said, pending_quarter, unit_of, value_text
from bot.year.models import EntryStatus, LogEntry, YearState
from bot.year.periods import month_name, months_text, quarter_end, quarter_label


def _words() -> dict:
    return knowledge.data("dialog_pack")["catatan_periode"]


def period(year: YearState, today: date) -> tuple[date, date]:
    """From the last dialog kinerja (when it was in the performance year) or that year's first day, to today."""
    start = date(year.performance_year(today), 1, 1)
    last = year.reminders.dialog.last
    return (last if last is not None and start <= last <= today else start), today


def period_text(start: date, end: date) -> str:
    head = f"{start.day} {month_name(start.month)}" + (f" {start.year}" if start.year != end.year else "")
    return f"{head}–{end.day} {month_name(end.month)} {end.year}"


def _iki_named(numbers: dict[str, int], iki: str | None) -> str:
    """«IKI 2», or for an IKI a perubahan SKP replaced «IKI lama «Jumlah SK pensiun …»», as /catatan says it
    (tester21b #13: it was «IKI ?»)."""
    return f"IKI {numbers[iki]}" if iki in numbers else f"IKI lama «{short(iki or '', 50)}»"


def record(skp: SkpDraft, year: YearState, today: date) -> list[RecordSection]:
    start, end = period(year, today)
    numbers = {iki.indikator: i + 1 for i, iki in enumerate(skp.iki)}
    entries = sorted((e for e in year.entries if start <= e.day <= end), key=lambda e: (e.day, int(e.id[1:])))
    linked = [e for e in entries if e.status is EntryStatus.linked]
    outside = [e for e in entries if e.status is EntryStatus.outside]
    unsure = [e for e in entries if e.status is EntryStatus.unsure]
    items = agenda(skp, year, today)
    capaian = capaian_all(skp, year, today)
    unreported = unreported_quarters(skp, year, today)
    sections = [
        _section("done", [[f"{short_date(e.day)}", e.text, _iki_named(numbers, e.iki), _quantity(e),
                           str(len(e.evidence)) if e.evidence else "-"] for e in linked]),
        _section("capaian", [[f"{c.number}", value_text(c.target, c.unit, c.trend is Trend.lower),
                              value_text(c.realisasi, c.unit), _latest(c), c.status]
                             for c in capaian]),
        _section("behind", [[i.text] for i in items if i.kind in ("behind", "overdue")]
                 + [[_words()["unreported"].format(quarter=quarter_label(q), numbers=", ".join(map(str, missing)))]
                    for q, missing in unreported]),
        _section("evidence", [[f"{short_date(e.day)}", e.text, _iki_named(numbers, e.iki) if e.iki else "-",
                               ", ".join(x.name or x.kind.value for x in e.evidence)]
                              for e in entries if e.evidence],
                 notes=[_words()["evidence"]["missing"].format(n=n) for n in _without_evidence(numbers, linked)]),
        _section("outside", [[f"{short_date(e.day)}", e.text] for e in outside]),
    ]
    if unsure:
        sections.append(_section("unsure", [[f"{short_date(e.day)}", e.text] for e in unsure]))
    late = late_stages(skp, year, today)
    asked = _questions(numbers, capaian, items, late, outside, unsure, _without_evidence(numbers, linked))
    if unreported:
        asked.append(_words()["questions"]["unreported"].format(
            quarters=", ".join(quarter_label(q) for q, _ in unreported)))
    sections.append(_section("questions", [[q] for q in asked]))
    return sections


def unreported_quarters(skp: SkpDraft, year: YearState, today: date) -> list[tuple[int, list[int]]]:
    """The quarters ended by today whose realisasi some IKI still lacks, with those IKI's numbers: the pack never says
    nothing is behind for a half year with nothing reported (tester48 P2-5)."""
    performance = year.performance_year(today)
    return [(q, missing) for q in range(1, 5) if quarter_end(performance, q) < today
            and (missing := pending_quarter(skp, year, q, today))]


def _latest(c: Capaian) -> str:
    """The latest quarter's capaian, as /capaian and «Realisasi per TW» show it (on the TW target, or the annual one
    for a quarter «dipantau»)."""
    said = latest_said(c)
    return f"{said[1]} ({said[2]})" if said else "-"


def _section(kind: str, rows: list[list[str]], notes: list[str] | None = None) -> RecordSection:
    said, limit = _words()[kind], _words()["max_rows"]
    more = [_words()["more"].format(n=len(rows) - limit)] if len(rows) > limit else []
    return RecordSection(title=said["title"], headers=said["headers"], rows=rows[:limit], empty=said.get("empty", "").replace("{behind}", behind_said([])),
                         note=" ".join((notes or []) + more))


def _quantity(entry: LogEntry) -> str:
    if entry.figure is not None:
        return f"{format_number(entry.figure)}%"
    return format_number(entry.quantity) if entry.quantity is not None else "-"


def _without_evidence(numbers: dict[str, int], linked: list[LogEntry]) -> list[int]:
    """The IKI with entries in the record's period and no bukti dukung on any of them: the same entries the «Bukti
    dukung» section lists (tester56 F22: the agenda's month view said IKI 3 had none beside its listed bukti)."""
    logged = {e.iki for e in linked}
    held = {e.iki for e in linked if e.evidence}
    return [n for key, n in numbers.items() if key in logged and key not in held]


def _questions(numbers: dict[str, int], capaian: list[Capaian], items: list[AgendaItem], late: list,
               outside: list[LogEntry], unsure: list[LogEntry], without_evidence: list[int]) -> list[str]:
    """What the record asks the leader: an IKI behind its trajectory, a stage overdue, work outside the SKP, IKI
    logged without bukti, entries whose IKI is still open."""
    said = _words()["questions"]
    asked = [said["behind"].format(n=c.number, status=c.status) for c in capaian if c.behind]
    asked += [said["overdue"].format(stage=stage.name, n=numbers[key], months=months_text(stage.months))
              for key, _, stage in late if key in numbers]
    if outside:
        asked.append(said["outside"].format(count=len(outside), first=outside[0].text))
    missing = [str(n) for n in without_evidence]
    if missing:
        asked.append(said["no_evidence"].format(numbers=", ".join(missing)))
    if unsure:
        asked.append(said["unsure"].format(count=len(unsure)))
    return asked


def accepted_plans(skp: SkpDraft, year: YearState, today: date) -> dict[str, list[Step]]:
    """IKI → the stages accepted in /rencana, each with its months and its share or status: the pack's rencana aksi
    instead of the generic quarters (an IKI without an accepted plan keeps those)."""
    status = _words()["stage_status"]
    kept = {iki.indikator: iki for iki in skp.iki}
    late = {(key, n) for key, n, _ in late_stages(skp, year, today)}
    plans = {}
    for plan in year.rencana:
        if plan.accepted is None or plan.iki not in kept or not plan.stages:
            continue
        unit = unit_of(kept[plan.iki])
        steps = []
        for n, stage in enumerate(plan.stages, 1):
            if stage.done:
                state = status["done"].format(day=f"{stage.done.day} {month_name(stage.done.month)}")
            elif max(stage.months) < today.month:  # past: late only when nothing says the work was done
                state = status["overdue"] if (plan.iki, n) in late else \
                    status["worked"].format(n=n, iki=skp.iki.index(kept[plan.iki]) + 1)
            elif min(stage.months) <= today.month:
                state = status["running"]
            else:
                state = status["later"]
            share = f"{value_text(stage.share, unit)} · " if stage.share is not None else ""
            steps.append(Step(quarter=months_text(stage.months), action=stage.name, target=share + state))
        plans[plan.iki] = steps
    return plans
