"""Per-employee and per-unit audit figures, as in the ministry's 2025 SKP evaluation (1 to 92 IKI, mostly process)."""

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.audit.reading import AuditRow, Sheet
from bot.models import Category, Jenis, Kind, SkpDraft, SkpResult
from bot.rules import check_skp
from bot.rules.lexicon import policy


@dataclass
class EmployeeAudit:
    employee: str
    nama: str
    jabatan: str
    unit: str
    peran: str
    result: SkpResult
    rows: list[int]

    @property
    def count(self) -> int:
        return len(self.result.iki)

    @property
    def activity(self) -> int:
        return sum(r.kind is Kind.activity for r in self.result.iki)

    @property
    def activity_share(self) -> float:
        return self.activity / self.count if self.count else 0.0

    def has(self, category: Category) -> bool:
        return any(f.category is category for f in self.result.findings)

    @property
    def count_flag(self) -> str:
        limits = policy()["iki_count"]
        if self.peran not in limits["roles"]:
            return ""
        return "kurang" if self.count < limits["min"] else "lebih" if self.count > limits["max"] else ""


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


@dataclass
class Audit:
    employees: list[EmployeeAudit]
    units: list[UnitAudit]
    sheet: Sheet

    @property
    def all(self) -> UnitAudit:
        return UnitAudit("Semua unit", self.employees)

    def share(self, test: Callable[[EmployeeAudit], bool]) -> float:
        return sum(map(test, self.employees)) / len(self.employees) if self.employees else 0.0


def audit(sheet: Sheet, progress: Callable | None = None) -> Audit:
    by_employee: dict[str, list[AuditRow]] = defaultdict(list)
    for row in sheet.rows:
        by_employee[row.employee].append(row)
    employees = []
    groups = list(by_employee.items())
    for employee, rows in progress(groups) if progress else groups:
        first = rows[0]
        # The export does not say whether someone cascades directly: a Core CL IKI says they do.
        direct = any(r.iki.jenis is Jenis.core_cl for r in rows)
        peran = Counter(r.peran for r in rows).most_common(1)[0][0]
        skp = SkpDraft(peran=peran, cascading_langsung=direct, iki=[r.iki for r in rows])
        employees.append(EmployeeAudit(employee, first.nama, first.jabatan, first.unit, peran.value, check_skp(skp),
                                       [r.row for r in rows]))
    by_unit: dict[str, list[EmployeeAudit]] = defaultdict(list)
    for employee in employees:
        by_unit[employee.unit].append(employee)
    units = [UnitAudit(unit, members) for unit, members in sorted(by_unit.items())]
    return Audit(employees, units, sheet)
