"""Text normalisation shared by the rules and the rewriter: tokens, phrase lookup, tidy sentences."""

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

from bot import knowledge

_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_NUMBER_CELL = re.compile(r"[\d.,]+")
# List bullets as word processors paste them (Word's «•<TAB>», «▪», a symbol-font bullet in the private use area).
_BULLETS = "-–—•◦▪▫·‣⁃∙*\uf0a7\uf0b7\uf076\uf0d8"
# Arrows chat writes as bullets («➡️ Jumlah …», «→ Persentase …»; d24-dev03: five lines read as one IKI).
_ARROWS = "➡→►▶➤➔⇒"
# A keycap emoji numbers a line as «1.» does («1️⃣ …»: the digit, an emoji variation selector, the enclosing keycap;
# «🔟»); a bullet may carry the emoji selector too («▪️ …»). d19-dev01: «2️⃣ Persentase …» read as «2 Persentase …».
_KEYCAP = "\ufe0f?\u20e3"
# Lower-case Roman numerals number a list as letters do («i) …», «iv. …»; d24-dev08: «ii) …» lines read as one);
# capital ones («II. …») head an outline's sections (a pasted SKP's «II. Core TUSI»), no line of it.
_ROMAN = r"(?:i{1,3}|iv|ix|vi{1,3})"
_MARK = rf"(?:(?:[{_BULLETS}{_ARROWS}]+|\d{_KEYCAP}|\U0001f51f)\ufe0f?|\(?\d{{1,2}}[.)]|\(?{_ROMAN}[.)]|\(?[a-zA-Z][.)])"
# «1.1 Persentase …», «2.3. Jumlah …» (a line numbered under its RHK, as e-Kinerja and Word outlines do): a mark only
# before a capital, so a value typed first («2.5 jam», «82.5 persen») keeps its number (d22-dev04: the list unread)
_SUB_MARK = r"\d{1,2}\.\d{1,2}\.?\s+(?=[A-Z])"
_LEADING_NUMBERING = re.compile(rf"^\s*(?:{_MARK}\s+|{_SUB_MARK})")
_ROW_MARK = re.compile(rf"{_MARK}|\d+\.?")  # a spreadsheet or Word row's first cell that only numbers it
_LINK = re.compile(r"<?(?:https?://|www\.)\S+?>?[.,;]?", re.IGNORECASE)  # a web address as sent or pasted
# A chat app's stamp before a copied message: «[07/01/26 19.42] Bu Sari:» (WhatsApp copies several messages so); the
# date and time in brackets, then who sent it. A line opening with a date alone (a logbook day) is no stamp.
# WhatsApp on a phone writes the time first: «[08.15, 3/1/2026] Bu Rina:» (d24-dev03).
_STAMP_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
_STAMP_TIME = r"\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_CHAT_STAMP = re.compile(rf"^[ \t]*\[\s*(?:{_STAMP_DATE},?\s+{_STAMP_TIME}|{_STAMP_TIME},\s*{_STAMP_DATE})"
                         r"\s*\][ \t]*[^:\n\[\]]{1,60}?:[ \t]*", re.MULTILINE)


def links_in(text: str) -> tuple[list[str], str]:
    """The web addresses in a text as sent («<https://…>,» without its brackets and trailing mark) and the words
    around them («bukti c4: https://drive.google.com/…» → (["https://drive.google.com/…"], "bukti c4:"))."""
    parts = text.split()
    links = [part for part in parts if _LINK.fullmatch(part)]
    rest = " ".join(part for part in parts if not _LINK.fullmatch(part))
    return [link.strip("<>.,;").rstrip(">") for link in links], rest


def without_chat_stamps(text: str) -> str:
    """A message copied out of a chat app without the stamp each line carries («[07/01/26 19.42] Bu Sari: 1. Persentase
    …» → «1. Persentase …»): the sender's name is no line of what was sent (a leader's list forwarded whole)."""
    return _CHAT_STAMP.sub("", text) if text and _CHAT_STAMP.search(text) else text


def only_links(text: str) -> bool:
    """The message is web addresses and nothing else («https://e-kinerja.bkn.go.id/skp/123»)."""
    parts = text.split()
    return bool(parts) and all(_LINK.fullmatch(part) for part in parts)


def clean(text: str, numbering: bool = True) -> str:
    """NFKC, no control characters, single spaces, no list numbering in front (unless `numbering` is False: an
    answer such as "95. bobot …" starts with its value)."""
    if not (text.isascii() and text.isprintable()):  # printable ASCII is already NFKC and has no control character
        text = unicodedata.normalize("NFKC", text)
        text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    numbered = _LEADING_NUMBERING.match(text) if numbering else None  # anchored: at most one, at the start
    return " ".join((text[numbered.end():] if numbered else text).split())


