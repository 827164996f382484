"""Reads a draft the way a person typed it before the rules run: numbering, labels, shorthand, ALL CAPS, a target
written inside the sentence, a misspelt measure word. What was changed is said back to the user."""

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot import knowledge
from bot.lang.decorations import undecorated
from bot.lang.numbers import parse_target
from bot.lang.text import PhraseSet, alternation, clean, is_acronym, tokens
from bot.lang.words import is_indonesian_word, stem
from bot.models import IkiDraft
from bot.rules.lexicon import lexicon

_LEADING_PERCENT = re.compile(r"^(?:%|persen\b|prosen\b)\s*", re.IGNORECASE)
_NUMBER_AND_UNIT = r"(\d[\d.,]*\s*(?:%|‰|persen\b|[A-Za-z][\w/-]*(?:\s+[A-Za-z][\w/-]*)?)?)"
_TARGET_IN_BRACKETS = re.compile(r"\s*\(\s*" + _NUMBER_AND_UNIT + r"\s*\)\s*$", re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?<![\w/-])[a-z]+(?![\w-])")
# "…, 4 kali"; never the comma inside a decimal ("Indeks kepuasan 3,5" is 3,5, not 3 with target 5)
_TARGET_AFTER_COMMA = re.compile(r"(?:\s*,\s+|\s*(?<!\d),)" + _NUMBER_AND_UNIT + r"\s*$", re.IGNORECASE)
_LETTERS = re.compile(r"[a-z]+")
_SPELT_WORD = re.compile(r"(?<![\w/-])[A-Za-z][a-z]{3,}(?![\w-])")  # a word the spelling check may correct
MIN_ONE_EDIT = 5  # a shorter word is one letter off too many words; only its dropped vowels are put back («hsil»)
_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LETTERS = _UPPER + b"abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Reading:
    text: str  # the indicator as the rules read it
    target: str | None = None  # a target that was written inside the sentence
    notes: list[str] = field(default_factory=list)  # what was changed, in Indonesian, for the reply

    @property
    def changed(self) -> bool:
        return bool(self.notes)


@knowledge.cached
def _config() -> dict:
    return knowledge.data("rules/lexicon")["reading"]


@knowledge.cached
def _label() -> re.Pattern:
    labels = sorted(_config()["labels"], key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, label.split())) for label in labels)
    jenis = "|".join(r"\s+".join(map(re.escape, j.split())) for j in sorted(_config()["label_jenis"], key=len, reverse=True))
    mine = rf"(?:\s+(?:{jenis}))?(?:\s+(?:saya|sy|aku|ku|kami))?"  # "IKI saya:", "iki beyond sy:"
    return re.compile(rf"^(?:{words}){mine}\s*(?:ke-?\s*)?\d{{0,2}}\s*[:.)\-–—]\s*", re.IGNORECASE)


def iki_labelled(text: str) -> str | None:
    """«IKI sy: Inovasi dashboard pemantauan …», «iki beyond sy: …»: the words after a label naming them as the
    user's IKI (lexicon.yaml reading labels, label_jenis) and a colon, no IKI's number in it («IKI 3: 85%» names one
    of the SKP's); None without such a label or with fewer than two words after it."""
    found = _label().match(text)
    if not found or ":" not in found.group() or any(ch.isdigit() for ch in found.group()):
        return None
    rest = text[found.end():].strip()
    return rest if len(tokens(rest)) >= 2 else None


@knowledge.cached
def _label_before_measure() -> re.Pattern:
    """A label naming what follows as the user's IKI, a measure word right after it with no mark between («sy perawat
    IGD. iki sy persentase pasien triase …»)."""
    from bot.rules.lexicon import lexicon

    labels = "|".join(r"\s+".join(map(re.escape, label.split()))
                      for label in sorted(_config()["labels"], key=len, reverse=True))
    heads = "|".join(r"\s+".join(map(re.escape, words)) for words in sorted(lexicon().measure_class, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{labels})(?:\s+(?:saya|sy|aku|ku|kami))?\s*:?\s+(?=(?:{heads})(?![\w-]))",
                      re.IGNORECASE)


