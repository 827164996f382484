"""Dates as Indonesian readers write them ("12 Februari 2026"), month names, whole months added to a date, and a
quarter (triwulan) as people name it ("TW II", "tw3", "triwulan 3")."""

import calendar
import re
from datetime import date

from bot import knowledge

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")


def long_date(day: date) -> str:
    """«8 Februari 2026»: every date the assistant writes with its year (tester26 #7: «08/02/2026» was read as
    August by some)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """«7 Feb»: a date where space is short (a catatan's day, a span of days), its month's first three letters."""
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has fewer (31 Jan + 1 → 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# A period's number in Roman numerals, as a semester, a quarter or a month is written («semester II», «TW IV»).
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


@knowledge.cached
def quarter_pattern() -> re.Pattern:
    """A quarter named inside a text: «TW II», «tw3», «triwulan 3», «trw 4», «Q1», «triwulan ke-3», «kuartal ketiga»,
    «TW 1 nya» (numbers.yaml quarter_words, quarter_ordinals); group 1 is its mark (quarter_number reads it). The one
    quarter reader of every period reader and of targets typed per quarter (bot.lang.quarter_values)."""
    data = knowledge.data("numbers")
    words = sorted(data["quarter_words"], key=len, reverse=True)
    marks = sorted([*ROMAN[:4], *data["quarter_ordinals"]], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\s*[-.]?\s*(?:ke-?\s*)?({'|'.join(marks)}|[1-4])"
                      rf"(?:\s*nya)?\b", re.IGNORECASE)


def quarter_mark(quarter: int) -> str:
    """3 → «TW III»."""
    return "TW " + ROMAN[quarter - 1].upper()


def quarter_number(mark: str) -> int | None:
    """«III», «3», «ketiga» → 3; None for anything else."""
    mark = mark.strip().lower()
    if mark.isdigit():
        return int(mark) if 1 <= int(mark) <= 4 else None
    return ROMAN.index(mark) + 1 if mark in ROMAN[:4] else knowledge.data("numbers")["quarter_ordinals"].get(mark)


def read_quarter(text: str) -> int | None:
    """«TW III», «tw3», «triwulan 3», «III», «3» → 3; None when no quarter is named."""
    text = text.strip().strip(" .")
    named = quarter_pattern().fullmatch(text)
    return quarter_number(named.group(1) if named else text)
