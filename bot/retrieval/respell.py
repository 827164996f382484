"""A question's chat spellings and English words as the guidance writes them («nentuin» → «menentukan», «max» →
«maksimal»; search.yaml `answers.spoken`, `spoken_shorthand`), its cues of several words and quotes kept as typed.
"""

import re
import unicodedata

from bot import knowledge
from bot.lang.dates import MONTHS, ROMAN
from bot.lang.english import indonesian_word, question_in_indonesian
from bot.lang.text import smalltalk_phrases, token_spans, tokens
from bot.lang.values import spelled_out
from bot.lang.words import is_indonesian_word
from bot.retrieval.glossary import acronyms, named_always_spans, skipped_words, term_apart
from bot.retrieval.normalize import search_config
from bot.retrieval.question_parts import _QUOTED, _kinds

_WORD = re.compile(r"[^\W_]+")
_ACRONYM_NYA = re.compile(r"\b([^\W\d_]{2,})-(?=nya\b)")
_ELONGATED = re.compile(r"(?<=[a-z]{2})([a-z])\1{2,}$")  # the last letter three times or more, after two others


def respelled(question: str) -> str:
    """Chat spellings and English words as the guidance writes them ("nentuin" → "menentukan", "max" → "maksimal",
    "ngisinya" → "mengisinya");
    the words are in search.yaml `answers.spoken` and `spoken_shorthand`. A cue of several words stays as typed:
    «step by step» and «how do» ask how only in their own words, and a finding's code («REPORT_COUNT») is a name.
    An English question's asking phrases are read first, as the Indonesian question says them («do I have to …» →
    «do I harus …»: bot.lang.english).
    """
    question = question_in_indonesian(_slang().sub("", question)).lstrip(" .,;!").rstrip()  # «… dong bestie»: a call
    # «IKI-nya», «MPPH-nya»: a glossary acronym's «-nya» written with a hyphen is the acronym, as «ISSnya» is
    question = _ACRONYM_NYA.sub(lambda m: m.group(1) if m.group(1).lower() in acronyms() else m.group(0), question)
    spoken = _spoken()
    kept = _cue_spans(question)
    if unicodedata.normalize("NFKC", question) == question:  # the code's place is read in the NFKC text
        kept = kept + named_always_spans(question)
    quotes = [m.span(1) for m in _QUOTED.finditer(question)]  # an IKI quoted is the user's own words, as typed
    kept = kept + _calls(question)
    # «2 SMP», «RS»: a word in capitals among lower-case words is a name, never chat shorthand («smp»: sampai)
    named = {w for w in spoken if not question.isupper()}
    question = _WORD.sub(lambda m: m.group() if any(a <= m.start() < b for a, b in kept)
                         or (m.group().isupper() and len(m.group()) > 2 and m.group().lower() in named)
                         else _respelled_word(m.group(), spoken, english=not any(a <= m.start() < b for a, b in quotes)),
                         question)
    question = _double_negation().sub(search_config()["answers"]["yesno"]["double_negation"]["means"], question)
    question = _list_count_spelled(question)
    return _roman_grades().sub(lambda m: f"{m.group(1)} {ROMAN[int(m.group(2)) - 1].upper()}", question)


_COUNT = re.compile(r"(?<![\d.,])\b([2-9])\s+(?=[^\W\d_]{3,})")
_COUNT_WORDS = ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def _list_count_spelled(question: str) -> str:
    """«sebutin 5 tahap PRIMA»: in a question asking for a list, a count before the things counted is the word the
    guidance writes the count in («Lima tahap PRIMA …»), so the answer naming all of them is found as «lima» finds it.
    Only in a list question: a claim's figure («PRIMA 5 tahap kan?») stays a figure to check."""
    if not dict(_kinds())["list"].find(tokens(question)):
        return question
    return _COUNT.sub(lambda m: _COUNT_WORDS[int(m.group(1)) - 2] + " ", question)


@knowledge.cached
def _double_negation() -> re.Pattern:
    """«tidak boleh tidak …» (search.yaml `answers.yesno.double_negation`): one duty, «wajib …»."""
    config = search_config()["answers"]["yesno"]["double_negation"]
    no, may = ("|".join(map(re.escape, config[key])) for key in ("negations", "permits"))
    return re.compile(rf"\b(?:{no})\s+(?:{may})\s+(?:{no})\b", re.IGNORECASE)


