"""`iki eval drafting`: issue 16's drafting figures beside main before the issue (evals/baseline_issue16.json): casual
words in rewrites and rewrites of text that names no work (casual_rewrites.jsonl), English IKI flagged and Indonesian
ones left alone (language.jsonl), and drafted RHK against the grammar checklist (rhk_checklist.yaml). The blind sets
keep their split: dev is what the work was tuned on, holdout is printed apart."""

import json
import re
from collections import Counter

import yaml

from bot.lang.text import tokens
from evals.common import HERE, load

SPLITS = ("dev", "holdout")


def _has_word(text: str, word: str) -> bool:
    """A whole word or phrase, any case ("sm" is not in "Labkesmas")."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE) is not None


def eval_casual() -> dict:
    """Per split: candidates holding a casual word, candidates that lost the object, no-work drafts rewritten, work
    drafts with a candidate, and object acronyms a candidate keeps that are in their case (BMN, not bmn)."""
    from bot.rewrite import rewrite

    figures, misses = {}, []
    for split in SPLITS:
        count = Counter()
        for case in (c for c in load("casual_rewrites.jsonl") if c["split"] == split):
            candidates = [c.indikator for c in rewrite(case["draft"]).candidates]
            if case["no_work"]:
                count["no_work"] += 1
                count["no_work_rewritten"] += bool(candidates)
                if candidates:
                    misses.append(f"  [{split}] tanpa pekerjaan tetapi diberi usulan: {case['draft']!r} → "
                                  f"{candidates[0]!r}")
                continue
            count["work"] += 1
            count["work_with_candidates"] += bool(candidates)
            for text in candidates:
                count["candidates"] += 1
                casual = [w for w in case["casual"] if _has_word(text, w)]
                lost = [w for w in case["object"] if not _has_word(text, w)]
                count["casual"] += bool(casual)
                count["object_lost"] += bool(lost)
                acronyms = [w for w in case["object"] if w.isupper() and _has_word(text, w)]  # kept, in which case?
                count["acronyms"] += len(acronyms)
                count["acronyms_cased"] += sum(w in text for w in acronyms)
                if casual or lost:
                    why = [f"santai {casual}"] * bool(casual) + [f"objek hilang {lost}"] * bool(lost)
                    misses.append(f"  [{split}] {case['draft']!r} → {text!r}: {', '.join(why)}")
        figures[split] = {
            "casual_rewrites": count["casual"],
            "object_kept": 1 - count["object_lost"] / count["candidates"] if count["candidates"] else 0.0,
            "no_work_rewritten": count["no_work_rewritten"],
            "no_work": count["no_work"],
            "work_with_candidates": count["work_with_candidates"] / count["work"] if count["work"] else 0.0,
            "candidates": count["candidates"],
            "acronyms_cased": count["acronyms_cased"] / count["acronyms"] if count["acronyms"] else 1.0,
        }
    return {"figures": figures, "misses": misses}


def eval_language() -> dict:
    """Per split: English IKI with a LANGUAGE finding (recall), and Indonesian IKI with one (false flags)."""
    from bot.models import IkiDraft
    from bot.rules import check_iki

    figures, misses = {}, []
    for split in SPLITS:
        count = Counter()
        for case in (c for c in load("language.jsonl") if c["split"] == split):
            flagged = any(f.category.value == "LANGUAGE" for f in check_iki(IkiDraft(indikator=case["draft"])).findings)
            kind = "english" if case["english"] else "indonesian"
            count[kind] += 1
            count[f"{kind}_flagged"] += flagged
            if flagged != case["english"]:
                what = "tidak ditandai" if case["english"] else "ditandai keliru"
                misses.append(f"  [{split}] {what}: {case['draft']!r}")
        figures[split] = {"english_flagged": count["english_flagged"] / count["english"] if count["english"] else 0.0,
                          "english": count["english"], "false_flags": count["indonesian_flagged"],
                          "indonesian": count["indonesian"]}
    return {"figures": figures, "misses": misses}


# The RHK grammar checklist -----------------------------------------------------------------------------------------
def _checklist() -> dict:
    return yaml.safe_load((HERE / "rhk_checklist.yaml").read_text(encoding="utf-8"))


def _opens(words: list[str], phrases: list[str]) -> bool:
    return any(words[: len(p)] == p for p in (tokens(x) for x in phrases))


def _contains(words: list[str], phrases: list[str]) -> bool:
    joined = f" {' '.join(words)} "
    return any(f" {' '.join(tokens(p))} " in joined for p in phrases)


def _predicate_at(words: list[str], i: int, cl: dict) -> bool:
    word = words[i]
    if i and words[i - 1] in cl["clause_openers"]:
        return False
    verb = re.fullmatch(r"me(?:m|n|ng|ny|l|r|w)\w{3,}", word) and not word.endswith("nya")
    return word in cl["predicates"] or bool(verb and word not in cl["not_verbs"])


def rhk_problems(rhk: str, iki: str | None, cl: dict) -> list[str]:
    """What an RHK breaks on the checklist; iki is the text it was drafted from (None for a member's part)."""
    words = tokens(rhk)
    if not words:
        return ["kosong"]
    problems = []
    kinds = cl["kinds"]
    kept = kinds["score"]["iki_opens_with"] + cl["kept_measures"]
    if _opens(words, cl["measure_words"]) and not (iki and _opens(tokens(iki), kept)):
        problems.append("kata ukuran tersisa")
    at = [i for i in range(len(words)) if _predicate_at(words, i, cl)]
    # "valid dan disampaikan": predicates joined by "dan" are one.
    groups = [i for n, i in enumerate(at) if not (n and i - at[n - 1] == 2 and words[i - 1] in cl["joiners"])]
    if not groups:
        at = groups = [i for i, w in enumerate(words) if w in cl["adjective_predicates"]][:1]
    if len(groups) != 1:
        problems.append(f"{len(groups)} predikat")
    subject = words[: at[0]] if at else words
    iki_words = tokens(iki) if iki else []
    lower = bool(iki_words) and _contains(iki_words, kinds["lower"]["iki_has"])
    for name, kind in kinds.items():
        applies = (
            (name == "time" and iki_words and _opens(iki_words, kind["iki_opens_with"]))
            or (name == "score" and not lower and iki_words and _opens(iki_words, kind["iki_opens_with"]))
            or (name == "lower" and iki_words and _contains(iki_words, kind["iki_has"]))
            or (name in ("entity", "not_completed") and _opens(subject, kind["subject_opens_with"]))
        )
        if applies and "rhk_has_one_of" in kind and not _contains(words, kind["rhk_has_one_of"]):
            problems.append(f"kualifier tidak cocok ({name})")
        if applies and _contains(words, kind.get("rhk_has_none_of", [])):
            problems.append(f"kualifier tidak cocok ({name})")
    document = kinds["document"]
    if _contains(words, document["rhk_has"]) and not _opens(subject, document["subject_opens_with"]):
        problems.append("«tersusun» untuk yang bukan dokumen")
    if any(a == b for a, b in zip(words, words[1:])) or any(words.count(w) > 1 for w in cl["once"]):
        problems.append("kata ganda")
    if any(a == "di" and b in cl["not_after_di"] for a, b in zip(words, words[1:])):
        problems.append("«di» di depan cakupan")
    if words[-1] in cl["dangling"]:
        problems.append("berakhir menggantung")
    return sorted(set(problems))


def _grammar_cases() -> list[tuple[str, str, str, str | None, str]]:
    """(split, pattern, drafted RHK, IKI it came from, label) for every RHK pattern: the grammar set, /rhk cases,
    and members' parts of leaders' RHK."""
    from bot.skp.rhk import member_rhk, plan_rhk

    rows = []
    for case in load("rhk_grammar.jsonl"):
        if case["pattern"] == "member":
            rhk = member_rhk(case["leader"], case["part_kind"], case["part"])
            rows.append((case["split"], "member", rhk, None, f"{case['leader']} / {case['part']}"))
            continue
        for rhk in plan_rhk(case["text"]).drafts[:1]:
            rows.append((case["split"], case["pattern"], rhk, case["text"], case["text"]))
    for case in load("rhk_cases.jsonl"):  # issue 9's /rhk cases: development only
        if case["kind"] == "leader_rhk":
            rhk = member_rhk(case["text"], "wilayah", "Provinsi Jawa Barat")
            rows.append(("dev", "member", rhk, None, case["text"]))
        else:
            plan = plan_rhk(case["text"])
            for rhk in plan.drafts[:1]:
                rows.append(("dev", "rhk_cases", rhk, plan.based_on or case["text"], case["text"]))
    return rows


def eval_rhk_grammar() -> dict:
    cl = _checklist()
    figures, misses, per_pattern = {}, [], Counter()
    rows = _grammar_cases()
    for split in SPLITS:
        mine = [r for r in rows if r[0] == split]
        passed = 0
        for _, pattern, rhk, iki, label in mine:
            problems = rhk_problems(rhk, iki, cl)
            passed += not problems
            per_pattern[(pattern, not problems)] += 1
            if problems:
                misses.append(f"  [{split}] {label!r} → {rhk!r}: {', '.join(problems)}")
        figures[split] = {"rhk_grammar": passed / len(mine) if mine else 0.0, "rhk_checked": len(mine)}
    patterns = sorted({p for p, _ in per_pattern})
    table = [f"  {p:<18} {per_pattern[(p, True)]}/{per_pattern[(p, True)] + per_pattern[(p, False)]}" for p in patterns]
    return {"figures": figures, "misses": misses, "patterns": table}


# Rencana aksi stages against the checklist's «stages» -----------------------------------------------------------------
def stage_problems(name: str, cl: dict) -> list[str]:
    """What one stage's name breaks on the checklist («Pelaksanaan pasien HD TW I»: work on people)."""
    rules = cl["stages"]
    words = tokens(re.split(r"\s+TW\s+[IV]+\b|:", name)[0])
    problems = []
    for i in range(len(words)):
        work = next((w for w in (tokens(x) for x in rules["thing_work"]) if words[i:i + len(w)] == w), None)
        if work and _opens(words[i + len(work):], rules["people"]):
            problems.append("pekerjaan atas orang")
    people = [i for i in range(len(words)) if _opens(words[i:], rules["people"])]
    if people and _contains(words[people[0]:], rules["people_state"]):
        problems.append("keadaan orang sebagai objek")
    if _contains(words, rules["measure_words"]):
        problems.append("kata ukuran tersisa")
    if any(a == b for a, b in zip(words, words[1:])):
        problems.append("kata ganda")
    if words and words[-1] in rules["dangling"]:
        problems.append("berakhir menggantung")
    return sorted(set(problems))


def _stage_cases() -> list[tuple[str, str, str]]:
    """(split, IKI, target) of every IKI shape: the rencana stage set, and the RHK grammar set's IKI."""
    rows = [(c["split"], *c["text"].rsplit(" - ", 1)) for c in load("rencana_stages.jsonl")]
    return rows + [(c["split"], c["text"], "") for c in load("rhk_grammar.jsonl") if c["pattern"] != "member"]


def eval_stage_grammar() -> dict:
    """Per split: the share of IKI whose proposed rencana aksi stages all pass the checklist; per pattern, the same."""
    from bot.lang.numbers import parse_target
    from bot.models import IkiDraft
    from bot.year.rencana import propose

    cl = _checklist()
    figures, misses, per_pattern = {}, [], Counter()
    rows = _stage_cases()
    for split in SPLITS:
        mine = [r for r in rows if r[0] == split]
        passed = 0
        for _, text, target in mine:
            parsed = parse_target(target) if target else None
            plan = propose(IkiDraft(indikator=text, target=target, satuan=(parsed.unit or "") if parsed else ""))
            bad = {stage.name: stage_problems(stage.name, cl) for stage in plan.stages}
            bad = {name: found for name, found in bad.items() if found}
            passed += not bad
            per_pattern[(plan.pattern, not bad)] += 1
            for name, found in bad.items():
                misses.append(f"  [{split}] {text!r} → {name!r}: {', '.join(found)}")
        figures[split] = {"stage_grammar": passed / len(mine) if mine else 0.0, "stages_checked": len(mine)}
    patterns = sorted({p for p, _ in per_pattern})
    table = [f"  {p:<18} {per_pattern[(p, True)]}/{per_pattern[(p, True)] + per_pattern[(p, False)]}" for p in patterns]
    return {"figures": figures, "misses": misses, "patterns": table}


def eval_drafting() -> dict:
    casual, language, grammar = eval_casual(), eval_language(), eval_rhk_grammar()
    stages = eval_stage_grammar()
    now: dict[str, float] = {}
    for split in SPLITS:
        c, lang, g = casual["figures"][split], language["figures"][split], grammar["figures"][split]
        figures = {"casual_rewrites": c["casual_rewrites"], "object_kept": c["object_kept"],
                   "no_work_rewritten": c["no_work_rewritten"], "work_with_candidates": c["work_with_candidates"],
                   "acronyms_cased": c["acronyms_cased"], "english_flagged": lang["english_flagged"],
                   "language_false_flags": lang["false_flags"], "rhk_grammar": g["rhk_grammar"],
                   "stage_grammar": stages["figures"][split]["stage_grammar"]}
        now |= {f"{key}_{split}": value for key, value in figures.items()}
    path = HERE / "baseline_issue16.json"
    before = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    rows = [
        ("usulan dengan kata santai", "casual_rewrites", "0"),
        ("usulan yang menjaga objek", "object_kept", "1.000"),
        ("teks tanpa pekerjaan diberi usulan", "no_work_rewritten", "0"),
        ("draf kerja yang mendapat usulan", "work_with_candidates", "—"),
        ("singkatan objek tetap kapital", "acronyms_cased", "1.000"),
        ("IKI berbahasa Inggris ditandai", "english_flagged", "semua (1.000)"),
        ("IKI Indonesia ditandai keliru", "language_false_flags", "0"),
        ("RHK lolos daftar periksa tata bahasa", "rhk_grammar", "naik"),
        ("tahap rencana aksi lolos tata bahasa", "stage_grammar", "naik"),
    ]
    print("Menyusun seperti kementerian menulis (issue 16): sebelum = main base16, sekarang = kode ini, "
          "kasus yang sama")
    print(f"{'angka':<38} {'':>8} {'sebelum':>9} {'sekarang':>9}   target")
    for label, key, target in rows:
        for split in SPLITS:
            k = f"{key}_{split}"
            b, n = before.get(f"drafting_{k}"), now[k]
            show = (lambda v: "—" if v is None else (f"{v:d}" if isinstance(v, int) else f"{v:.3f}"))
            first = split == "dev"
            print(f"{label if first else '':<38} {split:>8} {show(b):>9} {show(n):>9}   {target if first else ''}")
    counts = {s: casual["figures"][s] for s in SPLITS}
    print("\nUsulan: " + ", ".join(f"{s} {counts[s]['candidates']}" for s in SPLITS)
          + "; draf tanpa pekerjaan: " + ", ".join(f"{s} {counts[s]['no_work']}" for s in SPLITS)
          + ". RHK diperiksa: " + ", ".join(f"{s} {grammar['figures'][s]['rhk_checked']}" for s in SPLITS))
    print("RHK per pola (lolos/semua):\n" + "\n".join(grammar["patterns"]))
    print("IKI yang semua tahap rencana aksinya lolos, per pola (lolos/semua): "
          + ", ".join(f"{s} {stages['figures'][s]['stages_checked']} IKI" for s in SPLITS) + "\n"
          + "\n".join(stages["patterns"]))
    for title, part in (("Usulan", casual), ("Bahasa", language), ("RHK", grammar), ("Tahap rencana aksi", stages)):
        shown = [m for m in part["misses"] if not m.lstrip().startswith("[holdout")]  # a holdout stays blind
        hidden = len(part["misses"]) - len(shown)
        if shown or hidden:
            print(f"\n{title} yang belum benar:\n" + "\n".join(shown)
                  + (f"\n  holdout: {hidden} (tidak dirinci)" if hidden else ""))
    return now
