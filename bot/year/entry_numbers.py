"""Numbers in a logbook line: how long the work took ("2 jam", "1,5 jam") and a quantity for a count IKI — only
when the line counts the same thing the IKI counts ("12 berkas" toward "Jumlah berkas …") and, when the IKI counts
a result in its final state ("… yang terbit", "… yang ditandatangani"), only when the line says that state."""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot import knowledge
from bot.lang.numbers import parse_number, parse_target
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.words import is_indonesian_word, stem
from bot.models import IkiDraft
from bot.rules.language import english_words
from bot.rules.lexicon import region_words
from bot.rules.measures import Trend, trend_of
from bot.skp.rhk import result_parts
from bot.year.brackets import brackets
from bot.year.complement import event_of, kept_as_planned, named_at, not_done_at
from bot.year.entry_dates import When, slash_dated, stretch_days
from bot.year.line import CLAUSE_MARKS, Line, line
from bot.year.measure import as_indonesian
from bot.year.own_correction import put_right
from bot.year.respell import respelled
from bot.year.terms import english_said, terms, text_terms
from bot.year.vocabulary import config as vocabulary_config
from bot.year.vocabulary import learning_events, vocabulary


@dataclass(frozen=True)
class Number:
    value: float
    at: int  # token position
    clause: tuple[int, int]  # the token range of its clause


@dataclass(frozen=True)
class Counted:
    """What a count IKI counts: the thing (its satuan and the head of its result), the rest of the result's words,
    and the final state it must reach ("terbit", "ditandatangani"), if any."""

    things: frozenset[str]
    subject: frozenset[str]
    final: frozenset[str]
    partners: frozenset[str] = frozenset()  # «PKS dengan pemda atau BUMN»: only those partners' count
    written: frozenset[str] = frozenset()  # the satuan's words and the result's head as written («permohonan»)
    events: frozenset[str] = frozenset()  # «tenaga … terlatih» in «orang»: the learning event whose participants it counts
    objects: frozenset[str] = frozenset()  # «sertifikat hasil kalibrasi alat kesehatan»: what the work is done to
    words: tuple[str, ...] = ()  # the satuan's and the result's words as written, in order: what a shorthand spells
    work: frozenset[str] = frozenset()  # «yang diperiksa … dan diterbitkan SSCEC»: the work before the final state


_JOINED = re.compile(r"(\d+(?:[.,]\d+)?)([a-z]+)")  # "4h", "30mnt"
_HOURS_MINUTES = re.compile(r"(\d+)([a-z]+)(\d+)([a-z]+)")  # "2h30m", "1jam30mnt"
_CLOCK = re.compile(r"([01]?\d|2[0-4])\.([0-5]\d)")  # "08.00", "7.30": a time of day


def _value(token: str) -> float | None:
    return parse_number(token)


def _is_ordinal(ln: Line, i: int, w: When | None = None) -> bool:
    """"ke-81", "hari ke-2": a position, not a count; so is «hari 1 reviu kurikulum …» (day one of the work): a number
    after a word of counting.day_before opening its clause, past the line's date."""
    if i >= 2 and ln.toks[i - 1] == "-" and ln.toks[i - 2] in ("ke", "hari"):
        return True
    opened = i < 2 or ln.kinds[i - 2] == "mark" or (w is not None and w.span[0] <= i - 2 < w.span[1])
    return i >= 1 and ln.toks[i - 1] in _counting()["day_before"] and opened


def _time_of_day(ln: Line, i: int) -> bool:
    """The number at i right after a clock word («jam 7.30 pagi», «pkl 9»): a time of day; not when that word is the
    unit of a duration before it («vaksin 3 jam 120 jemaah»)."""
    return i >= 1 and ln.toks[i - 1] in vocabulary_config()["clock_hours"]["words"] and \
        not (i >= 2 and ln.kinds[i - 2] == "num")


def durations(ln: Line) -> list[tuple[int, int]]:
    """(token position, minutes) of each duration: "2 jam", "1,5 jam", "30 menit", "3 hours", "4h", "2h30m",
    "setengah jam", "half an hour"; not "rata2 < 12 jam" nor "dalam 2 hari", which measure the IKI's time. The unit
    is the next token, unless the number carries it ("4h"). "1 jam 30 menit" is one duration of 90 minutes; its
    minutes' number is listed with 0 (a duration's number all the same, never a count)."""
    return [(at, minutes) for at, _, _, minutes in duration_spans(ln)]


def duration_spans(ln: Line) -> list[tuple[int, int, int, int]]:
    """(number's position, start, end, minutes) of each duration, start and end its words' token range: a bound that
    opens its own clause («…, kurang dr 2 jam») says how long the work itself took, and its words are the duration's
    (knowledge/catatan_harian.yaml duration_bound_openers); the same bound after other words («semua selesai kurang dr 2
    jam») measures the IKI's time and is none."""
    vocab = vocabulary()
    found: list[tuple[int, int, int, int]] = []
    last_end = -1  # the token after the last duration found: minutes right there add to its hours
    clocked = 0  # the token after the last range of times of day
    for i, (tok, kind) in enumerate(zip(ln.toks, ln.kinds)):
        if i < clocked:
            continue
        clock = _clock_range(ln, i)
        if clock is not None:
            # «08.00-10.30 PM AC split», «18.00-06.00 HLC»: the hours the work took, through midnight too; the end's
            # number is the duration's as well (listed with 0 minutes), never a count
            end_at, minutes = clock
            found += [(i, i, end_at + 1, minutes), (end_at, end_at, end_at + 1, 0)]
            clocked = end_at + 1
            continue
        start = _own_bound_start(ln, i)
        if start is None and {ln.toks[j] for j in range(max(0, i - 3), i)} & vocab.not_duration_before:
            continue
        if i and ln.toks[i - 1] in vocabulary_config()["interval_before"]:
            continue  # «ganti IV line tiap 72 jam»: how often a routine recurs, no length of the work
        start = i if start is None else start
        worded = _duration_phrases().match_at(ln.toks, i) if kind == "word" else None
        if worded:
            found.append((i, start, i + len(worded), _duration_phrases_minutes()[" ".join(worded)]))
            last_end = i + len(worded)
            continue
        both = _HOURS_MINUTES.fullmatch(tok) if kind == "alnum" else None
        units = vocabulary_config()["compound_duration_units"]
        if both and both.group(2) in units["hours"] and both.group(4) in units["minutes"]:
            found.append((i, start, i + 1, int(both.group(1)) * 60 + int(both.group(3))))
            continue
        joined = _JOINED.fullmatch(tok) if kind == "alnum" else None
        number, unit = (joined.group(1), joined.group(2)) if joined else \
            (tok, ln.toks[i + 1] if i + 1 < len(ln.toks) else "")
        if (kind != "num" and not joined) or unit not in vocab.duration_units:
            continue
        value = _value(number)
        if value is None:
            continue
        minutes = round(value * vocab.duration_units[unit])
        end = i + (1 if joined else 2)
        if end < len(ln.toks) and ln.toks[end] in vocab.not_duration_after:
            continue  # «tim turun 18 jam stlh laporan»: when, after the report, not how long the work took
        if i == last_end and found and vocab.duration_units[unit] == 1 and found[-1][3] % 60 == 0:
            at, first, _, hours = found[-1]
            found[-1] = (at, first, end, hours + minutes)
            found.append((i, i, end, 0))
        else:
            found.append((i, start, end, minutes))
        last_end = end
    return found


def time_bound(ln: Line) -> bool:
    """«all delivered < 30 min», «semua <24 jam», «selesai dalam 2 jam»: a number of a unit of time right after a
    word bounding it (not_duration_before), not opening its own clause: a time the work was held to, no duration."""
    vocab = vocabulary()
    return any(k == "num" and i + 1 < len(ln.toks) and ln.toks[i + 1] in vocab.duration_units
               and {ln.toks[j] for j in range(max(0, i - 3), i)} & vocab.not_duration_before
               and _own_bound_start(ln, i) is None for i, k in enumerate(ln.kinds))


def hours_told(ln: Line) -> bool:
    """«07.30-12.00 periksa 56 sampel», «08.00 sampai 10.30 rapat»: the line names the hours the work took."""
    return any(_clock_range(ln, i) is not None for i in range(len(ln.toks)))


def _clock_range(ln: Line, i: int) -> tuple[int, int] | None:
    """A range of two times of day from token i («08.00-10.30», «8.00 sampai 10.30»; catatan_harian.yaml date_range
    joiners): the end time's position and the minutes between them, through midnight when the end is earlier."""
    start = _CLOCK.fullmatch(ln.toks[i]) if ln.kinds[i] == "num" else None
    hours = vocabulary_config()["clock_hours"]
    bare = start is None and i > 0 and ln.toks[i - 1] in hours["words"] and _hour(ln, i) is not None
    if bare:  # «dr jam 8 sampe 12», «jam 6 sore sampe 6 pagi»
        start = _CLOCK.fullmatch(f"{ln.toks[i]}.00")
    after = i + 1 + (bare and i + 1 < len(ln.toks) and ln.toks[i + 1] in hours["afternoon"] + hours["morning"])
    joiners = vocabulary_config()["date_range"]["joiners"]
    dash = start is not None and after < len(ln.toks) and ln.kinds[after] == "mark" and ln.toks[after] in joiners
    joiner = (ln.toks[after],) if dash else \
        phrase_set("catatan_harian", "date_range", "joiners").match_at(ln.toks, after) if start else None
    at = after + len(joiner) if joiner else None
    if bare and at is not None and at < len(ln.toks) and ln.toks[at] in hours["words"]:
        at += 1  # «… sampe jam 12»
    end = _CLOCK.fullmatch(ln.toks[at]) if at is not None and at < len(ln.toks) and ln.kinds[at] == "num" else None
    if end is None and bare and at is not None and at < len(ln.toks) and _hour(ln, at) is not None:
        end = _CLOCK.fullmatch(f"{ln.toks[at]}.00")
    if end is None:
        return None
    first = _day_part(ln, i, int(start.group(1))) if bare else int(start.group(1))
    last = _day_part(ln, at, int(end.group(1))) if bare else int(end.group(1))
    told = at + 1 < len(ln.toks) and ln.toks[at + 1] in hours["afternoon"] + hours["morning"]
    if bare and not told and last < first < last + 12:
        last += 12  # «jam 7 malam sampai jam 11»: the end in the start's half of the day
    minutes = (last * 60 + int(end.group(2))) - (first * 60 + int(start.group(2)))
    return at, minutes if minutes > 0 else minutes + 24 * 60


def _hour(ln: Line, i: int) -> int | None:
    """The bare hour at i («8» of «jam 8»), 0 to 24."""
    tok = ln.toks[i]
    return int(tok) if ln.kinds[i] == "num" and tok.isdigit() and int(tok) <= 24 else None


