"""One chat line cut into tokens once — words, numbers, dates written as d/m, marks — for every reader of the
logbook (the kind of message, its date, its numbers, the IKI it is about)."""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from bot import knowledge
from bot.lang.text import PhraseSet
from bot.lang.words import is_indonesian_word

# In order: "3/12" (a date or a fraction), "17an"/"2x24" (a word that starts with digits), a number with its
# separators ("1.575", "88,4"), a word (a letter, then letters and digits: "rata2", "b1", "SP2HL" as the SKP writes it;
# hyphen and apostrophe joined: "e-kinerja", "jum'at"), any other mark ("%", ",", ":", "?", "<").
_TOKEN_SOURCE = (
    r"(?P<slash>\d{1,4}/\d{1,4}(?:/\d{2,4})?)(?![\d/])"
    r"|(?P<glued>\d+(?:[.,]\d+)*)(?=(?:{glued})(?![^\W_]))"  # «5org», «3psn»: a count typed against its unit
    r"|(?P<alnum>\d+[^\W\d_]\w*)"
    r"|(?P<money>{currency})(?=\d)"  # «Rp1,5 jt», «Rp87.450.000»: a currency typed against its amount, a word apart
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_][^\W_]*(?:[-'][^\W\d_][^\W_]*)*)"
    r"|(?P<mark>[^\w\s])"
)


@knowledge.cached
def _token() -> re.Pattern:
    data = knowledge.data("catatan_harian")
    glued = "|".join(re.escape(w) for w in sorted(data["glued_units"], key=len, reverse=True))
    currency = "|".join(re.escape(w) for w in sorted(data["counting"]["money_before"], key=len, reverse=True))
    return re.compile(_TOKEN_SOURCE.replace("{glued}", glued).replace("{currency}", currency), re.IGNORECASE)
CLAUSE_MARKS = frozenset(",;:+()&")


@dataclass(frozen=True)
class Line:
    text: str
    toks: tuple[str, ...]  # lower case
    kinds: tuple[str, ...]  # slash | alnum | num | word | mark, per token
    spans: tuple[tuple[int, int], ...] = ()  # each token's characters in text, when cut from it by line()

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

    def phrase_start_before(self, i: int, phrases: Iterable[tuple[str, ...]]) -> int | None:
        """Where the longest of `phrases` (lower-case words) ending right before token i starts; None when none does."""
        starts = [i - len(p) for p in phrases if p and len(p) <= i and self.toks[i - len(p):i] == p]
        return min(starts) if starts else None

    def clauses(self) -> list[tuple[int, int]]:
        """Token ranges between commas, colons, semicolons and plus signs."""
        return self.between(CLAUSE_MARKS)

    def between(self, marks: frozenset[str]) -> list[tuple[int, int]]:
        """Token ranges between any of `marks` (empty ranges left out)."""
        out, start = [], 0
        for i, (t, k) in enumerate(zip(self.toks, self.kinds)):
            if k == "mark" and t in marks:
                if i > start:
                    out.append((start, i))
                start = i + 1
        if start < len(self.toks):
            out.append((start, len(self.toks)))
        return out


# «13:00-15:30», «jam 9:30»: a time of day written with a colon, read as «13.00» is (a ratio «1:10» stays apart)
_COLON_CLOCK = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
_COLON_CLOCK_LEAD = re.compile(r"\b(?:jam|pukul|pkl)\s*$", re.IGNORECASE)


def _clock_dotted(text: str) -> str:
    """The text with the colon of each time of day a dot, when the line has two of them (a range) or the time
    follows «jam», «pukul»: the same length, so each token keeps its place in the text as written."""
    times = list(_COLON_CLOCK.finditer(text))
    chars = list(text)
    for m in times:
        if len(times) >= 2 or _COLON_CLOCK_LEAD.search(text[:m.start()]):
            chars[m.start() + m.group().index(":")] = "."
    return "".join(chars)


# «07-07-2026»: a date written with dashes, day first; «7-7 op katarak», «tgl 12-3», «3-06»: a day and month with a
# dash, opening the line or after a date word (catatan_harian.yaml date_words), read as «7/7» is; «tgl 1-3», climbing,
# is a stretch of days
_DASHED_FULL = re.compile(r"(?<![\d/.,-])(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?![\d/-])")
_DASHED_SHORT = re.compile(r"(?<![\d/.,-])(\d{1,2})-(\d{1,2})(?![\d/-])(?:\s+([^\W\d_]+))?")


@knowledge.cached
def _dashed_words() -> tuple[re.Pattern, frozenset[str]]:
    """What may stand before a dashed day-month (the line's start, a date word) and the words after one that make
    it a stretch or an amount instead: a month's name («12-14 maret»), a unit of time («2-3 hari»), a count's thing
    (`dashed_amounts`)."""
    data = knowledge.data("catatan_harian")
    lead = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(data["date_words"], key=len, reverse=True))
    return re.compile(rf"(?:^|(?<![\w])(?:{lead})\.?)\s*$", re.IGNORECASE), \
        frozenset(data["months"]) | frozenset(data["duration_units"]) | frozenset(data["days_back"]["units"]) \
        | frozenset(data["dashed_amounts"])


