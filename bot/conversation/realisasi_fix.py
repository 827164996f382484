"""A realisasi just given, put right while the quarter's realisasi is still being asked (tester56 F1): «eh maaf bukan
98 tp 96,5%», «ralat, yg tadi 90 persen», «harusnya 12 dari 14 bukan 14 dari 14». The figure goes to the realisasi it
corrects (the one holding the old value, else the one typed last), never to a logbook entry; the correction words are
self_correction.yaml's."""

import re
from datetime import datetime

from bot import knowledge
from bot.conversation import year_logbook_fix
from bot.conversation.answers import read_answer, value_sentence
from bot.conversation.state import UserState
from bot.lang.numbers import format_number, parse_number
from bot.year.models import Realisasi
from bot.year.periods import quarter_label

_NUMBER = r"(\d[\d.,]*)"


@knowledge.cached
def _instead() -> tuple[re.Pattern, re.Pattern]:
    """«bukan X (tapi) Y» and «Y bukan X»: the old value and the new one, in self_correction.yaml's words."""
    words = knowledge.data("self_correction")
    no = "|".join(map(re.escape, words["instead"]))
    but = "|".join(map(re.escape, words["but"]))
    unit = r"(?:\s*(?:%|persen|[^\W\d_]+))?"
    old_first = re.compile(rf"\b(?:{no})\s+{_NUMBER}(?!\d){unit}\s*,?\s*(?:(?:{but})\s+)?(?:\w+\s+)?{_NUMBER}(.*)$",
                           re.IGNORECASE)
    new_first = re.compile(rf"{_NUMBER}((?:\s*(?:%|persen|dari|dr|/)\s*\d*[\d.,]*)*)\s*,?\s*(?:{no})\s+{_NUMBER}",
                           re.IGNORECASE)
    return old_first, new_first


def _typed_since(state: UserState, quarter: int) -> list[Realisasi]:
    """The quarter's realisasi typed since its question was asked, latest last."""
    ask = state.year_ask
    kept = [r for r in state.year.realisasi if r.quarter == quarter and r.recorded is not None
            and (ask.asked_on is None or r.recorded.date() >= ask.asked_on)]
    return sorted(kept, key=lambda r: r.recorded)


def _entry_after(state: UserState, last: Realisasi) -> bool:
    """A logbook entry was kept after the realisasi typed last: a correction naming no realisasi's value is about that
    entry."""
    return any(e.created is not None and e.created > last.recorded for e in state.year.entries)


def _holds(r: Realisasi, old: float) -> bool:
    return old in (r.value, r.numerator, round(r.value, 1))


def corrected(state: UserState, text: str, quarter: int, now: datetime) -> tuple[int, str] | str | None:
    """(IKI number, the new figure as typed) when the text puts right a realisasi of `quarter` typed since it was
    asked; a question (str) when it names an old value neither such a realisasi nor an entry just kept holds; None
    when it is no correction of one (an entry just kept holding the old value is put right by fix_last)."""
    given = _typed_since(state, quarter)
    if not given:
        return None
    old_first, new_first = _instead()
    found = old_first.search(text)
    old = new = None
    if found:
        old, new = found.group(1), text[found.start(2):].strip(" .,;")
        new = re.split(r"\s+(?:ya|yah|deh|dong|aja|kak)\b", new)[0]
    else:
        found = new_first.search(text)
        if found:
            old, new = found.group(3), (found.group(1) + found.group(2)).strip()
    after = _entry_after(state, given[-1])
    value = parse_number(old) if old is not None else None
    if after and not any(value is not None and _holds(r, value) for r in given):
        return None  # «*15 bkn 12» after a catatan kept since the realisasi: that catatan's number (tester57 F4)
    if old is None:
        answer = read_answer(value_sentence(text))
        digit = re.search(r"\d", text)
        if not answer.correction or not answer.numbers or digit is None:
            return None
        new = text[digit.start():].strip(" .,;")
        return _number_of(state, given[-1]), new
    value = parse_number(old)
    holding = [r for r in given if value is not None and _holds(r, value)]
    if not holding:
        if year_logbook_fix.fresh_holds(state.year.entries, old, now):
            return None
        keys = [iki.indikator for iki in state.skp.iki]
        typed = "; ".join(f"IKI {keys.index(r.iki) + 1}: {format_number(r.value)}" for r in given if r.iki in keys)
        return (f"Realisasi {quarter_label(quarter)} yang baru Anda isi tidak ada yang bernilai {old} ({typed}), jadi "
                f"belum ada yang saya ubah. Tulis misalnya «IKI 2 {quarter_label(quarter)}: {new}» untuk IKI yang "
                "dimaksud.")
    return _number_of(state, holding[-1]), new


def _number_of(state: UserState, r: Realisasi) -> int:
    keys = [iki.indikator for iki in state.skp.iki]
    return keys.index(r.iki) + 1 if r.iki in keys else 0
