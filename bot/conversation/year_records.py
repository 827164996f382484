"""A question about one's own catatan or bukti dukung in chat words («udh nyatet blm hari ini?», «IKI yg ketiga udh
ada buktinya blm»): the short answer first, from the user's own records (issue 18)."""

import re
from dataclasses import replace
from datetime import date, datetime

from bot import knowledge
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.conversation.year_logbook import ENTRY_ID, catatan, iki_number
from bot.lang.dates import short_date
from bot.lang.numbers import format_number
from bot.lang.text import phrase_set, tokens
from bot.year import logbook
from bot.year.capaian import unit_of
from bot.year.entry_dates import read_date
from bot.year.entry_records import counted_thing, iki_number_in, pointed_words
from bot.year.line import line
from bot.year.models import EntryStatus, LogEntry

_SHOWN = 8  # entries listed under the short answer


def _said(group: str):
    return phrase_set("catatan_harian", "own_records_said", group)


def _yes_no(text: str) -> bool:
    """«udh nyatet blm», «logbook sy hari ini udh ada?»: asked whether it is done, not how many."""
    ln = line(text)
    return ln.has(_said("done")) and (ln.has(_said("not_yet")) or "?" in text) and not ln.has(_said("count"))


def _period(text: str, today: date) -> tuple[date, date, str] | None:
    """The days asked about and how to say them; a yes-no question naming none asks about today."""
    period = logbook.read_period(text, today)
    if period is None and not _yes_no(text):
        return None
    start, end = period or (today, today)
    if start == end == today:
        return start, end, "hari ini"
    if start == end:
        return start, end, f"tanggal {short_date(start)}"
    return start, end, f"{short_date(start)}–{short_date(end)}"


def _pointed(text: str) -> set[str]:
    """«… catat yg rapat blm ya», «bukti rapat td udah sy kirim blm ya»: the words naming the entry meant."""
    return set(pointed_words(line(text)))


def _line(state: UserState, entry: LogEntry) -> str:
    return f"{entry.id} · " + logbook.entry_text(entry, iki_number(state.skp, entry.iki))


def _link_buttons(state: UserState, entries: list[LogEntry]) -> list[Button]:
    unsure = [e for e in entries if e.status is EntryStatus.unsure]
    return [Button(f"{e.id}: IKI {iki_number(state.skp, k)}", f"year:link:{e.id}:{iki_number(state.skp, k)}")
            for e in unsure[:2] for k in e.candidates if iki_number(state.skp, k)]


def catatan_said(state: UserState, text: str, now: datetime) -> list[Reply]:
    """«udh nyatet blm hari ini?», «td sy udh catat yg rapat blm ya», «brp catatan sy bulan ini»: «Sudah, N catatan
    …» with them listed, or «Belum ada catatan …»; no period named and no yes-no asked: /catatan's listing."""
    found = _period(text, now.date())
    if found is None:
        return catatan(state, "", now)
    start, end, said = found
    chosen = logbook.entries_between(state.year, start, end)
    pointed = _pointed(text)
    if pointed:
        chosen = [e for e in chosen if pointed & set(tokens(e.text))]
    about = f"«{' '.join(sorted(pointed))}» " if pointed else ""
    if not chosen:
        return [Reply(f"Belum ada catatan {about}{said}. Kirim pekerjaannya, misalnya «hari ini rapat koordinasi …», "
                      "nanti saya catat; semua catatan: /catatan.")]
    if not pointed and not _yes_no(text):  # «brp catatan sy bulan ini»: the count first, then /catatan's listing
        listed = catatan(state, text, now)
        return [replace(listed[0], text=f"{len(chosen)} catatan {said}.\n{listed[0].text}")] + listed[1:]
    lines = [f"Sudah, {len(chosen)} catatan {about}{said}:"] + [_line(state, e) for e in chosen[-_SHOWN:]]
    if len(chosen) > _SHOWN:
        lines.append(f"… dan {len(chosen) - _SHOWN} lainnya: /catatan.")
    return [Reply("\n".join(lines), _link_buttons(state, chosen))]


def counted_said(state: UserState, text: str, now: datetime) -> list[Reply]:
    """«minggu ini udah brp berkas?»: the quantities the period's entries naming that thing counted, per IKI, and its
    entries still waiting for their IKI (not counted until one is picked), from the user's own records."""
    thing = counted_thing(line(text))
    start, end = logbook.read_period(text, now.date()) or (now.date(), now.date())
    said = "hari ini" if start == end == now.date() else \
        f"tanggal {short_date(start)}" if start == end else f"{short_date(start)}–{short_date(end)}"
    # the IKI counting that thing by its unit («berkas» of «600 berkas») count their entries whatever words they use
    # («finished verifying 15 KP files today»)
    units = {iki.indikator for iki in state.skp.iki if set(thing) <= set(tokens(unit_of(iki)))}
    named = [e for e in logbook.entries_between(state.year, start, end)
             if set(thing) <= set(tokens(e.text)) or (e.iki in units and e.status is EntryStatus.linked)]
    counted: dict[int, list[LogEntry]] = {}
    for e in named:
        if e.status is EntryStatus.linked and e.quantity is not None and iki_number(state.skp, e.iki):
            counted.setdefault(iki_number(state.skp, e.iki), []).append(e)
    typed = re.search(r"\b" + r"\W+".join(map(re.escape, thing)) + r"\b", text, re.IGNORECASE)
    what = typed.group(0) if typed else " ".join(thing)  # «SK pensiun» as written
    lines = [f"{format_number(sum(e.quantity for e in kept))} {what} untuk IKI {n} ({len(kept)} catatan, {said})"
             for n, kept in sorted(counted.items())]
    lines = [f"Menurut catatan Anda: {'; '.join(lines)}."] if lines else [f"Belum ada «{what}» yang terhitung {said}."]
    unsure = [e for e in named if e.status is EntryStatus.unsure]
    if unsure:
        lines.append("Belum dihitung karena belum dipilih IKI-nya: " + "; ".join(_line(state, e) for e in unsure[:3])
                     + ". Pilih IKI-nya di bawah, atau lewat /catatan («" + unsure[0].id + " ke IKI 1»).")
    lines.append("Semua catatan: /catatan; capaian per IKI: /capaian.")
    return [Reply("\n".join(lines), _link_buttons(state, unsure))]


