"""What a user reads in the chat: how plain messages are routed (route_cases.jsonl)."""

import json
from collections import Counter
from pathlib import Path

from evals.common import load


def eval_routes() -> dict:
    """Route accuracy for plain messages (small talk, questions, drafts, unclear, nonsense), with a confusion table."""
    from bot.conversation.intent import classify

    cases = load("route_cases.jsonl")
    confusion, misses = Counter(), []
    for case in cases:
        got = classify(case["text"]).route.value
        confusion[(case["route"], got)] += 1
        if got != case["route"]:
            misses.append(f"  {case['id']}: {case['text']!r} → {got} (harus {case['route']})")
    routes = ["smalltalk", "question", "iki", "indicator", "unclear", "nonsense"]
    accuracy = sum(confusion[(r, r)] for r in routes) / len(cases)
    print(f"Rute pesan biasa: {len(cases)} pesan (evals/route_cases.jsonl)")
    print(f"{'label / hasil':<14}" + "".join(f"{r:>10}" for r in routes))
    for label in routes:
        print(f"{label:<14}" + "".join(f"{confusion[(label, r)]:>10}" for r in routes))
    print(f"route accuracy: {accuracy:.3f}")
    if misses:
        print("Salah:\n" + "\n".join(misses))
    return {"route_accuracy": accuracy}


def _rhk_text_ok(text: str, case: dict) -> bool:
    lowered = text.lower()
    return (all(k.lower() in lowered for k in case["keep"])
            and not any(bad.lower() in lowered for bad in case["must_not"]))


def eval_rhk() -> dict:
    """/rhk through the real engine (rhk_cases.jsonl): the drafted RHK keeps the object of the work and has none of
    the phrases a good draft must not contain. A leader's RHK must first be answered with a question about the
    member's part (no RHK of its own), then drafted from a part (a region) with the leader's RHK as its parent."""
    from bot.conversation import Engine

    engine = Engine(rate_limit=10**6)
    cases = load("rhk_cases.jsonl")
    passed, misses = Counter(), []
    for case in cases:
        user = f"rhk-{case['id']}"
        replies = engine.handle(user, f"/rhk {case['text']}")
        if case["kind"] == "leader_rhk":
            asked = any(b.data.startswith("rhk:part:") for r in replies for b in r.buttons)
            drafted = engine.press(user, "rhk:part:wilayah") + engine.handle(user, "Provinsi Jawa Barat") if asked else []
            text = _drafted(drafted)
            ok = asked and bool(text) and _rhk_text_ok(text, case) and "Provinsi Jawa Barat" in text
        else:
            text = _drafted(replies)
            ok = bool(text) and _rhk_text_ok(text, case)
        passed[case["kind"]] += ok
        if not ok:
            misses.append(f"  {case['id']}: {case['text']!r} → {text!r}")
    kinds = Counter(c["kind"] for c in cases)
    rate = sum(passed.values()) / len(cases)
    print(f"RHK: {sum(passed.values())}/{len(cases)} draf lolos = {rate:.3f} (evals/rhk_cases.jsonl); "
          + ", ".join(f"{k} {passed[k]}/{n}" for k, n in kinds.items()))
    if misses:
        print("Salah:\n" + "\n".join(misses))
    return {"rhk_pass_rate": rate}


def _drafted(replies) -> str:
    """The first drafted RHK in the replies: the line after "1." in a reply listing RHK drafts."""
    for reply in replies:
        for line in reply.text.splitlines():
            if line.startswith("1. "):
                return line[3:]
    return ""


WORK_QUESTIONS = "route_work_questions.jsonl"


def _reply_route(replies) -> str:
    """What the engine made of a first message: a question (answered from the guidance), unclear (asked what it is),
    checked as an IKI, the open step's help, else work (suggestions, or the note that none could be formed)."""
    from bot.conversation.plain import AS_QUESTION

    said = "\n".join(r.text for r in replies)
    if "Bantuan untuk langkah ini" in said:
        return "help"
    if AS_QUESTION in said:
        return "question"
    if "itu maksudnya apa?" in said:
        return "unclear"
    return "checked" if "sebagai IKI yang ingin diperiksa" in said else "work"


def eval_work_routes() -> dict:
    """Work or question (issue 16, route_work_questions.jsonl): work that names a how-word («ngajarin kader cara …»)
    or ends asking which IKI fits is work to draft from; a question that mentions work is still a question. Each
    message is the first of a new user, through the real engine; before = this branch's start (main 13348ad)."""
    from bot.conversation import Engine

    engine = Engine(rate_limit=10**6)
    cases = load(WORK_QUESTIONS)
    per_kind, misses = Counter(), []
    for n, case in enumerate(cases):
        if case.get("after"):  # a question typed inside the flow this command opens: the open step's help
            engine.handle(f"wq-{n}", case["after"])
        got = _reply_route(engine.handle(f"wq-{n}", case["text"]))
        per_kind[(case["kind"], "all")] += 1
        per_kind[(case["kind"], "ok")] += got == case["route"]
        if got != case["route"]:
            misses.append(f"  {case['id']}: {case['text']!r} → {got} (harus {case['route']})")
    path = Path(__file__).parent / "baseline_issue16.json"
    before = json.loads(path.read_text(encoding="utf-8")).get("route_work_questions_dev", {}) if path.exists() else {}
    print(f"Pekerjaan atau pertanyaan: {len(cases)} pesan dev (evals/{WORK_QUESTIONS}); sebelum | sekarang | target")
    figures = {}
    for kind in sorted({k for k, _ in per_kind}):
        figures[kind] = per_kind[(kind, "ok")] / per_kind[(kind, "all")]
        print(f"  {kind:<12} {before.get(kind, float('nan')):>6.3f} | {figures[kind]:.3f} | 1.000")
    total = sum(per_kind[(k, "ok")] for k, _ in per_kind if _ == "all") / len(cases)
    print(f"  {'semua':<12} {before.get('all', float('nan')):>6.3f} | {total:.3f} | ≥ 0.95")
    if misses:
        print("Salah:\n" + "\n".join(misses))
    return {"work_route_accuracy": total, "work_route_kinds": figures}
