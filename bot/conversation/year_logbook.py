"""The logbook in the chat: /catat and a plain line of work kept as entries (several when days are named), each
linked to an IKI or asked with the IKI as buttons, a pick asked again on a later day, and /catatan."""

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from bot import knowledge
from bot.conversation.choices import typed_choice
from bot.conversation.iki_fields import short
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState, YearAsk
from bot.lang.dates import short_date
from bot.lang.numbers import format_number
from bot.lang.text import tokens
from bot.models import SkpDraft
from bot.skp.rhk import result_parts
from bot.year import capaian as capaians
from bot.year import logbook
from bot.year.entry_content import content_at
from bot.year.entry_dates import When, range_end_words, resolve, week_only, when
from bot.year.entry_kind import EntryKind, KindReading, kind_of
from bot.year.line import line
from bot.year.linking import Decision, Link
from bot.year.models import EntryStatus, LogEntry, RealisasiSource, YearError
from bot.year.periods import month_name, quarter_label, quarter_of
from bot.year.workdays import next_workday

NO_SKP = "Belum ada IKI di SKP Anda. Susun dulu dengan /prima atau tempel daftar IKI Anda, lalu simpan."


def no_skp(state: UserState, command: str) -> list[Reply]:
    """NO_SKP for a year command, or, when the last pasted list still waits to be saved, that list with its buttons and
    the command to type again once it is saved: /tetapkan right after a paste was told «tempel daftar IKI Anda» over
    the list just pasted, and no way to save it."""
    from bot.conversation import (  # (iki_list reads prima_step_m's tables, as skp_view.empty_draft does)
        list_summary,
    )

    waiting = list_summary.still_waiting(state.listed, set(), in_prima=False)
    if waiting is None:
        return [Reply(NO_SKP)]
    return [replace(waiting, text=f"Belum ada IKI di SKP Anda, jadi {command} belum bisa dijalankan; sesudah IKI-nya "
                                  f"tersimpan, ketik {command} lagi. {waiting.text}")]


ENTRY_ID = re.compile(r"\b(c\d{1,5})\b", re.IGNORECASE)
_WEEKDAY_DAY = re.compile(r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s+(?:tgl\s*)?(\d{1,2})\b(?!\s*(?:/|jam|berkas))",
                          re.IGNORECASE)


def iki_number(skp: SkpDraft, key: str | None) -> int | None:
    return next((i + 1 for i, iki in enumerate(skp.iki) if iki.indikator == key), None)


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
    today = now.date()
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


_DATED = re.compile(r"\s*\d{1,2}[/.-]\d{1,2}\b")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s*")


def many_lines(state: UserState, text: str, now: datetime) -> list[Reply]:
    """Several lines of done work pasted at once (a week caught up): each line kept as its own entry; [] when most
    lines are not done work (a pasted list of IKI, say)."""
    reports = work_lines(text)
    if not reports:
        return []
    days = _one_week(reports, now.date())
    if len(reports) < knowledge.data("catatan_harian")["paste_summary_from"]:
        return [reply for (ln, r), day in zip(reports, days) for reply in _keep(state, ln, now, reading=r, day=day)]
    kept, asked = [], []
    for (ln, r), day in zip(reports, days):
        before = {e.id for e in state.year.entries}
        replies = _keep(state, ln, now, reading=r, day=day)
        new = [e.id for e in state.year.entries if e.id not in before]
        kept += new
        if not new:  # a recap asked before it is kept
            asked += replies
    entries = [e for e in state.year.entries if e.id in kept]
    if not entries:  # every line a recap asked about: only those questions
        return asked
    # a line linked to its first piece of work offers its second as an entry of its own, as it does typed alone
    seconds = [Reply(said, [button]) for e in entries
               for said, button in _second_offered(state, e, logbook.second_work(e, state.skp, state.year.rencana))]
    return [_summary(state, entries)] + [_kept_reply(state, e) for e in entries if e.status is EntryStatus.unsure] \
        + seconds + asked


def work_lines(text: str) -> list[tuple[str, KindReading]]:
    """The lines of done work in a paste of several («1. verifikasi SPJ 14 berkas\n2. rapat koordinasi tim keuangan»),
    each with its reading; [] unless at least two and at least half its lines read as done work."""
    # a heading such as «maaf 2 minggu ga sempat catat. nih:» or «catatan 2 mgg kmrn» introduces the lines; it is no
    # work of its own
    lines = [_BULLET.sub("", ln).strip() for ln in text.splitlines()
             if ln.strip() and not ln.rstrip().endswith(":") and not _heading(ln)]
    readings = [(ln, kind_of(ln, logging=True)) for ln in lines]
    reports = [(ln, r) for ln, r in readings if r.kind is EntryKind.report]
    return reports if len(reports) >= 2 and len(reports) * 2 >= len(lines) else []


