"""A logbook line's misspelt words put right before it is linked ("keberatn" → keberatan, "penandatnganan" →
penandatanganan): only toward a word the linker knows — the user's own SKP and rencana aksi, the logbook's
vocabulary, the domain thesaurus — and only when that word is the one nearest."""

import re
from functools import lru_cache

from bot import knowledge
from bot.lang.text import tokens
from bot.lang.thesaurus import thesaurus
from bot.lang.words import dictionary_words, edit_distance, is_indonesian_word, spoken_active, spoken_root
from bot.skp.regions import place_words
from bot.year.line import Line
from bot.year.vocabulary import config

# knowledge/catatan_harian.yaml lists whose words a line may be respelt toward (phrase lists, or groups of them)
_LISTS = ("synonyms", "outside_words", "outside_activities", "participation_words", "learning_events", "teaching_words",
          "learning_credits", "done_words", "done_verbs",
          "final_states", "success_words", "weak_words", "today_words", "yesterday_words", "past_markers",
          "last_week", "date_words", "weekday_names", "month_short", "recap_words", "negations", "negated_existence")


def respelled(ln: Line, texts: tuple[str, ...]) -> Line:
    """The line with each word that is no word of the language (nor a chat form of one: «ngejar», «pindahin») and one
    or two letters off exactly one known word (the SKP's texts, the logbook's lists) written as that word; its tokens
    stay one for one. A capitalised word past the first is a name or an acronym and stays, unless it is an acronym
    of the SKP's own with two neighbouring letters swapped («JIDH» for the JDIH an IKI names: _swapped_acronym)."""
    names = {w.lower() for w in ln.text.split()[1:] if w[:1].isupper()}  # "Itjen", "Sikka": a name, as written
    shouted = not any(c.islower() for c in ln.text)  # «PSBNDU 4 DSA»: all in capitals, no word a name by them
    toks = tuple(_nearest(t, texts) if k == "word" and t not in names else
                 _unvowelled(t, texts) if k == "word" and shouted else
                 _swapped_acronym(t, texts) if k == "word" else t for t, k in zip(ln.toks, ln.kinds))
    return ln if toks == ln.toks else Line(ln.text, toks, ln.kinds, ln.spans)  # one token for one: spans hold


@lru_cache(maxsize=1024)
def _acronyms(texts: tuple[str, ...]) -> frozenset[str]:
    """The acronyms the SKP's own texts write in capitals («JDIH», «BAPETEN»), lower-cased as a line's tokens are."""
    return frozenset(a.lower() for text in texts for a in re.findall(r"\b[A-Z]{4,}\b", text))


def _swapped_acronym(word: str, texts: tuple[str, ...]) -> str:
    """An acronym the user typed with two neighbouring letters swapped («JIDH», the JDIH of «… diunggah ke JDIH
    Kemenkes»): the one acronym of the SKP's own texts it is, when no word of the language; else the word. A letter
    changed, added or dropped names another system as often (ASPAK, ASPEK), so only the same letters count."""
    if len(word) < 4 or not word.isalpha() or is_indonesian_word(word) or word in _acronyms(texts):
        return word
    found = [a for a in _acronyms(texts) if len(a) == len(word) and sorted(a) == sorted(word) and
             edit_distance(word, a, 1) == 1]
    return found[0] if len(found) == 1 else word


@lru_cache(maxsize=1024)
def _own(texts: tuple[str, ...]) -> frozenset[str]:
    """The SKP's own words the logbook lists do not already know (a few dozen per user)."""
    return frozenset(w for text in texts for w in tokens(text) if w.isalpha()) - _base()


@knowledge.cached
def _base_by_length() -> dict[int, list[str]]:
    return _by_length(_base())


def _by_length(words: frozenset[str]) -> dict[int, list[str]]:
    """The words by length (a typo is at most two letters longer or shorter), in a fixed order."""
    out: dict[int, list[str]] = {}
    for word in sorted(words):
        out.setdefault(len(word), []).append(word)
    return out


@knowledge.cached
def _base() -> frozenset[str]:
    data, words = config(), set()
    for key in _LISTS:
        for item in data[key]:
            for phrase in item if isinstance(item, list) else [item]:
                words.update(tokens(str(phrase)))
    for group in data["covers"] + data["topic_hints"]:
        for phrase in group["when"] + group["words"]:
            words.update(tokens(phrase))
    words.update(w for phrase in thesaurus().canonical for w in phrase)
    return frozenset(w for w in words if w.isalpha())


