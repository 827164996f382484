"""Hybrid retrieval over the Renstra catalog and the guideline passages: dense + BM25, fused by weighted score."""

import heapq
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from pydantic import BaseModel

from bot import clock
from bot.lang.text import tokens
from bot.lang.words import is_indonesian_word, stem
from bot.retrieval.answer import with_source
from bot.retrieval.answering import Answer, Answerer
from bot.retrieval.catalog import Indicator, code_order, load_catalog
from bot.retrieval.codes import bare_numbers, code_of_depth, codes_in, implied_parents, levels, number_prefix
from bot.retrieval.documents import ANSWERS, INDICATORS, PASSAGES, QUESTIONS, Mode, documents
from bot.retrieval.embeddings import Embedder, embedder
from bot.retrieval.glossary import acronyms, skipped_words, term_apart
from bot.retrieval.keyword_index import KeywordIndex
from bot.retrieval.normalize import (
    admin_place_stems,
    broader_reading,
    counted_among_stems,
    dense_text,
    indicator_stopwords,
    place_stems,
    search_config,
    setting_words,
    weak_words,
    without_clitics,
)
from bot.retrieval.passages import load_passages
from bot.retrieval.question_parts import without_tags
from bot.retrieval.renstra_target import target_row, target_said
from bot.retrieval.source_dates import as_of, dated_answer, later_than
from bot.retrieval.vector_index import Doc, VectorIndex
from bot.settings import Settings, get_settings

ONE_WORD = 0.99  # support of one written word (a thesaurus phrase's parts weigh their share of it)


class IndicatorHit(BaseModel):
    code: str
    level: str
    name: str
    target_2026: float | None
    unit: str | None
    path: list[str]
    pic: str
    score: float
    target_text: str | None = None  # a target that is not a plain number, as written («WTP»)


class SearchResult(BaseModel):
    """What a search found. `results` holds only rows relevant on their own: the code asked for, or rows a word
    query is about (never filler below the one good match); it is empty when nothing is relevant enough, or when
    the query names a code the catalog does not hold: then `missing_code` names it and `related` holds its nearest
    parent and siblings, and `same_number` the rows with its number at another level («IKK 33.4» typed for IKM
    33.4: the one probably meant). `children` lists the rows under a code asked for."""

    query: str
    results: list[IndicatorHit]
    missing_code: str | None = None
    related: list[IndicatorHit] = []
    same_number: list[IndicatorHit] = []
    children: list[IndicatorHit] = []


@dataclass(frozen=True)
class _Corpus:
    keyword: KeywordIndex
    level_of: dict[str, str]
    searchable: frozenset[str]  # ids a word query may return (an indicator row without a name is found by code only)

    def allowed(self, level: str | None) -> set[str]:
        return {k for k in self.searchable if not level or self.level_of.get(k) == level}

    @cached_property
    def no_evidence(self) -> frozenset[str]:
        """Stems that say nothing of the topic here: the general weak words, and a chat word no document holds («pas»,
        «biji»), which would only lower the share of a question's words the corpus holds."""
        return weak_words() | frozenset(s for w in skipped_words() if not self.keyword.holds(s := stem(w)))


def level_named_in(query: str) -> tuple[str, str | None]:
    """"… masuk IKK apa?" asks for an IKK: a level word without a number is a filter, not a keyword.

    "IT" is left alone: in Indonesian chat it is as likely to mean information technology.
    """
    words = query.split()
    # "IT" is left out: in Indonesian chat it is as likely to mean information technology.
    level_words = set(levels()) - {"IT"}
    named = [w for w in words if w.strip("?.,!:;()").upper() in level_words]
    if len(named) != 1 or any(ch.isdigit() for ch in query.split(named[0], 1)[1][:3]):
        return query, None
    return " ".join(w for w in words if w is not named[0]), named[0].strip("?.,!:;()").upper()