def _iki_named(text: str) -> int | None:
    """«IKI 3», «IKI yg ketiga»: the IKI a question names."""
    number = iki_number_in(text)
    if number:
        return number
    ordinals, toks = knowledge.data("conversation")["ordinals"], tokens(text)
    for i, tok in enumerate(toks):
        if tok == "iki":
            return next((ordinals[t] for t in toks[i + 1:i + 3] if t in ordinals), None)
    return None


def bukti_said(state: UserState, text: str, now: datetime) -> list[Reply]:
    """«IKI yg ketiga udh ada buktinya blm», «udah upload bukti blm ya sy»: which entries have their bukti dukung and
    which lack it, of the IKI named, else of the period asked (today when none), else the latest entries."""
    number, today = _iki_named(text), now.date()
    if number and not 1 <= number <= len(state.skp.iki):
        return [Reply(f"IKI {number} tidak ada; SKP Anda punya {len(state.skp.iki)} IKI.")]
    ids = {m.group(1).lower() for m in ENTRY_ID.finditer(text)}
    if number:
        chosen, said = logbook.entries_of(state.year, state.skp.iki[number - 1].indikator), f"IKI {number}"
    elif ids & {e.id for e in state.year.entries}:  # «c11 udah ada buktinya blm?»: that entry
        chosen = [e for e in state.year.entries if e.id in ids]
        said = ", ".join(e.id for e in chosen)
    else:
        pointed = _pointed(text)  # «bukti rapat td …»: the entries naming it
        period = logbook.read_period(text, today) or (today, today)
        chosen = [e for e in logbook.entries_between(state.year, *period) if not pointed or pointed & set(tokens(e.text))]
        said = "hari ini" if period == (today, today) else f"{short_date(period[0])}–{short_date(period[1])}"
        if not chosen:
            chosen = [e for e in logbook.entries_between(state.year, date.min, today)
                      if not pointed or pointed & set(tokens(e.text))][-_SHOWN:]
            said = "terakhir"
        if pointed:
            said = f"«{' '.join(sorted(pointed))}» {said}"
    if not chosen:
        return [Reply(f"Belum ada catatan {said}, jadi belum ada bukti dukungnya. Kirim pekerjaannya dulu, lalu foto "
                      "atau berkasnya.")]
    lacking = [e for e in chosen if not e.evidence]
    held = len(chosen) - len(lacking)
    head = f"Sudah, semua {len(chosen)} catatan {said} ada bukti dukungnya." if not lacking else \
        f"Belum semua: {held} dari {len(chosen)} catatan {said} ada bukti dukungnya." if held else \
        f"Belum, {len(chosen)} catatan {said} belum ada bukti dukungnya."
    lines = [head] + (["Belum ada bukti:"] + [_line(state, e) for e in lacking[-_SHOWN:]] if lacking else [])
    if lacking:
        lines.append(f"Kirim foto atau berkasnya dengan keterangan «bukti {lacking[-1].id}».")
    return [Reply("\n".join(lines))]


def unlogged_said(state: UserState, text: str, now: datetime) -> list[Reply]:
    """«blm nyatet hari ini», «aku belum isi logbook minggu ini», «lupa nyatet kemarin»: never an entry; what is kept
    for the days told and how to send the work, dated when the days are past."""
    today = now.date()
    day, w = read_date(line(text), today)  # «lupa nyatet senin»: a day the period reading leaves out
    start, end = logbook.read_period(text, today) or (day, day)
    kept = len(logbook.entries_between(state.year, start, end))
    if start == end == today:
        said = "hari ini"
    elif start == end:
        said = f"tanggal {short_date(start)}"
    else:
        said = f"{short_date(start)}–{short_date(end)}"
    head = f"Baik. Catatan {said} sejauh ini: {kept}." if kept else f"Baik, belum ada catatan {said}."
    if start == end == today:
        how = ("Kirim saja pekerjaannya, satu baris per pekerjaan, misalnya «rapat koordinasi jadwal usulan KP», "
               "nanti saya catat.")
    else:
        how = (f"Pekerjaan hari yang sudah lewat bisa dikirim dengan harinya di depan, misalnya «{w.said or 'kemarin'} "
               f"rapat koordinasi …» atau «/catat {start.day}/{start.month} verif 12 berkas KP»; tanpa hari, saya catat "
               "untuk hari ini.")
    return [Reply(f"{head} {how}")]
