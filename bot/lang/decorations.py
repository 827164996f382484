"""Emoji and decorations typed into an IKI or RHK («… 2x24 jam 🔥🔥», «✅ Persentase …», «**Nilai …**»): not words of
the indicator, so they are dropped before it is read, saved or exported. Symbols that measure something («°C») stay
(knowledge/rules/lexicon.yaml reading.kept_symbols)."""

import re
import unicodedata

from bot import knowledge

_JOINERS = {"\u200d", "\ufe0e", "\ufe0f", "\u20e3"}  # zero-width joiner, emoji/text variation selectors, keycap
_EDGE_MARKS = re.compile(r"^[\s*_~!]+|[\s*_~]+$|(?<=[^\W\d_])!{2,}$")  # «**…**», «~…~», «… !!!»


@knowledge.cached
def _kept() -> frozenset[str]:
    return frozenset(knowledge.data("rules/lexicon")["reading"]["kept_symbols"])


def _decoration(ch: str) -> bool:
    return ch in _JOINERS or (unicodedata.category(ch) in ("So", "Sk", "Cs", "Co") and ch not in _kept()
                              and not ch.isascii())


def _at_edges(text: str) -> bool:
    """Whether an edge mark can stand: _EDGE_MARKS matches only at the first or the last character (or before a
    final newline, a space itself). A test of two characters, not the pattern tried at every space of the text."""
    return bool(text) and (text[0].isspace() or text[0] in "*_~!" or text[-1].isspace() or text[-1] in "*_~!")


def undecorated(text: str) -> str:
    """The text without emoji and decoration symbols, single-spaced; the text itself when it holds none."""
    if text.isascii() and not (_at_edges(text) and _EDGE_MARKS.search(text)):
        return text
    kept = "".join(" " if _decoration(ch) else ch for ch in text)
    return " ".join(_EDGE_MARKS.sub("", " ".join(kept.split())).split())
