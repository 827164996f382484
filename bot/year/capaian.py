"""Capaian per IKI: target, realisasi so far, capaian % by the kind of measure, the quarterly trajectory of the
dialog pack (bot.skp.dialog_pack.trajectory) and a flag for an IKI behind it; and the checks on a realisasi before
it is kept. A count sums the quarter's linked quantities unless the user typed the quarter's figure; a rate takes
the figure reported for the quarter; a lower-is-better measure turns capaian around; a yearly score is "dipantau"
until the quarter that measures it. Words and the formula's source: knowledge/capaian.yaml."""

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from bot import knowledge, render
from bot.lang.dates import long_date
from bot.lang.numbers import Target, format_number, parse_target
from bot.lang.refs import iki_refs
from bot.lang.text import phrase_set, tokens
from bot.models import IkiDraft, SkpDraft
from bot.rules.lexicon import lexicon
from bot.rules.measures import Trend, capaian_percent
from bot.year import quarter_plan
from bot.year.entry_dates import month_reported
from bot.year.line import line
from bot.year.measure import measure_trend
from bot.year.models import EntryStatus, LogEntry, Realisasi, RealisasiSource, YearError, YearState
from bot.year.periods import month_name, quarter_end, quarter_label, quarter_of
from bot.year.versions import agreed_on, began

LOGBOOK_KEPT = "sesuai catatan"  # Realisasi.note of a logbook sum kept as the figure: no words of the user's


@dataclass(frozen=True)
class QuarterFigure:
    quarter: int
    planned: str  # the trajectory's target for the quarter, as the dialog pack writes it ("300 berkas (kumulatif)")
    value: float | None  # the quarter's realisasi: a count of that quarter, a percentage, a time
    source: RealisasiSource | None
    cumulative: float | None  # a count's running total through the quarter
    capaian: float | None  # % against the quarter's trajectory target
    ended: bool = False  # the quarter is over: a missing figure is «belum diisi», not on track
    monitored: bool = False  # the plan has no value for the quarter («dipantau»): measured against the annual target
    began: date | None = None  # the quarter ended before a perubahan brought the IKI in: nothing is asked for it
    agreed: bool = False  # `began` is the day the SKP itself was agreed (mid-year): the quarter was under no SKP
    asked: bool = False  # its typed figure waits for «TW … saja, atau total sejak Januari?» (Realisasi.asked)
    reported: bool = False  # a realisasi is kept for it (typed, or a logbook sum kept «sesuai catatan»): a figure
    # only computed from the logbook is not one (`unfilled_quarter`)
    planned_value: float | None = None  # `planned` as a number in the IKI's satuan, when the plan holds one
    note: str = ""  # what the user said with the figure («dalam proses: «masih proses»», Realisasi.note)


@dataclass(frozen=True)
class Capaian:
    iki: str
    number: int
    trend: Trend
    target: float | None
    unit: str
    quarters: list[QuarterFigure]
    realisasi: float | None  # so far: a count's total, else the latest quarter's figure
    capaian: float | None  # % of the annual target, by the kind of measure
    behind: bool  # the last ended quarter with a figure is below its trajectory
    status: str  # Indonesian: "dipantau", "belum ada realisasi", "sesuai trajektori", "di bawah trajektori TW I"

    @property
    def latest(self) -> "QuarterFigure | None":
        """The latest quarter with a capaian: the one figure /capaian and «Realisasi per TW» both show for it."""
        return next((f for f in reversed(self.quarters) if f.capaian is not None), None)


def unit_of(iki: IkiDraft) -> str:
    # the satuan first, as /skp shows it: «85 %» typed for «Nilai IP ASN» (satuan Nilai) read «Target 85%» (tester58 F16)
    return render.target_unit(iki)


def is_percent(iki: IkiDraft) -> bool:
    """A percentage of items: its realisasi cannot pass 100 (a percentage of change can: "Persentase peningkatan")."""
    words = tokens(iki.indikator)
    measure = lexicon().measures.match_at(words, 0) if words else None
    percent = unit_of(iki) == "%" or (measure is not None and lexicon().measure_class.get(measure) == "percent")
    # the change is what is measured when it follows the measure word ("Persentase kenaikan …"), not
    # "Persentase usulan kenaikan pangkat …"
    change = measure is not None and phrase_set("capaian", "change_words").match_at(words, len(measure)) is not None
    return percent and not change


