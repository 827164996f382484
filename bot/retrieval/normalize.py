"""Indonesian text for keyword search: thesaurus canonical forms, no stopwords, Sastrawi stems."""

from functools import lru_cache

import yaml

from bot.settings import get_settings
from bot.text import tokens
from bot.thesaurus import thesaurus


@lru_cache(maxsize=1)
def search_config() -> dict:
    with (get_settings().knowledge_dir / "search.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words and question filler: no corpus is searched by them."""
    return frozenset(search_config()["stopwords"])


@lru_cache(maxsize=1)
def indicator_stopwords() -> frozenset[str]:
    """For the indicator catalog also the words every row shares ("indikator", "kinerja"), which still matter in
    the guidelines ("dialog kinerja", "indikator tujuan")."""
    return stopwords() | frozenset(search_config()["indicator_stopwords"])


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    # Codes and numbers (ikk, 5, 33) stay as written; Sastrawi only sees Indonesian words.
    return word if not word.isalpha() or len(word) <= 3 else _stemmer().stem(word)


def keyword_words(text: str, stop: frozenset[str] | None = None) -> list[str]:
    """Words that carry meaning, abbreviations and synonyms in their canonical form, not yet stemmed."""
    stop = stopwords() if stop is None else stop
    return [w for w in thesaurus().canonical_tokens(tokens(text)) if w not in stop]


def weighted_keyword_words(text: str, stop: frozenset[str] | None = None) -> list[tuple[str, float]]:
    """keyword_words with how many written words each counts as (see Thesaurus)."""
    stop = stopwords() if stop is None else stop
    return [(w, n) for w, n in thesaurus().weighted_canonical_tokens(tokens(text)) if w not in stop]


def keyword_tokens(text: str) -> list[str]:
    return [stem(w) for w in keyword_words(text)]


def dense_text(text: str) -> str:
    """The query as the embedding model sees it: spelled-out abbreviations and synonyms appended."""
    extra = thesaurus().expansions(tokens(text))
    return f"{text} ({'; '.join(extra)})" if extra else text


@lru_cache(maxsize=1)
def weak_words() -> frozenset[str]:
    """Stems that say nothing about the topic: the general measure words and search.yaml's weak_words."""
    from bot.rules.lexicon import lexicon

    lex = lexicon()
    # Percent, count and score words measure anything; "prevalensi" or "insidensi" still say the topic is health.
    general = {w for phrase, cls in lex.measure_class.items() if cls in ("percent", "count", "score") for w in phrase}
    words = general | set(search_config()["relevance"]["weak_words"])
    return frozenset(stem(w) for w in words)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Sastrawi's list of Indonesian root words (about 30,000)."""
    from importlib.resources import files

    text = files("Sastrawi.Stemmer").joinpath("data", "kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


def is_indonesian_word(word: str) -> bool:
    """A word of the language (root or derived), as far as Sastrawi's dictionary tells."""
    word = word.lower()
    return word in _dictionary() or (word.isalpha() and stem(word) in _dictionary() and stem(word) != word)
