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
    return _quarter_named(spelled=False)


@knowledge.cached
def _quarter_marks(spelled: bool) -> str:
    """The alternatives of a quarter's mark: Roman numerals, ordinals, digits; spelled: number words of 1–4 too
    («empat»), read only where a whole answer names the quarter («per triwulan dua kali» inside a line is no TW II)."""
    data = knowledge.data("numbers")
    said = [w for w, n in data["words"].items() if 1 <= n <= 4] if spelled else []
    return "|".join(sorted([*ROMAN[:4], *data["quarter_ordinals"], *said], key=len, reverse=True)) + "|[1-4]"


@knowledge.cached
def _quarter_named(spelled: bool) -> re.Pattern:
    words = sorted(knowledge.data("numbers")["quarter_words"], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\s*[-.]?\s*(?:ke-?\s*)?({_quarter_marks(spelled)})"
                      rf"(?:\s*nya)?\b", re.IGNORECASE)


@knowledge.cached
def _ordinal_first() -> re.Pattern:
    """«ke-4 triwulan», «keempat triwulan»: the ordinal typed before the quarter word; group 1 is its mark."""
    words = sorted(knowledge.data("numbers")["quarter_words"], key=len, reverse=True)
    return re.compile(rf"(?:ke-?\s*)?({_quarter_marks(True)})\s+(?:{'|'.join(map(re.escape, words))})",
                      re.IGNORECASE)


def quarter_mark(quarter: int) -> str:
    """3 → «TW III»."""
    return "TW " + ROMAN[quarter - 1].upper()


def quarter_number(mark: str) -> int | None:
    """«III», «3», «ketiga» → 3; None for anything else."""
    mark = mark.strip().lower()
    if mark.isdigit():
        return int(mark) if 1 <= int(mark) <= 4 else None
    data = knowledge.data("numbers")
    if mark in ROMAN[:4]:
        return ROMAN.index(mark) + 1
    said = data["words"].get(mark)  # «empat»
    return data["quarter_ordinals"].get(mark) or (said if said is not None and 1 <= said <= 4 else None)


def read_quarter(text: str) -> int | None:
    """«TW III», «tw3», «triwulan 3», «III», «3», «ke-4 triwulan», «TW empat» → the quarter; None when none is named."""
    text = text.strip().strip(" .")
    named = _quarter_named(spelled=True).fullmatch(text) or _ordinal_first().fullmatch(text)
    return quarter_number(named.group(1) if named else text)
