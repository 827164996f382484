"""Indonesian words: Sastrawi stems and its list of root words. Search, the rules' reading of drafts and the
reading of plain messages share them."""

from functools import lru_cache


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    # Codes and numbers (ikk, 5, 33) stay as written; Sastrawi only sees Indonesian words. It drops letters outside
    # a-z ("àààà" becomes ""): such a word stays as written, never an empty search word.
    return word if not word.isalpha() or len(word) <= 3 else _stemmer().stem(word) or word


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Sastrawi's list of Indonesian root words (about 30,000)."""
    from importlib.resources import files

    text = files("Sastrawi.Stemmer").joinpath("data", "kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


def is_indonesian_word(word: str, min_root: int = 1) -> bool:
    """A word of the language (root or derived), as far as Sastrawi's dictionary tells. min_root: the shortest root a
    derived word may come from: Sastrawi reads the typo "pengadan" as peng-kad-an, from the root "kad"."""
    word = word.lower()
    return word in _dictionary() or (word.isalpha() and stem(word) in _dictionary() and stem(word) != word
                                     and len(stem(word)) >= min_root)
