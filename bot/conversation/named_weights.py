"""«kak salah, yg SPM itu harusnya 40 aja, yg BMN 50»: weights for IKI of the draft named by words of their text, each
set as /ubah N bobot sets it; a word found in several IKI asks which."""

import re

from bot import knowledge
from bot.conversation.field_edit import apply
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.numbers import format_number
from bot.lang.text import tokens
from bot.lang.values import numbers_in


def weights_named(state: UserState, text: str) -> list[Reply] | None:
    """«kak salah, yg SPM itu harusnya 40 aja, yg BMN 50»: a correction giving each IKI named by words of its text one
    number — their weights when «bobot» is said or every IKI named already has one (a weight put right); None when the
    text names no IKI that way. A word found in several IKI asks which, changing nothing."""
    if not state.skp.iki:
        return None
    data = knowledge.data("catatan_harian")
    skip = set(knowledge.data("conversation")["pick_words"]) | set(data["correction_frame"]) | {"iki", "bobot",
                                                                                               "bobotnya"}
    skip |= {t for phrase in data["correction_openers"] for t in tokens(phrase)}
    named: list[tuple[int, str]] = []
    for clause in re.split(r"[,;\n]|\bdan\b", text):
        found = numbers_in(clause)
        if len(found) != 1 or set(tokens(clause[found[0].end:])) - skip - {"%", "persen"}:
            continue  # «yg tadi 16 berkas»: a count, not a weight
        words = [w for w in tokens(clause) if w not in skip and not any(ch.isdigit() for ch in w) and len(w) > 1]
        hits = [found_in for w in words
                if (found_in := {n for n, iki in enumerate(state.skp.iki) if w in tokens(iki.indikator)})]
        holding = set.intersection(*hits) if hits else set()  # the IKI holding every word that names one
        holding = holding or (set.union(*hits) if hits else set())
        if len(holding) > 1:
            listed = "; ".join(f"{n + 1}. {state.skp.iki[n].indikator}" for n in sorted(holding))
            return [Reply(f"«{clause.strip()}» cocok dengan beberapa IKI: {listed}. Tidak ada yang saya ubah; tulis "
                          f"nomornya, misalnya /ubah {min(holding) + 1} bobot {format_number(found[0].value)}.")]
        if holding:
            named.append((holding.pop(), format_number(found[0].value)))
    weighted = "bobot" in tokens(text) or all(state.skp.iki[n].bobot is not None for n, _ in named)
    if not named or not weighted or len({n for n, _ in named}) != len(named):
        return None
    return [reply for n, value in named for reply in apply(state, n, "bobot", value)]
