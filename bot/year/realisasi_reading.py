"""A realisasi as users type it, for one or several IKI at once: "IKI 1: 612 dari 680", "IKI 3 rata2 10 jam",
"IKI 2 sesuai catatan", "IP ASN 81", "Q2 numbers: IKI 1 99.7%, IKI 2 18 of 20", "TW 1 … IKI 5 belum ada".
Read once; bot.year.capaian checks and keeps each figure. Words: knowledge/capaian.yaml."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.lang.numbers import parse_number
from bot.lang.text import PhraseSet, tokens
from bot.models import SkpDraft

_IKI = re.compile(r"\biki\s*[-#]?\s*(\d{1,2})\b", re.IGNORECASE)
_QUARTER = re.compile(r"\b(?:tw|triwulan|q|kuartal)\s*[-.]?\s*(iv|iii|ii|i|[1-4])\b", re.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_NUMBER = r"\d[\d.,]*"
_FRACTION = re.compile(rf"({_NUMBER})\s*(?:dari|of|per|/)\s*({_NUMBER})", re.IGNORECASE)
_PERCENT = re.compile(rf"({_NUMBER})\s*(?:%|persen\b|percent\b)", re.IGNORECASE)
_VALUE = re.compile(rf"(?<![\w.,])({_NUMBER})(?![\w/])")


@dataclass(frozen=True)
class RealisasiAnswer:
    number: int  # the IKI, 1-based
    quarter: int | None = None  # when the text names one ("TW 3 IKI 2 = 800")
    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    from_logbook: bool = False  # "sesuai catatan": the quarter's logbook sum
    not_yet: bool = False  # "belum ada": zero for a count, nothing for the others
    yearly_later: bool = False  # "nanti akhir tahun"
    text: str = ""


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("capaian")
    return {key: PhraseSet(data[key]) for key in ("from_logbook", "not_yet", "yearly_later")}


def _quarter(match: re.Match) -> int:
    mark = match.group(1).lower()
    return _ROMAN.get(mark) or int(mark)


def _markers(text: str, skp: SkpDraft) -> list[tuple[int, int, int]]:
    """(start, end, IKI number) of every IKI named: "IKI 2", or an IKI's own short text ("IP ASN")."""
    found = [(m.start(), m.end(), int(m.group(1))) for m in _IKI.finditer(text)]
    lowered = " ".join(tokens(text))
    for number, iki in enumerate(skp.iki, start=1):
        name = " ".join(tokens(iki.indikator))
        for short in (name, " ".join(name.split()[1:])):  # "nilai ip asn" and "ip asn"
            match = re.search(rf"(?:^|[,.;:\n]\s*|\bdan\s+){re.escape(short)}\b", text.lower()) if short else None
            if match and len(short) >= 4 and short in lowered:
                at = match.end() - len(short)
                found.append((at, match.end(), number))
                break
    return sorted(found)


def read_realisasi(text: str, skp: SkpDraft) -> list[RealisasiAnswer]:
    """Each IKI named in the text with what was said about it; a quarter named before an IKI holds for it and the
    IKI after it. A corrected figure ("31 dari 34 … maksudnya 460 dari 514") is the last one."""
    markers = _markers(text, skp)
    answers, quarter = [], None
    for k, (start, end, number) in enumerate(markers):
        stop = markers[k + 1][0] if k + 1 < len(markers) else len(text)
        before = text[markers[k - 1][1] if k else 0:start]
        segment = text[end:stop]
        for match in _QUARTER.finditer(before):
            quarter = _quarter(match)
        inside = _QUARTER.search(segment)
        if inside and inside.start() < 8:  # "IKI 1 TW1: 98"
            quarter = _quarter(inside)
            segment = segment[:inside.start()] + " " + segment[inside.end():]
        elif inside:
            segment = segment[:inside.start()]  # "… IKI 5 = 1 metode. sekalian isi TW 3 IKI 2": TW 3 is the next's
        answers.append(_answer(number, quarter, segment.strip(" :=,.;")))
    return answers


def _answer(number: int, quarter: int | None, segment: str) -> RealisasiAnswer:
    words, said = tokens(segment), _words()
    if said["from_logbook"].find(words):
        return RealisasiAnswer(number, quarter, from_logbook=True, text=segment)
    if said["yearly_later"].find(words):
        return RealisasiAnswer(number, quarter, yearly_later=True, text=segment)
    fractions = list(_FRACTION.finditer(segment))
    if fractions:
        numerator, denominator = parse_number(fractions[-1].group(1)), parse_number(fractions[-1].group(2))
        return RealisasiAnswer(number, quarter, numerator=numerator, denominator=denominator, text=segment)
    percents = list(_PERCENT.finditer(segment))
    values = percents or list(_VALUE.finditer(segment))
    if values:
        return RealisasiAnswer(number, quarter, value=parse_number(values[-1].group(1)), text=segment)
    if said["not_yet"].find(words):
        return RealisasiAnswer(number, quarter, not_yet=True, text=segment)
    return RealisasiAnswer(number, quarter, text=segment)