def _day_part(ln: Line, i: int, hour: int) -> int:
    """The hour at i set in the day by the word after it («6 sore»: 18); as written otherwise."""
    part = ln.toks[i + 1] if i + 1 < len(ln.toks) else ""
    return hour + 12 if part in vocabulary_config()["clock_hours"]["afternoon"] and hour < 12 else hour


def _own_bound_start(ln: Line, i: int) -> int | None:
    """Where a bound opening its own clause just before token i starts («, kurang dr 2 jam»: at «kurang»)."""
    at = ln.phrase_start_before(i, _bound_openers())
    return at if at is not None and (at == 0 or ln.toks[at - 1] in CLAUSE_MARKS) else None


@knowledge.cached
def _bound_openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.lower().split()) for p in vocabulary_config()["duration_bound_openers"])


@knowledge.cached
def _duration_phrases_minutes() -> dict[str, int]:
    return {" ".join(tokens(k)): int(v) for k, v in vocabulary_config()["duration_phrases"].items()}


@knowledge.cached
def _duration_phrases() -> PhraseSet:
    return PhraseSet(_duration_phrases_minutes())


def duration_minutes(ln: Line) -> int | None:
    found = durations(ln)
    return found[0][1] if found else None


def _label_total(ln: Line, i: int) -> bool:
    """«sesi 4 dari 8», «session 4 of 8»: the number after a word of a whole (rate_of) right after a label's number
    (not_count_before) is how many the label runs to, no count of work done."""
    of = set(vocabulary_config()["rate_of"])
    return i >= 3 and ln.toks[i - 1] in of and ln.kinds[i - 2] == "num" and \
        ln.word_before(i - 2) in vocabulary().not_count_before


def _with_partners(ln: Line, i: int) -> bool:
    """A number in the list of partners after "dgn", "bersama" … up to the sentence's previous comma."""
    j = i - 1
    while j >= 0 and ln.toks[j] not in (",", ".", ";", ":"):
        if ln.toks[j] in vocabulary().partner_markers:
            return True
        j -= 1
    return False


_GROUP_WORDS = 2  # words naming the groups between their count and «@» («2 kelas @25», «3 angkatan masing2 20»)


def _groups_times_each(ln: Line, numbers: list[Number]) -> float | None:
    """«2 kelas @25 org»: a count right after a word of each (counting.each_before), the count of the groups standing
    before it in its clause with at most _GROUP_WORDS words between: the groups times what each holds."""
    each = _counting()["each_before"]
    for n in numbers:
        if n.at == 0 or ln.toks[n.at - 1] not in each:
            continue
        groups = [m for m in numbers if m.clause == n.clause and m.at < n.at - 1 and
                  n.at - 1 - m.at - 1 <= _GROUP_WORDS and all(k == "word" for k in ln.kinds[m.at + 1:n.at - 1])]
        if groups:
            return groups[-1].value * n.value
    return None


def _after_total(ln: Line, at: int) -> bool:
    """The number at `at` follows a word summing the line's counts («jadi», «total») or an «=» typed for one («18 pasang
    = 36 org»: counting.total_before)."""
    words = _counting()["total_before"]
    return ln.word_before(at) in words or at > 0 and ln.toks[at - 1] in words


def counts(ln: Line, w: When, regions: frozenset[str] = frozenset()) -> list[Number]:
    """Numbers that count something: not the date, a percentage, a duration, a label ("lt 5", "batch 3", "TW 2"),
    an ordinal or a year; not where the work was done («di 2 kabupaten»), unless the region is among `regions`, the
    things a count IKI counts («di 5 kab/kota» toward «Jumlah kab/kota yang didampingi …»)."""
    vocab = vocabulary()
    skip = set(range(*w.span)) | {i for i, _ in durations(ln)}
    clauses = ln.clauses()
    out = []
    for i, (tok, kind) in enumerate(zip(ln.toks, ln.kinds)):
        if kind != "num" or i in skip or _is_ordinal(ln, i, w):
            continue
        after = ln.toks[i + 1] if i + 1 < len(ln.toks) else ""
        if after in vocab.not_count_units or ln.word_before(i) in vocab.not_count_before or _label_total(ln, i):
            continue
        if ln.word_before(i) in vocabulary_config()["interval_before"] and after in vocab.duration_units:
            continue  # «tiap 72 jam»: how often a routine recurs, no count
        if ln.word_before(i) in _counting()["remaining_before"]:
            continue  # "tinggal 30 berkas": what is left, not what was done
        if _time_of_day(ln, i):
            continue  # «jam 7.30 pagi», «pkl 9»: a time of day, never a count
        if 0 < i and ln.kinds[i - 1] == "word" and i + 1 < len(ln.toks) and ln.kinds[i + 1] == "num":
            continue  # «bukti potong PPh 21 1.050 lembar»: a number between a name and the count is the name's own
        if ln.word_before(i) in _counting()["school_levels"] and \
                not (after in _people() or after in _counting()["counters"] or _kinds_named([after])):
            continue  # «SMAN 8», «SD 05 batal»: the school's own number; «guru SD 40 org» counts people
        clause = next(((a, b) for a, b in clauses if a <= i < b), (i, i + 1))
        if set(ln.toks[max(clause[0], i - 2):i]) & _counting()["unfinished_before"]:
            continue  # "masih draf 1 kajian": a count not done yet is no result
        if after in _counting()["unfinished_after"]:
            continue  # «paraf 30 draft sertifikat»: drafts of the thing, none of it issued
        if ln.word_before(i) in vocab.location_markers and after in region_words() and after not in regions:
            continue  # "supervisi 4 puskesmas di 2 kabupaten": where, not what
        if _with_partners(ln, i):
            continue  # "rapat dgn dinkes jatim & 5 kab terdampak": who took part
        if len(tok) == 4 and tok.startswith(("19", "20")) and after not in regions:
            continue  # a year, unless the IKI's own thing follows it: «periksa 2000 sampel» (tester48 P1-9)
        value = _value(tok)
        clause = next(((a, b) for a, b in clauses if a <= i < b), (i, i + 1))
        if any(t in vocab.commitment and ln.word_before(j) not in vocab.negations
               for j, t in enumerate(ln.toks[i + 1:clause[1]], start=i + 1)):
            continue  # "3 kab sepakat lengkapi": a promise, not a result («… belum sepakat» promises nothing)
        if value is not None:
            out.append(Number(value, i, clause))
    return out


def _money_or_credit(ln: Line, i: int, iki: IkiDraft) -> bool:
    """The number at i is an amount of money (after a currency, marks between: «rp. 1,2 jt»; glued to it: «rp450»;
    before a word of money) or a learning credit (catatan_harian.yaml learning_credits: «16 JPL»), and the IKI counts
    neither (its satuan and text name no money: «juta rupiah»; no credit: «JPL», «jam pelajaran»)."""
    own = set(tokens(f"{iki.indikator} {iki.satuan or ''}"))
    money = _counting()["money_before"] | _counting()["money_after"]
    if not own & money:
        j = i - 1
        while j >= 0 and ln.kinds[j] == "mark" and i - j <= 2:
            j -= 1
        before = ln.toks[j] if j >= 0 else ""
        if before in money or any(re.fullmatch(rf"{m}\d+", before) for m in _counting()["money_before"]) or \
                (i + 1 < len(ln.toks) and ln.toks[i + 1] in _counting()["money_after"]):
            return True
    if any(all(w in own for w in c) for c in _credits()):
        return False
    return any(tuple(ln.toks[i + 1:i + 1 + len(c)]) == c for c in _credits())


@knowledge.cached
def _credits() -> tuple[tuple[str, ...], ...]:
    """learning_credits as tokens («jam pelajaran»)."""
    return tuple(tuple(tokens(str(c))) for c in vocabulary_config()["learning_credits"])


def counted(iki: IkiDraft) -> Counted | None:
    """What the IKI counts, or None when it is no count (a percentage, a time, a score)."""
    iki = as_indonesian(iki)  # «Number of applications …» counts applications
    if trend_of(iki) is not Trend.cumulative:
        return None
    subject, predicate = result_parts(iki.indikator)
    things = set(text_terms(subject)[:1]) | set(text_terms(iki.satuan or ""))
    vocab = vocabulary()
    predicate_words = [w.lower() for w in predicate.split()]
    final, first_final = set(), None
    for i in range(len(predicate_words)):
        phrase = vocab.final_states.match_at(predicate_words, i)
        if phrase:
            final |= set(terms(list(phrase)))
            first_final = i if first_final is None else first_final
            # «yang berhasil terintegrasi», «… berhasil terhubung dan terintegrasi»: success said of the stative ter-
            # words after it; the line saying such a state («sdh terintegrasi») reaches it as «berhasil» does
            # (linking37)
            if set(phrase) <= vocab.success:
                final |= set(terms(_states_after(predicate_words, i + len(phrase))))
    # «kapal yang diperiksa sanitasinya dan diterbitkan SSCEC»: the IKI names its own work before the final state,
    # joined by «dan»; a line telling that work («periksa sanitasi 35 kapal») counts toward it (tester19 #2)
    before_final = predicate_words[:first_final] if first_final else []
    work = {stem(w) for w in before_final if w.startswith("di") and len(w) > 4 and w.isalpha()} \
        if "dan" in before_final else set()
    head = [w for w in tokens(subject) if w.isalpha()][:2]
    written = {w for w in tokens(iki.satuan or "") if w.isalpha()} | set(head[:1])
    # «surat keterangan layak etik (ethical clearance)», «Pos Upaya Kesehatan Kerja (Pos UKK)»: what the brackets
    # after the counted thing spell out or name is the counted thing too, and so is each name they list
    # («dokumen mutu (SPO, instruksi kerja)»)
    for bracket in brackets(subject):
        things |= set(text_terms(bracket.text))
        for part in bracket.names:
            things |= set(text_terms(part)[:1])
            written |= set(tokens(part)[:1])  # «(PAK)»: an acronym spelt like a function word
    if len(head) > 1 and head[0] in _counting()["containers"]:  # «spesimen nyamuk»: «120 nyamuk» counts it
        written.add(head[1])
        things |= set(terms(head[1:]))
    people = set(vocabulary_config()["participant_nouns"])
    events = set(text_terms(iki.indikator)) & _learning_terms() if (things | written) & people else set()
    return Counted(frozenset(things), frozenset(text_terms(subject)), frozenset(final), _partners(subject.split()),
                   frozenset(written), frozenset(events), _objects(subject, things | written),
                   tuple(w for w in tokens(f"{subject} {iki.satuan or ''}") if w.isalpha()), frozenset(work))


def _stative(word: str) -> bool:
    """A stative ter- word («terintegrasi», «terverifikasi»), as success_words reads one."""
    return word.startswith("ter") and len(word) > 6 and word.isalpha()


