"""A quarter's figure typed with no IKI number but in one IKI's words («rekomendasi supervisi TW1 yg udh
ditindaklanjuti 41 dari 46», play41 #3): offered as that IKI's realisasi with buttons (yes / another IKI / not a
realisasi), the text kept until answered, never dropped with «tulis IKI-nya»."""

import re
from datetime import date

from bot.conversation.iki_fields import short
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState, YearAsk
from bot.lang.dates import quarter_number, quarter_pattern
from bot.lang.numbers import format_number
from bot.year import linking
from bot.year.entry_dates import when
from bot.year.line import line
from bot.year.periods import quarter_end, quarter_label
from bot.year.realisasi_reading import RealisasiAnswer, read_realisasi

OTHER, NOT = "other", "not"  # the buttons' args beside «iki-N» (year:realisasi:…, year_realisasi.realisasi_button)


def quarter_first(text: str) -> str:
    """«rekomendasi … TW1 yg udh … 41 dari 46» → «TW I: rekomendasi … yg udh … 41 dari 46»: the quarter a figure's
    words name moved before them, where the realisasi reader takes it (after «IKI 5:» it cut the words at «TW1» and
    lost the figure); a text naming no quarter as it is."""
    named = quarter_pattern().search(text)
    number = quarter_number(named.group(1)) if named else None
    if number is None:
        return text
    rest = re.sub(r"\s+", " ", text[:named.start()] + " " + text[named.end():]).strip(" ,")
    return f"{quarter_label(number)}: {rest}"


def _figure(a: RealisasiAnswer) -> str | None:
    """«41 dari 46 = 89,1%», «87,5%», «12»: the figure as it would be kept; None when none is read."""
    if a.numerator is not None and a.denominator:
        share = format_number(round(a.numerator / a.denominator * 100, 1))
        return f"{format_number(a.numerator)} dari {format_number(a.denominator)} = {share}%"
    return None if a.value is None else format_number(a.value) + ("%" if a.percent else "")


def offer(state: UserState, text: str, quarter: int, today: date) -> list[Reply] | None:
    """«Simpan sebagai realisasi TW I IKI 5 (41 dari 46 = 89,1%)?» when the words link to one IKI and a figure is read
    for it; None otherwise (the caller says how to name the IKI). The text waits in year_ask.line (asked_on None: no
    later figure is taken as an answer to it). Only for a quarter already ended."""
    ln = line(text)
    found = linking.link(ln, when(ln), state.skp, state.year.rencana)
    if found.decision is not linking.Decision.link or not found.candidates:
        return None
    number = found.candidates[0].number
    answers = [a for a in read_realisasi(f"IKI {number}: {quarter_first(text)}", state.skp) if a.number == number]
    figure = _figure(answers[0]) if len(answers) == 1 else None
    if figure is None:
        return None
    quarter = answers[0].quarter or quarter
    if quarter_end(state.year.performance_year(today), quarter) > today:
        return None  # a quarter not ended has no realisasi yet (February's figure is no TW IV's): not offered
    ask = state.year_ask  # an open realisasi question (its walk, its day) keeps going with the text beside it
    state.year_ask = ask.model_copy(update={"line": text.strip()}) if ask is not None and ask.kind == "realisasi" \
        else YearAsk(kind="realisasi", quarter=quarter, line=text.strip())
    return [Reply(f"«{short(text, 80)}»: simpan sebagai realisasi {quarter_label(quarter)} IKI {number} "
                  f"({figure})?\nIKI {number}: {short(state.skp.iki[number - 1].indikator, 70)}\n"
                  "Belum saya simpan sampai Anda memilih.",
                  [Button(f"Ya, IKI {number}", f"year:realisasi:iki-{number}"),
                   Button("IKI lain", f"year:realisasi:{OTHER}"),
                   Button("Bukan realisasi", f"year:realisasi:{NOT}")])]


def other(state: UserState) -> list[Reply] | None:
    """«IKI lain»: every IKI as a button, the text still waiting; None when it is gone."""
    ask = state.year_ask
    if ask is None or ask.kind != "realisasi" or not ask.line:
        return None
    return [Reply(f"«{short(ask.line, 60)}»: realisasi {quarter_label(ask.quarter or 1)} untuk IKI mana?\n"
                  + "\n".join(f"• IKI {n}: {short(iki.indikator, 60)}" for n, iki in enumerate(state.skp.iki, 1)),
                  [Button(f"IKI {n}", f"year:realisasi:iki-{n}") for n in range(1, len(state.skp.iki) + 1)])]


def waiting_text(state: UserState) -> str | None:
    """«Bukan realisasi»: the text waiting, taken off the question (the caller keeps it as a logbook entry)."""
    ask = state.year_ask
    if ask is None or ask.kind != "realisasi" or not ask.line:
        return None
    state.year_ask = ask.model_copy(update={"line": ""}) if ask.asked_on is not None else None
    return ask.line
