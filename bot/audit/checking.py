"""Per-employee and per-unit audit figures, as in the ministry's 2025 SKP evaluation (1 to 92 IKI, mostly process).
Distinct IKI are checked in worker processes (`workers`, two by default where there are two cores), the SKP rules
in the calling process."""

import gc
import multiprocessing
import os
import statistics
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.pool import Pool
from typing import NamedTuple

from pydantic import ValidationError

from bot.audit.sheet_reading import IKI_FIELDS, EmployeeRows, IkiRow, ReadingReport, Rejected, collector_paused
from bot.inputs import describe
from bot.knowledge import category_label, policy, remembered
from bot.lang.words import is_indonesian_word
from bot.models import Category, IkiDraft, Jenis, Kind, Pegawai, Peran, Severity, SkpDraft
from bot.rules import iki_verdict
from bot.rules.draft_reading import read
from bot.rules.registry import rule_catalog
from bot.rules.skp_rules import same_meaning

CHUNK_ROWS = 5_000  # IKI per task sent to a worker: big enough to amortise pickling, small enough for a smooth bar
# Two checking processes where there are two cores (issue 17, second round). Each distinct IKI is sent once, as its
# key, to one worker, while this process reads the drafts and checks the SKP rules; the workers are forked before
# the export is read, so they hold none of it. Measured on the shared 2-core machine, 10,000 employees (load
# 0.4-1.2): two processes 12.6 / 10.9 s, one 13.9 / 13.5 s, for the same CPU time; 100,000 employees with two
# (load 1-2.4): 128 s, 1.38 GB peak for the process tree. On a saturated machine (load 6-9, `iki eval audit`) one
# process was faster (10k 34.9 s against 46.7 s): `--workers 1` there. `iki eval audit` prints both.
# (Before, each worker checked again the IKI colleagues in other chunks shared, and forked after reading, so its
# share of the export's pages counted again: one process was the default.) Third round, 10,000 employees at load
# ~2.5: two processes 7.6 / 7.7 / 10.7 s, one 9.2 / 9.7 / 9.0 s.
DEFAULT_WORKERS = 2


class Verdict(NamedTuple):
    """What the reports need of one IKI's check; a tuple, as there is one per IKI row and workers send them back."""

    activity: bool  # activity-based (process), not output-based
    errors: str  # error categories, comma-separated
    warnings: str  # warning categories, comma-separated


class Checked(NamedTuple):
    """One employee's check, as a worker sends it back: EmployeeAudit's fields after its source."""

    peran: str
    categories: frozenset[str]
    iki: list[Verdict]
    dropped: list[Rejected]


# One IKI's verdict depends on that IKI alone, and exports repeat IKI (the mandatory one, a team's shared ones):
# each worker remembers verdicts by the draft's values. Counted, so the benchmark can say how often it hit.
_VERDICTS: dict[tuple, Verdict] = {}
_VERDICTS_MAX = 300_000  # verdicts one process keeps
# A worker is sent each distinct IKI once (Sender): it keeps only enough to read a text met again with another target
# or satuan without reading it again (~10% of the IKI at 10k), not an export's worth of verdicts and readings.
_WORKER_VERDICTS = 20_000
_LIMIT = {"verdicts": _VERDICTS_MAX}
CACHE = {"hits": 0, "misses": 0}


@dataclass(slots=True)
class EmployeeAudit:
    source: EmployeeRows
    peran: str
    categories: frozenset[str]  # SKP-level findings (COUNT_RANGE, WEIGHT_TOTAL, MANDATORY_MISSING …)
    iki: list[Verdict]  # one per IKI row, in the order of source.rows
    dropped: list[Rejected]  # rows kept without a value that could not be read
    activity: int = field(init=False)  # activity-based IKI: counted once, every figure and report reads it

    def __post_init__(self) -> None:
        self.activity = sum(v.activity for v in self.iki)

    @property
    def employee(self) -> str:
        return self.source.key

    @property
    def nip(self) -> str:
        return self.source.nip

    @property
    def nama(self) -> str:
        return self.source.nama

    @property
    def jabatan(self) -> str:
        return self.source.jabatan

    @property
    def unit(self) -> str:
        return self.source.unit

    @property
    def count(self) -> int:
        return len(self.iki)

    @property
    def activity_share(self) -> float:
        return self.activity / self.count if self.count else 0.0

    def has(self, category: Category) -> bool:
        return category.value in self.categories

    @property
    def other_errors(self) -> dict[str, list[int]]:
        """The IKI errors beyond those that make an IKI activity-based (a missing or absolute target, a unit, English
        text …), each category with the IKI it was found on, numbered in the employee's order: what else makes an IKI
        need fixing, said on the employee's row (tester51 P3-1: «-» for a missing target)."""
        found: dict[str, list[int]] = {}
        for number, verdict in enumerate(self.iki, start=1):
            for code in _other_codes(verdict.errors) if verdict.errors else ():
                found.setdefault(code, []).append(number)
        return found

    @property
    def other_error_iki(self) -> int:
        """IKI with an error beyond the activity ones."""
        return len({n for numbers in self.other_errors.values() for n in numbers})

    @property
    def count_flag(self) -> str:
        limits = policy().iki_count
        if self.peran not in limits.roles:
            return ""
        return "kurang" if self.count < limits.min else "lebih" if self.count > limits.max else ""