@lru_cache(maxsize=8192)  # a user's SKP stays; their words come back day after day
def _nearest(word: str, texts: tuple[str, ...]) -> str:
    settings = config()["link"]
    own = _own(texts)
    if len(word) < settings["respell_min_chars"]:  # «smstr»: short, yet typed without vowels; else no typo
        return _unvowelled(word, texts) if _short_unvowelled(word) else word
    if (word in own or word in _base() or not word.isalpha()
            or is_indonesian_word(word) or spoken_active(word) or spoken_root(word) or word in place_words()):
        # a word of the language, one said as chat says it («ngejar» is kejar, no «ngajar»), a region («kalbar»)
        return word
    unvowelled = _unvowelled(word, texts)
    if unvowelled != word:
        return unvowelled
    if len(word) >= settings["clipped_min_chars"]:
        # «telekonsul»: the one word of the SKP's own it opens, cut short
        whole = {w for text in texts for w in tokens(text)
                 if w.isalpha() and w.startswith(word) and len(w) >= len(word) + settings["clipped_rest"]}
        if len(whole) == 1:
            return whole.pop()
    most = 2 if len(word) >= settings["respell_two_edits_chars"] else 1
    found: dict[int, set[str]] = {}
    for by_length in (_base_by_length(), _by_length(own)):
        for size in range(len(word) - most, len(word) + most + 1):
            for other in by_length.get(size, ()):
                if (d := edit_distance(word, other, most)) <= most:
                    found.setdefault(d, set()).add(other)
    best = found[min(found)] if found else set()
    return best.pop() if len(best) == 1 else word


_VOWELS = frozenset("aeiou")


def _skeleton(word: str) -> str:
    return "".join(c for c in word if c not in _VOWELS)


def _short_unvowelled(word: str) -> bool:
    """A short word («rkp», «smpl») may be one typed without its vowels: it has one vowel at most."""
    return len(word) >= config()["link"]["unvowelled_min_chars"] and sum(c in _VOWELS for c in word) <= 1


def unvowelled_read(ln: Line, texts: tuple[str, ...]) -> bool:
    """Some word of the line was read as a known word typed without its vowels (_unvowelled): a guess."""
    return any(k == "word" and _unvowelled(t, texts) != t for t, k in zip(ln.toks, ln.kinds))


@lru_cache(maxsize=8192)
def _unvowelled(word: str, texts: tuple[str, ...]) -> str:
    """«smstr» → semester, «intgrs» → integrasi, «psbndu» → posbindu: a word that is no word of the language, with one
    vowel at most and four consonants or more (link.unvowelled_min_consonants), typed without vowels of the one known
    word (the SKP's own or the logbook's lists, and no other root of the language) with the same first letter and the
    same consonants in the same order; else the word."""
    if len(word) < config()["link"]["unvowelled_min_chars"] or not word.isalpha() or is_indonesian_word(word) or \
            word in _base() or len(_skeleton(word)) < config()["link"]["unvowelled_min_consonants"] or \
            sum(c in _VOWELS for c in word) > 1:  # «visits», «kluarga»: words with their vowels, no shorthand
        return word
    bare = _skeleton(word)
    found = {k for k in _own(texts) | _base() | _roots_by_skeleton().get(bare, frozenset()) if k[0] == word[0] and
             _skeleton(k) == bare and sum(c in _VOWELS for c in k) > sum(c in _VOWELS for c in word) and _within(word, k)}
    # «dpt»: dapat or depot, the language has both; only a word the linker knows, and the only one, is read
    return found.pop() if len(found) == 1 and found <= _own(texts) | _base() else word


@knowledge.cached
def _roots_by_skeleton() -> dict[str, frozenset[str]]:
    """The language's root words (Sastrawi's dictionary) by their consonants."""
    out: dict[str, set[str]] = {}
    for root in dictionary_words():
        if root.isalpha():
            out.setdefault(_skeleton(root), set()).add(root)
    return {k: frozenset(v) for k, v in out.items()}


def _within(short: str, long: str) -> bool:
    """Every letter of `short` stands in `long` in that order."""
    letters = iter(long)
    return all(c in letters for c in short)
