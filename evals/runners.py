"""`iki eval NAME`: every runner by name; each area's runners live in their own module."""

import sys
from collections.abc import Callable

from evals.audit_bench import bench_audit
from evals.chat_bench import bench_chat
from evals.conversation_evals import eval_conversations
from evals.day_one_evals import eval_day_one
from evals.drafting_evals import eval_drafting
from evals.export_evals import eval_export
from evals.fresh_start_evals import bench_fresh_start
from evals.hardening_evals import eval_hardening
from evals.hardening_files import eval_hardening_files
from evals.load_test import load_test
from evals.pair_conversations import eval_pairs
from evals.question_evals import eval_questions
from evals.reads_evals import eval_reads
from evals.relevance_calibration import calibrate
from evals.retrieval_evals import bench_retrieval, eval_ask, eval_search_all
from evals.rules_evals import bench_rules, eval_rewrite, eval_rules_all, eval_skp
from evals.scale_evals import eval_scale
from evals.team_load import team_load
from evals.tick_bench import bench_tick
from evals.work_evals import eval_work
from evals.year_conversations import eval_year
from evals.year_evals import eval_logbook


def bench() -> dict:
    figures = bench_rules()
    print()
    figures |= bench_retrieval()
    print()
    figures |= bench_chat()
    print()
    return figures | bench_audit()


def hardening() -> dict:
    """Every case of issue 17 in one run: faults and attacks, then bad files and memory; one total."""
    figures = eval_hardening()
    print()
    figures |= eval_hardening_files()
    cases = figures["cases"] + figures["hardening_files_cases"]
    failures = figures["failures"] + figures["hardening_files_failures"]
    tracebacks = figures["tracebacks"] + figures["hardening_files_tracebacks"]
    print(f"\nIssue 17 seluruhnya: kasus dicoba {cases} · gagal {failures} (target 0) · traceback terlihat {tracebacks} "
          "(target 0)")
    return figures


# One runner a line, so work in parallel adds lines without touching each other's.
RUNNERS: dict[str, Callable[[], dict]] = {
    "rules": eval_rules_all,
    "skp": eval_skp,
    "rewrite": eval_rewrite,
    "search": eval_search_all,
    "ask": eval_ask,
    "reads": eval_reads,
    "conversations": eval_conversations,
    "relevance": calibrate,
    "bench": bench,
    "audit": bench_audit,
    "load": load_test,
    "drafting": eval_drafting,
    "export": eval_export,
    "questions": eval_questions,
    "scale": eval_scale,
    "day_one": eval_day_one,
    "hardening": hardening,
    "logbook": eval_logbook,
    "year": eval_year,
    "team": team_load,
    "hardening_files": eval_hardening_files,
    "pairs": eval_pairs,
    "fresh_start": bench_fresh_start,
    "tick": bench_tick,
    "work": eval_work,
}


def run(name: str, llm: bool = False) -> int:
    # bench already runs the audit (fresh_start runs it too), hardening runs hardening_files; relevance shows how
    # thresholds were chosen, not a figure to watch
    if name != "all" and name not in RUNNERS:
        print(f"iki: evaluasi «{name}» tidak dikenal; pilih salah satu: {', '.join(RUNNERS)}, atau all.", file=sys.stderr)
        return 2
    names = [n for n in RUNNERS if n not in ("audit", "relevance", "fresh_start", "hardening_files")] if name == "all" else [name]
    for i, n in enumerate(names):
        if i:
            print()
        eval_rewrite(llm) if n == "rewrite" else RUNNERS[n]()
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else "all"))