def list_marked(line: str) -> bool:
    """The line opens with a list's bullet or number («- …», «• …», «* …», «1) …», «b. …»), as clean() takes off."""
    return bool(_LEADING_NUMBERING.match(line))


def unwrapped(text: str) -> str:
    """A pasted list with its wrapped lines joined back (conversation.yaml `wrapped_line_open_ends`): a line without
    its own bullet or number under a marked line finishes that line when it is indented, starts lower-case or the
    line above is left unfinished (an open bracket, a joining word); the message's last line only when indented or
    the line above is unfinished (a note under the list starts lower-case too); a question, a line after a blank one
    and a spreadsheet row never. Each bullet is one line, so the count of lines is the count of bullets."""
    if "\n" not in text or not any(list_marked(line) for line in text.splitlines()):
        return text
    ends = set(knowledge.data("conversation")["wrapped_line_open_ends"])
    lines = text.splitlines()
    last = max(i for i, line in enumerate(lines) if line.strip())
    out: list[str] = []
    item = False  # the line above is a marked line (or one wrapped into it)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            item = False
            out.append(line)
            continue
        if list_marked(line):
            item = True
            out.append(line)
            continue
        above = out[-1] if out else ""
        words = tokens(above)
        unfinished = above.count("(") > above.count(")") or bool(words) and words[-1] in ends
        wraps = item and not stripped.endswith("?") and "\t" not in line + above and (
            unfinished or line[:1].isspace() or (i < last and stripped[:1].islower()))
        if wraps:
            out[-1] = f"{above.rstrip()} {stripped}"
        else:
            item = False
            out.append(line)
    return "\n".join(out)


def clean_lines(text: str) -> str:
    """clean() per line, keeping the line breaks (a role list or strategies typed one per line); a row copied from a
    spreadsheet is written as it would be typed (from_cells)."""
    return "\n".join(line for line in (clean(from_cells(part)) for part in text.splitlines()) if line)


def from_cells(row: str) -> str:
    """«1<TAB>Persentase …<TAB>95<TAB>%<TAB>Core TUSI<TAB>30» (a spreadsheet row: cells split by tabs) →
    «Persentase …, 95 %, Core TUSI 30», as it would be typed: the row number dropped, a number kept with the word
    cell on either side of it (its unit after it, its jenis before it), the rest behind commas. A line without tabs
    is returned as it is."""
    cells = [cell.strip() for cell in row.split("\t") if cell.strip()]
    if "\t" not in row or len(cells) < 2:
        return row
    if _ROW_MARK.fullmatch(cells[0]):  # «1», «1.», «•», «a)»: the row's number or bullet, not a field
        cells = cells[1:]
        if len(cells) < 2:
            return cells[0] if cells else row
    fields: list[str] = []
    for cell in cells[1:]:
        number, words = _NUMBER_CELL.fullmatch(cell), not any(ch.isdigit() for ch in cell)
        after = fields[-1] if fields else ""
        if after and ((number and not any(ch.isdigit() for ch in after)) or (words and _NUMBER_CELL.fullmatch(after))):
            fields[-1] += f" {cell}"
        else:
            fields.append(cell)
    return ", ".join([cells[0], *fields])


def tokens(text: str) -> list[str]:
    if len(text) > 300:  # a long chat message: not worth keeping
        return _TOKEN.findall((text if text.isascii() else unicodedata.normalize("NFKC", text)).lower())
    return list(_recent_tokens(text))


@lru_cache(maxsize=4096)
def _recent_tokens(text: str) -> tuple[str, ...]:
    """The rules read one IKI's words several times over (its reading, the language check, the SKP's duplicate and
    mandatory checks), one after another: the last few thousand texts' tokens are kept."""
    return tuple(_TOKEN.findall((text if text.isascii() else unicodedata.normalize("NFKC", text)).lower()))


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


@knowledge.cached
def phrase_set(name: str, *path: str) -> PhraseSet:
    """The phrase list at `path` in knowledge/<name>.yaml as a PhraseSet, built once and forgotten with the files
    (`knowledge.clear()`): `phrase_set("conversation", "typed_press", "done")`."""
    listed = knowledge.data(name)
    for key in path:
        listed = listed[key]
    return PhraseSet(str(phrase) for phrase in listed)  # a YAML number (a reminder's «17») read as its text