def could_be_quarter_figure(iki: IkiDraft, value: float, percent: bool) -> bool:
    """A quarter's realisasi typed with no IKI named could be this IKI's: a percentage only a percentage IKI's and at
    most 100, a plain number above a count IKI's whole-year target never its quarter's (under «Isi realisasi TW I»,
    «88» with a 90% IKI and a 12-dokumen IKI waiting is the percentage's)."""
    if unit_of(iki) == "%":
        return value <= 100
    if percent:
        return False
    target = parse_target(iki.target)
    return not (measure_trend(iki) is Trend.cumulative and target is not None and value > target.value)


def logbook_sum(year: YearState, key: str, quarter: int, in_year: int) -> float | None:
    """The quarter's linked quantities for the IKI; None when no linked entry carries one."""
    found = [e.quantity for e in year.entries if e.status is EntryStatus.linked and e.iki == key
             and e.quantity is not None and e.day.year == in_year and quarter_of(e.day) == quarter]
    return float(sum(found)) if found else None


def takes_latest(iki: IkiDraft) -> bool:
    """A percentage or a ceiling: the logbook's figures for it are reported values, the latest one counts."""
    return measure_trend(iki) in (Trend.rate, Trend.lower)


def logbook_value(year: YearState, iki: IkiDraft, quarter: int, in_year: int) -> float | None:
    """What the logbook says for the quarter: a count's sum; a percentage or a ceiling's figure: every line's rate
    combined (`logbook_rate`) when lines carry one, else the latest reported figure («survei jentik …, HI 3%»), never
    a sum of them; None when no linked entry carries one."""
    if not takes_latest(iki):
        return logbook_sum(year, iki.indikator, quarter, in_year)
    rate = logbook_rate(year, iki.indikator, quarter, in_year)
    if rate is not None:
        return round(rate[0] / rate[1] * 100, 1)
    found = [e for e in _linked(year, iki.indikator, quarter, in_year) if e.figure is not None]
    return max(found, key=lambda e: (e.day, int(e.id[1:]))).figure if found else None


def unread_entries(year: YearState, iki: IkiDraft, quarter: int, in_year: int) -> list[LogEntry]:
    """A percentage's or a ceiling's linked entries of the quarter that hold numbers but no share the bot could read
    («2 pasien stroke baru ROM hari ke-3»): «sesuai catatan» cannot combine them, so it asks rather than leave them
    out (tester55 F11: 14 of 14 on one day kept as 100% beside a later miss). A count's entries are summed apart."""
    if not takes_latest(iki):
        return []
    return [e for e in _linked(year, iki.indikator, quarter, in_year) if e.rate is None and e.figure is None
            and iki.indikator not in e.also and any(ch.isdigit() for ch in e.text)]


def logbook_rate(year: YearState, key: str, quarter: int, in_year: int) -> tuple[float, float] | None:
    """The quarter's rate from its lines: the sum of their numerators over the sum of their denominators («5 dari 5»
    on Monday and «2 kapal, sertifikat blm terbit» on Friday are 5 of 7), never one day's figure alone."""
    rated = [e.rate for e in _linked(year, key, quarter, in_year) if e.rate is not None] + \
        [e.also[key] for e in year.entries if e.status is EntryStatus.linked and key in e.also and e.rate is None
         and _of_quarter(figure_month(e), quarter, in_year)]  # a rate the entry's own IKI took is its own
    whole = sum(r[1] for r in rated)
    return (sum(r[0] for r in rated), whole) if whole else None


def _linked(year: YearState, key: str, quarter: int, in_year: int) -> list[LogEntry]:
    """The quarter's linked entries whose figures are its: by the month a figure reports (`figure_month`)."""
    return [e for e in year.entries if e.status is EntryStatus.linked and e.iki == key
            and _of_quarter(figure_month(e), quarter, in_year)]


def _of_quarter(day: date, quarter: int, in_year: int) -> bool:
    return day.year == in_year and quarter_of(day) == quarter


@lru_cache(maxsize=4096)
def _month_reported(text: str, day: date) -> date | None:
    return month_reported(line(text), day)


