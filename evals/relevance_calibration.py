"""How the "nothing matches" thresholds in knowledge/search.yaml were chosen (`iki eval relevance`).

The gate reads three signals per query: how many of its words the best-matching document shares, what share of the
query that is, and the best cosine similarity. For every development query (search_cases.jsonl, ask_cases.jsonl: real questions) and
every development unrelated query (search_unrelated_dev.jsonl, ask_unrelated_dev.jsonl) it measures both, lists
the settings that keep every real query (for search: every one whose answer hybrid search ranks in the top three
without the gate), and picks, among those, the setting that rejects the most unrelated queries, in the middle of
that band on each axis. The blind sets (search_unrelated.jsonl, the not-found questions of answer_cases.jsonl)
are never read here: they measure the choice afterwards.
"""

from itertools import product

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
    from bot.retrieval.retriever import ANSWERS, INDICATORS, Retriever

    retriever = retriever or Retriever()
    search_cases = [c for c in load("search_cases.jsonl") if _top3(retriever, c)]
    sets = {
        INDICATORS: ([signals(retriever, INDICATORS, c["query"], _level(c)[1]) for c in search_cases],
                     [signals(retriever, INDICATORS, c["query"]) for c in load("search_unrelated_dev.jsonl")]),
        ANSWERS: ([signals(retriever, ANSWERS, c["question"]) for c in load("ask_cases.jsonl")],
                  [signals(retriever, ANSWERS, c["question"]) for c in load("ask_unrelated_dev.jsonl")]),
    }
    chosen = {}
    for collection, (real, unrelated) in sets.items():
        chosen[collection], rejected = _choose(real, unrelated)
        print(f"{collection}: {len(real)} kueri nyata tetap lolos; {rejected}/{len(unrelated)} kueri tak terkait ditolak "
              f"dengan {chosen[collection]}")
    return chosen


def _level(case: dict) -> tuple[str, str | None]:
    from bot.retrieval.retriever import level_named_in

    query, named = level_named_in(case["query"])
    return (query if named else case["query"]), case.get("level") or named


def _top3(retriever, case: dict) -> bool:
    """Only queries hybrid search already answers well constrain the gate; the gate must not lose them."""
    from bot.retrieval.retriever import INDICATORS

    query, level = _level(case)
    ranked = retriever._ranking(INDICATORS, query, "hybrid", level, gate=False)
    codes = [retriever._indicators[key].code for key, _ in ranked[:3]]
    return any(code in case["expected"] for code in codes)
