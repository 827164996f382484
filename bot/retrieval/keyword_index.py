"""BM25 over Indonesian-normalised text (bm25s), built in memory: the corpus is small and builds in milliseconds."""

import difflib
from functools import lru_cache

import bm25s

from bot.retrieval.normalize import keyword_words, stem

# A query word unknown to the corpus is read as the closest corpus word when it is this similar (typos such
# as "realisai", "keshatan"); short words are left alone, where one letter changes the meaning.
_TYPO_CUTOFF = 0.85
_TYPO_MIN_LENGTH = 5


class KeywordIndex:
    def __init__(self, ids: list[str], texts: list[str]):
        self.ids = ids
        words = [keyword_words(t) for t in texts]
        self._vocabulary = sorted({w for doc in words for w in doc})
        self._known = frozenset(self._vocabulary)
        corpus = [[stem(w) for w in doc] or ["_"] for doc in words]  # bm25s refuses an empty document
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
        self._correct = lru_cache(maxsize=10_000)(self._closest)

    def _closest(self, word: str) -> str:
        if word in self._known or len(word) < _TYPO_MIN_LENGTH or not word.isalpha():
            return word
        match = difflib.get_close_matches(word, self._vocabulary, n=1, cutoff=_TYPO_CUTOFF)
        return match[0] if match else word

    def query_tokens(self, query: str) -> list[str]:
        return [stem(self._correct(w)) for w in keyword_words(query)]

    def ranking(self, query: str, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """(doc id, BM25 score) for documents sharing at least one word with the query, best first."""
        words = self.query_tokens(query)
        if not words:
            return []
        scores = self._bm25.get_scores(words)
        hits = [(self.ids[i], float(s)) for i, s in enumerate(scores) if s > 0]
        if allowed is not None:
            hits = [h for h in hits if h[0] in allowed]
        return sorted(hits, key=lambda h: h[1], reverse=True)
