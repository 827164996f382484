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


def as_of(source: str, today: date) -> str:
    """The source as the user reads it today: a day later this year is said by its year alone («Materi Seri 1 Biro
    OSDM Kemenkes, 2026» on 12 January 2026, never «(4 Feb 2026)», a date still to come; play40 F6). A later year's
    day stays: `dated_answer` says it is after today."""
    months = knowledge.data("catatan_harian")["months"]

    def said(match: re.Match) -> str:
        dated = match["dated"]
        found = _dated().fullmatch(dated)
        if found is None or not found["day"]:
            return match.group()
        try:
            day = date(int(found["year"]), months[found["month"].lower()], int(found["day"]))
        except ValueError:
            return match.group()
        if day <= today or day.year != today.year:
            return match.group()
        return f", {found['year']}" if match["open"] else found["year"]
    return re.sub(rf"(?P<open>\s*\()?(?P<dated>\d{{1,2}}\s+[^\W\d_]+\.?\s+{_YEAR})(?(open)\))", said, source)


_SLIDES = re.compile(r"^(?P<doc>.+?), slide (?P<slides>.+)$")
_SLIDE = re.compile(r'"[^"]*"(?:\s*\([^()]*\))?')


def one_each(sources: str) -> str:
    """«A, slide "x"; A, slide "y"» as «A, slide "x" dan "y"»: each document cited once, its slides together, a
    citation repeated or named bare beside its slides left out (play40 F6: one document twice in one bracket)."""
    parts = _top_level(sources, "; ")
    slides: dict[str, list[str]] = {}
    for part in parts:
        doc, items = _slides_of(part)
        if items:
            slides.setdefault(doc, []).extend(i for i in items if i not in slides.get(doc, []))
    documents, out = set(slides), []
    for part in parts:
        doc, items = _slides_of(part)
        key = doc if items else part.strip()
        if key in slides:  # the document's first citation, bare or not, carries all its slides
            out.append(f"{key}, slide {_listed(slides.pop(key))}")
        elif key not in documents and part not in out:
            out.append(part)
    return "; ".join(out)


def _slides_of(part: str) -> tuple[str, list[str]]:
    """A citation's document and its slide titles, when it is nothing but those; else (the citation, [])."""
    found = _SLIDES.match(part.strip())
    if found is None:
        return part, []
    items = _SLIDE.findall(found["slides"])
    rest = _SLIDE.sub(" ", found["slides"])
    if not items or re.sub(r"[\s,]|\bdan\b", "", rest):
        return part, []
    return found["doc"], items


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} dan {items[-1]}"


def _top_level(text: str, separator: str) -> list[str]:
    """The text split at `separator` outside brackets and quotes."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            depth += {"(": 1, ")": -1}.get(ch, 0)
        if not quoted and depth == 0 and text.startswith(separator, i):
            parts.append(text[start:i])
            start = i + len(separator)
    parts.append(text[start:])
    return [p for p in parts if p.strip()]


def dated_answer(text: str, today: date) -> str:
    """The answer with its «(Sumber: …)» citing each document once and as of today (`one_each`, `as_of`), the first
    dated in a later year saying so inside its brackets, once: the same note after every source of one answer read
    as if nothing in it could be trusted (tester56 F26)."""
    out, at, said = [], 0, False
    while (start := text.find(_CITED, at)) >= 0:
        end = _closing(text, start)
        if end < 0:
            break
        source = text[start + len(_CITED):end]
        later = later_than(source, today)
        out.append(text[at:start + len(_CITED)] + as_of(one_each(source), today))
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
