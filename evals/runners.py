"""Runners that print the figures the issues ask for: rule accuracy, SKP rule accuracy, rewrite quality, speed."""

import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bot.models import Category, IkiDraft, SkpDraft
from bot.rewrite import passes_rules, rewrite
from bot.rules import check_iki, check_skp
from bot.text import tokens

HERE = Path(__file__).resolve().parent


def load(name: str) -> list[dict]:
    with (HERE / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _draft(case: dict) -> IkiDraft:
    return IkiDraft.model_validate({k: case.get(k) for k in ("indikator", "target", "satuan", "jenis", "parent")})


def _category_table(rows: list[tuple[set[str], set[str]]], categories: list[str]) -> list[str]:
    """Per category: accuracy of presence over all cases, precision and recall of the positives."""
    lines = [f"{'kategori':<18} {'akurasi':>8} {'presisi':>8} {'recall':>8} {'positif':>8}"]
    for cat in categories:
        tp = sum(cat in exp and cat in got for exp, got in rows)
        fp = sum(cat not in exp and cat in got for exp, got in rows)
        fn = sum(cat in exp and cat not in got for exp, got in rows)
        correct = sum((cat in exp) == (cat in got) for exp, got in rows)
        precision = tp / (tp + fp) if tp + fp else float("nan")
        recall = tp / (tp + fn) if tp + fn else float("nan")
        lines.append(f"{cat:<18} {correct / len(rows):>8.3f} {precision:>8.3f} {recall:>8.3f} {tp + fn:>8}")
    return lines


def eval_rules(name: str = "rules_cases.jsonl") -> dict:
    cases = load(name)
    rows, confusion, misses = [], Counter(), []
    for case in cases:
        result = check_iki(_draft(case))
        got = {f.category.value for f in result.findings}
        rows.append((set(case["categories"]), got))
        confusion[(case["kind"], result.kind.value)] += 1
        if case["kind"] != result.kind.value:
            misses.append(f"  {case['id']}: diharapkan {case['kind']}, didapat {result.kind.value}: {case['indikator']}")
    kind_accuracy = (confusion[("activity", "activity")] + confusion[("output", "output")]) / len(cases)
    used = sorted({c for exp, got in rows for c in exp | got})
    lines = [f"IKI rules eval: {len(cases)} kasus (evals/{name})", ""]
    lines += _category_table(rows, used)
    lines += ["", "Konfusi kind (baris = label, kolom = hasil):", f"{'':<10} {'activity':>9} {'output':>9}"]
    for label in ("activity", "output"):
        lines.append(f"{label:<10} {confusion[(label, 'activity')]:>9} {confusion[(label, 'output')]:>9}")
    lines += ["", f"kind accuracy: {kind_accuracy:.3f}"]
    if misses:
        lines += ["", "Salah kind:"] + misses
    print("\n".join(lines))
    return {"kind_accuracy": kind_accuracy}


def eval_skp() -> dict:
    cases = load("skp_cases.jsonl")
    rows, exact, misses = [], 0, []
    for case in cases:
        result = check_skp(SkpDraft.model_validate(case["skp"]))
        got = {f.category.value for f in result.findings}
        expected = set(case["expected"])
        rows.append((expected, got))
        exact += expected == got
        if expected != got:
            misses.append(f"  {case['id']}: kurang {sorted(expected - got)}, lebih {sorted(got - expected)}")
    skp_categories = [c.value for c in Category][list(Category).index(Category.COUNT_RANGE) :]
    lines = [f"SKP rules eval: {len(cases)} kasus (evals/skp_cases.jsonl)", ""]
    lines += _category_table(rows, skp_categories)
    lines += ["", f"exact match: {exact / len(cases):.3f}"]
    if misses:
        lines += ["", "Tidak persis:"] + misses
    print("\n".join(lines))
    return {"exact": exact / len(cases)}


def _rewrite_figures(assistant, cases: list[dict]) -> dict:
    total = passing = keeping = with_any = fallbacks = proposed = accepted = 0
    for case in cases:
        assisted = assistant.rewrite(IkiDraft(indikator=case["indikator"]))
        candidates = assisted.value.candidates
        with_any += bool(candidates)
        fallbacks += assisted.fell_back
        proposed += assisted.proposed
        accepted += assisted.accepted
        for c in candidates:
            total += 1
            passing += passes_rules(c)
            words = set(tokens(c.indikator))
            keeping += all(set(tokens(k)) <= words for k in case["keep"])
    return {
        "pass_rules": passing / total if total else 0.0,
        "keep_object": keeping / total if total else 0.0,
        "candidates_per_draft": total / len(cases),
        "drafts_with_candidates": with_any / len(cases),
        "fallbacks": fallbacks,
        "model_accepted": accepted / proposed if proposed else 0.0,
    }


def eval_rewrite(llm: bool = False) -> dict:
    """Deterministic rewrites, and with llm=True the configured model (IKI_LLM_*) through the same gate."""
    from bot.llm.assistant import Assistant

    cases = load("rewrite_cases.jsonl")
    columns = {"deterministik": _rewrite_figures(Assistant(), cases)}
    if llm:
        assistant = Assistant.from_settings()
        if assistant.model is None:
            print("(--llm: IKI_LLM_PROVIDER=none, tidak ada model untuk dibandingkan)")
        else:
            columns["LLM"] = _rewrite_figures(assistant, cases)
    figures = columns["deterministik"]
    print(f"Rewrite eval: {len(cases)} draf (evals/rewrite_cases.jsonl)")
    print(f"{'':<28}" + "".join(f"{name:>15}" for name in columns))
    for key, label, fmt in (("pass_rules", "lolos aturan", ".3f"), ("keep_object", "objek tetap", ".3f"),
                            ("candidates_per_draft", "usulan per draf", ".2f"),
                            ("drafts_with_candidates", "draf dengan usulan", ".3f"), ("fallbacks", "jatuh ke tanpa AI", "d"),
                            ("model_accepted", "usulan model lolos gerbang", ".3f")):
        print(f"{label:<28}" + "".join(f"{c[key]:>15{fmt}}" for c in columns.values()))
    return figures | {f"llm_{k}": v for k, v in columns.get("LLM", {}).items()}


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


def _compare_modes(title: str, cases: list[dict], rank_of: Callable[[dict, str], tuple[int | None, str]]) -> dict:
    """Run every case in every mode; rank_of returns the rank of the right answer and what was found."""
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
    if misses:
        print("Hybrid di luar 3 besar:\n" + "\n".join(misses))
    return figures


def eval_search(retriever=None, name: str = "search_cases.jsonl") -> dict:
    from bot.retrieval.retriever import Retriever

    retriever = retriever or Retriever()

    def rank_of(case: dict, mode: str) -> tuple[int | None, str]:
        codes = [h.code for h in retriever.search(case["query"], k=10, level=case.get("level"), mode=mode)]
        rank = next((i for i, code in enumerate(codes, start=1) if code in case["expected"]), None)
        return rank, f"{case['query']!r} → {codes[:3]} (harus {case['expected']})"

    cases = load(name)
    return _compare_modes(f"Search eval: {len(cases)} kueri (evals/{name})", cases, rank_of)


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


def _timings_ms(fn: Callable[[object], object], items: list, rounds: int) -> list[float]:
    for item in items[:20]:
        fn(item)  # warm caches (lexicon, catalog) before timing
    samples = []
    for _ in range(rounds):
        for item in items:
            start = time.perf_counter()
            fn(item)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def _summary(name: str, samples: list[float], target_ms: float) -> str:
    median = statistics.median(samples)
    p95 = statistics.quantiles(samples, n=20)[-1]
    verdict = "OK" if p95 < target_ms else "LAMBAT"
    return f"{name:<22} median {median:.3f} ms   p95 {p95:.3f} ms   target < {target_ms:g} ms   {verdict}"


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
        search_ms = _timings_ms(lambda q: retriever.search(q, k=5), queries, rounds=3)
        ask_ms = _timings_ms(lambda q: retriever.ask(q, k=3), questions, rounds=3)
    print(f"Benchmark pencarian: {len(queries)} kueri × 3, {len(questions)} pertanyaan × 3 (model hangat)")
    print(_summary("iki search per kueri", search_ms, 50))
    print(_summary("iki ask per pertanyaan", ask_ms, 50))
    print(f"{'bangun indeks':<22} {build_s:.1f} s ({len(retriever.catalog.indicators)} indikator, {len(retriever.passages)} bagian pedoman)")
    print(f"{'cold start':<22} {cold_s:.1f} s (proses baru sampai jawaban pertama `iki search`, indeks sudah ada)")
    print(f"{'peak RSS':<22} {peak_mb:.0f} MB (proses `iki search` itu)")
    return {"search_p95_ms": statistics.quantiles(search_ms, n=20)[-1], "build_s": build_s, "cold_s": cold_s}


def bench_rules() -> dict:
    drafts = [_draft(c) for c in load("rules_cases.jsonl")]
    texts = [c["indikator"] for c in load("rewrite_cases.jsonl")] + [d.indikator for d in drafts]
    check = _timings_ms(check_iki, drafts, rounds=20)
    rw = _timings_ms(rewrite, texts, rounds=5)
    print(f"Benchmark: {len(drafts)} IKI × 20 putaran, {len(texts)} draf rewrite × 5 putaran")
    print(_summary("cek aturan per IKI", check, 1))
    print(_summary("rewrite per draf", rw, 5))
    return {"check_p95_ms": statistics.quantiles(check, n=20)[-1], "rewrite_p95_ms": statistics.quantiles(rw, n=20)[-1]}


def eval_rules_all() -> dict:
    """The development set, then the held-out set written blind after the rules were frozen."""
    figures = {"dev": eval_rules("rules_cases.jsonl")}
    if (HERE / "holdout_cases.jsonl").exists():
        print()
        figures["holdout"] = eval_rules("holdout_cases.jsonl")
    return figures


def bench_chat() -> dict:
    """Turn latency through the engine, and updates/second through the Telegram adapter (fake Bot API, loopback)."""
    import asyncio
    import tempfile

    from bot.conversation import Engine
    from bot.conversation.store import StateStore
    from bot.retrieval.retriever import Retriever
    from bot.settings import Settings
    from bot.telegram.app import build_application
    from evals.fake_telegram import TOKEN, FakeTelegram

    drafts = [c["indikator"] for c in load("rewrite_cases.jsonl")]
    queries = [c["query"] for c in load("search_cases.jsonl")]
    with tempfile.TemporaryDirectory() as data_dir:
        retriever = Retriever(Settings(data_dir=Path(data_dir)))
        engine = Engine(StateStore(Path(data_dir) / "state.sqlite3"), retriever=lambda: retriever, rate_limit=10**6)
        cek = _timings_ms(lambda text: engine.handle("bench", f"/cek {text}"), drafts, rounds=3)
        ikk = _timings_ms(lambda text: engine.handle("bench", f"/ikk {text}"), queries, rounds=2)

        def prima_step(i: int) -> None:  # a PRIMA step: a drafted IKI checked and offered rewrites, then Kembali
            engine.handle("prima", drafts[i % len(drafts)])

        engine.handle("prima", "/prima")
        for data in ("prima:skip", "prima:skip", "prima:role:anggota", "prima:direct:0"):
            engine.press("prima", data)
        prima = _timings_ms(prima_step, list(range(len(drafts))), rounds=3)

        users, per_user = 50, 10
        with FakeTelegram() as fake:
            async def run() -> float:
                app = build_application(Settings(telegram_token=TOKEN, telegram_base_url=fake.base_url), engine)
                await app.initialize()
                await app.start()
                await app.updater.start_polling(poll_interval=0.0, timeout=1)
                started = time.perf_counter()
                for i in range(per_user):
                    for user in range(users):
                        fake.send_text(10_000 + user, f"/cek {drafts[(user + i) % len(drafts)]}")
                # /cek answers with a check and a rewrite message: wait for both of every update.
                await asyncio.to_thread(fake.wait_for, lambda calls: sum(m == "sendMessage" for m, _ in calls) >= 2 * users * per_user, 120)
                elapsed = time.perf_counter() - started
                await app.updater.stop()
                await app.stop()
                await app.shutdown()
                return elapsed

            elapsed = asyncio.run(run())
    rate = users * per_user / elapsed
    print(f"Benchmark percakapan (mesin, tanpa LLM): {len(drafts)} draf, {len(queries)} kueri")
    print(_summary("/cek per giliran", cek, 200))
    print(_summary("/ikk per giliran", ikk, 200))
    print(_summary("langkah PRIMA (M)", prima, 200))
    print(f"{'adapter Telegram':<22} {rate:.0f} update/detik ({users} pengguna serentak × {per_user} pesan, "
          f"Bot API palsu di loopback)   target ≥ 50   {'OK' if rate >= 50 else 'LAMBAT'}")
    return {"cek_p95_ms": statistics.quantiles(cek, n=20)[-1], "updates_per_s": rate}


def bench_audit(employees: int = 10_000) -> dict:
    """`iki audit` on a generated unit export of 10,000 employees × ~10 IKI, end to end."""
    import os
    import subprocess
    import tempfile

    from evals.unit_export import write_export

    with tempfile.TemporaryDirectory() as folder:
        source = write_export(Path(folder) / "unit.xlsx", employees)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "bot.cli", "audit", str(source)], capture_output=True, text=True,
                              env={**os.environ, "IKI_DATA_DIR": folder})
        seconds = time.perf_counter() - started
    rows = done.stdout.splitlines()[0] if done.stdout else done.stderr[-300:]
    print(f"Benchmark audit: {rows}")
    print(f"{'iki audit (proses utuh)':<22} {seconds:.1f} s   target < 60 s   {'OK' if seconds < 60 else 'LAMBAT'}")
    return {"audit_s": seconds}


def bench() -> dict:
    figures = bench_rules()
    print()
    figures |= bench_retrieval()
    print()
    figures |= bench_chat()
    print()
    return figures | bench_audit()


RUNNERS: dict[str, Callable[[], dict]] = {
    "rules": eval_rules_all, "skp": eval_skp, "rewrite": eval_rewrite, "search": eval_search_all, "ask": eval_ask,
    "bench": bench,
}


def run(name: str, llm: bool = False) -> int:
    names = list(RUNNERS) if name == "all" else [name]
    for i, n in enumerate(names):
        if i:
            print()
        eval_rewrite(llm) if n == "rewrite" else RUNNERS[n]()
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else "all"))
