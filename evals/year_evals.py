"""`iki eval logbook`: the year's catatan harian on sets written blind (evals/year_routes.jsonl,
evals/year_linking.jsonl, from /work/evalsets/i18): whether a line reports done work (vs an IKI draft, a question,
small talk, unclear), which of the user's IKI an entry is about (and whether an unsure one asks), its quantity and
its date. Dev, dev2 (evals/year_linking_dev2.jsonl: units the first set lacks), holdout, holdout3 (a third blind
set, evals/year_linking3.jsonl), dev4 and holdout4 (a fourth, evals/year_linking4.jsonl), dev5 and holdout5 (a fifth,
evals/year_linking5.jsonl) apart, each beside its figures before earlier rounds of linking work; thresholds and word
lists are chosen on the dev splits' misses only."""

import json
import re
import time
from collections import Counter
from datetime import date

from evals.common import HERE, load

# Every linking set in evals/ is found by its file name (year_linking*.jsonl; where each came from, and its splits:
# evals/year_sets.md). Dev splits are tuned on; of the holdouts only these older ones are open for tuning (since the
# i18-link5 round): the others print totals only.
OPENED = ("holdout", "holdout3", "holdout4")


def _number(text: str) -> int:
    """The set or split number in a name (none: the first)."""
    digits = re.search(r"(\d+)(?:\.jsonl)?$", text)
    return int(digits.group(1)) if digits else 1


def linking_sets() -> list[str]:
    return sorted((path.name for path in HERE.glob("year_linking*.jsonl")), key=_number)


def route_sets() -> list[str]:
    return sorted((path.name for path in HERE.glob("year_routes*.jsonl")), key=_number)


SPLITS = tuple(sorted({persona["split"] for name in linking_sets() for persona in load(name)},
                      key=lambda split: (split.startswith("holdout"), _number(split))))
TUNED = tuple(split for split in SPLITS if split.startswith("dev") or split in OPENED)
# Rank-1 before the i18-link work (main at 6e166d4; base16 had no linker): logbook_link_rank1_<split>; rank-1 and
# silent wrong links before the i18-vocab work (main at 1c4ff4b): logbook_vocab_rank1_<split>,
# logbook_vocab_silent_wrong_<split>; rank-1, silent wrong links and asks before the i18-link3 work (main at 7cc501a):
# logbook_link3_rank1_<split>, logbook_link3_silent_wrong_<split>, logbook_link3_asked_<split>; the same before the
# i18-link4 work (main at 36314dd): logbook_link4_<figure>_<split>; the same before the i18-link5 work (main at
# 0a4afb3, with the sixth set): logbook_link5_<figure>_<split>.
BASELINE = HERE / "baseline_issue16.json"

ROUTES = ["logbook", "iki_draft", "question", "smalltalk", "unclear"]
# bot.year.entry_kind.EntryKind → the route names of the set (a plan or a stated figure is "unclear" there: the
# bot asks instead of logging it; a reminder, rencana or correction request has no route of its own in the set; a
# question about the user's own records is a question there, answered from the records; a remark that no work was
# done, or a mutasi told, is no entry: "unclear" there)
AS_ROUTE = {"report": "logbook", "draft": "iki_draft", "question": "question", "smalltalk": "smalltalk",
            "plan": "unclear", "progress": "unclear", "unclear": "unclear", "reminder": "unclear",
            "rencana": "unclear", "correction": "unclear", "records": "question",
            "instruction": "unclear", "remark": "unclear", "transfer": "unclear"}


def route_of(reading) -> str:
    """The set's route of a line read by bot.year.entry_kind.kind_of. A change asked to a record named by its day
    («ubah catatan senin jadi 20 sampel», «hapus catatan kmrn yg …»: RECORD_CHANGE) is a request on the user's own
    records, as asking to see them is: a question there (route set 9's convention); a bare «yg td itu salah» stays a
    correction, "unclear"."""
    from bot.year.entry_kind import RECORD_CHANGE

    return "question" if reading.why == RECORD_CHANGE else AS_ROUTE[reading.kind.value]


# Route sets (year_routes*.jsonl, evals/year_sets.md): the first set's holdout is open; every later holdout is
# never tuned on, its misses counted only.


