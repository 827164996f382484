"""What kind of measure an IKI is: its e-Kinerja aspek (kuantitas, kualitas, waktu, biaya), how its target moves
through the year (a running count, a rate, a ceiling that holds or falls, a yearly score, a one-off deliverable)
and its direction (≥ or ≤). Words: knowledge/rules/lexicon.yaml (measure_kinds)."""

import re
from enum import StrEnum

from bot import knowledge
from bot.lang.numbers import parse_target
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.models import Aspek, IkiDraft
from bot.rules.analysis import analyse
from bot.rules.draft_reading import read
from bot.rules.lexicon import lexicon


class Trend(StrEnum):
    cumulative = "cumulative"  # a count that grows to the annual target (Jumlah dokumen …)
    rate = "rate"  # a percentage or rate that holds at its level, or moves from a baseline
    lower = "lower"  # lower is better: holds or falls toward the target (waktu, angka kematian, temuan)
    yearly = "yearly"  # a score the unit reports once a year: monitored until the quarter that measures it
    once = "once"  # a one-off deliverable ("1 dashboard"): nothing until the quarter it is due


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("rules/lexicon")["measure_kinds"]
    return {
        "lower": phrase_set("rules/lexicon", "measure_kinds", "lower_is_better"),
        "lower_predicates": frozenset(data["lower_predicates"]),
        "available": frozenset(data["time_available"]),
        "negations": frozenset(data["negations"]),
        "adverse": phrase_set("rules/lexicon", "measure_kinds", "adverse_outcomes"),
        "aspek": [(Aspek(name), PhraseSet(words)) for name, words in data["aspek"].items()],
        "conformance": PhraseSet([f"{opener} {norm}" for opener in data["conformance"]["openers"]
                                  for norm in data["conformance"]["norms"]]),
        "follow_through": frozenset(data["follow_through"]),
        "limit_openers": PhraseSet(data["time_limit"]["openers"] + knowledge.data("numbers")["bounds"]["≤"]),
        "clock_units": phrase_set("rules/lexicon", "measure_kinds", "time_limit", "units"),
        "periods": frozenset(data["periods"]),
        "deliverables": phrase_set("rules/lexicon", "measure_kinds", "deliverables"),
    }


def conforms_to_norm(words: list[str]) -> bool:
    """Whether the words say the result follows a norm («sesuai SOP APN», «memenuhi standar»: lexicon conformance)."""
    return _words()["conformance"].find(words) is not None


def periods() -> frozenset[str]:
    return _words()["periods"]


_CEILING_SIGN = re.compile(r"(?:<=|≤|<)\s*(?=\d)")  # «< 3 jam»: «maks 3 jam», as numbers.yaml bounds read it


def aspek_of(draft: IkiDraft) -> Aspek:
    """The aspek the measure follows; an aspek the user set is kept. Waktu and kualitas words count anywhere;
    biaya words only where the measured thing opens (the budget measured, not a topic); kualitas words anywhere but in a
    count («Jumlah …»: how many passed is their number, tester51 P1-11); a harm counted, and outside a count a harm
    spared, a norm conformed to and a share followed through, are kualitas; anything else counts results."""
    if draft.aspek:
        return draft.aspek
    # as the rules read it: "tepat wkatu" is "tepat waktu"; «< 30 menit» is a ceiling the words lose (tester18 #6)
    words = tokens(_CEILING_SIGN.sub(" maks ", read(draft.indikator).text))
    found = _words()
    measure = lexicon().measures.match_at(words, 0) if words else None
    head = words[len(measure):] if measure else words
    for aspek, phrases in found["aspek"]:
        if aspek is Aspek.waktu and (phrases.find(words) or limits_time(words)):
            return aspek
        if aspek is Aspek.biaya and phrases.match_at(head, 0):
            return aspek
        if aspek is Aspek.kualitas and phrases.find(words) and lexicon().measure_class.get(measure) != "count":
            return aspek  # «Jumlah pasien HD yang lulus evaluasi …»: a count of the results that pass, kuantitas
    return Aspek.kualitas if _judges_quality(words, head, measure) else Aspek.kuantitas


