"""«kak salah, yg SPM itu harusnya 40 aja, yg BMN 50»: weights for IKI of the draft named by words of their text, each
set as /ubah N bobot sets it; a word found in several IKI asks which."""

import re

from bot import knowledge
from bot.conversation.field_edit import apply
from bot.conversation.named_targets import says_weights
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.numbers import format_number
from bot.lang.text import tokens
from bot.lang.values import numbers_in


@knowledge.cached
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words naming no IKI (a pick's, a correction's frame and openers, the draft's IKI, a weight's: the rest name
    one), the words saying weight, and the percent words a weight may end with («40 persen»)."""
    said, logbook = knowledge.data("conversation"), knowledge.data("catatan_harian")
    weight = frozenset(said["named_targets"]["weight"])
    skip = {*said["pick_words"], *said["draft_iki_names"], *logbook["correction_frame"], *weight}
    skip |= {t for phrase in logbook["correction_openers"] for t in tokens(phrase)}
    return frozenset(skip), weight, frozenset(knowledge.data("numbers")["percent"])


def weights_named(state: UserState, text: str) -> list[Reply] | None:
    """«kak salah, yg SPM itu harusnya 40 aja, yg BMN 50»: a correction giving each IKI named by words of its text one
    number — their weights when «bobot» is said or every IKI named already has one (a weight put right); None when the
    text names no IKI that way. A word found in several IKI asks which, changing nothing."""
    if not state.skp.iki:
        return None
    skip, weight, percent = _words()
    named: list[tuple[int, str]] = []
    unplaced: list[str] = []
    for clause in re.split(r"[,;\n]|\.\s|\bdan\b", text):
        found = numbers_in(clause)
        if len(found) != 1 or set(tokens(clause[found[0].end:])) - skip - percent:
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
        elif words:  # «gaji induk 25» naming no IKI of the draft (a list line not saved): said back, never dropped
            unplaced.append(clause.strip())
    weighted = bool(weight & set(tokens(text))) or says_weights(text) \
        or all(state.skp.iki[n].bobot is not None for n, _ in named)
    if not named or not weighted or len({n for n, _ in named}) != len(named):
        return None
    replies = [reply for n, value in named for reply in apply(state, n, "bobot", value)]
    if unplaced:
        listed = ", ".join(f"«{c}»" for c in unplaced)
        replies.append(Reply(f"{listed} belum saya pasangkan ke IKI mana pun di draf, jadi bobotnya belum saya pasang. "
                             "Simpan dulu IKI-nya, lalu tulis bobotnya per nomor, misalnya /ubah 2 bobot 25."))
    return replies