def figure_month(entry: LogEntry) -> date:
    """The day a figure the entry reports stands for: the month its line names when earlier than the day it was
    logged («… bulan september 97%» on 5 October), else the entry's day."""
    return _month_reported(entry.text, entry.day) or entry.day


def waiting(year: YearState, key: str, quarter: int, in_year: int) -> list[LogEntry]:
    """The quarter's entries still waiting for the user's pick with this IKI among their candidates: not in its
    logbook sum until picked, so a sum offered or kept says so."""
    return [e for e in year.entries if e.status is EntryStatus.unsure and key in e.candidates
            and e.day.year == in_year and quarter_of(e.day) == quarter]


def follow_logbook(year: YearState) -> YearState:
    """A realisasi the user took «sesuai catatan» follows the logbook: after an entry is picked, re-linked,
    re-dated, changed or deleted its quarter's figure is the sum again (0 when no linked quantity is left)."""
    if year.year is None or not any(r.source is RealisasiSource.logbook for r in year.realisasi):
        return year
    kept = []
    for r in year.realisasi:
        if r.source is RealisasiSource.logbook:
            r = r.model_copy(update={"value": logbook_sum(year, r.iki, r.quarter, year.year) or 0.0})
        kept.append(r)
    return year.model_copy(update={"realisasi": kept}) if kept != year.realisasi else year


def typed(year: YearState, key: str, quarter: int) -> Realisasi | None:
    return next((r for r in year.realisasi if r.iki == key and r.quarter == quarter), None)


def _reference(plan: Target | None, target: Target | None, trend: Trend) -> float | None:
    """What a quarter's figure is measured against: its trajectory value; for a rate monitored with no value for the
    quarter («dipantau»: no baseline to move from), the annual target itself, since a rate is a level at any time of
    year (66,7% against a 90% target is behind, never «sesuai trajektori» by default)."""
    if plan is not None:
        return plan.value
    if trend is Trend.rate and target is not None:
        return target.value
    return None


def capaian_of(iki: IkiDraft, number: int, year: YearState, today: date) -> Capaian:
    trend = measure_trend(iki)
    measured_year = year.performance_year(today)
    target = parse_target(iki.target)
    plan = next((p for p in year.rencana if p.iki == iki.indikator), None)
    # the one trajectory the sheets read too: a quarter that ended under another version keeps the plan agreed then
    # (tester53 P1-13), the target as it stands spread over the rest (tester54 F6)
    found = quarter_plan.planned(year, iki, plan)
    planned = [p.text for p in found]
    values = [parse_target(p) for p in planned]
    targets = [parse_target(p.under.target) for p in found]
    quarters, running = [], 0.0
    start, agreed = began(year, iki.indikator), agreed_on(year)
    for q in range(1, 5):
        entered = typed(year, iki.indikator, q)
        if start is not None and quarter_end(measured_year, q) < start:  # before the IKI was in the SKP
            quarters.append(QuarterFigure(q, "", None, None, None, None, began=start))
            continue
        if agreed is not None and quarter_end(measured_year, q) < agreed and entered is None:  # before the SKP
            quarters.append(QuarterFigure(q, "", None, None, None, None, began=agreed, agreed=True))
            continue
        value, source = (entered.value, entered.source) if entered else (None, None)
        if value is None and trend in (Trend.cumulative, Trend.rate, Trend.lower):
            summed = logbook_value(year, iki, q, measured_year)
            if summed is not None:
                value, source = summed, RealisasiSource.logbook
        cumulative = None
        if trend is Trend.cumulative and value is not None:
            running += value
            cumulative = running
        measured = cumulative if trend is Trend.cumulative else value
        reference = _reference(values[q - 1], targets[q - 1], trend)
        share = capaian_percent(measured, reference, trend) if measured is not None and reference is not None else None
        shown = planned[q - 1]
        if values[q - 1] is None and trend is Trend.rate and reference is not None:  # a rate with no baseline is
            # «dipantau» until TW IV (README), every quarter alike, and names the annual target its figure is
            # measured against (tester51 P1-9: TW I «98% (target tahunan)» beside TW II–III «dipantau»)
            shown = f"{shown} (target tahunan {value_text(reference, unit_of(iki))})"
        quarters.append(QuarterFigure(q, shown, value, source, cumulative, share,
                                      quarter_end(measured_year, q) <= today,
                                      monitored=values[q - 1] is None and trend is not Trend.yearly,
                                      asked=bool(entered and entered.asked), reported=entered is not None,
                                      planned_value=values[q - 1].value if values[q - 1] is not None else None,
                                      note=entered.note if entered else ""))
    with_value = [f for f in quarters if f.value is not None]
    if trend is Trend.cumulative:
        realisasi = running if with_value else None
    elif trend is Trend.lower and target is not None and target.value == 0 and with_value:
        # a zero-incident IKI: the year's count is every quarter's (a later «0» does not erase a fall in TW I)
        figures = [f.value for f in with_value]
        realisasi = max(figures) if unit_of(iki) == "%" else float(sum(figures))
    else:
        realisasi = with_value[-1].value if with_value else None
    annual = target.value if target else None
    if trend is Trend.yearly:
        last = quarters[-1]
        capaian = capaian_percent(last.value, annual, trend) if last.value is not None and annual is not None else None
    else:
        capaian = capaian_percent(realisasi, annual, trend) if realisasi is not None and annual is not None else None
    ended = [f for f in quarters if f.ended and f.value is not None]
    behind = bool(ended) and trend is not Trend.yearly and ended[-1].capaian is not None and ended[-1].capaian < 100
    status = _status(trend, quarters, ended, behind)
    return Capaian(iki.indikator, number, trend, annual, unit_of(iki), quarters, realisasi, capaian, behind, status)


