"""Whether a text is written in English rather than Bahasa Indonesia. Loanwords, acronyms, names in Title Case and
glosses in brackets are Indonesian usage ("dashboard", "SATUSEHAT", "Whole Genome Sequencing (WGS)").
Words: knowledge/rules/lexicon.yaml (language)."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.lang.english import names_measure_noun, participles_in
from bot.lang.text import PhraseSet, tokens
from bot.lang.thesaurus import thesaurus
from bot.lang.words import is_indonesian_word

_BRACKETS = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*[A-Z][A-Za-z0-9/-]*[A-Z0-9]\s*\)")


@dataclass(frozen=True)
class _Words:
    function: PhraseSet
    function_starts: frozenset[str]  # the first word of each of those phrases: a cheap test before matching
    openers: frozenset[str]
    endings: tuple[str, ...]
    ending_at: re.Pattern  # one of the endings closing a word of words joined by spaces
    loanwords: frozenset[str]
    loan_phrases: PhraseSet  # set phrases of more than one word ("up to date")
    phrase_starts: frozenset[str]  # the first word of a loan phrase or of a thesaurus phrase
    spelling: re.Pattern
    min_foreign: int
    min_share: float
    min_foreign_alone: int  # the least foreign words when no word is Indonesian
    stopwords: frozenset[str]  # «ke», «di»: Indonesian, though Sastrawi's dictionary (roots) lacks them
    loan_prefixes: tuple[str, ...]  # «di-», «ter-» before a loanword: an Indonesian verb


@knowledge.cached
def _words() -> _Words:
    lexicon = knowledge.data("rules/lexicon")
    data = lexicon["language"]
    # Indonesian shorthand («thn», «krn», «tdk») is spelt out by the draft reading: never a foreign word
    shorthand = [str(w) for w in lexicon["reading"]["shorthand"] if str(w).isalpha()]
    loans = [str(w) for w in data["loanwords"]] + [str(w) for w in data["clinical_terms"]] + shorthand
    phrases = data["function_words"]
    multi = [w for w in loans if " " in w]
    thesaurus_starts = {p[0] for p in thesaurus().canonical if p}
    return _Words(function=PhraseSet(phrases), function_starts=frozenset(_first_words(phrases)),
                  phrase_starts=frozenset(_first_words(multi)) | thesaurus_starts, openers=frozenset(data["openers"]),
                  endings=tuple(data["english_endings"]), ending_at=_closing(data["english_endings"]),
                  loanwords=frozenset(w for w in loans if " " not in w), loan_phrases=PhraseSet(multi),
                  spelling=re.compile("|".join(data["english_spellings"])), min_foreign=data["min_foreign"],
                  min_share=data["min_foreign_share"], min_foreign_alone=data["min_foreign_alone"],
                  stopwords=frozenset(lexicon["stopwords"]), loan_prefixes=tuple(data["loan_prefixes"]))


def _closing(endings: list[str]) -> re.Pattern:
    """Any of the endings closing a word, in words joined by single spaces."""
    return re.compile(f"(?:{'|'.join(map(re.escape, endings))})(?: |\\Z)")


def _first_words(phrases: list[str]) -> list[str]:
    return [words[0] for words in map(tokens, phrases) if words]


def english_words(text: str) -> list[str]:
    """The words that make the text English ([] when it reads as Indonesian): an English grammar word, an English
    measure word opening it, an English -ed/-ing predicate after "yang", or mostly foreign words. Remembered per
    text: an audit checks the IKI colleagues share once."""
    return list(_english(text))


@knowledge.remembered
def _english(text: str) -> tuple[str, ...]:
    return tuple(_english_words(text))


def _english_words(text: str) -> list[str]:
    if text.isascii() and not _may_be_english(tokens(text)):
        return []
    words = _plain_words(text)
    if not words:
        return []
    config = _words()
    starts = config.function_starts
    found = [" ".join(config.function.match_at(words, i) or ()) for i, w in enumerate(words) if w in starts]
    found = [w for w in found if w]
    if words[0] in config.openers:
        found.insert(0, words[0])
    found += [after for before, after in zip(words, words[1:])
              if before == "yang" and after.endswith(config.endings) and _foreign(after)]
    # an English participle anywhere is an English predicate, as «on time» is English wherever it stands (tester24
    # #19: «… passed sesuai Westgard rules» passed while «… diperiksa on time» was refused)
    if not found:  # (an English text found otherwise is named by its grammar words, as before)
        found = [p for p in participles_in(words) if all(map(_foreign, p.split()))]
    if found:
        return found
    foreign = [w for w in words if _foreign(w) and config.spelling.search(w)]
    if len(foreign) >= config.min_foreign and len(foreign) / len(words) >= config.min_share:
        return foreign
    if len(foreign) >= config.min_foreign_alone and any(map(is_loanword, words)) \
            and not any(_indonesian(w) for w in words):
        return foreign  # «System uptime SIMRS»: loanwords and English, nothing Indonesian (nor typed at random)
    return []


def _indonesian(word: str) -> bool:
    return not is_loanword(word) and not _foreign(word)


def _may_be_english(words: list[str]) -> bool:
    """False when no test below can fire, read on all the text's words (for ASCII text they hold every word
    _plain_words keeps, as often): no English grammar word or opener, no foreign -ed/-ing word after "yang", fewer
    foreign words with an English spelling than the least that counts. Most IKI are Indonesian and skip the walk
    over names and set phrases."""
    config = _words()
    if not (config.function_starts.isdisjoint(words) and config.openers.isdisjoint(words)):
        return True
    # the words with an English ending, for both tests: most IKI have none (one search over the words joined)
    ending = [w for w in words if w.endswith(config.endings)] if config.ending_at.search(" ".join(words)) else []
    if ending and ("yang" in words and any(map(_foreign, ending)) or participles_in(words)):
        return True
    spelt = _spelt_foreign()
    try:
        foreign = sum(map(spelt.__getitem__, words))
    except KeyError:  # words not met before: judged once each
        if len(spelt) > 200_000:
            spelt.clear()
        spelling = config.spelling
        for w in words:
            if w not in spelt:
                spelt[w] = bool(spelling.search(w)) and _foreign(w)
        foreign = sum(map(spelt.__getitem__, words))
    if not foreign:
        return False  # most IKI: no foreign word, nothing Indonesian to look for
    least = config.min_foreign if any(_indonesian(w) for w in words if w.isalpha()) else config.min_foreign_alone
    return foreign > 0 and foreign >= least


@knowledge.cached
def _spelt_foreign() -> dict[str, bool]:
    """Word → whether it is foreign with an English spelling, for the words met so far: one dict lookup per word of
    every IKI an audit checks (forgotten with the knowledge files)."""
    return {}


def is_english(text: str) -> bool:
    return bool(english_words(text))


def mostly_english(text: str) -> bool:
    """Whether a message is written mostly in English, not Indonesian with English words in it (lexicon.yaml
    language.min_english_share); the English filler Indonesian chat drops in («…, please», «btw», «asap») is never
    what makes it so (`chat_filler`)."""
    words = tokens(text)
    found = english_words(_chat_filler().sub(" ", text))
    return bool(found) and len(found) >= knowledge.data("rules/lexicon")["language"]["min_english_share"] * len(words)


@knowledge.cached
def _chat_filler() -> re.Pattern:
    phrases = sorted(knowledge.data("rules/lexicon")["language"]["chat_filler"], key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
                      + r")(?![^\W_])", re.IGNORECASE)


def opens_with_english_measure(text: str) -> bool:
    """«Average recovery time …», «Number of applications …»: an indicator written in English, opened by an English
    measure word. It is an IKI all the same (read and checked, the rules flag the language), not a stray line."""
    first = next((w for w in tokens(text) if w.isalpha()), "")  # past a list's «5.»
    return first in _words().openers and is_english(text)


def measured_in_english(text: str) -> bool:
    """An indicator in English: opened by a measure word, or naming its measure after what it measures («EQAS score
    for AST», d18-dev05: skipped as no IKI, the list one short)."""
    return opens_with_english_measure(text) or (is_english(text) and names_measure_noun(text))


def is_loanword(word: str) -> bool:
    """A word Indonesian writing borrows as it is ("dashboard", "server")."""
    return word.lower() in _words().loanwords


@knowledge.remembered  # an audit asks about the same words a million times
def _foreign(word: str) -> bool:
    return word.isalpha() and not is_loanword(word) and not is_indonesian_word(word) and casual_root(word) is None \
        and word.lower() not in _words().stopwords and not prefixed_loan(word)


def prefixed_loan(word: str) -> bool:
    """«diinput», «diupdate», «dikoding»: a loanword given an Indonesian passive prefix (lexicon.yaml language
    `loan_prefixes`) is an Indonesian verb, never English («yang dikoding» read as «yang coding»: d17-dev05)."""
    lower = word.lower()
    return any(lower.startswith(p) and is_loanword(lower[len(p):]) for p in _words().loan_prefixes)


# Spoken Jakarta-style verbs: a nasal prefix for meN- ("ngecek", "nyusun", "mantau") and "-in" for -kan/-i.
_NASALS = (("nge", ("",)), ("ng", ("", "k")), ("ny", ("s", "c")), ("m", ("p",)), ("n", ("t",)))


def casual_root(word: str) -> str | None:
    """The Indonesian root of a casual verb form ("ngumpulin" → "kumpul", "nyusun" → "susun", "beresin" →
    "beres"), or None when the word is not one."""
    word = word.lower()
    if is_indonesian_word(word):
        return None
    stems = [word[:-2]] if word.endswith("in") and len(word) > 5 else []
    stems.append(word)
    for stem in stems:
        if stem != word and is_indonesian_word(stem):
            return stem
        for prefix, restores in _NASALS:
            if stem.startswith(prefix) and len(stem) > len(prefix) + 2:
                for restore in restores:
                    root = restore + stem[len(prefix):]
                    if root != word and is_indonesian_word(root):
                        return root
    return None


def _plain_words(text: str) -> list[str]:
    """Lower-case words outside brackets, set phrases, acronyms, codes and proper names (a run of two or more
    capitalised words, unless it opens the text with no bracketed acronym after it: "Case Fatality Rate (CFR)" is a
    name)."""
    pieces, brackets = _BRACKETS.split(text), _BRACKETS.findall(text)
    kept: list[str] = []
    for n, piece in enumerate(pieces):
        acronym_follows = n < len(brackets) and bool(_ACRONYM_IN_BRACKETS.fullmatch(brackets[n].strip()))
        words = _without_set_phrases(_WORD.findall(piece))
        kept += _without_names(words, opens=n == 0, acronym_follows=acronym_follows)
    return tokens(" ".join(kept))


def _without_set_phrases(words: list[str]) -> list[str]:
    """Domain terms the ministry writes in English ("out of pocket", "joint external evaluation") and set phrases
    ("up to date") are its usage."""
    keys = [w.lower() for w in words]
    known, loans, starts = thesaurus().phrases, _words().loan_phrases, _words().phrase_starts
    kept, i = [], 0
    while i < len(words):
        phrase = keys[i] in starts and (known.match_at(keys, i) or loans.match_at(keys, i))
        if phrase and len(phrase) > 1:
            i += len(phrase)
            continue
        kept.append(words[i])
        i += 1
    return kept


def _without_names(words: list[str], opens: bool, acronym_follows: bool) -> list[str]:
    kept, i = [], 0
    while i < len(words):
        word = words[i]
        if (word.isupper() and len(word) > 1) or (not word.isalpha() and any(ch.isdigit() for ch in word)):
            i += 1  # an acronym or a code
            continue
        j = i
        while j < len(words) and words[j][:1].isupper() and not words[j].isupper():
            j += 1
        opening = opens and i == 0
        if j - i >= 2 and (not opening or (j == len(words) and acronym_follows)):
            i = j
            continue
        kept.append(word)
        i += 1
    return kept
