"""How the "nothing matches" thresholds in knowledge/search.yaml were chosen (`iki eval relevance`).

Indicators: every row shown must be relevant on its own (`row_relevant`: coverage, significance, cosine) and, below
the best, its near twin (`near_best`). The thresholds are chosen on development queries only, on two catalogs: the
52 shipped rows (search_cases.jsonl, search_unrelated_dev.jsonl) and the 600-row scale fixture (the dev splits of
scale_queries.jsonl and scale_queries_4.jsonl). Among the settings that show nothing for at least 97% of the
development unrelated queries of each catalog, the one that puts a right row first for the most development queries,
ties broken by the precision of every row shown at scale. The held-out and blind sets are never read here.

Guideline answers: the gate reads three signals per question: how many of its words the best-matching short answer
shares, what share of the question that is, and the best cosine similarity. Among the settings that keep every
development question (ask_cases.jsonl), the one that rejects the most development unrelated questions
(ask_unrelated_dev.jsonl), in the middle of that band on each axis.
"""

import tempfile
from itertools import product
from pathlib import Path

from bot.retrieval.normalize import dense_text, weak_words
from bot.retrieval.retriever import relevant
from evals.common import load

SHARED_GRID = [1, 1.5, 2, 2.5, 3, 4]
SIMILARITY_GRID = [round(0.40 + 0.01 * i, 2) for i in range(46)]


def signals(retriever, collection: str, text: str, level: str | None = None) -> tuple[float, float, float]:
    corpus = retriever._corpora[collection]
    allowed = corpus.allowed(None)
    where = {"level": level} if level else None
    dense = [s for doc_id, s in retriever.vectors.query(collection, dense_text(text), 50, where) if doc_id in allowed]
    shared, share = corpus.keyword.support(text, allowed, weak_words())
    return shared, share, (dense[0] if dense else 0.0)


def passes(signal: tuple[float, float, float], shared: float, one_word: float, similarity: float) -> bool:
    """The retriever's own gate, for one candidate setting."""
    limits = {"min_shared_words": shared, "min_similarity_one_word": one_word, "min_similarity": similarity}
    return relevant(*signal, limits)


