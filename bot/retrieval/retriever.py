"""Hybrid retrieval over the Renstra catalog and the guideline passages: dense + BM25, fused by reciprocal rank."""

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from bot.retrieval.answer import NOT_FOUND, extract_answer
from bot.retrieval.catalog import Catalog, Indicator, load_catalog
from bot.retrieval.embeddings import Embedder, embedder
from bot.retrieval.keyword_index import KeywordIndex
from bot.retrieval.normalize import dense_text, search_config
from bot.retrieval.passages import Passage, load_passages
from bot.retrieval.vector_index import Doc, VectorIndex
from bot.settings import Settings, get_settings

Mode = Literal["hybrid", "dense", "bm25"]
INDICATORS, PASSAGES = "indicators", "passages"


class IndicatorHit(BaseModel):
    code: str
    level: str
    name: str
    target_2026: float | None
    unit: str | None
    path: list[str]
    pic: str
    score: float


class PassageHit(BaseModel):
    text: str
    source: str
    score: float
    title: str


class Answer(BaseModel):
    question: str
    passages: list[PassageHit]
    answer: str


@dataclass(frozen=True)
class _Corpus:
    keyword: KeywordIndex
    level_of: dict[str, str]


def _indicator_docs(catalog: Catalog) -> list[Doc]:
    return [
        Doc(id=i.key, text=f"{i.code} {i.name}".strip(), metadata={"level": i.level, "code": i.code})
        for i in catalog.indicators
    ]


def _passage_docs(passages: list[Passage]) -> list[Doc]:
    return [Doc(id=p.id, text=f"{p.title}\n{p.text}") for p in passages]


def level_named_in(query: str) -> tuple[str, str | None]:
    """"… masuk IKK apa?" asks for an IKK: a level word without a number is a filter, not a keyword.

    "IT" is left alone: in Indonesian chat it is as likely to mean information technology.
    """
    words = query.split()
    named = [w for w in words if w.strip("?.,!:;()").upper() in _LEVEL_WORDS]
    if len(named) != 1 or any(ch.isdigit() for ch in query.split(named[0], 1)[1][:3]):
        return query, None
    return " ".join(w for w in words if w is not named[0]), named[0].strip("?.,!:;()").upper()


_LEVEL_WORDS = {"ISS", "IKP", "IKK", "IKM", "IKD"}


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
        catalog_file = self.settings.imported_catalog
        if not catalog_file.exists():
            catalog_file = self.settings.knowledge_dir / "renstra.csv"
        self.catalog = load_catalog(catalog_file)
        self.passages = load_passages(self.settings.knowledge_dir / "guidelines")
        self._indicators = {i.key: i for i in self.catalog.indicators}
        self._passages = {p.id: p for p in self.passages}
        docs = self.documents()
        self.progress = progress
        self.vectors = VectorIndex(self.settings.index_dir, model or embedder(), self.settings.chroma_url)
        self.rebuilt = self.vectors.ensure(docs, progress)
        self._corpora = {
            INDICATORS: _Corpus(
                # The PIC helps "indikator Farmalkes"; a row without a name is found by its code only.
                KeywordIndex([d.id for d in docs[INDICATORS]],
                             [f"{i.code} {i.name} {i.pic}" if i.name else i.code for i in self.catalog.indicators]),
                {i.key: i.level for i in self.catalog.indicators},
            ),
            PASSAGES: _Corpus(KeywordIndex([d.id for d in docs[PASSAGES]], [d.text for d in docs[PASSAGES]]), {}),
        }
        self.load_seconds = time.perf_counter() - started

    def documents(self) -> dict[str, list[Doc]]:
        """What the vector index holds: one collection for indicators, one for guideline passages."""
        return {INDICATORS: _indicator_docs(self.catalog), PASSAGES: _passage_docs(self.passages)}

    def rebuild(self) -> None:
        """Rebuild the vector index now, even when it matches (`iki index`)."""
        self.vectors.rebuild(self.documents(), self.progress)

    def _ranking(self, collection: str, query: str, mode: Mode, level: str | None) -> list[tuple[str, float]]:
        config = search_config()["fusion"]
        corpus = self._corpora[collection]
        allowed = {k for k, lv in corpus.level_of.items() if lv == level} if level else None
        rankings: dict[str, list[tuple[str, float]]] = {}
        if mode in ("dense", "hybrid"):
            where = {"level": level} if level else None
            rankings["dense"] = self.vectors.query(collection, dense_text(query), config["depth"], where)
        if mode in ("bm25", "hybrid"):
            rankings["bm25"] = corpus.keyword.ranking(query, allowed)[: config["depth"]]
        if mode != "hybrid":
            return rankings[mode]
        return fuse(rankings["dense"], rankings["bm25"], config["bm25_weight"])

    def search(self, query: str, k: int = 5, level: str | None = None, mode: Mode = "hybrid") -> list[IndicatorHit]:
        hits = []
        named_query, named = level_named_in(query)
        if named and (not level or level.upper() == named):
            query, level = named_query, named  # the level word filters; as a keyword it would match every row
        for key, score in self._ranking(INDICATORS, query, mode, level.upper() if level else None)[:k]:
            indicator: Indicator = self._indicators[key]
            hits.append(IndicatorHit(
                code=indicator.code, level=indicator.level, name=indicator.name, target_2026=indicator.target_2026,
                unit=indicator.unit, path=self.catalog.path(indicator), pic=indicator.pic, score=round(score, 6),
            ))
        return hits

    def ask(self, question: str, k: int = 3, mode: Mode = "hybrid") -> Answer:
        ranked = self._ranking(PASSAGES, question, mode, None)[:k]
        hits = [
            PassageHit(text=self._passages[pid].text, source=self._passages[pid].source, score=round(score, 6),
                       title=self._passages[pid].title)
            for pid, score in ranked
        ]
        # Dense search always returns something; only a passage sharing words with the question answers it.
        if not hits or not self._corpora[PASSAGES].keyword.ranking(question):
            return Answer(question=question, passages=hits, answer=NOT_FOUND)
        best = hits[0]
        return Answer(question=question, passages=hits, answer=extract_answer(question, best.text, best.source))
