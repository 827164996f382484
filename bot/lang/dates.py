"""Dates as Indonesian readers write them ("12 Februari 2026"), month names, whole months added to a date, and a
quarter (triwulan) as people name it ("TW II", "tw3", "triwulan 3")."""

import calendar
import re
from datetime import date

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has fewer (31 Jan + 1 → 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# A quarter named inside a text: «TW II», «tw3», «triwulan 3», «trw 4», «Q1»; group 1 is its mark.
QUARTER = re.compile(r"\b(?:tw|triwulan|trw|kuartal|q)\s*[-.]?\s*(iv|iii|ii|i|[1-4])\b", re.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def quarter_mark(quarter: int) -> str:
    """3 → «TW III»."""
    return "TW " + next(mark for mark, n in _ROMAN.items() if n == quarter).upper()


def quarter_number(mark: str) -> int | None:
    """«III», «3» → 3; None for anything else."""
    mark = mark.strip().lower()
    if mark.isdigit():
        return int(mark) if 1 <= int(mark) <= 4 else None
    return _ROMAN.get(mark)
