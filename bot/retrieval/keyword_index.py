"""BM25 over Indonesian-normalised text (bm25s), built in memory: the corpus is small and builds in milliseconds."""

import difflib
from collections import defaultdict
from functools import lru_cache

import bm25s

from bot.lang.words import stem
from bot.retrieval.normalize import keyword_words, weighted_keyword_words

# A query word unknown to the corpus is read as the closest corpus word when it is this similar (typos such
# as "realisai", "keshatan"); short words are left alone, where one letter changes the meaning.
_TYPO_CUTOFF = 0.85
_TYPO_MIN_LENGTH = 5


class KeywordIndex:
    def __init__(self, ids: list[str], texts: list[str], stop: frozenset[str] | None = None):
        self.ids = ids
        self._stop = stop
        words = [keyword_words(t, stop) for t in texts]
        self._vocabulary = sorted({w for doc in words for w in doc})
        self._known = frozenset(self._vocabulary)
        corpus = [[stem(w) for w in doc] or ["_"] for doc in words]  # bm25s refuses an empty document
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
        self._postings: dict[str, set[int]] = defaultdict(set)  # stem → documents
        self._written: dict[str, set[int]] = defaultdict(set)  # word as written (canonical, unstemmed) → documents
        for position, (doc, written) in enumerate(zip(corpus, words)):
            for word in doc:
                self._postings[word].add(position)
            for word in written:
                self._written[word].add(position)
        self._correct = lru_cache(maxsize=10_000)(self._closest)

    def _closest(self, word: str) -> str:
        if word in self._known or len(word) < _TYPO_MIN_LENGTH or not word.isalpha():
            return word
        match = difflib.get_close_matches(word, self._vocabulary, n=1, cutoff=_TYPO_CUTOFF)
        return match[0] if match else word

    def query_tokens(self, query: str) -> list[str]:
        return [stem(self._correct(w)) for w in keyword_words(query, self._stop)]

    def ranking(self, query: str, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """(doc id, BM25 score) for documents sharing at least one word with the query, best first."""
        words = [w for w in self.query_tokens(query) if w]  # a word that stems to "" ("ÀŁŁŁ") is bm25s's pad token
        if not words:
            return []
        scores = self._bm25.get_scores(words)
        hits = [(self.ids[i], float(s)) for i, s in enumerate(scores) if s > 0]
        if allowed is not None:
            hits = [h for h in hits if h[0] in allowed]
        return sorted(hits, key=lambda h: h[1], reverse=True)

    def support(self, query: str, allowed: set[str] | None = None, weak: frozenset[str] = frozenset()) -> tuple[float, float]:
        """How many of the query's written words the best-matching document accounts for, and what share of the
        query's words that is: the evidence that a query is about this corpus at all. Numbers and the `weak` words (such as "jumlah") are no such evidence.
        A word shared only through its stem counts half: Indonesian derivation changes meaning ("selamat" is not
        "keselamatan", "bayar" is not "dibayarkan"). So does a word read through typo correction: it is a guess."""
        positions = None if allowed is None else {i for i, doc_id in enumerate(self.ids) if doc_id in allowed}
        words: dict[str, float] = {}
        total = 0.0  # the query's written words, each counted in full
        for written, weight in weighted_keyword_words(query, self._stop):
            word = self._correct(written)
            # Words, hyphenated ones too ("smart-c"); numbers and codes are no evidence of a topic.
            if word.replace("-", "").isalpha() and stem(word) not in weak and word not in words:
                total += weight
                words[word] = weight if word == written else weight / 2
        shared: dict[int, float] = defaultdict(float)
        for word, weight in words.items():
            exact = self._written.get(word, set())
            for position in self._postings.get(stem(word), ()):
                if positions is None or position in positions:
                    shared[position] += weight if position in exact else weight / 2
        best = max(shared.values(), default=0.0)
        return round(best, 3), round(best / total, 3) if total else 0.0
