"""A realisasi as users type it, for one or several IKI at once: "IKI 1: 612 dari 680", "IKI 3 rata2 10 jam",
"IKI 2 sesuai catatan", "IP ASN 81", "Q2 numbers: IKI 1 99.7%, IKI 2 18 of 20", "TW 1 … IKI 5 belum ada".
Read once; record_answers keeps each figure through bot.year.capaian (which checks it). Words: knowledge/capaian.yaml."""

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from bot import knowledge
from bot.lang.dates import quarter_number, quarter_pattern
from bot.lang.numbers import format_number, parse_number, parse_target
from bot.lang.refs import iki_refs
from bot.lang.text import phrase_set, tokens
from bot.lang.values import fractions_in, spelled_out
from bot.models import IkiDraft, SkpDraft
from bot.rules.measures import Trend
from bot.year.capaian import capaian_of, check_realisasi, record, unit_of
from bot.year.complement import event_of, named_at
from bot.year.entry_numbers import time_unit
from bot.year.measure import measure_trend
from bot.year.models import RealisasiSource, YearError, YearState
from bot.year.periods import month_name, quarter_end, quarter_label
from bot.year.versions import iki_first_quarter
from bot.year.vocabulary import vocabulary

_NUMBER = r"\d+(?:[.,]\d+)*"  # "2,22", "1.745", "99.7"; not the full stop of "83."
_PERCENT = re.compile(rf"({_NUMBER})\s*(?:%|persen\b|percent\b)", re.IGNORECASE)
_VALUE = re.compile(rf"(?<![\w.,])({_NUMBER})(?![\w/])")


@dataclass(frozen=True)
class RealisasiAnswer:
    number: int  # the IKI, 1-based
    quarter: int | None = None  # when the text names one ("TW 3 IKI 2 = 800")
    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    from_logbook: bool = False  # "sesuai catatan": the quarter's logbook sum
    not_yet: bool = False  # "belum ada": zero for a count, nothing for the others
    pending: bool = False  # "blm keluar nilainya", "nyusul": a value not known yet, nothing kept for any measure
    yearly_later: bool = False  # "nanti akhir tahun"
    dash: bool = False  # "IKI 2 -": no figure this quarter (not zero, and not the next IKI's figure)
    since_start: bool = False  # "IKI 2 kumulatif 440": a count's running total, not the quarter's own figure
    percent: bool = False  # the figure was typed as a percentage («3%»)
    text: str = ""
    timed: str = ""  # the time unit said right after the figure ("4,2 hari"), if any
    in_progress: bool = False  # the work is said to be under way («msh proses, draft udh 60%»): a percent is progress


@knowledge.cached
def _result() -> re.Pattern:
    """«jadi 7,3%» after a fraction: its result as the user worked it out (capaian.yaml result_words)."""
    words = "|".join(re.escape(w) + (r"\b" if w[-1].isalnum() else "") for w in knowledge.data("capaian")["result_words"])
    return re.compile(rf"(?<!\w)(?:{words})\s*:?\s*({_NUMBER})\s*(?:%|persen\b|percent\b)", re.IGNORECASE)


@knowledge.cached
def _words() -> dict:
    return {key: phrase_set("capaian", key) for key in ("from_logbook", "not_yet", "zero", "pending", "yearly_later",
                                                        "since_start", "quarter_only", "time_units", "in_progress")} | \
        {"joiners": frozenset(knowledge.data("capaian")["joiners"])}


def _markers(text: str, skp: SkpDraft) -> list[tuple[int, int, int]]:
    """(start, end, IKI number) of every IKI named: "IKI 2", or an IKI's own short text ("IP ASN")."""
    found = [(m.start(), m.end(), int(m.group(1))) for m in iki_refs().finditer(text)]
    lowered = " ".join(tokens(text))
    for number, iki in enumerate(skp.iki, start=1):
        name = " ".join(tokens(iki.indikator))
        for short in (name, " ".join(name.split()[1:])):  # "nilai ip asn" and "ip asn"
            match = re.search(rf"(?:^|[,.;:\n]\s*|\bdan\s+){re.escape(short)}\b", text.lower()) if short else None
            if match and len(short) >= 4 and short in lowered:
                at = match.end() - len(short)
                found.append((at, match.end(), number))
                break
    return sorted(found)


