"""A logbook line that reports its work against the time an IKI's condition sets («crossmatch 18 kolf, semua keluar
<1 jam» beside «… terpenuhi kurang dari 1 jam»): the bound echoed is a sign of that IKI, as a count of its thing is."""

from bot import knowledge
from bot.lang.numbers import parse_number
from bot.lang.text import PhraseSet
from bot.models import IkiDraft
from bot.year.entry_dates import When
from bot.year.line import Line, line
from bot.year.vocabulary import config, vocabulary


def bounds_echoed(ln: Line, w: When, iki: IkiDraft) -> bool:
    """The line names, after a word or mark of an upper bound (catatan_harian.yaml time_bounds: «<», «kurang dari»,
    «maks», «paling lama»), the time the IKI's indikator bounds its work by after one: the same number of the same
    unit («<5 hr» of «paling lama 5 hari kerja»), past the line's date."""
    wanted = _iki_bounds(iki.indikator)
    return bool(wanted) and bool(wanted & _bounds(ln.toks, range(*w.span)))


@knowledge.cached  # one IKI's text at a time, forgotten with the files it was read by
def _iki_bounds(indikator: str) -> frozenset[float]:
    return frozenset(_bounds(line(indikator).toks, range(0)))


def _bounds(words: tuple[str, ...], skip: range) -> set[float]:
    """Each time, in minutes, right after an upper bound in the words."""
    markers, marks, units = _markers()
    out = set()
    for i in range(len(words)):
        marker = markers.match_at(words, i) or ((words[i],) if words[i] in marks else None)
        at = i + len(marker) if marker else -1
        if marker and at + 1 < len(words) and at not in skip and words[at + 1] in units:
            value = parse_number(words[at])
            if value is not None:
                out.add(value * units[words[at + 1]])
    return out


@knowledge.cached
def _markers() -> tuple[PhraseSet, frozenset[str], dict[str, int]]:
    """The bounds written in words («kurang dari»), those written as one mark («<», «≤»), and the units of time a
    bound is written in, in minutes (duration_units and the days of days_back)."""
    bounds = config()["time_bounds"]
    worded = [b for b in bounds if any(c.isalpha() for c in b)]
    units = vocabulary().duration_units | {u: 24 * 60 for u in config()["days_back"]["units"]}
    return PhraseSet(worded), frozenset(bounds) - frozenset(worded), units