def _choose(real: list, unrelated: list) -> tuple[dict, int]:
    settings = [(n, a, b) for n, a, b in product(SHARED_GRID, SIMILARITY_GRID, SIMILARITY_GRID) if a <= b]
    safe = [s for s in settings if all(passes(r, *s) for r in real)]
    rejected = {s: sum(not passes(u, *s) for u in unrelated) for s in safe}
    best = max(rejected.values())
    band = {s for s, n in rejected.items() if n == best}
    # The middle of the band on each axis: as far from the real queries as from the unrelated ones.
    axes = [sorted({s[i] for s in band}) for i in range(3)]
    middle = tuple(axis[len(axis) // 2] for axis in axes)
    chosen = middle if middle in band else sorted(band)[len(band) // 2]
    return {"min_shared_words": chosen[0], "min_similarity_one_word": chosen[1], "min_similarity": chosen[2]}, best


def calibrate(retriever=None) -> dict:
    from bot.retrieval.documents import ANSWERS
    from bot.retrieval.retriever import Retriever

    retriever = retriever or Retriever()
    real = [signals(retriever, ANSWERS, c["question"]) for c in load("ask_cases.jsonl")]
    unrelated = [signals(retriever, ANSWERS, c["question"]) for c in load("ask_unrelated_dev.jsonl")]
    limits, rejected = _choose(real, unrelated)
    chosen = {ANSWERS: limits}
    print(f"{ANSWERS}: {len(real)} pertanyaan nyata tetap lolos; {rejected}/{len(unrelated)} pertanyaan tak terkait "
          f"ditolak dengan {limits}")
    chosen |= calibrate_indicators()
    return chosen


INDICATOR_GRID = {
    "min_coverage": [0.4, 0.5, 0.6, 0.7],
    "min_significance": [1.5, 2, 2.5, 3, 3.5],
    "min_significance_supported": [-3, -2, -1, 0],
    "min_similarity_supported": [0.45, 0.5, 0.55, 0.6],
}
# Stricter first: among equally good settings, the one that shows fewer rows.
NEAR_GRID = {"min_coverage_ratio": [0.9, 0.85, 0.8], "max_similarity_gap": [0.05, 0.1]}
REJECTED = 0.97  # development unrelated queries that must get nothing, on each catalog
DEPTH = 20  # rows read per query: a row further down is never a near twin of the best


def calibrate_indicators() -> dict:
    """The indicator thresholds (`relevance.indicators`, `ranking.near_best`) from the development queries of the
    shipped catalog and of the scale fixture, each in a data dir of its own."""
    from bot.retrieval.documents import INDICATORS
    from bot.retrieval.normalize import search_config
    from bot.retrieval.retriever import Retriever
    from bot.settings import Settings
    from evals.scale_evals import QUERIES, QUERIES_4, scale_retriever

    with tempfile.TemporaryDirectory() as data_dir:
        shipped = Retriever(Settings(data_dir=Path(data_dir) / "shipped"))
        scale = scale_retriever(Path(data_dir) / "scale")
        sets = {
            "52 baris": _cases(shipped, [(c["query"], c.get("level"), c["expected"]) for c in load("search_cases.jsonl")]
                               + [(c["query"], None, []) for c in load("search_unrelated_dev.jsonl")]),
            "600 baris": _cases(scale, [(c["q"], None, c["relevant"]) for c in load(QUERIES) + load(QUERIES_4)
                                        if c["split"] in ("dev", "dev4") and c["type"] != "code"]),
        }
    fixed = {"min_similarity": search_config()["relevance"][INDICATORS]["min_similarity"]}
    programme = {"programme_rows": search_config()["ranking"]["near_best"]["programme_rows"]}
    best = None
    for values in product(*INDICATOR_GRID.values(), *NEAR_GRID.values()):
        limits = dict(zip(INDICATOR_GRID, values[: len(INDICATOR_GRID)])) | fixed
        twins = dict(zip(NEAR_GRID, values[len(INDICATOR_GRID):])) | programme
        found = {name: _figures(cases, limits, twins) for name, cases in sets.items()}
        if any(f["rejected"] < REJECTED for f in found.values()):
            continue
        score = (sum(f["first_right"] for f in found.values()), found["600 baris"]["precision"])
        if best is None or score > best[0]:
            best = (score, limits, twins, found)
    _, limits, twins, found = best
    for name, f in found.items():
        print(f"indikator, {name}: {f['first_right']}/{f['answerable']} kueri dev dengan baris benar di urutan 1; "
              f"ketepatan baris tampil {f['precision']:.3f}; {f['rejected']:.3f} kueri tak terkait tanpa hasil")
    print(f"dipilih: relevance.indicators {limits}; ranking.near_best {twins}")
    return {"indicators": limits, "near_best": twins}


def _cases(retriever, cases: list[tuple[str, str | None, list[str]]]) -> list[tuple]:
    """Per query: the best row of the catalog, the rows of its level that may be shown, their codes and cascade
    paths, the right codes."""
    out = []
    for query, level, answers in cases:
        words, level = retriever.word_query(query, level)
        best, candidates = retriever.evidence(words, "hybrid", level)
        candidates = candidates[:DEPTH]
        codes = {r.key: retriever._indicators[r.key].code for r in candidates}
        paths = {r.key: retriever.catalog.path(retriever._indicators[r.key]) for r in candidates}
        out.append((best, candidates, codes, paths, set(answers)))
    return out


def _figures(cases: list[tuple], limits: dict, twins: dict) -> dict:
    from bot.retrieval.retriever import choose

    first = shown = right = rejected = unrelated = 0
    for top, candidates, codes, paths, answers in cases:
        rows = [codes[r.key] for r in choose(top, candidates, 5, limits, twins, paths)]
        if not answers:
            unrelated += 1
            rejected += not rows
            continue
        first += bool(rows) and rows[0] in answers
        shown += len(rows)
        right += sum(code in answers for code in rows)
    return {"first_right": first, "answerable": len(cases) - unrelated, "precision": right / max(shown, 1),
            "rejected": rejected / max(unrelated, 1)}