def _judges_quality(words: list[str], head: list[str], measure: tuple[str, ...] | None) -> bool:
    """«… sesuai SOP APN», «Angka kejadian ruptur …», «… tidak mengalami komplikasi», «Persentase temuan … yang
    ditindaklanjuti»: the quality of the results, not their number."""
    found = _words()
    if found["adverse"].match_at(head, 0):
        return True
    counted = lexicon().measure_class.get(measure) == "count"
    if not counted and (found["conformance"].find(words) or spares_harm(words)):
        return True  # «Jumlah pasien … sesuai standar»: how many got it to standard is their number (tester53 P1-5)
    predicate = words[words.index("yang") + 1] if "yang" in words[:-1] else ""
    return predicate in found["follow_through"] and lexicon().measure_class.get(measure) == "percent"


def limits_time(words: list[str]) -> bool:
    """«dalam 24 jam», «maks 2 hari kerja», «dalam 1x24 jam»: a limit, a number, a unit of the clock."""
    found = _words()
    for i in range(len(words)):
        opener = found["limit_openers"].match_at(words, i)
        at = i + len(opener) if opener else 0
        if opener and at < len(words) and any(c.isdigit() for c in words[at]) \
                and found["clock_units"].match_at(words, at + 1):
            return True
    return False


def spares_harm(words: list[str]) -> bool:
    """Somewhere the words say what goes wrong did not happen («tidak mengalami komplikasi», «bebas infeksi»)."""
    return any(_spared_at(words, i) for i in range(len(words)))


def _spared_at(words: list[str], i: int) -> bool:
    """A negation at i of a harm right after it or after one verb: a good result counted, not a harm."""
    found = _words()
    return (i < len(words) and words[i] in found["negations"]
            and bool(found["adverse"].match_at(words, i + 1) or found["adverse"].match_at(words, i + 2)))


def _predicate_at(words: list[str]) -> int:
    """Where the measured thing's predicate is said: after «yang», or without it («klaim ditolak BPJS», «kantong
    darah kedaluwarsa») what went wrong right after the thing, by its passive or by the harm itself (never a
    negation: «tidak» there opens no predicate); 0 when none."""
    found = _words()
    if "yang" in words[:-1]:
        return words.index("yang") + 1
    return next((i for i in range(1, min(len(words), 4)) if words[i] in found["lower_predicates"]
                 and (words[i].startswith("di") or found["adverse"].match_at(words, i))), 0)


def harm_at(words: list[str]) -> int:
    """Where the harm the measured thing is in is said («kantong darah (yang) kedaluwarsa», «alat rusak»): the index
    of that word; 0 when the thing's predicate is none («temuan yang belum ditindaklanjuti» is a negation) or the
    words open with the event they count already («kejadian obat kedaluwarsa»)."""
    found = _words()
    at = _predicate_at(words)
    if not at or found["lower"].match_at(words, 0):
        return 0
    return at if words[at] in found["lower_predicates"] and found["adverse"].match_at(words, at) else 0


def time_available(words: list[str]) -> bool:
    """The words name a share of time a service is up («waktu layanan … dapat diakses (uptime)»): it should grow."""
    return not _words()["available"].isdisjoint(words)


def lower_is_better(words: list[str]) -> bool:
    """The measured words are better when lower: they open with it ("kematian ibu", "drop out imunisasi") or count
    what went wrong ("sampel yang ditolak", "klaim ditolak BPJS"). "Temuan … yang ditindaklanjuti" is a result that should grow; a time
    measure ("Rata-rata waktu … yang …") stays lower."""
    found = _words()
    opening = found["lower"].match_at(words, 0)
    at = _predicate_at(words)
    predicate = words[at] if at else ""
    if predicate in found["lower_predicates"] and not _spared_at(words, at):
        return True
    if opening == ("waktu",) and time_available(words):
        return False  # the share of time a service is up («… waktu layanan … dapat diakses (uptime)»)
    timed = opening == ("waktu",) or any(p.match_at(words, 0) for a, p in found["aspek"] if a is Aspek.waktu)
    return bool(opening) and (not predicate or timed)