@knowledge.cached
def _roman_grades() -> re.Pattern:
    """«eselon 2»: a grade word (search.yaml `answers.roman_grades`) then a digit, the grade the guidance writes as
    «Eselon II». Not «eselon 1»: its «I» reads as the English word, a chat word, and the claim would lose its grade."""
    words = "|".join(map(re.escape, search_config()["answers"]["roman_grades"]))
    return re.compile(rf"\b({words})\s+([2-4])\b(?![.,]?\d)", re.IGNORECASE)


@knowledge.cached
def _slang() -> re.Pattern:
    """search.yaml answers.slang, calls and cheers around a question, with the space before each."""
    words = "|".join(map(re.escape, sorted(search_config()["answers"]["slang"], key=len, reverse=True)))
    return re.compile(rf"\s*\b(?:{words})\b", re.IGNORECASE)


@knowledge.cached
def _spoken() -> dict[str, str]:
    """search.yaml answers.spoken, with the rules' shorthand it names (lexicon.yaml reading.shorthand: «udh», «tgl»)."""
    config = search_config()["answers"]
    shorthand = knowledge.data("rules/lexicon")["reading"]["shorthand"]
    return config["spoken"] | {word: shorthand[word] for word in config["spoken_shorthand"]}


def _respelled_word(word: str, spoken: dict[str, str], english: bool = True) -> str:
    """One word as the guidance writes it; a chat verb with "-nya" keeps it («ngisinya» → «mengisinya»), a word
    doubled by a «2» is the word («cara2» → «cara»), a letter typed long is one («tolonggg» → «tolong»)."""
    lower = word.lower()
    if lower in spoken:
        return spoken[lower]
    squeezed = _ELONGATED.sub(r"\1", lower)
    if squeezed != lower and not word.isupper() and (is_indonesian_word(squeezed) or squeezed in skipped_words()):
        # «tolonggg», «kakkk»: the last letter typed long is the word said long; «PPPK», «TW III» are names
        return _respelled_word(squeezed, spoken, english)
    typo = _one_letter_less(lower) if not word.isupper() else None
    if typo:  # «targeet», «bobbot»: a letter slipped in twice, where the word once is one the guidance writes
        return _respelled_word(typo, spoken, english)
    doubled = re.fullmatch(r"([a-z]{3,})2(nya)?", lower)
    if doubled and doubled.group(1) in search_config()["answers"]["yesno"]["other_questions"]:
        return word  # «tanpa ngomong ke siapa2», «ga ngapa2in»: a question word doubled is «anyone», asking nothing
    if doubled:  # «cara2», «langkah2nya»: a chat plural («cara-cara») asks about the word itself
        return _respelled_word(doubled.group(1), spoken, english) + (doubled.group(2) or "")
    if lower.endswith("nya") and lower[:-3] in spoken and " " not in spoken[lower[:-3]]:
        return spoken[lower[:-3]] + "nya"
    if term_apart(word, acronyms()) != word:  # «issnya ada brp»: the acronym, then its «nya», as search knows it
        return term_apart(word, acronyms())
    # an English word no Indonesian one is spelt like: as the English lexicon says it («evaluation» → «evaluasi»)
    return (english and not is_indonesian_word(lower) and indonesian_word(lower)) or word


def _one_letter_less(word: str) -> str | None:
    """The word with one letter typed twice typed once («targeet» → «target»), when the word is no Indonesian nor
    English word as typed and is one so; None otherwise («saat», «maaf» are words as typed)."""
    if len(word) < 5 or is_indonesian_word(word) or word in skipped_words() or indonesian_word(word):
        return None
    for m in re.finditer(r"([a-z])\1", word):
        once = word[:m.start()] + word[m.start() + 1:]
        if is_indonesian_word(once):
            return once
    return None


def _calls(question: str) -> list[tuple[int, int]]:
    """Where a word calling the bot stands (intent.yaml smalltalk `call`: «min», «kak»), as (start, end) offsets: one
    opening the message or set off by a mark or the message's end («min sy dosen …», «…, boleh kan min?») calls the
    admin, never «minimal»; «IKI min 5» still counts."""
    calls = {p for p in smalltalk_phrases("call") if " " not in p}
    found = []
    for m in _WORD.finditer(question):
        after = question[m.end():]
        if m.group().lower() in calls and not re.match(r"[\s.]*\d", after) \
                and (not question[:m.start()].strip(" \t\n@") or re.match(r"\s*(?:[,.;:!?]|$)", after)):
            found.append(m.span())
    return found


