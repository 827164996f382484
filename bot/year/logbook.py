"""Catatan harian: one line of done work read once (its kind, date, duration, the IKI it is about and a quantity
toward it) and kept as an entry; entries linked, re-linked, edited, deleted, given bukti dukung, listed per day or
per IKI, weeks without entries found, and a recap told from new work. Pure functions over YearState."""

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from bot import knowledge
from bot.lang.dates import short_date
from bot.lang.numbers import format_number, parse_number
from bot.lang.text import phrase_set, short, tokens
from bot.models import IkiDraft, SkpDraft
from bot.year import entry_numbers
from bot.year.capaian import follow_logbook
from bot.year.entry_dates import When, read_date
from bot.year.entry_kind import INSTRUCTION_RECEIVED, EntryKind, KindReading, asks_only, case_asked, kind_of
from bot.year.entry_numbers import (
    duration_minutes,
    duration_spans,
    quantity,
    reported_rate,
    reported_value,
    time_unit,
)
from bot.year.line import Line, line, without_tokens
from bot.year.link_words import generic_words, weak_terms
from bot.year.linking import Candidate, Decision, Link, continued, first_piece, line_terms, link, pieces_apart, taught
from bot.year.models import EntryStatus, Evidence, EvidenceKind, LinkChoice, LogEntry, RencanaAksi, YearError, YearState
from bot.year.vocabulary import config, vocabulary
from bot.year.workdays import is_workday


@dataclass(frozen=True)
class EntryReading:
    """What was read from a logbook line; the reply shows it and how to fix it."""

    text: str
    kind: EntryKind
    day: date
    said_date: str  # the words that gave the date ("kemarin"), empty when it is today by default
    minutes: int | None
    link: Link
    quantity: float | None  # toward the IKI it links to (or the first candidate), when that IKI counts the thing
    recap: bool  # "rekap minggu ini: 37 berkas": may repeat what was logged
    figure: float | None = None  # a percentage IKI's figure reported in the line («HI 3%»): not counted
    figure_unit: str = ""  # a time's unit («menit»), "" for a percentage
    rate: tuple[float, float] | None = None  # the figure's numerator and denominator, when read as a rate
    also: dict[str, tuple[float, float]] = field(default_factory=dict)  # rates toward the other offered IKI

    @property
    def iki(self) -> str | None:
        return self.link.candidates[0].iki if self.link.decision is Decision.link else None


def read_entry(text: str, today: date, skp: SkpDraft, rencana: list[RencanaAksi] | None = None,
               kind: KindReading | None = None, choices: list[LinkChoice] | None = None,
               earlier: list[LogEntry] | None = None) -> EntryReading:
    """A line read as a logbook entry. `kind`: the intent reader's reading, when it already has one; `choices`: the
    user's re-links, which teach the lines holding their terms (bot.year.linking.taught); `earlier`: the entries
    kept before, whose IKI a line going on with one of them takes (bot.year.linking.continued)."""
    reading = kind or kind_of(text)
    ln = reading.line
    day, w = read_date(ln, today)
    found = entry_link(ln, w, day, skp, rencana, choices or [], earlier or [], reading)
    if day != today and _things_of_that_day(ln, w, day, earlier or [], found):
        day, w = today, replace(w, kind="", said="")
    day = corrected_day(found, ln, w, day, earlier or [])
    first = _iki(skp, found.candidates[0].iki) if found.candidates and found.decision is not Decision.outside else None
    # «telaah resep 30 + PIO 5 pasien» linked to its first piece: its count is the first piece's, the second's its own
    own, at = first_piece(ln, w, found)
    rate = reported_rate(own, at, first) if first else None
    return EntryReading(text=ln.text, kind=reading.kind, day=day, said_date=w.said, minutes=duration_minutes(ln),
                        link=found, quantity=quantity(own, at, first) if first else None,
                        figure=reported_value(own, at, first) if first else None, rate=rate,
                        figure_unit=(time_unit(first) or "") if first else "",
                        also=_also(ln, w, skp, [c.iki for c in found.candidates[1:]]) if first and rate is None and not found.second else {},
                        recap=ln.has(vocabulary().recap))