def _dashes_dated(text: str) -> str:
    """The text with the dashes of a day-month date slashes, the same length, so each token keeps its place."""
    chars = list(text)

    def slashed(m: re.Match) -> None:
        if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            for at in (i for i in range(m.start(), m.end(0 if m.re is _DASHED_FULL else 2)) if text[i] == "-"):
                chars[at] = "/"
    for m in _DASHED_FULL.finditer(text):
        slashed(m)
    lead, unlike = _dashed_words()
    for m in _DASHED_SHORT.finditer(text):
        after = (m.group(3) or "").lower()
        # «tgl 1-3»: a stretch of days when it climbs, unless the month is written with its zero («3-06»)
        ordered = int(m.group(1)) >= int(m.group(2)) or m.group(2).startswith("0")
        if ordered and text[m.end(2):m.end(2) + 1] != "-" and lead.search(text[:m.start()]) and after not in unlike:
            slashed(m)
    return "".join(chars)


def line(text: str) -> Line:
    text = unicodedata.normalize("NFKC", text).strip()
    read = _clock_dotted(text) if ":" in text else text
    read = _dashes_dated(read) if "-" in read else read
    kinds = {"glued": "num", "money": "word"}
    found = _percent_signs(_spelled_numbers(_unglued([(m.group(m.lastgroup).lower(), kinds.get(m.lastgroup, m.lastgroup),
                                                       m.span()) for m in _token().finditer(read)])))
    return Line(text, tuple(t for t, _, _ in found), tuple(k for _, k, _ in found), tuple(s for _, _, s in found))


_GLUED_WORD = re.compile(r"(\d+)([^\W\d_]{4,})")


def _unglued(found: list[tuple[str, str, tuple[int, int]]]) -> list[tuple[str, str, tuple[int, int]]]:
    """«45kantong», «12botol»: a count typed against a word of the language (four letters or more) beyond the
    glued_units list is read as the number and the word; «17an», «24JPL», «100mg» stay as typed."""
    out = []
    for tok, kind, (start, end) in found:
        glued = _GLUED_WORD.fullmatch(tok) if kind == "alnum" else None
        if glued and is_indonesian_word(glued.group(2)):
            cut = start + len(glued.group(1))
            out += [(glued.group(1), "num", (start, cut)), (glued.group(2), "word", (cut, end))]
        else:
            out.append((tok, kind, (start, end)))
    return out


@knowledge.cached
def _percent_words() -> frozenset[str]:
    """The words for percent that chat shortens (numbers.yaml percent: «pct», «prsn»), «persen» read as it is."""
    return frozenset(w.lower() for w in knowledge.data("numbers")["percent"] if w.isalpha() and w.lower() != "persen")


