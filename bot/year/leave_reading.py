"""Days of leave said in a line («sy cuti lebaran 16 - 27 maret», «cuti sampai 15 mei»), read once for both the
reminders (their leave) and the logbook (never a day's work). Words: knowledge/pengingat.yaml words.leave."""

import re
from datetime import date, timedelta

from bot import knowledge
from bot.lang.text import phrase_set, tokens
from bot.year.vocabulary import config, vocabulary


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
    span = next((s for s in _range_pattern().finditer(lowered) if s.group("opener") or s.group("joiner") != "ke"),
                None)
    if span and span["m2"] in months:
        end_month = months[span["m2"]]
        start_month = months.get(span["m1"] or "", end_month)
        return _upcoming(today, int(span["d1"]), start_month, int(span["d2"]), end_month)
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


@knowledge.cached
def _range_pattern() -> re.Pattern[str]:
    """A stretch of days as the logbook reads one (catatan_harian.yaml date_words, date_range): «20-24 april», «tgl
    20 sampe 24 april», «20 s.d. tgl 24 april»; «ke» joins only after an opener («dari tgl 20 ke 24 april»)."""
    words = config()

    def either(phrases: list[str]) -> str:
        return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))

    day = rf"(?:(?:{either(words['date_words'])})\s*)?"
    opener, joiner = either(words["date_range"]["openers"]), either(words["date_range"]["joiners"])
    return re.compile(rf"(?:\b(?P<opener>{opener})\s+)?{day}(?P<d1>\d{{1,2}})\s*(?P<m1>[a-z]+)?\s*"
                      rf"(?P<joiner>{joiner}|ke)(?![a-z])\s*{day}(?P<d2>\d{{1,2}})\s+(?P<m2>[a-z]+)")