def _states_after(words: list[str], at: int) -> list[str]:
    """The stative words from `at` on, joined by a word of and (counting.sum_joiners: «terhubung dan
    terintegrasi»)."""
    found = []
    while at < len(words) and _stative(words[at]):
        found.append(words[at])
        at += 2 if at + 2 < len(words) and words[at + 1] in _counting()["sum_joiners"] else 1
    return found


def _objects(subject: str, counted_things: set[str]) -> frozenset[str]:
    """The things the work is done to whose result the IKI counts: the terms after «hasil» in its result
    («sertifikat hasil kalibrasi alat kesehatan»: kalibrasi, alat kesehatan and alat), past the counted thing."""
    words = tokens(subject)
    at = next((i for i, w in enumerate(words) if w in _counting()["result_of"]), None)
    if at is None:
        return frozenset()
    found = set(text_terms(" ".join(words[at + 1:])))
    found |= {t for term in found if " " in term for t in text_terms(term.split()[0])}  # «alat» of «alat kesehatan»
    return frozenset(found - counted_things)


@knowledge.cached
def _counting() -> dict:
    data = vocabulary_config()["counting"]
    return {"remaining_before": frozenset(data["remaining_before"]), "backlog_after": frozenset(data["backlog_after"]),
            "unfinished_before": frozenset(data["unfinished_before"]), "amount_words": frozenset(data["amount_words"]),
            "containers": frozenset(data["containers"]), "own_share_before": frozenset(data["own_share_before"]),
            "part_of_those": frozenset(data["part_of_those"]), "total_before": frozenset(data["total_before"]),
            "each_before": frozenset(data["each_before"]),
            "counters": frozenset(data["counters"]), "measure_units": frozenset(data["measure_units"]),
            "day_before": frozenset(data["day_before"]), "one_words": frozenset(data["one_words"]),
            "both_words": frozenset(data["both_words"]), "money_before": frozenset(data["money_before"]),
            "money_after": frozenset(data["money_after"]),
            "correction_particles": frozenset(data["correction_particles"]),
            "result_of": frozenset(data["result_of"]), "list_joiners": frozenset(data["list_joiners"]),
            "done_before_state": frozenset(data["done_before_state"]),
            "observed_wholes": frozenset(data["observed_wholes"]),
            "unfinished_after": frozenset(data["unfinished_after"]),
            "kinds": [PhraseSet(row[1:]) for row in data["kinds"]],
            "named_places": {word: row[0] for row in data["named_places"] for word in row[1:]},
            "sum_joiners": frozenset(data["sum_joiners"]), "school_levels": frozenset(data["school_levels"]),
            "kind_heads": [{row[0], *terms(tokens(row[0]))} for row in data["kinds"]],
            "final_acts": {term: PhraseSet(words) for state, words in data["final_acts"].items()
                           for term in terms(tokens(state))}}


@knowledge.cached
def _learning_terms() -> frozenset[str]:
    return frozenset(t for phrase in learning_events() for t in text_terms(str(phrase)))


def _names_between(ln: Line, start: int, end: int, after_count: bool = False, counter_kinds: bool = True) -> set[str]:
    """What the words from start to end name: their terms, the words as written, and what a kind of thing among
    them is called («6 mikropipet» names alat, «14 dossier» permohonan). after_count: the words follow a count, whose
    kind starts at its first word or past a bare counter («6 unit infus pump»), never past another noun («60 siswa
    SMAN 8» are siswa, no sekolah); an English noun comes after the words qualifying it («25 puskesmas staff»).
    counter_kinds: a kind whose name is a bare counter («3 poli» of unit) is named too."""
    words = _words_between(ln, start, end)
    head_first = after_count and not english_words(ln.text)
    starts = len(words) if not head_first else 2 if words[:1] and words[0] in _counting()["counters"] else 1
    # «60 instrument sets»: an English line's words read as the Indonesian they stand for, plurals as one; a kind's
    # name that starts among the words may run past them («3 bed side monitor»); an English noun in any line as the
    # Indonesian words it stands for («210 files»: berkas, «30 participants»: peserta)
    said = [w for word in words for w in english_said(word)]
    # «Trained 30 nurses»: the kind an English word names read from the Indonesian it stands for (perawat: tenaga
    # kesehatan)
    return set(terms(words, bool(english_words(ln.text)))) | set(words) | set(said) | set(terms(said)) | \
        _kinds_named(_words_between(ln, start, max(end, start + _KIND_WORDS)), starts, counter_kinds) | \
        (_kinds_named(said, None, counter_kinds) if said != words else set())


def other_partners(ln: Line, w: When, iki: IkiDraft) -> bool:
    """The IKI counts things with named partners and every number of the line counts them with other partners
    («ttd 2 PKS dgn RS swasta» toward «Jumlah PKS dengan pemda atau BUMN …»): the line's count is of the IKI's kind of
    thing, only not of its partners."""
    target = counted(iki)
    numbers = counts(ln, w)
    return bool(target and target.partners and numbers) and \
        not any(_same_partners(ln, n, target.partners) for n in numbers)


def _partners(words: list[str]) -> frozenset[str]:
    """The terms after a partner word («dengan», «dgn», «bersama»), up to the clause's end."""
    low = [w.lower().strip(",.;:") for w in words]
    at = next((i for i, w in enumerate(low) if w in vocabulary().partner_markers), None)
    return frozenset(terms(low[at + 1:])) if at is not None else frozenset()


def time_unit(iki: IkiDraft) -> str | None:
    """An average time IKI's unit as knowledge/capaian.yaml names it («menit» for «… ≤ 5 Menit»); None otherwise."""
    target = parse_target(iki.target)
    unit = tokens(iki.satuan or (target.unit if target else "") or "")
    names = knowledge.data("capaian")["time_unit_names"]
    return next((name for name in names if unit and (said := phrase_set("capaian", "time_unit_names", name))
                 and said.match_at(unit, 0) and len(said.match_at(unit, 0)) == len(unit)), None)


def reported_time(ln: Line, w: When, iki: IkiDraft) -> float | None:
    """An average time IKI's figure in the line, in its own unit («respon time rata2 5,5 mnt» toward «Rata-rata waktu
    tanggap … ≤ 5 menit»): the line's one number followed by that unit, outside its date; None otherwise."""
    unit = time_unit(iki)
    if unit is None:
        return None
    said = phrase_set("capaian", "time_unit_names", unit)
    skip = set(range(*w.span))
    found = [value for i, (tok, kind) in enumerate(zip(ln.toks, ln.kinds))
             if kind == "num" and i not in skip and said.match_at(ln.toks, i + 1) and (value := _value(tok)) is not None]
    return found[0] if len(found) == 1 else None


def reported_value(ln: Line, w: When, iki: IkiDraft) -> float | None:
    """A percentage IKI's figure in the line («survei jentik di buffer area, HI 3%» toward «Indeks House Index …
    ≤ 5%»): the line's one percentage outside its date; None when the IKI is no percentage, or the line holds none
    or several. Counted toward nothing: the quarter's realisasi may take the latest (bot.year.capaian)."""
    target = parse_target(iki.target)
    if not ((target and target.is_percent) or (iki.satuan or "").strip() == "%"):
        return reported_time(ln, w, iki)
    percent = set(knowledge.data("numbers")["percent"])
    skip = set(range(*w.span))
    found = [value for i, (tok, kind) in enumerate(zip(ln.toks, ln.kinds))
             if kind == "num" and i not in skip and i + 1 < len(ln.toks) and ln.toks[i + 1] in percent
             and (value := _value(tok)) is not None]
    if found:
        return found[0] if len(found) == 1 else None
    rate = reported_rate(ln, w, iki)
    return round(rate[0] / rate[1] * 100, 1) if rate else None


def reported_rate(ln: Line, w: When, iki: IkiDraft) -> tuple[float, float] | None:
    """A rate toward a percentage IKI as (numerator, denominator): «17 dari 20 perawat patuh», «17/20 patuh», or two
    counts in two clauses, the ones examined then the part that met the IKI («audit cuci tangan 20 perawat, 17
    patuh» toward «Persentase kepatuhan perawat …»: each number followed by one of the IKI's words). None when the
    IKI is no percentage, or the line holds no such pair or a part above its whole."""
    target = parse_target(iki.target)
    if not ((target and target.is_percent) or (iki.satuan or "").strip() == "%"):
        return None
    skip = set(range(*w.span))
    of = set(vocabulary_config()["rate_of"])
    own = set(text_terms(iki.indikator))
    # «5 sertifikat SSCEC» names the thing of «sertifikat sanitasi kapal (SSCEC)» by its head word (tester56 F15)
    own |= {term.split()[0] for term in own if " " in term}
    pairs = []
    for i, (tok, kind) in enumerate(zip(ln.toks, ln.kinds)):
        if i in skip:
            continue
        if kind == "slash" and len(parts := tok.split("/")) == 2 and not slash_dated(ln, i):
            pairs.append((_value(parts[0]), _value(parts[1])))
        elif kind == "num" and i + 2 < len(ln.toks) and ln.toks[i + 1] in of and ln.kinds[i + 2] == "num":
            pairs.append(_turned(ln, i, (_value(tok), _value(ln.toks[i + 2])), iki))
        elif kind == "num" and (whole := _whole_apart(ln, i, own)) is not None:
            pairs.append(_turned(ln, i, (_value(tok), _value(ln.toks[whole])), iki))
    if not pairs:  # a time bound («selesai kurang dr 2 jam») counts nothing: never a part nor a whole
        numbers = [n for n in counts(ln, w) if n.at + 1 >= len(ln.toks) or
                   ln.toks[n.at + 1] not in vocabulary().duration_units]
        pairs += [pair for pair in [_met_and_unmet(ln, numbers, iki)] if pair is not None]
    if not pairs:
        whole_met = _all_met(ln, numbers[0], own) if len(numbers) == 1 else False
        if whole_met:
            pairs.append((numbers[0].value, numbers[0].value))  # «3 permintaan cito, semua selesai»: 3 of 3
        elif len(numbers) == 2 and numbers[0].clause != numbers[1].clause and \
                _names_between(ln, numbers[0].at + 1, numbers[0].at + 2) & (own | _counting()["observed_wholes"]):
            pair = _part_told(ln, numbers[0], numbers[1], own, iki)
            if pair is not None:
                pairs.append(pair)
        elif len(numbers) == 1 and _names_between(ln, numbers[0].at + 1, numbers[0].at + 2) & own and \
                _denied_after(ln, numbers[0].at, own):
            pairs.append((0.0, numbers[0].value))  # «periksa 2 kapal, sertifikat blm terbit»: none of them met it
    if len(pairs) != 1 or None in pairs[0]:
        return None
    part, whole = pairs[0]
    return (part, whole) if 0 < whole and 0 <= part <= whole else None