def read_realisasi(text: str, skp: SkpDraft) -> list[RealisasiAnswer]:
    """Each IKI named in the text with what was said about it; a quarter named before an IKI holds for it and the
    IKI after it. A corrected figure ("31 dari 34 … maksudnya 460 dari 514") is the last one."""
    markers = _markers(text, skp)
    answers, quarter = [], None
    for k, (start, end, number) in enumerate(markers):
        stop = markers[k + 1][0] if k + 1 < len(markers) else len(text)
        before = text[markers[k - 1][1] if k else 0:start]
        segment = text[end:stop]
        for match in quarter_pattern().finditer(before):
            quarter = quarter_number(match.group(1))
        inside = quarter_pattern().search(segment)
        if inside and inside.start() < 8:  # "IKI 1 TW1: 98"
            quarter = quarter_number(inside.group(1))
            segment = segment[:inside.start()] + " " + segment[inside.end():]
        elif inside:
            segment = segment[:inside.start()]  # "… IKI 5 = 1 metode. sekalian isi TW 3 IKI 2": TW 3 is the next's
        answers.append(_answer(number, quarter, segment.strip(" :=,.;")))
    return _shared(answers)


def figures_pasted(text: str, skp: SkpDraft) -> bool:
    """«IKI 1: 160 pasien / IKI 2 78% / IKI 3 sesuai target»: lines (or parts) each opening with an IKI named, one or
    more giving a figure, none a field of the SKP with it («IKI 1 target 50» edits it) nor a word acting on the SKP
    («IKI 2 ajukan»): a quarter's realisasi pasted, whatever one line says that is no figure (tester53 P1-8: the whole
    paste was read as an instruction about the SKP)."""
    lines = [ln.strip() for ln in re.split(r"\n|\s/\s", text) if ln.strip()]
    if len(lines) < 2 or any(not iki_refs().match(ln) for ln in lines):
        return False
    words = knowledge.data("catatan_harian")
    fields, actions = set(words["skp_fields"]), set(words["skp_actions"])
    answers = read_realisasi(text, skp)
    figured = [a for a in answers if a.value is not None or a.numerator is not None or a.from_logbook]
    return bool(figured) and not any(set(tokens(a.text)) & fields for a in figured) \
        and not any(set(tokens(a.text)) & actions for a in answers)


def said_as_planned(text: str, skp: SkpDraft) -> bool:
    """«IKI 3 sesuai target»: every IKI named is said to be as planned, in words, with no figure (capaian.yaml
    as_planned): a realisasi whose figure is to be asked, never an instruction about the SKP."""
    answers = read_realisasi(text, skp)
    planned = phrase_set("capaian", "as_planned")
    return bool(answers) and iki_refs().match(text.strip()) is not None and all(
        a.value is None and a.numerator is None and not a.from_logbook and planned.find(tokens(a.text))
        for a in answers)


def figure_only(text: str) -> bool:
    """«87 dr 92 sinyal», «95%», «4 dari 4 KLB», «TW 1: 87/92»: a figure with no IKI named and at most
    capaian.yaml answer_words other words (what it counts), the shape of an answer to a quarter's realisasi prompt."""
    bare = quarter_pattern().sub(" ", text)
    found = next(fractions_in(bare), None) or _PERCENT.search(bare) or _VALUE.search(bare)
    if found is None or iki_refs().search(text):
        return False
    rest = tokens(_bound().sub(" ", bare[:found.start()] + " " + bare[found.end():]))  # «…, semua < 24 jam»
    return not any(ch.isdigit() for ch in " ".join(rest)) and len(rest) <= knowledge.data("capaian")["answer_words"]