def capaian_percent(value: float, target: float, trend: Trend) -> float | None:
    """A figure's capaian against its target, in percent, by the measure's trend; None for a zero target that can
    only be met or missed by a higher-is-better measure."""
    if target == 0:  # a zero-incident ceiling: met with none, missed by any (never over-achieved)
        return (100.0 if value == 0 else 0.0) if trend is Trend.lower else None
    if trend is Trend.lower:
        # polaritas negatif (knowledge/capaian.yaml): holding the ceiling is 100 %, beating it more, never below 0
        return max(0.0, (2 - value / target) * 100)
    return value / target * 100


def trend_of(draft: IkiDraft) -> Trend:
    analysis = analyse(draft)
    # What is measured opens the text: "Rata-rata waktu …", "Angka kematian …", "Jumlah temuan …". The same word
    # further on ("… diselesaikan tepat waktu") is a condition, not the measure.
    # A target written as a ceiling («<5%», «maks 3 hari») is lower-is-better whatever the measure's words.
    ceiling = analysis.target is not None and analysis.target.bound == "≤"
    if ceiling or lower_is_better(analysis.words) or lower_is_better(analysis.body):
        return Trend.lower
    if analysis.measure_class == "score":
        return Trend.yearly
    if analysis.target and analysis.target.value == 1 and is_one_off(draft):
        return Trend.once
    if analysis.measure_class == "count":
        return Trend.cumulative
    return Trend.rate


def looser_than_baseline(draft: IkiDraft) -> bool:
    """A rate whose target is below its baseline, or a lower-is-better measure whose target is above it: the plan
    would move the unit backwards (target ≤5% from a baseline of 2%). PermenPANRB 8/2021 sets targets from the
    baseline; a counted total or a yearly score has no level to hold."""
    baseline = parse_target(draft.baseline)  # first: most drafts have none (an audit's export never has one)
    if baseline is None:
        return False
    target = parse_target(draft.target)
    if target is None:
        return False
    trend = trend_of(draft)
    return (trend is Trend.rate and target.value < baseline.value) or (trend is Trend.lower and
                                                                         target.value > baseline.value)


def holds_baseline(draft: IkiDraft) -> bool:
    """A rate or a lower-is-better level whose target is its baseline (80% from 80%): the plan does not move all year.
    Allowed (a level kept is a result), but said, so it is a choice and not a slip (tester54 F17)."""
    baseline, target = parse_target(draft.baseline), parse_target(draft.target)
    return baseline is not None and target is not None and baseline.value == target.value \
        and trend_of(draft) in (Trend.rate, Trend.lower)


def is_one_off(draft: IkiDraft) -> bool:
    """A deliverable handed over in a quarter, not a running count or a rate: a count target of 1 ("1 dashboard",
    "1 Program"), or a deliverable noun ("Jumlah modul …", satuan NSPK). PRIMA asks the quarter it is due; a single
    one is in progress until then (Trend.once), a few are counted up to that quarter."""
    analysis = analyse(draft)
    target = analysis.target
    if target is None or target.is_percent or analysis.measure_class in ("percent", "score"):
        return False
    if _words()["lower"].match_at(analysis.words, 0) or _words()["lower"].match_at(analysis.body, 0):
        return False
    if target.value == 1:
        return True
    if target.value >= knowledge.data("rencana_aksi")["recurring_documents"]:
        return False  # «6 video», «12 laporan»: made through the year, counted each quarter, never due in one
    deliverables = _words()["deliverables"]
    return bool(deliverables.find(analysis.satuan)) or any(deliverables.match_at(analysis.head, i) for i in range(2))


def direction(draft: IkiDraft) -> str:
    """"≥" or "≤": as written with the target ("maks 5%"), else lower-is-better measures are ceilings."""
    target = analyse(draft).target
    if target and target.bound:
        return target.bound
    return "≤" if trend_of(draft) is Trend.lower else "≥"


def needs_baseline(draft: IkiDraft) -> bool:
    """A rate or a ceiling moves from where the unit stands now (PermenPANRB 8/2021 bases targets on baseline)."""
    return trend_of(draft) in (Trend.rate, Trend.lower)
