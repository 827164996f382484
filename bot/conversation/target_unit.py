"""Whether the word typed after a target's number can be its unit: any word but a chat word for dropping a line
(conversation.yaml `line_acts` `drop`): «no 5 apus aja» holds no target «5 apus» (tester48 X-1). Chat units no
dictionary holds («20 balita», «12 org», «4 faskes») stay units."""

from bot import knowledge
from bot.lang.text import tokens


@knowledge.cached
def _drop_words() -> frozenset[str]:
    # one-word ones: «ga jadi» makes no drop word of «jadi»
    return frozenset(p for p in knowledge.data("conversation")["line_acts"]["drop"] if len(tokens(p)) == 1)


def is_unit(unit: str, indikator: str) -> bool:
    """Whether `unit` (the words after a target's number) can stand as the unit of a target of `indikator`: a word of
    the IKI itself always can («Jumlah dokumen yang dibuang …» counts what is dropped)."""
    words = tokens(unit)
    return not words or words[0] not in _drop_words() or words[0] in tokens(indikator)