def relevant(shared: float, share: float, similarity: float, limits: dict) -> bool:
    """Enough of the query's words shared with one document (or all of a short query's), or one word and a close
    meaning, or a very close meaning alone. One shared word is weak evidence in a small corpus ("baru" in "bayi
    baru lahir", "bantuan" in "bantuan iuran"), so it needs the embedding to agree. Thresholds: `relevance` in
    knowledge/search.yaml, chosen by evals/relevance_calibration.py with this same function."""
    return (shared >= limits["min_shared_words"] or share >= 0.99
            or (shared >= ONE_WORD and similarity >= limits["min_similarity_one_word"])
            or similarity >= limits["min_similarity"])


@dataclass(frozen=True)
class RowEvidence:
    """Why one catalog row may answer a word query. coverage: the share of the query's information the row
    accounts for (words weighted by rarity); significance: that information in nats less log(rows + 1), what any
    row of a catalog this size shares with any query by chance (two common words prove nothing among 600 rows,
    two rare ones do); similarity: the cosine of the embeddings; score: the rank (BM25 and cosine fused)."""

    key: str
    coverage: float
    significance: float
    similarity: float
    score: float
    # the query's words the row holds, each with its weight (KeywordIndex.held_words): is it a twin of the best?
    held: dict[str, float] = field(default_factory=dict)
    places_only: bool = False  # what it holds of the query is only administrative places («kab/kota»)
    setting_only: bool = False  # it holds only where the query's work is done («fasyankes»), not the work it names


def row_relevant(row: RowEvidence, limits: dict) -> bool:
    """One row is relevant on its own: it covers most of what the query says, or shares far more than chance, or
    shares something and the embedding agrees, or is very close in meaning alone. Thresholds:
    `relevance.indicators` in knowledge/search.yaml, chosen by evals/relevance_calibration.py with this function."""
    if row.setting_only:  # the same setting, other work: a template read alike by the embedding proves nothing
        return False
    if row.places_only:  # «kab/kota» alone says where a share is counted, not what: only a close meaning counts
        return row.similarity >= limits["min_similarity"]
    return (row.coverage >= limits["min_coverage"]
            or row.significance >= limits["min_significance"]
            or (row.significance >= limits["min_significance_supported"]
                and row.similarity >= limits["min_similarity_supported"])
            # a close meaning alone, for a row sharing some word of the query: an IKI written as the catalog writes
            # («Persentase … yang …») reads close to rows of other work on its template alone (tester55 F5)
            or (row.coverage > 0 and row.similarity >= limits["min_similarity"]))


def near_best(row: RowEvidence, best: RowEvidence, limits: dict) -> bool:
    """A row below the best is shown only as its near twin, about as close in meaning, and either holding about
    the same words of the query as the best (`same_words`: the IKK and its IKP, the same measure for another
    Eselon I) or as large a share of it made of words the best lacks (a query naming two pieces of work, «BMHP
    untuk SBBL»): never a row holding less of what the best holds and nothing else. `ranking.near_best`."""
    if row.similarity < best.similarity - limits["max_similarity_gap"]:
        return False
    if same_words(row, best) >= limits["min_coverage_ratio"]:
        return True
    other = sum(weight for word, weight in row.held.items() if word not in best.held)
    return row.coverage >= limits["min_coverage_ratio"] * best.coverage and 0 < other >= sum(row.held.values()) / 2


def same_words(row: RowEvidence, best: RowEvidence) -> float:
    """The share of what the best row holds of the query that this row holds too (word by word, each weighed as
    `held` says): 1.0 for the same measure at another level, low for a row sharing other words of the query."""
    mine = sum(best.held.values())
    return sum(min(weight, row.held.get(word, 0.0)) for word, weight in best.held.items()) / mine if mine else 0.0


