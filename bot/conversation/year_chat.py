"""The year in the chat (issue 18): /rencana, /catat and a plain logbook line, /catatan, /capaian, /pengingat,
/tetapkan with perubahan SKP, bukti dukung, the realisasi answers and the reminders the engine's tick posts. Thin:
every decision is a pure function of bot.year; this module reads the turn, calls it and words the reply."""

import logging
import re
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from bot import knowledge
from bot.conversation import draft_save
from bot.conversation.answers import value_leads
from bot.conversation.choices import typed_choice
from bot.conversation.evidence_path import describes_evidence
from bot.conversation.iki_fields import is_yes, new_iki_in, reads_as_iki, short
from bot.conversation.intent import Intent, Route, after_yes, classify
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState, YearAsk
from bot.lang.dates import quarter_number, quarter_pattern
from bot.lang.numbers import format_number, parse_number
from bot.lang.refs import iki_ref_source, iki_refs
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.values import numbers_in
from bot.logs import pseudonym
from bot.models import IkiDraft, SkpDraft
from bot.render import serious_findings
from bot.rules import check_skp
from bot.rules.draft_reading import read
from bot.rules.lexicon import lexicon
from bot.skp.dialog_pack import trajectory
from bot.storage import StoreUnavailable
from bot.team.record import Status
from bot.year import agenda as agendas
from bot.year import capaian as capaians
from bot.year import linking, logbook, reminders, rencana, versions
from bot.year.entry_dates import When, read_date, resolve, week_only, when
from bot.year.entry_kind import (
    EntryKind,
    KindReading,
    content_at,
    iki_number_in,
    kind_of,
    records_asked,
    reports_work,
)
from bot.year.line import line
from bot.year.linking import Link
from bot.year.models import (
    EntryStatus,
    Evidence,
    EvidenceKind,
    LogEntry,
    RealisasiSource,
    Unplaced,
    YearError,
    YearState,
)
from bot.year.periods import month_name, month_short, quarter_end, quarter_label, quarter_of
from bot.year.realisasi_reading import figure_only, read_realisasi, record_answers
from bot.year.reminder_reading import ReminderRequest, apply_request, follow_up, read_request
from bot.year.reminders import DueReminder, ReminderKind, due_reminders
from bot.year.rencana_reading import asks_change, read_edit
from bot.year.vocabulary import config as vocabulary_config
from bot.year.vocabulary import vocabulary
from bot.year.workdays import next_workday

log = logging.getLogger("asisten_iki.reminders")

NO_SKP = "Belum ada IKI di SKP Anda. Susun dulu dengan /prima atau tempel daftar IKI Anda, lalu simpan."
SKP_INSTRUCTION = ("Itu perintah untuk SKP Anda, jadi tidak saya catat sebagai pekerjaan. Ubah IKI dengan /ubah N (misalnya "
                   "/ubah 2 target 90), buang dengan /buang N, ajukan ke atasan dengan /ajukan, atau tetapkan dengan "
                   "/tetapkan; tombol yang masih tampil juga bisa dipakai.")
_ENTRY_ID = re.compile(r"\b(c\d{1,5})\b", re.IGNORECASE)
_TO_IKI = re.compile(rf"\b(?:ke|to)\s+{iki_ref_source()}|\bke\s+(?:di\s*)?luar\s+skp\b", re.IGNORECASE)
_ID_FIRST = re.compile(r"^\s*(?:\S+\s+){0,2}?c\d{1,5}\b", re.IGNORECASE)  # «c1 …», «hapus catatan c2», «catatan c1 …»
_WEEKDAY_DAY = re.compile(r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s+(?:tgl\s*)?(\d{1,2})\b(?!\s*(?:/|jam|berkas))",
                          re.IGNORECASE)
_DELETE = re.compile(r"\b(?:hapus|buang|delete)\b", re.IGNORECASE)


@knowledge.cached
def _quantity() -> re.Pattern:
    """«jumlahnya jadi 15», «jml: 15»: an entry's count typed as the new one."""
    return re.compile(rf"\b(?:jumlah|jml|qty)(?:nya)?\s*(?:{value_leads()})?\s*(\d[\d.,]*)", re.IGNORECASE)


def logging(state: UserState) -> bool:
    """Whether the user keeps a logbook: an SKP agreed, or entries already kept."""
    return bool(state.skp.iki) and (state.year.agreed or bool(state.year.entries))


def _today(now: datetime) -> date:
    return now.date()


def _number(skp: SkpDraft, key: str | None) -> int | None:
    return next((i + 1 for i, iki in enumerate(skp.iki) if iki.indikator == key), None)


# Catatan harian ---------------------------------------------------------------------------------------------------
@knowledge.cached
def _logging_words() -> frozenset[str]:
    return frozenset(knowledge.data("catatan_harian")["logging_words"])


def catat(state: UserState, text: str, now: datetime, reading: KindReading | None = None) -> list[Reply]:
    """/catat TEKS, or a plain line read as done work: kept as an entry (several when days are named), linked to an
    IKI when the match is clear, else asked with the candidate IKI as buttons."""
    if not text.strip():
        return [Reply("Tulis pekerjaan yang sudah dilakukan setelah /catat, contoh:\n/catat hari ini review 12 berkas "
                      "usulan kenaikan pangkat")]
    ln = line(text)
    if not [i for i in content_at(ln, when(ln)) if ln.toks[i] not in _logging_words()]:  # «Catat hari ini», «catat dong»
        return [Reply("Apa yang sudah Anda kerjakan? Kirim satu baris, misalnya «hari ini review 12 berkas usulan "
                      "kenaikan pangkat», lalu saya catat dan hubungkan ke IKI-nya.")]
    today = _today(now)
    if "\n" in text.strip():
        many = many_lines(state, text, now)
        if many:
            return many
    days = logbook.per_day(text, today) if "(" in text else []
    if days:  # "supervisi 6 puskesmas (senin 2, selasa 2, kamis 2)": one entry a day, each with its count
        return _per_day(state, text, now, days)
    split = _split_days(text, today)
    if split:
        return [r for day, part in split for r in _keep(state, part, now, day=day)]
    results = logbook.read_results(text, today, state.skp, state.year.rencana, reading)
    if results:  # "PSP 6 usulan selesai + SK hapus 12 unit printer": one entry per IKI's result
        return [_add(state, read, now) for read in results]
    return _keep(state, text, now, reading=reading)


def _add(state: UserState, read: logbook.EntryReading, now: datetime) -> Reply:
    state.year, entry = logbook.add_entry(state.year, read, now)
    return _kept_reply(state, entry, read.said_date, read.link)


_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s*")


def many_lines(state: UserState, text: str, now: datetime) -> list[Reply]:
    """Several lines of done work pasted at once (a week caught up): each line kept as its own entry; [] when most
    lines are not done work (a pasted list of IKI, say)."""
    # a heading such as «maaf 2 minggu ga sempat catat. nih:» introduces the lines; it is no work of its own
    lines = [_BULLET.sub("", ln).strip() for ln in text.splitlines() if ln.strip() and not ln.rstrip().endswith(":")]
    readings = [(ln, kind_of(ln, logging=True)) for ln in lines]
    reports = [(ln, r) for ln, r in readings if r.kind is EntryKind.report]
    if len(reports) < 2 or len(reports) * 2 < len(lines):
        return []
    days = _one_week(reports, _today(now))
    return [reply for (ln, r), day in zip(reports, days) for reply in _keep(state, ln, now, reading=r, day=day)]


def _one_week(reports: list[tuple[str, KindReading]], today: date) -> list[date | None]:
    """The weekdays of a week pasted in order are one week: a line whose weekday falls after the next line's day
    («senin …» typed on a Monday, then «selasa …», «rabu …» of the week past) is from the week before (tester21b #5:
    Monday was today, Tuesday to Friday last week). The day moved for each line, None where it stays as read."""
    moved: list[date | None] = [None] * len(reports)
    later = None
    for k in range(len(reports) - 1, -1, -1):
        when = reports[k][1].when
        if when.kind != "weekday":
            continue
        day = resolve(when, today)
        if later is not None and day > later and not when.last_week:
            day = moved[k] = resolve(_last_week(when), today)
        later = day
    return moved


def _per_day(state: UserState, text: str, now: datetime, days: list[tuple[date, float]]) -> list[Reply]:
    read = logbook.read_entry(text, _today(now), state.skp, state.year.rencana,
                              choices=state.year.choices, earlier=state.year.entries)
    replies = []
    for day, amount in days:
        one = replace(read, day=day, quantity=amount if read.iki else None, said_date=f"{day:%d/%m}")
        state.year, entry = logbook.add_entry(state.year, one, now)
        replies.append(_kept_reply(state, entry, one.said_date, one.link))
    return replies


def _split_days(text: str, today: date) -> list[tuple[date, str]]:
    """"senin 16 verif 12 berkas, rabu 18 terbit 3 SK": a line naming two days or more, one part per day."""
    parts = [p.strip() for p in re.split(r"[,;]|\.\s", text) if p.strip()]
    if len(parts) < 2:
        return []
    dated = []
    for part in parts:
        reading = kind_of(part, logging=True)
        if reading.when.kind not in ("weekday", "day", "day_month", "yesterday", "days_back"):
            if dated:
                dated[-1] = (dated[-1][0], f"{dated[-1][1]}, {part}")
                continue
            if any(w in part.lower() for w in ("maaf", "minggu lalu", "sempet", "sempat")):
                continue  # an opening apology or "minggu lalu ga sempet isi" carries no work
            return []
        dated.append((reading.when, part))
    if len(dated) < 2:
        return []
    back = "minggu lalu" in text.lower() or "pekan lalu" in text.lower()
    found = []
    for w, part in dated:
        day = resolve(_last_week(w) if back and w.kind == "weekday" else w, today)
        named = _WEEKDAY_DAY.search(part)  # "senin 16": the 16th, the weekday only confirms it
        if named and 1 <= int(named.group(1)) <= 31:
            month_start = today.replace(day=1)
            try:
                candidate = today.replace(day=int(named.group(1)))
            except ValueError:
                candidate = None
            if candidate is None or candidate > today:
                prev = month_start - timedelta(days=1)
                candidate = prev.replace(day=min(int(named.group(1)), prev.day))
            day = candidate
        found.append((day, part))
    return found


def _last_week(w: When) -> When:
    return replace(w, last_week=True)


def _keep(state: UserState, text: str, now: datetime, reading: KindReading | None = None,
          day: date | None = None) -> list[Reply]:
    year, skp = state.year, state.skp
    read = logbook.read_entry(text, _today(now), skp, year.rencana, reading, year.choices, year.entries)
    if day is not None:
        read = replace(read, day=day, said_date=read.said_date or "hari")  # its figure and rate kept
    if read.recap and read.iki:
        recap = logbook.recap_check(year, read, read.iki)
        if recap and recap.repeats:
            state.year_ask = YearAsk(kind="recap", line=text)
            return [Reply(f"Jumlah {format_number(recap.quantity)} itu sama dengan yang sudah tercatat untuk IKI "
                          f"{_number(skp, read.iki)} dari {recap.start:%d/%m} sampai {recap.end:%d/%m}. Ini hanya "
                          "rekap, atau pekerjaan baru?",
                          [Button("Hanya rekap, jangan dicatat", "year:recap:skip"),
                           Button("Catat sebagai pekerjaan baru", "year:recap:add")], choice_only=True)]
    state.year, entry = logbook.add_entry(year, read, now)
    return [_kept_reply(state, entry, read.said_date, read.link)]


def _kept_reply(state: UserState, entry: LogEntry, said: str = "", found: Link | None = None) -> Reply:
    """The entry as kept, with its buttons; from its link (found): what the user did, when no IKI offered names it
    (asked about by name, so the user sees why the bot did not link), the entry whose re-link decided it or the
    earlier entry it goes on with, said."""
    skp = state.skp
    unnamed, taught, continues = (found.unnamed, found.taught, found.continues) if found else ("", "", "")
    day = f"{entry.day.day} {month_name(entry.day.month)}" + (f" (dari «{said}»)" if said else "")
    lines = [f"Dicatat ({entry.id}), tanggal {day}: {entry.text}"]
    if week_only(said):  # «minggu lalu» names no day: the one taken is said, with how to set it right
        lines.append(f"Harinya tidak disebut, jadi saya pakai hari yang sama minggu lalu. Bila lain, ganti tanggalnya: "
                     f"«{entry.id} tanggal {entry.day.day}/{entry.day.month}» dengan tanggal yang benar.")
    twin = logbook.twin_of(state.year, entry)
    if twin is not None:  # sent twice? kept, and said, so the user can drop one
        lines.append(f"Catatan ini sama dengan {twin.id} pada tanggal yang sama. Kalau terkirim dua kali, hapus "
                     f"dengan «hapus {entry.id}».")
    if entry.status is EntryStatus.linked:
        number = _number(skp, entry.iki)
        lines.append(f"IKI {number}: {short(entry.iki or '', 60)}" +
                     (f" (seperti pilihan Anda untuk {taught})" if taught else
                      f" (lanjutan {continues})" if continues else ""))
        if entry.quantity is not None:
            lines.append(f"Jumlah: {format_number(entry.quantity)}")
        elif entry.figure is None and logbook.count_unread(entry, skp):  # never a silent 0 toward a count IKI
            lines.append(f"Jumlahnya berapa? Belum terbaca dari catatan ini, jadi belum dihitung untuk IKI {number}. "
                         f"Bila ada yang dihitung, tulis misalnya «{entry.id} jumlah 5».")
        if entry.figure is not None:  # «HI 3%»: a reported figure, offered for the quarter's realisasi
            rate = f"{format_number(entry.rate[0])} dari {format_number(entry.rate[1])}" if entry.rate else ""
            pooled = capaians.logbook_rate(state.year, entry.iki or "", quarter_of(entry.day), entry.day.year) \
                if entry.rate else None
            if pooled and pooled != entry.rate:  # every line of the quarter counts, not this day's alone
                lines.append(f"Nilai: {rate} = {format_number(entry.figure)}%; {quarter_label(quarter_of(entry.day))} "
                             f"menurut catatan: {format_number(pooled[0])} dari {format_number(pooled[1])} = "
                             f"{format_number(round(pooled[0] / pooled[1] * 100, 1))}% (dipakai untuk realisasi "
                             "triwulan ini bila tidak diisi lain)")
            else:
                unit = f" {entry.figure_unit}" if entry.figure_unit else "%"
                lines.append(f"Nilai: {rate + ' = ' if rate else ''}{format_number(entry.figure)}{unit} (dipakai untuk "
                             "realisasi triwulan ini bila tidak diisi lain)")
            if rate:  # read from two numbers: how to set it right when they were read another way
                lines.append(f"Bila salah, ubah catatannya lewat /catatan ({entry.id}), atau isi realisasinya dengan "
                             f"/capaian, misalnya «{rate}».")
        for key, (part, whole) in entry.also.items():  # the same line, a rate toward another IKI: said, not silent
            lines.append(f"Juga dihitung untuk IKI {_number(skp, key)}: {format_number(part)} dari "
                         f"{format_number(whole)}.")
        if entry.stage is not None:
            plan = next((r for r in state.year.rencana if r.iki == entry.iki), None)
            if plan and entry.stage < len(plan.stages):
                lines.append(f"Tahap: {plan.stages[entry.stage].name}")
    elif entry.status is EntryStatus.outside:
        lines.append("Di luar SKP.")
    if entry.minutes:
        lines.append(f"Durasi: {entry.minutes // 60} jam {entry.minutes % 60} menit".replace(" 0 menit", ""))
    # Every IKI and «di luar SKP», always in the same places: one tap picks or fixes the link whatever the match
    # offered, and a tap on the IKI it already has changes nothing (the candidates of an unsure match come first).
    every = list(range(1, min(len(skp.iki), _LINK_BUTTONS) + 1))
    if entry.status is EntryStatus.unsure:
        if unnamed:  # «update sitrep harian di grup WA krisis»: only a side word matched
            lines.append(f"«{unnamed}» tidak disebut di IKI {_number(skp, entry.candidates[0])}; yang cocok hanya "
                         "keterangannya (tempat, mitra, sarana atau tujuan).")
        lines.append(_which_iki(skp, entry))
        return Reply("\n".join(lines), _pick_buttons(skp, entry), choice_only=True)
    if not skp.iki:  # nothing to link to yet: said so, never «Salah IKI?» over no buttons
        lines.append(f"Belum ada IKI di SKP Anda; catatan ini bisa ditautkan nanti («{entry.id} ke IKI 1»). Susun SKP "
                     "dengan /prima atau tempel daftar IKI Anda.")
        return Reply("\n".join(lines))
    lines.append(f"Salah IKI? Pilih yang benar di bawah; ubah atau hapus lewat /catatan ({entry.id}).")
    buttons = [Button(f"IKI {n}", f"year:link:{entry.id}:{n}") for n in every]
    return Reply("\n".join(lines), buttons + [Button("di luar SKP", f"year:link:{entry.id}:0")])


