"""«undo», «balikin yg tadi» right after a realisasi kept, a catatan deleted or a catatan changed or re-linked: the
records as they were, while nothing changed them or the SKP since (tester22b #23: «undo» showed the last catatan and
«balikin yg tadi» was kept as one). /ubah's own undo is skp_undo's; this one is checked first, being the later."""

import hashlib

from bot import knowledge
from bot.conversation.iki_fields import short
from bot.conversation.offered import undo_words
from bot.conversation.replies import Reply
from bot.conversation.state import UserState, YearChange
from bot.conversation.year_logbook import iki_number
from bot.lang.dates import short_date
from bot.lang.numbers import format_number
from bot.lang.text import tokens
from bot.year.capaian import unit_of
from bot.year.models import EntryStatus, LogEntry, Realisasi, YearState
from bot.year.periods import quarter_label


def fingerprint(state: UserState) -> str:
    """The records an undo puts back and the SKP, as one short key: an undo holds only while they are still this."""
    year = state.year
    parts = [year.model_dump_json(include={"entries", "realisasi", "choices", "versions", "rencana"}),
             state.skp.model_dump_json(include={"iki"})]
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()[:16]


def _records(year: YearState) -> tuple:
    return year.entries, year.realisasi, year.choices, year.versions, year.rencana


def noted(before: YearState, state: UserState) -> None:
    """After a turn: what it changed in the records, kept for an undo when it kept a realisasi, deleted, changed or
    re-linked a catatan and did nothing else to them (no catatan kept, no perubahan, no rencana); any other change of
    them lets an earlier one go. A turn that changed none keeps it (the fingerprint still guards it)."""
    after = state.year
    if state.year_change is not None and state.year_change.undone:  # the undo itself is not undone by the next one
        state.year_change = None
        return
    if _records(before) == _records(after):
        return
    old = {e.id: (i, e) for i, e in enumerate(before.entries)}
    now = {e.id: e for e in after.entries}
    if set(now) - set(old) or before.versions != after.versions or before.rencana != after.rencana:
        state.year_change = None
        return
    changed = [(i, e) for key, (i, e) in old.items() if now.get(key) != e]
    state.year_change = YearChange(realisasi=before.realisasi, entries=changed, choices=before.choices,
                                   after=fingerprint(state))


@knowledge.cached
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    said = knowledge.data("conversation")
    undo = said["edit_undo"]
    whole = frozenset(" ".join(tokens(p)) for p in knowledge.taking_back_whole("edit_undo"))
    verbs = frozenset(t for p in knowledge.taking_back("put_back") for t in tokens(p))
    filler = frozenset(t for p in undo["filler"] + knowledge.taking_back("calling_off") + said["year_undo"]["filler"]
                       + said["typed_press"]["label_filler"] + said["typed_press"]["pointing"] for t in tokens(p))
    return whole, verbs, filler


def asks(state: UserState, text: str) -> bool:
    """«undo», «balikin yg tadi», «batalin realisasi tadi» while the records are as the last change left them. Words:
    conversation.yaml edit_undo and taking_back, with year_undo's filler."""
    return holds(state) and (reads_as_undo(text) or (UNDO_BUTTON in {data for _, data in state.shown}
                                                     and undo_words(text)))  # «batal» typed under its «Batal»


UNDO_BUTTON = "year:undo"  # «Batal» under a re-link (year_logbook.link_button)


def holds(state: UserState) -> bool:
    """Whether the last change can still be taken back: the records and the SKP are as it left them."""
    change = state.year_change
    return change is not None and not change.undone and change.after == fingerprint(state)


def reads_as_undo(text: str) -> bool:
    whole, verbs, filler = _words()
    words = tokens(text)
    if " ".join(words) in whole:
        return True
    return any(w in verbs for w in words) and all(w in verbs or w in filler for w in words)


NOTHING_LEFT = ("Tidak ada yang dibatalkan: realisasi dan catatan Anda tetap seperti sekarang. «Undo» hanya membatalkan "
                "realisasi, hapus, atau pindah catatan yang baru saja dibuat, sebelum ada perubahan lain. Ubah catatan "
                "lewat /catatan («c3 ke IKI 2», «hapus c3»), realisasi dengan «IKI 1: angka».")


def undo(state: UserState) -> list[Reply]:
    """The records put back as they were before the last change, said item by item."""
    change, year = state.year_change, state.year
    state.year_change = YearChange(realisasi=[], entries=[], choices=[], after="", undone=True)
    lines = _realisasi_back(state, change.realisasi, year.realisasi)
    entries = list(year.entries)
    for place, was in sorted(change.entries, key=lambda item: item[0]):
        at = next((k for k, e in enumerate(entries) if e.id == was.id), None)
        lines.append(_entry_back(state, was, entries[at] if at is not None else None))
        if at is None:
            entries.insert(min(place, len(entries)), was)
        else:
            entries[at] = was
    state.year = year.model_copy(update={"realisasi": change.realisasi, "entries": entries, "choices": change.choices})
    if state.count_asked in {was.id for _, was in change.entries}:  # «Jumlahnya berapa?» of the link taken back
        state.count_asked = ""
    if state.year_ask is not None and state.year_ask.kind in ("running", "percent", "split"):  # asked of the figure taken back
        state.year_ask = None
    if len(lines) == 1:
        return [Reply(f"Dibatalkan: {lines[0]}")]
    return [Reply("Dibatalkan:\n" + "\n".join(f"• {line}" for line in lines) if lines
                  else "Dibatalkan: catatan Anda kembali seperti sebelumnya.")]


def _realisasi_back(state: UserState, before: list[Realisasi], now: list[Realisasi]) -> list[str]:
    old = {(r.iki, r.quarter): r for r in before}
    new = {(r.iki, r.quarter): r for r in now}
    lines = []
    for key in sorted(set(old) | set(new), key=lambda k: (iki_number(state.skp, k[0]) or 99, k[1])):
        was, dropped = old.get(key), new.get(key)
        if was == dropped:
            continue
        name = f"IKI {n}" if (n := iki_number(state.skp, key[0])) else f"«{short(key[0], 50)}»"
        where = f"realisasi {name} {quarter_label(key[1])}"
        gone = f" ({_value(state, dropped)} tidak dipakai)" if dropped is not None else ""
        lines.append(f"{where} kembali {_value(state, was)}{gone}." if was is not None
                     else f"{where} kosong lagi{gone}.")
    return lines


def _value(state: UserState, figure: Realisasi) -> str:
    iki = next((i for i in state.skp.iki if i.indikator == figure.iki), None)
    unit = unit_of(iki) if iki is not None else ""
    return format_number(figure.value) + ("%" if unit == "%" else f" {unit}" if unit else "")


def _entry_back(state: UserState, was: LogEntry, now: LogEntry | None) -> str:
    said = f"catatan {was.id} ({short_date(was.day)}: {short(was.text, 60)})"
    if now is None:
        return f"{said} kembali."
    if (was.iki, was.status) != (now.iki, now.status):
        if was.status is EntryStatus.linked and (n := iki_number(state.skp, was.iki)):
            return f"{said} kembali ke IKI {n}."
        return f"{said} kembali di luar SKP." if was.status is EntryStatus.outside \
            else f"{said} kembali belum dipilih IKI-nya."
    return f"{said} kembali seperti sebelumnya."
