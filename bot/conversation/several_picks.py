"""Several suggestions picked in one message with their targets listed in order: «pakai usulan 1 sampai 3, targetnya
90%, 85%, 80%», «ambil 1, 2 dan 4 target 90, 10 dokumen, 80», «pakai semua: 90%, 85%, 80%» (the words as data:
conversation.yaml pick_range, pick_all, selecting, suggestion_nouns)."""

import re
from collections.abc import Callable

from bot import knowledge
from bot.conversation.prima_moves import values_listed
from bot.lang.refs import range_source
from bot.lang.text import tokens
from bot.lang.values import Number

_TARGET_WORD = re.compile(r"\btarget\w*\b|:", re.IGNORECASE)  # where the pick ends and the values begin


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("conversation")
    return {"range": re.compile(rf"\b{range_source([*data['pick_range'], '–'])}\b", re.IGNORECASE),
            "all": frozenset(data["pick_all"]), "pointing": frozenset(data["selecting"] + data["suggestion_nouns"])}


def picked_numbers(head: str, count: int) -> list[int] | None:
    """The 0-based suggestions a pick names among `count` shown: a range («1 sampai 3», «1-3»), all of them
    («semua»), or two or more numbers («1, 2 dan 4»); None when it names fewer than two or one not shown."""
    words = _words()
    if not words["pointing"] & set(tokens(head)):
        return None
    ranged = words["range"].search(head)
    if ranged:
        first, last = int(ranged.group(1)), int(ranged.group(2))
        picked = list(range(first - 1, last))
    elif words["all"] & set(tokens(head)):
        picked = list(range(count))
    else:
        picked = [int(n) - 1 for n in re.findall(r"\b\d{1,2}\b", head)]
    if len(picked) < 2 or len(set(picked)) != len(picked) or not all(0 <= i < count for i in picked):
        return None
    return picked


def several_picked(text: str, count: int, named: Callable[[str], bool]) -> \
        tuple[list[int], list[Number], list[str]] | None:
    """The suggestions picked (0-based), the values listed after them, one for each in the order typed, and the parts
    that `named` says name an IKI of their own («IP ASN 80»); None when the message picks fewer than two, or lists
    a different number of values than it picks."""
    split = _TARGET_WORD.search(text)
    if split is None:
        return None
    picked = picked_numbers(text[:split.start()], count)
    if picked is None:
        return None
    listed = values_listed(text[split.end():])
    values = [number for part, number in listed if not named(part)]
    others = [part for part, _ in listed if named(part)]
    return (picked, values, others) if len(values) == len(picked) else None