def figure_spelled(text: str, skp: SkpDraft) -> bool:
    """«IKI 6: ninety percent», «IKI 2 delapan puluh tujuh persen»: one IKI named first and nothing after it but a
    figure in words (figure_only's shape once in digits): a realisasi, never a line of work (tester52 P1-9). A figure
    in digits is the line's kind's to judge (entry_kind)."""
    markers = _markers(text, skp)
    if len(markers) != 1 or text[:markers[0][0]].strip(" :=-"):
        return False
    rest = text[markers[0][1]:].strip(" :=,.;-")
    return not any(ch.isdigit() for ch in rest) and spelled_out(rest) != rest and figure_only(spelled_out(rest))


@knowledge.cached
def _bound() -> re.Pattern:
    """«< 24 jam», «kurang dari 24 jam», «dalam 2 hari»: the IKI's own time bound said beside its figure
    (catatan_harian.yaml not_duration_before and duration_units), no words of what the figure counts."""
    vocab = vocabulary()
    bounds = "|".join(re.escape(w) for w in sorted(vocab.not_duration_before, key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(vocab.duration_units, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{bounds})(?:\s+\w+)?\s*{_NUMBER}\s*(?:{units})\b", re.IGNORECASE)


def _shared(answers: list[RealisasiAnswer]) -> list[RealisasiAnswer]:
    """"IKI 2 sama IKI 4 pakai catatan": an IKI followed by nothing but a joining word takes the next one's reading."""
    joiners = _words()["joiners"]
    out = list(answers)
    for k in range(len(out) - 2, -1, -1):
        if not out[k].dash and set(tokens(out[k].text)) <= joiners:
            out[k] = replace(out[k + 1], number=out[k].number, quarter=out[k].quarter or out[k + 1].quarter)
    return out


_MONEY = re.compile(r"(?:\bRp\.?\s*)?(\d[\d.,]*)\s*(T|M|jt|juta|miliar|milyar|triliun)\b", re.IGNORECASE)
_SCALE = {"t": 1e6, "triliun": 1e6, "m": 1e3, "miliar": 1e3, "milyar": 1e3, "jt": 1.0, "juta": 1.0}  # in juta


def _money(segment: str) -> str:
    """"Rp 412 M dari pagu Rp 2,3 T" → "412000 dari 2300000": amounts in one unit, so their fraction is right."""
    def plain(match: re.Match) -> str:
        value = parse_number(match.group(1))
        return match.group(0) if value is None else f"{value * _SCALE[match.group(2).lower()]:.0f}"

    found = _MONEY.sub(plain, segment)
    return re.sub(r"\bdari\s+(?:pagu|anggaran|total)\s+", "dari ", found, flags=re.IGNORECASE) if found != segment \
        else segment


@knowledge.cached
def _replaced() -> re.Pattern:
    """«bukan 120» in «harusnya 140 bukan 120»: the figure put right (capaian.yaml `replaced`), left out of the reading."""
    words = "|".join(re.escape(w) for w in sorted(knowledge.data("capaian")["replaced"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})\s+{_NUMBER}\s*(?:%|persen\b)?", re.IGNORECASE)


def _answer(number: int, quarter: int | None, segment: str) -> RealisasiAnswer:
    segment = _replaced().sub(" ", _money(segment)).strip()
    if not any(ch.isdigit() for ch in segment):  # «delapan puluh tujuh persen», «ninety percent» (tester52 P1-9)
        segment = spelled_out(segment)
    words, said = tokens(segment), _words()
    if segment and not segment.strip("-–— "):
        return RealisasiAnswer(number, quarter, dash=True, text=segment)
    if said["from_logbook"].find(words):
        return RealisasiAnswer(number, quarter, from_logbook=True, text=segment)
    if said["yearly_later"].find(words):
        return RealisasiAnswer(number, quarter, yearly_later=True, text=segment)
    fractions = list(fractions_in(segment))
    if fractions:
        numerator, denominator = parse_number(fractions[-1].group(1)), parse_number(fractions[-1].group(2))
        result = _result().search(segment, fractions[-1].end())
        value = parse_number(result.group(1)) if result else None  # «…, jadi 7,3%»: the user's own result
        return RealisasiAnswer(number, quarter, value=value, numerator=numerator, denominator=denominator,
                               percent=value is not None, text=segment)
    percents = list(_PERCENT.finditer(segment))
    values = percents or list(_VALUE.finditer(segment))
    if values:
        value = parse_number(values[-1].group(1))
        before = segment[:values[-1].start()]
        if value is not None and (before.endswith("-") or before.rstrip().endswith("minus")):
            value = -value  # "-1 hari": kept as typed, so the check refuses it; "IKI 1 - 90%" is a separator
        after = tokens(segment[values[-1].end():])
        unit = said["time_units"].match_at(after, 0) if not percents and after else None
        return RealisasiAnswer(number, quarter, value=value, text=segment, percent=bool(percents),
                               since_start=bool(said["since_start"].find(words)), timed=" ".join(unit or ()),
                               in_progress=bool(said["in_progress"].find(words)))
    if said["pending"].find(words):
        return RealisasiAnswer(number, quarter, pending=True, text=segment)
    if said["zero"].find(words):  # «nihil»: the figure 0, whatever the measure
        return RealisasiAnswer(number, quarter, value=0.0, text=segment)
    if said["not_yet"].find(words) or said["in_progress"].find(words):  # «masih proses»: nothing delivered yet
        return RealisasiAnswer(number, quarter, not_yet=True, text=segment,
                               in_progress=bool(said["in_progress"].find(words)))
    return RealisasiAnswer(number, quarter, text=segment)


@dataclass(frozen=True)
class Outcome:
    number: int
    kept: bool
    message: str  # Indonesian: what was kept, or why not and what to do
    running: bool = False  # a count's quarter figure read as the quarter's alone while earlier quarters hold some
    unsplit: bool = False  # a running total kept whole for its quarter while every earlier quarter is empty
    refused: bool = False  # the figure itself refused in an ended quarter («3 dari 2»): typed again, it is put right
    unread: bool = False  # no figure read in what was said («IKI 3 sesuai target»): its figure asked


def record_answers(year: YearState, skp: SkpDraft, answers: list[RealisasiAnswer], quarter: int, today: date,
                   now: datetime) -> tuple[YearState, list[Outcome]]:
    """Each answer kept for its quarter (the one it names, else `quarter`), or refused with the reason; one IKI's
    refusal does not stop the others."""
    outcomes = []
    for answer in answers:
        if not 1 <= answer.number <= len(skp.iki):
            outcomes.append(Outcome(answer.number, False, f"IKI {answer.number} tidak ada; SKP Anda punya "
                                                          f"{len(skp.iki)} IKI."))
            continue
        iki, q = skp.iki[answer.number - 1], answer.quarter or quarter
        if answer.dash:
            outcomes.append(Outcome(answer.number, False, f"IKI {answer.number}: tanpa angka untuk "
                                                          f"{quarter_label(q)} («-»); isi nanti bila sudah ada."))
            continue
        if answer.pending:
            outcomes.append(Outcome(answer.number, False, f"IKI {answer.number}: nilainya belum keluar, jadi belum "
                                                          f"saya isi untuk {quarter_label(q)} dan tidak dicatat di "
                                                          f"logbook. Kirim «IKI {answer.number}: angkanya» bila sudah "
                                                          "ada."))
            continue
        if answer.yearly_later:
            outcomes.append(Outcome(answer.number, False, f"IKI {answer.number} diisi di akhir tahun (TW IV)."))
            continue
        if _progress_of_deliverable(answer, iki) and not _before_its_quarter(answer, iki, year, q, today):
            year, said = _in_progress(year, iki, answer, q, today, now)
            outcomes.append(Outcome(answer.number, True, said))
            continue
        wrong = [w for w in (_before_its_quarter(answer, iki, year, q, today), _not_its_measure(answer, iki)) if w]
        if wrong:  # «IKI 4: 3%» in January for a count: both said, each with what to type
            outcomes.append(Outcome(answer.number, False, f"IKI {answer.number}: " + " ".join(wrong)))
            continue
        value = answer.value
        if answer.not_yet:
            if measure_trend(iki) is not Trend.cumulative:
                outcomes.append(Outcome(answer.number, False, f"IKI {answer.number} belum ada realisasinya; "
                                                              "saya tanyakan lagi nanti."))
                continue
            value = 0.0
        earlier = earlier_total(year, iki, q, today) if measure_trend(iki) is Trend.cumulative else None
        if answer.since_start and earlier is not None and value is not None:
            if value < earlier:
                outcomes.append(Outcome(answer.number, False, f"IKI {answer.number}: total sejak Januari "
                                                              f"({format_number(value)}) lebih kecil dari yang sudah "
                                                              f"tercatat sebelum {quarter_label(q)} "
                                                              f"({format_number(earlier)}). Periksa lagi angkanya."))
                continue
            value = value - earlier  # the quarter's own figure
        if answer.timed and not _timed(iki):
            timed = [n for n, other in enumerate(skp.iki, 1) if _timed(other)]
            outcomes.append(Outcome(answer.number, False, f"IKI {answer.number} diukur dalam "
                                                          f"{unit_of(iki) or _measured_in(iki)}, bukan "
                                                          f"{answer.timed}; tidak saya simpan. Periksa nomor IKI-nya"
                                                          + (f" (yang diukur dalam waktu: "
                                                             f"{', '.join(f'IKI {n}' for n in timed)})." if timed
                                                             else ".")))
            continue
        event = _counted_event(answer, iki)
        if event and answer.numerator is None and not (answer.percent and unit_of(iki) == "%"):
            outcomes.append(Outcome(answer.number, False, f"IKI {answer.number} menghitung yang tanpa {event}, "
                                                          f"sedangkan angka Anda menghitung {event}; tulis berapa dari "
                                                          f"berapa, misalnya «IKI {answer.number}: {event} 9 dari "
                                                          "180», lalu saya hitung yang tanpa."))
            continue
        complemented = ""
        if event:  # «komplikasi 9 dari 180» for an IKI of those without: 171 dari 180, said so
            if answer.numerator is not None and answer.denominator is not None:
                complemented = (f" ({format_number(answer.numerator)} dari {format_number(answer.denominator)} "
                                f"mengalami {event}, jadi {format_number(answer.denominator - answer.numerator)} "
                                f"dari {format_number(answer.denominator)} tanpa {event})")
                answer = replace(answer, numerator=answer.denominator - answer.numerator)
                value = None  # a result typed beside the event's count («…, jadi 5%») is the event's, not kept
            else:
                complemented = f" ({format_number(value)}% mengalami {event}, jadi {format_number(100 - value)}% " \
                               f"tanpa {event})"
                value = 100 - value
        value, said_in = _in_its_time_unit(answer, iki, value)
        if value is None and said_in:
            outcomes.append(Outcome(answer.number, False, f"IKI {answer.number} diukur dalam {unit_of(iki)}, bukan "
                                                          f"{answer.timed}; tidak saya simpan. Tulis angkanya dalam "
                                                          f"{unit_of(iki)}, misalnya «IKI {answer.number} rata-rata "
                                                          f"2,5 {unit_of(iki).lower()}»."))
            continue
        if value is None and answer.numerator is None and not answer.from_logbook:
            said = f"«{answer.text}» belum terbaca sebagai angka, jadi belum saya simpan. " if answer.text else ""
            outcomes.append(Outcome(answer.number, False, f"IKI {answer.number}: {said}IKI {answer.number}: berapa "
                                                          "realisasinya? Tulis misalnya «612 dari 680», «94%» atau "
                                                          "«4,5 hari».", unread=True))
            continue
        before = next((r for r in year.realisasi if r.iki == iki.indikator and r.quarter == q), None)
        try:
            year = record(year, iki, q, today, now, value=value, numerator=answer.numerator,
                          denominator=answer.denominator,
                          source=RealisasiSource.logbook if answer.from_logbook else RealisasiSource.typed)
        except YearError as refused:
            ended = not check_realisasi(iki, q, today, in_year=year.performance_year(today))
            outcomes.append(Outcome(answer.number, False, f"IKI {answer.number}: {refused}", refused=ended))
            continue
        kept = next(r for r in year.realisasi if r.iki == iki.indikator and r.quarter == q)
        running = "" if not earlier else f" ({quarter_label(q)} saja; kumulatif sejak Januari " \
                                         f"{format_number(earlier + kept.value)}{_unit(iki)})"
        replaced = f" (sebelumnya {format_number(before.value)}{_unit(iki)})" \
            if before is not None and before.value is not None and before.value != kept.value else ""
        replaced = (f" (dari {said_in})" if said_in else "") + complemented + replaced
        replaced = ("" if complemented else _computed(answer, iki)) + replaced
        outcomes.append(Outcome(answer.number, True, f"IKI {answer.number} {quarter_label(q)}: "
                                                     f"{format_number(kept.value)}{_unit(iki)}{running}{replaced}",
                                running=bool(earlier) and not answer.since_start and not answer.from_logbook,
                                unsplit=answer.since_start and earlier is None
                                and q > iki_first_quarter(year, iki.indikator)
                                and measure_trend(iki) is Trend.cumulative))
    return year, outcomes


def _computed(answer: RealisasiAnswer, iki: IkiDraft) -> str:
    """« (3 dari 41)» after a percentage worked out from a fraction, so a wrong reading is seen (tester52 P1-8)."""
    if answer.numerator is None or answer.denominator is None or unit_of(iki) != "%":
        return ""
    return f" ({format_number(answer.numerator)} dari {format_number(answer.denominator)})"


def _counted_event(answer: RealisasiAnswer, iki: IkiDraft) -> str:
    """«komplikasi» when the IKI counts what is without it («… yang tidak mengalami komplikasi intradialisis») and the
    figure was typed beside that event with no negation before it («komplikasi 9 dari 180»): the figure counts the
    complement (capaian.yaml complement); empty otherwise."""
    event = event_of(iki.indikator)
    said = tokens(answer.text)
    if not event or event[0] not in said:
        return ""
    if named_at(said, event[:1]) is None:
        return ""  # «tanpa komplikasi 171 dari 180»: the IKI's own count
    return " ".join(event)


def _in_its_time_unit(answer: RealisasiAnswer, iki: IkiDraft, value: float | None) -> tuple[float | None, str]:
    """A time said in another unit than its IKI's («165 menit» for an IKI in jam): (the value in the IKI's unit, what
    was said) when capaian.yaml time_unit_minutes converts them, (None, what was said) when not (hari and jam);
    (value, "") when the unit is the IKI's or none was said."""
    ours = time_unit(iki)
    if not answer.timed or value is None or ours is None:
        return value, ""
    names = knowledge.data("capaian")["time_unit_names"]
    theirs = next((name for name, said in names.items() if answer.timed.lower() in said), None)
    if theirs is None or theirs == ours:
        return value, ""
    minutes = knowledge.data("capaian")["time_unit_minutes"]
    said = f"{format_number(value)} {answer.timed}"
    if theirs not in minutes or ours not in minutes:
        return None, said
    return round(value * minutes[theirs] / minutes[ours], 2), said


def _not_its_measure(answer: RealisasiAnswer, iki: IkiDraft) -> str | None:
    """A percentage typed for an IKI counted in something else («IKI 4: 3%» for «Jumlah kapal …»): what to type, its
    example never more than the IKI's whole target (60% of a target of 1 pedoman is no «60 pedoman»)."""
    unit = unit_of(iki)
    if not answer.percent or unit in ("%", "") or answer.value is None:
        return None
    target = parse_target(iki.target)
    example = answer.value if target is None or answer.value <= target.value else target.value
    return (f"IKI ini diukur dalam {unit}, bukan persen, jadi realisasinya jumlah {unit} yang tercapai; tulis misalnya "
            f"«IKI {answer.number}: {format_number(example)} {unit}». Persentase capaiannya saya hitung sendiri "
            "(/capaian).")


def _progress_of_deliverable(answer: RealisasiAnswer, iki: IkiDraft) -> bool:
    """A percentage said of work under way (capaian.yaml in_progress) for a deliverable counted in its own unit: a
    one-off, or a few handed over by an agreed quarter (1 pedoman, due TW II)."""
    unit, target = unit_of(iki), parse_target(iki.target)
    # «masih proses, modulnya blm jadi»: under way with no figure, its words the note (tester58 F15)
    told = answer.percent and answer.value is not None or answer.not_yet and answer.value is None
    if not (answer.in_progress and told) or unit in ("%", "") or target is None:
        return False
    trend = measure_trend(iki)
    return trend is Trend.once or (trend is Trend.cumulative and (bool(iki.triwulan_selesai) or target.value <= 1))


def _in_progress(year: YearState, iki: IkiDraft, answer: RealisasiAnswer, quarter: int, today: date,
                 now: datetime) -> tuple[YearState, str]:
    """Work in progress on a deliverable: 0 delivered in the quarter, its progress kept as the note (tester54 F9)."""
    progress = f"dalam proses, kemajuan {format_number(answer.value)}%" if answer.value is not None else \
        f"dalam proses: «{answer.text}»"
    year = record(year, iki, quarter, today, now, value=0.0, note=progress)
    return year, (f"IKI {answer.number} {quarter_label(quarter)}: 0{_unit(iki)} selesai ({progress}); belum dihitung "
                  f"sebagai {unit_of(iki)} sampai selesai. Bila sudah selesai, tulis «IKI {answer.number}: "
                  f"{format_number(parse_target(iki.target).value)} {unit_of(iki)}».")


def _before_its_quarter(answer: RealisasiAnswer, iki: IkiDraft, year: YearState, quarter: int,
                        today: date) -> str | None:
    """A figure typed with no quarter named before any quarter of the performance year has ended (January of the
    SKP's first year): there is no realisasi to fill yet, so say when it is filled and where done work goes."""
    measured = year.performance_year(today)
    if answer.quarter is not None or today >= quarter_end(measured, quarter):
        return None
    first, unit = quarter_end(measured, 1), unit_of(iki)
    example = f", misalnya «/catat selesai {format_number(answer.value)} {unit}»" \
        if answer.value is not None and unit not in ("%", "") and not answer.percent else ""
    return (f"belum ada triwulan {measured} yang berakhir, jadi belum ada realisasi yang diisi; realisasi "
            f"{quarter_label(1)} diisi setelah {first.day} {month_name(first.month)} {first.year} dan saya akan "
            f"mengingatkan. Pekerjaan yang sudah selesai catat dengan /catat: apa yang dikerjakan dan jumlahnya"
            f"{example}.")


def _timed(iki: IkiDraft) -> bool:
    """Whether the IKI is measured in time: its unit is one («hari kerja», «jam»)."""
    return _words()["time_units"].match_at(tokens(unit_of(iki)), 0) is not None


def earlier_total(year: YearState, iki: IkiDraft, quarter: int, today: date) -> float | None:
    """What a count IKI's quarters before this one hold (typed, or summed from the logbook); None when none does."""
    found = [f.value for f in capaian_of(iki, 0, year, today).quarters if f.quarter < quarter and f.value is not None]
    return float(sum(found)) if found else None


def _measured_in(iki) -> str:
    """What an IKI no unit follows the number of is measured in, as a sentence names it: «nilai» for a satuan that is
    its measure word (capaian.unit_of says none after a number), else «satuannya sendiri»."""
    return " ".join(tokens(iki.satuan or "")) or "satuannya sendiri"


def _unit(iki) -> str:
    unit = unit_of(iki)
    return "%" if unit == "%" else f" {unit}" if unit else ""
