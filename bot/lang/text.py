"""Text normalisation shared by the rules and the rewriter: tokens, phrase lookup, tidy sentences."""

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_LEADING_NUMBERING = re.compile(r"^\s*(?:[-•*]+|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])\s+")


def clean(text: str, numbering: bool = True) -> str:
    """NFKC, no control characters, single spaces, no list numbering in front (unless `numbering` is False: an
    answer such as "95. bobot …" starts with its value)."""
    if not (text.isascii() and text.isprintable()):  # printable ASCII is already NFKC and has no control character
        text = unicodedata.normalize("NFKC", text)
        text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    numbered = _LEADING_NUMBERING.match(text) if numbering else None  # anchored: at most one, at the start
    return " ".join((text[numbered.end():] if numbered else text).split())


def clean_lines(text: str) -> str:
    """clean() per line, keeping the line breaks (a role list or strategies typed one per line)."""
    return "\n".join(line for line in (clean(part) for part in text.splitlines()) if line)


def tokens(text: str) -> list[str]:
    if len(text) > 300:  # a long chat message: not worth keeping
        return _TOKEN.findall((text if text.isascii() else unicodedata.normalize("NFKC", text)).lower())
    return list(_recent_tokens(text))


@lru_cache(maxsize=4096)
def _recent_tokens(text: str) -> tuple[str, ...]:
    """The rules read one IKI's words several times over (its reading, the language check, the SKP's duplicate and
    mandatory checks), one after another: the last few thousand texts' tokens are kept."""
    return tuple(_TOKEN.findall((text if text.isascii() else unicodedata.normalize("NFKC", text)).lower()))


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
            if len(phrase) == 1 or tuple(words[i : i + len(phrase)]) == phrase:  # one word: its key matched
                return phrase
        return None

    def find(self, words: Sequence[str]) -> tuple[int, tuple[str, ...]] | None:
        """First phrase in the token list, with its position."""
        starts = self._by_first
        for i, word in enumerate(words):
            if word in starts:  # most words start no phrase: one lookup each
                phrase = self.match_at(words, i)
                if phrase:
                    return i, phrase
        return None

    @property
    def starts(self) -> Collection[str]:
        """The words that start a phrase."""
        return self._by_first.keys()

    def starts_in(self, words: Iterable[str]) -> bool:
        """Whether any of the words starts a phrase: False means no phrase is in them (a set test, in C)."""
        return not self._by_first.keys().isdisjoint(words)

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def __contains__(self, word: str) -> bool:
        return (word,) in self._by_first.get(word, ())


def sentence(text: str) -> str:
    """Single spaces, no space before punctuation, capital first letter."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:)])", r"\1", text).replace("( ", "(")
    return text[:1].upper() + text[1:]