def _behind_words() -> dict[str, str]:
    return knowledge.data("capaian")["behind"]


def behind_flag(c: Capaian) -> str:
    """How an IKI behind is said: «di bawah trajektori», or «di bawah target tahunan» when its last ended quarter is
    «dipantau» (knowledge/capaian.yaml behind)."""
    last = next((f for f in reversed(c.quarters) if f.ended and f.value is not None), None)
    return _behind_words()["annual" if last is not None and last.monitored else "trajectory"]


def behind_flag_annual() -> str:
    """behind_flag of an IKI «dipantau» below its annual target."""
    return _behind_words()["annual"]


def behind_said(found: list[Capaian]) -> str:
    """The one wording for the IKI behind among `found`, as every reader says it: theirs when they share one, else
    «di bawah trajektori atau target tahunan» (also said when none is behind: «tidak ada IKI …»)."""
    flags = {behind_flag(c) for c in found if c.behind}
    return flags.pop() if len(flags) == 1 else _behind_words()["either"]


def _status(trend: Trend, quarters: list[QuarterFigure], ended: list[QuarterFigure], behind: bool) -> str:
    if trend is Trend.yearly and quarters[-1].value is None:
        return "dipantau (nilai tahunan, diisi pada TW IV)"
    over = [f for f in quarters if f.ended]
    missing = f"realisasi {quarter_label(over[-1].quarter)} belum diisi" if over and over[-1].value is None else ""
    if not any(f.value is not None for f in quarters):
        return missing or "belum ada realisasi"
    last = ended[-1] if ended else None
    if last is not None and last.monitored and last.capaian is not None:  # «dipantau»: no trajectory to be behind
        said = f"{_behind_words()['annual'] if behind else 'sesuai target tahunan'} ({quarter_label(last.quarter)})"
        return f"{said}; {missing}" if missing else said
    if behind:
        said = f"{_behind_words()['trajectory']} {quarter_label(ended[-1].quarter)}"
        return f"{said}; {missing}" if missing else said
    return missing or ("sesuai trajektori" if ended else "berjalan")


ASKED = "belum pasti: {tw} saja, atau total sejak Januari?"  # a figure whose reading waits for the user's answer


