"""Search and ask quality per mode (dense, BM25, hybrid), and search speed, cold start and memory."""

import sys
import time
from collections.abc import Callable
from pathlib import Path

from evals.common import latency_line, load, p95, timings_ms


def _rank_figures(ranks: list[int | None]) -> dict[str, float]:
    """hit@1, hit@3 and MRR from the 1-based rank of the first right answer (None: not in the top 10)."""
    n = len(ranks)
    return {
        "hit@1": sum(r == 1 for r in ranks if r) / n,
        "hit@3": sum(r <= 3 for r in ranks if r) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
    }


def _print_modes(title: str, figures: dict[str, dict[str, float]]) -> None:
    print(title)
    print(f"{'mode':<8} {'hit@1':>7} {'hit@3':>7} {'MRR':>7}")
    for mode, f in figures.items():
        print(f"{mode:<8} {f['hit@1']:>7.3f} {f['hit@3']:>7.3f} {f['mrr']:>7.3f}")


MODES = ("dense", "bm25", "hybrid")


def eval_search_all() -> dict:
    """The development queries, then the held-out ones written blind after the thesaurus and fusion were set."""
    from bot.retrieval.retriever import Retriever

    retriever = Retriever()
    figures = {"dev": eval_search(retriever, "search_cases.jsonl")}
    print()
    figures["holdout"] = eval_search(retriever, "search_holdout.jsonl")
    return figures


def _compare_modes(title: str, cases: list[dict], rank_of: Callable[[dict, str], tuple[int | None, str]],
                   shown: bool = True) -> dict:
    """Run every case in every mode; rank_of returns the rank of the right answer and what was found. A held-out
    set (`shown` false) prints how many missed, never which: nobody tunes on it by accident."""
    figures, misses = {}, []
    for mode in MODES:
        ranks = []
        for case in cases:
            rank, found = rank_of(case, mode)
            ranks.append(rank)
            if mode == "hybrid" and (rank is None or rank > 3):
                misses.append(f"  {case['id']}: {found}")
        figures[mode] = _rank_figures(ranks)
    _print_modes(title, figures)
    if misses and shown:
        print("Hybrid di luar 3 besar:\n" + "\n".join(misses))
    elif misses:
        print(f"Hybrid di luar 3 besar: {len(misses)} (rinciannya tidak ditampilkan)")
    return figures


def eval_search(retriever=None, name: str = "search_cases.jsonl") -> dict:
    from bot.retrieval.retriever import Retriever

    retriever = retriever or Retriever()

    def rank_of(case: dict, mode: str) -> tuple[int | None, str]:
        codes = [h.code for h in retriever.search(case["query"], k=10, level=case.get("level"), mode=mode)]
        rank = next((i for i, code in enumerate(codes, start=1) if code in case["expected"]), None)
        return rank, f"{case['query']!r} → {codes[:3]} (harus {case['expected']})"

    cases = load(name)
    return _compare_modes(f"Search eval: {len(cases)} kueri (evals/{name})", cases, rank_of, shown="holdout" not in name)


def eval_ask(retriever=None) -> dict:
    from bot.retrieval.retriever import Retriever

    retriever = retriever or Retriever()

    def rank_of(case: dict, mode: str) -> tuple[int | None, str]:
        wanted = case["must_contain"].lower()
        passages = retriever.ask(case["question"], k=10, mode=mode).passages
        rank = next((i for i, p in enumerate(passages, start=1) if wanted in f"{p.title}\n{p.text}".lower()), None)
        return rank, f"{case['question']!r} (harus memuat {case['must_contain']!r})"

    cases = load("ask_cases.jsonl")
    return _compare_modes(f"Ask eval: {len(cases)} pertanyaan (evals/ask_cases.jsonl)", cases, rank_of)


def bench_retrieval() -> dict:
    """Index build, cold start and peak memory of a fresh process, and warm search/ask latency."""
    import os
    import resource
    import subprocess
    import tempfile

    from bot.retrieval.retriever import Retriever
    from bot.settings import Settings

    with tempfile.TemporaryDirectory() as data_dir:
        started = time.perf_counter()
        retriever = Retriever(Settings(data_dir=Path(data_dir)))  # empty data dir: builds the index
        build_s = time.perf_counter() - started
        env = {**os.environ, "IKI_DATA_DIR": data_dir}
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot.cli", "search", "--json", "stunting"], env=env, check=True,
                       capture_output=True)
        cold_s = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        queries = [c["query"] for c in load("search_cases.jsonl") + load("search_holdout.jsonl")]
        questions = [c["question"] for c in load("ask_cases.jsonl")]
        search_ms = timings_ms(lambda q: retriever.search(q, k=5), queries, rounds=3)
        ask_ms = timings_ms(lambda q: retriever.ask(q, k=3), questions, rounds=3)
    print(f"Benchmark pencarian: {len(queries)} kueri × 3, {len(questions)} pertanyaan × 3 (model hangat)")
    print(latency_line("iki search per kueri", search_ms, 50))
    print(latency_line("iki ask per pertanyaan", ask_ms, 50))
    print(f"{'bangun indeks':<22} {build_s:.1f} s ({len(retriever.catalog.indicators)} indikator, {len(retriever.passages)} bagian pedoman)")
    print(f"{'cold start':<22} {cold_s:.1f} s (proses baru sampai jawaban pertama `iki search`, indeks sudah ada)")
    print(f"{'peak RSS':<22} {peak_mb:.0f} MB (proses `iki search` itu)")
    return {"search_p95_ms": p95(search_ms), "build_s": build_s, "cold_s": cold_s}