@remembered
def _other_codes(errors: str) -> tuple[str, ...]:
    """A verdict's error categories beyond the activity ones; remembered, as a few combinations repeat on every row."""
    activity = rule_catalog().activity_categories
    return tuple(code for code in errors.split(", ") if code and code not in activity)


@dataclass
class Distribution:
    minimum: int
    median: float
    maximum: int
    outliers: list[str] = field(default_factory=list)  # employees far from the rest (1.5 × IQR)

    @classmethod
    def of(cls, counts: dict[str, int]) -> "Distribution":
        values = sorted(counts.values())
        if not values:
            return cls(0, 0.0, 0)
        q1, _, q3 = statistics.quantiles(values, n=4) if len(values) > 1 else (values[0],) * 3
        low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
        outliers = [e for e, c in counts.items() if c < low or c > high]
        return cls(values[0], statistics.median(values), values[-1], outliers)


# The headline's line and the «Pegawai» sheet's column for those errors (EmployeeAudit.other_errors).
OTHER_ERRORS = "IKI dengan galat lain (selain IKI kegiatan)"


def other_errors_line(employees: list[EmployeeAudit]) -> str:
    """«IKI dengan galat lain (…): 3 IKI pada 2 pegawai (13,3% pegawai): target mutlak 2, target bukan angka 1»."""
    per: dict[str, int] = {}
    for e in employees:
        for code, numbers in e.other_errors.items():
            per[code] = per.get(code, 0) + len(numbers)
    iki = sum(e.other_error_iki for e in employees)
    people = sum(bool(e.other_errors) for e in employees)
    share = f"{people / len(employees) * 100:.1f}".replace(".", ",") if employees else "0,0"
    named = "; ".join(f"{category_label(code)} {_n(count)}" for code, count in sorted(per.items(), key=lambda kv: -kv[1]))
    return f"{OTHER_ERRORS}: {_n(iki)} IKI pada {_n(people)} pegawai ({share}% pegawai){': ' + named if named else ''}"


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def employees_with(category: Category) -> str:
    """A share of employees named as one: «pegawai dengan «bobot salah»», «pegawai dengan «IKI ganda»»."""
    return f"pegawai dengan «{category_label(category)}»"


@dataclass(frozen=True)
class Figures:
    """The five figures the bureau follows between exports; shares from 0 to 1, lower is closer to the guidance."""

    activity: float  # share of IKI that are activity-based
    outside_range: float  # share of employees outside the policy's IKI range
    wrong_weight: float
    mandatory_missing: float
    duplicates: float

    @staticmethod
    def labels() -> dict[str, str]:
        """Each figure's name in the reports, in report order; read when asked, as the range comes from policy.yaml.
        Every figure but the first is a share of employees, and its name says so (tester19 #10)."""
        span = policy().iki_count.range_text
        return {"activity": category_label(Category.ACTIVITY), "outside_range": f"pegawai di luar {span} IKI",
                "wrong_weight": employees_with(Category.WEIGHT_TOTAL),
                "mandatory_missing": employees_with(Category.MANDATORY_MISSING),
                "duplicates": employees_with(Category.DUPLICATE)}

    @classmethod
    def of(cls, employees: list[EmployeeAudit]) -> "Figures":
        n = len(employees) or 1
        iki = sum(e.count for e in employees) or 1
        return cls(
            activity=sum(e.activity for e in employees) / iki,
            outside_range=sum(bool(e.count_flag) for e in employees) / n,
            wrong_weight=sum(e.has(Category.WEIGHT_TOTAL) for e in employees) / n,
            mandatory_missing=sum(e.has(Category.MANDATORY_MISSING) for e in employees) / n,
            duplicates=sum(e.has(Category.DUPLICATE) for e in employees) / n,
        )

    def items(self) -> list[tuple[str, float]]:
        return [(name, getattr(self, name)) for name in self.labels()]


