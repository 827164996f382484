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
def _stopwords() -> frozenset[str]:
    return frozenset(search_config()["stopwords"])


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    # Codes and numbers (ikk, 5, 33) stay as written; Sastrawi only sees Indonesian words.
    return word if not word.isalpha() or len(word) <= 3 else _stemmer().stem(word)


def keyword_words(text: str) -> list[str]:
    """Words that carry meaning, abbreviations and synonyms in their canonical form, not yet stemmed."""
    stop = _stopwords()
    return [w for w in thesaurus().canonical_tokens(tokens(text)) if w not in stop]


def keyword_tokens(text: str) -> list[str]:
    return [stem(w) for w in keyword_words(text)]


def dense_text(text: str) -> str:
    """The query as the embedding model sees it: spelled-out abbreviations and synonyms appended."""
    extra = thesaurus().expansions(tokens(text))
    return f"{text} ({'; '.join(extra)})" if extra else text