def _heading(text: str) -> bool:
    """A title line over pasted work, «catatan 2 mgg kmrn», «notes minggu ini»: only catatan_harian.yaml
    paste_heading words and numbers."""
    words = tokens(text)
    heading = knowledge.data("catatan_harian")["paste_heading"]
    return any(w.isalpha() for w in words) and all(w.isdigit() or w in heading for w in words)


def _summary(state: UserState, entries: list[LogEntry]) -> Reply:
    """Many lines of work kept at once, said in one message: each entry on a line with its IKI, then per IKI how
    many and their sum (the entries still waiting for their IKI follow, each with its buttons)."""
    skp = state.skp
    first, last = min(e.day for e in entries), max(e.day for e in entries)
    span = f"{short_date(first)}" if first == last else f"{short_date(first)}–{short_date(last)}"
    lines = [f"Dicatat {len(entries)} catatan ({span}):"]
    for e in entries:
        if e.status is EntryStatus.linked:
            where = f"IKI {iki_number(skp, e.iki)}" + (f", jumlah {format_number(e.quantity)}"
                                                       if e.quantity is not None else "")
            if e.figure is not None:
                where += f", nilai {format_number(e.figure)}{' ' + e.figure_unit if e.figure_unit else '%'}"
            elif e.quantity is None and logbook.count_unread(e, skp):
                where += f", jumlah belum terbaca («{e.id} jumlah 5»)"
            elif logbook.rate_unread(e, skp):
                where += ", nilai belum terbaca (tulis «x dari y»)"
        else:
            where = "di luar SKP" if e.status is EntryStatus.outside else "IKI belum dipilih (di bawah)"
        twin = logbook.twin_of(state.year, e)
        again = f" (sama dengan {twin.id}; bila terkirim dua kali: «hapus {e.id}»)" if twin is not None else ""
        day = "" if _DATED.match(e.text) else f" {short_date(e.day)}"  # «29/6 periksa …» says its day already
        lines.append(f"• {e.id}{day} {short(e.text, 50)} → {where}{again}")
    lines.append("Per IKI:")
    for n, iki in enumerate(skp.iki, start=1):
        mine = [e for e in entries if e.status is EntryStatus.linked and e.iki == iki.indikator]
        if mine:
            counted = [e.quantity for e in mine if e.quantity is not None]
            unit = capaians.unit_of(iki)
            total = f", jumlah {format_number(sum(counted))}{' ' + unit if unit and unit != '%' else ''}" \
                if counted else ""
            lines.append(f"• IKI {n}: {len(mine)} catatan{total}")
    for status, said in ((EntryStatus.outside, "Di luar SKP"), (EntryStatus.unsure, "Belum dipilih IKI-nya")):
        count = sum(e.status is status for e in entries)
        if count:
            lines.append(f"• {said}: {count} catatan")
    lines.append(f"Salah IKI? Ketik misalnya «{entries[0].id} ke IKI 2» atau «{entries[0].id} di luar SKP»; ubah atau "
                 "hapus lewat /catatan.")
    return Reply("\n".join(lines))


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
    read = logbook.read_entry(text, now.date(), state.skp, state.year.rencana,
                              choices=state.year.choices, earlier=state.year.entries)
    replies = []
    for day, amount in days:
        one = replace(read, day=day, quantity=amount if read.iki else None, said_date=f"{short_date(day)}")
        state.year, entry = logbook.add_entry(state.year, one, now)
        replies.append(_kept_reply(state, entry, one.said_date, one.link))
    return replies


_CLAUSES = re.compile(r"[,;]|(?<!\bs\.d)(?<!\bs/d)\.\s", re.IGNORECASE)


def _stretches_joined(parts: list[str]) -> list[str]:
    """«skrining 14 bayi, s.d. 31/3 total 52 bayi»: a part opening with a word ending a stretch of days is no day's
    work of its own but the rest of the part before it (tester59 F6: split into two entries)."""
    ends, joined = range_end_words(), []
    for part in parts:
        toks = line(part).toks
        if joined and any(tuple(toks[:len(j)]) == j for j in ends):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