def corrected_day(found: Link, ln: Line, w: When, day: date, earlier: list[LogEntry]) -> date:
    """«yg kedua td bukan 3 lokasi tp 2», «yg tadi ralat, 8 pasien»: a line putting an earlier entry right
    (linking.corrected, Link.continues) is of that entry's day, whatever day it is typed on, unless it names a day of
    its own; «tadi» within two words of the pointer («yg td», «yg kedua td»: link.correction.restate pointer) points
    back, no day, and the line's other date words («yg tadi senin …») date it (linking37)."""
    if found.why != "koreksi" or not found.continues:
        return day
    pointer = set(vocabulary().link["correction"]["restate"]["pointer"])
    if w.said and w.kind == "today" and pointer & set(ln.toks[max(0, w.span[0] - 2):w.span[0]]):
        rest = line(without_tokens(ln, [w.span]))
        again, said = read_date(rest, day)
        if said.said:
            return again
    elif w.said:
        return day
    return next((e.day for e in earlier if e.id == found.continues), day)


def entry_link(ln: Line, w: When, day: date, skp: SkpDraft, rencana: list[RencanaAksi] | None,
               choices: list[LinkChoice], earlier: list[LogEntry], kind: KindReading | None = None) -> Link:
    """The IKI a line read on `day` goes to, as the chat decides it: its words (bot.year.linking.link), the earlier
    entry it goes on with or puts right (continued), the user's re-links (taught), more of the last days' work
    (_same_work); work a leader asks, relayed, is asked about (`kind`: the line's reading, when the caller has it).
    The logbook eval reads a line's link through this one too."""
    found = taught(continued(link(ln, w, skp, rencana), ln, w, day, skp, earlier), ln, w, skp, choices)
    found = _same_work(found, ln, w, day, skp, earlier)
    reading = kind or kind_of(ln.text)
    if asks_only(ln, reading, bool(w.kind)):
        return Link(Decision.outside, [], found.confidence, ASKS_ONLY)
    if found.decision is not Decision.link:
        return found
    if reading.why == INSTRUCTION_RECEIVED:
        # «[13.20, 2/12] Kainst: Bapak tolong review SOP proteksi radiasi ya»: work a leader asks, not done yet; kept
        # as an entry only if the user says which IKI, never linked silently (linking36)
        return replace(found, decision=Decision.ask, why=INSTRUCTION_RECEIVED)
    if case_asked(ln, reading):
        # «temen sy nanya bisa pakai IKI sy gak», «kalau konseling KB pasca salin itu kespro kan? 4 org»: a case asked,
        # or work told after one: whether and where it counts is the user's doubt, which a silent link would settle
        # for them (linking39)
        return replace(found, decision=Decision.ask, why=CASE_ASKED)
    return found


ASKS_ONLY = "tanya saja"  # Link.why of a question telling no work: nothing to link
CASE_ASKED = "ditanyakan"  # Link.why of a line asking a case (or telling work after asking one): its IKI asked


def _same_work(found: Link, ln: Line, w: When, day: date, skp: SkpDraft, earlier: list[LogEntry]) -> Link:
    """«verifikasi PCR multipleks run 2 & 3» after «mulai verifikasi metode PCR multipleks pertusis, run 1» went to
    IKI 5: a line whose words match no IKI, sharing at least `same_work.min_terms` terms (no weak word, no people any
    work serves) with linked entries of the last `same_work.days` days that are all one IKI's, is more of that work
    (catatan_harian.yaml link.same_work): never di luar SKP, but asked, that IKI offered first, never linked silently:
    words shared with earlier work, with no word of going on («lanjut», «yg kmrn»: bot.year.linking.continued), are
    weak evidence. Entries of two IKI decide nothing."""
    if found.decision is not Decision.outside or found.why != "tidak cocok":
        return found
    settings = vocabulary().link["same_work"]
    words = set(line_terms(ln, w)) - weak_terms() - generic_words()
    keys = [iki.indikator for iki in skp.iki]
    sharing = []
    for entry in earlier:
        if entry.status is not EntryStatus.linked or entry.iki not in keys or \
                not 0 <= (day - entry.day).days <= settings["days"]:
            continue
        before = line(entry.text)
        if len(words & set(line_terms(before, read_date(before, entry.day)[1]))) >= settings["min_terms"]:
            sharing.append(entry)
    if not sharing or len({e.iki for e in sharing}) > 1:
        return found
    entry = sharing[-1]
    chosen = Candidate(entry.iki, keys.index(entry.iki) + 1, 0.0)
    return Link(Decision.ask, [chosen], found.confidence, "pekerjaan sama", continues=entry.id)