def after_label(text: str) -> tuple[str, str] | None:
    """«sy perawat IGD RSUP kariadi. iki sy persentase pasien triase …»: the words up to the label and the IKI after
    it, which opens with a measure word; None when no label stands right before a measure word."""
    match = _label_before_measure().search(text)
    if not match or not text[match.end():].strip():
        return None
    return text[:match.end()].strip(), text[match.end():].strip()


@knowledge.cached
def _shorthand() -> tuple[re.Pattern, dict[str, str]]:
    table = {k.lower(): v for k, v in _config()["shorthand"].items()}
    words = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    # A shorthand ending in "." has no word boundary after it; the others must end as a word.
    return re.compile(rf"(?<![\w/])({words})(?:(?<=\.)|(?![\w/]))", re.IGNORECASE), table


@knowledge.cached
def _shorthand_starts() -> frozenset[str]:
    """The letters each shorthand starts with ("rata" of "rata2", "pers" of "pers."): in an ASCII text a shorthand
    can only stand where one of them is a whole run of letters, a cheaper test than the pattern on most IKI."""
    return frozenset(_LETTERS.match(k)[0] for k in _shorthand()[1] if _LETTERS.match(k))


@knowledge.cached
def _target_tail() -> re.Pattern:
    markers = "|".join(r"\s+".join(map(re.escape, m.split())) for m in _config()["target_markers"])
    years = "|".join(r"\s+".join(map(re.escape, m.split())) for m in _config()["target_year"])
    year = rf"(?:(?:(?:{years})\s+)?20\d\d\s*:?\s+(?=\d))?"  # «target 2026 60%»: the year named, then the target
    return re.compile(rf"\s*[,;]?\s*\b(?:{markers})\s*:?\s*{year}" + _NUMBER_AND_UNIT + r"\s*$", re.IGNORECASE)


@knowledge.cached
def _ceiling_tail() -> re.Pattern:
    """«… maks 5%», «… < 10%» at the end: the target with its bound (lexicon.yaml ceiling_markers)."""
    markers = "|".join(r"\s+".join(map(re.escape, m.split())) for m in _config()["ceiling_markers"])
    return re.compile(rf"\s*[,;]?\s*(?<![\w<≤])((?:{markers})\s*:?\s*" + _NUMBER_AND_UNIT[1:] + r"\s*$",
                      re.IGNORECASE)


@knowledge.cached
def _target_words() -> re.Pattern:
    """The first word of each target marker, as one pattern found anywhere in a lower-cased text: an ASCII text
    without any of them has no target tail to look for (the tail's pattern tries every position of the text, the
    dearest search of a reading)."""
    return re.compile("|".join(map(re.escape, dict.fromkeys(m.split()[0].lower() for m in _config()["target_markers"]))))


MAX_COLON_LEAD_WORDS = 8  # «eh salah, sy mau tulis sendiri aja: Persentase …»: talk before a colon and the IKI


def opens_with_measure(text: str) -> bool:
    """The text, as read, opens with a measure word («Persentase …», «jml …»)."""
    words = tokens(read(text).text)
    return bool(words) and lexicon().measures.match_at(words, 0) is not None


def iki_after_colon(text: str) -> str | None:
    """«tolong rapikan: jumlah laporan …», «cek IKI ini dong: Persentase …»: the IKI after a short lead-in that ends
    in a colon (at most MAX_COLON_LEAD_WORDS words naming no measure, the words after it opening with one); None when
    there is no such lead-in («IKI 3: Persentase …» is a label, read() drops it)."""
    head, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(head.split()) > MAX_COLON_LEAD_WORDS:
        return None
    return rest.strip() if opens_with_measure(rest) and not opens_with_measure(head) else None


def read(text: str) -> Reading:
    """The indicator as the rules should read it, and notes on what was changed."""
    current, target, notes = _read(text)
    return Reading(current, target, list(notes))  # a list of its own: the remembered notes are never shared