def _result_after(ln: Line, at: int) -> list[str]:
    """The result said right after the count at `at`, its short form spelled out (capaian.yaml complement
    short_results: «MS» → memenuhi syarat): up to the next number or mark."""
    short = knowledge.data("capaian")["complement"]["short_results"]
    said = []
    for tok, kind in zip(ln.toks[at + 1:], ln.kinds[at + 1:]):
        if kind not in ("word", "alnum"):
            break
        said += tokens(short.get(tok, tok))
    return said


def _met_and_unmet(ln: Line, numbers: list[Number], iki: IkiDraft) -> tuple[float, float] | None:
    """«hasil lab 2 MS 1 TMS» toward «… yang memenuhi syarat kesehatan»: one count with the IKI's result, the next
    with that result negated: (met, met + unmet) (tester56 F15); None for any other line."""
    negations = set(knowledge.data("capaian")["complement"]["negations"]) | vocabulary().negations
    words = set(tokens(iki.indikator))
    for first, second in zip(numbers, numbers[1:]):
        met, unmet = _result_after(ln, first.at), _result_after(ln, second.at)
        if met and set(met) <= words and unmet and unmet[0] in negations and unmet[1:] == met:
            return first.value, first.value + second.value
    return None


_APART_WORDS = 4  # the most words between a part and «dari» its whole («2 px hipotensi intradialisis dari 15 px»)


def _whole_apart(ln: Line, i: int, own: set[str]) -> int | None:
    """«2 px hipotensi intradialisis dari 15 px HD»: the part at i, a few words of what befell it, then a word of
    the whole (rate_of) and the whole's count: the whole's position, when the word right after each count names the
    same thing and that thing is the IKI's (two numbers of unrelated things are no rate), or the whole names nothing
    («12 desa dari 15»); None otherwise."""
    of = set(vocabulary_config()["rate_of"])
    j = i + 1
    while j < len(ln.toks) and j - i <= _APART_WORDS and ln.kinds[j] in ("word", "alnum") and ln.toks[j] not in of:
        j += 1
    if j == i + 1 or j + 1 >= len(ln.toks) or ln.toks[j] not in of or ln.kinds[j + 1] != "num":
        return None
    part, whole = _names_between(ln, i + 1, i + 2), _names_between(ln, j + 2, j + 3)
    # «12 desa dari 15 sdh jalan»: a bare whole (nothing named right after it but a done word) counts the part's thing
    bare = not whole or (j + 2 < len(ln.toks) and ln.toks[j + 2] in _counting()["done_before_state"])
    return j + 1 if part & own and (part & whole or bare) else None


def _turned(ln: Line, at: int, pair: tuple[float | None, float | None], iki: IkiDraft) -> tuple:
    """A part and its whole, the part turned into its complement (whole − part) when its clause tells the
    complement of what the IKI measures («komplikasi 9 dari 180» toward «… yang tidak mengalami komplikasi»)."""
    part, whole = pair
    clause = next(((a, b) for a, b in ln.clauses() if a <= at < b), (0, len(ln.toks)))
    if part is None or whole is None or not _complement_told(list(ln.toks[clause[0]:clause[1]]), iki):
        return pair
    return whole - part, whole


def _complement_told(said: list[str], iki: IkiDraft) -> bool:
    """The words tell the complement of what the IKI measures: the event it counts the absence of, not negated
    («1 ada tanda infeksi» toward «… tanpa infeksi»), or work not done toward work done as planned («2 ditunda»
    toward «… sesuai jadwal»): capaian.yaml complement."""
    event = event_of(iki.indikator)
    if event:
        return named_at(said, event) is not None
    return kept_as_planned(iki.indikator) and not_done_at(said) is not None


def _part_told(ln: Line, whole: Number, part: Number, own: set[str], iki: IkiDraft) -> tuple[float, float] | None:
    """Two counts in two clauses, the whole first («audit cuci tangan 20 perawat, 17 patuh»): the part met the IKI
    when its clause names what the IKI measures beyond the thing counted (17 patuh), and is the complement when it
    tells the opposite («58 tindakan, 2 ditunda»: 56 dari 58; «10 px, 1 ada tanda infeksi»: 9 dari 10). «2 px baru
    mulai HD rutin, 1 px kram otot» names only the patients: no rate."""
    # «…, patuh 41»: the state said before the part, when nothing follows it in its clause
    said = _words_between(ln, part.at + 1, part.clause[1]) or _words_between(ln, part.clause[0], part.at)
    if _complement_told(said, iki):
        return whole.value - part.value, whole.value
    # the state said right after the part, past the whole's thing and done words («17 perawat udh patuh»)
    thing, skipped = _names_between(ln, whole.at + 1, whole.at + 2), set(_counting()["done_before_state"])
    if event_of(iki.indikator):  # «11 tanpa komplikasi» toward «… yang tidak mengalami komplikasi»: its own state
        rules = knowledge.data("capaian")["complement"]
        skipped |= set(rules["negations"]) | set(rules["verbs"])
    state = next((t for t in said if t not in skipped and not ({t} | set(terms([t]))) & thing), "")
    # «selesai» of «… yang selesai dalam 2 jam»: a weak word as a term, the IKI's words as written (no joining word)
    measured = own | set(tokens(iki.indikator)) - set(knowledge.data("capaian")["complement"]["ends"])
    if state and ({state} | set(terms([state]))) & measured or _reached(said, iki):
        return part.value, whole.value
    return None


def _reached(said: list[str], iki: IkiDraft) -> bool:
    """«…, 3 naik skornya» toward «Persentase pasien … yang mencapai target GMFM»: the part's clause says its items
    improved or reached their goal, not negated, and the IKI measures items that do (capaian.yaml reached)."""
    reached = knowledge.data("capaian")["reached"]
    return bool(set(said) & set(reached["told"])) and not set(said) & vocabulary().negations \
        and bool(set(tokens(iki.indikator)) & set(reached["measures"]))


def _all_met(ln: Line, n: Number, own: set[str]) -> bool:
    """The count at n names the IKI's thing and a later clause says all of them met it («3 permintaan cito, semua
    selesai kurang dr 2 jam»), with no negation there."""
    if not _names_between(ln, n.at + 1, n.at + 2) & own:
        return False
    every, negations = phrase_set("catatan_harian", "rate_all"), vocabulary().negations
    for start, end in ln.clauses():
        found = every.find(ln.toks[start:end]) if start >= n.clause[1] else None
        if found and not set(ln.toks[start:end]) & negations and \
                _names_between(ln, start + found[0] + len(found[1]), end) & own:
            return True
    return False


def _denied_after(ln: Line, at: int, own: set[str]) -> bool:
    """A word of the IKI negated after the count at `at` («2 kapal, sertifikat blm terbit»): the counted things did not
    reach what the IKI measures."""
    negations = vocabulary().negations
    return any(ln.toks[i] in negations and set(terms(_words_between(ln, i + 1, i + 3))) & own
               for i in range(at + 1, len(ln.toks)))


def count_and_thing(ln: Line, w: When) -> bool:
    """The line is, past its date, only a count and the thing counted («3 permohonan», «40 PAK», «5 konten»)."""
    rest = [i for i in range(len(ln.toks)) if not w.span[0] <= i < w.span[1]]
    return 2 <= len(rest) <= 3 and ln.kinds[rest[0]] == "num" and all(ln.kinds[i] == "word" for i in rest[1:]) and \
        any(n.at == rest[0] for n in counts(ln, w))


def correction_numbers(ln: Line, particles: bool = False) -> tuple[float, float | None] | None:
    """«eh td salah bukan 7 tp 9 perawat» → (7, 9), «acaranya 6 bukan 5» → (5, 6): the number a line saying it was
    wrong (catatan_harian.yaml link.correction marks) sets right — the one after «bukan» — and the right one, before
    «bukan» (a unit word between: «27 NUP bukan 24») or after a `but` word past the old one (None when neither);
    None when the line is no such correction. particles: a number after a particle taking the old one back and a
    comma is the right one too («bukan 1 ding, 2»; read for the quantity only: which entry it puts right is
    linking's)."""
    settings = vocabulary().link["correction"]
    marked = ln.has(phrase_set("catatan_harian", "link", "correction", "marks"))
    instead, but = set(settings["instead"]), set(settings["but"])
    at = next((i for i in range(len(ln.toks) - 1) if ln.toks[i] in instead and ln.kinds[i + 1] == "num"), None)
    old = parse_number(ln.toks[at + 1]) if at is not None else None
    if old is None:
        return pointed_count(ln)
    # «27 NUP bukan 24», «kader yg dilatih td 32, bukan 30», «5 perawat, bukan 4»: a unit word or a comma between
    before = [j for j in (at - 1, at - 2, at - 3) if j >= 0 and ln.kinds[j] == "num" and
              all(ln.kinds[k] == "word" or (k == at - 1 and ln.toks[k] == ",") for k in range(j + 1, at))
              and (j >= at - 2 or ln.toks[at - 1] == ",")]
    after = [j + 1 for j in range(at + 2, min(at + 4, len(ln.toks) - 1)) if ln.toks[j] in but and
             ln.kinds[j + 1] == "num"]
    # «audit kemarin bukan 1 ding, 2»: a particle of taking it back (counting.correction_particles), then a comma
    taken_back = _counting()["correction_particles"] if particles else frozenset()
    after += [j + 2 for j in range(at + 2, len(ln.toks) - 2) if ln.toks[j] in taken_back and
              ln.toks[j + 1] == "," and ln.kinds[j + 2] == "num" and all(t in taken_back for t in ln.toks[at + 2:j])]
    if not marked and not before and not after:
        # «supervisi NTT itu mulai tgl 6 bukan 5», «menu yg td bukan 3, ada 4»: a number set against one says it alone
        return None
    new = next((parse_number(ln.toks[j]) for j in before[:1] + after[:1]), None)
    return old, new