def quarter_note(trend: Trend, f: QuarterFigure) -> str:
    """The «Catatan» of one quarter's row: its own standing (an ended quarter with no figure is «belum diisi», never
    on track)."""
    if f.began is not None and f.agreed:
        return f"sebelum SKP ditetapkan ({long_date(f.began)})"
    if f.began is not None:
        return f"belum ada di SKP (IKI masuk lewat perubahan SKP {long_date(f.began)})"
    if trend is Trend.yearly and f.value is None and f.quarter < 4:
        note = "dipantau (nilai tahunan, diisi pada TW IV)"
    elif f.value is None:
        note = "belum diisi" if f.ended else "belum berakhir"
    elif f.capaian is None or trend is Trend.yearly:
        note = "terisi"
    elif f.monitored:  # a figure where the plan had none: its capaian is against the annual target, no trajectory
        note = f"{'di bawah' if f.capaian < 100 else 'sesuai'} target tahunan"
    elif f.capaian < 100:
        against = "target tahunan" if parse_target(f.planned) is None else "trajektori"  # «dipantau»: no trajectory
        note = f"di bawah {against}" if f.ended else f"berjalan, di bawah {against}"
    else:
        note = "sesuai trajektori" if f.ended else "berjalan"
    if f.note and f.note != LOGBOOK_KEPT and f.value is not None:  # the user's own words with the figure, never a bare «terisi» (play41 #8)
        note = f.note if note == "terisi" else f"{note}; {f.note}"
    if f.asked:
        note += f"; {ASKED.format(tw=quarter_label(f.quarter))}"
    return note


def unfilled_quarter(c: Capaian) -> int | None:
    """The last ended quarter when no realisasi was reported for it (a figure the logbook gives is not one: a rate
    or a score must be reported, a count's sum kept «sesuai catatan»); None when reported (typed, or its logbook sum
    kept), waiting for the member's answer, before the IKI came in, or a yearly score before TW IV. The one rule for
    what the leader chases in July when TW II is empty and what a member asking which IKI lack a realisasi is told."""
    over = [f for f in c.quarters if f.ended]
    last = over[-1] if over else None
    if last and c.trend is Trend.yearly and last.quarter < 4:
        return None  # a yearly score (IP ASN) is filled at TW IV, as the member's reminder asks (pending_quarter)
    return last.quarter if last and not last.reported and not last.asked and last.began is None else None


def unfilled_earlier(c: Capaian) -> list[int]:
    """The ended quarters before the last one with no realisasi reported for them, by `unfilled_quarter`'s rule: a
    prompt the member never opened (July, and TW I is empty too) is chased as well (tester51 P2-7)."""
    over = [f for f in c.quarters if f.ended][:-1]
    return [f.quarter for f in over if not f.reported and not f.asked and f.began is None
            and not (c.trend is Trend.yearly and f.quarter < 4)]


def capaian_all(skp: SkpDraft, year: YearState, today: date) -> list[Capaian]:
    return [capaian_of(iki, i + 1, year, today) for i, iki in enumerate(skp.iki)]


def pending_quarter(skp: SkpDraft, year: YearState, quarter: int, today: date) -> list[int]:
    """1-based numbers of the IKI whose realisasi for the quarter is still missing: a typed figure is needed (a
    count with logbook quantities can use their sum); a yearly score waits for TW IV."""
    missing = []
    for i, iki in enumerate(skp.iki):
        trend = measure_trend(iki)
        if trend is Trend.yearly and quarter < 4:
            continue
        start = began(year, iki.indikator) or agreed_on(year)
        if start is not None and quarter_end(start.year, quarter) < start:  # not in the SKP yet that quarter
            continue
        if typed(year, iki.indikator, quarter) is None:
            missing.append(i + 1)
    return missing


def optional_quarter(skp: SkpDraft, year: YearState, quarter: int) -> list[int]:
    """1-based numbers of the yearly scores not asked before TW IV that had a figure reported in an earlier quarter
    (a PME scored per cycle) and none yet for this one: listed as optional in the quarter's prompt (tester22b #25)."""
    return [i + 1 for i, iki in enumerate(skp.iki)
            if quarter < 4 and measure_trend(iki) is Trend.yearly and typed(year, iki.indikator, quarter) is None
            and any(typed(year, iki.indikator, q) is not None for q in range(1, quarter))]


def latest_typed(year: YearState, key: str, before: int) -> Realisasi | None:
    """The IKI's figure of the latest quarter before `before` that has one."""
    return next((r for q in range(before - 1, 0, -1) if (r := typed(year, key, q)) is not None), None)