def eval_routes(show_misses: bool = True) -> dict:
    from bot.year.entry_kind import kind_of

    cases = [case for name in route_sets() for case in load(name)]
    figures, misses, hidden = {}, [], Counter()
    confusion = {split: Counter() for split in dict.fromkeys(case["split"] for case in cases)}
    logbook = Counter()
    for case in cases:
        reading = kind_of(case["text"])
        got = route_of(reading)
        confusion[case["split"]][(case["route"], got)] += 1
        logbook[(case["route"] == "logbook", got == "logbook")] += 1
        if got != case["route"] and case["split"].startswith("holdout") and case["split"] != "holdout":
            hidden[case["split"]] += 1
        elif got != case["route"]:
            misses.append(f"  [{case['split']}] {case['text']!r} → {got} ({reading.why}), harus {case['route']}"
                          + (" (ragu)" if case.get("unsure") else ""))
    print(f"Rute catatan harian: {len(cases)} pesan ({', '.join(route_sets())}, ditulis tanpa melihat kode)")
    for split, table in confusion.items():
        total = sum(table.values())
        figures[f"route_{split}"] = sum(table[(r, r)] for r in ROUTES) / total
        print(f"\n{split}: {total} pesan — akurasi {figures[f'route_{split}']:.3f} (target ≥ 0.950 pada holdout)")
        print(f"{'label / hasil':<14}" + "".join(f"{r:>11}" for r in ROUTES))
        for label in ROUTES:
            print(f"{label:<14}" + "".join(f"{table[(label, r)]:>11}" for r in ROUTES))
    precision = logbook[(True, True)] / max(1, logbook[(True, True)] + logbook[(False, True)])
    recall = logbook[(True, True)] / max(1, logbook[(True, True)] + logbook[(True, False)])
    figures |= {"logbook_precision": precision, "logbook_recall": recall}
    print(f"\ncatatan harian (semua): presisi {precision:.3f}, recall {recall:.3f} — bukan catatan yang dicatat "
          f"sebagai catatan: {logbook[(False, True)]}")
    if misses and show_misses:
        print("Salah:\n" + "\n".join(misses))
    for split, count in hidden.items():
        print(f"  {split}: {count} salah (rinciannya tidak ditampilkan)")
    return figures


def _skp(persona: dict):
    from bot.models import IkiDraft, SkpDraft

    return SkpDraft(iki=[IkiDraft(indikator=k["iki"], target=k["target"], satuan=k["satuan"], rhk=k["rhk"])
                         for k in persona["skp"]])


