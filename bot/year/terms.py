"""Words as matching terms: the logbook's shorthand and the domain thesaurus to one form ("kp", "naik pangkat" →
kenaikan pangkat, one term), other words as Sastrawi stems ("dihapuskan", "penghapusan" → hapus). Linking and
counting compare terms."""

from collections.abc import Sequence

from bot import knowledge
from bot.lang.text import tokens
from bot.lang.words import is_indonesian_word, spoken_active, spoken_root, stem
from bot.rules.lexicon import lexicon
from bot.skp.regions import place_words
from bot.year.vocabulary import config, english_phrases, english_terms, vocabulary


@knowledge.cached
def _spelled() -> dict[str, str]:
    table = knowledge.data("rules/lexicon")["reading"]["shorthand"]
    spelled = {k.lower(): v for k, v in table.items() if tokens(k) == [k.lower()]}  # "yg", "rata2"; not "pers."
    return spelled | {k.lower(): v for k, v in config()["spoken_written"].items()}  # «beresin»: never a «resin»


@knowledge.cached
def _ignored() -> frozenset[str]:
    """Function words (Indonesian and English, clause connectives too), and the logbook's words of time and
    done-ness: they say nothing about which IKI."""
    from bot.retrieval.normalize import stopwords

    data = vocabulary()
    words = set(lexicon().stopwords) | set(stopwords()) | set(data.weekdays) | set(data.months)
    for key in ("today_words", "yesterday_words", "past_markers", "last_week", "done_words", "ongoing_words",
                "date_words", "smalltalk_filler", "helping_words", "connectives", "regional_negations"):
        for phrase in knowledge.data("catatan_harian")[key]:
            words.update(tokens(str(phrase)))
    words.update(knowledge.data("intent")["filler"])
    # an English IKI or line: «of», «and», «the» name nothing either, nor its units of time («avg 20 minutes»: never
    # Sastrawi's «mute» of «minutes»)
    english = knowledge.data("rewrite/english")
    for key in ("prepositions", "connectors", "relative", "dropped", "units"):
        words.update(w for phrase in english[key] if isinstance(phrase, str) for w in tokens(phrase))
    return frozenset(words | {stem(w) for w in words if w.isalpha()})  # "selesaikan" → selesai is a done-word too


def capitals(text: str) -> frozenset[str]:
    """The words a text writes in capitals (three letters or more) beside words it does not: an acronym, even one
    spelt like a function word («2 PAK di Bekasi»: penyalur alat kesehatan, no «Pak»)."""
    raw = [w.strip(".,;:()/&+") for w in text.split()]
    if not any(w.islower() for w in raw):
        return frozenset()
    return frozenset(w.lower() for w in raw if len(w) >= 3 and w.isalpha() and w.isupper())


def terms(words: Sequence[str], english: bool = False, names: frozenset[str] = frozenset()) -> list[str]:
    """Matching terms of the words, in order, without function words; short numbers are dropped, a name's number
    ("360 derajat") is kept. english: the words are an English line's, read through English nouns and verbs too.
    names: words written in capitals (capitals()), kept as they are though they are spelt like a function word."""
    spelled = _spelled()
    plain = []
    for word in words:
        word = spelled.get(word, word)
        # an acronym written in capitals («KPRS») is read whole: never a shorter one with an ending («KP» + «s»)
        plain.extend(w if w in names else _unprefixed(_english_base(_spoken(w), english))
                     for w in _split(tokens(word), english))
    ignored = _ignored()
    thesaurus = english_terms() if english else vocabulary().terms
    units = thesaurus.canonical_units(plain)
    heads, places = _heads(english), place_words()
    kept = frozenset(config()["unstemmed"])
    found = []
    for unit in units:
        if len(unit) > 1:
            found.append(" ".join(unit))  # "kenaikan pangkat", "perjanjian kerja sama": one thing, one term
        elif unit in heads:
            found.append(stem(unit[0]))  # a synonym group's word ("sukses" → berhasil) is kept whatever its stem
        elif unit[0] in places:
            found.append(unit[0])  # a place is named whole: «Maluku» is no «malu», «Riau» no «riau-riau»
        elif unit[0].removesuffix("nya") in kept:
            found.append(unit[0].removesuffix("nya"))  # «keperawatan» is no «perawat» (catatan_harian.yaml unstemmed)
        elif unit[0] in names and unit[0] in ignored:
            found.append(unit[0])
        elif unit[0] not in ignored and len(unit[0]) > 1 and not _plain_number(unit[0]) and \
                (word := stem(unit[0])) not in ignored:
            found.append(word)
    return found


