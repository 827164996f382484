"""Days of leave said in a line («sy cuti lebaran 16 - 27 maret», «cuti sampai 15 mei»), read once for both the
reminders (their leave) and the logbook (never a day's work). Words: knowledge/pengingat.yaml words.leave."""

import re
from datetime import date, timedelta

from bot.lang.text import phrase_set, tokens
from bot.year.vocabulary import vocabulary


def names_leave(text: str) -> bool:
    """Whether the text says days of leave with their dates («sy cuti lebaran 16 - 27 maret», «cuti sampai 27
    maret»): a reminder setting, never a line of done work."""
    return leave_days(text, date(2026, 1, 1)) is not None


def leave_days(text: str, today: date) -> tuple[date, date] | None:
    """"cuti 11-15 mei", "cuti 28 des - 2 jan", "cuti sampai 15 mei": the days off (this one or the next)."""
    if not phrase_set("pengingat", "words", "leave").find(tokens(text)):
        return None
    months = vocabulary().months
    lowered = text.lower()
    span = re.search(r"(\d{1,2})\s*([a-z]+)?\s*(?:-|–|s\.?d\.?|sampai|hingga)\s*(\d{1,2})\s+([a-z]+)", lowered)
    if span and span.group(4) in months:
        end_month = months[span.group(4)]
        start_month = months.get(span.group(2) or "", end_month)
        return _upcoming(today, int(span.group(1)), start_month, int(span.group(3)), end_month)
    numeric = re.search(r"(\d{1,2})(?:/(\d{1,2}))?\s*(?:-|–|s\.?d\.?|sampai|hingga)\s*(\d{1,2})/(\d{1,2})\b", lowered)
    if numeric and 1 <= int(numeric.group(4)) <= 12:  # «cuti tahunan 10-21/8», «10/8 - 21/8» (tester22b #9)
        end_month = int(numeric.group(4))
        return _upcoming(today, int(numeric.group(1)), int(numeric.group(2) or end_month), int(numeric.group(3)),
                         end_month)
    lasting = re.search(r"(\d{1,2}|se)\s*(minggu|pekan|hari)\s+(?:mulai|dari|dr|sejak|start|starting)\s*(?:tgl\s*)?"
                        r"(\d{1,2})\s+([a-z]+)", lowered)
    if lasting and lasting.group(4) in months:  # «cuti 2 minggu mulai 10 agustus»: its first day and how long
        days = (1 if lasting.group(1) == "se" else int(lasting.group(1))) * (7 if lasting.group(2) != "hari" else 1)
        first = _upcoming(today, int(lasting.group(3)), months[lasting.group(4)], int(lasting.group(3)),
                          months[lasting.group(4)])
        return (first[0], first[0] + timedelta(days=days - 1)) if first and days else None
    until = re.search(r"(?:sampai|hingga|s\.?d\.?)\s*(?:tgl\s*)?(\d{1,2})\s+([a-z]+)", lowered)
    if until and until.group(2) in months:
        end = _upcoming(today, today.day, today.month, int(until.group(1)), months[until.group(2)])
        return (today, end[1]) if end else None
    return None


def _upcoming(today: date, d1: int, m1: int, d2: int, m2: int) -> tuple[date, date] | None:
    try:
        start = date(today.year, m1, d1)
        end = date(today.year + (m2 < m1), m2, d2)
    except ValueError:
        return None
    if end < today:
        start, end = start.replace(year=start.year + 1), end.replace(year=end.year + 1)
    return start, end