def eval_codes(retriever=None) -> dict:
    """Exact codes (search_codes.jsonl): the code first; a parent with its children listed under it; an absent
    code reported as absent with no other code presented as the match."""
    from bot.retrieval.retriever import Retriever

    retriever = retriever or Retriever()
    passed, misses = 0, []
    for case in load("search_codes.jsonl"):
        found = retriever.find(case["query"], k=5)
        codes = [h.code for h in found.results]
        if case["kind"] == "absent":
            ok = not codes and found.missing_code == case["code"]
        else:
            ok = codes[:1] == [case["code"]]
            if ok and case["kind"] == "parent":
                children = [i.code for i in retriever.catalog.children(case["code"])]
                ok = bool(children) and [h.code for h in found.children] == children
        passed += ok
        if not ok:
            misses.append(f"  {case['id']}: {case['query']!r} → {codes[:4]} missing={found.missing_code} (harus {case['code']}, {case['kind']})")
    cases = len(load("search_codes.jsonl"))
    print(f"Kode persis: {passed}/{cases} benar di urutan pertama (evals/search_codes.jsonl) = {passed / cases:.3f}")
    if misses:
        print("Salah:\n" + "\n".join(misses))
    return {"code_rank1": passed / cases}


def eval_unrelated(retriever=None, name: str = "search_unrelated.jsonl") -> dict:
    """Queries no indicator answers: how many get nothing (the blind set; the _dev set tuned the threshold)."""
    from bot.retrieval.retriever import Retriever

    retriever = retriever or Retriever()
    cases = load(name)
    answered = [(c, retriever.search(c["query"], k=3)) for c in cases]
    empty = sum(not hits for _, hits in answered)
    print(f"Kueri tak terkait tanpa hasil: {empty}/{len(cases)} = {empty / len(cases):.3f} (evals/{name})")
    for case, hits in answered:
        if hits:
            print(f"  {case['id']}: {case['query']!r} → {[h.code for h in hits]}")
    return {"unrelated_empty": empty / len(cases)}


def _contains(answer: str, wanted: list) -> bool:
    """Every entry must occur (case-insensitive); an entry that is a list is satisfied by any one of its strings."""
    text = answer.lower()
    return all(any(w.lower() in text for w in ([entry] if isinstance(entry, str) else entry)) for entry in wanted)


def eval_answers(retriever=None) -> dict:
    """The one short answer a user reads (answer_cases.jsonl): the share that states the fact asked for, and the
    share of unanswerable questions told plainly that the guidelines do not answer them."""
    from bot.retrieval.answer import NOT_FOUND
    from bot.retrieval.retriever import Retriever

    retriever = retriever or Retriever()
    cases = load("answer_cases.jsonl")
    right, misses = 0, []
    by_half = {"ganjil": [0, 0], "genap": [0, 0]}  # the weights were chosen on the odd-numbered cases
    answerable = [c for c in cases if not c.get("expect_not_found")]
    unanswerable = [c for c in cases if c.get("expect_not_found")]
    for case in answerable:
        answer = retriever.ask(case["question"], k=3).answer
        ok = answer != NOT_FOUND and _contains(answer, case["must_contain"])
        right += ok
        half = by_half["ganjil" if int("".join(filter(str.isdigit, case["id"]))) % 2 else "genap"]
        half[0], half[1] = half[0] + ok, half[1] + 1
        if not ok:
            misses.append(f"  {case['id']}: {case['question']!r} → {answer[:160]!r} (harus memuat {case['must_contain']})")
    declined = 0
    for case in unanswerable:
        answer = retriever.ask(case["question"], k=3).answer
        declined += answer == NOT_FOUND
        if answer != NOT_FOUND:
            misses.append(f"  {case['id']}: {case['question']!r} harus «tidak ditemukan», didapat {answer[:120]!r}")
    fact_rate = right / len(answerable)
    print(f"Jawaban singkat: {right}/{len(answerable)} menyatakan fakta yang ditanya = {fact_rate:.3f}; "
          f"{declined}/{len(unanswerable)} pertanyaan di luar pedoman dijawab «tidak ditemukan» (evals/answer_cases.jsonl)")
    print("  kasus ganjil (bobot dipilih di sini) " + f"{by_half['ganjil'][0]}/{by_half['ganjil'][1]}, kasus genap "
          f"{by_half['genap'][0]}/{by_half['genap'][1]}")
    if misses:
        print("Salah:\n" + "\n".join(misses))
    return {"fact_rate": fact_rate, "not_found_rate": declined / len(unanswerable) if unanswerable else 1.0}