def _spoken(word: str) -> str:
    """A verb said with chat's -in for -kan/-i, read as its written form is: «dikeluhin» → keluh, «ngecekin» → cek;
    with a passive or nasal prefix whose root Sastrawi does not know or finds too short, the word without its -in
    («diinputin» → «diinput», «dicekin» → «dicek», «diuploadin» → «diupload»). A word of the language («kemarin»,
    «vaksin») stays as it is."""
    if not (word.isalpha() and len(word) > 5 and word.endswith("in")) or is_indonesian_word(word):
        return word
    if root := spoken_active(word) or spoken_root(word):
        return root
    prefixes = (*config()["passive_prefixes"], "ng", "ny")
    return word[:-2] if word.startswith(prefixes) else word


def _unprefixed(word: str) -> str:
    """A borrowed word with a passive prefix Sastrawi cannot take off («ditriase», «dikoding», «tertriase»): the
    word without it, when the whole is no word of the language and the rest is one, or one of the vocabulary
    (catatan_harian.yaml passive_prefixes)."""
    if not word.isalpha() or is_indonesian_word(word) or (word,) in vocabulary().terms.canonical:
        return word
    for prefix in config()["passive_prefixes"]:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 4 and (is_indonesian_word(rest) or rest in known_words()):
            return rest
    return word


def _split(words: list[str], english: bool) -> list[str]:
    """In English a hyphen joins words of the language («restore-tested»): their parts, when each is an English word
    the vocabulary knows; a name keeps its hyphen («e-Kinerja»)."""
    if not english:
        return words
    known = _english_keys() | known_words()
    out = []
    for word in words:
        parts = word.split("-")
        whole = len(parts) > 1 and all(len(p) > 2 and _english_base(p, True) in known for p in parts)
        out.extend(parts if whole else [word])
    return out


@knowledge.cached
def _heads(english: bool = False) -> frozenset[tuple[str, ...]]:
    return frozenset((english_terms() if english else vocabulary().terms).canonical.values())


def _plain_number(word: str) -> bool:
    return word.isdigit() and (len(word) < 3 or (len(word) == 4 and word.startswith(("19", "20"))))


@knowledge.cached
def known_words() -> frozenset[str]:
    return frozenset(word for phrase in vocabulary().terms.canonical for word in phrase)


def _english_base(word: str, english: bool = False) -> str:
    """"releases" → release, "reviewed" → review, when the base is a word the vocabulary knows and the word itself
    is not ("pks" is perjanjian kerja sama, not two pk)."""
    if not word.isalpha() or is_indonesian_word(word) or (word,) in vocabulary().terms.canonical:
        return word
    known = known_words() | (_english_words() if english else frozenset())
    # «-ss» ends a word, never a plural: «stress» is no «str» (surat tanda registrasi), «access» no «acc»
    for base in (word[:-1], word[:-2], word[:-3]) if word.endswith(("s", "ed")) and not word.endswith("ss") else ():
        # a short base names a thing of its own («MoUs»), not a word of a phrase («press» is no «pre» of «pre test»)
        if base in known and (len(base) > 3 or (base,) in vocabulary().terms.canonical):
            return base
    if english and word.endswith("s") and not word.endswith("ss") and len(word) > 3 and is_indonesian_word(word[:-1]):
        return word[:-1]  # «instrument sets»: an English plural of a word Indonesian borrowed whole («set», «tes»)
    return word


def english_said(word: str) -> tuple[str, ...]:
    """The Indonesian words an English word of the lexicon stands for, its plural too («files»: berkas,
    «participants»: peserta), when it is no word of the language; () otherwise. A count's unit typed in English in an
    Indonesian line («total 210 files scanned») names the thing the Indonesian word does."""
    if not word.isalpha() or is_indonesian_word(word):
        return ()
    base = _english_base(word, True)
    for form in (base, base[:-1] if base.endswith("s") and not base.endswith("ss") else base):
        if (meaning := english_phrases().get((form,))) is not None:
            return meaning
    return ()


@knowledge.cached
def _english_words() -> frozenset[str]:
    return frozenset(word for phrase in english_terms().canonical for word in phrase)


@knowledge.cached
def _english_keys() -> frozenset[str]:
    """The English words of the English lexicon (not their Indonesian meanings)."""
    return frozenset(word for phrase in english_phrases() for word in phrase)


def text_terms(text: str) -> list[str]:
    return terms(tokens(text))