@knowledge.remembered  # one text is read by several rules and flows (an audit's colleagues share IKI): once per text
def _read(text: str) -> tuple[str, str | None, tuple[str, ...]]:
    """read()'s text, target and notes."""
    notes: list[str] = []
    current = clean(text).strip(" .;,")
    plain = undecorated(current).strip(" .;,")
    if plain != current and plain:  # «… 2x24 jam 🔥🔥»: emoji and decorations are no words of the IKI
        notes.append("emoji dan hiasan tidak ikut disimpan")
        current = plain
    without_label = _label().sub("", current)
    if without_label != current and without_label:
        notes.append("label di depan kalimat tidak ikut dibaca")
        current = without_label
    if _LEADING_PERCENT.match(current):
        current = _LEADING_PERCENT.sub("Persentase ", current, count=1)
        notes.append("«%» di awal dibaca «Persentase»")
    current, spelled = _spell_out(current)
    if spelled:
        notes.append("singkatan ditulis lengkap: " + ", ".join(spelled))
    if _all_caps(current):
        current = _sentence_case(current)
        notes.append("huruf kapital semua diubah ke huruf biasa")
    current, asides = _without_asides(current)
    if asides:
        notes.append(f"catatan Anda dalam kurung ({', '.join(asides)}) tidak ikut menjadi teks IKI")
    current, target = _inline_target(current)
    if target:
        notes.append(f"target yang tertulis di kalimat ({target}) dibaca sebagai target")
    current, digits = _measure_in_digits(current)
    if digits:
        notes.append("angka ditulis dengan digit: " + ", ".join(digits))
    current, corrected = _measure_typo(current)
    if corrected:
        notes.append(f"«{corrected[0]}» saya baca «{corrected[1]}»")
    current, respelt = _spelling(current)
    if respelt:
        notes.append("ejaan diperbaiki: " + ", ".join(respelt))
    current, capitalised = _acronyms(current)
    if capitalised:
        notes.append("singkatan ditulis kapital: " + ", ".join(capitalised))
    current = current.strip(" .;,")
    return current[:1].upper() + current[1:], target, tuple(notes)


@knowledge.cached
def _spelled_measure() -> re.Pattern:
    """A run of number words right before a unit of the clock or a percent word («maksimal tiga puluh menit»,
    d17-dev06 by voice): a quantity the IKI measures by, which a document writes in digits; never a number word
    standing alone («Satu Data Kesehatan»)."""
    numbers = knowledge.data("numbers")
    word = alternation([*numbers["words"], *numbers["scales"], numbers["teen"]])
    units = alternation([*knowledge.data("rules/lexicon")["measure_kinds"]["time_limit"]["units"], *numbers["percent"]])
    return re.compile(rf"(?<![\w-])((?:{word})(?:\s+(?:{word}))*)(?=\s+(?:{units})(?![\w-]))", re.IGNORECASE)


def _measure_in_digits(text: str) -> tuple[str, list[str]]:
    """«… maksimal tiga puluh menit» → «… maksimal 30 menit», and what was written in digits."""
    from bot.lang.values import spelled_out

    if not any(ch.isalpha() for ch in text):
        return text, []
    changed: list[str] = []

    def replace(match: re.Match) -> str:
        digits = spelled_out(match.group(1).lower())
        if digits != match.group(1).lower():
            changed.append(f"{match.group(1)} → {digits}")
            return digits
        return match.group(1)

    return _spelled_measure().sub(replace, text), changed


def as_typed(text: str) -> str:
    """The IKI as the user wrote it, for «Simpan seperti ditulis»: its spelling and wording kept, only emoji and
    decorations left out and the chat register written as a document writes it («yg» → «yang», «dgn» → «dengan»:
    lexicon.yaml reading.shorthand), as every reading and rewrite does."""
    return _spell_out(undecorated(text))[0]


def normalise(draft: IkiDraft, reading: Reading | None = None) -> tuple[IkiDraft, Reading]:
    """The draft with its indikator read as above (or as `reading`, when the caller already read it); a target
    found inside the text fills an empty target."""
    reading = reading or read(draft.indikator)
    if not reading.changed or not reading.text:
        return draft, reading
    update: dict[str, object] = {"indikator": reading.text}
    if reading.target and draft.target is None:
        parsed = parse_target(reading.target)
        update["target"] = reading.target
        if parsed and parsed.unit and not draft.satuan:
            update["satuan"] = parsed.unit
    return draft.model_copy(update=update), reading