def eval_linking(show_misses: bool = True) -> dict:
    """Rank 1 = the best IKI (di luar SKP when the decision is outside) is the one the writer meant; when the bot
    asks, its best is the first IKI it offers, so asking never earns rank-1 by itself. In "rank-1 atau bertanya" an
    entry marked unsure_ok (two IKI equally plausible) also counts when the bot asks and offers the meant IKI; one
    not marked that asks counts only if its first offer is right. A silent wrong link is a link without asking to an
    IKI the writer did not mean: the number that must stay near zero."""
    from bot.year.entry_dates import read_date
    from bot.year.entry_numbers import quantity
    from bot.year.line import line
    from bot.year.linking import Decision
    from bot.year.logbook import corrected_day, entry_link
    from bot.year.models import EntryStatus, LogEntry

    personas = [persona for name in linking_sets() for persona in load(name)]
    before = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    figures, misses = {}, []
    rules: dict[str, Counter] = {}  # per ask rule on the tuned splits: asks, right first anyway, caught a wrong best
    seconds: list[float] = []  # linking time per line (its date read, linked, a continuation looked for)
    for split in (s for s in SPLITS if any(p["split"] == s for p in personas)):
        tally = Counter()
        for persona in (p for p in personas if p["split"] == split):
            skp, today = _skp(persona), date.fromisoformat(persona["today"])
            earlier: list[LogEntry] = []  # as the chat keeps them: a silent link stands, an asked line the user picks
            for entry in persona["entries"]:
                ln = line(entry["text"])
                day, when = read_date(ln, today)
                started = time.perf_counter()
                found = entry_link(ln, when, day, skp, None, [], earlier)  # as the chat reads it
                # a correction naming no day is of the day of the entry it puts right (as logbook.read_entry)
                day = corrected_day(found, ln, when, day, earlier)
                seconds.append(time.perf_counter() - started)
                offered = [c.number for c in found.candidates]
                best = offered[0] if offered and found.decision is not Decision.outside else 0
                want = entry["iki"]
                kept = best if found.decision is Decision.link else want if found.decision is Decision.ask else 0
                earlier.append(LogEntry(id=f"c{len(earlier) + 1}", day=day, text=entry["text"],
                                        status=EntryStatus.linked if kept else EntryStatus.outside,
                                        iki=skp.iki[kept - 1].indikator if kept else None))
                tally["n"] += 1
                tally["rank1"] += best == want
                asked = found.decision is Decision.ask
                tally["rank1_or_asked"] += best == want or (entry["unsure_ok"] and asked and
                                                            (want in offered or want == 0))
                tally["asked"] += asked
                tally["unsure"] += entry["unsure_ok"]
                tally["unsure_asked"] += entry["unsure_ok"] and asked
                tally["sure_asked"] += not entry["unsure_ok"] and asked
                if asked and split in TUNED:
                    rule = rules.setdefault(found.why, Counter())
                    rule["asks"] += 1
                    rule["right" if best == want else "caught"] += 1
                silent = found.decision is Decision.link and best != want
                tally["silent_wrong"] += silent
                tally["outside"] += want == 0
                tally["outside_found"] += want == 0 and found.decision is Decision.outside
                tally["date_ok"] += day.isoformat() == entry["date"]
                if want:
                    iki = skp.iki[want - 1]
                    got = quantity(ln, when, iki)
                    tally["qty_n"] += 1
                    tally["qty_ok"] += got == entry["quantity"] or (got is not None and entry["quantity"] is not None
                                                                    and abs(got - entry["quantity"]) < 1e-9)
                    tally["qty_stated"] += entry["quantity"] is not None
                    tally["qty_stated_ok"] += entry["quantity"] is not None and got is not None and \
                        abs(got - entry["quantity"]) < 1e-9
                    tally["qty_false"] += entry["quantity"] is None and got is not None
                if (best != want or silent) and split in TUNED:  # holdouts: totals only, never tuned on
                    misses.append(f"  [{split}] {entry['text']!r}: {found.decision.value} {offered[:3]} "
                                  f"({found.why}), harus IKI {want}{' (ragu)' if entry['unsure_ok'] else ''}")
        n = tally["n"]
        figures |= {f"link_rank1_{split}": tally["rank1"] / n, f"link_rank1_or_asked_{split}": tally["rank1_or_asked"] / n,
                    f"link_silent_wrong_{split}": tally["silent_wrong"], f"link_asked_{split}": tally["asked"],
                    f"quantity_{split}": tally["qty_ok"] / tally["qty_n"], f"date_{split}": tally["date_ok"] / n}
        print(f"\nTautan catatan → IKI, {split}: {n} catatan")
        was = before.get(f"logbook_link_rank1_{split}")
        print(f"  rank-1: sebelum {was if was is None else f'{was:.3f}'} | sekarang {tally['rank1'] / n:.3f} | "
              f"target ≥ 0.900; rank-1 atau bertanya saat ragu: {tally['rank1_or_asked'] / n:.3f}")
        print(f"  bertanya: {tally['asked']} catatan ({tally['asked'] / n:.0%}) — {tally['unsure_asked']} dari "
              f"{tally['unsure']} yang memang ragu, {tally['sure_asked']} yang sebenarnya jelas")
        vocab_rank1, vocab_silent = (before.get(f"logbook_vocab_{k}_{split}") for k in ("rank1", "silent_wrong"))
        if vocab_rank1 is not None:
            print(f"  sebelum kosakata seluruh kementerian (i18-vocab): rank-1 {vocab_rank1:.3f}, "
                  f"tertaut diam-diam ke IKI yang salah {vocab_silent}")
        round3 = [before.get(f"logbook_link3_{k}_{split}") for k in ("rank1", "silent_wrong", "asked")]
        if round3[0] is not None:
            print(f"  sebelum putaran ketiga (i18-link3): rank-1 {round3[0]:.3f}, tertaut diam-diam ke IKI yang salah "
                  f"{round3[1]}, bertanya {round3[2]}")
        print(f"  tertaut diam-diam ke IKI yang salah: {tally['silent_wrong']} (target 0)")
        print(f"  di luar SKP dikenali: {tally['outside_found']} dari {tally['outside']}")
        print(f"  jumlah (untuk IKI yang dimaksud): {tally['qty_ok'] / tally['qty_n']:.3f} dari {tally['qty_n']}; "
              f"jumlah yang tertulis terbaca {tally['qty_stated_ok']}/{tally['qty_stated']}, jumlah keliru "
              f"dihitung {tally['qty_false']}")
        print(f"  tanggal: {tally['date_ok'] / n:.3f}")
    _summary(figures, before)
    seconds.sort()
    figures |= {"link_ms_p50": 1000 * seconds[len(seconds) // 2],
                "link_ms_p95": 1000 * seconds[int(len(seconds) * 0.95)]}
    print(f"\nWaktu tautan per catatan ({len(seconds)} catatan): p50 {figures['link_ms_p50']:.1f} ms, "
          f"p95 {figures['link_ms_p95']:.1f} ms")
    print(f"\nBertanya per aturan ({', '.join(TUNED)}): berapa kali bertanya | pilihan pertamanya sudah benar | "
          "menahan tautan yang salah")
    for why, rule in sorted(rules.items(), key=lambda r: -r[1]["asks"]):
        print(f"  {why:<20} {rule['asks']:>3} | {rule['right']:>3} | {rule['caught']:>3}")
    plans = _with_plans([p for p in personas if p["split"] in TUNED])
    figures |= {f"link_{k}_with_rencana": v for k, v in plans.items()}
    print(f"\nTautan dengan rencana aksi usulan /rencana untuk tiap IKI ({', '.join(TUNED)}): rank-1 "
          f"{plans['rank1']:.3f} (tanpa: {plans['rank1_plain']:.3f}); tertaut diam-diam salah {plans['silent_wrong']} "
          f"(tanpa: {plans['silent_wrong_plain']}); bertanya {plans['asked']} (tanpa: {plans['asked_plain']})")
    figures["link_rank1_typo_dev"] = _with_typos([p for p in personas if p["split"] == "dev"])
    was = before.get("logbook_link_rank1_typo_dev")
    print(f"\nTautan dev dengan satu salah ketik per catatan (satu huruf hilang dari satu kata ≥ 6 huruf, acak "
          f"tetap): rank-1 sebelum {was if was is None else f'{was:.3f}'} | sekarang "
          f"{figures['link_rank1_typo_dev']:.3f}")
    if misses and show_misses:
        print("\nMeleset:\n" + "\n".join(misses))
    return figures


def _summary(figures: dict, before: dict) -> None:
    """One row per split: rank-1, silent wrong links and asks before the i18-link3, i18-link4 and i18-link5 rounds
    and now."""
    print("\nRingkasan tautan (sebelum i18-link3 | sebelum i18-link4 | sebelum i18-link5 → sekarang): rank-1; "
          "tertaut diam-diam salah; bertanya")
    for split in (s for s in SPLITS if f"link_rank1_{s}" in figures):
        cells = []
        for key, now in (("rank1", f"{figures[f'link_rank1_{split}']:.3f}"),
                         ("silent_wrong", figures[f"link_silent_wrong_{split}"]),
                         ("asked", figures[f"link_asked_{split}"])):
            was = [before.get(f"logbook_{r}_{key}_{split}") for r in ("link3", "link4", "link5")]
            was = ["-" if v is None else f"{v:.3f}" if key == "rank1" else v for v in was]
            cells.append(f"{was[0]} | {was[1]} | {was[2]} → {now}")
        print(f"  {split:<9} " + ";  ".join(cells))


def _with_plans(personas: list[dict]) -> dict:
    """Rank-1, silent wrong links and asks when each IKI has the rencana aksi /rencana proposes (a user who took the
    proposal), beside the same without one: the stages must not pull lines toward the wrong IKI."""
    from bot.year.entry_dates import read_date
    from bot.year.line import line
    from bot.year.linking import Decision, link
    from bot.year.rencana import propose

    tally = Counter()
    for persona in personas:
        skp, today = _skp(persona), date.fromisoformat(persona["today"])
        plans = [propose(iki) for iki in skp.iki]
        for entry in persona["entries"]:
            ln = line(entry["text"])
            when = read_date(ln, today)[1]
            for suffix, rencana in (("", plans), ("_plain", None)):
                found = link(ln, when, skp, rencana)
                best = found.candidates[0].number if found.candidates and found.decision is not Decision.outside else 0
                tally["n" + suffix] += 1
                tally["rank1" + suffix] += best == entry["iki"]
                tally["asked" + suffix] += found.decision is Decision.ask
                tally["silent_wrong" + suffix] += found.decision is Decision.link and best != entry["iki"]
    return {k: v / tally["n"] if k.startswith("rank1") else v for k, v in tally.items() if not k.startswith("n")}


def _with_typos(personas: list[dict]) -> float:
    """Rank-1 when each entry has one letter dropped from one of its long words (seeded): people type on phones."""
    import random

    from bot.year.entry_dates import read_date
    from bot.year.line import line
    from bot.year.linking import Decision, link

    rng, right, n = random.Random(7), 0, 0
    for persona in personas:
        skp, today = _skp(persona), date.fromisoformat(persona["today"])
        for entry in persona["entries"]:
            words = entry["text"].split()
            long = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 6]
            if long:
                i = rng.choice(long)
                cut = rng.randrange(1, len(words[i]) - 1)
                words[i] = words[i][:cut] + words[i][cut + 1:]
            ln = line(" ".join(words))
            found = link(ln, read_date(ln, today)[1], skp)
            best = found.candidates[0].number if found.candidates and found.decision is not Decision.outside else 0
            right, n = right + (best == entry["iki"]), n + 1
    return right / n


def eval_logbook() -> dict:
    figures = eval_routes()
    print()
    return figures | eval_linking()
