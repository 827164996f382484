"""Whether the word typed after a target's number can be its unit: a count unit (numbers.yaml `count_units`), letters in
capitals («SK»), a word of the IKI itself or its start («dok» of «dokumen»), or any other word of the language except a
chat word for dropping a line (conversation.yaml `line_acts` `drop`): «no 5 apus aja» holds no target «5 apus»
(tester48 X-1)."""

from bot import knowledge
from bot.lang.text import tokens
from bot.lang.words import is_indonesian_word

MIN_START = 3  # «dok» names «dokumen»; «d» or «do» names nothing


@knowledge.cached
def _words() -> tuple[frozenset[str], frozenset[str]]:
    # one-word ones: «ga jadi» makes no drop word of «jadi»
    drop = {phrase for phrase in knowledge.data("conversation")["line_acts"]["drop"] if len(tokens(phrase)) == 1}
    return frozenset(knowledge.data("numbers")["count_units"]), frozenset(drop)


def is_unit(unit: str, indikator: str) -> bool:
    """Whether `unit` (the words after a target's number) can stand as the unit of a target of `indikator`."""
    words = tokens(unit)
    if not words:
        return True
    first = words[0]
    counted, drop = _words()
    if first in counted or unit.split()[0].isupper():  # «160 SK», «4 NSPK»: a kind of document by its letters
        return True
    if any(w == first or len(first) >= MIN_START and w.startswith(first) for w in tokens(indikator)):
        return True
    return first not in drop and is_indonesian_word(first)