@lru_cache(maxsize=8)
def _lower_runs(text: str) -> tuple[str, ...]:
    """The runs of letters of a text lower-cased: the prefilters of one reading ask for them of the same text, which
    most steps leave as it was, several times over."""
    return tuple(_LETTERS.findall(text.lower()))


def _spell_out(text: str) -> tuple[str, list[str]]:
    if text.isascii() and _shorthand_starts().isdisjoint(_lower_runs(text)):
        return text, []  # no shorthand can match (the pattern ignores case, which ASCII lower-casing mirrors)
    pattern, table = _shorthand()
    spelled: list[str] = []

    def replace(match: re.Match) -> str:
        word = match.group(1)
        full = table[word.lower()]
        if f"{word} → {full}" not in spelled:
            spelled.append(f"{word} → {full}")
        return full.capitalize() if word[:1].isupper() and match.start() == 0 else full

    return pattern.sub(replace, text), spelled


@knowledge.cached
def acronym_forms() -> dict[str, str]:
    return {a.lower(): a for a in _config()["acronyms"]}


def opening_lowered(text: str) -> str:
    """Text that opened a sentence put inside another: its first letter lower-cased, unless its first word is an
    acronym or a name (lexicon `acronyms`: «SPM …», «Fornas …» keep their capitals; tester58 F9)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not first or is_acronym(first) or first.strip(",.;:()").lower() in acronym_forms():
        return text
    return text[:1].lower() + text[1:]


def _acronyms(text: str) -> tuple[str, list[str]]:
    """Acronyms typed in lower case ("bmn") in their proper form ("BMN")."""
    forms, changed = acronym_forms(), []
    # Most IKI have none: no replacement to call per word. A word the pattern replaces (small letters between
    # non-word characters) is a whole run of letters of the text lower-cased too.
    if forms.keys().isdisjoint(_lower_runs(text)):
        return text, changed

    def replace(match: re.Match) -> str:
        word = match.group()
        proper = forms.get(word)
        if proper is None or proper == word:
            return word
        if f"{word} → {proper}" not in changed:
            changed.append(f"{word} → {proper}")
        return proper

    return _LOWER_WORD.sub(replace, text), changed


@knowledge.cached
def _vocabulary() -> frozenset[str]:
    """The words a misspelling may be corrected to: the rules' own word lists and the reading's spelling list."""
    data = knowledge.data("rules/lexicon")
    lists = [data["measures"][c] for c in ("percent", "count", "score", "other")]
    lists += [data[k]["words"] for k in ("activity_verbs", "process_nouns", "done_phrases", "relative_activity_verbs",
                                         "service_heads", "report_nouns", "document_products", "vague_words")]
    lists += [data["service_heads"]["conditions"], data["condition_words"], data["region_words"],
              data["measure_kinds"]["lower_is_better"], *data["measure_kinds"]["aspek"].values(),
              data["work_volume"]["items"], data["work_volume"]["handled"], data["work_volume"]["any_item"],
              _config()["spelling"]]
    return frozenset(w for phrases in lists for phrase in phrases for w in str(phrase).lower().split()
                     if w.isalpha() and len(w) >= 4)


@knowledge.cached
def _split_passive() -> re.Pattern:
    """"di proses", "di tindak lanjuti": a passive verb written apart from its prefix."""
    roots = sorted(_config()["passive_roots"], key=len, reverse=True)
    pattern = "|".join(r"\s+".join(map(re.escape, root.split())) for root in roots)
    return re.compile(rf"\bdi\s+({pattern})\b", re.IGNORECASE)


@knowledge.cached
def _marked_passive() -> re.Pattern:
    """«sudah di label»: «di» and a word after a word that makes it a verb (`passive_markers`)."""
    markers = "|".join(map(re.escape, _config()["passive_markers"]))
    return re.compile(rf"\b((?:{markers})\s+)di\s+([a-z]+)\b", re.IGNORECASE)


@knowledge.cached
def _places() -> PhraseSet:
    data = knowledge.data("rules/lexicon")
    return PhraseSet(data["entities"] + data["region_words"])


@knowledge.cached
def _passive_marker_words() -> frozenset[str] | None:
    """The passive markers, each one run of letters («sudah», «sdh»); None if one is not (then no prefilter)."""
    markers = [m.lower() for m in _config()["passive_markers"]]
    return frozenset(markers) if all(_LETTERS.fullmatch(m) for m in markers) else None


def _may_mark_passive(text: str) -> bool:
    """Whether _marked_passive can match: in an ASCII text a marker and «di» are then runs of letters one after the
    other (spaces between them). Most IKI hold none: the pattern's markers are not tried at every position."""
    markers = _passive_marker_words()
    return markers is None or not text.isascii() or any(before in markers for before, _ in _beside_di(text))