def pointed_count(ln: Line) -> tuple[float, float] | None:
    """«yg 85 td ralat 58», «min yg tadi 25 itu sebenernya 27 kak», «yg td 12 itu ada 2 yg blm lolos, jd 10»: a line
    opening (past words calling the bot) with a pointer back (restate pointer), the old number within `reach` tokens,
    then a word of mistake (link.correction marks), of the right one (`rightly`) or settling it (`settled`), and the
    right number: (old, right) of an earlier entry's count put right; None for any other line."""
    settings = vocabulary().link["correction"]
    pointed = settings["pointed"]
    called = set(pointed["called"]) | _address_words()
    at = 0
    while at < len(ln.toks) and (ln.kinds[at] == "mark" or ln.toks[at] in called):
        at += 1
    if at >= len(ln.toks) or ln.toks[at] not in settings["restate"]["pointer"]:
        return None
    old = next((i for i in range(at + 1, min(len(ln.toks), at + 1 + pointed["reach"])) if ln.kinds[i] == "num"), None)
    if old is None:
        return None
    settled = phrase_set("catatan_harian", "link", "correction", "settled")
    for i in range(old + 1, len(ln.toks)):  # «kurang 1, jd 15»: the number a settling word gives first
        said = settled.match_at(ln.toks, i)
        if said and i + len(said) < len(ln.toks) and ln.kinds[i + len(said)] == "num":
            return parse_number(ln.toks[old]), parse_number(ln.toks[i + len(said)])
    marks = phrase_set("catatan_harian", "link", "correction", "marks")
    cue = next((i for i in range(old + 1, len(ln.toks))
                if marks.match_at(ln.toks, i) or ln.toks[i] in pointed["rightly"]), None)
    right = next((j for j in range(cue + 1, min(len(ln.toks), cue + 1 + pointed["right_reach"]))
                  if ln.kinds[j] == "num"), None) if cue is not None else None
    if right is None:
        return None
    return parse_number(ln.toks[old]), parse_number(ln.toks[right])


@knowledge.cached
def _address_words() -> frozenset[str]:
    """The words calling the bot or a person («min», «kak»: intent.yaml smalltalk call phrases that are filler)."""
    data = knowledge.data("intent")
    return frozenset(p for p in data["smalltalk"]["call"]["phrases"] if p in data["filler"])


def opens_correction(ln: Line) -> bool:
    """«ralat, AMB-05 belum dicek, jd total 3», «koreksi yg lulus 81, 3 org ga ikut post test»: a line opening (after
    an interjection, link.correction.restate openers) with a word of mistake (link.correction marks) then a comma or
    a pointer back («yg»), and holding a number, puts an earlier count right, no new work. «koreksi tugas peserta»
    is work."""
    settings = vocabulary().link["correction"]
    opened = phrase_set("catatan_harian", "link", "correction", "restate", "openers").match_at(ln.toks, 0)
    at = len(opened) if opened else 0
    if at < len(ln.toks) and ln.toks[at] == ",":
        at += 1  # «eh, ralat, …»
    pointed = past_pointer(ln.toks, at)
    mark = phrase_set("catatan_harian", "link", "correction", "marks").match_at(ln.toks, pointed)
    if not mark or pointed + len(mark) >= len(ln.toks):
        return False
    nxt = pointed + len(mark)
    # «yg td ralat ya 12 berkas»: after a pointer back the mistake needs no comma to be one
    return (pointed > at or ln.toks[nxt] in (",", ":") or ln.toks[nxt] in settings["restate"]["pointer"]) and \
        "num" in ln.kinds[nxt:]


def past_pointer(toks: Sequence[str], at: int) -> int:
    """Past a pointer back at earlier work opening the tokens at `at`, made only of words of back then and weekdays
    and a closing demonstrative («yg tadi senin itu», «yg kmrn»: restate pointer, back, demonstratives), where a word
    of mistake may follow («yg tadi senin itu ralat, 8 pasien»); `at` itself when none opens there."""
    restate = vocabulary().link["correction"]["restate"]
    if at >= len(toks) or toks[at] not in restate["pointer"]:
        return at
    back = set(restate["back"]) | set(vocabulary().weekdays) | set(restate["demonstratives"])
    end = at + 1
    while end < len(toks) and end - at <= restate["pointed_words"] and toks[end] in back:
        end += 1
    return end if end > at + 1 else at


def restated_number(ln: Line) -> tuple[float, list[str]] | None:
    """«eh yg vaksin tadi 112 aja», «eh yang konseling kmrn 9 org aja»: a line opening with a word of putting right
    (catatan_harian.yaml link.correction.restate openers), pointing back at earlier work by its words («yg vaksin
    tadi») and giving one number right after: that work's number said again, no new work. The number and the words
    naming the work; None for any other line."""
    settings = vocabulary().link["correction"]["restate"]
    opened = phrase_set("catatan_harian", "link", "correction", "restate", "openers").match_at(ln.toks, 0)
    if not opened:
        return None
    at = len(opened)
    if at >= len(ln.toks) or ln.toks[at] not in settings["pointer"]:
        return None
    back = next((j for j in range(at + 2, min(at + 2 + settings["pointed_words"], len(ln.toks)))
                 if ln.toks[j] in settings["back"]), None)
    if back is None or back + 1 >= len(ln.toks) or ln.kinds[back + 1] != "num" or \
            any(k != "word" for k in ln.kinds[at + 1:back]):
        return None
    number = parse_number(ln.toks[back + 1])
    return None if number is None else (number, list(ln.toks[at + 1:back]))


def settled_number(ln: Line) -> float | None:
    """«ralat yg 60 berkas td ternyata 58», «eh yg ke JDIH td ternyata 14, 1 dobel», «td sy tulis 62 sertifikat, yg
    bener 61»: in a line putting an earlier entry right — a word of mistake (link.correction marks), an opener
    pointing back («eh yg …», restate openers and pointer) or a word of the right one (settled_alone) — the number
    right after a word settling it (link.correction settled) is the right count; None for any other line."""
    settings = vocabulary().link["correction"]
    opened = phrase_set("catatan_harian", "link", "correction", "restate", "openers").match_at(ln.toks, 0)
    pointed = bool(opened) and len(opened) < len(ln.toks) and ln.toks[len(opened)] in settings["restate"]["pointer"]
    back = _points_back(ln)
    if not (pointed or back or ln.has(phrase_set("catatan_harian", "link", "correction", "marks")) or
            ln.has(phrase_set("catatan_harian", "link", "correction", "settled_alone"))):
        return None
    settled = phrase_set("catatan_harian", "link", "correction", "settled")
    only = set(settings["settled_only"]) if back else set()
    for i in range(len(ln.toks)):
        said = settled.match_at(ln.toks, i) or ((ln.toks[i],) if ln.toks[i] in only else None)
        at = i + len(said) if said else None
        if at is not None and at < len(ln.toks) and ln.kinds[at] == "num":
            return parse_number(ln.toks[at])
    return None


def _points_back(ln: Line) -> bool:
    """«Yg puskesmas cirebon tadi …», «yg pasien kmrn koreksi ya, …»: the line opens with a pointer (restate pointer)
    and, within restate pointed_words words, a word of the earlier day or hour (restate back): it speaks of that work
    again."""
    settings = vocabulary().link["correction"]["restate"]
    if not ln.toks or ln.toks[0] not in settings["pointer"]:
        return False
    return any(t in settings["back"] for t in ln.toks[2:2 + settings["pointed_words"]])


def day_corrected(ln: Line, value: float) -> bool:
    """The right number a correction sets stands after a date word («tgl 6 bukan 5»): a day, not a quantity."""
    dates = [tuple(tokens(str(p))) for p in vocabulary_config()["date_words"]]
    return any(k == "num" and parse_number(t) == value and any(d and tuple(ln.toks[max(0, i - len(d)):i]) == d
                                                               for d in dates)
               for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)))


def quantity(ln: Line, w: When, iki: IkiDraft, lists: bool = True) -> float | None:
    """The line's quantity toward the IKI (_quantity); a count of each day in a line dated by a stretch of days
    («senin-rabu plan check dua belas per hari») counts it each day of the stretch."""
    # «PSBNDU 4 DSA», «INTGRS 12 FKTP»: words misspelt or typed without vowels read as the IKI's own, as linking
    # reads them (respell.respelled)
    ln = respelled(ln, (iki.indikator, iki.satuan or ""))
    found = _quantity(ln, w, iki, lists)
    if found is not None and _about(ln, found):
        return None  # «kurleb 15 pasien per hari»: about so many, no count
    days = stretch_days(ln, w)
    return found * days if found is not None and days > 1 and _each_day(ln, found) else found


def _about(ln: Line, value: float) -> bool:
    """The number of that value in the line comes right after a word of about so many (counting.about_before)."""
    for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)):
        if k == "num" and parse_number(t) == value:
            return ln.phrase_start_before(i, _about_words()) is not None
    return False


@knowledge.cached
def _about_words() -> tuple[tuple[str, ...], ...]:
    """counting.about_before as a line's tokens («~» a mark of its own)."""
    return tuple(line(p).toks for p in vocabulary_config()["counting"]["about_before"])


def _each_day(ln: Line, value: float) -> bool:
    """A number of that value in the line is followed, past at most counting.per_day_reach words, by a word of each
    day («12 per hari», «6 sampel/hari»)."""
    settings = vocabulary_config()["counting"]
    each = tuple(line(p).toks for p in settings["per_day"])  # «/hari»: the mark is a token
    for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)):
        if k != "num" or parse_number(t) != value:
            continue
        for j in range(i + 1, min(len(ln.toks), i + 2 + settings["per_day_reach"])):
            if any(ln.toks[j:j + len(p)] == p for p in each):
                return True
            if ln.kinds[j] != "word":
                break
    return False


