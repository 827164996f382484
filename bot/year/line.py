"""One chat line cut into tokens once — words, numbers, dates written as d/m, marks — for every reader of the
logbook (the kind of message, its date, its numbers, the IKI it is about)."""

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from bot.lang.text import PhraseSet

# In order: "3/12" (a date or a fraction), "17an"/"2x24" (a word that starts with digits), a number with its
# separators ("1.575", "88,4"), a word (letters, then digits: "rata2", "b1"; hyphen and apostrophe joined: "e-kinerja",
# "jum'at"), any other mark ("%", ",", ":", "?", "<").
_TOKEN = re.compile(
    r"(?P<slash>\d{1,4}/\d{1,4}(?:/\d{2,4})?)(?![\d/])"
    r"|(?P<alnum>\d+[^\W\d_]\w*)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+\d*(?:[-'][^\W\d_]+\d*)*)"
    r"|(?P<mark>[^\w\s])"
)
CLAUSE_MARKS = frozenset(",;:+()&")


@dataclass(frozen=True)
class Line:
    text: str
    toks: tuple[str, ...]  # lower case
    kinds: tuple[str, ...]  # slash | alnum | num | word | mark, per token

    @cached_property
    def words(self) -> list[str]:
        return [t for t, k in zip(self.toks, self.kinds) if k in ("word", "alnum")]

    def find(self, phrases: PhraseSet) -> tuple[int, tuple[str, ...]] | None:
        """The first phrase of the set among the tokens, with its token position."""
        return phrases.find(self.toks)

    def has(self, phrases: PhraseSet) -> bool:
        return self.find(phrases) is not None

    def word_before(self, i: int) -> str:
        """The nearest word before token i, skipping marks ("ke-2": "ke")."""
        j = i - 1
        while j >= 0 and self.kinds[j] == "mark" and self.toks[j] in "-'":
            j -= 1
        return self.toks[j] if j >= 0 and self.kinds[j] in ("word", "alnum") else ""

    def clauses(self) -> list[tuple[int, int]]:
        """Token ranges between commas, colons, semicolons and plus signs."""
        out, start = [], 0
        for i, (t, k) in enumerate(zip(self.toks, self.kinds)):
            if k == "mark" and t in CLAUSE_MARKS:
                if i > start:
                    out.append((start, i))
                start = i + 1
        if start < len(self.toks):
            out.append((start, len(self.toks)))
        return out


def line(text: str) -> Line:
    text = unicodedata.normalize("NFKC", text).strip()
    found = [(m.group(m.lastgroup).lower(), m.lastgroup) for m in _TOKEN.finditer(text)]
    return Line(text, tuple(t for t, _ in found), tuple(k for _, k in found))
