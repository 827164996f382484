"""Hybrid retrieval over the Renstra catalog and the guideline passages: dense + BM25, fused by weighted score."""

import heapq
import math
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal

from pydantic import BaseModel

from bot.lang.text import tokens
from bot.lang.words import is_indonesian_word, stem
from bot.retrieval.answer import (
    NOT_ASN,
    NOT_DEFINED,
    NOT_FOUND,
    Told,
    fits,
    from_glossary,
    meaning_and_figure,
    rewritten,
    shows,
    undefined_acronym,
    with_source,
)
from bot.retrieval.catalog import Indicator, IndicatorCatalog, code_order, load_catalog
from bot.retrieval.claims import (
    claim,
    claim_subject,
    contradicted,
    contrast,
    denial,
    exceeds_only,
    first_term,
    own_terms,
    restated,
    unit_lead,
    verdict_lead,
    words_held,
)
from bot.retrieval.codes import bare_numbers, codes_in, implied_parents, levels, number_prefix
from bot.retrieval.embeddings import Embedder, embedder
from bot.retrieval.glossary import glossary_text, skipped_words, terms_in
from bot.retrieval.keyword_index import KeywordIndex
from bot.retrieval.limits import count_asked, count_lead, counted, limits_stated, only_lead, value_lead
from bot.retrieval.normalize import (
    admin_place_stems,
    broader_reading,
    dense_text,
    indicator_stopwords,
    keyword_tokens,
    keyword_words,
    place_stems,
    search_config,
    weak_words,
    without_clitics,
)
from bot.retrieval.outside_guidance import (
    about_non_asn,
    about_years,
    asks_figure,
    figure_of_foreign,
    figures_told,
    mostly_unknown,
    names_outside_topic,
    restates,
    unknown_words,
    years_asked,
)
from bot.retrieval.own_figures import own_figures
from bot.retrieval.passages import Passage, load_passages
from bot.retrieval.polarity import both_ways, denied_alike, denies, polarity_clash, states
from bot.retrieval.question_parts import (
    announced_parts,
    asked_parts,
    asking_clauses,
    asking_sentence,
    compares,
    example_terms,
    how_objects,
    kinds_listed,
    lists_of,
    names_all,
    opening_terms,
    quoted,
    rewrite_asked,
    story_question,
    task_match,
    wanted_kind,
    wanted_kinds,
    without_asking,
    without_introduction,
    without_persona,
)
from bot.retrieval.respell import respelled
from bot.retrieval.shares import even_share
from bot.retrieval.vector_index import Doc, VectorIndex
from bot.retrieval.yes_no import negated_lead, only_predicate, tag_closed, yes_no_lead, yes_no_predicate
from bot.settings import Settings, get_settings

Mode = Literal["hybrid", "dense", "bm25"]
ONE_WORD = 0.99  # support of one written word (a thesaurus phrase's parts weigh their share of it)
INDICATORS, PASSAGES, ANSWERS, QUESTIONS = "indicators", "passages", "answers", "questions"


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


class PassageHit(BaseModel):
    text: str
    source: str
    score: float
    title: str


class Answer(BaseModel):
    """The one short answer with its source; `passages`: further reading (never the passage the answer came from,
    and none when the question is outside the guidance); `hint`: what to do next in the chat."""

    question: str
    passages: list[PassageHit]
    answer: str
    hint: str = ""
    glossary: bool = False  # a term's meaning from knowledge/glossary.yaml: our own line, never rewritten


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


def _indicator_docs(catalog: IndicatorCatalog) -> list[Doc]:
    return [
        Doc(id=i.key, text=f"{i.code} {i.name}".strip(), metadata={"level": i.level, "code": i.code})
        for i in catalog.indicators
    ]


def _passage_docs(passages: list[Passage]) -> list[Doc]:
    return [Doc(id=p.id, text=f"{p.title}\n{p.text}") for p in passages]


def _question_docs(passages: list[Passage]) -> list[Doc]:
    """Every way of asking listed for a short answer, id "answer id#k": a question matches a question best."""
    return [Doc(id=f"{p.id}@{n}#{k}", text=question)
            for p in passages for n, answer in enumerate(p.answers, start=1)
            for k, question in enumerate(answer.questions, start=1)]


def _answer_docs(passages: list[Passage]) -> list[Doc]:
    """Each passage's short answers, id "passage id@n", so an answer leads back to its passage and source."""
    return [Doc(id=f"{p.id}@{n}", text="\n".join(answer.questions + [answer.text]))
            for p in passages for n, answer in enumerate(p.answers, start=1)]


def documents(catalog: IndicatorCatalog, passages: list[Passage]) -> dict[str, list[Doc]]:
    """What the vector index holds: one collection for indicators, one for guideline passages, one for the short
    answers and one for the questions they answer."""
    return {INDICATORS: _indicator_docs(catalog), PASSAGES: _passage_docs(passages),
            ANSWERS: _answer_docs(passages), QUESTIONS: _question_docs(passages)}


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