def _quantity(ln: Line, w: When, iki: IkiDraft, lists: bool = True) -> float | None:
    """The line's quantity toward the IKI, or None when it counts something else, with other partners than the
    IKI's («ttd 2 PKS dgn RS swasta» toward «Jumlah PKS dengan pemda atau BUMN …»), or not yet in the final state.
    A correction's is the right number it sets («eh td salah bukan 7 tp 9»: 9). lists: things named one by one
    count when no number does («reviu SPO pencucian & SPO pengemasan»: 2)."""
    target = counted(iki)
    ln, w = put_right(ln, w)  # «12 berkas eh salah, 21 berkas»: read as if typed right
    ln = _english_numbers(ln) if target and lists else ln
    pasted = pasted_lines(ln) if target and lists else []
    if len(pasted) > 1:
        # «retensi 250 berkas\nlanjut retensi 120 berkas lg»: lines pasted in one message, each counting, add up
        each = [_quantity(Line(ln.text, ln.toks[a:b], ln.kinds[a:b], ln.spans[a:b]),
                         replace(w, span=(w.span[0] - a, w.span[1] - a) if a <= w.span[0] < b else (0, 0)), iki,
                         lists=False) for a, b in pasted]
        if sum(q is not None for q in each) > 1:
            return float(sum(q for q in each if q is not None))
    numbers = counts(ln, w, target.things | target.written) if target else []
    listed = _listed(ln, target) if target and lists else None
    # «Rp 450.000», «300 rb», «16 JPL»: money or a learning credit counts no work toward an IKI counting other things
    numbers = [n for n in numbers if not _iki_label(ln, n, iki) and not (listed and n.at in listed[2])
               and not (_not_done(ln, n) and not _after_total(ln, n.at))
               and not _money_or_credit(ln, n.at, iki)]  # «…, 1 cancelled so 10»: what is left after it is done
    if target is not None and not numbers:
        part = part_of_total(ln, w, target)
        if part is not None:  # «bikin video edukasi …, upload 1/6»: the first of six, one video done
            return part[1]
    if target is not None and not numbers and lists:
        one = _one_written(ln, target)
        if one is not None:  # «nyusun sebuah rekomendasi …», «one satker done»: read as «1 rekomendasi»
            return _quantity(one, w, iki, lists=False)
        if _both_reached(ln, target):
            return 2.0  # «… analyzer and reference thermometer …, both recalibrated»
    if target is not None and not numbers and listed:
        # «reviu SPO pencucian & SPO pengemasan»: no count written, the things named one by one are read as their
        # count written before the first («reviu 2 SPO pencucian & …»)
        count, at, _ = listed
        # «bimtek ke kab. Jember & kab. Banyuwangi batal»: the list's sentence part (up to a comma; «&» joins its
        # items) says the work did not happen, no result of it
        end = next((j for j in range(at, len(ln.toks)) if ln.toks[j] in (",", ";", "!", "?")), len(ln.toks))
        if _not_done(ln, Number(count, at, (at, end))) or _both_unfinished(ln):
            return None  # «… batal», «…, dua2nya masih draf»
        written = Line(ln.text, ln.toks[:at] + (str(count),) + ln.toks[at:], ln.kinds[:at] + ("num",) + ln.kinds[at:])
        span = tuple(i + (i >= at) for i in w.span) if w.span != (0, 0) else w.span
        return _quantity(written, replace(w, span=span), iki, lists=False)
    if target is None or not numbers:
        return None
    fixed = correction_numbers(ln, particles=True)
    if fixed is not None and fixed[1] is not None:
        # «mulai tgl 6 bukan 5»: a day of the month put right is the date's, no count
        return None if day_corrected(ln, fixed[1]) else fixed[1]
    restated = restated_number(ln)
    if restated is not None:  # «eh yg vaksin tadi 112 aja»: the number said again
        return restated[0]
    settled = settled_number(ln)
    if settled is not None:  # «ralat yg 60 berkas td ternyata 58»: the right count
        return settled
    if numbers and opens_correction(ln):
        # «ralat yg tadi siang: yg diteken di Hanoi ada 2, …», «koreksi yg lulus 81, 3 org ga ikut post test»: the
        # corrected total comes first, what explains it after
        return numbers[0].value
    if target.events and _learning_terms() & set(terms(list(ln.toks))):
        # «pelatihan EMT angkatan 3, 40 peserta» toward «Jumlah tenaga … terlatih»: the event's participants
        target = replace(target, written=target.written | set(vocabulary_config()["participant_nouns"]))
    # the share, the part, the total or the count after the state, said of what the IKI counts, in its final state
    if _names_between(ln, 0, len(ln.toks)) & (target.things | target.written | target.subject | target.final) and \
            (not target.final or _final_clauses(ln, target.final)):
        own = next((n for n in numbers if ln.word_before(n.at) in _counting()["own_share_before"]), None)
        if own is not None:  # «…, sy 19 mas doni 12»: the writer's own share, the colleague's beside it
            return own.value
        product = _groups_times_each(ln, numbers)
        if product is not None and _best(ln, numbers, target) is not None:
            return product  # «2 kelas @25 org»: the groups times what each holds
        total = [n for n in numbers if _after_total(ln, n.at)]
        if len(total) == 1 and _best(ln, numbers, target) is not None:
            return total[0].value  # «… ikut lima orang jadi semuanya enam puluh lima»: the sum said
        part = _part_of_whole(ln, numbers)
        if part is not None and _best(ln, numbers, target) is not None:
            return part.value  # «lulus 28 dr 30 peserta»: those of the IKI's things that did it, of all
        reached = _state_count(ln, numbers, target, iki)
        if reached is not None and _best(ln, numbers, target) is None:
            return reached.value  # «latih petugas kloter gelombang 2, yg lulus 320»
    if target.partners:
        numbers = [n for n in numbers if _same_partners(ln, n, target.partners)]
        if not numbers:
            return None
    waiting = [n for n in numbers if _backlog(ln, w, n)]
    if waiting:
        numbers = [n for n in numbers if n not in waiting]
        done = _done_of_backlog(ln, w, waiting, numbers, target)
        if done is not None or not numbers:
            return done
    part = _part_reached(ln, numbers, iki)
    if part is not None:
        return part
    rest = _rest_reached(ln, numbers, target, iki)
    if rest is not None:
        return rest
    if target.final and not count_and_thing(ln, w):  # «40 PAK» alone reports results: the state is the IKI's own
        reached = _final_clauses(ln, target.final)
        if not reached and not (target.work and target.work & {stem(t) for t in ln.toks if t.isalpha()}):
            return None  # "verifikasi 6 usulan" is not "6 usulan sampai terbit SK"
        if not reached:  # the IKI's own work before its final state, told: «periksa sanitasi 35 kapal»
            return _best(ln, numbers, target)
        inside = [n for n in numbers if n.clause in reached]
        found = _best(ln, inside, target, numbers)  # «upload 2 leaflet … + 1 booklet»: the «+» joins across clauses
        if found is None and inside and _best(ln, numbers, target) is not None:
            # "evaluasi 3 permenkes, 2 direkomendasikan dicabut": the part of the counted things that reached it
            return inside[0].value
        return found if inside else _best(ln, numbers, target)
    return _best(ln, numbers, target)


def part_of_total(ln: Line, w: When, target: Counted) -> tuple[int, float, float] | None:
    """«video edukasi …, upload ke IG 1/6»: a bare N/M (N ≤ M, no date) closing its clause after the thing the IKI
    counts is the Nth of M planned, so N done: its position, N and M; None for any other line."""
    for i, (tok, kind) in enumerate(zip(ln.toks, ln.kinds)):
        parts = tok.split("/") if kind == "slash" and not w.span[0] <= i < w.span[1] else []
        if len(parts) != 2 or not all(p.isdigit() for p in parts) or len(parts[1]) == 4:
            continue  # «UU 17/2023»: a regulation's number and year, no part of a total
        if i + 1 < len(ln.toks) and ln.toks[i + 1] not in CLAUSE_MARKS:
            continue  # «rapat 2/5 bahas …»: mid-clause, a date as likely; a part of a total closes what it counts
        part, whole = float(parts[0]), float(parts[1])
        if 1 <= part <= whole and _names_between(ln, 0, i) & (target.things | target.written):
            return i, part, whole
    return None


def _not_done(ln: Line, n: Number) -> bool:
    """«bimtek ke kab. Jember & kab. Banyuwangi batal», «visitasi 3 puskesmas ditunda»: the count's clause says its work
    did not happen (catatan_harian.yaml not_done_words), no result of it; «58 tindakan, 2 ditunda» keeps its 58."""
    return vocabulary().not_done.find(list(ln.toks[n.clause[0]:n.clause[1]])) is not None


def _one_written(ln: Line, target: Counted) -> Line | None:
    """The line with each word of one (counting.one_words: «sebuah», «satu», «one») right before a word naming the
    IKI's thing written as «1»; None when there is none. «satu» before anything else stays a word («Satu Data»)."""
    things = target.things | target.written
    ones = {i for i in range(len(ln.toks) - 1) if ln.toks[i] in _counting()["one_words"] and
            _names_between(ln, i + 1, i + 2) & things}
    if not ones:
        return None
    return Line(ln.text, tuple("1" if i in ones else t for i, t in enumerate(ln.toks)),
                tuple("num" if i in ones else k for i, k in enumerate(ln.kinds)), ln.spans)


def _english_numbers(ln: Line) -> Line:
    """An English line with each number word standing alone («Facilitated two … sessions») written as its number
    (numbers.yaml english_words, whose «one» counting.one_words reads beside the thing); any other line as it is."""
    words = {w: v for w, v in knowledge.data("numbers")["english_words"].items() if w not in _counting()["one_words"]}
    spelled = [i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if k == "word" and t in words]
    if not spelled or not english_words(ln.text):
        return ln
    # «twenty five» is one number, read no further than a run of one word
    alone = {i for i in spelled if i - 1 not in spelled and i + 1 not in spelled}
    return Line(ln.text, tuple(str(words[t]) if i in alone else t for i, t in enumerate(ln.toks)),
                tuple("num" if i in alone else k for i, k in enumerate(ln.kinds)), ln.spans)


def _both_reached(ln: Line, target: Counted) -> bool:
    """A line with no count saying «both» of two things (counting.both_words: «keduanya lulus», «dua2nya udh
    final»), naming the IKI's thing or saying its final state, and saying that state when the IKI has one, in a
    clause saying neither is unfinished («… dua2nya masih draf»): the two count."""
    if not set(ln.toks) & _counting()["both_words"]:
        return False
    if _both_unfinished(ln):
        return False
    reached = bool(target.final and _final_clauses(ln, target.final))
    named = bool(_names_between(ln, 0, len(ln.toks)) & (target.things | target.written))
    return (named or reached) and (reached or not target.final)


def _both_unfinished(ln: Line) -> bool:
    """«dua2nya udh sampai draft final», «keduanya masih konsep»: a clause saying both things are still unfinished
    (counting.both_words beside unfinished_before or unfinished_after words): neither is a result."""
    unfinished = _counting()["unfinished_before"] | _counting()["unfinished_after"]
    return any(set(ln.toks[a:b]) & _counting()["both_words"] and set(ln.toks[a:b]) & unfinished
               for a, b in ln.clauses())


def pasted_lines(ln: Line) -> list[tuple[int, int]]:
    """The token ranges of the lines of a message typed or pasted over several lines; [] for one line."""
    if "\n" not in ln.text or not ln.spans:
        return []
    ranges, start = [], 0
    for i in range(1, len(ln.toks)):
        if "\n" in ln.text[ln.spans[i - 1][1]:ln.spans[i][0]]:
            ranges.append((start, i))
            start = i
    return ranges + [(start, len(ln.toks))] if ranges else []


_NAME_WORDS = 3  # the longest place's name listed one by one («kab Kepulauan Seribu Utara»)