def _split_days(text: str, today: date) -> list[tuple[date, str]]:
    """"senin 16 verif 12 berkas, rabu 18 terbit 3 SK": a line naming two days or more, one part per day."""
    # never at «s.d.»'s own stop; a part opening with «s.d.», «sampai» ends the stretch the part before began
    parts = [p.strip() for p in _CLAUSES.split(text) if p.strip()]
    parts = _stretches_joined(parts)
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
    read = logbook.read_entry(text, now.date(), skp, year.rencana, reading, year.choices, year.entries)
    if day is not None:
        read = replace(read, day=day, said_date=read.said_date or "hari")  # its figure and rate kept
    if read.recap and read.iki:
        recap = logbook.recap_check(year, read, read.iki)
        if recap and recap.repeats:
            state.year_ask = YearAsk(kind="recap", line=text)
            return [Reply(f"Jumlah {format_number(recap.quantity)} itu sama dengan yang sudah tercatat untuk IKI "
                          f"{iki_number(skp, read.iki)} dari {short_date(recap.start)} sampai {short_date(recap.end)}. "
                          "Ini hanya rekap, atau pekerjaan baru?",
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
        number = iki_number(skp, entry.iki)
        lines.append(f"IKI {number}: {short(entry.iki or '', 60)}" +
                     (f" (seperti pilihan Anda untuk {taught})" if taught else
                      f" (lanjutan {continues})" if continues else ""))
        if entry.quantity is not None:
            part = logbook.part_read(entry, skp)  # «1/6»: the first of six, said as read so a wrong reading is seen
            lines.append(f"Jumlah: {format_number(entry.quantity)}" + (
                f" (dibaca dari «{format_number(part[0])}/{format_number(part[1])}»: {format_number(part[0])} dari "
                f"{format_number(part[1])})" if part else ""))
        elif entry.figure is None and logbook.count_unread(entry, skp):  # never a silent 0 toward a count IKI
            lines.append(count_question(state, entry, number))
        elif logbook.rate_unread(entry, skp):  # counts read as no rate: said, never a silent «nothing counted»
            lines.append(rate_unread_note(skp, entry, number))
        if entry.figure is not None:  # «HI 3%»: a reported figure, offered for the quarter's realisasi
            rate = f"{format_number(entry.rate[0])} dari {format_number(entry.rate[1])}" if entry.rate else ""
            of = capaians.figure_month(entry)  # «… bulan september 97%» typed in October is TW III's
            quarter = quarter_label(quarter_of(of))
            period = "triwulan ini" if quarter_of(of) == quarter_of(entry.day) and of.year == entry.day.year else \
                f"{quarter}, bulan {month_name(of.month)},"
            pooled = capaians.logbook_rate(state.year, entry.iki or "", quarter_of(of), of.year) if entry.rate else None
            if pooled and pooled != entry.rate:  # every line of the quarter counts, not this day's alone
                lines.append(f"Nilai: {rate} = {format_number(entry.figure)}%; {quarter} "
                             f"menurut catatan: {format_number(pooled[0])} dari {format_number(pooled[1])} = "
                             f"{format_number(round(pooled[0] / pooled[1] * 100, 1))}% (dipakai untuk realisasi "
                             f"{period} bila tidak diisi lain)")
            else:
                unit = f" {entry.figure_unit}" if entry.figure_unit else "%"
                lines.append(f"Nilai: {rate + ' = ' if rate else ''}{format_number(entry.figure)}{unit} (dipakai untuk "
                             f"realisasi {period} bila tidak diisi lain)")
            if rate:  # read from two numbers: how to set it right when they were read another way
                lines.append(f"Bila salah, ubah catatannya lewat /catatan ({entry.id}), atau isi realisasinya dengan "
                             f"/capaian, misalnya «{rate}».")
        for key, (part, whole) in entry.also.items():  # the same line, a rate toward another IKI: said, not silent
            lines.append(f"Juga dihitung untuk IKI {iki_number(skp, key)}: {format_number(part)} dari "
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
            lines.append(f"«{unnamed}» tidak disebut di IKI {iki_number(skp, entry.candidates[0])}; yang cocok hanya "
                         "keterangannya (tempat, mitra, sarana atau tujuan).")
        lines.append(which_iki(skp, entry))
        pieces = logbook.pieces_of(entry, skp, state.year.rencana)
        if pieces:  # «reviu LK 3 satker, sama nyusun draft LHA …»: two pieces of work, each another IKI's
            lines.append(f"Dua pekerjaan? «{short(pieces[0], 50)}» dan «{short(pieces[1], 50)}» bisa dicatat "
                         "terpisah, masing-masing ke IKI-nya.")
            split = [Button("Pisah jadi 2 catatan", f"year:pisah:{entry.id}")]
        else:
            split = []
        # the IKI buttons keep their places («#1» is IKI 1 under every entry): the split goes after them
        return Reply("\n".join(lines), pick_buttons(skp, entry) + split, choice_only=True)
    if not skp.iki:  # nothing to link to yet: said so, never «Salah IKI?» over no buttons
        lines.append(f"Belum ada IKI di SKP Anda; catatan ini bisa ditautkan nanti («{entry.id} ke IKI 1»). Susun SKP "
                     "dengan /prima atau tempel daftar IKI Anda.")
        return Reply("\n".join(lines))
    also = _second_offered(state, entry, found.second) if found and found.second else []
    lines += [line for line, _ in also]
    lines.append(f"Salah IKI? Pilih yang benar di bawah; ubah atau hapus lewat /catatan ({entry.id}).")
    buttons = [button for _, button in also] + [Button(f"IKI {n}", f"year:link:{entry.id}:{n}") for n in every]
    return Reply("\n".join(lines), buttons + [Button("di luar SKP", f"year:link:{entry.id}:0")])


def _second_offered(state: UserState, entry: LogEntry, second: str) -> list[tuple[str, Button]]:
    """«isi bbm + cek tekanan ban» linked to its first piece of work: the second named in one line, with one button
    to keep it too as an entry of its own toward the IKI it reads to (its own count only, never this entry's)."""
    if not second:
        return []
    read = logbook.read_entry(second, entry.day, state.skp, state.year.rencana, choices=state.year.choices,
                              earlier=state.year.entries)
    if read.link.decision is Decision.outside:  # «… sm koki», «… walkot alhamdulillah»: no work of the SKP's
        return []
    n = iki_number(state.skp, read.iki)
    where = f" → IKI {n}" if n else ""
    return [(f"Juga disebut: «{short(second, 60)}»{where}. Catat juga sebagai catatan sendiri?",
             Button(f"Catat juga → IKI {n}" if n else "Catat juga yang kedua", f"year:also:{entry.id}"))]


def also_button(state: UserState, entry_id: str, now: datetime) -> list[Reply]:
    """«Catat juga → IKI 4» under an entry linked to its first piece of work: the second piece kept as its own entry,
    on the same day, read as any line is (its own IKI and count); once only."""
    entry = next((e for e in state.year.entries if e.id == entry_id), None)
    second = logbook.second_work(entry, state.skp, state.year.rencana) if entry is not None else ""
    if not second:
        return [Reply("Pilihan itu sudah tidak berlaku. Ketik /catatan untuk melihat catatan Anda.")]
    kept = next((e for e in state.year.entries if e.day == entry.day and e.text == second), None)
    if kept is not None:
        return [Reply(f"«{short(second, 60)}» sudah dicatat ({kept.id}, {short_date(kept.day)}); tidak dicatat lagi.")]
    # its day is the entry's («kemarin isi bbm + cek ban»), unless it names its own («…, senin nya audit SBAR»)
    read = logbook.read_entry(second, now.date(), state.skp, state.year.rencana, choices=state.year.choices,
                              earlier=state.year.entries)
    return [_add(state, read if read.said_date else replace(read, day=entry.day), now)]


def split_button(state: UserState, entry_id: str, now: datetime) -> list[Reply]:
    """«Pisah jadi 2 catatan» under a question about a line of two pieces of work (logbook.pieces_of): the entry
    gives way to one entry per piece, each read as any line is (its own IKI, asked or linked, and its own count), on
    the entry's day; date words are read as on the day it was typed."""
    entry = next((e for e in state.year.entries if e.id == entry_id), None)
    pieces = logbook.pieces_of(entry, state.skp, state.year.rencana) if entry is not None else None
    if not pieces:
        return [Reply("Pilihan itu sudah tidak berlaku. Ketik /catatan untuk melihat catatan Anda.")]
    state.year = logbook.delete(state.year, entry.id)
    typed = entry.created.date() if entry.created else entry.day
    replies, kept = [], []
    for piece in pieces:
        read = logbook.read_entry(piece, typed, state.skp, state.year.rencana, choices=state.year.choices,
                                  earlier=state.year.entries)
        state.year, new = logbook.add_entry(state.year, replace(read, day=entry.day), now)
        replies.append(_kept_reply(state, new, read.said_date, read.link))
        kept.append(new.id)
    return [Reply(f"Catatan {entry.id} dipisah jadi dua catatan ({' dan '.join(kept)}), tanggal "
                  f"{short_date(entry.day)}.")] + replies


_LINK_BUTTONS = 8  # IKI offered as buttons under an entry; more are linked by typing «c3 ke IKI 9»


def which_iki(skp: SkpDraft, entry: LogEntry) -> str:
    """«IKI mana yang dimaksud?» with the candidates named: the buttons carry only numbers, and a user with five IKI
    cannot tell «IKI 1» from «IKI 5» without opening /skp."""
    named = [(n, key) for n, key in ((iki_number(skp, key), key) for key in entry.candidates) if n]
    if not named:
        return "IKI mana yang dimaksud?"
    return "IKI mana yang dimaksud?\n" + "\n".join(f"• IKI {n}: {short(key, 70)}" for n, key in named)


def pick_buttons(skp: SkpDraft, entry: LogEntry) -> list[Button]:
    """«IKI mana?» under an unsure entry: every IKI in its own place, then «di luar SKP» — «#1» is IKI 1 under every
    entry, whichever the match ranks first (the question's text names the candidates), so a habit of tapping the
    same button never links to another IKI (tester48 P1-8); a candidate past the buttons' limit is added in order."""
    offered = {n for n in (iki_number(skp, key) for key in entry.candidates) if n}
    numbers = sorted(set(range(1, min(len(skp.iki), _LINK_BUTTONS) + 1)) | offered)
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
        return [Reply(f"Catatan {entry_id} ({short_date(kept.day)}) memang sudah {where}; tidak ada yang diubah.")]
    before = state.year.realisasi
    try:
        state.year = logbook.choose(state.year, entry_id, state.skp, key)
    except YearError as refused:
        return [Reply(str(refused))]
    entry = next(e for e in state.year.entries if e.id == entry_id)
    where = f"dihubungkan ke IKI {n}" + (f", jumlah {format_number(entry.quantity)}" if entry.quantity is not None
                                         else "") if n else "dicatat di luar SKP"  # never «ke di luar SKP» (tester22b #18)
    if n and entry.figure is not None:  # the rate read toward the IKI picked, as a linked line says it
        where += ", nilai " + (f"{format_number(entry.rate[0])} dari {format_number(entry.rate[1])} = "
                               if entry.rate else "") + f"{format_number(entry.figure)}{' ' + entry.figure_unit if entry.figure_unit else '%'}"
    unread = [count_question(state, entry, n)] if n and entry.quantity is None and entry.figure is None \
        and logbook.count_unread(entry, state.skp) else []  # a pick toward a count IKI counts nothing silently
    if n and not unread and logbook.rate_unread(entry, state.skp):
        unread = [rate_unread_note(state.skp, entry, n)]
    was = _placed(state.skp, kept) if kept is not None else None
    moved = f" (sebelumnya {was})" if was else ""
    back = [Button(f"Batal: tetap {was.split(',')[0]}", "year:undo")] if was else []  # year_undo.UNDO_BUTTON
    return [Reply("\n".join([f"Catatan {entry_id} ({short_date(entry.day)}) {where}{moved}."] + unread
                            + followed(state, before)), back)]


def _placed(skp: SkpDraft, entry: LogEntry) -> str | None:
    """Where an entry already placed stands, as a re-link says it left: «IKI 4, jumlah 3», «di luar SKP»; None for one
    still waiting for its IKI (its first pick loses nothing). A button of an older message («Salah IKI?» under an entry
    since answered, a habitual «#1») moves it so: said, with «Batal» beside it (tester48 P1-11)."""
    if entry.status is EntryStatus.outside:
        return "di luar SKP"
    n = iki_number(skp, entry.iki) if entry.status is EntryStatus.linked and entry.iki else None
    if not n:
        return None
    return f"IKI {n}" + (f", jumlah {format_number(entry.quantity)}" if entry.quantity is not None else "")


def rate_unread_note(skp: SkpDraft, entry: LogEntry, number: int) -> str:
    """The line's numbers gave no «berapa dari berapa» toward its percentage IKI: said, with how to give one."""
    subject, predicate = result_parts(skp.iki[number - 1].indikator)
    example = f"12 dari 15 {subject}" + (f" {predicate}" if predicate else "")
    return (f"Nilai belum terbaca dari angka di catatan ini, jadi tidak dihitung untuk IKI {number}. Bila ingin "
            f"dihitung, kirim berapa dari berapa, misalnya «{example}», lalu «hapus {entry.id}».")


def count_question(state: UserState, entry: LogEntry, number: int) -> str:
    """«Jumlahnya berapa?» of an entry linked to a count IKI with no count read: one short question, the entry kept
    as it is; a number alone typed next is its count (`state.count_asked`, year_logbook_fix.count_answer)."""
    state.count_asked = entry.id
    return (f"Jumlahnya berapa? Belum terbaca, jadi belum dihitung untuk IKI {number}; balas angkanya saja, "
            "misalnya «5».")


def count_still_asked(state: UserState) -> list[Reply]:
    """After a look-up (/capaian, /skp, /catatan), the «Jumlahnya berapa?» still waiting, named once more."""
    entry = next((e for e in state.year.entries if e.id == state.count_asked), None)
    if entry is None or not logbook.count_unread(entry, state.skp):
        return []
    return [Reply(f"Jumlah catatan {entry.id} ({short_date(entry.day)}) masih saya tunggu: balas angkanya saja, "
                  "misalnya «5».")]


def followed(state: UserState, before: list) -> list[str]:
    """Lines for each realisasi taken «sesuai catatan» that a change of the logbook has just moved."""
    old = {(r.iki, r.quarter): r.value for r in before}
    lines = []
    for r in state.year.realisasi:
        if r.source is RealisasiSource.logbook and (r.iki, r.quarter) in old and old[(r.iki, r.quarter)] != r.value:
            iki = next((i for i in state.skp.iki if i.indikator == r.iki), None)
            unit = f" {capaians.unit_of(iki)}" if iki is not None and capaians.unit_of(iki) else ""
            lines.append(f"Realisasi IKI {iki_number(state.skp, r.iki)} {quarter_label(r.quarter)} (sesuai catatan) kini "
                         f"{format_number(r.value)}{unit}.")
    return lines


def waiting_note(state: UserState, number: int, quarter: int, in_year: int) -> tuple[list[str], list[Button]]:
    """Entries of the quarter still waiting for their IKI, with this one among the candidates: said beside a logbook
    sum (they are not in it), with the first one's pick as buttons."""
    entries = capaians.waiting(state.year, state.skp.iki[number - 1].indikator, quarter, in_year)
    if not entries:
        return [], []
    named = ", ".join(f"{e.id} ({short_date(e.day)}: {short(e.text, 40)})" for e in entries[:3])
    more = f" dan {len(entries) - 3} lainnya" if len(entries) > 3 else ""
    lines = [f"Belum dihitung untuk IKI {number}: {named}{more} masih menunggu pilihan IKI-nya. Bila termasuk IKI "
             f"{number}, pilih di bawah; realisasi sesuai catatan ikut berubah."]
    first = entries[0]
    numbers = [m for m in (iki_number(state.skp, k) for k in first.candidates) if m]
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


def catatan(state: UserState, rest: str, now: datetime) -> list[Reply]:
    """/catatan [hari ini | minggu lalu | maret | IKI N]: the entries, per day or per IKI; weeks without any noted."""
    year, skp, today = state.year, state.skp, now.date()
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
        title = f"Catatan {short_date(start)}–{short_date(end)} ({len(chosen)}):" if period else \
            f"Catatan terakhir ({min(len(chosen), 15)} dari {len(chosen)}):"
        chosen = chosen if period else chosen[-15:]
    lines = [title] + [f"{e.id} · " + logbook.entry_text(e, iki_number(skp, e.iki)) for e in chosen]
    first = min(e.day for e in year.entries)
    if period:  # «/catatan februari»: the quiet weeks of that month, not of the whole year
        first, today = max(first, next_workday(start)), min(today, end + timedelta(days=7))
    quiet = logbook.quiet_weeks(year, first, today)
    if quiet:  # every one counted: «23/02, 02/03 …» alone hid the earlier weeks (a played quarter)
        shown = ", ".join(f"{short_date(d)}" for d in quiet[-_QUIET_SHOWN:])
        lines.append(f"Minggu tanpa catatan: {shown}" if len(quiet) <= _QUIET_SHOWN else
                     f"Minggu tanpa catatan: {len(quiet)} minggu, yang terakhir {shown} (minggu mulai Senin).")
    lines.append("Ubah: «catatan c3 tanggal 12/3», «c3 jumlah 15», hubungkan ulang: «c3 ke IKI 2», hapus: "
                 "«hapus c3».")
    unsure = [e for e in chosen if e.status is EntryStatus.unsure]
    buttons = [Button(f"{e.id}: IKI {iki_number(skp, k)}", f"year:link:{e.id}:{iki_number(skp, k)}")
               for e in unsure[:2] for k in e.candidates if iki_number(skp, k)]
    return [Reply("\n".join(lines), buttons)]


def waiting_picks(state: UserState, today: date) -> list[LogEntry]:
    """Entries kept before today still waiting for the user's pick of their IKI and not yet asked again as often as
    catatan_harian.yaml pick_again_times allows, oldest first (the others wait quietly in /catatan)."""
    limit = knowledge.data("catatan_harian")["pick_again_times"]
    return sorted((e for e in state.year.entries if e.status is EntryStatus.unsure
                   and (e.created.date() if e.created else e.day) < today
                   and state.picks_asked.get(e.id, 0) < limit), key=lambda e: int(e.id[1:]))


def picks_again(state: UserState, replies: list[Reply], now: datetime, command: bool = False) -> list[Reply]:
    """At the end of the first turn of a day with no buttons of its own and no command: an entry of an earlier day
    whose «IKI mana yang dimaksud?» went unanswered is asked again with its buttons (the question scrolled away
    overnight, and a bare «1» then answered nothing). A command's reply stands alone (year39: under /ubah's «Tulis
    nomor IKI-nya» the «3» meant for /ubah picked the entry's IKI): the question waits for a later turn that day."""
    today = now.date()
    if command or state.picks_asked_on == today or not state.skp.iki or any(r.buttons for r in replies):
        return []
    waiting = waiting_picks(state, today)
    if not waiting:
        return []
    state.picks_asked_on = today
    return [pick_asked_again(state, waiting)]


def late_pick(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """A bare choice («1») typed first on a later day, read as nothing else, while an entry's «IKI mana yang
    dimaksud?» waits unanswered: the pick among the buttons that question showed, said with how to fix it; None
    otherwise."""
    today = now.date()
    waiting = waiting_picks(state, today)
    # (a later turn of the day answers what was said since: «3» under /ubah's «Tulis nomor IKI-nya» is no pick)
    if not waiting or state.picks_asked_on == today or state.last_turn == today or not state.skp.iki:
        return None
    buttons = pick_buttons(state.skp, waiting[0])
    chosen = typed_choice(text, [b.label for b in buttons])
    if chosen is None:
        return None
    state.picks_asked_on = today
    entry = waiting[0]
    said = link_button(state, buttons[chosen].data.removeprefix("year:link:"))
    return [Reply(f"Untuk catatan {entry.id} ({short_date(entry.day)}: {short(entry.text, 60)}) yang ditanyakan "
                  "sebelumnya:\n"
                  + said[0].text + f"\nSalah pilih? Ketik «{entry.id} ke IKI 2» atau «{entry.id} ke luar SKP».")] + said[1:]


def pick_asked_again(state: UserState, waiting: list[LogEntry]) -> Reply:
    first = waiting[0]
    asked = state.picks_asked.get(first.id, 0) + 1
    state.picks_asked = {**state.picks_asked, first.id: asked}
    more = f" Masih ada {len(waiting) - 1} catatan lain yang menunggu; lihat /catatan." if len(waiting) > 1 else ""
    last = (" Ini terakhir kali saya tanyakan; bila tidak dipilih, catatan ini tetap «belum dipilih» dan bisa dipilih "
            f"kapan saja lewat /catatan («{first.id} ke IKI 1»).") \
        if asked >= knowledge.data("catatan_harian")["pick_again_times"] else ""
    return Reply(f"Catatan {first.id} ({short_date(first.day)}: {short(first.text, 60)}) belum dipilih "
                 f"IKI-nya.{more}{last}\n"
                 f"{which_iki(state.skp, first)}", pick_buttons(state.skp, first), choice_only=True)


_QUIET_SHOWN = 6  # weeks without entries named in /catatan; more are counted