_LINK_BUTTONS = 8  # IKI offered as buttons under an entry; more are linked by typing «c3 ke IKI 9»


def _which_iki(skp: SkpDraft, entry: LogEntry) -> str:
    """«IKI mana yang dimaksud?» with the candidates named: the buttons carry only numbers, and a user with five IKI
    cannot tell «IKI 1» from «IKI 5» without opening /skp."""
    named = [(n, key) for n, key in ((_number(skp, key), key) for key in entry.candidates) if n]
    if not named:
        return "IKI mana yang dimaksud?"
    return "IKI mana yang dimaksud?\n" + "\n".join(f"• IKI {n}: {short(key, 70)}" for n, key in named)


def _pick_buttons(skp: SkpDraft, entry: LogEntry) -> list[Button]:
    """«IKI mana?» under an unsure entry: its candidates first, then every other IKI, then «di luar SKP»."""
    offered = [n for n in (_number(skp, key) for key in entry.candidates) if n]
    numbers = offered + [n for n in range(1, min(len(skp.iki), _LINK_BUTTONS) + 1) if n not in offered]
    return [Button(f"IKI {n}", f"year:link:{entry.id}:{n}") for n in numbers] + \
        [Button("di luar SKP", f"year:link:{entry.id}:0")]


def link_button(state: UserState, rest: str) -> list[Reply]:
    """«IKI 2» / «di luar SKP» under an entry: the user's pick."""
    entry_id, _, number = rest.partition(":")
    if not number.isdigit():
        return [Reply("Pilihan itu sudah tidak berlaku. Ketik /catatan untuk melihat catatan Anda.")]
    n = int(number)
    key = state.skp.iki[n - 1].indikator if 1 <= n <= len(state.skp.iki) else None
    if n and key is None:
        return [Reply(f"IKI {n} tidak ada di SKP Anda sekarang. Ketik /skp untuk melihat nomornya.")]
    kept = next((e for e in state.year.entries if e.id == entry_id), None)
    if kept is not None and (kept.status, kept.iki) == ((EntryStatus.linked, key) if key else (EntryStatus.outside, None)):
        where = f"di IKI {n}" if n else "di luar SKP"
        return [Reply(f"Catatan {entry_id} ({kept.day:%d/%m}) memang sudah {where}; tidak ada yang diubah.")]
    before = state.year.realisasi
    try:
        state.year = logbook.choose(state.year, entry_id, state.skp, key)
    except YearError as refused:
        return [Reply(str(refused))]
    entry = next(e for e in state.year.entries if e.id == entry_id)
    where = f"dihubungkan ke IKI {n}" + (f", jumlah {format_number(entry.quantity)}" if entry.quantity is not None
                                         else "") if n else "dicatat di luar SKP"  # never «ke di luar SKP» (tester22b #18)
    return [Reply("\n".join([f"Catatan {entry_id} ({entry.day:%d/%m}) {where}."]
                            + followed(state, before)))]


def followed(state: UserState, before: list) -> list[str]:
    """Lines for each realisasi taken «sesuai catatan» that a change of the logbook has just moved."""
    old = {(r.iki, r.quarter): r.value for r in before}
    lines = []
    for r in state.year.realisasi:
        if r.source is RealisasiSource.logbook and (r.iki, r.quarter) in old and old[(r.iki, r.quarter)] != r.value:
            iki = next((i for i in state.skp.iki if i.indikator == r.iki), None)
            unit = f" {capaians.unit_of(iki)}" if iki is not None and capaians.unit_of(iki) else ""
            lines.append(f"Realisasi IKI {_number(state.skp, r.iki)} {quarter_label(r.quarter)} (sesuai catatan) kini "
                         f"{format_number(r.value)}{unit}.")
    return lines


def waiting_note(state: UserState, number: int, quarter: int, in_year: int) -> tuple[list[str], list[Button]]:
    """Entries of the quarter still waiting for their IKI, with this one among the candidates: said beside a logbook
    sum (they are not in it), with the first one's pick as buttons."""
    entries = capaians.waiting(state.year, state.skp.iki[number - 1].indikator, quarter, in_year)
    if not entries:
        return [], []
    named = ", ".join(f"{e.id} ({e.day:%d/%m}: {short(e.text, 40)})" for e in entries[:3])
    more = f" dan {len(entries) - 3} lainnya" if len(entries) > 3 else ""
    lines = [f"Belum dihitung untuk IKI {number}: {named}{more} masih menunggu pilihan IKI-nya. Bila termasuk IKI "
             f"{number}, pilih di bawah; realisasi sesuai catatan ikut berubah."]
    first = entries[0]
    numbers = [m for m in (_number(state.skp, k) for k in first.candidates) if m]
    return lines, [Button(f"{first.id}: IKI {m}", f"year:link:{first.id}:{m}") for m in numbers] + \
        [Button(f"{first.id}: di luar SKP", f"year:link:{first.id}:0")]


def recap_answer(state: UserState, choice: str, now: datetime) -> list[Reply]:
    ask, state.year_ask = state.year_ask, None
    if ask is None or ask.kind != "recap":
        return [Reply("Pilihan itu sudah tidak berlaku.")]
    if choice == "add":
        state.year, entry = logbook.add_entry(state.year, logbook.read_entry(ask.line, now.date(), state.skp,
                                                                             state.year.rencana,
                                                                             choices=state.year.choices), now)
        return [_kept_reply(state, entry)]
    return [Reply("Baik, itu hanya rekap: tidak dicatat lagi, jumlahnya tidak dihitung dua kali.")]


MIN_CAPTION_SHARED = 2  # words a caption shares with one entry's text (and more than with any other) to name it


def _captioned_entry(state: UserState, caption: str) -> str:
    """The entry a describing caption names: by its id («bukti c4»), else the one entry sharing the most words with it
    (at least MIN_CAPTION_SHARED: «bukti yg SK pensiun kmrn kamis» for «kamis terbit 6 SK pensiun BUP»); "" when
    none or a tie (tester21b #10)."""
    found = _ENTRY_ID.search(caption)
    if found:
        return found.group(1).lower()
    said = set(tokens(caption)) - set(knowledge.data("catatan_harian")["evidence_leads"])
    scored = sorted(((len(said & set(tokens(e.text))), e.id) for e in state.year.entries), reverse=True)
    if not scored or scored[0][0] < MIN_CAPTION_SHARED or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return ""
    return scored[0][1]


def evidence(state: UserState, item: Evidence, caption: str, now: datetime, entry_id: str = "") -> list[Reply]:
    """A photo or document: bukti dukung of the entry named (entry_id: the terminal's «<work>, bukti: <path>»), of
    the entry in its caption, else of the entry kept just before."""
    if not state.skp.iki:  # no SKP, so no logbook this file could belong to
        name = "foto" if item.kind is EvidenceKind.photo else "berkas"
        return [Reply(f"Maaf, saya belum bisa membaca {name}. Kirim IKI atau pertanyaan Anda sebagai teks, atau ketik "
                      "/bantuan. Bukti dukung catatan harian bisa dikirim setelah SKP Anda tersimpan.")]
    replies = []
    describes = describes_evidence(caption)  # «ini bukti yg SK pensiun kmrn kamis»: about the file, no new work
    if caption.strip() and not describes and kind_of(caption, logging=True).kind is EntryKind.report:
        replies = catat(state, caption, now)
    entry_id = entry_id or (_captioned_entry(state, caption) if describes else "")
    named = next((e for e in state.year.entries if e.id == entry_id), None)
    target = named or logbook.evidence_target(state.year, now)
    if target is None and state.year.entries:
        # no entry just kept: the file waits while the user picks its entry among the latest
        state.year = state.year.model_copy(update={"pending": item.model_copy(update={"added": now})})
        latest = sorted(state.year.entries, key=lambda e: (e.day, int(e.id[1:])))[-_PICK:]
        return replies + [Reply(f"«{item.name or item.kind.value}» bukti dukung untuk catatan yang mana? Pilih di "
                                "bawah, atau kirim catatannya dulu lalu berkasnya lagi.",
                                [Button(f"{e.day.day} {month_short(e.day.month)}: {short(e.text, 28)}",
                                        f"year:bukti:{e.id}") for e in reversed(latest)])]
    if target is None:
        return replies + [Reply("Bukti dukung dilampirkan ke catatan yang baru dikirim. Kirim dulu catatannya "
                                "(misalnya «hari ini review 12 berkas»), lalu kirim berkasnya lagi.")]
    state.year = logbook.attach(state.year, target.id, item.model_copy(update={"added": now}))
    return replies + [_attached(item, target)]


_PICK = 4  # entries offered for a file that came with none


def _attached(item: Evidence, entry: LogEntry) -> Reply:
    return Reply(f"Bukti dukung «{item.name or item.kind.value}» dilampirkan ke catatan {entry.id} "
                 f"({entry.day:%d/%m}: {short(entry.text, 60)}).")


def evidence_button(state: UserState, entry_id: str) -> list[Reply]:
    """The entry picked for the file that waited."""
    item = state.year.pending
    if item is None:
        return [Reply("Tidak ada berkas yang menunggu; kirim berkasnya lagi setelah catatannya.")]
    try:
        state.year = logbook.attach(state.year, entry_id, item).model_copy(update={"pending": None})
    except YearError as refused:
        return [Reply(str(refused))]
    return [_attached(item, next(e for e in state.year.entries if e.id == entry_id))]


def catatan(state: UserState, rest: str, now: datetime) -> list[Reply]:
    """/catatan [hari ini | minggu lalu | maret | IKI N]: the entries, per day or per IKI; weeks without any noted."""
    year, skp, today = state.year, state.skp, _today(now)
    if not year.entries:
        return [Reply("Belum ada catatan harian. Kirim pekerjaan yang sudah dilakukan, misalnya «hari ini review 12 "
                      "berkas usulan kenaikan pangkat», atau /catat TEKS.")]
    words, period = rest.lower().split(), None
    if len(words) >= 2 and words[0] == "iki" and words[1].isdigit():
        n = int(words[1])
        if not 1 <= n <= len(skp.iki):
            return [Reply(f"IKI {n} tidak ada; SKP Anda punya {len(skp.iki)} IKI.")]
        chosen = logbook.entries_of(year, skp.iki[n - 1].indikator)
        title = f"Catatan IKI {n} ({len(chosen)}):"
    else:
        period = logbook.read_period(rest, today) if rest else None
        start, end = period or (date.min, today)
        chosen = logbook.entries_between(year, start, end)
        title = f"Catatan {start:%d/%m}–{end:%d/%m} ({len(chosen)}):" if period else \
            f"Catatan terakhir ({min(len(chosen), 15)} dari {len(chosen)}):"
        chosen = chosen if period else chosen[-15:]
    lines = [title] + [f"{e.id} · " + logbook.entry_text(e, _number(skp, e.iki)) for e in chosen]
    first = min(e.day for e in year.entries)
    if period:  # «/catatan februari»: the quiet weeks of that month, not of the whole year
        first, today = max(first, next_workday(start)), min(today, end + timedelta(days=7))
    quiet = logbook.quiet_weeks(year, first, today)
    if quiet:  # every one counted: «23/02, 02/03 …» alone hid the earlier weeks (a played quarter)
        shown = ", ".join(f"{d:%d/%m}" for d in quiet[-_QUIET_SHOWN:])
        lines.append(f"Minggu tanpa catatan: {shown}" if len(quiet) <= _QUIET_SHOWN else
                     f"Minggu tanpa catatan: {len(quiet)} minggu, yang terakhir {shown} (minggu mulai Senin).")
    lines.append("Ubah: «catatan c3 tanggal 12/3», «c3 jumlah 15», hubungkan ulang: «c3 ke IKI 2», hapus: "
                 "«hapus c3».")
    unsure = [e for e in chosen if e.status is EntryStatus.unsure]
    buttons = [Button(f"{e.id}: IKI {_number(skp, k)}", f"year:link:{e.id}:{_number(skp, k)}")
               for e in unsure[:2] for k in e.candidates if _number(skp, k)]
    return [Reply("\n".join(lines), buttons)]


# Rencana aksi ---------------------------------------------------------------------------------------------------------
def _plan_lines(state: UserState, number: int) -> list[str]:
    iki = state.skp.iki[number - 1]
    plan = next((r for r in state.year.rencana if r.iki == iki.indikator), None)
    if plan is None:
        return []
    unit = capaians.unit_of(iki)
    mark = "" if plan.accepted else " (usulan)"
    lines = [f"IKI {number}{mark}: {short(iki.indikator, 80)}"]
    lines += [f"  {i}. {rencana.stage_text(s, '' if unit == '%' else unit)}" for i, s in enumerate(plan.stages, 1)]
    note = rencana.share_check(plan, iki)
    return lines + ([f"  {note}"] if note else [])