def _listed(ln: Line, target: Counted) -> tuple[int, int, frozenset[int]] | None:
    """«renkon kab Cianjur & kab Garut» (2), «kloter 12 sama 13» (2): the things the IKI counts named one by one, each
    by a word of the counted thing and the number labelling it, or, for regions, a region word and the place's name,
    joined by counting.list_joiners. Their number, the first one's position and the positions of the labelling
    numbers; None when the line names fewer than two so. (Other things named by words, «SPO pencucian & SPO
    pengemasan», are not read: the words after such a head may qualify it rather than name one of several.)"""
    heads = {w for w in target.written | target.things if " " not in w}
    # «kab Cianjur», «RSUD Wates» (counting.named_places): the words opening a named place the IKI counts
    places = (heads & region_words()) | {w for w, head in _counting()["named_places"].items() if head in heads}
    joiners = _counting()["list_joiners"]
    toks, kinds = ln.toks, ln.kinds
    for i, tok in enumerate(toks):
        if tok not in heads | places:
            continue
        if i + 1 < len(toks) and kinds[i + 1] == "num":  # «kloter 12 sama 13 udh dapet penyuluhan»
            labels, j = [i + 1], i + 1
            # a comma lists no labels: «angkatan 3, 30 peserta» is a batch and its participants
            while j + 2 < len(toks) and toks[j + 1] in joiners - {","} and kinds[j + 2] == "num":
                labels.append(j + 2)
                j += 2
            if len(labels) > 1 and (j + 1 >= len(toks) or toks[j + 1] not in heads):
                return len(labels), i, frozenset(labels)
            continue
        if tok not in places:
            continue
        named, j = 1, i
        while True:
            k = j + 1  # the name's words after the head
            while k < len(toks) and k - j <= _NAME_WORDS and kinds[k] in ("word", "alnum") and \
                    toks[k] not in joiners and toks[k] not in places:
                k += 1
            if k == j + 1 or k + 1 >= len(toks) or toks[k] not in joiners or toks[k + 1] not in places:
                break
            named, j = named + 1, k + 1
        if named > 1:
            return named, i, frozenset()
    return None


def _iki_label(ln: Line, n: Number, iki: IkiDraft) -> bool:
    """«pendampingan PSC 119 kab garut» toward «… pembentukan PSC 119»: the number follows the word the IKI's own
    text writes it after, a name's part, no count."""
    words = tokens(iki.indikator)
    before = ln.word_before(n.at)
    return any(words[i] == before and words[i + 1] == ln.toks[n.at] for i in range(len(words) - 1))


def _state_count(ln: Line, numbers: list[Number], target: Counted, iki: IkiDraft) -> Number | None:
    """«latih petugas kloter gelombang 2, yg lulus 320», «pelatihan tenaga cadangan batch 4, lulus 48»: toward an IKI
    whose result is a state (a final state, a success word, a stative ter- word: «… yang lulus», «… terlatih»), the
    one count right after a word of success or of that final state, closing its clause (but for a word of all after
    it: «yg lulus 3 semua», rate_all), counts the things named before that reached it."""
    vocab = vocabulary()
    words = [w.lower() for w in result_parts(iki.indikator)[1].split()]
    if not (target.final or set(words) & vocab.success or any(_stative(w) for w in words)):
        return None
    every = set(vocabulary_config()["rate_all"])

    def reaching(word: str) -> bool:
        return word in vocab.success or bool(set(terms([word])) & target.final)

    found = [n for n in numbers if reaching(ln.word_before(n.at)) and
             all(t in every for t in ln.toks[n.at + 1:n.clause[1]])]
    # «pelatihan terpadu petugas angkatan 3 selesai, 250 lulus»: the count before the word of that state closing its
    # clause, the things named before it in the line (linking37)
    found += [n for n in numbers if n.at + 1 < n.clause[1] and reaching(ln.toks[n.at + 1]) and
              all(t in every for t in ln.toks[n.at + 2:n.clause[1]]) and n.clause[0] > 0 and
              _names_between(ln, 0, n.clause[0]) & (target.things | target.written | target.subject)]
    return found[0] if len(found) == 1 else None


def _part_of_whole(ln: Line, numbers: list[Number]) -> Number | None:
    """«lulus 28 dr 30 peserta», «4 dr mereka kontrol ulang»: the one count followed by a word of a part (rate_of) and
    the whole (another count, or a word pointing back at the things counted before: counting.part_of_those)."""
    of, those = set(vocabulary_config()["rate_of"]), _counting()["part_of_those"]
    found = [n for n in numbers if n.at + 2 < len(ln.toks) and ln.toks[n.at + 1] in of and
             (ln.kinds[n.at + 2] == "num" or ln.toks[n.at + 2] in those)]
    return found[0] if len(found) == 1 else None


def _backlog(ln: Line, w: When, n: Number) -> bool:
    """«50 sampel numpuk», «hari ini 30 berkas antri»: a count opening its clause (past its date) with a word of
    waiting after it (catatan_harian.yaml counting backlog_after): work waiting, not done. «perbaiki 18 klaim pending»
    counts the pending claims the work was done on."""
    start = max([n.clause[0]] + [i + 1 for i in range(n.clause[0], n.at) if ln.toks[i] in (".", "!", "?")])
    before = [i for i in range(start, n.at) if not w.span[0] <= i < w.span[1]]  # «balik kerja. 50 sampel numpuk»
    return not before and bool(set(ln.toks[n.at + 1:n.clause[1]]) & _counting()["backlog_after"])


def _done_of_backlog(ln: Line, w: When, waiting: list[Number], done: list[Number], target: Counted) -> float | None:
    """«balik kerja. 50 sampel numpuk, selesai 46 hari ini»: the first count of a later clause naming no thing of its
    own, when the waiting count names the IKI's thing, is the part of it done: 46. None otherwise (the other counts
    are read as any line's are)."""
    if _best(ln, waiting, target) is None:
        return None
    later = [n for n in done if n.clause[0] >= waiting[0].clause[1]]
    if not later or _best(ln, later[:1], target) is not None:
        return None
    n, finished = later[0], vocabulary().done
    # «selesai 46 hari ini», «46 udh beres»: nothing after it but its date and done words («3 analis sakit» counts
    # others)
    own = [i for i in range(n.at + 1, n.clause[1]) if not w.span[0] <= i < w.span[1] and ln.kinds[i] == "word"
           and not any(finished.match_at(ln.toks, j) and j <= i < j + len(finished.match_at(ln.toks, j))
                       for j in range(n.at + 1, i + 1))]
    return n.value if not own else None


def count_unread(ln: Line, w: When, iki: IkiDraft) -> bool:
    """The line speaks of what a count IKI counts (a number that counts something, or the thing itself named) and no
    quantity toward it was read: the user is asked, never a silent 0 (tester19 #2)."""
    target = counted(iki)
    if target is None or quantity(ln, w, iki) is not None:
        return False
    if counts(ln, w):
        return True
    said = [t for t in ln.toks if t.isalpha()]
    return bool(_names_between(ln, 0, len(ln.toks)) & (target.things | target.written) or _spelled_out(said, target.words))


def rate_unread(ln: Line, w: When, iki: IkiDraft) -> bool:
    """The line counts something toward a percentage IKI and no figure toward it was read («2 px baru mulai HD rutin,
    1 px kram otot»: two counts of unrelated things): the user is told nothing was counted, never left to think it
    was (tester51 P1-6)."""
    target = parse_target(iki.target)
    if not ((target and target.is_percent) or (iki.satuan or "").strip() == "%"):
        return False
    return reported_value(ln, w, iki) is None and bool(counts(ln, w))


def _part_reached(ln: Line, numbers: list[Number], iki: IkiDraft) -> float | None:
    """"pendampingan 8 klinik, 6 sukses kirim data" toward "Jumlah fasyankes yang terintegrasi …": a number in a
    later clause followed by a success word is the part of the earlier count that reached the IKI's state."""
    vocab = vocabulary()
    _, predicate = result_parts(iki.indikator)
    words = [w.lower() for w in predicate.split()]
    stative = any(w.startswith("ter") and len(w) > 6 for w in words) or set(words) & vocab.success or \
        any(vocab.final_states.match_at(words, i) for i in range(len(words)))
    if not stative or len(numbers) < 2:
        return None
    for n in numbers[1:]:
        at = n.at + 1
        while at < n.clause[1] and ln.toks[at] in _counting()["done_before_state"]:
            at += 1  # «7 klinik, 5 udh lulus sandbox»: the done word before the state
        after = ln.toks[at] if at < len(ln.toks) else ""
        if after in vocab.success and any(m.clause[1] <= n.clause[0] for m in numbers if m.at < n.at):
            return n.value
    return None


def _rest_reached(ln: Line, numbers: list[Number], target: Counted, iki: IkiDraft) -> float | None:
    """«edukasi 6 px, 1 blm lulus ulang minggu depan» toward «Jumlah pasien HD yang lulus …»: a count of the IKI's
    thing, then in a later clause a count followed by a negation and the IKI's state (a success word or its final
    state): those that did not reach it, so the rest did (N − M: 5)."""
    vocab = vocabulary()
    words = {w.lower() for w in result_parts(iki.indikator)[1].split()}
    states = (words & vocab.success) | set(target.final)
    if not states or len(numbers) != 2 or numbers[0].clause == numbers[1].clause:
        return None
    whole, part = numbers
    said = _words_between(ln, part.at + 1, part.clause[1])
    denied = len(said) > 1 and said[0] in vocab.negations and ({said[1]} | set(terms(said[1:2]))) & states
    if not denied or _best(ln, [whole], target) is None or part.value > whole.value:
        return None
    return whole.value - part.value


def _best(ln: Line, numbers: list[Number], target: Counted, joinable: list[Number] | None = None) -> float | None:
    """The number next to the counted thing ("12 berkas", "sertifikat terbit 6"), or after other words of the
    result ("SK tubel 4 pegawai" toward "Jumlah usulan tugas belajar …"); never a number of something else that
    follows ("tayang bareng 2 kreator" toward "Jumlah kampanye kolaborasi dengan kreator …"). joinable: the counts a
    «+» may add to the chosen one (all the line's when the choice is among some)."""
    scored = []
    things = target.things | target.written
    for n in numbers:
        # «3 poli» is 3 unit only toward an IKI counting units, never one counting alat in a satuan of «unit»
        after = _names_between(ln, n.at + 1, min(n.clause[1], n.at + 3), after_count=True,
                               counter_kinds=bool(target.words) and target.words[0] in _counting()["counters"])
        after |= _spelled_out(_words_between(ln, n.at + 1, min(n.clause[1], n.at + 3)), target.words)
        head = _english_head(ln, n)
        if head is not None:  # «5 provincial vaccine stock reports»: the plural that ends the phrase is what it counts
            after |= _names_between(ln, head, head + 1)
        # «cetak ijazah batch 1 sebanyak 120»: after an amount word the thing is anywhere before it in the clause
        reach = n.clause[0] if ln.word_before(n.at) in _counting()["amount_words"] else max(n.clause[0], n.at - 3)
        before = _names_between(ln, reach, n.at)
        unit = ln.toks[n.at + 1] if n.at + 1 < n.clause[1] else ""
        if unit in _counting()["measure_units"] and unit not in things | target.written:
            continue  # «latihan jalan 40 meter»: a length walked, no count of the IKI's thing
        if after & target.objects and not after & things:
            continue  # «kalibrasi 8 alat» toward «Jumlah sertifikat hasil kalibrasi alat …»: alat, no sertifikat
        if ln.word_before(n.at) in vocabulary().place_markers and _words_between(ln, n.at + 1, n.at + 2) and \
                not after & things:
            continue  # «cek logistik kit HPV DNA ke 6 lab» toward «Jumlah sampel HPV DNA …»: where it went, no sampel
        if not after & things and _words_between(ln, n.at + 1, n.at + 2) and _place_before(ln, n, reach, things):
            continue  # «kalibrasi in situ di RSUD Pirngadi 47 alat» toward «Jumlah fasyankes …»: alat done there
        if _elided(ln, numbers, n, target):
            continue  # «terima 6 aduan lewat WA, 4 udh dijawab» toward «Jumlah jawaban …»: 4 of the aduan, answered
        # «input 2 ESO» toward «Jumlah laporan … efek samping obat …»: the unit is a shorthand of a run of the
        # result's words, the kind of the counted thing named in the line's own letters
        run = any(" " in m for m in _spelled_out(_words_between(ln, n.at + 1, n.at + 2), target.words))
        score = 2.0 if after & things else 1.5 if before & things else \
            1.0 if before & target.subject or (after & target.subject and things & _people()) or run else 0.0
        if score:
            scored.append((score, -n.at, n))
    if not scored:
        return None
    chosen = max(scored, key=lambda s: (s[0], s[1]))[2]
    return _joined(ln, joinable or numbers, chosen, things, target.words)