@knowledge.cached
def _passive_root_starts() -> frozenset[str] | None:
    """The first run of letters of each passive root («tindak» of «tindak lanjuti»); None if a root opens with no
    letter (then no prefilter)."""
    roots = [r.lower() for r in _config()["passive_roots"]]
    return None if not all(r[:1].isalpha() and r.isascii() for r in roots) else \
        frozenset(_LETTERS.findall(r)[0] for r in roots)


def _may_split_passive(text: str) -> bool:
    """Whether _split_passive can match: in an ASCII text «di» is then a run of letters and the next one opens a
    passive root (the pattern's roots are not tried after every «di», «di Puskesmas», of an export)."""
    starts = _passive_root_starts()
    return starts is None or not text.isascii() or any(after in starts for _, after in _beside_di(text))


@lru_cache(maxsize=8)  # asked by both passive prefilters of one text
def _beside_di(text: str) -> tuple[tuple[str, str], ...]:
    """The runs of letters before and after each «di» of the text lower-cased ("" at either end)."""
    joined = f" {' '.join(_lower_runs(text))} "
    found, at = [], joined.find(" di ")
    while at != -1:
        end = joined.find(" ", at + 4)
        found.append((joined[joined.rfind(" ", 0, at) + 1:at], joined[at + 4:end]))
        at = joined.find(" di ", at + 3)
    return tuple(found)


def _join_marked(text: str, changed: list[str]) -> str:
    """«sudah di label» → «sudah dilabel»: after a word of aspect, «di» and a root of the language are one passive
    verb, listed or not; a place («sudah di puskesmas») stays apart."""
    if not _may_mark_passive(text):
        return text

    def join(match: re.Match) -> str:
        word = "di" + match.group(2).lower()
        if _places().match_at([match.group(2).lower()], 0) or stem(word) == word or not is_indonesian_word(word):
            return match.group()
        changed.append(f"di {match.group(2)} → {word}")
        return match.group(1) + word

    return _marked_passive().sub(join, text)


def _spelling(text: str) -> tuple[str, list[str]]:
    """"di proses" → "diproses", and a word one letter off a known word ("wkatu" → "waktu")."""
    changed: list[str] = []

    def join(match: re.Match) -> str:
        fixed = "di" + "".join(match.group(1).split()).lower()
        changed.append(f"{match.group()} → {fixed}")
        return fixed

    if _may_split_passive(text):
        text = _split_passive().sub(join, text)
    words = " ".join(_SPELT_WORD.findall(text)).lower().split()  # lowered at once: the words hold no space
    known = _not_corrected()
    if known.issuperset(words):
        return _join_marked(text, changed), changed  # most IKI: every word known, nothing to replace
    if len(known) > 200_000:
        known.clear()
    known.update(word for word in words if not _corrected(word))

    def respell(match: re.Match) -> str:
        word = match.group()
        fixed = _corrected(word.lower())
        if not fixed:
            return word
        changed.append(f"{word} → {fixed}")
        return fixed.capitalize() if word[:1].isupper() else fixed

    text = _SPELT_WORD.sub(respell, text)
    # «di verivikasi» → «di verifikasi» → «diverifikasi»; «sudah di label» → «sudah dilabel»
    return _join_marked(_split_passive().sub(join, text), changed), changed