def smalltalk_phrases(kind: str) -> list[str]:
    """A small-talk kind's phrases (intent.yaml smalltalk): for `ack`, the nods that approve a save too among them."""
    entry = knowledge.data("intent")["smalltalk"][kind]
    return [*entry["phrases"], *entry.get("also_save", [])]


def save_approvals() -> list[str]:
    """The yes words that approve a save («ok semua bagus, simpan»): intent.yaml smalltalk ack `also_save` (nods too)
    and `save_only` (no nod alone: «bagus», «cocok»)."""
    ack = knowledge.data("intent")["smalltalk"]["ack"]
    return [*ack["also_save"], *ack["save_only"]]


def alternation(phrases: Iterable[str]) -> str:
    """The phrases as a regular expression's alternatives, longest first, any run of spaces between their words
    («ganti aja|ganti|jd»): for phrases matched inside a larger pattern."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


def short(text: str, limit: int = 90, at_word: bool = False) -> str:
    """The text on one line, cut for quoting: at most `limit` characters, «…» ending a cut one; `at_word`, the cut
    at a word's end (a button's label: «IKI 1: Persentase BMN yang tercatat dalam…»)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return (text[:limit].rsplit(" ", 1)[0] if at_word else text[: limit - 1].rstrip()) + "…"


MIN_POSSESSED = 6  # «sanitasinya»: a noun of at least three letters before -nya («punya», «hanya» are not)


def possessed(word: str) -> str:
    """The noun a word holds with its -nya («sanitasinya» → «sanitasi»: «diperiksa sanitasinya», the work's own
    object), "" when the word is no such form."""
    return word[:-3] if word.endswith("nya") and len(word) >= MIN_POSSESSED else ""


_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d])|(?<=%))[.!]\s+(?=\S)")  # after a word or «90%»: never inside «12.5»


def sentences(text: str) -> list[str]:
    """A chat message's sentences, split at a «.» or «!» ending a word («semua tusi kecuali no 7 beyond. bobot 1=15»,
    «meningkatnya … sesuai standar. tim sy yg pegang ini»), stripped, empty ones left out."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


_ASKED_BREAK = re.compile(r"(?<=[.?!])\s+|\n+")


def question_sentences(text: str) -> list[str]:
    """A question's sentences («RHK sy udh disetujui. trs abis itu ngapain? logbook diisi gmn?»): split after a «.»,
    «?» or «!» before a space, and at each line break; stripped, empty ones left out. Unlike `sentences` (a drafting
    message, where «?» and a line break end no value being typed) a question's «?» ends what it asks."""
    return [part.strip() for part in _ASKED_BREAK.split(text.strip()) if part.strip()]


_PASSAGE_BREAK = re.compile(r"(?<=[.!?])\s+|;")
# a guidance passage's cases: its sentences, each side of a «;», and each side of «sedangkan» (the passages join two
# cases by it: «Bobot IKI bagi pegawai yang punya cascading langsung …, sedangkan …»)
CASE_BREAK = re.compile(r";|\bsedangkan\b|(?<=[.!?])\s+")


def passage_sentences(text: str) -> list[str]:
    """A guidance passage's sentences, a clause after «;» its own (a full stop inside a number aside: a break needs
    a space after the mark); empty ones left out, the rest as written."""
    return [part for part in _PASSAGE_BREAK.split(text) if part.strip()]


def passage_cases(text: str) -> list[str]:
    """A guidance passage's cases (`CASE_BREAK`): empty ones left out, the rest as written."""
    return [part for part in CASE_BREAK.split(text) if part.strip()]


def sentence(text: str) -> str:
    """Single spaces, no space before punctuation, capital first letter."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:)])", r"\1", text).replace("( ", "(")
    return text[:1].upper() + text[1:]


def said_once(word: str) -> str:
    """A reduplication written with «2», as chat writes it, read as its word («beda2» → «beda», «tanya2» → «tanya»)."""
    return word[:-1] if len(word) > 2 and word.endswith("2") and word[:-1].isalpha() else word


def is_acronym(word: str) -> bool:
    """Whether a word as written is an acronym or a name spelt with inner capitals («PKS», «MoU», «SiLacak»)."""
    return len(word) > 1 and (word.isupper() or any(ch.isupper() for ch in word[1:]))


def lowered(text: str) -> str:
    """Text in lower case but for the acronyms in it as written («Monev PKS» → «monev PKS», «MoU»): an acronym
    keeps its capitals wherever the text is put."""
    return " ".join(w if is_acronym(w) else w.lower() for w in text.split())