def row_relevant(row: RowEvidence, limits: dict) -> bool:
    """One row is relevant on its own: it covers most of what the query says, or shares far more than chance, or
    shares something and the embedding agrees, or is very close in meaning alone. Thresholds:
    `relevance.indicators` in knowledge/search.yaml, chosen by evals/relevance_calibration.py with this function."""
    if row.places_only:  # «kab/kota» alone says where a share is counted, not what: only a close meaning counts
        return row.similarity >= limits["min_similarity"]
    return (row.coverage >= limits["min_coverage"]
            or row.significance >= limits["min_significance"]
            or (row.significance >= limits["min_significance_supported"]
                and row.similarity >= limits["min_similarity_supported"])
            or row.similarity >= limits["min_similarity"])


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
           paths: dict[str, list[str]] | None = None) -> list[RowEvidence]:
    """The rows a word query shows, at most k: none unless the best row of the whole catalog is relevant (a level
    filter narrows the list, not what the query is about); then the best candidate and its near twins, each
    relevant on its own, or a programme's row and its parts (see `programme`). A code two units hold is two rows,
    each with its PIC; no row is listed twice."""
    if best is None or not candidates or not row_relevant(best, limits):
        return []
    top = candidates[0]
    found = programme(top, candidates, limits, twins, paths or {})
    if found:
        return found[:k]
    shown = [row for row in candidates if (row is top or near_best(row, top, twins)) and row_relevant(row, limits)]
    return shown[:k]


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
        shown = choose(best, candidates, k, config["relevance"][INDICATORS], config["ranking"]["near_best"], paths)
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

        places, least = admin_place_stems(), config["relevance"]["min_topic_nats"]
        # A row holding nothing of the query but the kab/kota every regional row counts in («surat menyurat ke
        # kab/kota»), beside words of next to no weight («kesehatan» of «dinkes»): no evidence of the topic, so it
        # never leads (ranked below every other row) nor shows on that alone.
        places_only = {key for key, words in held.items()
                       if any(stem(w) in places for w in words)
                       and sum(weight for w, weight in words.items() if stem(w) not in places) < least}

        def row(key: str) -> RowEvidence:
            coverage, information = found.get(key, (0.0, 0.0))
            return RowEvidence(key, coverage, information - chance, similarity.get(key, 0.0), scores[key],
                               held.get(key, {}), places_only=key in places_only)

        def order(key: str) -> tuple:
            return key in places_only, -scores[key], self._order[key]

        allowed = [key for key in scores if not level or corpus.level_of[key] == level]
        best = min(scores, key=order, default=None)
        return (row(best) if best else None), [row(key) for key in heapq.nsmallest(config["fusion"]["depth"], allowed, key=order)]

    def _numbered(self, query: str, level: str | None) -> list[str]:
        """Codes whose number the query writes without its level: "33.3.1 itu indikator apa" (every level that
        has it), "kode 20.4.2 yg IKD" (the level named). A number with one dot alone ("2.5 persen") is a number."""
        named = level_named_in(query)[1] or (level.upper() if level else None)
        found = []
        for number in bare_numbers(query):
            if number.count(".") >= 2 or named:
                found += [i.code for i in self.catalog.numbered(number) if not named or i.level == named]
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
        """For a code the catalog lacks: its nearest parent there, rows that name it as parent, and up to five
        siblings closest in number."""
        parent = next((rows[0] for p in implied_parents(code) if (rows := self.catalog.rows(p))), None)
        level, prefix = code.partition(" ")[0], number_prefix(code)
        siblings = [i for i in self.catalog.indicators if i.level == level and number_prefix(i.code) == prefix]
        wanted = code_order(code)[1]
        siblings.sort(key=lambda i: [abs(a - b) for a, b in zip(code_order(i.code)[1], wanted)][::-1])
        related = ([parent] if parent else []) + self.catalog.children(code) + siblings[:5]
        return [self._hit(i, 0.0) for i in {i.key: i for i in related}.values()]

    def ask(self, question: str, k: int = 3, mode: Mode = "hybrid", topic: str | None = None) -> Answer:
        """The one short answer: a term's meaning or a difference from the glossary, else the best "Jawaban:" line
        that answers the question; a question outside the guidance is declined plainly, with no passage. An even
        share or another sum asked of the asker's own figures (a capaian, the IKI left) is worked out first, after the
        answer's «Ya.»/«Tidak.». A message numbering or announcing its questions («1) … 2) …», «pertanyaan kedua:
        …») gets each answered as if asked alone, in order.
        topic: the glossary term a conversation is about (the open step's), for "bedanya sama RHK apa?"."""
        parts = announced_parts(question)
        if parts:
            answers = [self.ask(part, k, mode, topic) for part in parts]
            said = [a for a in answers if a.answer not in (NOT_FOUND, NOT_ASN)]
            texts = list(dict.fromkeys(a.answer for a in said))
            return said[0].model_copy(update={"question": question, "answer": " ".join(texts)}) if said else \
                answers[0].model_copy(update={"question": question})
        answer = self._ask(question, k, mode, topic)
        share = even_share(question, answer.answer) or own_figures(question) \
            if answer.answer not in (NOT_FOUND, NOT_ASN) else ""
        if not share:
            return answer
        lead = re.match(r"(?:Ya|Tidak)\.\s+", answer.answer)
        cut = lead.end() if lead else 0
        return answer.model_copy(update={"answer": f"{answer.answer[:cut]}{share} {answer.answer[cut:]}"})

    def _ask(self, question: str, k: int, mode: Mode, topic: str | None) -> Answer:
        asked = count_asked(tag_closed(respelled(question)))
        # who asks («sy bidan di RS daerah, …») is not what is asked; it still says which example fits their work,
        # and a claim to confirm is read whole
        claimed = bool(yes_no_predicate(asked)) or claim(asked) is not None
        read = asked if claimed else without_persona(asked)
        quoted = rewrite_asked(read)
        told = rewritten(quoted) if quoted else None
        if told is not None:
            return Answer(question=question, passages=[], answer=with_source(told.said, told.source), hint=told.hint)
        parts = meaning_and_figure(without_introduction(read))
        told = from_glossary(parts[0], topic) if parts else None
        if told is not None and len(told.terms) == 1:
            # «iki itu apa sih, trus hrs brp?»: what the term is, then the figure asked of it, asked with the term named
            meant = self._answer(question, told, self._ranking(PASSAGES, read, mode, None, gate=False), k)
            # «apa itu MPPH? trus bobot beyond brp?»: a figure of another term of its own is asked of that term
            generic = set(search_config()["answers"]["generic_terms"])
            own = {t.name for t in terms_in(parts[1])} - generic - set(told.terms)
            figure = self.ask(parts[1] if own else f"{told.terms[0]} {parts[1]}", k, mode)
            return meant if figure.answer == NOT_FOUND else \
                meant.model_copy(update={"answer": f"{meant.answer} {figure.answer}"})
        told = from_glossary(without_introduction(read), topic)
        if told is not None:
            if claim(read) is not None:  # «MPPH itu singkatan Matriks Penilaian Prestasi Harian ya?», «X artinya … ?»
                # a meaning restated to be confirmed («direct cascading artinya renkin tim … berkontribusi langsung
                # ke renkin atasan?») is confirmed as any claim the answer restates; one it contradicts is denied
                told = replace(told, lead=told.lead or contradicted(read, told.text) or restated(read, told.text))
            meant = self._answer(question, told, self._ranking(PASSAGES, read, mode, None, gate=False), k)
            later = self._later_part(read, told, mode)
            return meant if later is None else \
                meant.model_copy(update={"answer": f"{meant.answer} {with_source(later.said, later.source)}"})
        # Relevance is judged on the short answers (and the questions they answer): what the user would read. The
        # words that only ask for a date («bulan apa») are left out of the match: they are not its subject.
        subject = counted(without_asking(read))
        if names_outside_topic(read):
            return Answer(question=question, passages=[], answer=NOT_FOUND)
        if about_non_asn(read):
            return Answer(question=question, passages=[], answer=NOT_ASN)
        if not self._ranking(ANSWERS, subject, mode, None):
            # «nah kan jadi 5. bobot gmn, ribet lagi?»: the words around the question hide it; its asking clause alone
            read = next((c for c in asking_clauses(read) if self._ranking(ANSWERS, without_asking(c), mode, None)), "")
            if not read:
                return Answer(question=question, passages=[], answer=NOT_FOUND)
            subject = counted(without_asking(read))
        story = story_question(read)
        if story:
            # the steps asked in the last sentence, on its words alone; the story's work gives the example after them
            told_scored = self._scored_answers(subject, self._ranking(PASSAGES, subject, mode, None, gate=False), mode,
                                               wanted_kind(read))
            read, subject = story, counted(without_asking(story))
        ranked = self._ranking(PASSAGES, subject, mode, None, gate=False)
        scored = self._steps_before_case(read, self._scored_answers(subject, ranked, mode,
                                                                    "howto" if story else wanted_kind(read)))
        best = self._best_answer(read, scored)
        if best is None:
            # Two questions whose figure no one answer holds («jenis IKI apa ya trs bobotnya brp persen?»): each
            # asked on its own.
            best = self._second_answer(read, None, mode)
        if best is None:
            return Answer(question=question, passages=[], answer=NOT_FOUND)
        answer = self._answer(question, best, ranked, k)
        undefined = undefined_acronym(read, best.text)
        if undefined:  # «apa itu PME»: the guidance names it without saying what it is; the passage naming it is
            return answer.model_copy(update={"answer": NOT_DEFINED.format(term=undefined)})  # left to read
        second = self._second_answer(read, best, mode)
        also = second or (self._story_example(asked, best, told_scored) if story else self._example(asked, best, scored))
        if not also:
            return answer
        added = with_source(also.said, also.source)
        # «IKI berapa banyak? trs bobot beyond brp?»: the answers in the order asked, the first part's first when the
        # best one is a later part's own answer (a lead of the whole message stays first unless the first part's
        # answer is led too: «logbook wajib ya? trs hrs pake bukti dukung ga?» gets «Ya. …» then «Tidak. …»)
        earlier = second is not None and (not best.lead or second.lead) \
            and self._answers_later_part(read, best, second, mode)
        return answer.model_copy(update={"answer": f"{added} {answer.answer}" if earlier else f"{answer.answer} {added}"})

    def _part_scored(self, part: str, mode: Mode) -> list[tuple[float, str, Told]]:
        """One asking part's scored answers, best first ([] when nothing answers it)."""
        subject = without_asking(part)
        if not self._ranking(ANSWERS, subject, mode, None):
            return []
        ranked = self._ranking(PASSAGES, subject, mode, None, gate=False)
        return self._scored_answers(subject, ranked, mode, wanted_kind(part))

    def _part_answer(self, part: str, mode: Mode) -> Told | None:
        """One asking part's own best answer, None when nothing answers it."""
        scored = self._part_scored(part, mode)
        return self._best_answer(part, scored) if scored else None

    def _second_answer(self, question: str, first: Told | None, mode: Mode) -> Told | None:
        """For a message asking two questions, the answer to the one the first answer leaves out: the first asking
        part's own best answer that differs from it (any, when there is no first)."""
        for part in asked_parts(question):
            told = self._part_answer(part, mode)
            if told is not None and (first is None or told.text != first.text and self._answers_part(part, told)):
                return told
        return None

    def _later_part(self, question: str, meant: Told, mode: Mode) -> Told | None:
        """«What is the difference between RHK and IKI? and is the IKI must have target number?»: after a term's
        meaning, the answer of a later asking part about a term of its own (no generic one, none the meaning is
        about)."""
        generic = set(search_config()["answers"]["generic_terms"])
        for part in asked_parts(question)[1:]:
            own = {t.name for t in terms_in(part)} - generic
            if own and not own & set(meant.terms):
                told = self._part_answer(part, mode)
                if told is not None and told.text != meant.text:
                    return told
        return None

    def _answers_later_part(self, question: str, best: Told, second: Told, mode: Mode) -> bool:
        """Whether the second answer is the first part's own and the best one is far from it (not among the first
        part's `answers.scope.part_near` best answers, or any when the first part's answer has its own lead) but a
        later part's own: then the second is said first. «brp jumlah IKI …? minimal maksimalnya» asks one thing
        twice: the order stays."""
        parts = asked_parts(question)
        if len(parts) < 2:
            return False
        scored = self._part_scored(parts[0], mode)
        near = {told.text for _, _, told in scored[:search_config()["answers"]["scope"]["part_near"]]}
        first = self._best_answer(parts[0], scored) if scored else None
        return (first is not None and first.text == second.text and (best.text not in near or bool(second.lead))
                and any(t is not None and t.text == best.text for t in (self._part_answer(p, mode) for p in parts[1:])))

    def _steps_before_case(self, question: str, scored: list[tuple[float, str, Told]]
                           ) -> list[tuple[float, str, Told]]:
        """«as a ketua tim, IKI sy '…monev SBBL…' target 80%, anggota 4 org. cara bagi ke mereka gmn?»: a how-to
        quoting the asker's own case (`answers.example.quoted_words` words or more) asks for the way to do it, and the
        guidance's examples holding most of the case's words (`example.case_share`, steps aside) match the quote, not
        what is asked: when the best answer left gives steps, it goes first and the examples after it."""
        config = search_config()["answers"]["example"]
        said = set(keyword_tokens(quoted(question) or ""))
        if len(said) < config["quoted_words"] or "howto" not in wanted_kinds(question):
            return scored
        held = self._answer_words
        case = [s for s in scored if not s[2].steps and len(said & held[s[1]]) >= config["case_share"] * len(said)]
        rest = [s for s in scored if not any(s is c for c in case)]
        return rest + case if case and rest and rest[0][2].steps else scored

    def _example(self, question: str, best: Told, scored: list[tuple[float, str, Told]]) -> Told | None:
        """For steps asked by someone who says what their own work is («… nulis RHK yg ada qualifier nya? kerjaan sy
        kalibrasi alkes»), the guidance's example of that work: an answer holding every rare word of the sentences
        that tell (those few answers use, search.yaml `answers.example.max_answers`), the one holding most of their
        words; None when the work is not one the guidance shows. Words the question quotes («atasan cuma bilang
        'buat laporan bulanan tepat waktu'») are the case itself: an answer holding every one of them is its example (a
        phrase of `example.quoted_words` words or more: one quoted word, «'melaksanakan'», is a word asked about)."""
        if not best.steps:
            return None
        said = set(keyword_tokens(quoted(question) or ""))
        cases = [told for _, aid, told in scored if len(said) >= search_config()["answers"]["example"]["quoted_words"]
                 and said <= self._answer_words[aid] and not told.steps and told.text != best.text]
        if cases:
            return cases[0]
        telling = " ".join(s for s in re.split(r"(?<=[.?!])\s+|\n+", question) if s.strip() and not wanted_kinds(s))
        words = set(keyword_tokens(telling))
        held = self._answer_words
        counts = Counter(w for answer_words in held.values() for w in answer_words & words)
        rare = {w for w, n in counts.items() if n <= search_config()["answers"]["example"]["max_answers"]}
        if not rare:
            return None
        examples = [(len(held[aid] & words), score, told) for score, aid, told in scored
                    if rare <= held[aid] and not told.steps and told.text != best.text]
        return max(examples, key=lambda e: e[:2])[2] if examples else None

    def _story_example(self, question: str, best: Told, scored: list[tuple[float, str, Told]]) -> Told | None:
        """After steps asked at the end of a story of one's work, the guidance's example nearest that work: the
        example (no steps) holding most of the story's rare words (`answers.example.max_answers`), at least
        `answers.example.story_rare` of them; a story tells more than any one example holds, so not all."""
        example = self._example(question, best, scored)
        if example or not best.steps:
            return example
        config = search_config()["answers"]["example"]
        words = set(keyword_tokens(question))
        counts = Counter(w for answer_words in self._answer_words.values() for w in answer_words & words)
        rare = {w for w, n in counts.items() if n <= config["max_answers"]}
        found = [(len(rare & self._answer_words[aid]), score, told) for score, aid, told in scored
                 if not told.steps and told.text != best.text]
        top = max(found, key=lambda e: e[:2], default=None)
        return top[2] if top and top[0] >= config["story_rare"] else None

    @cached_property
    def _answer_words(self) -> dict[str, frozenset[str]]:
        """Each short answer's search words (stems, canonical forms), by answer id."""
        return {f"{pid}@{n}": frozenset(keyword_tokens(a.text))
                for pid, passage in self._passages.items() for n, a in enumerate(passage.answers, 1)}

    def _few_name(self, question: str) -> frozenset[str]:
        """The question's names (no word of the language) that at most `answers.scope.named_by` answers hold: a thing
        few answers speak of («BKPK», «Itjen»), whose own figure a question asks for; «staf» is no name."""
        counts = self._word_answers
        most = search_config()["answers"]["scope"]["named_by"]
        return frozenset(stem(w) for w in keyword_words(question) if 0 < counts.get(stem(w), 0) <= most
                         and not is_indonesian_word(w))

    @cached_property
    def _word_answers(self) -> Counter:
        """How many short answers hold each search word."""
        return Counter(w for words in self._answer_words.values() for w in words)

    @staticmethod
    def _answers_part(part: str, told: Told) -> bool:
        """Whether a second answer is about its part, not filler after the first: it names a subject the part names
        itself, or gives the figure or date the part asks for («eselon 2 nya brp»). A part with neither
        («kondisinya apa aja») is left to the first answer."""
        generic = set(search_config()["answers"]["generic_terms"])
        own = {t.name for t in terms_in(part)} - generic
        kind = wanted_kind(part)
        return bool(own & {t.name for t in terms_in(told.text)}) or kind in ("number", "date") and fits(told.text, kind)

    def _best_answer(self, question: str, scored: list[tuple[float, str, Told]]) -> Told | None:
        """The best scored answer that answers this question, not one that just shares some words with it: a
        question that asks for a figure gets the best answer holding one, unless that answer scores far below the
        best (`answers.scope.figure_margin`), and naming the year asked when it is not the guidance's; a question
        whose only subject is a word the guidance never uses ("cara membuat paspor") has none."""
        unknown = unknown_words(question, self._vocabulary)
        generic = set(search_config()["answers"]["generic_terms"])
        # A question naming a guidance term of its own («How do I prepare for dialog kinerja with my boss») is about
        # it, whatever other words it uses.
        specific = any(t.name not in generic for t in terms_in(question))
        if not scored or not specific and ((unknown and len(keyword_words(question, skipped_words())) <= len(unknown))
                                           or mostly_unknown(question, unknown)):
            return None
        if not asks_figure(question):
            return self._shaped(question, scored)
        if figure_of_foreign(question, self._vocabulary):
            return None
        years, margin = years_asked(question), search_config()["answers"]["scope"]["figure_margin"]
        near = [s for s in scored if fits(s[2].text, "number") and about_years(s[2].text, years)
                and s[0] >= scored[0][0] - margin]
        # «berapa IKK BKPK»: the figure of the thing named that few answers speak of (a unit among the Renstra's),
        # before a total that does not name it
        named = self._few_name(question)
        holding = [s[2] for s in sorted(near, key=lambda s: not named <= self._answer_words[s[1]])]
        # the figure the user tells before asking is not the one asked: an answer restating it gives way to the next
        told = figures_told(question)
        found = next((t for t in holding if not restates(t.text, told)), None) or next(iter(holding), None)
        # «… tiap brp lama sih? setahun sekali doang kan?»: the asker's own guess after the question is led
        guessed = only_lead(question, found.text) if found else ""
        return replace(found, lead=guessed) if guessed else found

    @staticmethod
    def _shaped(question: str, scored: list[tuple[float, str, Told]]) -> Told:
        """A question that asks only for a date or only for a list gets the best answer giving one (a date or a
        period, the items; a how-to the steps of a task), unless it scores far below the best
        (`answers.scope.shape_margin`); a yes-no question the best answer using its
        predicate, led by «Ya.»/«Tidak.»; else the best answer."""
        kinds = wanted_kinds(question)
        scope = search_config()["answers"]["scope"]
        unit = unit_lead(question)
        if unit:  # «IKI sy '…' tp satuannya sy isi 'dokumen'. gpp kan?»: the rules say; the answer naming satuan tells
            return replace(next((s[2] for s in scored if "satuan" in tokens(s[2].text)), scored[0][2]), lead=unit)
        verdict = verdict_lead(question)
        if verdict:  # «iki sy "Terlaksananya rapat …" udh bener blm?»: the rules say; for a «Tidak.» an answer saying why
            why = set(search_config()["answers"]["yesno"]["claim"]["verdict_answer"])
            told = scored[0][2] if verdict == search_config()["answers"]["yesno"]["lead"]["ya"] else \
                next((s[2] for s in scored if why & set(tokens(s[2].text))), scored[0][2])
            return replace(told, lead=verdict)
        predicate = yes_no_predicate(question)
        margin = search_config()["answers"]["yesno"]["count_margin"]
        # Near answers giving the value asked about leads that disagree («TUSI 40%» with cascading langsung, «TUSI
        # 90%» without): the value depends on a condition the question does not settle, so none is led by it, nor
        # is the claim read as confirmed or denied.
        agreed = len({value_lead(question, s[2].text) for s in scored if s[0] >= scored[0][0] - margin} - {""}) < 2

        def claim_leads(text: str) -> tuple[str, str]:
            return (contradicted(question, text), restated(question, text)) if agreed else ("", "")
        # «MPPH cuma 1 tingkat doang?»: of the near answers, one giving more than the claim says is all answers it
        more = next((s for s in scored if s[0] >= scored[0][0] - margin and exceeds_only(question, s[2].text)), None)
        if predicate:
            scored = _naming_first(question, scored)
            holding = next((s for s in scored if states(s[2].text, predicate)), None)
            best = holding[2] if holding and holding[0] >= scored[0][0] - scope["yesno_margin"] else scored[0][2]

            def limit_lead(text: str) -> str:
                return count_lead(question, text) or (value_lead(question, text) if agreed else "")
            # «iki boleh lebih dr 10 ga?»: of the near answers stating a limit on it, the one stating most of them
            # («paling sedikit 5 dan paling banyak 10» over «bila kurang dari 5»)
            limited = max((s for s in scored if s[0] >= scored[0][0] - margin and limit_lead(s[2].text)),
                          key=lambda s: (len(limits_stated(s[2].text)), s[0]), default=None)
            if limited and (not limit_lead(best.text)
                            or len(limits_stated(limited[2].text)) > len(limits_stated(best.text))):
                best = limited[2]
            # a claim the answer contradicts («standar maksimal yg hrs dicapai ya?» against «standar minimal») is
            # denied before the predicate, which the answer may well state of the right claim
            best = more[2] if more else best
            denied, confirmed = claim_leads(best.text)
            stated = yes_no_lead(predicate, best.text, question)
            if only_predicate(question, predicate) and stated == search_config()["answers"]["yesno"]["lead"]["ya"]:
                stated, confirmed = "", ""  # «cuma wajib buat pimpinan?» against «wajib bagi … non pimpinan»
            if predicate == "boleh" and agreed and not stated:
                # «foto sm notulen bs dilampirin sbg bukti dukung?»: an answer telling how the thing asked about is
                # done, in most of the claim's words, permits it; one forbidding it or advising against it says so
                # before (`stated`, `denied`)
                confirmed = confirmed or restated(question, best.text, "permitted_share")
            limited_lead = limit_lead(best.text)
            if denied and limited_lead == search_config()["answers"]["yesno"]["lead"]["ya"] \
                    and not limits_stated(question):
                # «IKI sy cukup 6 aja kan?»: one's own count said to be enough, within every limit the answer states,
                # is allowed; the «only» it is said with is no claim that nothing more is allowed
                denied = ""
            lead = denied or limited_lead or stated or confirmed
            if lead or claim(question) is None:
                return replace(best, lead=lead)
            # «logbook cuma diisi seminggu sekali ya?», «sy isi logbook seminggu sekali, boleh ga?»: the chosen answer
            # says nothing of the predicate nor of the claim; the claim is held against the near answers as any
            # claim the chosen one holds no evidence on
            return _led_near(question, scored, best, lambda text: next((found for found in claim_leads(text) if found), ""))
        if claim(question) is not None or denial(question) or contrast(question):
            told = more[2] if more else Retriever._chosen(question, scored, kinds, scope)

            def claim_lead(text: str) -> str:
                denied, confirmed = claim_leads(text)
                return only_lead(question, text) or denied or confirmed
            # «jd udah ga bisa diubah sampe desember kan?»: a predicate the claim denies, when nothing else leads
            lead = claim_lead(told.text) or negated_lead(question, told.text)
            # of the near answers, only those giving the kind of fact asked for («… sampe kapan ya?»: a date)
            shaped = [s for s in scored if all(shows(s[2], kind) for kind in kinds)]
            return replace(told, lead=lead) if lead or more or not shaped else _led_near(question, shaped, told, claim_lead)
        if not kinds:
            best = scored[0][2]
            return replace(best, lead=only_lead(question, best.text) or negated_lead(question, best.text))
        return Retriever._chosen(question, scored, kinds, scope)

    @staticmethod
    def _chosen(question: str, scored: list[tuple[float, str, Told]], kinds: list[str], scope: dict) -> Told:
        """Of the scored answers, the one whose shape fits the one kind of fact asked for, else the best."""
        if not kinds:
            return scored[0][2]
        listed = "list" in kinds
        if "howto" in kinds and set(kinds) <= {"howto", "list"}:
            kinds = ["howto"]  # «langkah nyusun MPPH apa aja»: the steps are the list asked for
        if len(kinds) != 1 or kinds[0] not in scope["shape_first"]:
            return scored[0][2]
        kind = kinds[0]
        near = [s for s in scored if shows(s[2], kind) and s[0] >= scored[0][0] - scope["shape_margin"][kind]]
        if kind == "howto" and not near and listed:
            # No steps near the top: the options asked for are a list («cara bagi peran di MPPH ada apa aja?»).
            kind = "list"
            near = [s for s in scored if shows(s[2], kind) and s[0] >= scored[0][0] - scope["shape_margin"][kind]]
        examples = example_terms(question) if kind == "list" else []
        if kind == "list" and near and not compares(question):
            near = _list_of_asked(question, near)
            near = sorted(near, key=lambda s: not kinds_listed(question, s[2].text))  # the kinds of what is named
        if examples:
            # «pembagian aspek, trs apa lg?»: the list wanted holds the item the question gives as an example.
            near = sorted(near, key=lambda s: not names_all(s[2].text, examples))
        objects = how_objects(question) if kind == "howto" and near else []
        if objects and task_match(near[0][2].text, objects) == (False, 0):
            # The best steps near the top are of a task the question does not name: of the near ones, those of the
            # task asked about («… nulis RHK yg bener gmn» wants the RHK's steps, not the rencana aksi's).
            return max(near, key=lambda s: task_match(s[2].text, objects))[2]
        return near[0][2] if near else scored[0][2]

    @cached_property
    def _vocabulary(self) -> frozenset[str]:
        """Stems of every word the guidelines and the glossary use."""
        texts = [f"{p.title} {p.text} {p.source} " + " ".join(f"{a.text} {' '.join(a.questions)}" for a in p.answers)
                 for p in self.passages]
        return frozenset(stem(w) for text in texts + [glossary_text()] for w in keyword_words(text))

    def _answer(self, question: str, told: Told, ranked: list[tuple[str, float]], k: int) -> Answer:
        """The short answer, and as further reading the best passages other than the one it came from."""
        hits = [
            PassageHit(text=self._passages[pid].text, source=self._passages[pid].source, score=round(score, 6),
                       title=self._passages[pid].title)
            for pid, score in ranked[:k]
            if not any(a.text == told.text for a in self._passages[pid].answers)
            and (not told.terms or _names_any(self._passages[pid].title, told.terms))
        ]
        home = next((p for p in self._passages.values() if any(a.text == told.text for a in p.answers)), None)
        hint = told.hint or (home.here if home else "")  # the command that does the passage's task here
        return Answer(question=question, passages=hits, answer=with_source(told.said, told.source), hint=hint,
                      glossary=bool(told.terms))

    def _scored_answers(self, question: str, passages: list[tuple[str, float]], mode: Mode, kind: str | None
                        ) -> list[tuple[float, str, Told]]:
        """(score, answer id, answer with its source) best first: each short answer scored as its own
        hybrid match (its text and the questions it answers), plus its closest listed question (by meaning, and by
        the words both share), its passage's rank, and whether it holds the kind of fact asked for (search.yaml
        `answers`)."""
        config = search_config()["answers"]
        top = passages[: config["depth"]]
        passage_score = {pid: score / (top[0][1] or 1.0) for pid, score in top}
        closest: dict[str, float] = {}
        if mode != "bm25":
            for question_id, similarity in self.vectors.query(QUESTIONS, dense_text(question), config["questions_depth"]):
                answer_id = question_id.rpartition("#")[0]
                closest[answer_id] = max(closest.get(answer_id, 0.0), similarity)
        exemplar: dict[str, float] = {}
        for question_id, score in self._corpora[QUESTIONS].keyword.ranking(question):
            answer_id = question_id.rpartition("#")[0]
            exemplar[answer_id] = max(exemplar.get(answer_id, 0.0), score)
        best_exemplar = max(exemplar.values(), default=0.0) or 1.0
        asked = set(self._corpora[ANSWERS].keyword.query_tokens(question))
        # The share of the question's subject (its words weighed by rarity) an answer holds: a passage about another
        # subject that shares one common word covers little of it.
        covered = self._corpora[ANSWERS].keyword.evidence(question, weak_words())
        generic = set(config["generic_terms"])
        objects = [o for o in how_objects(question) if o not in generic] if kind == "howto" else []
        asks_denied = denies(question)
        scored = []
        for answer_id, score in self._ranking(ANSWERS, question, mode, None, gate=False):
            pid, _, n = answer_id.rpartition("@")
            short = self._passages[pid].answers[int(n) - 1]
            told = Told(short.text, self._passages[pid].source, steps=short.steps)
            same_words = max((_overlap(asked, listed) for listed in self._listed_questions.get(answer_id, ())), default=0.0)
            total = (score + config["question_weight"] * closest.get(answer_id, 0.0)
                     + config["same_words_weight"] * same_words
                     + config.get("exemplar_weight", 0.0) * exemplar.get(answer_id, 0.0) / best_exemplar
                     + config["passage_weight"] * passage_score.get(pid, 0.0) + config["kind_bonus"] * shows(told, kind)
                     + config["coverage_weight"] * covered.get(answer_id, (0.0, 0.0))[0]
                     - config["polarity"]["weight"] * polarity_clash(question, short.text)
                     + config["polarity"]["denied_weight"] * (asks_denied and denies(short.text))
                     + config["task_weight"] * (short.steps and bool(objects) and task_match(short.text, objects)[0]))
            scored.append((total, answer_id, told))
        return _sense_first(question, sorted(scored, key=lambda s: s[0], reverse=True))

    @cached_property
    def _listed_questions(self) -> dict[str, list[frozenset[str]]]:
        """Each short answer's "Tanya:" questions as sets of search words (stems, canonical forms)."""
        listed: dict[str, list[frozenset[str]]] = {}
        for doc in self.documents()[QUESTIONS]:
            listed.setdefault(doc.id.rpartition("#")[0], []).append(frozenset(keyword_tokens(doc.text)))
        return listed