def choose(best: RowEvidence | None, candidates: list[RowEvidence], k: int, limits: dict, twins: dict,
           paths: dict[str, list[str]] | None = None, phrased: frozenset[str] = frozenset()) -> list[RowEvidence]:
    """The rows a word query shows, at most k: none unless the best row of the whole catalog is relevant (a level
    filter narrows the list, not what the query is about); then the best candidate and its near twins, each
    relevant on its own, or a programme's row and its parts (see `programme`), or a part naming what the best
    names (see `part_holding`; phrased: the rows whose name holds the best's words of the query as one run). A code
    two units hold is two rows, each with its PIC; no row is listed twice."""
    if best is None or not candidates or not row_relevant(best, limits):
        return []
    top = candidates[0]
    found = programme(top, candidates, limits, twins, paths or {})
    if found:
        return found[:k]
    shown = [row for row in candidates if (row is top or near_best(row, top, twins)
                                                 or part_holding(row, top, twins, paths, phrased))
             and row_relevant(row, limits)]
    return shown[:k]


def part_holding(row: RowEvidence, top: RowEvidence, twins: dict, paths: dict[str, list[str]],
                 phrased: frozenset[str]) -> bool:
    """A row under the best in its cascade naming what the best names of the query, its words together («uji
    kompetensi»: the IKK «… mahasiswa Poltekkes yang lulus uji kompetensi …» under its IKP), is shown with it however
    much its longer name drifts in meaning: the unit holds the IKK, not the IKP (tester51 P2-8). The same words
    apart («kabupaten/kota … hidup sehat» under «Kabupaten/Kota Sehat») name something else."""
    if not paths:
        return False
    code = paths.get(top.key, [""])[-1]
    return (row.key in phrased and code in paths.get(row.key, [])[:-1]
            and same_words(row, top) >= twins["min_coverage_ratio"])


def holds_as_phrase(name: str, words: list[str]) -> bool:
    """Whether the name holds these words (by stem, in any order) side by side."""
    wanted = sorted(stem(w) for w in words)
    held = [stem(w) for w in tokens(name.lower())]
    return bool(wanted) and any(sorted(held[i:i + len(wanted)]) == wanted for i in range(len(held) - len(wanted) + 1))


def programme(top: RowEvidence, candidates: list[RowEvidence], limits: dict, twins: dict,
              paths: dict[str, list[str]]) -> list[RowEvidence]:
    """A query several rows of one cascade answer equally («dashboard satusehat», «imunisasi») is about the
    programme they share, not one of its IKK: when a row covers the query as fully as the best and at least
    `programme_rows` others under it do too, that row is shown first, then its direct parts that do and are as
    close in meaning (its IKP under an ISS), never one IKK alone nor the deeper rows as filler. paths: each
    candidate's cascade path (codes from the top down to its own)."""
    tied = [row for row in candidates
            if row_relevant(row, limits) and same_words(row, top) >= twins["min_coverage_ratio"]]

    def below(row: RowEvidence) -> list[RowEvidence]:
        code = paths.get(row.key, [""])[-1]
        return [other for other in tied if other is not row and code in paths.get(other.key, [])[:-1]]

    head = max(tied, key=lambda row: len(below(row)), default=None)
    if head is None or len(below(head)) < twins["programme_rows"]:
        return []
    code = paths[head.key][-1]
    return [head] + [row for row in below(head) if paths[row.key][-2] == code
                     and row.similarity >= head.similarity - twins["max_similarity_gap"]]


def fuse(dense: list[tuple[str, float]], bm25: list[tuple[str, float]], bm25_weight: float) -> list[tuple[str, float]]:
    """Weighted sum of the BM25 score (scaled to the best hit) and the cosine similarity, best first."""
    best = max((score for _, score in bm25), default=0.0) or 1.0
    scores: dict[str, float] = {}
    for doc_id, similarity in dense:
        scores[doc_id] = scores.get(doc_id, 0.0) + (1 - bm25_weight) * similarity
    for doc_id, score in bm25:
        scores[doc_id] = scores.get(doc_id, 0.0) + bm25_weight * score / best
    return sorted(scores.items(), key=lambda item: item[1], reverse=True)