_THING_WORDS = 2  # words of a counted thing between its count and a date word («38 sampel TCM kemarin»)


def _things_of_that_day(ln: Line, w: When, day: date, earlier: list[LogEntry], found: Link) -> bool:
    """«input hasil 38 sampel kemarin ke SITB»: a past day's word right after a count and its thing, when an entry of
    that day counted those very things (38 of them, «sampel» in its words) toward another IKI than the line's, names
    the things that day's work gave: the work now done on them is today's. Toward the same IKI («periksa 38 sampel
    kemarin») it is that day's work told again, and keeps its day."""
    start = w.span[0]
    words = 0
    while words < _THING_WORDS and start - words - 1 >= 0 and ln.kinds[start - words - 1] == "word":
        words += 1
    count = start - words - 1
    if not words or count < 0 or ln.kinds[count] != "num":
        return False
    number, things = parse_number(ln.toks[count]), set(ln.toks[count + 1:start])
    held = [e for e in earlier if e.day == day and e.quantity == number and things & set(line(e.text).toks)]
    own = found.candidates[0].iki if found.candidates and found.decision is not Decision.outside else None
    return bool(held) and all(e.iki != own for e in held)


_RESULT_CUT = re.compile(r"\s*(?:[;+]|,\s)\s*")


def read_results(text: str, today: date, skp: SkpDraft, rencana: list[RencanaAksi] | None = None,
                 kind: KindReading | None = None) -> list[EntryReading]:
    """"PSP 6 usulan selesai + SK hapus 12 unit printer": a line that reports the results of two IKI or more, one
    reading per part, all on the line's date; [] unless each part links clearly to an IKI of its own, and the whole
    line is unsure or each part counts toward its IKI (a line about one result is never cut)."""
    whole = read_entry(text, today, skp, rencana, kind)
    parts: list[str] = []
    for part in (p for p in _RESULT_CUT.split(text) if p.strip()):
        if parts and _continues(part):  # «…, 2 diantaranya cito»: part of what the clause before counted
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.append(part)
    if whole.link.decision is Decision.outside or len(parts) < 2:
        return []
    readings = [read_entry(p, today, skp, rencana) for p in parts]
    keys = [r.iki for r in readings]
    if None in keys or len(set(keys)) < len(keys):
        return []
    # a line linked to its first piece of work (linking.first_work) whose pieces each link clearly: one entry each
    if whole.link.decision is Decision.link and not whole.link.second and any(r.quantity is None for r in readings):
        return []
    return [replace(r, day=whole.day, said_date=whole.said_date) for r in readings]


_CONTINUES_WITHIN = 3  # a clause's first words that may say it continues the one before


def _continues(part: str) -> bool:
    """«2 diantaranya cito», «termasuk 2 cito»: a clause about part of what the clause before counted."""
    words = tokens(part)[:_CONTINUES_WITHIN + 1]
    found = phrase_set("catatan_harian", "continuation_words").find(words)
    return found is not None and found[0] < _CONTINUES_WITHIN