def _list_of_asked(question: str, near: list[tuple[float, str, Told]]) -> list[tuple[float, str, Told]]:
    """«nilai BerAKHLAK apa aja»: when the best list names a term of the question only among its items («Perilaku
    kerja … memuat sikap …, nilai BerAKHLAK, serta …»), a near answer listing that term's own items («BerAKHLAK, yaitu
    …») and naming every term of the question the best names goes first."""
    own = {t.name for t in terms_in(question)} - set(search_config()["answers"]["generic_terms"])
    named = own & {t.name for t in terms_in(near[0][2].text)}
    items = named - opening_terms(near[0][2].text)
    if not items or lists_of(near[0][2].text, items):
        return near
    of = next((s for s in near if lists_of(s[2].text, items) and named <= {t.name for t in terms_in(s[2].text)}),
              None)
    return [of, *(s for s in near if s is not of)] if of else near


def _led_near(question: str, scored: list[tuple[float, str, Told]], told: Told, lead: Callable[[str], str]) -> Told:
    """A claim the chosen answer holds no evidence on, held against the answers near it (within
    `yesno.claim.near_margin` of the best of them, holding at least as many of the claim's words as the chosen one and
    every term of the claim it names:
    «SKP … ga bisa diubah2?» chooses the stages of performance management, a near answer says «SKP boleh diubah»):
    the best of them that leads, when every one that leads agrees; else the chosen answer with no lead."""
    margin = search_config()["answers"]["yesno"]["claim"]["near_margin"]
    # the terms of the sentence asking: «… my katim said Beyond is half of the SKP» tells, it claims nothing of katim
    least, named = words_held(question, told.text), own_terms(asking_sentence(question)) & own_terms(told.text)
    # when the chosen answer is about another term than the claim («Realisasi IKI …, dengan catatan harian …» for
    # «catatan harian cukup diisi akhir triwulan?»), a near one about the claim's subject (the first term it names:
    # «Catatan harian (logbook) adalah … setiap hari») is read whatever words it holds
    subject = claim_subject(question)
    about = subject is not None and first_term(told.text) != subject
    led = [(s[2], found) for s in scored if s[0] >= scored[0][0] - margin
           and (words_held(question, s[2].text) >= least or about and first_term(s[2].text) == subject)
           and named <= own_terms(s[2].text) and (found := lead(s[2].text))]
    if not led or len({found for _, found in led}) > 1:
        return told
    return replace(led[0][0], lead=led[0][1])