@dataclass
class UnitAudit:
    unit: str
    employees: list[EmployeeAudit]

    @property
    def iki(self) -> int:
        return sum(e.count for e in self.employees)

    @property
    def activity_share(self) -> float:
        return sum(e.activity for e in self.employees) / self.iki if self.iki else 0.0

    @property
    def distribution(self) -> Distribution:
        return Distribution.of({e.employee: e.count for e in self.employees})

    @property
    def figures(self) -> Figures:
        return Figures.of(self.employees)


@dataclass
class Audit:
    employees: list[EmployeeAudit]
    units: list[UnitAudit]
    reading: ReadingReport
    workers: int = 1
    cache: dict[str, int] = field(default_factory=dict)  # verdicts reused (hits) and computed (misses)

    @property
    def all(self) -> UnitAudit:
        return UnitAudit("Semua unit", self.employees)

    @property
    def dropped(self) -> list[Rejected]:
        return [r for e in self.employees for r in e.dropped]

    def share(self, test: Callable[[EmployeeAudit], bool]) -> float:
        return sum(map(test, self.employees)) / len(self.employees) if self.employees else 0.0


def _drafts(rows: list[IkiRow]) -> tuple[list[IkiDraft], list[Rejected]]:
    drafts, dropped = [], []
    for row in rows:
        fields = row._asdict()  # IkiRow's fields are IkiDraft's, after the row number
        del fields["row"]
        try:
            drafts.append(IkiDraft.model_validate(fields))
        except ValidationError as exc:
            # An unreadable jenis, aspek or bobot: keep the IKI (its findings say what is missing), note the value.
            dropped.append(Rejected(row.row, describe(exc)))
            fields |= _unreadable(exc)
            drafts.append(IkiDraft.model_validate(fields))
    return drafts, dropped


# Everything an IKI rule reads; not the weight, which only the SKP rules read (colleagues who share an IKI weigh it
# differently): one check for all of them.
def _key(draft: IkiDraft) -> tuple:
    return (draft.indikator, draft.rhk, draft.target, draft.satuan, draft.aspek, draft.jenis, draft.parent, draft.rhk_atasan)


def _verdict(draft: IkiDraft) -> Verdict:
    key = _key(draft)
    verdict = _VERDICTS.get(key)
    if verdict is None:
        CACHE["misses"] += 1
        # The reading of a text (spelling, shorthand, a target inside it) is the dearest step: draft_reading
        # remembers it per text, for SKP-DUPLICATE's reading of the same text too.
        kind, fired = _unit_caused(draft, *iki_verdict(draft, read(draft.indikator)))
        errors = [category.value for category, severity in fired if severity is Severity.error]
        warnings = [category.value for category, severity in fired if severity is not Severity.error]
        verdict = Verdict(activity=kind is Kind.activity, errors=", ".join(errors), warnings=", ".join(warnings))
        if len(_VERDICTS) >= _LIMIT["verdicts"]:
            _VERDICTS.clear()
        _VERDICTS[key] = verdict
    else:
        CACHE["hits"] += 1
    return verdict


def _unit_caused(draft: IkiDraft, kind: Kind, fired: list[tuple[Category, Severity]]
                 ) -> tuple[Kind, list[tuple[Category, Severity]]]:
    """A unit that does not fit the IKI's measure («kali» under a Persentase) can make the text read as counting
    reports too: the findings the IKI loses without its Satuan are the unit's, said once as UNIT_MISMATCH, and the
    kind is what the rest say (tester51 P3-3: a rewritten text blamed for the unit column)."""
    if not draft.satuan or Category.UNIT_MISMATCH not in {category for category, _ in fired}:
        return kind, fired
    _, bare = iki_verdict(draft.model_copy(update={"satuan": None}), read(draft.indikator))
    kept = {category for category, _ in bare} | {Category.UNIT_MISMATCH}
    fired = [(category, severity) for category, severity in fired if category in kept]
    activity = rule_catalog().activity_categories
    return (Kind.activity if any(category in activity for category, _ in fired) else Kind.output), fired


