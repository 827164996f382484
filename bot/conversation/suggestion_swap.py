"""A suggestion on screen put in place of an IKI the draft holds, in one message: «oke yg pertama simpan ke draf
gantiin yg no 2», «usulan 2 buat ganti IKI 3». The words are conversation.yaml `suggestion_swap`; the pick is read
by the caller (the words before the swap word), the IKI by its number after it."""

import re

from bot import knowledge
from bot.lang.text import alternation, tokens


@knowledge.cached
def _words() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    data = knowledge.data("conversation")
    saving = frozenset(w for phrase in data["list_add"] + data["list_all_only"] for w in tokens(phrase))
    swap = data["suggestion_swap"]
    names = alternation([*swap["names"], *data["line_names"], *data["draft_iki_names"]])
    return (re.compile(rf"(?<!\w)(?:{alternation(swap['words'])})(?!\w)", re.IGNORECASE),
            re.compile(rf"^\s*(?:(?:{names})\.?\s*)*(\d{{1,2}})\b(?!\s*(?:%|persen))", re.IGNORECASE), saving)


def read(message: str, count: int) -> tuple[str, int] | None:
    """(the words before the swap word that pick, the draft's IKI named after it, 1-based) when a message puts
    something in place of an IKI of a draft of `count`; None otherwise (no swap word, no IKI number right after it,
    or one the draft lacks). The words that only ask to save («oke …, simpan ke draf»: list_add, list_all_only) are
    left out of the pick."""
    swap, number, saving = _words()
    found = swap.search(message)
    if found is None:
        return None
    head = " ".join(w for w in tokens(message[: found.start()]) if w not in saving)
    named = number.match(message[found.end():])
    if not head or named is None or not 1 <= int(named.group(1)) <= count:
        return None
    return head, int(named.group(1))
