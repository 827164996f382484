"""`iki eval reads`: what a user reads, in one run, beside the figures of main before issue 9
(evals/baseline_issue9.json): exact codes, "nothing matches", search hit@k, short answers, routes, RHK, messy drafts."""

import contextlib
import io
import json

from evals.common import HERE


def eval_reads() -> dict:
    from bot.retrieval.retriever import Retriever
    from evals.chat_evals import eval_rhk, eval_routes
    from evals.retrieval_evals import eval_answers, eval_ask, eval_codes, eval_search, eval_unrelated
    from evals.rules_evals import eval_messy

    retriever = Retriever()
    details = io.StringIO()
    with contextlib.redirect_stdout(details):  # each runner's own table, printed after the summary
        now = eval_codes(retriever) | eval_unrelated(retriever)
        dev, holdout = eval_search(retriever, "search_cases.jsonl"), eval_search(retriever, "search_holdout.jsonl")
        now |= {"hit1_dev": dev["hybrid"]["hit@1"], "hit3_dev": dev["hybrid"]["hit@3"],
                "hit1_holdout": holdout["hybrid"]["hit@1"], "hit3_holdout": holdout["hybrid"]["hit@3"]}
        now |= eval_answers(retriever) | {"ask_hit3": eval_ask(retriever)["hybrid"]["hit@3"]}
        now |= eval_routes() | eval_rhk() | eval_messy()
    before = json.loads((HERE / "baseline_issue9.json").read_text(encoding="utf-8"))
    before["messy_false_flags"] = now["messy_false_flags_before"]
    rows = [
        ("kode persis di urutan 1", "code_rank1", "semua (1.000)"),
        ("kueri tak terkait tanpa hasil", "unrelated_empty", "≥ 0.950"),
        ("search hit@1 (dev)", "hit1_dev", "tidak turun"), ("search hit@3 (dev)", "hit3_dev", "tidak turun"),
        ("search hit@1 (held-out)", "hit1_holdout", "tidak turun"), ("search hit@3 (held-out)", "hit3_holdout", "tidak turun"),
        ("jawaban singkat memuat fakta", "fact_rate", "≥ 0.900"),
        ("  bagian pedoman hit@3", "ask_hit3", "—"),
        ("  di luar pedoman: «tidak ditemukan»", "not_found_rate", "—"),
        ("rute pesan biasa", "route_accuracy", "≥ 0.950"),
        ("RHK lolos", "rhk_pass_rate", "≥ 0.900"),
        ("temuan keliru pada draf apa adanya", "messy_false_flags", "tidak naik"),
    ]
    print("Yang dibaca pengguna (issue 9): sebelum = main 1f91d8c, sekarang = kode ini, kasus yang sama")
    print(f"{'angka':<38} {'sebelum':>9} {'sekarang':>9}   target")
    for label, key, target in rows:
        b, n = before[key], now[key]
        fmt = (lambda v: f"{v:>9d}") if isinstance(n, int) else (lambda v: f"{v:>9.3f}")
        print(f"{label:<38} {fmt(b)} {fmt(n)}   {target}")
    print("\nRincian:\n" + details.getvalue())
    return now