def _cue_spans(question: str) -> list[tuple[int, int]]:
    """Where the question's cues of several words stand, as (start, end) offsets; none when unsure."""
    words, spans = tokens(question), token_spans(question)
    if len(words) != len(spans) or not question.isascii():
        return []
    kept = []
    for _, phrases in _kinds():
        for i in range(len(words)):
            phrase = phrases.match_at(words, i)
            if phrase and len(phrase) > 1:
                kept.append((spans[i][0], spans[i + len(phrase) - 1][1]))
    return kept


def figures_written(question: str) -> str:
    """A figure typed in Indonesian words written in digits where it is a figure (search.yaml
    `answers.spelled_figures`): «Setjen eselon II nya tiga belas ya?» → «… 13 ya?», «bobot CL lima puluh persen» →
    «50 persen», «iki sy cuma empat?» → «… 4?»; «salah satu», «satu lg», «dua2nya» stay words."""
    numbers = knowledge.data("numbers")
    units = set(numbers["words"]) | set(numbers["scales"]) | {numbers["teen"]}
    percent = set(numbers["percent"])
    # a tag, an «only» («empat aja») or an alternative («sepuluh apa lima belas?») after it closes the figure's clause
    yesno = search_config()["answers"]["yesno"]
    tags = set(yesno["tags"]) | set(yesno["only"]["asks"]) | set(search_config()["answers"]["alternatives"]) | {"apa"}
    after_not = set(search_config()["answers"]["spelled_figures"]["after_not"])
    runs = [m for m in re.finditer(rf"\b(?:{'|'.join(sorted(units, key=len, reverse=True))})"
                                   rf"(?:\s+(?:{'|'.join(sorted(units, key=len, reverse=True))}))*\b(?![-\d])",
                                   question, re.IGNORECASE)]
    out, last = [], 0
    for m in runs:
        words = m.group().lower().split()
        before = tokens(question[:m.start()])[-1:]
        rest = question[m.end():]
        following = tokens(rest)[:1]
        closes = not rest.strip() or rest.lstrip()[:1] in "?,.!" or following and following[0] in tags
        value = spelled_out(m.group())
        if words[0] not in numbers["words"] or before and before[0] in after_not or not re.fullmatch(r"[\d.,]+", value) \
                or not (len(words) > 1 or closes or following and following[0] in percent):
            continue
        out.append(question[last:m.start()] + value)
        last = m.end()
    return _dates_named(_counters_apart("".join(out) + question[last:]))


def _counters_apart(question: str) -> str:
    """«IKI sy jadi 14biji»: a count glued to its counter word (search.yaml `answers.count_asked.counters`) is the
    count then the counter, as «14 biji» is read; glued, neither the count nor the word is seen."""
    counters = "|".join(map(re.escape, search_config()["answers"]["count_asked"]["counters"]))
    return re.sub(rf"(?<![\w.,])(\d+)({counters})\b", r"\1 \2", question, flags=re.IGNORECASE)



def _dates_named(question: str) -> str:
    """«paling lambat 31/3 kan?»: a day and month written with a slash right after a word of a deadline or a date
    (search.yaml `answers.yesno.claim.deadline_words` and `date_words`) is the date as the guidance writes it,
    «31 Maret», held against the answer's deadline; a ratio («50/40/10») or a slide's «(3/4)» stays."""
    claim = search_config()["answers"]["yesno"]["claim"]
    words = claim["deadline_words"] + claim["date_words"]
    before = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    def named(m: re.Match) -> str:
        day, month = int(m.group(2)), int(m.group(3))
        return f"{m.group(1)}{day} {MONTHS[month - 1]}" if 1 <= day <= 31 and 1 <= month <= 12 else m.group()
    return re.sub(rf"(\b(?:{before})\s+(?:tgl\s+|tanggal\s+)?)(\d{{1,2}})/(\d{{1,2}})\b(?!/\d)", named, question,
                  flags=re.IGNORECASE)