def plan_section(state: UserState) -> list[str]:
    """The rencana aksi of every IKI that has one, for /skp (issue 18: it shows under each IKI)."""
    lines = [ln for n in range(1, len(state.skp.iki) + 1) for ln in _plan_lines(state, n)]
    return ["", "Rencana aksi (ubah lewat /rencana):"] + lines if lines else []


def rencana_command(state: UserState, rest: str, now: datetime) -> list[Reply]:
    """/rencana: proposals for the IKI without one, the rencana aksi shown, or a typed change (/rencana 2 tambah …)."""
    skp, today = state.skp, _today(now)
    if not skp.iki:
        return [Reply(NO_SKP)]
    words = rest.lower().split()
    only = None
    if len(words) == 2 and words[0] == "iki" and words[1].isdigit():
        only = int(words[1])
    elif len(words) == 1 and words[0].isdigit():
        only = int(words[0])
    elif rest and logbook.read_period(rest, today) and not asks_change(rest):  # «/rencana bulan ini»
        month = logbook.read_period(rest, today)[0].month
        lines = _month_lines(state, month, today)
        return [Reply("\n".join(lines) if lines else f"Tidak ada tahapan di bulan {month_name(month)}.")]
    elif rest:
        return rencana_change(state, rest, today)
    if only is not None and not 1 <= only <= len(skp.iki):
        return [Reply(f"IKI {only} tidak ada; SKP Anda punya {len(skp.iki)} IKI.")]
    start = today.month if state.year.agreed or today.month > 1 else 1
    new = rencana.propose_missing(skp, state.year.rencana, start)
    if only is not None:
        new = [r for r in new if r.iki == skp.iki[only - 1].indikator]
    state.year = state.year.model_copy(update={"rencana": state.year.rencana + new})
    numbers = [only] if only else list(range(1, len(skp.iki) + 1))
    lines = ["Rencana aksi (tahapan dan bulannya):"] if not new else \
        ["Usulan rencana aksi dari jenis hasil tiap IKI (tahapan dan bulannya):"]
    for n in numbers:
        lines += _plan_lines(state, n)
    if not new and only is None:  # the agreed plan: what falls in this month and what is late, after the whole year
        lines += _month_lines(state, today.month, today)
    lines.append("Ubah dengan «/rencana 2 tambah pembahasan draf mei-juni», «/rencana 2 ubah 1 april-mei», "
                 "«/rencana 2 hapus 3», «tahap 2 IKI 1 selesai».")
    pending = any(r.accepted is None for r in state.year.rencana)
    buttons = [Button("Terima", "year:rencana:accept")] if pending else []
    return [Reply("\n".join(lines), buttons)]


def _month_lines(state: UserState, month: int, today: date) -> list[str]:
    """The stages scheduled in the month, per IKI, and (for this month) the ones late; [] when there are none."""
    numbers = {iki.indikator: i + 1 for i, iki in enumerate(state.skp.iki)}
    def ordered(found: list) -> list:  # by IKI, then stage (the plans are kept in the order they were changed)
        return sorted(found, key=lambda t: (numbers.get(t[0], len(numbers) + 1), t[1]))

    due = ordered(rencana.stages_in_month(state.year.rencana, month))
    lines = [f"Tahapan bulan {month_name(month)}:"] + [
        f"  IKI {numbers.get(key, '?')} tahap {n}: {rencana.stage_text(s)}" for key, n, s in due] if due else []
    late = ordered(agendas.late_stages(state.skp, state.year, today)) if month == today.month else []
    return lines + (["Terlambat:"] + [f"  IKI {numbers.get(k, '?')} tahap {n}: {s.name}" for k, n, s in late]
                    if late else [])


def rencana_change(state: UserState, text: str, today: date, number: int | None = None) -> list[Reply]:
    """A change to the rencana aksi as typed; number: the IKI picked with a button when the text named none."""
    try:
        change = read_edit(text)
    except YearError as refused:
        return [Reply(str(refused))]
    skp = state.skp
    number = number or change.iki or (1 if len(skp.iki) == 1 else None)
    if number is None and skp.iki:  # «tahap 1 juga sudah selesai»: kept until its IKI is picked
        state.year_ask = YearAsk(kind="tahap", line=text)
        return [Reply(f"Tahapan IKI mana yang dimaksud «{short(text)}»? Pilih IKI-nya; tulisan Anda saya simpan "
                      "sampai dipilih.", [Button(f"IKI {i}", f"year:tahap:{i}") for i in range(1, len(skp.iki) + 1)],
                      choice_only=True)]
    if number is None or not 1 <= number <= len(skp.iki):
        return [Reply("Rencana aksi IKI nomor berapa? Contoh: «/rencana 2 tambah pembahasan draf mei-juni».")]
    iki = skp.iki[number - 1]
    plans = state.year.rencana
    plan = next((r for r in plans if r.iki == iki.indikator), None) or rencana.propose(iki, today.month)
    if change.action in ("remove", "done") and change.stage is None and change.name:  # named: found, never guessed
        found = rencana.stages_named(plan, change.name)
        if len(found) != 1:
            return [Reply(_not_one_stage(change.name, found, number, plan, iki))]
        change.stage = found[0]
    if change.action in ("edit", "remove", "done") and change.stage is None and not change.all_stages:
        return [Reply("\n".join([f"Tahap mana dari rencana aksi IKI {number}? Tahapnya:"] + _stage_lines(plan, iki)
                                 + [f"Sebut nomornya, misalnya «tahap 2 IKI {number} selesai» atau «/rencana {number} "
                                    "ubah 2 april-mei»."]))]
    try:
        if change.action == "add":
            plan = rencana.add_stage(plan, iki, change.name or "", change.months or [today.month], change.share)
        elif change.action == "edit":
            plan = rencana.edit_stage(plan, iki, change.stage or 0, name=change.name, months=change.months,
                                      share=change.share)
        elif change.action == "remove":
            plan = rencana.remove_stage(plan, iki, change.stage or 0)
        elif change.action == "done":
            plan = rencana.mark_done(plan, None if change.all_stages else [change.stage or 0], today)
        else:
            plan = rencana.replace_stages(plan, iki, change.stages)
    except (YearError, ValueError) as refused:
        return [Reply(str(refused))]
    state.year = state.year.model_copy(update={"rencana": [r for r in plans if r.iki != iki.indikator] + [plan]})
    return [Reply("Rencana aksi diubah.\n" + "\n".join(_plan_lines(state, number)),
                  [Button("Terima", "year:rencana:accept")] if plan.accepted is None else [])]


def _stage_lines(plan, iki: IkiDraft) -> list[str]:
    unit = capaians.unit_of(iki)
    return [f"  {i}. {rencana.stage_text(s, '' if unit == '%' else unit)}" for i, s in enumerate(plan.stages, 1)]


def _not_one_stage(name: str, found: list[int], number: int, plan, iki) -> str:
    """No stage of this IKI's rencana, or several, holds every word of the name typed: said, with its stages."""
    stages = _stage_lines(plan, iki)
    said = (f"Tahap «{name}» ada di beberapa tahap IKI {number} (nomor {', '.join(map(str, found))})" if found
            else f"Tahap «{name}» tidak ada di rencana aksi IKI {number}")
    return "\n".join([f"{said}; tidak ada yang saya ubah. Tahapnya:"] + stages
                     + [f"Sebut nomornya, misalnya «/rencana {number} hapus {found[0] if found else 1}» atau «tahap "
                        f"{found[0] if found else 1} IKI {number} selesai»."])


def tahap_button(state: UserState, arg: str, now: datetime) -> list[Reply] | None:
    """The IKI picked for a rencana change that named none; None when no such change waits (an old button)."""
    ask = state.year_ask
    if ask is None or ask.kind != "tahap" or not arg.isdigit():
        return None
    state.year_ask = None
    return rencana_change(state, ask.line, _today(now), number=int(arg))


def rencana_accept(state: UserState, now: datetime) -> list[Reply]:
    if not state.year.rencana:
        return [Reply("Belum ada usulan rencana aksi. Ketik /rencana.")]
    state.year = state.year.model_copy(update={"rencana": [rencana.accept(r, _today(now)) for r in state.year.rencana]})
    return [Reply(f"Rencana aksi {len(state.year.rencana)} IKI disimpan. Catat pekerjaan harian dengan satu baris, "
                  "misalnya «hari ini review 12 berkas»; lihat kemajuan dengan /capaian.")]


# Capaian and realisasi ----------------------------------------------------------------------------------------------
def capaian(state: UserState, now: datetime, only: int | None = None) -> list[Reply]:
    """/capaian, or one IKI's when a question names it («IKI 3 berapa sih capaiannya sekarang?»: only=3)."""
    if not state.skp.iki:
        return [Reply(NO_SKP)]
    found = capaians.capaian_all(state.skp, state.year, _today(now))
    if only is not None and 1 <= only <= len(found):
        found = [found[only - 1]]
    lines = ["Capaian per IKI:" if only is None or len(found) > 1 else "Capaian:"] + [capaians.capaian_text(c) for c in found]
    behind = [c.number for c in found if c.behind]
    if behind:
        said = capaians.behind_said(found)  # (a rate with no trajectory is measured against its annual target)
        lines.append(f"{said[:1].upper()}{said[1:]}: IKI " + ", ".join(map(str, behind)) + ". Bahas di dialog kinerja.")
    unsure = [e for e in state.year.entries if e.status is EntryStatus.unsure]
    buttons = []
    if unsure:
        e = unsure[-1]
        lines.append(f"Catatan {e.id} ({e.day:%d/%m}: {short(e.text, 60)}) belum dipilih IKI-nya:")
        buttons = [Button(f"IKI {_number(state.skp, k)}", f"year:link:{e.id}:{_number(state.skp, k)}")
                   for k in e.candidates if _number(state.skp, k)] + [Button("di luar SKP", f"year:link:{e.id}:0")]
    return [Reply("\n".join(lines), buttons)]


def _figure_of_running_quarter(state: UserState, answers: list, today: date) -> bool:
    """«HI bulan ini 3%, masukin ke iki 4» while no quarter waits for its realisasi: a figure reported for a
    percentage or a ceiling, kept as a logbook entry of that IKI (its latest figure is the quarter's, offered when the
    quarter ends) instead of a realisasi refused for a quarter not ended, which dropped the number."""
    quarter = asked_quarter(state, today)
    if quarter_end(state.year.performance_year(today), quarter) <= today or len(answers) != 1:
        return False
    a = answers[0]
    return a.quarter is None and not (a.from_logbook or a.not_yet or a.pending or a.dash or a.yearly_later) \
        and 1 <= a.number <= len(state.skp.iki) and capaians.takes_latest(state.skp.iki[a.number - 1])


def asked_quarter(state: UserState, today: date) -> int:
    """The triwulan a realisasi answer is for: the one asked about, else the last one that ended. The question holds
    only in the triwulan it was asked in (tester22b #1: «isi realisasi tw 2» typed in July sent October's figures to
    TW II, over its values)."""
    ask = state.year_ask
    if ask and ask.kind == "realisasi" and ask.quarter and not _outlived(ask, today):
        return ask.quarter
    return quarter_of(today) - 1 or 4


def _outlived(ask: YearAsk, today: date) -> bool:
    """A quarter's question asked before another triwulan ended."""
    return ask.asked_on is not None and (ask.asked_on.year, quarter_of(ask.asked_on)) != (today.year, quarter_of(today))


def realisasi(state: UserState, text: str, now: datetime) -> list[Reply]:
    """"IKI 1 sesuai catatan aja", "IKI 2: 120 dari 125": the realisasi of the quarter, each figure checked."""
    answers = read_realisasi(text, state.skp)
    if not answers:
        return [Reply("Realisasi IKI mana? Tulis misalnya «IKI 1: 612 dari 680», «IKI 3 sesuai catatan» atau "
                      "«IKI 4 rata-rata 4,2 hari».")]
    today = _today(now)
    if _figure_of_running_quarter(state, answers, today):
        return catat(state, text, now)
    # "IKI 3 = 0,87" for a percentage: 0,87% or 87%? asked before anything is kept for that IKI
    doubtful = [a for a in answers if a.value is not None and 0 < a.value < 1 and a.numerator is None
                and not re.search(r"%|persen", a.text, re.IGNORECASE)  # «0,8%» typed with its sign is meant
                and 1 <= a.number <= len(state.skp.iki) and capaians.is_percent(state.skp.iki[a.number - 1])]
    answers = [a for a in answers if a not in doubtful]
    quarter = asked_quarter(state, today)
    state.year, outcomes = record_answers(state.year, state.skp, answers, quarter, today, now)
    notes, buttons = [], []
    for a in answers:  # «sesuai catatan»: the entries of that quarter still waiting for their IKI are not in the sum
        if a.from_logbook and 1 <= a.number <= len(state.skp.iki) and not buttons:
            notes, buttons = waiting_note(state, a.number, a.quarter or quarter, state.year.performance_year(today))
    running = next((o for o in outcomes if o.running), None)
    asked = None
    if running and not buttons and not doubtful:  # «IKI 2 = 230» after TW I's 210: the quarter's alone, said, asked
        kept = capaians.typed(state.year, state.skp.iki[running.number - 1].indikator, quarter)
        if kept is not None:  # kept as typed, «belum pasti» until the answer decides (tester17b #1, year18 #1)
            asked = running
            _mark_asked(state, kept, True)
            state.year_ask = YearAsk(kind="running", line=f"{running.number} {format_number(kept.value)}",
                                     quarter=quarter)
            notes.append(f"IKI {running.number}: {format_number(kept.value)} itu angka {quarter_label(quarter)} saja, "
                         "atau total sejak Januari? Sampai Anda jawab, angkanya tercatat sebagai angka "
                         f"{quarter_label(quarter)} saja, ditandai «belum pasti».")
            buttons = _running_buttons(quarter)
    replies = [Reply("\n".join([("Belum pasti: " if o is asked else "Disimpan: " if o.kept else "") + o.message
                                for o in outcomes] + notes), buttons)] if outcomes else []
    if doubtful:
        a = doubtful[0]
        state.year_ask = YearAsk(kind="percent", line=f"IKI {a.number} {format_number(a.value * 100)}%",
                                 quarter=a.quarter or asked_quarter(state, today))
        replies.append(Reply(f"IKI {a.number}: maksudnya {format_number(a.value * 100)}% (bukan "
                             f"{format_number(a.value)}%)?", [Button(f"Ya, {format_number(a.value * 100)}%",
                                                                     "year:percent:yes"),
                                                              Button(f"Tetap {format_number(a.value)}%",
                                                                     "year:percent:as_typed")], choice_only=True))
    return replies