class Retriever:
    """Loads the catalog and passages, makes sure the vector index matches them, and answers queries."""

    def __init__(self, settings: Settings | None = None, model: Embedder | None = None, progress: Callable | None = None):
        self.settings = settings or get_settings()
        started = time.perf_counter()
        self.catalog = load_catalog(self.settings.catalog_file)
        self.passages = load_passages(self.settings.knowledge_dir / "guidelines")
        self._indicators = {i.key: i for i in self.catalog.indicators}
        self._order = {i.key: code_order(i.code) for i in self.catalog.indicators}  # ties in a ranking: code order
        self._passages = {p.id: p for p in self.passages}
        docs = self.documents()
        self.progress = progress
        # The model loads in its own thread while the index is opened, or built from the shipped vectors.
        self.vectors = VectorIndex(self.settings.index_dir, model or embedder(wait=False), self.settings.chroma_url)
        self.rebuilt = self.vectors.ensure(docs, progress)
        if hasattr(self.vectors.embedder, "wait"):
            self.vectors.embedder.wait()  # a model that cannot load fails here, as before, not at the first query
        self._corpora = {
            INDICATORS: _Corpus(
                # The PIC helps "indikator Farmalkes" (as context: half the evidence); a row without a name is found
                # by its code only.
                KeywordIndex([d.id for d in docs[INDICATORS]],
                             [f"{i.code} {i.name}" if i.name else i.code for i in self.catalog.indicators],
                             indicator_stopwords(), [i.pic if i.name else "" for i in self.catalog.indicators]),
                {i.key: i.level for i in self.catalog.indicators},
                frozenset(i.key for i in self.catalog.indicators if i.name),
            ),
            PASSAGES: _Corpus(KeywordIndex([d.id for d in docs[PASSAGES]], [d.text for d in docs[PASSAGES]]), {},
                              frozenset(d.id for d in docs[PASSAGES])),
            ANSWERS: _Corpus(KeywordIndex([d.id for d in docs[ANSWERS]], [d.text for d in docs[ANSWERS]]), {},
                             frozenset(d.id for d in docs[ANSWERS])),
            # Each "Tanya:" exemplar alone: BM25 weighs a rare word the question shares with one way of asking
            # («aspek», «eselon») above the common ones, which the Dice overlap of `same_words` cannot.
            QUESTIONS: _Corpus(KeywordIndex([d.id for d in docs[QUESTIONS]], [d.text for d in docs[QUESTIONS]]), {},
                               frozenset(d.id for d in docs[QUESTIONS])),
        }
        self.load_seconds = time.perf_counter() - started

    def documents(self) -> dict[str, list[Doc]]:
        return documents(self.catalog, self.passages)

    def rebuild(self) -> None:
        """Rebuild the vector index now, even when it matches (`iki index`)."""
        self.vectors.rebuild(self.documents(), self.progress)

    def _ranking(self, collection: str, query: str, mode: Mode, level: str | None, gate: bool = True,
                 only: set[str] | None = None) -> list[tuple[str, float]]:
        """Ids best first, or nothing when no document is relevant enough (see `relevance` in search.yaml)."""
        config = search_config()
        corpus = self._corpora[collection]
        allowed = corpus.allowed(level) if only is None else only
        # «IKI direktifnya apa aja»: a term's word with «-nya» attached, no word of the language nor an acronym (the
        # stemmer knows neither), is the term's word
        query = _loanword_nya_apart(query)
        rankings: dict[str, list[tuple[str, float]]] = {}
        if mode in ("dense", "hybrid"):
            where = {"level": level} if level else None
            found = self.vectors.query(collection, dense_text(query), config["fusion"]["depth"], where)
            rankings["dense"] = [(doc_id, score) for doc_id, score in found if doc_id in allowed]
        if mode in ("bm25", "hybrid"):
            rankings["bm25"] = corpus.keyword.ranking(query, allowed)[: config["fusion"]["depth"]]
        # Relevance is judged against the whole corpus: a level filter narrows the list, not what the query is about.
        if gate and not self._relevant(collection, query, corpus.allowed(None), rankings.get("dense")):
            return []
        if mode != "hybrid":
            return rankings[mode]
        return fuse(rankings["dense"], rankings["bm25"], config["fusion"]["bm25_weight"])

    def _relevant(self, collection: str, query: str, allowed: set[str], dense: list[tuple[str, float]] | None) -> bool:
        corpus = self._corpora[collection]
        shared, share = corpus.keyword.support(query, allowed, corpus.no_evidence)
        return relevant(shared, share, dense[0][1] if dense else 0.0, search_config()["relevance"][collection])

    def _hit(self, indicator: Indicator, score: float) -> IndicatorHit:
        return IndicatorHit(
            code=indicator.code, level=indicator.level, name=indicator.name, target_2026=indicator.target_2026,
            target_text=indicator.target_text, unit=indicator.unit, path=self.catalog.path(indicator),
            pic=indicator.pic, score=round(score, 6),
        )

    def find(self, query: str, k: int = 5, level: str | None = None, mode: Mode = "hybrid") -> SearchResult:
        """Indicators for a query. A code in it (or a code's number, "33.3.1") is looked up exactly, with the rows
        under it; otherwise the words find the rows relevant on their own, at most k."""
        codes = codes_in(query) or self._numbered(query, level)
        if codes:
            return self._find_codes(query, codes)
        return SearchResult(query=query, results=self._word_hits(query, k, level, mode))

    def search(self, query: str, k: int = 5, level: str | None = None, mode: Mode = "hybrid") -> list[IndicatorHit]:
        return self.find(query, k, level, mode).results

    def _word_hits(self, query: str, k: int, level: str | None, mode: Mode) -> list[IndicatorHit]:
        query, level = self.word_query(without_clitics(query), level)
        best, candidates = self.evidence(query, mode, level)
        config = search_config()
        paths = {r.key: self.catalog.path(self._indicators[r.key]) for r in candidates}
        words = list(candidates[0].held) if candidates else []
        phrased = frozenset(r.key for r in candidates if holds_as_phrase(self._indicators[r.key].name, words))
        shown = choose(best, candidates, k, config["relevance"][INDICATORS], config["ranking"]["near_best"], paths,
                       phrased)
        return [self._hit(self._indicators[r.key], r.score) for r in shown]

    @staticmethod
    def word_query(query: str, level: str | None) -> tuple[str, str | None]:
        """The words to search and the level to keep: a level word in the query ("… masuk IKK apa?") filters."""
        named_query, named = level_named_in(query)
        if named and (not level or level.upper() == named):
            return named_query, named  # the level word filters; as a keyword it would match every row
        return query, level.upper() if level else None

    def evidence(self, query: str, mode: Mode = "hybrid", level: str | None = None
                 ) -> tuple[RowEvidence | None, list[RowEvidence]]:
        """The best row of the whole catalog for a word query (is the query about the catalog at all?) and the rows
        it may show, best first: the `fusion.depth` best of the level asked for (a row further down is never a near
        twin of the best). Each row carries the evidence that it is relevant. Ranked by BM25 (scaled to the best)
        and cosine similarity fused (`ranking.bm25_weight`); the single-signal modes (`iki eval search` compares
        them) rank by one of the two."""
        corpus = self._corpora[INDICATORS]
        population = len(corpus.searchable)
        # A place the catalog never names is where the work happens, no evidence of what it is about.
        weak = weak_words() | frozenset(w for w in place_stems() if not corpus.keyword.holds(w))
        config = search_config()
        found = corpus.keyword.evidence(query, weak, population)
        broader = broader_reading(query)
        if broader:  # a row naming only the broader term («skrining bayi baru lahir» for SHK) is evidence too, less
            credit = config["relevance"]["broader_credit"]
            for key, (coverage, information) in corpus.keyword.evidence(broader, weak, population).items():
                mine = found.get(key, (0.0, 0.0))
                found[key] = (max(mine[0], credit * coverage), max(mine[1], credit * information))
        held, whole = corpus.keyword.held_words(query, weak, population)
        around = dict(held)  # what a row holds of the query or of its broader reading: is it more than the setting?
        if broader:
            for key, words in corpus.keyword.held_words(broader, weak, population)[0].items():
                around[key] = around.get(key, {}) | words
        read = f"{query} ({broader})" if broader else query
        bm25 = dict(corpus.keyword.ranking(read, corpus.searchable))
        most = max(bm25.values(), default=0.0) or 1.0
        similarity = self.vectors.similarities(INDICATORS, dense_text(read))
        weight = {"hybrid": config["ranking"]["bm25_weight"], "bm25": 1.0, "dense": 0.0}[mode]
        # A row holding more of what the query says, each word weighed as written, ranks higher (hybrid only: the
        # single-signal modes stay pure).
        covering = config["ranking"]["coverage_weight"] / (whole or 1.0) if mode == "hybrid" else 0.0
        scores = {key: weight * bm25.get(key, 0.0) / most + (1 - weight) * similarity.get(key, 0.0)
                  + covering * sum(held.get(key, {}).values()) for key in corpus.searchable}
        chance = math.log(population + 1)

        places, least = admin_place_stems() | counted_among_stems(), config["relevance"]["min_topic_nats"]
        # A row holding nothing of the query but the kab/kota every regional row counts in («surat menyurat ke
        # kab/kota»), beside words of next to no weight («kesehatan» of «dinkes»): no evidence of the topic, so it
        # never leads (ranked below every other row) nor shows on that alone.
        places_only = {key for key, words in held.items()
                       if any(stem(w) in places for w in words)
                       and sum(weight for w, weight in words.items() if stem(w) not in places) < least}
        # A row holding only the setting of work the query names and the row lacks (search.yaml `work_settings`)
        setting = setting_words(read)
        asked = corpus.keyword.query_weights(query, weak, population)
        beyond = sum(weight for w, weight in asked.items() if w not in setting and stem(w) not in places)
        setting_only = {key for key, words in around.items()
                        if any(w in setting for w in words)
                        and sum(weight for w, weight in words.items()
                                if w not in setting and stem(w) not in places) < least} if beyond >= least else set()

        def row(key: str) -> RowEvidence:
            coverage, information = found.get(key, (0.0, 0.0))
            return RowEvidence(key, coverage, information - chance, similarity.get(key, 0.0), scores[key],
                               held.get(key, {}), places_only=key in places_only, setting_only=key in setting_only)

        def order(key: str) -> tuple:
            return key in places_only or key in setting_only, -scores[key], self._order[key]

        allowed = [key for key in scores if not level or corpus.level_of[key] == level]
        best = min(scores, key=order, default=None)
        return (row(best) if best else None), [row(key) for key in heapq.nsmallest(config["fusion"]["depth"], allowed, key=order)]

    def _numbered(self, query: str, level: str | None) -> list[str]:
        """Codes whose number the query writes without its level: "33.3.1 itu indikator apa" (every level that
        has it), "kode 20.4.2 yg IKD" (the level named), "5.1" typed alone (tester53 P3-6). A number with one dot in
        a sentence ("2.5 persen") is a number. A code-like number the catalog lacks is the code of its depth
        (IKP 5.2), so the search says it is missing and shows its nearest rows."""
        named = level_named_in(query)[1] or (level.upper() if level else None)
        found = []
        for number in bare_numbers(query):
            if number.count(".") >= 2 or named or _alone(query, number):
                held = [i.code for i in self.catalog.numbered(number) if not named or i.level == named]
                found += held or [code for code in [code_of_depth(number, named)] if code]
        return list(dict.fromkeys(found))

    def _find_codes(self, query: str, codes: list[str]) -> SearchResult:
        found: list[Indicator] = []
        children: list[Indicator] = []
        missing = None
        for code in codes:
            rows = self.catalog.rows(code)
            if rows:
                found += rows
                children += self.catalog.children(code)
            elif missing is None:
                missing = code
        if not found:
            same = self.catalog.numbered(missing.partition(" ")[2])
            return SearchResult(query=query, results=[], missing_code=missing, related=self._related(missing),
                                same_number=[self._hit(i, 1.0) for i in same])
        rows = {i.key: i for i in found}
        under = {i.key: i for i in children if i.key not in rows}
        return SearchResult(query=query, results=[self._hit(i, 1.0) for i in rows.values()], missing_code=missing,
                            children=[self._hit(i, 1.0) for i in under.values()])

    def _related(self, code: str) -> list[IndicatorHit]:
        """For a code the catalog lacks: its nearest parent there, rows that name it as parent or carry its number
        first (IKK 5.2.1 under a missing IKP 5.2 with no parent written), and up to five siblings closest in number."""
        parent = next((rows[0] for p in implied_parents(code) if (rows := self.catalog.rows(p))), None)
        level, prefix = code.partition(" ")[0], number_prefix(code)
        siblings = [i for i in self.catalog.indicators if i.level == level and number_prefix(i.code) == prefix]
        wanted = code_order(code)[1]
        siblings.sort(key=lambda i: [abs(a - b) for a, b in zip(code_order(i.code)[1], wanted)][::-1])
        numbered = f"{code.partition(' ')[2]}."
        below = sorted((i for i in self.catalog.indicators if i.code.partition(" ")[2].startswith(numbered)),
                       key=lambda i: code_order(i.code))
        related = ([parent] if parent else []) + self.catalog.children(code) + below + siblings[:5]
        return [self._hit(i, 0.0) for i in {i.key: i for i in related}.values()]

    @cached_property
    def _answerer(self) -> Answerer:
        return Answerer(self.passages, self._ranking, self.vectors, self._corpora, self.documents)

    def ask(self, question: str, k: int = 3, mode: Mode = "hybrid", topic: str | None = None,
            today: date | None = None) -> Answer:
        """The one short answer to a guidance question, with further reading (`answering.Answerer.ask`), as of today
        (the user's clock, IKI_NOW by default): a source dated later says so, further reading dated later is left out,
        a day still to come this year cited by its year (`source_dates`)."""
        today = today or clock.now().date()
        asked = without_tags(question)  # «@asisteniki_bot …», «… #farmasi»
        row = target_row(asked, self.catalog)
        if row is not None:  # «ISS 15 … targetnya brp?»: the catalog row's own target
            text, source = target_said(row)
            return Answer(question=question, passages=[], answer=with_source(text, source))
        answer = self._answerer.ask(asked, k, mode, topic).model_copy(update={"question": question})
        shown = [p.model_copy(update={"source": as_of(p.source, today)}) for p in answer.passages
                 if later_than(p.source, today) is None]
        return answer.model_copy(update={"answer": dated_answer(answer.answer, today), "passages": shown})


def _loanword_nya_apart(query: str) -> str:
    """«direktifnya» → «direktif nya»: a glossary term's word the stemmer does not know, its «-nya» written apart."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group() if is_indonesian_word(m.group()) or m.group().lower()[:-3] in acronyms()
                  else term_apart(m.group()), query)


def _alone(query: str, number: str) -> bool:
    """Whether the query is the number and nothing else («5.1», «5.1?»): a code typed bare, not a figure."""
    return not re.sub(r"[\W_]+", "", query.replace(number, " ", 1))
