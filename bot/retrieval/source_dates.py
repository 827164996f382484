"""A source's date against the user's clock: guidance dated in a year after «today»'s (IKI_NOW, an engine's clock)
is never cited as current guidance. The cited source says so where the answer names it; further reading dated later
is left out (files35 #3: a clock set to 2025 was told «Materi Seri 1 (4 Feb 2026)» as the rule in force)."""

import re
from datetime import date

from bot import knowledge
from bot.lang.dates import long_date

_CITED = "(Sumber: "
_YEAR = r"(?:19|20)\d\d"
LATER = ("terbit {day}, sesudah hari ini ({today}): pedoman untuk tahun {year}; untuk SKP tahun {now} ikuti pedoman "
         "yang berlaku")


@knowledge.cached
def _dated() -> re.Pattern:
    """«4 Feb 2026», «21 Agt 2024», «26 Juni 2024»: a day, a month as the logbook reads it, a year; else a year alone
    («PMK No. 12 Tahun 2025», «PermenPANRB 6/2022»)."""
    months = sorted(knowledge.data("catatan_harian")["months"], key=len, reverse=True)
    return re.compile(rf"\b(?:(?P<day>\d{{1,2}})\s+(?P<month>{'|'.join(map(re.escape, months))})\.?\s+)?"
                      rf"(?P<year>{_YEAR})\b", re.IGNORECASE)


def source_date(source: str) -> tuple[date, str] | None:
    """The latest date a source is written with, and how to say it («4 Februari 2026», «2025» for a year alone, read
    as its first day); None when it names none."""
    months = knowledge.data("catatan_harian")["months"]
    found = []
    for match in _dated().finditer(source):
        year = int(match["year"])
        if match["day"]:
            month = months[match["month"].lower()]
            try:
                day = date(year, month, int(match["day"]))
            except ValueError:
                continue
            found.append((day, long_date(day)))
        else:
            found.append((date(year, 1, 1), str(year)))
    return max(found, default=None)


def later_than(source: str, today: date) -> tuple[date, str] | None:
    """The source's date when it is in a year after today's, else None. The guidance a year's SKP follows is written
    in that year's first months («Materi Seri 1 (4 Feb 2026)» for SKP 2026): in January 2026 it is the guidance of the
    SKP being drafted, never «not yet in force» (tester56 F26); in 2025 it is next year's."""
    dated = source_date(source)
    return dated if dated is not None and dated[0].year > today.year else None


def dated_answer(text: str, today: date) -> str:
    """The answer with the first «(Sumber: …)» dated in a later year saying so inside its brackets, once: the same
    note after every source of one answer read as if nothing in it could be trusted (tester56 F26)."""
    out, at, said = [], 0, False
    while (start := text.find(_CITED, at)) >= 0:
        end = _closing(text, start)
        if end < 0:
            break
        source = text[start + len(_CITED):end]
        later = later_than(source, today)
        out.append(text[at:end])
        if later is not None and not said:
            out.append("; " + LATER.format(day=later[1], today=long_date(today), year=later[0].year, now=today.year))
            said = True
        at = end
    out.append(text[at:])
    return "".join(out)


def _closing(text: str, start: int) -> int:
    """Where the bracket opened at `start` closes (a source holds brackets of its own: «… (4 Feb 2026), slide …»)."""
    depth = 0
    for i in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return -1
