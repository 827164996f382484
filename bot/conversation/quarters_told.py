"""Targets typed per quarter for one IKI of the draft, «ok TW II 60 TW III 100 utk yg nomor 2», «TW1 40, TW2 60, TW3
75, TW4 90» while a field of an IKI is asked: kept on that IKI as its trajectory (`IkiDraft.target_triwulan`), its
target set from them when it has none, said back; the open question stays open (d20-dev07: read as a data awal of
60%). The IKI is the one named by its number, else the one being asked."""

from bot import knowledge, render
from bot.conversation.draft_save import set_target
from bot.conversation.state import UserState
from bot.lang.dates import quarter_mark
from bot.lang.quarter_values import quarter_values
from bot.lang.refs import iki_numbers
from bot.lang.text import short, tokens
from bot.models import IkiDraft
from bot.rules.analysis import implied_satuan


def _named(state: UserState, message: str) -> int | None:
    """The 0-based IKI a message names by number («IKI 2», «utk yg nomor 2»), else None."""
    numbers = iki_numbers(message)
    words = tokens(message)
    if not numbers:  # «utk yg nomor 2», «no 2»: a line word then its number
        names = set(knowledge.data("conversation")["line_names"])
        numbers = [int(w) for before, w in zip(words, words[1:]) if w.isdigit() and before in names]
    numbers = [n for n in dict.fromkeys(numbers) if 1 <= n <= len(state.skp.iki)]
    return numbers[0] - 1 if len(numbers) == 1 else None


def told(state: UserState, message: str, asked: int | None) -> str | None:
    """The line saying what was kept, or None when the message is no quarters' targets or names no IKI of the draft
    (asked: the IKI whose field is asked, 0-based)."""
    found = quarter_values(message)
    if found is None:
        return None
    index = _named(state, message)
    index = asked if index is None else index
    if index is None or not 0 <= index < len(state.skp.iki):
        return None
    iki = state.skp.iki[index]
    if iki.target in (None, "") or found.year is not None:
        set_target(iki, found.target)
    values = found.trajectory()
    if 4 not in found.by_quarter:  # TW IV not typed: the year's target, as the IKI holds it
        values[3] = iki.target
    percent = implied_satuan(iki) == "%"  # «TW II 60» for a Persentase: 60%
    iki.target_triwulan = [f"{v}%" if percent and v and v.replace(",", "").replace(".", "").isdigit() else v
                           for v in values]
    return (f"Target per triwulan IKI ke-{index + 1} «{short(iki.indikator, 60)}» dicatat: {quarters_shown(iki)} (target tahunan "
            f"{render.target_text(iki)}).")


def quarters_shown(iki: IkiDraft) -> str:
    """«TW II 60% · TW IV 80%»: the quarterly targets the IKI holds, those not set left out."""
    return " · ".join(f"{quarter_mark(q)} {v}" for q, v in enumerate(iki.target_triwulan, 1) if v)