@knowledge.cached
def _not_corrected() -> set[str]:
    """Words already seen that _corrected leaves alone: a set lookup per word for the words an export repeats
    (filled as they are met, forgotten with the knowledge files)."""
    return set()


@knowledge.cached
def _vocabulary_by_length() -> dict[int, list[str]]:
    by_length: dict[int, list[str]] = {}
    for word in _vocabulary():
        by_length.setdefault(len(word), []).append(word)
    return by_length


@knowledge.remembered  # the scan of the vocabulary was the dearest step of reading a draft; exports repeat words
def _corrected(word: str) -> str | None:
    """The one known word a word is one edit away from, or is with vowels dropped («hsil», «prsentase»), if it is not
    a word itself; spellings the reader spells out alike («presentase», «prosentase») count as one."""
    from bot.lang.thesaurus import thesaurus
    from bot.lang.words import is_indonesian_word
    from bot.rules.language import casual_root, is_loanword

    vocabulary = _vocabulary()
    if (word in vocabulary or is_indonesian_word(word) or is_loanword(word) or casual_root(word)
            or word in thesaurus().phrases or word in _casual() or word in _config()["not_misspelt"]
            or word in acronym_forms()):
        return None
    dropped = {_spelt_out(v) for v in _by_consonants().get(_consonants(word), ()) if _vowels_dropped(word, v)}
    if dropped:
        return dropped.pop() if len(dropped) == 1 else None
    if len(word) < MIN_ONE_EDIT:
        return None
    by_length = _vocabulary_by_length()
    near = {_spelt_out(v) for size in (len(word) - 1, len(word), len(word) + 1) for v in by_length.get(size, ())
            if _one_edit(word, v)}
    return near.pop() if len(near) == 1 else None


_VOWELS = re.compile("[aeiou]")


def _consonants(word: str) -> str:
    return _VOWELS.sub("", word)


@knowledge.cached
def _by_consonants() -> dict[str, list[str]]:
    """The vocabulary by its consonants: «hsil» and «hasil» share «hsl». (Not the dictionary's roots: names and
    English words are general words with vowels dropped too, «andi» → «andai», «list» → «lisut».)"""
    index: dict[str, list[str]] = {}
    for word in _vocabulary():
        if word.isalpha() and len(word) >= 4:
            index.setdefault(_consonants(word), []).append(word)
    return index


def _vowels_dropped(typed: str, word: str) -> bool:
    """typed is word with one or more of its vowels left out, its first letter kept («jmlh» of «jumlah»)."""
    if len(typed) >= len(word) or typed[0] != word[0]:
        return False
    letters = iter(word)
    return all(letter in letters for letter in typed)


def _spelt_out(word: str) -> str:
    """The word as the reader spells out its shorthand («presentase» → «persentase»), else the word."""
    return _shorthand()[1].get(word, word)


@knowledge.cached
def _casual() -> frozenset[str]:
    """Casual words people write on purpose ("sampe", "cepet"): spoken Indonesian, not misspellings."""
    data = knowledge.data("rewrite/register")
    return frozenset(w for phrase in list(data["casual"]) + data["casual_only"] for w in phrase.split())


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter changed, added or dropped, or two neighbours swapped."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _all_caps(text: str) -> bool:
    if text.isascii():  # an ASCII capital is a letter: count capitals and letters as bytes deleted, in C
        raw = text.encode("ascii")
        upper = len(raw) - len(raw.translate(None, _UPPER))
        if upper < 8:  # fewer than 8 capitals is never 80% of 10 letters
            return False
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        return len(text.split()) >= 3 and letters >= 10 and upper / letters > 0.8
    upper = sum(map(str.isupper, text))
    if upper < 8:
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return len(text.split()) >= 3 and len(letters) >= 10 and sum(ch.isupper() for ch in letters) / len(letters) > 0.8