def second_work(entry: LogEntry, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> str:
    """The second piece of work of a linked entry's line, as written, when its link is its first piece's
    (linking.first_work): offered under it as an entry of its own; "" otherwise (the SKP changed since, say)."""
    if entry.status is not EntryStatus.linked:
        return ""
    ln = line(entry.text)
    found = link(ln, read_date(ln, entry.day)[1], skp, rencana)
    return found.second if found.decision is Decision.link and found.candidates[0].iki == entry.iki else ""


def pieces_of(entry: LogEntry, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> tuple[str, str] | None:
    """The two pieces of work of an entry still asked about, as written, when each piece alone offers another IKI
    first (linking.pieces_apart): the reply offers to keep them as two entries; None otherwise."""
    if entry.status is not EntryStatus.unsure:
        return None
    ln = line(entry.text)
    cut = pieces_apart(ln, read_date(ln, entry.day)[1], skp, rencana)
    if cut is None:
        return None
    return ln.text[:ln.spans[cut][0]].strip(" ,;"), ln.text[ln.spans[cut + 1][0]:].strip(" ,;")


def stage_of(rencana: list[RencanaAksi], iki: str, named: int | None, day: date,
             named_by: int | None = None) -> int | None:
    """The stage an entry belongs to: the one its words name, else the first not done that runs in its month. A stage
    named by fewer of its own words (`named_by`) than rencana_aksi.yaml off_schedule_terms that does not run in the
    entry's month loses to one that does: «pantau av shunt 10 px, … lapor dokter» on 4 Feb is the February
    pelaksanaan, not «Pelaporan capaian … per triwulan» (Mar, Jun, Sep, Des) by its one word «lapor» (tester51
    P1-10); «rapat pembahasan draf SOP» in March names the April stage by its act and its object, work done early."""
    plan = next((r for r in rencana if r.iki == iki), None)
    if plan is None:
        return None
    running = [i for i, s in enumerate(plan.stages) if day.month in s.months]
    least = knowledge.data("rencana_aksi")["off_schedule_terms"]
    if named is not None and (named in running or not running or named_by is None or named_by >= least):
        return named
    return next((i for i in running if plan.stages[i].done is None), running[0] if named is not None else None)


def _also(ln: Line, w: When, skp: SkpDraft, keys: list[str]) -> dict[str, tuple[float, float]]:
    """The line's rate toward each other IKI offered beside the linked one, when it reads as one for it (asked only
    when the linked IKI takes no rate of its own from the line)."""
    found = {}
    for key in keys:
        iki = _iki(skp, key)
        rate = reported_rate(ln, w, iki) if iki else None
        if rate is not None:
            found[key] = rate
    return found


def _iki(skp: SkpDraft, key: str) -> IkiDraft | None:
    return next((i for i in skp.iki if i.indikator == key), None)


def _own_piece(entry: LogEntry, skp: SkpDraft, rencana: list[RencanaAksi] | None) -> tuple[Line, When]:
    """The entry's own piece of work: its line up to the second piece when it was linked to its first
    (linking.first_work: «telaah resep 30 + PIO 5 pasien», the second offered as an entry of its own), else the line."""
    ln = line(entry.text)
    w = read_date(ln, entry.day)[1]
    if entry.status is not EntryStatus.linked:
        return ln, w
    found = link(ln, w, skp, rencana)
    if found.decision is Decision.link and found.second_at and found.candidates[0].iki == entry.iki:
        return first_piece(ln, w, found)
    return ln, w


def _numbers_for(ln: Line, w: When, iki: IkiDraft) -> dict:
    """The entry's quantity and reported figure (with its rate) toward the IKI, read again from its own piece."""
    return {"quantity": quantity(ln, w, iki), "figure": reported_value(ln, w, iki), "rate": reported_rate(ln, w, iki),
            "figure_unit": time_unit(iki) or ""}


def rate_unread(entry: LogEntry, skp: SkpDraft) -> bool:
    """A linked entry with counts toward its percentage IKI whose figure could not be read (entry_numbers.rate_unread)."""
    return entry.figure is None and _unread(entry, skp, entry_numbers.rate_unread)


def count_unread(entry: LogEntry, skp: SkpDraft) -> bool:
    """A linked entry about what its count IKI counts whose quantity could not be read (entry_numbers.count_unread)."""
    return entry.quantity is None and _unread(entry, skp, entry_numbers.count_unread)


def part_read(entry: LogEntry, skp: SkpDraft) -> tuple[float, float] | None:
    """The N of «… 1/6» an entry's quantity was read from (entry_numbers.part_of_total), so the reply says how it was
    read: (N, M); None when its quantity came from anything else."""
    iki = _iki(skp, entry.iki) if entry.iki else None
    target = entry_numbers.counted(iki) if iki is not None and entry.quantity is not None else None
    if target is None:
        return None
    ln = line(entry.text)
    part = entry_numbers.part_of_total(ln, read_date(ln, entry.day)[1], target)
    return part[1:] if part is not None and part[1] == entry.quantity else None


def _unread(entry: LogEntry, skp: SkpDraft, reader) -> bool:
    iki = _iki(skp, entry.iki) if entry.iki else None
    if iki is None:
        return False
    ln = line(entry.text)
    return reader(ln, read_date(ln, entry.day)[1], iki)


def _entry(year: YearState, entry_id: str) -> LogEntry:
    found = next((e for e in year.entries if e.id == entry_id), None)
    if found is None:
        raise YearError(f"Catatan {entry_id} tidak ada (mungkin sudah dihapus). Ketik /catatan untuk melihat daftarnya.")
    return found


def _replace(year: YearState, entry: LogEntry) -> YearState:
    return follow_logbook(year.model_copy(update={"entries": [entry if e.id == entry.id else e for e in year.entries]}))


def add_entry(year: YearState, reading: EntryReading, now: datetime, stage: int | None = None) -> tuple[YearState, LogEntry]:
    """The entry kept as read: linked, di luar SKP, or waiting for the user's pick among the candidates."""
    status = {Decision.link: EntryStatus.linked, Decision.outside: EntryStatus.outside,
              Decision.ask: EntryStatus.unsure}[reading.link.decision]
    entry = LogEntry(
        id=f"c{year.next_entry}", day=reading.day, text=reading.text, status=status,
        iki=reading.iki, candidates=[c.iki for c in reading.link.candidates] if status is EntryStatus.unsure else [],
        stage=stage if stage is not None else
        (stage_of(year.rencana, reading.iki, reading.link.candidates[0].stage, reading.day,
                  reading.link.candidates[0].stage_terms) if reading.iki else None),
        quantity=reading.quantity if status is EntryStatus.linked else None, minutes=reading.minutes, created=now,
        figure=reading.figure if status is EntryStatus.linked else None,
        figure_unit=reading.figure_unit if status is EntryStatus.linked else "",
        rate=reading.rate if status is EntryStatus.linked else None,
        also={k: r for k, r in reading.also.items() if k != reading.iki} if status is EntryStatus.linked else {})
    update = {"entries": year.entries + [entry], "next_entry": year.next_entry + 1,
              "year": year.year or reading.day.year}
    return follow_logbook(year.model_copy(update=update)), entry


def choose(year: YearState, entry_id: str, skp: SkpDraft, iki: str | None) -> YearState:
    """The user's pick (an answer to «IKI mana?», or a re-link later): an IKI key, or None for di luar SKP. The
    quantity is read again toward the chosen IKI."""
    entry = _entry(year, entry_id)
    if iki is None:
        return _replace(year, entry.model_copy(update={"status": EntryStatus.outside, "iki": None, "candidates": [],
                                                       "quantity": None, "figure": None, "stage": None, "also": {}}))
    chosen = _iki(skp, iki)
    if chosen is None:
        raise YearError("IKI itu tidak ada di SKP Anda sekarang. Ketik /skp untuk melihat nomornya.")
    if not (entry.status is EntryStatus.linked and entry.iki == iki):  # the user's pick teaches their next lines
        ln = line(entry.text)
        terms = line_terms(ln, read_date(ln, entry.day)[1])
        kept = [c for c in year.choices if c.terms != terms]
        kept.append(LinkChoice(terms=terms, iki=iki, entry=entry.id))
        year = year.model_copy(update={"choices": kept[-vocabulary().link["taught_kept"]:]})
    ln = line(entry.text)
    offered = [k for k in entry.candidates + list(entry.also) + ([entry.iki] if entry.iki else []) if k != iki]
    numbers = _numbers_for(*_own_piece(entry, skp, year.rencana), chosen)
    # a rate the chosen IKI takes is its own: never counted for another IKI offered beside it as well (tester13 #7)
    also = _also(ln, read_date(ln, entry.day)[1], skp, list(dict.fromkeys(offered))) if numbers["rate"] is None else {}
    return _replace(year, entry.model_copy(update={
        "status": EntryStatus.linked, "iki": iki, "candidates": [], "stage": stage_of(year.rencana, iki, None, entry.day),
        "also": also, **numbers}))


def edit(year: YearState, entry_id: str, *, day: date | None = None, quantity_value: float | None = None,
         text: str | None = None, today: date | None = None) -> YearState:
    """A correction: the date (never after today), the quantity, or the text. The link and the quantity are kept
    whatever changes; a new date moves the entry to the stage of its month when its own stage does not run then."""
    entry = _entry(year, entry_id)
    update: dict = {}
    if day is not None:
        if today is not None and day > today:
            raise YearError("Tanggal catatan tidak boleh sesudah hari ini; catatan harian berisi pekerjaan yang "
                            "sudah dilakukan.")
        update["day"] = day
        plan = next((r for r in year.rencana if r.iki == entry.iki), None) if entry.iki else None
        if plan and entry.stage is not None and (entry.stage >= len(plan.stages)
                                                 or day.month not in plan.stages[entry.stage].months):
            update["stage"] = stage_of(year.rencana, entry.iki, None, day)  # the stage that runs in the new month
    if quantity_value is not None:
        if quantity_value < 0:
            raise YearError("Jumlah tidak bisa negatif.")
        if entry.status is not EntryStatus.linked:
            raise YearError("Hubungkan catatan ini ke salah satu IKI dulu, baru jumlahnya dihitung.")
        update["quantity"] = float(quantity_value)
    if text is not None:
        if not text.strip():
            raise YearError("Uraian catatan tidak boleh kosong.")
        update["text"] = text.strip()
    return _replace(year, entry.model_copy(update=update))


def delete(year: YearState, entry_id: str) -> YearState:
    _entry(year, entry_id)
    return follow_logbook(year.model_copy(update={"entries": [e for e in year.entries if e.id != entry_id]}))


def attach(year: YearState, entry_id: str, evidence: Evidence) -> YearState:
    """Bukti dukung on the entry (the same file twice is kept once)."""
    entry = _entry(year, entry_id)
    same = [e for e in entry.evidence if (evidence.file_id and e.file_id == evidence.file_id)
            or (evidence.sha256 and e.sha256 == evidence.sha256) or (evidence.path and e.path == evidence.path)
            or (evidence.kind is EvidenceKind.link and e.kind is EvidenceKind.link and e.name == evidence.name)]
    if same:
        return year
    return _replace(year, entry.model_copy(update={"evidence": entry.evidence + [evidence]}))


def evidence_target(year: YearState, now: datetime) -> LogEntry | None:
    """The entry a photo or document sent now belongs to: the latest one kept, or changed by its id, within the last
    minutes (knowledge/catatan_harian.yaml evidence_minutes)."""
    window = timedelta(minutes=config()["evidence_minutes"])
    acted = {e.id: max((t, n) for n, t in enumerate((e.created, e.touched)) if t)  # a change after its keeping wins
             for e in year.entries if e.created or e.touched}
    recent = [e for e in year.entries if e.id in acted and timedelta(0) <= now - acted[e.id][0] <= window]
    recent = [e for e in recent if e.id in year.latest] or recent  # the latest message's entries first
    return max(recent, key=lambda e: acted[e.id]) if recent else None  # one line kept as several: its first


def note_latest(before: YearState, after: YearState) -> YearState:
    """After one message: the entries it kept or changed by their id become the latest (unchanged when none)."""
    old = {e.id: e.touched for e in before.entries}
    acted = [e.id for e in after.entries if e.id not in old or (e.touched and e.touched != old[e.id])]
    return after.model_copy(update={"latest": acted}) if acted else after


def touch(year: YearState, entry_id: str, now: datetime) -> YearState:
    """The entry the user has just changed by its id: a file sent next is its bukti dukung."""
    kept = _entry(year, entry_id).model_copy(update={"touched": now})
    return year.model_copy(update={"entries": [kept if e.id == entry_id else e for e in year.entries]})


def twin_of(year: YearState, entry: LogEntry) -> LogEntry | None:
    """An earlier entry of the same day with the same words («rapat komite farmasi terapi» sent twice): the chat warns
    that it may be a double, and keeps both until the user says which goes."""
    words = tokens(entry.text)
    return next((e for e in year.entries if e.id != entry.id and e.day == entry.day and tokens(e.text) == words
                 and int(e.id[1:]) < int(entry.id[1:])), None)


def entries_between(year: YearState, start: date, end: date) -> list[LogEntry]:
    """Entries from start to end (inclusive), by date then as kept."""
    return sorted((e for e in year.entries if start <= e.day <= end), key=lambda e: (e.day, int(e.id[1:])))


def entries_of(year: YearState, iki: str | None) -> list[LogEntry]:
    """An IKI's entries (None: those di luar SKP), by date."""
    if iki is None:
        chosen = [e for e in year.entries if e.status is EntryStatus.outside]
    else:
        chosen = [e for e in year.entries if e.status is EntryStatus.linked and e.iki == iki]
    return sorted(chosen, key=lambda e: (e.day, int(e.id[1:])))


def quiet_weeks(year: YearState, since: date, today: date) -> list[date]:
    """Mondays of the weeks from `since` to last week that had working days off leave but no entry: the /catatan list
    notes them (a week of cuti set in /pengingat is no quiet week, tester22b #17)."""
    logged = {e.day for e in year.entries}
    pauses = year.reminders.pauses
    monday = since - timedelta(days=since.weekday())
    this_week = today - timedelta(days=today.weekday())
    missing = []
    while monday < this_week:
        days = [monday + timedelta(days=i) for i in range(7)]
        if any(is_workday(d) and not any(p.start <= d <= p.end for p in pauses) for d in days) \
                and not logged & set(days):
            missing.append(monday)
        monday += timedelta(days=7)
    return missing


@dataclass(frozen=True)
class Recap:
    quantity: float
    logged: float  # what the IKI's entries of the period already count
    start: date
    end: date

    @property
    def repeats(self) -> bool:
        return abs(self.quantity - self.logged) < 1e-9


def recap_check(year: YearState, reading: EntryReading, iki: str) -> Recap | None:
    """For a line that sums up a week or a month ("rekap minggu ini: 37 berkas"): what that period's entries
    already count for the IKI, so the bot asks before adding the number again."""
    if not reading.recap or reading.quantity is None:
        return None
    ln = line(reading.text)
    month_named = next((vocabulary().months[t] for t in ln.toks if t in vocabulary().months), None)
    if ln.has(phrase_set("catatan_harian", "recap_month")) or month_named:
        month = month_named or reading.day.month
        start = date(reading.day.year, month, 1)
        end = (date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(days=1))
    else:
        start = reading.day - timedelta(days=reading.day.weekday())
        end = start + timedelta(days=6)
    logged = sum(e.quantity or 0.0 for e in entries_of(year, iki) if start <= e.day <= end)
    return Recap(reading.quantity, float(logged), start, min(end, reading.day))


def figure_text(entry: LogEntry) -> str:
    """The figure a line reported, as /catatan and the «Catatan Harian» sheet both show it: «66,7% (2 dari 3)»,
    «3%»; empty when it reported none."""
    if entry.figure is None:
        return ""
    rate = f" ({format_number(entry.rate[0])} dari {format_number(entry.rate[1])})" if entry.rate else ""
    return f"{format_number(entry.figure)}{' ' + entry.figure_unit if entry.figure_unit else '%'}{rate}"


def described(entry: LogEntry) -> str:
    """The work an entry tells, as the «Catatan Harian» sheet's Uraian writes it: without the words that gave its date
    («kemarin», «senin:», «tgl 3») or its duration («selama 3 jam», «, kurang dr 2 jam»), which have their own columns;
    the line as typed when nothing else is left."""
    ln = line(entry.text)
    _, w = read_date(ln, entry.created.date() if entry.created else entry.day)
    cut = []
    if w.span[1] > w.span[0]:
        end = _trailed(ln, w.span[1], "date_trail_words")
        if end < len(ln.toks) and vocabulary().months.get(ln.toks[end]) == entry.day.month:
            end += 1  # «rabu 15 april …» read from «rabu 15»: the month after it is the date's too (tester56 F23)
        cut.append((_led(ln, w.span[0], "date_lead_words"), end))
    cut += [(_led(ln, start, "duration_lead_words"), end) for _, start, end, _ in duration_spans(ln)]
    return without_tokens(ln, cut) or entry.text


def _led(ln: Line, start: int, key: str) -> int:
    """Where the words leading up to token `start` from the list `key` begin («pada hari senin»: at «pada»)."""
    leads = [tuple(p.lower().split()) for p in config()[key]]
    while (at := ln.phrase_start_before(start, leads)) is not None:
        start = at
    return start


def _trailed(ln: Line, end: int, key: str) -> int:
    """Where the words from the list `key` right after token `end` stop («rabu lalu»: after «lalu»)."""
    trails = sorted((tuple(p.lower().split()) for p in config()[key]), key=len, reverse=True)
    while (found := next((p for p in trails if ln.toks[end:end + len(p)] == p), None)) is not None:
        end += len(found)
    return end


def entry_text(entry: LogEntry, number: int | None = None) -> str:
    """One line of /catatan: date, what was done, the IKI (or di luar SKP), quantity, duration, bukti."""
    # an IKI no longer in the SKP (its text turned into another IKI mid-year) is named by its old words, never «IKI»
    link_text = {EntryStatus.linked: f"IKI {number}" if number else f"IKI lama «{short(entry.iki or '', 50)}»",
                 EntryStatus.outside: "di luar SKP",
                 EntryStatus.unsure: "belum dipilih IKI-nya"}[entry.status]
    extras = [link_text]
    if entry.quantity is not None:
        extras.append(f"jumlah {format_number(entry.quantity)}")
    if entry.figure is not None:
        extras.append(f"nilai {figure_text(entry)}")
    if entry.minutes:
        extras.append(f"{entry.minutes // 60} jam {entry.minutes % 60} menit".replace(" 0 menit", ""))
    if entry.evidence:
        extras.append(f"📎 {len(entry.evidence)} bukti")
    return f"{short_date(entry.day)} {entry.text} — {', '.join(extras)}"


def read_period(text: str, today: date) -> tuple[date, date] | None:
    """The days a listing asks for: "hari ini", "kemarin", "minggu ini", "minggu lalu", "bulan ini", "bulan lalu",
    a month's name ("maret": its latest one); None when it names none."""
    ln = line(text)
    vocab = vocabulary()
    monday = today - timedelta(days=today.weekday())
    if ln.has(vocab.last_week):
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if ln.has(phrase_set("catatan_harian", "this_week")):
        return monday, today
    first = today.replace(day=1)
    if ln.has(phrase_set("catatan_harian", "last_month")):
        last = first - timedelta(days=1)
        return last.replace(day=1), last
    if ln.has(phrase_set("catatan_harian", "this_month")):
        return first, today
    month = next((vocab.months[t] for t in ln.toks if t in vocab.months), None)
    if month:
        year = today.year if month <= today.month else today.year - 1
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return date(year, month, 1), min(end, today)
    if ln.has(vocab.yesterday):
        return today - timedelta(days=1), today - timedelta(days=1)
    if ln.has(vocab.today):
        return today, today
    return None


def running_period(text: str) -> bool:
    """The text names a stretch of the running days («hari ini», «kemarin», «minggu ini», «bulan lalu»), never a
    month's name: what a figure was counted over, which an IKI (set for the year) never says (tester53 P1-10)."""
    ln, vocab = line(text), vocabulary()
    return any(ln.has(words) for words in (vocab.today, vocab.yesterday, vocab.last_week,
                                           phrase_set("catatan_harian", "this_week"),
                                           phrase_set("catatan_harian", "this_month"),
                                           phrase_set("catatan_harian", "last_month")))


def per_day(text: str, today: date) -> list[tuple[date, float]]:
    """"supervisi 6 puskesmas (senin 2, selasa 2, kamis 2)": the quantity of each day named, dated in the week the
    line is about (this week unless it says last week); empty unless two days or more are named."""
    ln, vocab = line(text), vocabulary()
    week_back = 7 if ln.has(vocab.last_week) else 0
    monday = today - timedelta(days=today.weekday() + week_back)
    found = []
    for i, tok in enumerate(ln.toks[:-1]):
        if tok in vocab.weekdays and ln.kinds[i + 1] == "num" and (value := parse_number(ln.toks[i + 1])) is not None:
            day = monday + timedelta(days=vocab.weekdays[tok])
            if day <= today:
                found.append((day, value))
    return found if len(found) >= 2 else []