_HEAD_WORDS = 5  # the most words from an English count to the plural noun heading its phrase


def _english_head(ln: Line, n: Number) -> int | None:
    """In an English line, the position of the plural noun that ends the phrase a count opens, past the words
    qualifying it before it («5 provincial vaccine stock reports», «two therapeutic community sessions»): the first
    word in -s (no «-ss», «-us», «-is») within _HEAD_WORDS words, before a preposition, a connector or another word
    the rewriter's English reads between an IKI's parts (knowledge/rewrite/english.yaml); None otherwise."""
    if not english_words(ln.text):
        return None
    english = knowledge.data("rewrite/english")
    stops = {*english["prepositions"], *english["connectors"], *english["dropped"],
             *(w for phrase in english["relative"] for w in phrase.split())}
    for j in range(n.at + 1, min(n.clause[1], n.at + 1 + _HEAD_WORDS)):
        if ln.kinds[j] != "word" or ln.toks[j] in stops:
            return None
        if ln.toks[j].endswith("s") and not ln.toks[j].endswith(("ss", "us", "is")):
            return j
    return None


def _place_before(ln: Line, n: Number, reach: int, things: set[str]) -> bool:
    """The IKI's thing named before the count only as the place after a location marker («di RSUD Pirngadi 47 …»):
    where the work was done, not what the count counts."""
    at = next((i for i in range(reach, n.at) if _names_between(ln, i, i + 1) & things), None)
    return at is not None and ln.word_before(at) in vocabulary().location_markers


def _elided(ln: Line, numbers: list[Number], n: Number, target: Counted) -> bool:
    """A count in a later clause followed only by what was done to it, a passive verb past any done word («…, 4 udh
    dijawab»), counts the thing a count of an earlier clause names («6 aduan») when no word of the IKI's result
    names that thing: the verb says what became of them, never that they are the IKI's thing («jawaban»); «5
    permohonan info, 3 udh dijawab» are 3 jawaban of «Jumlah jawaban permohonan informasi …»."""
    done, prefixes = vocabulary().done, tuple(vocabulary_config()["passive_prefixes"])
    said = [t for t in _words_between(ln, n.at + 1, n.clause[1]) if not done.match_at([t], 0)]
    if not said or said[0] in target.written or not said[0].startswith(prefixes) or stem(said[0]) == said[0]:
        return False
    own = target.things | target.written | target.subject
    return any(thing and not (set(thing) | set(terms(thing))) & own
               for m in numbers if m.clause[1] <= n.clause[0]
               for thing in [_words_between(ln, m.at + 1, min(m.clause[1], m.at + 2))])


def _joined(ln: Line, numbers: list[Number], chosen: Number, things: set[str], full: tuple[str, ...]) -> float:
    """The chosen count with the counts joined to it by «+» («kpl 2 bh + 1 kapal tongkang»: 3), each of the thing
    or of a bare counter word («bh», «unit»); the chosen count alone when none is joined."""
    counters, ands = _counting()["counters"], _counting()["sum_joiners"]
    at = {n.at: n for n in numbers}
    run = [chosen]
    for step in (-1, 1):
        n = chosen
        while True:
            # «6 infus pump + 2 syringe pump»: the «+» after the counted thing's words, a kind's name of up to
            # _KIND_WORDS words, or its name and what it is about («4 poster cuci tangan pake sabun + 2 infografis»);
            # «18 infusion pump & 7 syringe pump»: a word of and (counting.sum_joiners) right before a count naming
            # the thing itself
            plus = next((j for j in (n.at + k * step for k in range(1, _PLUS_WORDS + 1))
                         if 0 <= j < len(ln.toks) and (ln.toks[j] == "+" or ln.toks[j] in ands) and
                         all(ln.kinds[m] == "word" for m in range(min(n.at, j) + 1, max(n.at, j)))), None)
            if plus is None:
                break
            plain = ln.toks[plus] != "+"
            other = next((at[j] for j in (plus + step, plus + 2 * step)[:1 if plain else 2] if j in at), None)
            if other is None or (plain and step < 0):
                break
            said = _words_between(ln, other.at + 1, min(other.clause[1], other.at + 2))
            named = _names_between(ln, other.at + 1, other.at + 2) & things
            if not said or not (named or (not plain and (set(said) & counters or _spelled_out(said, full)))):
                break
            run.append(other)
            n = other
    return float(sum(n.value for n in run))


def names_thing(words: list[str], iki: IkiDraft) -> bool:
    """The words name what the IKI counts (its satuan, its result's head) or takes a share of (its result's head), as
    written, as a term, by its kind (counting kinds: «steklaken» is linen) or in chat shorthand («psn» of «pasien …»)."""
    iki = as_indonesian(iki)
    target = counted(iki)
    full = target.words if target else tuple(w for w in tokens(result_parts(iki.indikator)[0]) if w.isalpha())
    heads = set(target.written) if target else set(full[:1])
    if not target and len(full) > 1 and full[0] in _counting()["containers"]:
        heads.add(full[1])  # «Persentase butir soal …»: «120 soal» names what it takes a share of, as a count would
    said = set(words[:1]) | set(terms(words[:1])) | _kinds_named(words) | _spelled_out(words[:1], full)
    return bool(said & (heads | set(terms(list(heads)))))


_KIND_WORDS = 3  # the longest kind's name in words («bed side monitor»)
_PLUS_WORDS = 6  # the most words between a count and a «+» adding another («4 poster cuci tangan pake sabun + 2 …»)


def _kinds_named(words: list[str], starts: int | None = None, counter_kinds: bool = True) -> set[str]:
    """What a kind of thing among the words is called («6 mikropipet» names alat, «14 dossier» permohonan); starts:
    only a name starting among that many first words; counter_kinds: a kind named by a bare counter too («poli»: a
    unit)."""
    found: set[str] = set()
    for kinds, heads in zip(_counting()["kinds"], _counting()["kind_heads"]):
        if not counter_kinds and heads & _counting()["counters"]:
            continue
        if any(kinds.match_at(words, i) for i in range(len(words) if starts is None else min(starts, len(words)))):
            found |= heads
    return found


def _spelled_out(words: list[str], full: tuple[str, ...]) -> set[str]:
    """What the line's chat shorthand stands for among the IKI's own words of its result (Counted.words) and their
    terms: a cut word («serti»: sertifikat), the consonants of one («psn», «org», «kel»: pasien, orang, keluarga) or
    the first letters of a run of them («VeR»: visum et repertum); only a shorthand no word of the language spells,
    standing for one of them alone."""
    found: set[str] = set()
    for word in words:
        if not word.isalpha() or word in full or len(word) < 3 or is_indonesian_word(word):
            continue
        runs = {" ".join(full[i:i + len(word)]) for i in range(len(full) - len(word) + 1)
                if "".join(w[0] for w in full[i:i + len(word)]) == word}
        cut = {f for f in full if len(f) > len(word) + 1 and f[0] == word[0] and
               (f.startswith(word) if len(word) > 4 else _spells(word, f))}
        meant = runs | cut
        if len(meant) == 1:
            found |= meant | set(text_terms(next(iter(meant))))
    return found


def _spells(short: str, full: str) -> bool:
    """The short word's letters stand in the full word in order («psn» in «pasien»)."""
    letters = iter(full)
    return all(c in letters for c in short)


@knowledge.cached
def _people() -> frozenset[str]:
    """People any service counts (link.generic, participant_nouns): an IKI counting them counts them by the kind its
    result names too («12 lansia» of «Jumlah pasien lansia …»), where «12 indikator» counts no «dashboard indikator»."""
    words = vocabulary_config()["link"]["generic"] + vocabulary_config()["participant_nouns"]
    return frozenset(words) | frozenset(t for word in words for t in text_terms(word))


def _same_partners(ln: Line, n: Number, partners: frozenset[str]) -> bool:
    """True unless the number's clause names its partners after it and none is one of the IKI's."""
    toks = list(ln.toks[n.at + 1:n.clause[1]])
    said = _partners(toks)
    return not said or bool(said & partners)


def _words_between(ln: Line, start: int, end: int) -> list[str]:
    return [t for t, k in zip(ln.toks[start:end], ln.kinds[start:end]) if k in ("word", "alnum")]


def _final_clauses(ln: Line, final: frozenset[str]) -> set[tuple[int, int]]:
    """Clauses that say the final state, not negated ("sertifikat blm terbit" does not)."""
    vocab = vocabulary()
    reached = set()
    for clause in ln.clauses():
        toks = list(ln.toks[clause[0]:clause[1]])
        for i in range(len(toks)):
            phrase = vocab.final_states.match_at(toks, i) or vocab.terms.phrases.match_at(toks, i) or \
                (toks[i],)  # «terbitkan»: the state's word in another form
            act = any(acts.match_at(toks, i) for state, acts in _counting()["final_acts"].items() if state in final)
            if not act and (not phrase or not set(terms(list(phrase))) & final):
                continue
            if not {toks[j] for j in range(max(0, i - 2), i)} & vocab.negations and not _for_purpose(toks, i):
                reached.add(clause)
    return reached


def _for_purpose(toks: list[str], at: int) -> bool:
    """The words right before toks[at] say what the work is for (counting.purpose_before: «utk ditindaklanjuti», «for
    follow up»): a state aimed at, not reached."""
    return any(tuple(toks[max(0, at - len(m)):at]) == m for m in _purposes())


@knowledge.cached
def _purposes() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(tokens(str(m))) for m in vocabulary_config()["counting"]["purpose_before"])
