"""Months and quarters (triwulan) of the performance year: their names, their ends, and months as users type
them ("jan-feb", "april–mei", "desember"). Words: knowledge/catatan_harian.yaml."""

import calendar
import re
from datetime import date

from bot.lang.dates import MONTHS
from bot.skp.dialog_pack import QUARTERS
from bot.year.vocabulary import config, vocabulary

_RANGE = re.compile(r"^\s*(\S+?)\s*(?:-|–|—|s\.?d\.?|sd|sampai|hingga|to)\s*(\S+)\s*$", re.IGNORECASE)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_months(quarter: int) -> list[int]:
    return [3 * quarter - 2, 3 * quarter - 1, 3 * quarter]


def quarter_end(year: int, quarter: int) -> date:
    month = 3 * quarter
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter_label(quarter: int) -> str:
    """"TW I" … "TW IV", as the dialog pack writes them."""
    return QUARTERS[quarter - 1]


def month_name(month: int) -> str:
    return MONTHS[month - 1]


def month_short(month: int) -> str:
    return config()["month_short"][month - 1]


def months_text(months: list[int]) -> str:
    """[4, 5] → "Apr–Mei"; [12] → "Des"; [3, 6, 9, 12] → "Mar, Jun, Sep, Des"."""
    short = [month_short(m) for m in range(1, 13)]
    months = sorted(set(months))
    if not months:
        return "-"
    if months == list(range(months[0], months[-1] + 1)):
        return short[months[0] - 1] if len(months) == 1 else f"{short[months[0] - 1]}–{short[months[-1] - 1]}"
    return ", ".join(short[m - 1] for m in months)


def _month(word: str) -> int | None:
    word = word.strip(" .,;:()").lower()
    if word.isdigit() and 1 <= int(word) <= 12:
        return int(word)
    return vocabulary().months.get(word)


def read_months(text: str) -> list[int] | None:
    """Months as typed: "jan-feb", "april–mei", "mei s.d. okt", "desember", "agustus dan november", "3-5".
    None when the text names no month."""
    text = text.strip()
    ranged = _RANGE.match(text)
    if ranged:
        start, end = _month(ranged.group(1)), _month(ranged.group(2))
        if start and end:
            return list(range(start, end + 1)) if start <= end else list(range(start, 13)) + list(range(1, end + 1))
    found = [m for m in (_month(w) for w in re.split(r"[\s,/&]+|\bdan\b", text) if w) if m]
    return sorted(set(found)) or None


_CONNECTORS = frozenset({",", "-", "–", "—", "dan", "sampai", "hingga", "s.d.", "s.d", "sd", "to", "and"})


def is_month_word(word: str) -> bool:
    """A month name, a range of them ("jan-feb"), or a word that joins them ("dan", "s.d.")."""
    word = word.lower().strip()
    if word in _CONNECTORS:
        return True
    parts = [p for p in re.split(r"[-–—/]", word) if p]
    return bool(parts) and all(p.strip(".") in vocabulary().months for p in parts)