def _mark_asked(state: UserState, kept, asked: bool) -> None:
    """The figure a «… saja, atau total sejak Januari?» question is about marked as waiting for it, or as settled."""
    state.year = state.year.model_copy(update={"realisasi": [r.model_copy(update={"asked": asked}) if r == kept else r
                                                             for r in state.year.realisasi]})


def _asked_figure(state: UserState, ask: YearAsk):
    """The kept figure the open «… saja, atau total?» question is about, or None."""
    number = int(ask.line.split()[0])
    if not 1 <= number <= len(state.skp.iki):
        return None
    return capaians.typed(state.year, state.skp.iki[number - 1].indikator, ask.quarter or 1)


def running_left(state: UserState) -> list[Reply]:
    """«… saja, atau total sejak Januari?» left unanswered (the next message is something else): the figure stays
    the quarter's own, as typed, and the reply says so with how to say it was a total (nothing typed is lost)."""
    ask, state.year_ask = state.year_ask, None
    kept = _asked_figure(state, ask)
    if kept is None:
        return []
    _mark_asked(state, kept, False)
    number, value = ask.line.split()
    unit = capaians.unit_of(state.skp.iki[int(number) - 1])
    tw = quarter_label(ask.quarter or 1)
    return [Reply(f"IKI {number}: {value} {unit} tetap tersimpan sebagai angka {tw} saja. Bila itu total sejak "
                  f"Januari, tulis «IKI {number} total sejak januari {value}».")]


def _running_buttons(quarter: int) -> list[Button]:
    return [Button(f"{quarter_label(quarter)} saja", "year:running:quarter"),
            Button("Total sejak Januari", "year:running:since")]