def _percent_signs(found: list[tuple[str, str, tuple[int, int]]]) -> list[tuple[str, str, tuple[int, int]]]:
    """«85pct», «92 prsn», «0,9 percent»: a number with a word for percent after it, glued or not, is the number and
    «%», as every reader of a percentage knows it (route set 16); «pct» with no number before it stays a word."""
    words, out = _percent_words(), []
    for tok, kind, (start, end) in found:
        glued = re.fullmatch(r"(\d+(?:[.,]\d+)*)([^\W\d_]+)", tok) if kind == "alnum" else None
        if glued and glued.group(2) in words:
            cut = start + len(glued.group(1))
            out += [(glued.group(1), "num", (start, cut)), ("%", "mark", (cut, end))]
        elif kind == "word" and tok in words and out and out[-1][1] == "num":
            out.append(("%", "mark", (start, end)))
        else:
            out.append((tok, kind, (start, end)))
    return out


def without_tokens(ln: Line, ranges: list[tuple[int, int]]) -> str:
    """The line as typed with the token ranges cut out, and the marks and spaces they leave at the edges or doubled
    tidied («senin: rekap LPLPO» without «senin» → «rekap LPLPO»)."""
    if not ln.spans:
        return ln.text
    cut = sorted((ln.spans[a][0], ln.spans[b - 1][1]) for a, b in ranges if a < b)
    out, at = [], 0
    for start, end in cut:
        out.append(ln.text[at:max(at, start)])
        at = max(at, end)
    out.append(ln.text[at:])
    text = re.sub(r"\s+([,;:.])", r"\1", re.sub(r"\s{2,}", " ", "".join(out)))
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", re.sub(r"\s*\(\s*\)", "", text))  # «(2 jam)» leaves no «()»
    return text.strip(" ,;:-–—").strip()


def _spelled_numbers(found: list[tuple[str, str, tuple[int, int]]]) -> list[tuple[str, str, tuple[int, int]]]:
    """"dua puluh" → 20, "dua ratus lima puluh tiga" → 253, "tiga" → 3 (knowledge/catatan_harian.yaml
    number_words); "satu" alone stays a word."""
    words = knowledge.data("catatan_harian")["number_words"]
    small = {**words["units"], **words["teens"]}
    scales = words["scales"]
    out, i = [], 0
    while i < len(found):
        j, total, current, pending = i, 0, 0, None
        while j < len(found) and found[j][1] == "word" and (found[j][0] in small or found[j][0] in scales):
            word = found[j][0]
            if word in small:
                if pending is not None:
                    break  # "dua tiga": two numbers, not one
                if small[word] >= 1000:
                    total += small[word]
                elif small[word] >= 100:
                    current += small[word]
                else:
                    pending = small[word]
            elif word == "belas":
                current, pending = current + (pending or 0) + scales[word], None
            elif scales[word] >= 1000:
                total, current, pending = total + (current + (pending or 0) or 1) * scales[word], 0, None
            else:
                current, pending = current + (pending or 1) * scales[word], None
            j += 1
        about = words.get("about", {})
        if j > i and j < len(found) and found[j][1] == "word" and found[j][0] in about and pending is not None:
            # «delapan puluhan»: about eighty, typed as «80an» would be
            scale = about[found[j][0]]
            value = total + current + (pending + scale if found[j][0] == "belasan" else pending * scale)
            out.append((f"{value}an", "alnum", (found[i][2][0], found[j][2][1])))
            i = j + 1
        elif j > i and not (j == i + 1 and found[i][0] == "satu"):
            out.append((str(total + current + (pending or 0)), "num", (found[i][2][0], found[j - 1][2][1])))
            i = j
        else:
            out.append(found[i])
            i += 1
    return out
