"""Text normalisation shared by the rules and the rewriter: tokens, phrase lookup, tidy sentences."""

import re
import unicodedata
from collections.abc import Iterable, Sequence

_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_LEADING_NUMBERING = re.compile(r"^\s*(?:[-•*]+|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])\s+")


def clean(text: str, numbering: bool = True) -> str:
    """NFKC, no control characters, single spaces, no list numbering in front (unless `numbering` is False: an
    answer such as "95. bobot …" starts with its value)."""
    if not (text.isascii() and text.isprintable()):  # printable ASCII is already NFKC and has no control character
        text = unicodedata.normalize("NFKC", text)
        text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = _LEADING_NUMBERING.sub("", text) if numbering else text
    return " ".join(text.split())


def clean_lines(text: str) -> str:
    """clean() per line, keeping the line breaks (a role list or strategies typed one per line)."""
    return "\n".join(line for line in (clean(part) for part in text.splitlines()) if line)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall((text if text.isascii() else unicodedata.normalize("NFKC", text)).lower())


def token_spans(text: str) -> list[tuple[int, int]]:
    """Where each of tokens(text) stands in the NFKC text, as (start, end) character offsets."""
    return [m.span() for m in _TOKEN.finditer(text if text.isascii() else unicodedata.normalize("NFKC", text))]


class PhraseSet:
    """A set of one- or multi-word phrases, matched on token boundaries."""

    def __init__(self, phrases: Iterable[str]):
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(tokens(phrase))
            if words:
                self._by_first.setdefault(words[0], []).append(words)
        for options in self._by_first.values():
            options.sort(key=len, reverse=True)  # longest match first

    def match_at(self, words: Sequence[str], i: int) -> tuple[str, ...] | None:
        for phrase in self._by_first.get(words[i], ()) if i < len(words) else ():
            if tuple(words[i : i + len(phrase)]) == phrase:
                return phrase
        return None

    def find(self, words: Sequence[str]) -> tuple[int, tuple[str, ...]] | None:
        """First phrase in the token list, with its position."""
        for i in range(len(words)):
            phrase = self.match_at(words, i)
            if phrase:
                return i, phrase
        return None

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def __contains__(self, word: str) -> bool:
        return (word,) in self._by_first.get(word, ())


def sentence(text: str) -> str:
    """Single spaces, no space before punctuation, capital first letter."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:)])", r"\1", text).replace("( ", "(")
    return text[:1].upper() + text[1:]
