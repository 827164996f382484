"""Indonesian text for keyword search: thesaurus canonical forms, no stopwords, Sastrawi stems."""

import re

from bot import knowledge
from bot.lang.text import tokens
from bot.lang.thesaurus import Thesaurus, build
from bot.lang.words import stem


@knowledge.cached
def search_config() -> dict:
    """search.yaml, with the chat's «no» words (answers.no_words, named by its anchor) spelled out in each list of
    negations that starts with them, and a yes-no question's tags after intent.yaml's question tags."""
    config = knowledge.data("search")
    answers = config["answers"]
    yesno = answers["yesno"]
    tags = knowledge.data("intent")["question_tags"] + yesno["tags"]
    return config | {"answers": answers | {
        "yesno": yesno | {"negations": _spliced(yesno["negations"]), "tags": tags},
        "polarity": answers["polarity"] | {"negations": _spliced(answers["polarity"]["negations"])}}}


def _spliced(words: list) -> list[str]:
    """A list whose items may be lists (a YAML alias of another list): their words in its place."""
    return [w for item in words for w in (item if isinstance(item, list) else [item])]


@knowledge.cached
def search_thesaurus() -> Thesaurus:
    """The thesaurus's abbreviations plus search.yaml's synonyms (ordinary words and English that mean the same when
    looking for an indicator or a passage)."""
    return build(knowledge.data("thesaurus")["groups"] + search_config()["synonyms"])


@knowledge.cached
def stopwords() -> frozenset[str]:
    """Function words and question filler: no corpus is searched by them."""
    return frozenset(search_config()["stopwords"])


@knowledge.cached
def indicator_stopwords() -> frozenset[str]:
    """For the indicator catalog also the words every row shares ("indikator", "kinerja"), which still matter in
    the guidelines ("dialog kinerja", "indikator tujuan")."""
    return stopwords() | frozenset(search_config()["indicator_stopwords"])


@knowledge.cached
def _clitic() -> re.Pattern:
    words = "|".join(re.escape(w) for w in search_config()["clitics"])
    return re.compile(rf"(?<=\w)-(?:{words})\b", re.IGNORECASE)


def without_clitics(text: str) -> str:
    """A query for the indicator catalog with a clitic written after a hyphen read off its word («CKG-nya» is «CKG»,
    so the abbreviation is still spelled out). Indicator search only: guideline passages write «-nya» themselves."""
    return _clitic().sub("", text)


@knowledge.cached
def _signs() -> list[tuple[re.Pattern, str]]:
    """search.yaml `signs`: a sign written after a number read as its word («100%» as «100 persen»)."""
    return [(re.compile(rf"(?<=\d)\s*{re.escape(sign)}"), f" {word}") for sign, word in search_config()["signs"].items()]


def signs_read(text: str) -> str:
    """The text with each sign after a number written as its word (search.yaml `signs`)."""
    for sign, word in _signs():
        text = sign.sub(word, text)
    return text


def keyword_words(text: str, stop: frozenset[str] | None = None) -> list[str]:
    """Words that carry meaning, abbreviations and synonyms in their canonical form, not yet stemmed."""
    stop = stopwords() if stop is None else stop
    return [w for w in search_thesaurus().canonical_tokens(tokens(text)) if w not in stop]


def weighted_keyword_words(text: str, stop: frozenset[str] | None = None) -> list[tuple[str, float]]:
    """keyword_words with how many written words each counts as (see Thesaurus)."""
    stop = stopwords() if stop is None else stop
    return [(w, n) for w, n in search_thesaurus().weighted_canonical_tokens(tokens(text)) if w not in stop]


def broader_reading(text: str) -> str | None:
    """The query with each narrower term it names replaced by the broader one a catalog may hold instead
    (search.yaml `broader`: «SHK» → skrining bayi baru lahir), or None when it names none."""
    broader = {tuple(tokens(narrow)): wide for narrow, wide in search_config()["broader"].items()}
    units = search_thesaurus().canonical_units(tokens(text))
    # A narrower term is a thesaurus unit («SHK» read as its words) or a run of units written one after another
    # («perencanaan anggaran»: tester56 F12), the longest first.
    named: dict[int, str] = {}  # the first unit of each term named → its broader term
    covered: set[int] = set()
    for start in range(len(units)):
        if start in covered:
            continue
        words: tuple[str, ...] = ()
        for end in range(start, len(units)):
            words += units[end]
            if words in broader:
                named[start] = broader[words]
                covered.update(range(start, end + 1))
            elif not any(key[:len(words)] == words for key in broader):
                break
    if not named:
        return None
    narrow_words = {w for i in covered for w in units[i]}
    kept = [w for i, unit in enumerate(units) if i not in covered for w in unit if w not in narrow_words]
    return " ".join(kept + list(dict.fromkeys(named.values())))


def keyword_tokens(text: str) -> list[str]:
    return [stem(w) for w in keyword_words(text)]


def dense_text(text: str) -> str:
    """The query as the embedding model sees it: spelled-out abbreviations and synonyms appended."""
    extra = search_thesaurus().expansions(tokens(text))
    return f"{text} ({'; '.join(extra)})" if extra else text


@knowledge.cached
def weak_words() -> frozenset[str]:
    """Stems that say nothing about the topic: the general measure words and search.yaml's weak_words."""
    from bot.rules.lexicon import lexicon

    lex = lexicon()
    # Percent, count and score words measure anything; "prevalensi" or "insidensi" still say the topic is health.
    general = {w for phrase, cls in lex.measure_class.items() if cls in ("percent", "count", "score") for w in phrase}
    words = general | set(search_config()["relevance"]["weak_words"])
    return frozenset(stem(w) for w in words)


@knowledge.cached
def admin_place_stems() -> frozenset[str]:
    """Stems of the administrative places every regional indicator names (search.yaml relevance.admin_places)."""
    return frozenset(stem(w) for w in search_config()["relevance"]["admin_places"])


def counted_among_stems() -> frozenset[str]:
    """Stems of the words naming whom a share is counted among, an age group (search.yaml relevance.counted_among)."""
    return frozenset(stem(w) for w in search_config()["relevance"]["counted_among"])


def setting_words(text: str) -> frozenset[str]:
    """The query's words (as the thesaurus reads them) that name where the work is done or whom it serves, each
    `relevance.work_settings` phrase matched whole: «fasyankes» is «fasilitas pelayanan kesehatan», a setting, where
    «pelayanan kefarmasian» keeps its «pelayanan»."""
    words = [w for unit in search_thesaurus().canonical_units(tokens(text)) for w in unit]
    found: set[str] = set()
    for phrase in _setting_phrases():
        size = len(phrase)
        for i in range(len(words) - size + 1):
            if tuple(stem(w) for w in words[i:i + size]) == phrase:
                found.update(words[i:i + size])
    return frozenset(found)


@knowledge.cached
def _setting_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(stem(w) for w in tokens(p)) for p in search_config()["relevance"]["work_settings"])


@knowledge.cached
def place_stems() -> frozenset[str]:
    """Stems of Indonesia's provinces and regions and their short names (knowledge/mpph.yaml): where the work
    happens ("kelambu di Papua"), not what it is."""
    data = knowledge.data("mpph")
    names = [*data["wilayah"], *(p for provinces in data["wilayah"].values() for p in provinces),
             *(alias for aliases in data["nama_lain"].values() for alias in aliases)]
    return frozenset(stem(w) for name in names for w in tokens(name) if w.isalpha()) - stopwords()
