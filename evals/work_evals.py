"""`iki eval work`: issue 16's suggestions from a description of one's work. Each blind first message
(evals/work_descriptions.jsonl, written by someone who had not read the code) goes through the engine as a user would
send it, with no command, and the suggestions shown are scored against the message's tasks: messages with a
suggestion, tasks covered by a suggestion holding one of the task's `good` keywords, suggestions holding a `bad`
fragment (the workplace, casual words, glued tasks), and replies that promise suggestions but show none. Dev and
holdout are printed apart, beside main before the work (evals/baseline_issue16.json, keys `work_*`); misses are
listed for dev only. A stress split (evals/work_stress.jsonl, "dev-stress": casual descriptions written by the
rewriter's fourth round, full of places, people, purposes, frequency words and English words) is scored the same
way; it is dev, so its misses are listed too. A third blind set (evals/work_descriptions3.jsonl, /work/evalsets/i16i)
adds dev3, whose misses are listed, and holdout3, printed as totals only. A general guard (evals/work_guard.yaml)
counts suggestions that finish what is no work item («Persentase stok obat yang diselesaikan …»)."""

import json
from collections import Counter

from evals.common import HERE, load

GUARD = "work_guard.yaml"

SPLITS = ("dev", "holdout", "dev-stress", "dev3", "holdout3")
DATA = "work_descriptions.jsonl"
STRESS = "work_stress.jsonl"
THIRD = "work_descriptions3.jsonl"  # the third blind set (/work/evalsets/i16i): dev3 and holdout3
SHOWN = ("dev", "dev-stress", "dev3")  # splits whose misses are listed: never a holdout
# Words of a reply that promise suggestions ("Saya susun usulan IKI …", "Usulan IKI berbasis output:").
PROMISES = ("saya susun usulan", "usulan iki berbasis output")


def _found(text: str, fragments: list[str]) -> list[str]:
    """Case-insensitive substring matching, as the set's README says."""
    low = text.lower()
    return [f for f in fragments if f.lower() in low]


def _guard() -> dict:
    import yaml

    return yaml.safe_load((HERE / GUARD).read_text(encoding="utf-8"))


def finishes_a_non_item(suggestion: str, guard: dict) -> bool:
    """«Persentase stok obat yang diselesaikan sesuai standar …»: a general ending said of a stock, an event, a
    condition or a state (evals/work_guard.yaml), which nobody finishes like a piece of work."""
    low = suggestion.lower()
    ending = next((e for e in guard["endings"] if e in low), None)
    if ending is None or not low.startswith("persentase "):
        return False
    words = low[len("persentase "):low.index(ending)].split()
    head = words[0].strip(",.()") if words else ""
    state = head.startswith("ke") and head.endswith("an") and len(head) > 6 and head not in guard["items"]
    return head in guard["heads"] or state