def check_realisasi(iki: IkiDraft, quarter: int, today: date, value: float | None = None,
                    numerator: float | None = None, denominator: float | None = None,
                    in_year: int | None = None) -> list[str]:
    """What is wrong with a realisasi, in Indonesian; empty when it can be kept. in_year: the performance year
    (the TW IV of last year is filled in January)."""
    problems = []
    end = quarter_end(in_year or today.year, quarter)
    if today < end:
        problems.append(f"{quarter_label(quarter)} belum berakhir (berakhir {end.day} {month_name(end.month)} "
                        f"{end.year}); realisasinya diisi setelah itu. Saya akan mengingatkan.")
    if numerator is not None or denominator is not None:
        if numerator is None or denominator is None:
            problems.append("Tulis pembilang dan penyebutnya, misalnya «612 dari 680».")
        elif denominator <= 0:
            problems.append("Penyebut harus lebih dari 0, misalnya «612 dari 680».")
        elif numerator < 0:
            problems.append("Pembilang tidak bisa negatif.")
        elif numerator > denominator and is_percent(iki):
            problems.append(f"Pembilang ({format_number(numerator)}) tidak bisa lebih besar dari penyebut "
                            f"({format_number(denominator)}). Periksa lagi angkanya.")
    if value is not None:
        if value < 0:
            problems.append("Realisasi tidak bisa negatif; tulis angkanya, misalnya «4,5 hari».")
        elif value > 100 and is_percent(iki) and numerator is None:
            problems.append("Persentase tidak bisa lebih dari 100%. Tulis pembilang dan penyebutnya, misalnya "
                            "«612 dari 680», agar saya hitung persentasenya.")
    return problems


def record(year: YearState, iki: IkiDraft, quarter: int, today: date, now: datetime, value: float | None = None,
           numerator: float | None = None, denominator: float | None = None,
           source: RealisasiSource = RealisasiSource.typed, note: str = "") -> YearState:
    """The quarter's realisasi kept (replacing an earlier one); YearError with every problem when it cannot be."""
    measured_year = year.performance_year(today)
    if value is None and source is RealisasiSource.logbook:
        value = logbook_value(year, iki, quarter, measured_year)
        unread = unread_entries(year, iki, quarter, measured_year) if value is not None else []
        if unread:
            rate = logbook_rate(year, iki.indikator, quarter, measured_year)
            read_so_far = f"{format_number(rate[0])} dari {format_number(rate[1])}" if rate else value_text(
                value, unit_of(iki))
            named = "; ".join(f"{e.id} ({e.day.day}/{e.day.month}: «{e.text[:70]}»)" for e in unread)
            raise YearError(f"Catatan {named} belum terbaca berapa dari berapanya, jadi «sesuai catatan» baru "
                            f"menghitung {read_so_far}. Berapa realisasi {quarter_label(quarter)} seluruhnya? Tulis "
                            "misalnya «14 dari 16», atau perbaiki catatannya lewat /catatan lalu ulangi.")
        if value is not None and takes_latest(iki):
            source, note = RealisasiSource.typed, note or LOGBOOK_KEPT  # a figure taken, not a sum to follow
        if value is None:
            raise YearError(f"Belum ada catatan dengan jumlah untuk IKI ini di {quarter_label(quarter)}; tulis "
                            "realisasinya.")
    if value is None and numerator is not None and denominator:
        value = round(numerator / denominator * 100, 1) if is_percent(iki) else numerator
    problems = check_realisasi(iki, quarter, today, value, numerator, denominator, measured_year)
    if value is None and not problems:
        problems = ["Tulis realisasinya, misalnya «612 dari 680», «94%» atau «4,5 hari»."]
    if problems:
        raise YearError(" ".join(problems))
    kept = Realisasi(iki=iki.indikator, quarter=quarter, value=value, numerator=numerator, denominator=denominator,
                     source=source, note=note, recorded=now)
    others = [r for r in year.realisasi if not (r.iki == iki.indikator and r.quarter == quarter)]
    return year.model_copy(update={"realisasi": others + [kept]})


def value_text(value: float | None, unit: str, ceiling: bool = False) -> str:
    """A target or realisasi as shown: «94%», «4,5 hari», «≤ 5%» (a lower-is-better target is a ceiling), «-»."""
    if value is None:
        return "-"
    shown = f"{format_number(value)}%" if unit == "%" else f"{format_number(value)} {unit}".strip()
    return f"≤ {shown}" if ceiling else shown