def running_answer(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """The answer to «… itu angka TW II saja, atau total sejak Januari?»: typed («itu TW 2 aja», «kumulatif») or
    tapped ("quarter", "since"); None when the text answers neither (it is then read as what it is)."""
    ask = state.year_ask
    if ask is None or ask.kind != "running":
        return None
    tapped = text in ("since", "quarter")
    number, value = ask.line.split()
    bare = re.sub(rf"(?<![\d.,]){re.escape(value)}(?![.,]?\d)", " ", text)  # «yg 160 itu total»: the figure asked
    if not tapped and (re.search(r"\d", quarter_pattern().sub(" ", bare)) or read_realisasi(text, state.skp)
                       or kind_of(bare, logging=True).kind is EntryKind.report):
        return None  # another figure, another IKI's realisasi or a line of work: not this answer
    words = tokens(bare)
    said = knowledge.data("capaian")
    since = text == "since" or PhraseSet(said["since_start"] + said["since_answer"]).find(words) is not None
    only = text == "quarter" or phrase_set("capaian", "quarter_only").find(words) is not None \
        or quarter_pattern().search(text)
    if not since and not only:
        return None
    state.year_ask = None
    if since:
        return realisasi_for(state, f"IKI {number} kumulatif {value}", ask.quarter, now)
    kept = _asked_figure(state, ask)
    if kept is not None:
        _mark_asked(state, kept, False)
    iki = state.skp.iki[int(number) - 1]
    total = capaians.capaian_of(iki, int(number), state.year, _today(now)).quarters[(ask.quarter or 1) - 1].cumulative
    unit = capaians.unit_of(iki)
    return [Reply(f"Baik, IKI {number}: {value} {unit} untuk {quarter_label(ask.quarter or 1)} saja"
                  + (f"; kumulatif sejak Januari {format_number(total)} {unit}." if total is not None else "."))]


def percent_answer(state: UserState, text: str, now: datetime) -> list[Reply]:
    """The answer to «maksudnya 87%?»: yes (or the figure again), or the value as typed ("as_typed")."""
    ask, state.year_ask = state.year_ask, None
    number = ask.line.split()[1]
    if text == "as_typed":
        value = format_number(float(ask.line.split()[2].rstrip("%").replace(",", ".")) / 100)
        return realisasi_for(state, f"IKI {number} {value}", ask.quarter, now)
    typed = re.search(r"\d[\d.,]*\s*%?", text) if text != "yes" else None
    figure = typed.group(0) if typed else ask.line.split()[2]
    return realisasi_for(state, f"IKI {number} {figure if '%' in figure else figure + '%'}", ask.quarter, now)


def percent_typed(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """A typed answer to «maksudnya 87%?»: yes, or the figure again («iya 87%»); None for anything else — a line of
    work or another IKI's realisasi holds a number too («hari ini verif 12 berkas» is no «12%»)."""
    figure = any(ch.isdigit() for ch in text)
    if figure and (kind_of(text, logging=True).kind is EntryKind.report
                   or any(a.number != int(state.year_ask.line.split()[1]) for a in read_realisasi(text, state.skp))):
        return None
    if figure or is_yes(text):
        return percent_answer(state, text if figure else "yes", now)
    return None


def percent_left(state: UserState) -> list[Reply]:
    """«IKI 2: maksudnya 87% (bukan 0,87%)?» left unanswered: neither reading is kept for it, so the reply says the
    figure is not saved and how to type either (a figure typed is never dropped silently, year18 #1)."""
    ask, state.year_ask = state.year_ask, None
    _, number, meant = ask.line.split()
    typed = format_number(float(meant.rstrip("%").replace(",", ".")) / 100)
    return [Reply(f"Realisasi IKI {number} {quarter_label(ask.quarter or 1)} belum saya simpan (pertanyaan tadi belum "
                  f"dijawab). Tulis «IKI {number} {meant}» atau «IKI {number} {typed}%».")]


def realisasi_for(state: UserState, text: str, quarter: int | None, now: datetime) -> list[Reply]:
    today = _today(now)
    state.year, outcomes = record_answers(state.year, state.skp, read_realisasi(text, state.skp),
                                          quarter or asked_quarter(state, today), today, now)
    return [Reply("\n".join(("Disimpan: " if o.kept else "") + o.message for o in outcomes))]


# Reminders ---------------------------------------------------------------------------------------------------------
def pengingat(state: UserState, rest: str, now: datetime) -> list[Reply]:
    settings, state.reminders_shown = state.year.reminders, True
    if rest.strip():
        return reminder_change(state, rest, now)
    buttons = [Button("Matikan catatan harian", "year:pengingat:catat-off") if settings.logbook.on
               else Button("Nyalakan catatan harian", "year:pengingat:catat-on"),
               Button("Matikan dialog", "year:pengingat:dialog-off") if settings.dialog.on
               else Button("Nyalakan dialog bulanan", "year:pengingat:dialog-on")]
    buttons += [Button("Batalkan cuti", "year:pengingat:cuti-off")] if reminders.leave_ahead(settings, _today(now)) \
        else []
    return [Reply(reminders.describe(settings) + "\n\nUbah dengan kalimat biasa, misalnya «ingatkan catatan tiap hari "
                  "kerja jam 4 sore», «matikan pengingat mingguan», «jam tenang jam 9 malam sampai jam 6 pagi».",
                  buttons)]


def reminder_change(state: UserState, text: str, now: datetime) -> list[Reply]:
    request = read_request(text, now.date())
    zone, ahead = request.zone or ("WIB", 0)
    said = f"Pengingat memakai jam WIB; jam {zone} saya ubah ke WIB ({zone} = WIB + {ahead} jam)." if ahead else ""
    if ahead and request == ReminderRequest(zone=request.zone):  # «sy di Makassar, pake WITA ya»: no setting asked
        return [Reply(f"Pengingat memakai jam WIB. Tulis jamnya dengan {zone}, misalnya «ingatkan catatan tiap hari "
                      f"kerja jam 4 sore {zone}», dan saya ubah ke WIB (jam {16 - ahead}.00 WIB). Pengaturan sekarang:\n"
                      + reminders.describe(state.year.reminders))]
    try:
        settings = apply_request(state.year.reminders, request, now)
    except YearError as refused:
        return [Reply(str(refused))]
    state.year, state.reminders_shown = state.year.model_copy(update={"reminders": settings}), True
    notes = reminders.conflicts(settings) + ([said] if said else [])
    return [Reply("Pengingat diatur:\n" + reminders.describe(settings) + ("\n" + "\n".join(notes) if notes else ""))]


def reminder_follow_up(state: UserState, text: str, now: datetime, shown: bool) -> list[Reply]:
    """A line right after the reminder settings were shown that changes them («jam setengah 4 sore», «tiap jumat
    aja»), whatever question is open; [] for any other line."""
    return reminder_change(state, text, now) if shown and follow_up(text, now.date()) else []


def ask_realisasi(state: UserState, quarter: int, today: date | None = None) -> list[Reply]:
    """«Isi realisasi TW I» (the reminder's button, or its label typed): the quarter's figures asked for, one line per
    IKI."""
    state.year_ask = YearAsk(kind="realisasi", quarter=quarter, asked_on=today)
    return [Reply(f"Tulis realisasi {quarter_label(quarter)} per IKI, misalnya «IKI 1: 612 dari 680», «IKI 2 sesuai "
                  "catatan», «IKI 4 rata-rata 4,2 hari».")]


def prompted_figure(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """A figure naming no IKI typed under «Tulis realisasi TW I per IKI» («87 dr 92 sinyal», «95%», «4 dari 4 KLB»)
    while that quarter still waits for a realisasi: the quarter's realisasi (never a logbook entry of today's quarter,
    tester18 #3) of the IKI its words name, else of the one IKI still waiting, else asked with the IKI as buttons.
    None for any other message, or once the quarter has every realisasi."""
    ask, today = state.year_ask, _today(now)
    if ask is None or ask.kind != "realisasi" or not ask.quarter or ask.asked_on is None or "\n" in text.strip() \
            or (today - ask.asked_on).days > knowledge.data("pengingat")["realisasi"]["answer_days"] \
            or not figure_only(text):
        return None  # weeks later «2 kajian» is the day's work again
    pending = capaians.pending_quarter(state.skp, state.year, ask.quarter, today)
    if not pending:
        return None
    ln = line(text)
    found = linking.link(ln, when(ln), state.skp, state.year.rencana)
    named = [c.number for c in found.candidates if c.score > 0]
    chosen = named[0] if named and (found.decision is linking.Decision.link or len(named) == 1) else \
        pending[0] if not named and len(pending) == 1 else None
    if chosen is not None:
        return realisasi(state, f"IKI {chosen}: {text}", now)
    state.year_ask = ask.model_copy(update={"line": text.strip()})
    offered = named or pending
    return [Reply(f"«{short(text, 60)}»: realisasi {quarter_label(ask.quarter)} untuk IKI mana?\n"
                  + "\n".join(f"• IKI {n}: {short(state.skp.iki[n - 1].indikator, 60)}" for n in offered),
                  [Button(f"IKI {n}", f"year:realisasi:iki-{n}") for n in offered])]


def realisasi_button(state: UserState, arg: str, now: datetime) -> list[Reply] | None:
    """«Isi realisasi TW I» (the quarter), or «IKI N» under «realisasi TW I untuk IKI mana?» (the figure typed, kept as
    that IKI's); None when the question is gone."""
    if arg.isdigit():
        return ask_realisasi(state, int(arg), _today(now))
    ask = state.year_ask
    number = arg.removeprefix("iki-")
    if not number.isdigit() or ask is None or ask.kind != "realisasi" or not ask.line \
            or not 1 <= int(number) <= len(state.skp.iki):
        return None
    figure, state.year_ask = ask.line, ask.model_copy(update={"line": ""})
    return realisasi(state, f"IKI {number}: {figure}", now)


def reminder_label(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """A reminder's button label typed instead of tapped («isi realisasi TW I», «lihat agenda dialog»), pressed: never
    a logbook line; None for any other text. The labels are reminders'; a quarter may be typed «TW 1» or «TW I»."""
    if tokens(text) == tokens(reminders.AGENDA_LABEL):
        return agenda(state, now)
    named = quarter_pattern()
    mark = named.search(text)
    quarter = quarter_number(mark.group(1)) if mark else None
    if quarter is not None and tokens(named.sub(" ", text)) == tokens(named.sub(" ", reminders.realisasi_label(quarter))):
        return ask_realisasi(state, quarter, _today(now))
    if quarter is not None and _asks_realisasi(named.sub(" ", text)):
        return ask_realisasi(state, quarter, _today(now))
    return None


def _asks_realisasi(rest: str) -> bool:
    """«mau lapor realisasi», «isi realisasi dong» (the quarter taken out): asking to report a quarter's realisasi,
    with no figure of its own (pengingat.yaml realisasi `asked`)."""
    words, data = tokens(rest), knowledge.data("pengingat")["realisasi"]
    return "realisasi" in words and bool(set(words) & set(data["asked"])) and len(words) <= data["asked_words"] \
        and not any(ch.isdigit() for ch in rest)


def reminder_button(state: UserState, rest: str, now: datetime) -> list[Reply]:
    settings = state.year.reminders
    if rest == "catat-on":
        settings = reminders.logbook_on(settings, now)
    elif rest == "catat-off":
        settings = reminders.switch_off(settings, ReminderKind.catat)
    elif rest == "dialog-on":
        settings = reminders.dialog_on(settings, now)
    elif rest == "dialog-off":
        settings = reminders.switch_off(settings, ReminderKind.dialog)
    elif rest == "cuti-off" and reminders.leave_ahead(settings, _today(now)):
        settings = reminders.end_leave(settings, _today(now))
    else:
        return [Reply("Pilihan itu sudah tidak berlaku. Ketik /pengingat.")]
    state.year, state.reminders_shown = state.year.model_copy(update={"reminders": settings}), True
    hint = "\nJam atau harinya bisa diubah: tulis misalnya «jam setengah 4 sore» atau «tiap Jumat jam 3»." \
        if rest.endswith("-on") else ""
    return [Reply("Pengingat diatur:\n" + reminders.describe(settings) + hint)]


def reminder_replies(state: UserState, due: DueReminder, now: datetime) -> list[Reply]:
    """What a due reminder says, with the next useful action as a button."""
    if due.kind is ReminderKind.catat:
        nudge = [Reply("Pengingat catatan harian: apa yang Anda kerjakan hari ini? Kirim satu baris, misalnya «hari ini "
                       "review 12 berkas». Matikan dengan /pengingat.", [Button(due.action, "year:catat")])]
        waiting = waiting_picks(state, _today(now) + timedelta(days=1))  # today's too: the day is over
        return nudge + ([_pick_again(state, waiting)] if waiting else [])
    if due.kind is ReminderKind.dialog:
        return [Reply("Pengingat dialog kinerja dengan pimpinan: bawa agenda dari catatan Anda.",
                      [Button(reminders.AGENDA_LABEL, "year:agenda")])]
    quarter = due.quarter or 1
    lines = [f"{quarter_label(quarter)} sudah berakhir. Isi realisasi per IKI, misalnya «IKI 1: 612 dari 680» "
             "atau «IKI 1 sesuai catatan»:"]
    notes, picks = [], []
    for n in due.pending or []:
        iki = state.skp.iki[n - 1]
        logged = capaians.logbook_value(state.year, iki, quarter, due.year or now.year)
        hint = f" — menurut catatan: {capaians.value_text(logged, capaians.unit_of(iki))}" if logged else ""
        lines.append(f"  IKI {n}: {short(iki.indikator, 60)}{hint}")
        if logged and not picks:
            notes, picks = waiting_note(state, n, quarter, due.year or now.year)
    return [Reply("\n".join(lines + notes), [Button(due.action, f"year:realisasi:{quarter}")] + picks)]


# A tick claims scheduled users this many at a time, and starts no new batch after TICK_BUDGET_S: a backlog (16:00,
# when many nudges fall due; the first tick after an upgrade) is worked off over the next ticks, each within its
# minute, instead of one tick running for minutes.
BATCH, TICK_BUDGET_S = 200, 20.0
LEASE_S = 600  # a user claimed by a replica that died (or failed on that user) is due again after this long


def next_at(state: UserState, now: datetime, posted: frozenset[str] = frozenset()) -> float | None:
    """When the schedule should look at this user again (epoch seconds): the earliest moment a reminder not in
    `posted` could fall due, or None when none can (no SKP, or every reminder switched off)."""
    if not state.skp.iki:
        return None
    moment = reminders.next_due(state.year, state.skp, now, posted)
    return None if moment is None else moment.timestamp()


class Reminders:
    """Engine.tick's producer of the year's reminders. Only users the store's schedule says may have one due are
    loaded; each due reminder is posted under a key that is the user's and the reminder's, so replicas ticking at
    once post it once (the store keeps the first), and the user's next moment is written back."""

    def __init__(self, store, load: Callable[[str], UserState], post: Callable[..., bool]):
        self._store, self._load, self._post = store, load, post

    def __call__(self, now: datetime) -> None:
        stamp, began = now.timestamp(), time.monotonic()
        while time.monotonic() - began < TICK_BUDGET_S:
            claimed = self._store.claim_scheduled(stamp, stamp + LEASE_S, BATCH)
            moments = []
            for user_id, version in claimed:
                try:
                    state = self._load(user_id)
                    moments.append((user_id, version, next_at(state, now, self._produce(user_id, state, now))))
                except StoreUnavailable:
                    raise  # the whole tick fails; the next one tries again
                except Exception:  # one user's broken state must not stop everyone's reminders (stays claimed)
                    log.exception("reminders failed for a user", extra={"user": pseudonym(user_id)})
            self._store.reschedule(moments)
            if len(claimed) < BATCH:
                return

    def for_user(self, user_id: str, now: datetime) -> None:
        """One user's reminders (the terminal, after each turn); the schedule is left to the tick."""
        self._produce(user_id, self._load(user_id), now)

    def _produce(self, user_id: str, state: UserState, now: datetime) -> frozenset[str]:
        """Post what is due for the user now; the keys posted (or found posted before)."""
        if not state.skp.iki:
            return frozenset()
        due = due_reminders(state.year, state.skp, now)
        for reminder in due:
            self._post(user_id, f"{user_id}:{reminder.key}", reminder_replies(state, reminder, now), reminder.at)
        return frozenset(r.key for r in due)


# SKP agreed, and its changes -----------------------------------------------------------------------------------------
def tetapkan(state: UserState) -> list[Reply]:
    if not state.skp.iki:
        return [Reply(NO_SKP)]
    if state.year.agreed:
        return [Reply(f"SKP sudah ditetapkan ({state.year.versions[0].on:%d/%m/%Y}). Perubahan setelahnya dicatat "
                      "sebagai perubahan SKP dengan alasannya; lihat /skp versi.")]
    errors = serious_findings(check_skp(state.skp))
    found = (f"Ada {len(errors)} temuan yang sebaiknya diperbaiki dulu:\n" + "\n".join(errors) + "\nPerbaiki dengan "
             "/ubah NOMOR sebelum ditetapkan, atau tetapkan apa adanya bila memang sudah disepakati.\n") if errors else ""
    return [Reply(f"{found}Tetapkan SKP ini ({len(state.skp.iki)} IKI) sebagai yang sudah disepakati dengan pimpinan? "
                  "Sesudah itu setiap /ubah atau /buang dicatat sebagai perubahan SKP dengan alasannya.",
                  [Button("Ya, tetapkan", "year:tetapkan:ya"), Button("Batal", "year:tetapkan:batal")],
                  choice_only=True)]


PRIMA_PAUSED = ("PRIMA saya jeda; isiannya tersimpan. Lanjutkan dengan /prima bila masih ada IKI yang ingin "
                "dilengkapi: perubahannya dicatat sebagai perubahan SKP.")


def tetapkan_button(state: UserState, choice: str, now: datetime) -> list[Reply]:
    if choice != "ya":
        return [Reply("SKP belum ditetapkan; draf tetap tersimpan.")]
    if not state.skp.iki:
        return [Reply(NO_SKP)]
    if state.year.agreed:
        return [Reply("SKP sudah ditetapkan sebelumnya.")]
    state.year = versions.agree(state.year, state.skp, _today(now))
    note = draft_save.release(state) if draft_save.is_open(state) else ""  # the fields left are /ubah's now
    if state.prima and not state.prima.paused:
        # PRIMA left open would take every later line (a day's work, «capaian saya?») as the answer it waits for
        state.prima.paused, state.prima.strays = True, 0
        note = (f"{note}\n" if note else "") + PRIMA_PAUSED
    return [Reply((f"{note}\n" if note else "") + f"SKP ditetapkan (versi 1, {now:%d/%m/%Y}). Selanjutnya: /rencana untuk tahapan kerja, catat "
                  "pekerjaan harian dengan satu baris, dan /pengingat untuk pengingat.")]


def unexplained_change(state: UserState, waiting: bool, now: datetime) -> list[Reply]:
    """At the end of a turn: the IKI of an agreed SKP changed some other way than /ubah or /buang (an IKI added
    with «Simpan ke draf», say) and nothing else is asked: the reason is asked now (waiting: a flow is open), before
    the fields of an IKI just saved (the engine holds their question back: never two questions at once, tester17
    #2). A perubahan recorded today takes it in."""
    ask = state.year_ask
    if ask is not None and ask.kind == "go" and ask.note and state.edit is None and state.year.agreed \
            and state.skp.iki != state.year.versions[-1].skp.iki:  # its reason typed with it: recorded, no question
        recorded = _versioned(state, now)
        return [Reply(recorded[0].text + "\nAlasan lain? Pilih di bawah ini.",
                      [Button(label, f"year:ganti:{key}") for key, label in versions.reasons().items()])] \
            if recorded else []
    if waiting or (state.year_ask is not None and state.year_ask.kind != "tahap") or not state.year.agreed:
        return []
    if state.skp.iki == state.year.versions[-1].skp.iki:
        return []
    completed = completed_agreed(state, now)
    if completed:  # its empty jenis or bobot filled in: no perubahan, no reason asked (tester19 #7)
        return [Reply(completed)]
    joined = _joined(state, now)
    if joined is not None:
        return joined
    state.year_ask = YearAsk(kind="alasan")
    return [reason_question()]


@knowledge.cached
def _agreed_wording() -> tuple[dict[str, str], re.Pattern]:
    wording = knowledge.data("perubahan_skp")["agreed_wording"]
    return wording, re.compile("|".join(re.escape(said) for said in sorted(wording, key=len, reverse=True)))


def as_perubahan(state: UserState, replies: list[Reply]) -> list[Reply]:
    """At the end of a turn on an agreed SKP: a saver's «Tersimpan ke draf …», «Draf Anda kini N IKI» said as what
    happened, the IKI in a perubahan SKP with its version (perubahan_skp.yaml agreed_wording): the version recorded
    (or joined) this turn, else the one its reason, asked next, records."""
    if not state.year.agreed or not state.year.versions or state.team.review.status is not Status.draf:
        return replies  # (a leader's member proposes a perubahan with /ajukan: nothing is recorded yet)
    last = state.year.versions[-1]
    version = last.number if state.skp.iki == last.skp.iki else last.number + 1
    if version == 1:  # the SKP as agreed, unchanged: no perubahan to name (a save in the turn that agreed it)
        return replies
    wording, pattern = _agreed_wording()
    said = lambda text: pattern.sub(lambda m: wording[m.group(0)].format(versi=version), text)  # noqa: E731
    return [replace(r, text=said(r.text)) if pattern.search(r.text) else r for r in replies]


def _joined(state: UserState, now: datetime) -> list[Reply] | None:
    """A change made while today's perubahan is open (versions.open_change): kept in that version, said once (None:
    no perubahan open)."""
    open_change = versions.open_change(state.year, _today(now))
    if open_change is None:
        return None
    state.year = versions.amend_change(state.year, state.skp)
    if draft_save.is_open(state):  # an IKI's fields, one by one: said once they are done
        return []
    label = versions.reasons()[open_change.reason]
    return [Reply(f"Dicatat pada perubahan SKP yang sama: versi {open_change.number} ({label}, {now:%d/%m/%Y}).")]


def undo_change(state: UserState) -> str:
    """A perubahan given up: the SKP goes back to its last version."""
    state.year_ask = None
    if state.year.versions and state.skp.iki != state.year.versions[-1].skp.iki:
        state.skp = state.skp.model_copy(update={"iki": [i.model_copy() for i in state.year.versions[-1].skp.iki]})
        return "Perubahan dibatalkan; SKP kembali seperti versi terakhir."
    return "Perubahan dibatalkan; SKP tetap seperti yang ditetapkan."


_ADD_IKI = re.compile(r"^(?:\W*\w+\W+){0,2}?(?:tambah(?:in|kan)?|masuk(?:in|kan))\b[^:]{0,25}:\s*(.+)$",
                      re.IGNORECASE | re.DOTALL)


def added_iki(text: str) -> str | None:
    """«tambah IKI baru: Persentase …, 90%. ini perintah karo»: the IKI to add (its first sentence), else None."""
    found = _ADD_IKI.match(text.strip())
    return re.split(r"\.\s+", found.group(1).strip(), maxsplit=1)[0].strip() if found else None


def completed_agreed(state: UserState, now: datetime) -> str:
    """The agreed SKP's empty jenis or bobot filled in and nothing else changed (versions.completes): kept in its
    last version, number kept, and said; "" when the SKP changed otherwise (a perubahan)."""
    if not state.year.agreed:
        return ""
    filled = versions.completes(state.year.versions[-1].skp, state.skp)
    if not filled:
        return ""
    state.year = versions.complete(state.year, state.skp, _today(now))
    return versions.completing()["said"].format(versi=state.year.versions[-1].number, fields=" dan ".join(filled))


def completes_field(state: UserState, name: str, rest: str) -> bool:
    """«/ubah 2 bobot 30» on an agreed SKP whose IKI 2 has no bobot yet: it completes the SKP, no perubahan."""
    found = re.match(r"^(\d{1,2})\s+(\w+)\b", command_text(name, rest)) if name == "ubah" else None
    if found is None or found[2].lower() not in versions.completing()["fields"]:
        return False
    number = int(found[1])
    return 1 <= number <= len(state.skp.iki) and getattr(state.skp.iki[number - 1], found[2].lower()) is None


def needs_reason(state: UserState, name: str, rest: str, now: datetime) -> list[Reply] | None:
    """/ubah or /buang on an agreed SKP: the reason first (given in the text, else asked with buttons; today's
    perubahan still open gives its own); None when the command may go ahead (one completing the SKP needs none)."""
    if not state.year.agreed or (state.year_ask and state.year_ask.kind == "go"):
        return None
    if completes_field(state, name, rest) and versions.read_reason(rest) is None:
        return None
    open_change = versions.open_change(state.year, _today(now))
    reason = versions.read_reason(rest) or (open_change.reason if open_change else None)
    if reason:
        state.year_ask = YearAsk(kind="go", reason=reason)
        return None
    state.year_ask = YearAsk(kind="alasan", line=f"/{name} {rest}".strip())
    return [reason_question()]


def reason_beside(state: UserState, rest: str) -> None:
    """The words typed beside a new IKI on an agreed SKP («ini perintah karo krn banyak isu KLB»): the reason and its
    explanation, recorded as the turn ends with no question (never read from the IKI's own words)."""
    reason = versions.read_reason(rest) if state.year.agreed else None
    if reason:
        state.year_ask = YearAsk(kind="go", reason=reason, note=rest.strip(" .,;"))


def reason_given(state: UserState, text: str) -> None:
    """A change typed in plain words with its reason («IKI 3 targetnya jadi 160 SK, ada mutasi pegawai»): on an agreed
    SKP the reason goes with the command run for it, as when typed after /ubah, so it is not asked again."""
    reason = versions.read_reason(text) if state.year.agreed else None
    if reason:
        state.year_ask = YearAsk(kind="go", reason=reason)


def command_text(name: str, rest: str) -> str:
    """/ubah and /buang as people type them: "IKI 3 target jadi 250 unit" → "3 target 250 unit", "IKI 4 jadi: …" →
    "4 teks …", "/buang IKI 2, alasannya sama: mutasi" → "2"."""
    rest = re.sub(r"^\s*(?:iki|no\.?|nomor)\s*(?=\d)", "", rest.strip(), flags=re.IGNORECASE)
    if name == "buang":
        # «/buang 3, 5 sama 8»: every number named (tester20a #6), the reason after them left out
        number = re.match(r"\d{1,2}\b(?:(?:\s*[,&+]\s*|\s+(?:dan|sama|sm|serta|and)\s+|\s+)\d{1,2}\b)*", rest,
                          re.IGNORECASE)
        return number.group(0) if number else rest
    rest = re.sub(r"^(\d{1,2})\s+(?:jadi|menjadi)\s*:?\s*", r"\1 teks ", rest, flags=re.IGNORECASE)
    rest = re.sub(r"^(\d{1,2})\s+(\w+?)(?:nya)?\s+(?:jadi|menjadi|=|:)\s*", r"\1 \2 ", rest, flags=re.IGNORECASE)
    return re.sub(r"^(\d{1,2})\s+(\w+?)nya\b", r"\1 \2", rest, flags=re.IGNORECASE)


_UNPLACED_KEPT = 20  # figures typed before the SKP had IKI, kept to offer later; older ones give way


def figure_before_skp(state: UserState, text: str, now: datetime | None = None) -> list[Reply]:
    """«IKI 1: 612 dari 680 sampel», «IKI 3 rata2 10 jam» from a user with no IKI saved: a quarter's figure for an
    IKI the bot does not have, said so with the way to save the SKP first ([] for anything else: an IKI labelled with
    its number, «IKI 1: Persentase …», is a draft)."""
    if state.skp.iki or kind_of(text).kind is not EntryKind.progress or not names_figure(text):
        return []
    return kept_before_skp(state, text, now, iki_number_in(text))


def kept_before_skp(state: UserState, text: str, now: datetime | None, number: int | None) -> list[Reply]:
    """A quarter's figure typed before any IKI is saved: said so, and kept to offer once the SKP has its IKI."""
    if now is not None:
        kept = Unplaced(text=text.strip()[:500], quarter=asked_quarter(state, now.date()), typed=now)
        state.year = state.year.model_copy(update={"unplaced": (state.year.unplaced + [kept])[-_UNPLACED_KEPT:]})
    named = f" IKI {number}" if number else ""
    return [Reply(f"«{text}» terbaca sebagai realisasi{named}, tetapi SKP Anda di sini belum berisi IKI, jadi "
                  "angkanya belum bisa saya simpan sebagai realisasi. Tulisan Anda saya simpan: setelah IKI Anda "
                  "tersimpan (tempel daftarnya, satu IKI per baris, atau susun dengan /prima), saya tawarkan untuk "
                  "menyimpannya sebagai realisasi.")]


def unplaced_offer(state: UserState) -> list[Reply]:
    """At the end of a turn: the SKP has IKI now and figures typed before wait: offered once, each as typed."""
    year = state.year
    if not year.unplaced or not state.skp.iki or state.unplaced_offered:
        return []
    state.unplaced_offered = True
    lines = [f"  {quarter_label(u.quarter)}: «{short(u.text, 80)}»" for u in year.unplaced]
    return [Reply("Sebelum SKP Anda berisi IKI, Anda mengirim angka realisasi ini:\n" + "\n".join(lines)
                  + "\nSimpan sebagai realisasi untuk IKI dengan nomor itu di SKP Anda sekarang?",
                  [Button("Simpan realisasinya", "year:unplaced:keep"), Button("Abaikan", "year:unplaced:drop")])]


def waiting_picks(state: UserState, today: date) -> list[LogEntry]:
    """Entries kept before today still waiting for the user's pick of their IKI and not yet asked again as often as
    catatan_harian.yaml pick_again_times allows, oldest first (the others wait quietly in /catatan)."""
    limit = knowledge.data("catatan_harian")["pick_again_times"]
    return sorted((e for e in state.year.entries if e.status is EntryStatus.unsure
                   and (e.created.date() if e.created else e.day) < today
                   and state.picks_asked.get(e.id, 0) < limit), key=lambda e: int(e.id[1:]))


def picks_again(state: UserState, replies: list[Reply], now: datetime) -> list[Reply]:
    """At the end of the first turn of a day with no buttons of its own: an entry of an earlier day whose «IKI mana
    yang dimaksud?» went unanswered is asked again with its buttons (the question scrolled away overnight, and a
    bare «1» then answered nothing)."""
    today = _today(now)
    if state.picks_asked_on == today or not state.skp.iki or any(r.buttons for r in replies):
        return []
    waiting = waiting_picks(state, today)
    if not waiting:
        return []
    state.picks_asked_on = today
    return [_pick_again(state, waiting)]


def late_pick(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """A bare choice («1») typed first on a later day, read as nothing else, while an entry's «IKI mana yang
    dimaksud?» waits unanswered: the pick among the buttons that question showed, said with how to fix it; None
    otherwise."""
    today = _today(now)
    waiting = waiting_picks(state, today)
    if not waiting or state.picks_asked_on == today or not state.skp.iki:
        return None
    buttons = _pick_buttons(state.skp, waiting[0])
    chosen = typed_choice(text, [b.label for b in buttons])
    if chosen is None:
        return None
    state.picks_asked_on = today
    entry = waiting[0]
    said = link_button(state, buttons[chosen].data.removeprefix("year:link:"))
    return [Reply(f"Untuk catatan {entry.id} ({entry.day:%d/%m}: {short(entry.text, 60)}) yang ditanyakan sebelumnya:\n"
                  + said[0].text + f"\nSalah pilih? Ketik «{entry.id} ke IKI 2» atau «{entry.id} ke luar SKP».")] + said[1:]


def _pick_again(state: UserState, waiting: list[LogEntry]) -> Reply:
    first = waiting[0]
    asked = state.picks_asked.get(first.id, 0) + 1
    state.picks_asked = {**state.picks_asked, first.id: asked}
    more = f" Masih ada {len(waiting) - 1} catatan lain yang menunggu; lihat /catatan." if len(waiting) > 1 else ""
    last = (" Ini terakhir kali saya tanyakan; bila tidak dipilih, catatan ini tetap «belum dipilih» dan bisa dipilih "
            f"kapan saja lewat /catatan («{first.id} ke IKI 1»).") \
        if asked >= knowledge.data("catatan_harian")["pick_again_times"] else ""
    return Reply(f"Catatan {first.id} ({first.day:%d/%m}: {short(first.text, 60)}) belum dipilih IKI-nya.{more}{last}\n"
                 f"{_which_iki(state.skp, first)}", _pick_buttons(state.skp, first), choice_only=True)


def unplaced_button(state: UserState, choice: str, now: datetime) -> list[Reply]:
    kept, state.unplaced_offered = state.year.unplaced, False
    state.year = state.year.model_copy(update={"unplaced": []})
    if not kept:
        return [Reply("Tidak ada angka yang menunggu.")]
    if choice != "keep" or not state.skp.iki:
        return [Reply("Baik, angka itu tidak disimpan. Isi realisasi kapan saja, misalnya «IKI 1: 612 dari 680».")]
    return [r for u in kept for r in realisasi_for(state, u.text, u.quarter, now)]


def work_while_asked(state: UserState, text: str, now: datetime) -> list[Reply]:
    """A line of done work typed while a perubahan waits for its reason: kept as an entry, and the reason is asked
    again (unless the entry raised its own question, which is answered first). [] when the line reports no work."""
    if not reports_work(text):
        return []
    ask = state.year_ask
    state.year_ask = None
    kept = catat(state, text, now)
    own = state.year_ask
    if own is not None:  # the entry's own question (a recap) comes first: the change is said to be not made
        undone = undo_change(state) if not ask.line else f"Perubahan «{ask.line}» belum dijalankan."
        state.year_ask = own
        return kept + [Reply(f"{undone} Kirim lagi perubahannya sesudah menjawab pertanyaan di atas.")]
    state.year_ask = ask
    return kept + [reason_question("Perubahan SKP Anda masih menunggu alasannya.")]


def reason_question(note: str = "") -> Reply:
    buttons = [Button(label, f"year:alasan:{key}") for key, label in versions.reasons().items()]
    return Reply((note + "\n" if note else "") + "SKP Anda sudah ditetapkan, jadi perubahan ini dicatat sebagai "
                 "perubahan SKP. Apa alasannya?", buttons + [Button("Batal", "year:alasan:batal")], choice_only=True)


def after_change(state: UserState, before: list[str], now: datetime) -> list[Reply]:
    """After /ubah or /buang: records follow a reworded IKI, and on an agreed SKP the change becomes a version."""
    after = [iki.indikator for iki in state.skp.iki]
    replaced = []
    if len(after) == len(before):
        for k, (old, new) in enumerate(zip(before, after)):
            if old != new and state.year.agreed and versions.replaces(old, new):
                replaced.append(_as_new(state, k))
                continue
            state.year = versions.follow_rename(state.year, old, new)
    state.year = state.year.model_copy(update={"rencana": rencana.follow_targets(state.year.rencana, state.skp)})
    return replaced + _quarters_follow(state) + _versioned(state, now)


def _quarters_follow(state: UserState) -> list[Reply]:
    """An IKI whose target or unit changed while its quarterly targets stayed as agreed for the old one («0 0 0 0»
    for «0 kejadian», then target 2 kejadian): those quarters no longer plan this target, so they are dropped and
    the plan follows the IKI as it now stands (its measure's trajectory), said with how to agree others (year18 #2)."""
    if not state.year.versions:
        return []
    agreed = {iki.indikator: iki for iki in state.year.versions[-1].skp.iki}
    said = []
    for n, iki in enumerate(state.skp.iki):
        was = agreed.get(iki.indikator)
        if was is None or not iki.target_triwulan or iki.target_triwulan != was.target_triwulan \
                or (iki.target, iki.satuan) == (was.target, was.satuan):
            continue
        state.skp.iki[n] = iki.model_copy(update={"target_triwulan": None})
        said.append(Reply(f"IKI {n + 1}: target per triwulan {' · '.join(str(v) for v in was.target_triwulan)} "
                          f"disepakati untuk target {was.target}, jadi tidak dipakai lagi. Rencana per triwulan kini "
                          f"mengikuti target {iki.target}: {' · '.join(trajectory(state.skp.iki[n], versions.first_quarter(state.year)))}. Bila disepakati "
                          f"lain, tulis /ubah {n + 1} triwulan diikuti empat target."))
    return said


def _as_new(state: UserState, index: int) -> Reply:
    """IKI N's text now names another IKI: it starts without the old one's data awal and quarterly targets (its
    rencana, entries and realisasi stay the old IKI's history, /skp versi)."""
    iki = state.skp.iki[index]
    state.skp.iki[index] = iki.model_copy(update={"baseline": None, "target_triwulan": None})
    return Reply(f"IKI {index + 1} kini IKI baru, bukan kalimat lama yang diperbaiki: data awal, target per triwulan, "
                 "tahapan dan realisasi IKI lama tidak ikut pindah (tetap tersimpan sebagai riwayat di /skp versi dan "
                 f"/ekspor). Realisasinya ditanyakan mulai triwulan berjalan; isi data awalnya dengan /ubah {index + 1} "
                 "baseline.")


def _versioned(state: UserState, now: datetime) -> list[Reply]:
    """The change made a version of the agreed SKP when its reason was given («go»)."""
    ask = state.year_ask
    if ask and ask.kind == "go" and state.edit is None:
        unchanged = state.year.versions and state.skp == state.year.versions[-1].skp
        if unchanged and state.confirm.startswith("buang:"):
            return []  # «Buang IKI N?» waits: the reason goes with the «Ya» (tester17 #3: it was asked again)
        state.year_ask = None
        open_change = versions.open_change(state.year, _today(now))
        if not unchanged and open_change is not None and open_change.reason == ask.reason and not ask.note:
            return _joined(state, now) or []
        if not unchanged:
            # the command run for it (ask.line, «/ubah 3 target 160») explains nothing: never kept as its note
            state.year = versions.record_change(state.year, state.skp, ask.reason, _today(now), ask.note)
            label = versions.reasons()[ask.reason]
            said = (f"Perubahan SKP dicatat: versi {state.year.versions[-1].number} ({label}, {now:%d/%m/%Y}). Versi "
                    "sebelumnya tetap bisa dilihat dengan /skp versi.")
            fields = draft_save.prompt(state) if draft_save.is_open(state) else []  # an IKI's fields come next
            if ask.note:  # explained already with the reason: kept, not asked again
                return [Reply(f"{said}\nPenjelasan Anda disimpan pada versi ini: «{short(ask.note, 120)}».")] + fields
            if fields:  # no explanation asked beside them
                return [Reply(said)] + fields
            state.year_ask = YearAsk(kind="note")
            return [Reply(f"{said}\nTulis penjelasan singkatnya (misalnya kapan dibahas dengan pimpinan), atau lewati.",
                          [Button("Lewati", "year:note:skip")])]
    return []


def versi(state: UserState, rest: str = "") -> list[Reply]:
    """/skp versi: the versions listed; /skp versi 1: that version's IKI."""
    number = re.search(r"\d+", rest)
    if number is None or not state.year.versions:
        return [Reply(versions.versions_text(state.year))]
    try:
        return [Reply(versions.version_text(state.year, int(number.group())))]
    except YearError as missing:
        return [Reply(f"{missing}\n{versions.versions_text(state.year)}")]


def agenda(state: UserState, now: datetime) -> list[Reply]:
    return [Reply(agendas.agenda_text(agendas.agenda(state.skp, state.year, _today(now))))]


def evidence_item(kind: str, name: str = "", file_id: str = "", size: int | None = None, mime: str = "",
                  sha256: str = "", path: str = "") -> Evidence:
    return Evidence(kind=EvidenceKind(kind), name=name, file_id=file_id, size=size, mime=mime, sha256=sha256,
                    path=path)


def in_year_state(state: UserState) -> YearState:
    return state.year


# A plain line about the year, and the answers the year waits for -----------------------------------------------------
def stages_typed(state: UserState, text: str) -> Intent | None:
    """A change to the rencana aksi («IKI 2 tahapnya pakai punya saya: 1) …») from a user who has one but keeps no
    logbook yet, whose lines are otherwise read as drafts first: the year's, as it would be once the SKP is agreed."""
    if not state.year.rencana:
        return None
    reading = kind_of(text)
    return Intent(Route.year, text, entry=reading) if reading.kind is EntryKind.rencana else None


def about_records(intent: Intent) -> bool:
    """A line about the year's records or reminders («tahap 2 IKI 1 geser ke april», «bulan ini saya harus ngapain
    aja?», «jam setengah 4 sore», «IKI 1: 612 dari 680»): the year's to answer even before an SKP is saved, where it
    says what is missing (and keeps a quarter's figure for later)."""
    if intent.entry is not None and intent.entry.kind is EntryKind.progress:
        return names_figure(intent.text)  # «IKI 1: Persentase … 70%» is a draft labelled with its number
    return intent.entry is not None and intent.entry.kind in (EntryKind.rencana, EntryKind.records,
                                                              EntryKind.reminder)


def about_plan(state: UserState, intent: Intent) -> bool:
    """A change of the rencana aksi, a question about the user's own records or a reminder asked for («tahap 2 IKI 1
    geser ke april-mei», «tambah tahap utk IKI 2: evaluasi …», «bulan ini saya harus ngapain aja?», «ingetin isi
    logbook tiap hari kerja jam 4 sore») from a user with IKI saved: the year's to answer even while PRIMA waits for
    the next IKI or one of its fields; never an IKI sentence that names stages or reminders («Persentase tahapan
    akreditasi yang selesai tepat waktu»), which is PRIMA's."""
    return bool(state.skp.iki) and intent.entry is not None \
        and intent.entry.kind in (EntryKind.rencana, EntryKind.records, EntryKind.reminder) \
        and not reads_as_iki(intent.text) and not new_iki_in(intent.text)


def names_figure(text: str) -> bool:
    """A quarter's figure for an IKI named by its number («IKI 1: 612 dari 680», «IKI 4: 1 dari 1 …, IKI 5 belum
    ada»), not an IKI draft labelled with its number or one that opens with its measure («Persentase … 70%»)."""
    words = tokens(read(text).text)
    return bool(iki_refs().search(text)) and not (words and lexicon().measures.match_at(words, 0))


def on_line(state: UserState, intent: Intent, now: datetime) -> list[Reply]:
    """A plain message the intent reader gave to the year (Route.year), by its kind."""
    kind, text = intent.entry.kind, intent.text
    if kind is not EntryKind.correction:  # the day's work, a figure, a plan: another task than the IKI completed last
        state.completed = None
    if not state.skp.iki and kind is EntryKind.progress:  # «IKI 1: 612 dari 680» before any IKI: kept for later
        return kept_before_skp(state, text, now, iki_number_in(text))
    if not state.skp.iki and kind in (EntryKind.rencana, EntryKind.records):
        how = "Selesaikan dulu PRIMA yang masih terbuka sampai IKI-nya tersimpan, atau tempel daftar IKI Anda." \
            if state.prima and not state.prima.paused else NO_SKP.split(". ", 1)[1]
        return [Reply(f"«{short(text, 60)}»: belum ada IKI di SKP Anda, jadi rencana aksi dan catatannya belum ada. "
                      f"{how}")]
    labelled = reminder_label(state, text, now)
    if labelled is not None:  # «isi realisasi TW I» typed was kept as an entry «di luar SKP» (tester14 #1)
        return labelled
    named = entry_change(state, text, now, hint=False) if _ID_FIRST.match(text) else None
    if named is not None:  # «hapus catatan c2», «c1 jumlahnya 15 bukan 14»: that entry, never the last one kept
        return named
    fixed = fix_last(state, text, now) if state.year.entries else None
    if fixed is not None:
        return fixed
    if kind is EntryKind.report:
        return catat(state, text, now, intent.entry)
    if kind is EntryKind.progress:
        if read_realisasi(text, state.skp):
            return realisasi(state, text, now)
        return [Reply("Itu angka capaian. Untuk menyimpannya sebagai realisasi, tulis IKI-nya, misalnya «IKI 2: 120 dari "
                      "125» atau «IKI 1 sesuai catatan»; lihat semuanya dengan /capaian.")]
    if kind is EntryKind.reminder:
        return reminder_change(state, text, now)
    if kind is EntryKind.rencana:
        return rencana_change(state, text, now.date())
    if kind is EntryKind.correction:
        return correction(state, text, now)
    if kind is EntryKind.instruction:  # «IKI 2 biarin, ajukan aja»: not work done, and not an IKI to check
        return [Reply(SKP_INSTRUCTION)]
    if kind is EntryKind.remark:  # «kemaren ga sempet catat, minggu lalu cuti»: no work to keep
        return [Reply("Baik, itu tidak saya catat sebagai pekerjaan. Hari cuti, sakit, atau libur tidak perlu dicatat. "
                      "Pekerjaan yang belum sempat dicatat bisa dikirim kapan saja dengan harinya, misalnya «senin lalu "
                      "rapat koordinasi …».")]
    if kind is EntryKind.records:  # «capaian saya sudah berapa?»: from the user's own records
        asked = records_asked(intent.entry.line)
        if asked == "capaian":
            return capaian(state, now, iki_number_in(text))
        if asked == "rencana":  # «bulan ini saya harus ngapain aja?»: the month's stages, not the whole year
            month = state.year.rencana and logbook.read_period(text, now.date())
            return rencana_command(state, text if month else "", now)  # (no plan yet: proposed)
        return catatan(state, text if logbook.read_period(text, now.date()) else "", now)
    return [Reply("Itu rencana, jadi belum saya catat sebagai pekerjaan yang selesai. Kirim lagi setelah dikerjakan, "
                  "misalnya «hari ini rapat koordinasi …».")]


_INSTEAD = re.compile(r"\bbukan\s+(\d[\d.,]*)\s*\w*\s*(?:,\s*)?(?:tapi|tp|tetapi|melainkan)\s+(\d[\d.,]*)", re.IGNORECASE)
_RELINK = re.compile(r"\b(?:harusnya|seharusnya|mestinya|sebenarnya|masuk(?:in|kan)?\s+ke|pindah(?:in|kan)?\s+ke)\s+"
                     rf"(?:ke\s+)?{iki_ref_source()}", re.IGNORECASE)
_REDATE = re.compile(r"\btanggal(?:nya)?\s+salah\b|\b(?:harusnya|seharusnya|mestinya)\s+(?:tgl|tanggal)\b", re.IGNORECASE)
_UNBUKTI = re.compile(r"\b(?:foto|bukti|lampiran|file|berkas)\b.*\b(?:salah|hapus|buang)\b", re.IGNORECASE)


_QUIET_SHOWN = 6  # weeks without entries named in /catatan; more are counted
_RECENT = 10  # entries a correction in plain words may be about: the latest ones kept


def _new_figure(rest: str) -> bool:
    """«HI bulan ini 3%, masukin ke iki 4»: beside the words that move an entry, a number of its own — new work or a
    figure for that IKI to keep, not a move of the entry kept last (which would link it and drop the number)."""
    return any(ch.isdigit() for ch in rest)


def meant(entries: list[LogEntry], text: str, quantity: float | None = None) -> LogEntry:
    """The entry a correction in plain words is about: among the latest kept, the one whose words it repeats most
    («catatan rapat SOP tadi …» → the rapat SOP entry, not the label entry kept after it), or whose quantity it names
    («bukan 35 tapi 53»); the last one kept when it names none."""
    recent = sorted(entries, key=lambda e: int(e.id[1:]))[-_RECENT:]
    if quantity is not None:
        same = [e for e in recent if e.quantity == quantity]
        if same:
            return same[-1]
    frame = set(knowledge.data("catatan_harian")["correction_frame"])
    said = {t for t in tokens(text) if t not in frame and t not in _date_words(text) and not t.isdigit() and len(t) > 1}
    best = max(recent, key=lambda e: (len(said & set(tokens(e.text))), int(e.id[1:])))
    return best if said & set(tokens(best.text)) else recent[-1]


def _only_correction(rest: str) -> bool:
    """The words beside a «bukan X tapi Y» are only a correction's («eh salah, …»): no work of its own to keep."""
    words = set(knowledge.data("catatan_harian")["correction_frame"])
    words |= {t for phrase in knowledge.data("catatan_harian")["correction_openers"] for t in tokens(phrase)}
    return all(t in words for t in tokens(rest))


def _held(entries: list[LogEntry], old: str) -> LogEntry | None:
    """The latest recent entry whose text holds the number «old» that a «bukan X tapi Y» corrects, when no recent entry
    counted it as its quantity (that one is put right by meant()); None when none holds it."""
    recent = sorted(entries, key=lambda e: int(e.id[1:]))[-_RECENT:]
    if any(e.quantity == parse_number(old) for e in recent):
        return None
    return next((e for e in reversed(recent) if _NUMBER_AT(old).search(e.text)), None)


_COUNTED = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s+([^\W\d_]+)")


_BARE_NUMBER = re.compile(r"(?<![\d.,\w])(\d[\d.,]*)(?![\d.,\w])")
_WAS = re.compile(r"\bbukan\s+(\d[\d.,]*)(?:\s+([^\W\d_]+))?", re.IGNORECASE)


def _renumbered(entries: list[LogEntry], text: str) -> tuple[list[LogEntry], str, str] | None:
    """«eh salah, yg tadi 50 rumah»: ([the recent entry that counted «rumah»], its old number, the new one) when the
    text opens a correction (catatan_harian.yaml correction_openers) and names one number with its noun; None else.
    «… harusnya 10 bumil bukan 9» names the old number too: then every recent entry that counted 9 bumil, the ones
    whose words the correction repeats («yg ANC») first, and none when no entry holds it — never the latest one
    that counted «bumil» with another number. «eh yg konseling kemarin itu 6 pasien bukan 5» needs no opener: the
    new number set against the old one an entry holds is the correction (none holding it: None, a line of work)."""
    toks = tokens(text)
    was = _WAS.search(text)
    counted = _COUNTED.findall(text[:was.start()] + text[was.end():] if was else text)
    if was and not counted and not was.group(2):  # «yg kemarin itu 8 bukan 6»: the number alone, any noun it counted
        bare = _BARE_NUMBER.findall(text[:was.start()] + text[was.end():])
        counted = [(bare[0], "")] if len(bare) == 1 else []
    opened = bool(toks) and phrase_set("catatan_harian", "correction_openers").match_at(toks, 0) is not None
    if not toks or not (opened or was) or len(counted) != 1:
        return None
    new, noun = counted[0]
    recent = sorted(entries, key=lambda e: int(e.id[1:]))[::-1][:_RECENT]
    if was is None:
        for entry in recent:
            said = [n for n, word in _COUNTED.findall(entry.text) if word.lower() == noun.lower()]
            if len(said) == 1 and said[0] != new:
                return [entry], said[0], new
        return None
    old = was.group(1)
    holding = [e for e in recent if any(parse_number(n) == parse_number(old) and (not noun or word.lower() == noun.lower())
                                        for n, word in _COUNTED.findall(e.text))]
    frame = set(knowledge.data("catatan_harian")["correction_frame"]) | {noun.lower()}
    words = {t for t in tokens(text) if t not in frame and not t.isdigit() and len(t) > 1}
    named = [e for e in holding if words & set(tokens(e.text))]
    if not opened and not holding:
        return None
    return (named if len(named) == 1 else holding), old, new


def _NUMBER_AT(number: str) -> re.Pattern:
    """The number standing alone in an entry's text («14» in «15 rm, lengkap 14», not in «140» or «1,14»)."""
    return re.compile(rf"(?<![\d.,]){re.escape(number)}(?![.,]?\d)")


def _renumber(state: UserState, entry: LogEntry, old: str, new: str) -> list[Reply]:
    """Puts the number «old» of one entry right as «new», in its text and, when it counted it, its quantity."""
    before = state.year.realisasi
    fixed_text = _NUMBER_AT(old).sub(new, entry.text, count=1)
    counted = entry.status is EntryStatus.linked and entry.quantity == parse_number(old)
    state.year = logbook.edit(state.year, entry.id, text=fixed_text,
                              quantity_value=parse_number(new) if counted else None)
    if entry.status is EntryStatus.linked and (entry.figure is not None or entry.rate is not None
                                               or entry.quantity is None):  # «15 rm, lengkap 14», no count: read again
        state.year = logbook.choose(state.year, entry.id, state.skp, entry.iki)
    return [Reply("\n".join([f"Catatan {entry.id} ({entry.day:%d/%m}) dibetulkan: {fixed_text}"]
                             + followed(state, before)))]


def renumber_button(state: UserState, rest: str) -> list[Reply]:
    """«c1:9:10» under «Catatan mana yang dimaksud?»: that entry's 9 put right as 10."""
    entry_id, old, new = (rest.split(":") + ["", "", ""])[:3]
    entry = next((e for e in state.year.entries if e.id == entry_id), None)
    if entry is None or not _NUMBER_AT(old).search(entry.text):
        return [Reply("Catatan itu sudah berubah atau dihapus. Lihat /catatan, lalu ubah misalnya «c3 jumlah 15».")]
    return _renumber(state, entry, old, new)


def _which_renumbered(entries: list[LogEntry], old: str, new: str) -> list[Reply]:
    """A correction naming an old number that no one recent entry holds: which entry is meant, asked — never one
    changed silently."""
    if not entries:
        return [Reply(f"Tidak ada catatan terbaru yang mencatat angka {old}, jadi belum ada yang saya ubah. Lihat "
                      f"/catatan, lalu ubah misalnya «c3 jumlah {new}».")]
    lines = [f"Ada {len(entries)} catatan yang mencatat {old}; yang mana yang harusnya {new}?"]
    lines += [f"• {e.id} · {e.day:%d/%m} {short(e.text, 60)}" for e in entries]
    return [Reply("\n".join(lines), [Button(f"{e.id}: {short(e.text, 28)}", f"year:renum:{e.id}:{old}:{new}")
                                     for e in entries])]


def _date_words(text: str) -> set[str]:
    """The words of a text that say a date («harusnya kemarin», «tgl 2», «senin»): the new date, naming no entry."""
    ln, vocab = line(text), vocabulary()
    found = {t for t in ln.toks if t in vocab.weekdays or t in vocab.months}
    for phrases in (vocab.today, vocab.yesterday, vocab.date_words):
        for i in range(len(ln.toks)):
            found.update(phrases.match_at(ln.toks, i) or ())
    return found


def fix_last(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """A correction of a recent entry (the last kept unless the words name another), said in plain words: «bukan 35
    tapi 53», «yang tadi harusnya IKI 2», «catatan rapat SOP tadi tanggalnya salah, harusnya tgl 2», «foto yg barusan
    salah, hapus»; None when the text is none of these."""
    last = max(state.year.entries, key=lambda e: int(e.id[1:]))
    confirmed = after_yes(text)
    if confirmed is not None:  # «iya 31 oktober, sabtu itu lembur»: the date of the entry just kept, confirmed
        for part in re.split(r"[,;]", confirmed):
            day, when = read_date(line(part), now.date())
            if when.kind and day == last.day:
                return [Reply(f"Baik, catatan {last.id} tetap tanggal {day.day} {month_name(day.month)} {day.year}.")]
    try:
        instead = _INSTEAD.search(text)
        if instead and parse_number(instead.group(2)) is not None:
            held = _held(state.year.entries, instead.group(1))
            if held is not None:  # «bukan 14 tapi 13» after «15 rm, lengkap 14»: that entry's 14, never a new entry
                return _renumber(state, held, instead.group(1), instead.group(2))
            fixed = meant(state.year.entries, text, parse_number(instead.group(1)))
            if fixed.status is EntryStatus.linked and fixed.quantity == parse_number(instead.group(1)) \
                    and _NUMBER_AT(instead.group(1)).search(fixed.text):  # its count as written: text and count both
                return _renumber(state, fixed, instead.group(1), instead.group(2))
            if fixed.status is EntryStatus.linked:
                before = state.year.realisasi
                state.year = logbook.edit(state.year, fixed.id, quantity_value=parse_number(instead.group(2)))
                return [Reply("\n".join([f"Jumlah catatan {fixed.id} ({fixed.day:%d/%m}) dibetulkan menjadi "
                                         f"{instead.group(2)}."] + followed(state, before)))]
            if _only_correction(text[:instead.start()] + " " + text[instead.end():]):  # no entry holds it
                return _which_renumbered([], instead.group(1), instead.group(2))
        renumbered = _renumbered(state.year.entries, text)
        if renumbered:  # «eh salah, yg tadi 50 rumah»: the number of the entry that counted «40 rumah»
            meant_ones, old, new = renumbered
            if len(meant_ones) != 1:
                return _which_renumbered(meant_ones, old, new)
            return _renumber(state, meant_ones[0], old, new)
        relink = _RELINK.search(text)
        if relink and not _new_figure(text[:relink.start()] + " " + text[relink.end():]):
            return link_button(state, f"{last.id}:{relink.group(1)}")
        if _REDATE.search(text):
            at = _REDATE.search(text).end()
            day, when = read_date(line(text[at - 8:] if at >= 8 else text), now.date())
            if when.kind:
                before, fixed = state.year.realisasi, meant(state.year.entries, text)
                state.year = logbook.edit(state.year, fixed.id, day=day, today=now.date())
                return [_redated(state, fixed.id, "dibetulkan", before)]
        if _UNBUKTI.search(text):
            held = [e for e in state.year.entries if e.evidence]
            if held:
                entry = max(held, key=lambda e: max(x.added or e.created or now for x in e.evidence))
                dropped = entry.evidence[-1]
                kept = entry.model_copy(update={"evidence": entry.evidence[:-1]})
                state.year = state.year.model_copy(update={"entries": [kept if e.id == entry.id else e
                                                                       for e in state.year.entries]})
                left = len(kept.evidence)
                return [Reply(f"Bukti «{dropped.name or dropped.kind.value}» dihapus dari catatan {entry.id} "
                              f"({entry.day:%d/%m}); {f'tinggal {left} bukti' if left else 'kini tanpa bukti'}. "
                              "Kirim berkas yang benar bila ada.")]
    except YearError as refused:
        return [Reply(str(refused))]
    return None


def _redated(state: UserState, entry_id: str, verb: str, before: list) -> Reply:
    """The entry's new date, what it keeps (its IKI, or the question still open) and any realisasi «sesuai catatan»
    the move changed."""
    entry = next(e for e in state.year.entries if e.id == entry_id)
    said = f"Tanggal catatan {entry_id} {verb} menjadi {entry.day:%d/%m/%Y}."
    if entry.status is EntryStatus.unsure:  # still unpicked: the question comes back with its buttons
        return Reply(f"{said}\nCatatan ini belum punya IKI. {_which_iki(state.skp, entry)}",
                     _pick_buttons(state.skp, entry),
                     choice_only=True)
    kept = f"IKI {_number(state.skp, entry.iki)}" if entry.status is EntryStatus.linked else "di luar SKP"
    if entry.quantity is not None:
        kept += f", jumlah {format_number(entry.quantity)}"
    return Reply("\n".join([f"{said} Tetap {kept}."] + followed(state, before)))


def correction(state: UserState, text: str, now: datetime) -> list[Reply]:
    """"hapus catatan yang terakhir", "itu dobel": about the entry kept last; «yg tgl 6/7 hapus aja» about the entry
    of the day it names."""
    if not state.year.entries:
        return [Reply("Belum ada catatan harian untuk diubah.")]
    dated = _day_named_change(state, text, now)
    if dated is not None:
        return dated
    last = max(state.year.entries, key=lambda e: int(e.id[1:]))
    if _deletes(text):
        state.year = logbook.delete(state.year, last.id)
        return [Reply(f"Catatan {last.id} ({last.day:%d/%m}: {short(last.text, 60)}) dihapus.")]
    return [Reply(f"Catatan terakhir: {last.id} · {logbook.entry_text(last, _number(state.skp, last.iki))}\n"
                  f"Ubah dengan «{last.id} jumlah 15», «{last.id} tanggal 12/3», «{last.id} ke IKI 2» atau "
                  f"«hapus {last.id}».")]


def _deletes(text: str) -> bool:
    return bool(_DELETE.search(text)) or any(w in text.lower() for w in ("dobel", "double", "kepencet", "rekap"))


def _day_named_change(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """«yg tgl 6/7 hapus aja dobel», «yg tgl 6/7 salah iki, hrsnya iki 2»: the change made to the one entry of the day
    named, or that day's entries listed to pick by their id (tester22b #2: the latest entry was deleted instead); None
    when the text names no day."""
    ln = line(text)
    day, said = read_date(ln, now.date())
    if not said.kind or not ln.spans:
        return None
    on_day = sorted((e for e in state.year.entries if e.day == day), key=lambda e: int(e.id[1:]))
    if not on_day:
        return [Reply(f"Tidak ada catatan tanggal {day:%d/%m/%Y}, jadi belum ada yang saya ubah. Lihat tanggal dan "
                      "nomor catatan Anda dengan /catatan.")]
    if len(on_day) > 1:
        return [Reply(f"Ada {len(on_day)} catatan tanggal {day:%d/%m}:\n"
                      + "\n".join(f"{e.id} · {logbook.entry_text(e, _number(state.skp, e.iki))}" for e in on_day)
                      + f"\nYang mana? Tulis nomornya, misalnya «hapus {on_day[0].id}» atau «{on_day[0].id} ke IKI 2».")]
    entry = on_day[0]
    start, end = ln.spans[said.span[0]][0], ln.spans[said.span[1] - 1][1]
    rest = f"{entry.id} {text[:start]} {text[end:]}"
    changed = _changed(state, entry.id, rest, now)
    if changed is None and _deletes(text):  # «yg tgl 6/7 dobel»
        changed = _changed(state, entry.id, f"hapus {entry.id}", now)
    return changed or [Reply(f"Catatan tanggal {day:%d/%m}: {entry.id} · "
                             f"{logbook.entry_text(entry, _number(state.skp, entry.iki))}\n"
                             f"Ubah dengan «{entry.id} jumlah 15», «{entry.id} ke IKI 2» atau «hapus {entry.id}».")]


def entry_change(state: UserState, text: str, now: datetime, hint: bool = True) -> list[Reply] | None:
    """«hapus c3», «c3 ke IKI 2», «c3 jumlah 15», «c3 tanggal 12/3»: a change to a kept entry; None when the text
    names no entry of this user (or, without hint, names one but no change this reads)."""
    found = _ENTRY_ID.search(text)
    if found and not any(e.id == found.group(1).lower() for e in state.year.entries) and _ID_FIRST.match(text) \
            and (_unlinks(text) or _DELETE.search(text) or _TO_IKI.search(text)):
        ids = sorted((e.id for e in state.year.entries), key=lambda i: int(i[1:]))
        kept = f"catatan Anda {ids[0]}–{ids[-1]}" if ids else "belum ada catatan"
        return [Reply(f"Catatan {found.group(1).lower()} tidak ada ({kept}), jadi belum ada yang saya ubah. Lihat "
                      "nomornya dengan /catatan.")]  # «c15 di luar SKP» was kept as a new entry «c15 di luar SKP»
    if not found or not any(e.id == found.group(1).lower() for e in state.year.entries):
        return None
    entry_id = found.group(1).lower()
    changed = _changed(state, entry_id, text, now)
    if changed is not None:
        if any(e.id == entry_id for e in state.year.entries):  # a file sent next is this entry's bukti dukung
            state.year = logbook.touch(state.year, entry_id, now)
        return changed
    if not hint:
        return None
    return [Reply(f"Ubah {entry_id} dengan «{entry_id} jumlah 15», «{entry_id} tanggal 12/3», «{entry_id} ke IKI 2» "
                  f"atau «hapus {entry_id}».")]


def _unlinks(text: str) -> bool:
    """«c7 di luar SKP», «c7 bukan SKP», «c7 lepasin»: the entry named is taken off its IKI."""
    words = line(_ENTRY_ID.sub(" ", text))
    return words.has(vocabulary().outside) or words.has(vocabulary().unlink)


def _changed(state: UserState, entry_id: str, text: str, now: datetime) -> list[Reply] | None:
    """The change typed for the entry named by its id, made; None when the text reads as no change."""
    try:
        if _DELETE.search(text):
            state.year = logbook.delete(state.year, entry_id)
            return [Reply(f"Catatan {entry_id} dihapus.")]
        target = _TO_IKI.search(text) or _iki_meant(text)
        if target or _unlinks(text):  # «c1 ke IKI 5», «c1 itu buat iki 5 ya, 6 kapal», «c1 di luar SKP»
            moved = link_button(state, f"{entry_id}:{(target and target.group(1)) or 0}")
            rest = iki_refs().sub(" ", _TO_IKI.sub(" ", _ENTRY_ID.sub(" ", text)))
            day, when = read_date(line(rest), now.date())
            if when.kind:  # «c2 ke IKI 5 tgl 12/1»: the date typed with the move, never dropped
                before = state.year.realisasi
                state.year = logbook.edit(state.year, entry_id, day=day, today=now.date())
                return moved + [_redated(state, entry_id, "diubah", before)]
            typed = _quantity_beside(rest)
            entry = next(e for e in state.year.entries if e.id == entry_id)
            if typed is None or entry.status is not EntryStatus.linked or entry.quantity == typed:
                return moved
            before = state.year.realisasi
            state.year = logbook.edit(state.year, entry_id, quantity_value=typed)
            return moved + [Reply("\n".join([f"Jumlah catatan {entry_id} menjadi {format_number(typed)}."]
                                            + followed(state, before)))]
        instead = _INSTEAD.search(text)
        amount = _quantity().search(text)
        if instead and not amount:  # «c1 bukan 14 tapi 15»
            state.year = logbook.edit(state.year, entry_id, quantity_value=parse_number(instead.group(2)))
            return [Reply(f"Jumlah catatan {entry_id} diubah menjadi {instead.group(2)}.")]
        if amount and parse_number(amount.group(1)) is not None:
            state.year = logbook.edit(state.year, entry_id, quantity_value=parse_number(amount.group(1)))
            return [Reply(f"Jumlah catatan {entry_id} diubah menjadi {amount.group(1)}.")]
        rest = _ENTRY_ID.sub(" ", text)
        day, when = read_date(line(rest), now.date())
        if when.kind:
            before = state.year.realisasi
            state.year = logbook.edit(state.year, entry_id, day=day, today=now.date())
            return [_redated(state, entry_id, "diubah", before)]
    except YearError as refused:
        return [Reply(str(refused))]
    return None


def _iki_meant(text: str) -> re.Match | None:
    """In a change to an entry named by its id, the IKI it names and does not deny («c1 itu buat iki 5 ya», «c1 masuk
    IKI 5», not «c1 bukan IKI 5»): the last one, as in «c1 bukan iki 4 tapi iki 5»."""
    denied = set(vocabulary_config()["negations"])
    named = [m for m in iki_refs().finditer(text) if not (set(tokens(text[:m.start()])[-2:]) & denied)]
    return named[-1] if named else None


def _quantity_beside(rest: str) -> float | None:
    """The quantity typed beside a move («…, 6 kapal», «… jumlah 6»): its one number; None otherwise."""
    amount = _quantity().search(rest)
    if amount:
        return parse_number(amount.group(1))
    found = [n for n in numbers_in(rest) if n.unit != "%"]
    return found[0].value if len(found) == 1 else None


def is_waiting(state: UserState) -> bool:
    return state.year_ask is not None and state.year_ask.kind in ("recap", "alasan", "note", "percent", "running")


def explains(text: str) -> bool:
    """Whether a line after a perubahan explains it (knowledge/perubahan_skp.yaml explanation_words)."""
    from bot.lang.text import tokens

    return bool(phrase_set("perubahan_skp", "explanation_words").find(tokens(text)))


def moved_on(state: UserState) -> None:
    """A command or a button after a perubahan: its explanation is no longer awaited (the next line may be work);
    after the reminder settings: a time typed next is no longer theirs."""
    state.reminders_shown = False
    if state.year_ask is not None and state.year_ask.kind == "note":
        state.year_ask = None


def reason_changed(state: UserState, key: str) -> list[Reply]:
    """«Alasan lain?» under a perubahan whose reason was read from the user's words: the last version's reason set."""
    last = state.year.versions[-1] if state.year.versions else None
    if last is None or not last.reason or key not in versions.reasons():
        return [Reply("Tidak ada perubahan SKP yang alasannya bisa diganti.")]
    label = versions.reasons()[key]
    if key == last.reason:
        return [Reply(f"Baik, alasan versi {last.number} tetap: {label}.")]
    changed = last.model_copy(update={"reason": key})
    state.year = state.year.model_copy(update={"versions": state.year.versions[:-1] + [changed]})
    return [Reply(f"Alasan versi {last.number} diganti: {label}.")]


def version_note(state: UserState, text: str) -> list[Reply]:
    """The explanation of the perubahan just recorded, kept on its version."""
    state.year_ask = None
    if not state.year.versions or text == "":
        return [Reply(f"Baik, versi {state.year.versions[-1].number} dicatat {versions.NO_NOTE}." if state.year.versions
                      else "Baik, tanpa penjelasan.")]
    last = state.year.versions[-1].model_copy(update={"note": text.strip()[:500]})
    state.year = state.year.model_copy(update={"versions": state.year.versions[:-1] + [last]})
    return [Reply(f"Penjelasan disimpan pada versi {last.number}.")]


def note_answer(state: UserState, text: str) -> tuple[list[Reply], bool]:
    """A line typed under «Tulis penjelasan singkatnya … atau lewati»: (replies, whether the line is answered). An
    explanation is kept on the version; a bare «ok» / «lanjut» is none, and the version is said to be recorded
    without one (never the command or the acknowledgement kept as its note); any other line (work, a question) leaves
    the question said so and is read as what it is (False)."""
    if explains(text) and not any(reads_as_iki(line) for line in text.splitlines()):
        return version_note(state, text), True
    if classify(text).smalltalk == "ack":
        return version_note(state, ""), True
    return version_note(state, ""), False


def prompt(state: UserState) -> list[Reply]:
    ask = state.year_ask
    if ask and ask.kind == "alasan":
        return [reason_question()]
    if ask and ask.kind == "percent":
        return [Reply(f"Realisasi {ask.line.split()[0]} {ask.line.split()[1]}: maksudnya {ask.line.split()[2]}?",
                      [Button("Ya", "year:percent:yes"), Button("Tetap seperti ditulis", "year:percent:as_typed")],
                      choice_only=True)]
    if ask and ask.kind == "running":
        number, value = ask.line.split()
        return [Reply(f"IKI {number}: {value} itu angka {quarter_label(ask.quarter or 1)} saja, atau total sejak "
                      "Januari?", _running_buttons(ask.quarter or 1))]
    if ask and ask.kind == "recap":
        return [Reply(f"«{ask.line}»: hanya rekap, atau pekerjaan baru?",
                      [Button("Hanya rekap, jangan dicatat", "year:recap:skip"),
                       Button("Catat sebagai pekerjaan baru", "year:recap:add")], choice_only=True)]
    return []


def cancels(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & {"batal", "gajadi", "cancel"}) or "ga jadi" in text.lower() or "gak jadi" in text.lower() \
        or "tidak jadi" in text.lower() or "nggak jadi" in text.lower()