def score() -> dict:
    """Per split: the four figures and their counts; misses for dev."""
    from bot.conversation import Engine

    engine = Engine()
    guard = _guard()
    figures, misses = {}, []
    for split in SPLITS:
        count = Counter()
        for n, case in enumerate(c for c in load(DATA) + load(STRESS) + load(THIRD) if c["split"] == split):
            user = f"work-{split}-{n}"
            replies = engine.handle(user, case["text"])
            shown = [c.indikator for c in engine.state(user).candidates]
            said = "\n".join(r.text for r in replies).lower()
            count["messages"] += 1
            count["with_suggestion"] += bool(shown)
            promised = any(p in said for p in PROMISES)
            count["empty_promises"] += promised and not shown
            uncovered = [task for task, good in zip(case["tasks"], case["good"], strict=True)
                         if not any(_found(s, good) for s in shown)]
            count["tasks"] += len(case["tasks"])
            count["tasks_covered"] += len(case["tasks"]) - len(uncovered)
            bad = {s: _found(s, case["bad"]) for s in shown}
            count["suggestions"] += len(shown)
            count["bad_suggestions"] += sum(bool(b) for b in bad.values())
            unfinishable = [s for s in shown if finishes_a_non_item(s, guard)]
            count["non_items"] += len(unfinishable)
            if split not in SHOWN:
                continue
            head = f"  [{split}] {case['text'][:90]!r}"
            if not shown:
                misses.append(f"{head}\n    tanpa usulan{' (tetapi menjanjikan usulan)' if promised else ''}: "
                              f"{said.splitlines()[0][:110] if said else '(tidak ada balasan)'}")
                continue
            for task in uncovered:
                misses.append(f"{head}\n    tugas tidak tercakup: {task!r}")
            for suggestion, fragments in bad.items():
                if fragments:
                    misses.append(f"{head}\n    usulan memuat {fragments}: {suggestion!r}")
            for suggestion in unfinishable:
                misses.append(f"{head}\n    usulan menyelesaikan yang bukan hasil kerja: {suggestion!r}")
        figures[split] = {
            "with_suggestion": count["with_suggestion"] / count["messages"] if count["messages"] else 0.0,
            "tasks_covered": count["tasks_covered"] / count["tasks"] if count["tasks"] else 0.0,
            "bad_suggestions": count["bad_suggestions"] / count["suggestions"] if count["suggestions"] else 0.0,
            "empty_promises": count["empty_promises"] / count["messages"] if count["messages"] else 0.0,
            "non_items": count["non_items"] / count["suggestions"] if count["suggestions"] else 0.0,
            "counts": dict(count),
        }
    return {"figures": figures, "misses": misses}


def eval_work() -> dict:
    result = score()
    path = HERE / "baseline_issue16.json"
    before = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    rows = [
        ("pesan yang mendapat ≥1 usulan", "with_suggestion", "naik"),
        ("tugas tercakup usulan (kata `good`)", "tasks_covered", "naik"),
        ("usulan memuat penggalan `bad`", "bad_suggestions", "0"),
        ("balasan menjanjikan usulan tanpa usulan", "empty_promises", "0"),
        ("usulan «diselesaikan» utk kondisi/kejadian/stok", "non_items", "0"),
    ]
    now: dict[str, float] = {}
    print("Usulan dari uraian pekerjaan (issue 16, evals/work_descriptions.jsonl, pesan pertama tanpa perintah): "
          "sebelum = main base16, main = main d290d5e sebelum pekerjaan ini, ronde 3 = main 7cc501a sebelum ronde "
          "ketiga penulis ulang, ronde 4 = main 36314dd sebelum ronde keempat, ronde 5 = main 03d3dfd sebelum ronde "
          "kelima, sekarang = kode ini")
    print(f"{'angka':<42} {'':>10} {'sebelum':>9} {'main':>9} {'ronde 3':>9} {'ronde 4':>9} {'ronde 5':>9} "
          f"{'sekarang':>9}   target")
    for label, key, target in rows:
        for split in SPLITS:
            value = result["figures"][split][key]
            now[f"{key}_{split}"] = value
            b, m = before.get(f"work_{key}_{split}"), before.get(f"work_main_{key}_{split}")
            r = before.get(f"work_round3_{key}_{split}")
            r4 = before.get(f"work_round4_{key}_{split}")
            r5 = before.get(f"work_round5_{key}_{split}")
            first = split == SPLITS[0]
            show = (lambda v: "—" if v is None else f"{v:.3f}")
            print(f"{label if first else '':<42} {split:>10} {show(b):>9} {show(m):>9} {show(r):>9} {show(r4):>9} "
                  f"{show(r5):>9} {show(value):>9}   {target if first else ''}")
    print("\nJumlah: " + "; ".join(
        f"{s} {c['messages']} pesan, {c['tasks']} tugas, {c['suggestions']} usulan"
        for s, c in ((s, result["figures"][s]["counts"]) for s in SPLITS)))
    if result["misses"]:
        print("\nYang belum benar (dev, dev-stress dan dev3 saja):\n" + "\n".join(result["misses"]))
    print()
    from evals.chat_evals import eval_work_routes

    return now | eval_work_routes()
