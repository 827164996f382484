"""BM25 over Indonesian-normalised text (bm25s), built in memory: the corpus is small and builds in milliseconds."""

import difflib
import math
from collections import defaultdict
from functools import lru_cache

import bm25s

from bot.lang.words import is_indonesian_word, stem
from bot.retrieval.normalize import keyword_words, signs_read, weighted_keyword_words

# A query word unknown to the corpus is read as the closest corpus word when it is this similar (typos such
# as "realisai", "keshatan"); short words are left alone, where one letter changes the meaning, and so are words of
# the language: in a catalog of 600 rows "bidan" is one letter from "bidang" and "penimbangan" close to
# "pengembangan", yet they are other words, not typos. A word derived from a root of three letters or less is not
# taken as a word of the language: Sastrawi reads the typo "pengadan" (pengadaan) as peng-kad-an.
_TYPO_CUTOFF = 0.85
_TYPO_MIN_LENGTH = 5
_TYPO_MIN_ROOT = 4


class KeywordIndex:
    def __init__(self, ids: list[str], texts: list[str], stop: frozenset[str] | None = None,
                 context: list[str] | None = None):
        """context: per document, text that helps find it but is not what it is about (an indicator's PIC): ranked
        with the rest, worth half as evidence that the document answers the query."""
        self.ids = ids
        self._stop = stop
        own = [keyword_words(t, stop) for t in texts]
        around = [keyword_words(t, stop) for t in context] if context else [[] for _ in texts]
        words = [a + b for a, b in zip(own, around)]
        self._vocabulary = sorted({w for doc in words for w in doc})
        self._known = frozenset(self._vocabulary)
        corpus = [[stem(w) for w in doc] or ["_"] for doc in words]  # bm25s refuses an empty document
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
        self._postings: dict[str, set[int]] = defaultdict(set)  # stem → documents
        self._written: dict[str, set[int]] = defaultdict(set)  # word as written (canonical, unstemmed) → documents
        self._own: dict[str, set[int]] = defaultdict(set)  # stem → documents holding it in their own text
        for position, (doc, written, mine) in enumerate(zip(corpus, words, own)):
            for word in doc:
                self._postings[word].add(position)
            for word in written:
                self._written[word].add(position)
            for word in mine:
                self._own[stem(word)].add(position)
        self._near = lru_cache(maxsize=10_000)(self._closest)

    def _closest(self, word: str) -> tuple[str, ...]:
        """The corpus words a query word may be a typo of, closest first; none for a known word or a word of the
        language."""
        if word in self._known or len(word) < _TYPO_MIN_LENGTH or not word.isalpha() \
                or is_indonesian_word(word, _TYPO_MIN_ROOT):
            return ()
        return tuple(difflib.get_close_matches(word, self._vocabulary, n=3, cutoff=_TYPO_CUTOFF))

    def _corrected(self, words: list[str]) -> dict[str, str]:
        """Each query word as read: itself, or the corpus word it is a typo of. Of equally close candidates the one
        found beside the query's other words wins: "pengadan barang jasa" is "pengadaan", not "pengaduan"."""
        read = {}
        for word in words:
            options = self._near(word)
            if not options:
                read[word] = word
                continue
            closest = [o for o in options if difflib.SequenceMatcher(None, word, o).ratio()
                       >= difflib.SequenceMatcher(None, word, options[0]).ratio()]
            beside = set().union(*(self._postings.get(stem(w), set()) for w in words if w != word))
            read[word] = max(closest, key=lambda o: (len(self._postings.get(stem(o), set()) & beside),
                                                       -closest.index(o)))
        return read

    def holds(self, word_stem: str) -> bool:
        """Whether some document holds this stem."""
        return word_stem in self._postings

    def query_tokens(self, query: str) -> list[str]:
        words = keyword_words(query, self._stop)
        read = self._corrected(words)
        return [stem(read[w]) for w in words]

    def ranking(self, query: str, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """(doc id, BM25 score) for documents sharing at least one word with the query, best first."""
        # bm25s raises on a word it never saw, and a word that stems to "" ("ÀŁŁŁ") is its pad token
        words = [w for w in self.query_tokens(query) if w and w in self._postings]
        if not words:
            return []
        scores = self._bm25.get_scores(words)
        hits = [(self.ids[i], float(s)) for i, s in enumerate(scores) if s > 0]
        if allowed is not None:
            hits = [h for h in hits if h[0] in allowed]
        return sorted(hits, key=lambda h: h[1], reverse=True)

    def _evidence_words(self, query: str, weak: frozenset[str]) -> tuple[dict[str, float], dict[str, float]]:
        """The query's written words that can be evidence of a topic: each with its weight as evidence (halved when
        read through typo correction), and with its weight counted in full. Numbers, codes and `weak` words are
        no such evidence."""
        words: dict[str, float] = {}
        full: dict[str, float] = {}
        weighted = weighted_keyword_words(query, self._stop)
        read = self._corrected([w for w, _ in weighted])
        for written, weight in weighted:
            word = read[written]
            # Words, hyphenated ones too ("smart-c"); numbers and codes are no evidence of a topic.
            if word.replace("-", "").isalpha() and stem(word) not in weak and word not in words:
                full[word] = weight
                words[word] = weight if word == written else weight / 2
        return words, full

    def _shared(self, words: dict[str, float], positions: set[int] | None,
                rarity: dict[str, float] | None = None) -> dict[int, float]:
        """Per document, the weight of the query words it holds (times each word's rarity when given); a word
        shared only through its stem, or only through the document's context, counts half."""
        shared: dict[int, float] = defaultdict(float)
        for word, weight in words.items():
            # «konsekuensinya»: a noun with «-nya» attached is the noun as written; the clitic derives nothing
            exact = self._written.get(word) or self._written.get(_without_nya(word), set())
            own = self._own.get(stem(word), set())
            scale = rarity[word] if rarity else 1.0
            for position in self._postings.get(stem(word), ()):
                if positions is None or position in positions:
                    shared[position] += (scale * (weight if position in exact else weight / 2)
                                         * (1.0 if position in own else 0.5))
        return shared

    def support(self, query: str, allowed: set[str] | None = None, weak: frozenset[str] = frozenset()) -> tuple[float, float]:
        """How many of the query's written words the best-matching document accounts for, and what share of the
        query's words that is: the evidence that a query is about this corpus at all. Numbers and the `weak` words (such as "jumlah") are no such evidence.
        A word shared only through its stem counts half: Indonesian derivation changes meaning ("selamat" is not
        "keselamatan", "bayar" is not "dibayarkan"). So does a word read through typo correction: it is a guess."""
        positions = None if allowed is None else {i for i, doc_id in enumerate(self.ids) if doc_id in allowed}
        # «target boleh 100%?»: the sign is a word the user typed, evidence as «persen» is (search.yaml `signs`)
        words, full = self._evidence_words(signs_read(query), weak)
        total = sum(full.values())
        best = max(self._shared(words, positions).values(), default=0.0)
        return round(best, 3), round(best / total, 3) if total else 0.0

    def evidence(self, query: str, weak: frozenset[str] = frozenset(), population: int | None = None
                 ) -> dict[str, tuple[float, float]]:
        """Per document that shares a word with the query: (coverage, information). Each query word weighs its
        rarity among the `population` documents (BM25's idf; a word no document holds weighs the most);
        information is the weight of the words the document holds (in nats; a word shared only through its stem,
        or read through typo correction, counts half) and coverage its share of the whole query's weight. A row
        sharing "rumah" and "anak" with a query about a sick kitten covers little of it; one holding "poned"
        covers most of «pendampingan puskesmas PONED»."""
        words, full = self._evidence_words(query, weak)
        if not words:
            return {}
        count = population or len(self.ids)
        rarity = {w: math.log((count + 1) / (len(self._postings.get(stem(w), ())) + 0.5)) for w in words}
        whole = sum(rarity[w] * weight for w, weight in full.items()) or 1.0
        held = self._shared(words, None, rarity)
        return {self.ids[p]: (round(information / whole, 3), round(information, 3)) for p, information in held.items()}

    def query_weights(self, query: str, weak: frozenset[str] = frozenset(), population: int | None = None
                      ) -> dict[str, float]:
        """Each of the query's evidence words with its weight as `held_words` measures the whole query: its rarity
        as written times how many written words it counts as."""
        _, full = self._evidence_words(query, weak)
        count = population or len(self.ids)
        return {w: n * math.log((count + 1) / (len(self._written.get(w) or self._postings.get(stem(w), ())) + 0.5))
                for w, n in full.items()}

    def held_words(self, query: str, weak: frozenset[str] = frozenset(), population: int | None = None
                   ) -> tuple[dict[str, dict[str, float]], float]:
        """Per document, which of the query's words it holds and how much each weighs: the word's rarity as
        written where the corpus writes it («sehat» is rare, though its stem is in every «kesehatan»), times the
        credit `_shared` gives (half through a stem, a typo reading or the context); and the whole query's weight
        so measured. Two documents hold the same words when these agree: the IKK and its IKP do, two rows each
        sharing a different half of the query do not."""
        words, full = self._evidence_words(query, weak)
        count = population or len(self.ids)
        rarity = {w: math.log((count + 1) / (len(self._written.get(w) or self._postings.get(stem(w), ())) + 0.5))
                  for w in words}
        held: dict[str, dict[str, float]] = defaultdict(dict)
        for word in words:
            for position, credit in self._shared({word: words[word]}, None, rarity).items():
                held[self.ids[position]][word] = credit
        return held, sum(rarity[w] * weight for w, weight in full.items())


def _without_nya(word: str) -> str:
    """A word with the clitic «-nya» read off when its stem is the word's own («konsekuensinya» → «konsekuensi»);
    «hanya», «tanya» keep theirs."""
    base = word[:-3] if word.endswith("nya") and len(word) > 6 else ""
    return base if base and stem(base) == stem(word) else word