def _sentence_case(text: str) -> str:
    from bot.lang.thesaurus import thesaurus
    from bot.lang.words import is_indonesian_word

    keep = set(_config()["keep_upper"]) | set(acronym_forms())
    abbreviations = {phrase[0] for phrase, head in thesaurus().canonical.items() if len(phrase) == 1 and phrase != head}
    words = []
    for word in text.split():
        key = word.strip("().,;:").lower()
        upper = key in keep or key in abbreviations or (len(key) <= 5 and key.isalpha() and not is_indonesian_word(key))
        words.append(word if upper else word.lower())
    result = " ".join(words)
    return result[:1].upper() + result[1:]


_BRACKETED = re.compile(r"\s*\(([^()]*)\)")


@knowledge.cached
def _asides() -> PhraseSet:
    return PhraseSet(_config()["asides"])


def _without_asides(text: str) -> tuple[str, list[str]]:
    """«… < 30 menit (inovasi sy)» → the IKI and «inovasi sy»: a bracket holding an aside word (lexicon.yaml asides)
    is the user's note, not the IKI; any other bracket («(reject rate)», «(WGS)») stays."""
    if "(" not in text:
        return text, []
    found = [m for m in _BRACKETED.finditer(text) if _asides().find([w.lower() for w in m.group(1).split()])]
    for match in reversed(found):
        text = text[: match.start()] + text[match.end():]
    return text.strip(), [f"«{m.group(1).strip()}»" for m in found]


def _inline_target(text: str) -> tuple[str, str | None]:
    tail = _target_tail()
    lower = text.lower()  # once, not once per marker word
    marked = not text.isascii() or bool(_target_words().search(lower))
    for pattern in (_TARGET_IN_BRACKETS, tail, _TARGET_AFTER_COMMA):
        if (pattern is _TARGET_IN_BRACKETS and "(" not in text or pattern is _TARGET_AFTER_COMMA and "," not in text
                or pattern is tail and not marked):
            continue  # each searches the whole text: not where its bracket, comma or marker is missing
        match = pattern.search(text)
        if match and parse_target(match.group(1)) is not None and match.start() > 0:
            return text[: match.start()], match.group(1).strip()
    return _ceiling_target(text)


def _ceiling_target(text: str) -> tuple[str, str | None]:
    """«Persentase pengulangan foto rontgen (reject rate) maks 5%» → the IKI and «maks 5%». Only a ceiling in the
    measure's own unit is its target: a share in «%» (a count's «… prevalensi stunting di bawah 14%» and a share's
    «… yang selesai < 3 jam» describe what is counted), a time measure's in hours or days."""
    match = _ceiling_tail().search(text) if _DIGIT.search(text) and _may_hold_ceiling(text) else None
    target = parse_target(match.group(1)) if match and match.start() > 0 else None
    if target is None or not _own_unit(text, target.is_percent, _per_mille(target.unit)):
        return text, None
    return text[: match.start()], match.group(1).strip()


_DIGIT = re.compile(r"\d")  # the tail's number: a search in C, not a Python test per character


@knowledge.cached
def _ceiling_words() -> tuple[frozenset[str], tuple[tuple[str, str], ...], re.Pattern | None]:
    """The ceiling markers as runs of letters («tidak lebih dari» → tidak, lebih, dari): their first words, each
    marker's first word and its runs as « tidak lebih dari » (runs joined by spaces, one at each end), and the
    markers with no letters («<», «≤») as one pattern (None without any): see _may_hold_ceiling."""
    markers = [m.lower() for m in _config()["ceiling_markers"]]
    runs = [_LETTERS.findall(m) for m in markers if _LETTERS.search(m)]
    symbols = [m for m in markers if not _LETTERS.search(m)]
    return (frozenset(r[0] for r in runs), tuple((r[0], f" {' '.join(r)} ") for r in runs),
            re.compile("|".join(map(re.escape, symbols))) if symbols else None)