_NAME_CHARS = 70  # an IKI's name in /capaian, cut with «…» past it


def latest_said(c: Capaian) -> tuple[str, str, str] | None:
    """The latest quarter's capaian as every view says it: its quarter, the percentage, and the target it is on («TW
    I» for the quarter's target; «target tahunan» for a quarter «dipantau»), as the «Realisasi per TW» sheet computes
    it; None when no quarter has one."""
    f = c.latest
    if f is None:
        return None
    quarter = quarter_label(f.quarter)
    return quarter, f"{format_number(round(f.capaian, 1))}%", "target tahunan" if f.monitored else quarter


def _latest_text(c: Capaian) -> str:
    """«capaian TW I 102,5% (thd target TW I) · »; empty when no quarter has one."""
    said = latest_said(c)
    if said is None:
        return ""
    quarter, percent, base = said
    return f"capaian {quarter} {percent} (thd {base if base != quarter else f'target {quarter}'}) · "


def flag_asked(text: str) -> int | None:
    """«kenapa IKI 2 merah», «IKI 3 kok di bawah trajektori?»: the number of the one IKI whose flag in /capaian the
    question asks the reason of (capaian.yaml flag_asked); None else."""
    words = tokens(text)
    named = {int(m.group(1)) for m in iki_refs().finditer(text)}
    if len(named) != 1 or not phrase_set("capaian", "flag_asked", "why").find(words) \
            or not phrase_set("capaian", "flag_asked", "flags").find(words):
        return None
    return named.pop()


def why_flagged(c: Capaian) -> str:
    """Why an IKI is flagged (or not), from its record: the last ended quarter's rencana against its realisasi."""
    last = next((f for f in reversed(c.quarters) if f.ended and f.value is not None), None)
    if last is None:
        return f"IKI {c.number}: {c.status}, jadi belum ada realisasi triwulan yang bisa dibandingkan dengan rencananya."
    got = value_text(last.value, c.unit)
    if last.cumulative is not None:
        got += f" (kumulatif {format_number(last.cumulative)})"
    share = f", capaian {format_number(round(last.capaian, 1))}%" if last.capaian is not None else ""
    if not c.behind:
        return f"IKI {c.number} tidak tertinggal ({c.status}): {quarter_label(last.quarter)} rencana {last.planned}, " \
               f"realisasi {got}{share}."
    return (f"IKI {c.number} {behind_flag(c)} {quarter_label(last.quarter)}: rencana {last.planned}, realisasi "
            f"{got}{share}. Realisasinya belum mencapai rencana triwulan itu, jadi ditandai tertinggal. Bahas kendala "
            "dan cara mengejarnya di dialog kinerja.")


def capaian_text(c: Capaian, quarter: int | None = None) -> str:
    """One IKI's lines for /capaian; with a quarter, that quarter's row only («capaian TW II sy brp?»)."""
    target, real = value_text(c.target, c.unit, c.trend is Trend.lower), value_text(c.realisasi, c.unit)
    name = c.iki if len(c.iki) <= _NAME_CHARS else c.iki[: _NAME_CHARS - 1].rstrip() + "…"
    # the IKI named: «1. Target 90% · …» alone left the user to recall from /skp which IKI is number 1
    lines = [f"{c.number}. {name}", f"   Target {target} · realisasi {real} · {_latest_text(c)}{c.status}"]
    for f in c.quarters:
        if quarter is not None and f.quarter != quarter:
            continue
        if f.began is not None:
            lines.append(f"   {quarter_label(f.quarter)}: {quarter_note(c.trend, f)}")
            continue
        got = value_text(f.value, c.unit)
        if f.cumulative is not None:
            got += f" (kumulatif {format_number(f.cumulative)})"
        share = f" · capaian {format_number(round(f.capaian, 1))}%" if f.capaian is not None else ""
        unsure = f" ({ASKED.format(tw=quarter_label(f.quarter))})" if f.asked else ""
        lines.append(f"   {quarter_label(f.quarter)}: rencana {f.planned} · realisasi {got}{unsure}{share}")
    return "\n".join(lines)