def _naming_first(question: str, scored: list[tuple[float, str, Told]]) -> list[tuple[float, str, Told]]:
    """A yes-no question about a term of its own («Is filling in the logbook mandatory …?»): when the best answer does
    not name every such term (`generic_terms` aside), the answers within `yesno.subject_margin` of it that do go
    first; a predicate word shared («wajib») with an answer about another subject decides nothing. The terms are the
    asking sentence's: «… non pimpinan? sy kira cuma buat katim» asks nothing about the katim it goes on to tell."""
    config = search_config()["answers"]
    own = {t.name for t in terms_in(asking_sentence(question))} - set(config["generic_terms"])
    if not scored or own <= {t.name for t in terms_in(scored[0][2].text)}:
        return scored
    naming = [s for s in scored if s[0] >= scored[0][0] - config["yesno"]["subject_margin"]
              and own <= {t.name for t in terms_in(s[2].text)}]
    return [*naming, *(s for s in scored if s not in naming)]


def _sense_first(question: str, scored: list[tuple[float, str, Told]]) -> list[tuple[float, str, Told]]:
    """Of two answers worded alike that differ in saying or denying what the question denies or says («tanpa
    cascading langsung» against «punya cascading langsung»), the one with the question's sense first when it is near
    the best: the condition decides, not the words both share (search.yaml `answers.polarity`)."""
    config = search_config()["answers"]["polarity"]
    clash = polarity_clash(question, scored[0][2].text) if scored else 0
    if not clash:
        return _one_way_first(question, scored)
    words = frozenset(keyword_tokens(scored[0][2].text))
    twin = next((s for s in scored[1:] if s[0] >= scored[0][0] - config["twin_margin"]
                 and polarity_clash(question, s[2].text) < clash
                 and _overlap(words, frozenset(keyword_tokens(s[2].text))) >= config["twin_overlap"]), None)
    return scored if twin is None else [twin, *(s for s in scored if s is not twin)]


def _one_way_first(question: str, scored: list[tuple[float, str, Told]]) -> list[tuple[float, str, Told]]:
    """When the best answer states a word the question denies both ways (the question's case and the other one), a
    near answer stating only the question's sense goes first (search.yaml `answers.polarity.both_ways_margin`)."""
    if not scored or not both_ways(question, scored[0][2].text):
        return scored
    margin = search_config()["answers"]["polarity"]["both_ways_margin"]
    one_way = next((s for s in scored[1:] if s[0] >= scored[0][0] - margin and denied_alike(question, s[2].text)
                    and not both_ways(question, s[2].text) and not polarity_clash(question, s[2].text)), None)
    return scored if one_way is None else [one_way, *(s for s in scored if s is not one_way)]


def _names_any(title: str, terms: tuple[str, ...]) -> bool:
    """Whether a passage title names one of the terms (every word of it): reading about what was explained."""
    words = set(tokens(title))
    return any(set(tokens(term)) <= words for term in terms)


def _overlap(asked: set[str], listed: frozenset[str]) -> float:
    """Dice coefficient of two word sets: 1.0 when a question is worded as one the answer lists."""
    return 2 * len(asked & listed) / (len(asked) + len(listed)) if asked and listed else 0.0