def check_employee(employee: EmployeeRows) -> Checked:
    """The rules on one employee's SKP (as bot.rules.check_skp: the SKP rules, then each IKI's), reduced to what
    the reports need, which is small to send back from a worker."""
    drafts, dropped = _drafts(employee.rows)
    peran = employee.peran
    return Checked(peran.value, _skp_categories(peran, drafts), [_verdict(d) for d in drafts], dropped)


_NOBODY = Pegawai()  # no SKP rule reads who it belongs to: one for every SKP, not one built per employee


def _skp_categories(peran: Peran, drafts: list[IkiDraft]) -> frozenset[str]:
    # The export does not say whether someone cascades directly: a Core CL IKI says they do.
    direct = any(d.jenis is Jenis.core_cl for d in drafts)
    # Built without validating again what is valid already (10,000 SKP of validated drafts took ~0.5 s to validate).
    skp = SkpDraft.model_construct(peran=peran, cascading_langsung=direct, iki=drafts, pegawai=_NOBODY)
    return frozenset(rule.category.value for rule in rule_catalog().skp if rule.fires(skp))


def duplicate_rows(employee: EmployeeAudit) -> dict[int, int]:
    """For an employee with «IKI ganda»: the pair SKP-DUPLICATE names, each row of the file → the other's, so the IKI
    sheet says which rows they are (tester54 F21). Checked again here, for the few employees it fired on."""
    if not employee.has(Category.DUPLICATE):
        return {}
    drafts = _drafts(employee.source.rows)[0]  # one per row, in order: an IKI's number is its place here
    skp = SkpDraft.model_construct(peran=Peran(employee.peran), cascading_langsung=any(
        d.jenis is Jenis.core_cl for d in drafts), iki=drafts, pegawai=_NOBODY)
    rule = next(r for r in rule_catalog().skp if r.category is Category.DUPLICATE)
    words = rule.check(skp)
    if not words:
        return {}
    row_of = [row.row for row in employee.source.rows]
    # every group alike, not only the first pair the rule names: fourteen IKI differing by a number are fourteen rows
    groups = [[row_of[n - 1] for n in group] for group in same_meaning(skp)] or [
        [row_of[words["a"] - 1], row_of[words["b"] - 1]]]
    return {row: [other for other in group if other != row] for group in groups for row in group}


def _check_chunk(chunk: list[EmployeeRows]) -> tuple[list[Checked], dict[str, int]]:
    before = dict(CACHE)
    checked = [check_employee(e) for e in chunk]
    return checked, {k: CACHE[k] - before[k] for k in CACHE}


def _chunks(employees: list[EmployeeRows]) -> Iterator[list[EmployeeRows]]:
    chunk, rows = [], 0
    for employee in employees:
        chunk.append(employee)
        rows += len(employee.rows)
        if rows >= CHUNK_ROWS:
            yield chunk
            chunk, rows = [], 0
    if chunk:
        yield chunk