def _may_hold_ceiling(text: str) -> bool:
    """Whether a ceiling marker can stand in the text: the tail's pattern is tried at every position of it (the
    dearest search of a reading), pointless in an ASCII text where no marker's words follow one another as whole
    runs of letters (in a match each marker word is one: a non-word before, a space, colon or number after)."""
    if not text.isascii():
        return True  # the pattern ignores case beyond ASCII lower-casing («K», the Kelvin sign, is «k»)
    firsts, runs, symbols = _ceiling_words()
    if symbols and symbols.search(text):
        return True
    words = _lower_runs(text)
    if firsts.isdisjoint(words):
        return False
    joined = f" {' '.join(words)} "  # a marker's runs one after another in the text's: a search in C
    present = firsts.intersection(words)
    return any(spaced in joined for first, spaced in runs if first in present)


def _per_mille(unit: str | None) -> bool:
    return " ".join((unit or "").lower().split()) in {u.lower() for u in _config()["per_mille_units"]}


def _own_unit(text: str, percent: bool, per_mille: bool = False) -> bool:
    """Whether a ceiling in «%» (else in another unit) is in the unit the IKI's measure counts in: a share or rate
    opening the IKI takes «%» or «‰», a time measure («Rata-rata waktu …», «Waktu tunggu …», never a share of times)
    any other."""
    opening = [w.lower() for w in text.split()[:3]]
    if percent or per_mille:
        return opening[0] != "jumlah"
    # «Persentase waktu tunggu obat jadi ≤ 30 menit»: a share of the times within the bound, counted in %
    return "waktu" in opening and lexicon().measure_class.get((opening[0],)) != "percent"


def _measure_typo(text: str) -> tuple[str, tuple[str, str] | None]:
    """A misspelt first word that is close to a measure word ("Persentasi", "Jumlaah") is read as that word."""
    words = text.split()
    if not words:
        return text, None
    fixed = _measure_fix(words[0].lower().strip(".,:"))
    if fixed is None:
        return text, None
    return " ".join([fixed] + words[1:]), (words[0], fixed)


@knowledge.cached
def _one_word_measures() -> list[str]:
    return [" ".join(p) for p in lexicon().measure_class if len(p) == 1]


@knowledge.remembered  # IKI open with a handful of words: the fuzzy match is made once per first word
def _measure_fix(first: str) -> str | None:
    known = _one_word_measures()
    # a casual word typed on purpose («kayaknya minggu ini …») is no measure misspelt («banyaknya»)
    if first in known or len(first) < 5 or not first.isalpha() or first in _casual():
        return None
    match = difflib.get_close_matches(first, known, n=1, cutoff=0.8)
    if not match:
        return None
    return _shorthand()[1].get(match[0], match[0]).capitalize()  # "presentase" is itself read as Persentase



_COUNT_INSIDE = re.compile(r"(?<![\w/.,-])(\d{1,3}(?:\.\d{3})+|\d+)\s+([A-Za-z][\w-]*)")


def count_inside(text: str) -> tuple[str, str] | None:
    """«Verifikasi 600 berkas usulan KP» → («Verifikasi berkas usulan KP», «600 berkas»): the one count an activity
    line holds inside it, and the line without its number; None when the line opens with a measure word, holds no
    count or more than one, or its number names a thing or a time (lexicon.yaml reading.count_not_after,
    count_not_units); a count of times («12 kali») or one ending the line goes with its number. A year is no count."""
    words = text.split()
    if not words or lexicon().measures.match_at([w.lower() for w in words], 0):
        return None
    config = _config()
    found = []
    for match in _COUNT_INSIDE.finditer(text):
        before = text[: match.start()].split()
        unit = match.group(2).lower()
        year = len(match.group(1)) == 4 and 1900 <= int(match.group(1)) <= 2100
        if not before or year or unit in config["count_not_units"]:
            return None
        if before[-1].lower().strip("(,.") in config["count_not_after"]:
            continue
        found.append(match)
    if len(found) != 1:
        return None
    match = found[0]
    last = not text[match.end():].strip(" .;,")
    rest = match.end() if last or match.group(2).lower() in config["count_times"] else match.start(2)
    kept = " ".join((text[: match.start()] + text[rest:]).split())
    return kept, f"{match.group(1)} {match.group(2)}"
