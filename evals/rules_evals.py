"""Rule accuracy (development and held-out sets), SKP rule accuracy, rewrite quality, and rule/rewrite speed."""

from collections import Counter

from bot.lang.text import tokens
from bot.models import Category, IkiDraft, SkpDraft
from bot.rewrite import passes_rules, rewrite
from bot.rules import check_iki, check_skp
from evals.common import HERE, latency_line, load, p95, timings_ms


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


def eval_rules_all() -> dict:
    """The development set, then the held-out set written blind after the rules were frozen."""
    figures = {"dev": eval_rules("rules_cases.jsonl")}
    if (HERE / "holdout_cases.jsonl").exists():
        print()
        figures["holdout"] = eval_rules("holdout_cases.jsonl")
    return figures


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


def bench_rules() -> dict:
    drafts = [_draft(c) for c in load("rules_cases.jsonl")]
    texts = [c["indikator"] for c in load("rewrite_cases.jsonl")] + [d.indikator for d in drafts]
    check = timings_ms(check_iki, drafts, rounds=20)
    rw = timings_ms(rewrite, texts, rounds=5)
    print(f"Benchmark: {len(drafts)} IKI × 20 putaran, {len(texts)} draf rewrite × 5 putaran")
    print(latency_line("cek aturan per IKI", check, 1))
    print(latency_line("rewrite per draf", rw, 5))
    return {"check_p95_ms": p95(check), "rewrite_p95_ms": p95(rw)}


def _check_as_written(draft: IkiDraft) -> set[str]:
    """The rules on the text exactly as typed, without bot.rules.draft_reading: the figures before drafts were read."""
    from bot.rules.analysis import analyse
    from bot.rules.registry import rule_catalog

    analysis = analyse(draft)
    return {f.category.value for rule in rule_catalog().iki for f in rule.findings(analysis)}


def eval_messy() -> dict:
    """Drafts as people type them (messy_cases.jsonl): kind accuracy, false flags (a category the case does not
    expect) and what the bot reads, with the reading step and without it, side by side."""
    from bot.rules.draft_reading import read

    cases = load("messy_cases.jsonl")
    activity = set(("ACTIVITY", "REPORT_COUNT", "NO_MEASURE"))
    figures = {}
    for label, check in (("tanpa pembacaan", _check_as_written),
                         ("dengan pembacaan", lambda d: {f.category.value for f in check_iki(d).findings})):
        kind_ok = false_flags = 0
        for case in cases:
            got = check(_draft(case))
            kind_ok += (("activity" if got & activity else "output") == case["kind"])
            false_flags += len(got - set(case["categories"]))
        figures[label] = {"kind_accuracy": kind_ok / len(cases), "false_flags": false_flags}
    read_ok = sum(" ".join(tokens(read(c["indikator"]).text)) == " ".join(tokens(c["normalized"])) for c in cases)
    print(f"Draf apa adanya: {len(cases)} kasus (evals/messy_cases.jsonl)")
    print(f"{'':<18} {'akurasi kind':>13} {'temuan keliru':>14}")
    for label, f in figures.items():
        print(f"{label:<18} {f['kind_accuracy']:>13.3f} {f['false_flags']:>14}")
    print(f"teks terbaca sama dengan yang diharapkan: {read_ok}/{len(cases)}")
    return {"messy_kind_accuracy": figures["dengan pembacaan"]["kind_accuracy"],
            "messy_false_flags": figures["dengan pembacaan"]["false_flags"],
            "messy_false_flags_before": figures["tanpa pembacaan"]["false_flags"]}
