"""`iki eval logbook`: the year's catatan harian on sets written blind (evals/year_routes.jsonl,
evals/year_linking.jsonl, from /work/evalsets/i18): whether a line reports done work (vs an IKI draft, a question,
small talk, unclear), which of the user's IKI an entry is about (and whether an unsure one asks), its quantity and
its date. Dev and holdout apart; the thresholds were chosen on dev only."""

from collections import Counter
from datetime import date

from evals.common import load

ROUTES = ["logbook", "iki_draft", "question", "smalltalk", "unclear"]
# bot.year.entry_kind.EntryKind → the route names of the set (a plan or a stated figure is "unclear" there: the
# bot asks instead of logging it; a reminder, rencana or correction request has no route of its own in the set; a
# question about the user's own records is a question there, answered from the records)
AS_ROUTE = {"report": "logbook", "draft": "iki_draft", "question": "question", "smalltalk": "smalltalk",
            "plan": "unclear", "progress": "unclear", "unclear": "unclear", "reminder": "unclear",
            "rencana": "unclear", "correction": "unclear", "records": "question",
            "instruction": "unclear"}


def eval_routes(show_misses: bool = True) -> dict:
    from bot.year.entry_kind import kind_of

    cases = load("year_routes.jsonl")
    figures, misses = {}, []
    confusion = {split: Counter() for split in ("dev", "holdout")}
    logbook = Counter()
    for case in cases:
        reading = kind_of(case["text"])
        got = AS_ROUTE[reading.kind.value]
        confusion[case["split"]][(case["route"], got)] += 1
        logbook[(case["route"] == "logbook", got == "logbook")] += 1
        if got != case["route"]:
            misses.append(f"  [{case['split']}] {case['text']!r} → {got} ({reading.why}), harus {case['route']}"
                          + (" (ragu)" if case.get("unsure") else ""))
    print(f"Rute catatan harian: {len(cases)} pesan (evals/year_routes.jsonl, ditulis tanpa melihat kode)")
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
    return figures


def _skp(persona: dict):
    from bot.models import IkiDraft, SkpDraft

    return SkpDraft(iki=[IkiDraft(indikator=k["iki"], target=k["target"], satuan=k["satuan"], rhk=k["rhk"])
                         for k in persona["skp"]])


def eval_linking(show_misses: bool = True) -> dict:
    """Rank 1 = the best IKI (di luar SKP when the decision is outside) is the one the writer meant. An entry marked
    unsure_ok (two IKI equally plausible) also counts when the bot asks and offers the meant IKI. A silent wrong
    link is a link without asking to an IKI the writer did not mean: the number that must stay near zero."""
    from bot.year.entry_dates import read_date
    from bot.year.entry_numbers import quantity
    from bot.year.line import line
    from bot.year.linking import Decision, link

    personas = load("year_linking.jsonl")
    figures, misses = {}, []
    for split in ("dev", "holdout"):
        tally = Counter()
        for persona in (p for p in personas if p["split"] == split):
            skp, today = _skp(persona), date.fromisoformat(persona["today"])
            for entry in persona["entries"]:
                ln = line(entry["text"])
                day, when = read_date(ln, today)
                found = link(ln, when, skp)
                offered = [c.number for c in found.candidates]
                best = offered[0] if offered and found.decision is not Decision.outside else 0
                want = entry["iki"]
                tally["n"] += 1
                tally["rank1"] += best == want
                asked = found.decision is Decision.ask
                tally["rank1_or_asked"] += best == want or (entry["unsure_ok"] and asked and
                                                            (want in offered or want == 0))
                tally["asked"] += asked
                tally["unsure"] += entry["unsure_ok"]
                tally["unsure_asked"] += entry["unsure_ok"] and asked
                tally["sure_asked"] += not entry["unsure_ok"] and asked
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
                if best != want or silent:
                    misses.append(f"  [{split}] {entry['text']!r}: {found.decision.value} {offered[:3]} "
                                  f"({found.why}), harus IKI {want}{' (ragu)' if entry['unsure_ok'] else ''}")
        n = tally["n"]
        figures |= {f"link_rank1_{split}": tally["rank1"] / n, f"link_rank1_or_asked_{split}": tally["rank1_or_asked"] / n,
                    f"link_silent_wrong_{split}": tally["silent_wrong"], f"link_asked_{split}": tally["asked"],
                    f"quantity_{split}": tally["qty_ok"] / tally["qty_n"], f"date_{split}": tally["date_ok"] / n}
        print(f"\nTautan catatan → IKI, {split}: {n} catatan")
        print(f"  rank-1: {tally['rank1'] / n:.3f} (target ≥ 0.900); rank-1 atau bertanya saat ragu: "
              f"{tally['rank1_or_asked'] / n:.3f}")
        print(f"  bertanya: {tally['asked']} catatan — {tally['unsure_asked']} dari {tally['unsure']} yang memang ragu, "
              f"{tally['sure_asked']} yang sebenarnya jelas")
        print(f"  tertaut diam-diam ke IKI yang salah: {tally['silent_wrong']}")
        print(f"  di luar SKP dikenali: {tally['outside_found']} dari {tally['outside']}")
        print(f"  jumlah (untuk IKI yang dimaksud): {tally['qty_ok'] / tally['qty_n']:.3f} dari {tally['qty_n']}; "
              f"jumlah yang tertulis terbaca {tally['qty_stated_ok']}/{tally['qty_stated']}, jumlah keliru "
              f"dihitung {tally['qty_false']}")
        print(f"  tanggal: {tally['date_ok'] / n:.3f}")
    if misses and show_misses:
        print("\nMeleset:\n" + "\n".join(misses))
    return figures


def eval_logbook() -> dict:
    figures = eval_routes()
    print()
    return figures | eval_linking()