def workers_for(rows: int, requested: int | None = None) -> int:
    wanted = requested or DEFAULT_WORKERS
    return max(1, min(wanted, os.cpu_count() or 1, max(1, rows // CHUNK_ROWS)))


@contextmanager
def checkers(requested: int | None = None) -> Iterator[Pool | None]:
    """The worker processes for audit(), started before the export is read (run_audit does): forked from a process
    that holds the loaded rules but not the export, a worker's memory is only its own work. None: one process."""
    count = min(requested or DEFAULT_WORKERS, os.cpu_count() or 1)
    if count <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield None
        return
    _warm()  # fork: the workers inherit the loaded rules and lexicon instead of loading them again
    with multiprocessing.get_context("fork").Pool(count, _share_memory, (count,)) as pool:
        yield pool


def _warm() -> None:
    """Loads the rule catalog, lexicon, thesaurus and word lists, as checking one small SKP does."""
    drafts = [IkiDraft(indikator="Persentase dokumen yang ditindaklanjuti", target="80%", jenis=Jenis.core_tusi,
                       bobot=100)]
    _skp_categories(Peran.anggota, drafts)
    iki_verdict(drafts[0])
    is_indonesian_word("menyusun")


class Sender:
    """Each distinct IKI sent once to the checking workers, as its values read from the export (the row's fields
    before the weight, which no IKI rule reads), as soon as a batch of them is gathered, and their verdicts taken in
    as they come back. (Fed by the reader while it read, the workers checked during the reading: no faster at 10,000
    employees on the 2-core machine, and 220 MB more at the peak for 100,000, when the reading child holds the export.)"""

    def __init__(self, pool: Pool):
        self.pool = pool
        self.index: dict[tuple, int] = {}  # an IKI's values → its place among the distinct IKI, in the order first met
        self.fresh: list[tuple] = []  # values not yet sent
        self.tasks: list[tuple | None] = []  # (a batch's verdicts to come, rows read until it was sent); None: in
        self.rows = 0
        self.verdicts: list[Verdict] = []  # the verdicts back, in the order sent
        self.same: dict[Verdict, Verdict] = {}  # one object per distinct verdict, not one per IKI sent back
        self.collected = 0  # batches whose verdicts are in
        self.unreported = 0  # rows whose verdicts are in, not yet counted on the caller's bar
        self.known: dict[tuple, tuple] = {}  # (field, value as read) → (value as validated,)

    def key(self, row: IkiRow) -> tuple:
        """The row's indikator, rhk, target and satuan as read, its aspek and jenis as validated ("TUSI", "Core TUSI"
        and "core tusi" are one IKI to check), then its parent and the leader's indicator as read (IKI-PARENT)."""
        aspek, jenis = self.known.get(("aspek", row.aspek)), self.known.get(("jenis", row.jenis))
        if aspek is None:
            aspek = self.known[("aspek", row.aspek)] = (_field_value("aspek", row.aspek),)
        if jenis is None:
            jenis = self.known[("jenis", row.jenis)] = (_field_value("jenis", row.jenis),)
        return (row.indikator, row.rhk, row.target, row.satuan, *aspek, *jenis, row.parent, row.rhk_atasan)

    def add(self, row: IkiRow) -> int:
        """Sends the row's IKI with the next batch when it is new; its place among the distinct IKI."""
        self.rows += 1
        key = self.key(row)
        place = self.index.get(key)
        if place is None:
            place = self.index[key] = len(self.index)
            self.fresh.append(key)
            if len(self.fresh) >= CHUNK_ROWS // 2:
                self.send()
        return place

    def send(self) -> None:
        if self.fresh or self.rows:
            self.tasks.append((self.pool.apply_async(_check_rows, (self.fresh,)), self.rows))
            self.fresh, self.rows = [], 0
        self.collect(wait=False)

    def collect(self, wait: bool = True, on_rows: Callable[[int], None] | None = None) -> list[Verdict]:
        """The verdicts back so far, in the order sent (all of them when `wait`): taken in as batches arrive, while
        this process builds the drafts, a million verdicts never wait as a million unpickled tuples."""
        while True:
            if on_rows and self.unreported:
                on_rows(self.unreported)
                self.unreported = 0
            if self.collected == len(self.tasks):
                return self.verdicts
            pending, done = self.tasks[self.collected]
            if not (wait or pending.ready()):
                return self.verdicts
            self.verdicts += [self.same.setdefault(v, v) for v in pending.get()]
            self.tasks[self.collected] = None
            self.collected += 1
            self.unreported += done


@dataclass(frozen=True)
class WeightsGiven:
    """An employee's weights summed by group, as the guidance totals them (Core, Beyond)."""

    core: float
    beyond: float
    untyped: float  # weight on IKI without a readable jenis
    unweighted: int  # IKI without a readable weight
    has_beyond: bool


def weights_given(rows: list[IkiRow]) -> WeightsGiven:
    core = beyond = untyped = 0.0
    unweighted, has_beyond = 0, False
    for draft in _drafts(rows)[0]:
        has_beyond |= draft.jenis is Jenis.beyond
        if draft.bobot is None:
            unweighted += 1
        elif draft.jenis is None:
            untyped += draft.bobot
        elif draft.jenis.is_core:
            core += draft.bobot
        else:
            beyond += draft.bobot
    return WeightsGiven(core, beyond, untyped, unweighted, has_beyond)


def _field_value(name: str, value: object) -> object:
    """One field as IkiDraft validates it alone (None when it cannot be read, as _drafts leaves it out)."""
    try:
        return getattr(IkiDraft.model_validate({"indikator": "-", name: value}), name)
    except ValidationError:
        return None


def audit(employees: list[EmployeeRows], reading: ReadingReport, on_rows: Callable[[int], None] | None = None,
          workers: int | None = None, pool: Pool | None = None) -> Audit:
    """`pool`: workers started by checkers() (then `workers` is their number); without one, they are forked here
    when more than one is wanted."""
    total = sum(len(e.rows) for e in employees)
    count = workers_for(total, workers)
    chunks = list(_chunks(employees))
    if count > 1 and pool is not None:
        results, cache = _shared_out(Sender(pool), employees, on_rows)
    elif count > 1 and "fork" in multiprocessing.get_all_start_methods():
        _warm()
        # Frozen, the export's million objects are never walked by a worker's collector: their pages stay shared.
        gc.freeze()
        try:
            with multiprocessing.get_context("fork").Pool(count, _share_memory, (count,)) as forked:
                results, cache = _shared_out(Sender(forked), employees, on_rows)
        finally:
            gc.unfreeze()
    else:
        if chunks:
            check_employee(chunks[0][0])  # loads the rule catalog, lexicon and thesaurus before the clock of a chunk
        results, cache = _collect(map(_check_chunk, chunks), chunks, on_rows)
    audited = [EmployeeAudit(e, **checked._asdict()) for e, checked in zip(employees, results)]  # same field names
    by_unit: dict[str, list[EmployeeAudit]] = {}
    for employee in audited:
        by_unit.setdefault(employee.unit, []).append(employee)
    units = [UnitAudit(unit, members) for unit, members in sorted(by_unit.items())]
    return Audit(audited, units, reading, workers=count, cache=cache)


def _shared_out(sender: Sender, employees: list[EmployeeRows], on_rows) -> tuple[list[Checked], dict]:
    """Each distinct IKI checked once across the workers (sent by `sender`), while this process reads the drafts and
    checks the SKP rules; then every row gets its IKI's verdict back. The collector is paused meanwhile: checking
    makes no reference cycles, and its passes over the drafts made and dropped were ~10% of this process's time."""
    with collector_paused():
        places = [[sender.add(row) for row in employee.rows] for employee in employees]  # each row's IKI's place
        sender.send()
        planned: list[tuple] = []  # per employee: peran, SKP categories, each IKI's place, rows dropped
        for employee, own in zip(employees, places):
            drafts, dropped = _drafts(employee.rows)
            peran = employee.peran
            planned.append((peran.value, _skp_categories(peran, drafts), own, dropped))
        verdicts = sender.collect(on_rows=on_rows)
        checked = [Checked(peran, categories, [verdicts[p] for p in places], dropped)
                   for peran, categories, places, dropped in planned]
        total = sum(len(places) for _, _, places, _ in planned)
        return checked, {"hits": total - len(sender.index), "misses": len(sender.index)}


def _check_rows(keys: list[tuple]) -> list[Verdict]:
    """In a worker: the verdicts of IKI sent as Sender.key gives them, validated here as _drafts validates a row."""
    return [_verdict(_validated(dict(zip(IKI_FIELDS, key)))) for key in keys]


def _validated(fields: dict) -> IkiDraft:
    try:
        return IkiDraft.model_validate(fields)
    except ValidationError as exc:  # a value that cannot be read is left out, as _drafts leaves it out
        return IkiDraft.model_validate(fields | _unreadable(exc))


def _unreadable(exc: ValidationError) -> dict[str, None]:
    """The fields a validation refused, each as None. (Its errors hold the refusing validator's exception, whose
    traceback holds the caller's frame: kept in the caller's locals, as a loop's variable is, they made a cycle that
    held the caller's data until the collector's next full pass.)"""
    return {error["loc"][0]: None for error in exc.errors()}


def _share_memory(workers: int) -> None:
    """In a worker: keep a share of the verdicts one process would, and start with none of the parent's."""
    _LIMIT["verdicts"] = min(_WORKER_VERDICTS, _VERDICTS_MAX // workers)
    _VERDICTS.clear()


def _collect(results: Iterator[tuple], chunks: list[list[EmployeeRows]], on_rows) -> tuple[list[Checked], dict]:
    collected, cache = [], {"hits": 0, "misses": 0}
    with collector_paused():  # as in _shared_out: checking makes no reference cycles
        for chunk, (done, counts) in zip(chunks, results):
            collected += done
            for k in cache:
                cache[k] += counts[k]
            if on_rows:
                on_rows(sum(len(e.rows) for e in chunk))
    return collected, cache
