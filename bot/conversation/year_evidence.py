"""Bukti dukung in the chat: a file or link sent, attached to the entry its caption names or asked for."""

from datetime import datetime

from bot import knowledge
from bot.conversation.evidence_path import describes_evidence
from bot.conversation.iki_fields import short
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.conversation.year_logbook import ENTRY_ID, catat, count_question, iki_number
from bot.conversation.year_logbook_fix import still_asked
from bot.lang.dates import short_date
from bot.lang.text import links_in, tokens
from bot.year import logbook
from bot.year.entry_kind import EntryKind, kind_of
from bot.year.models import Evidence, EvidenceKind, LogEntry, YearError
from bot.year.periods import month_short

MIN_CAPTION_SHARED = 2  # words a caption shares with one entry's text (and more than with any other) to name it


def _captioned_entry(state: UserState, caption: str) -> str:
    """The entry a describing caption names: by its id («bukti c4»), else the one entry sharing the most words with it
    (at least MIN_CAPTION_SHARED: «bukti yg SK pensiun kmrn kamis» for «kamis terbit 6 SK pensiun BUP»); "" when
    none or a tie (tester21b #10)."""
    found = ENTRY_ID.search(caption)
    if found:
        return found.group(1).lower()
    said = set(tokens(caption)) - set(knowledge.data("catatan_harian")["evidence_leads"])
    scored = sorted(((len(said & set(tokens(e.text))), e.id) for e in state.year.entries), reverse=True)
    if not scored or scored[0][0] < MIN_CAPTION_SHARED or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return ""
    return scored[0][1]


def unread(item: Evidence) -> Reply:
    """A file no logbook can take (no IKI saved yet): what to send instead for its kind, a spreadsheet's rows copied
    and pasted, a document's sentences, a photo's IKI typed (conversation.yaml file_unread)."""
    said = knowledge.data("conversation")["file_unread"]
    suffix = item.name.rpartition(".")[2].lower() if "." in item.name else ""
    kind = "photo" if item.kind is EvidenceKind.photo else next(  # every kind the file_unread table gives suffixes
        (kind for kind, row in said.items() if isinstance(row, dict) and suffix in row["suffixes"]), "")
    reply = said[kind]["reply"] if kind else said["other"]
    return Reply(f"{reply.format(name=item.name or 'ini')} {said['later']}")


def evidence(state: UserState, item: Evidence, caption: str, now: datetime, entry_id: str = "") -> list[Reply]:
    """A photo or document: bukti dukung of the entry named (entry_id: the terminal's «<work>, bukti: <path>»), of
    the entry in its caption, else of the entry kept just before."""
    if not state.skp.iki:  # no SKP, so no logbook this file could belong to
        return [unread(item)]
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
        again = "tautannya" if item.kind is EvidenceKind.link else "berkasnya"
        return replies + [Reply(f"«{item.name or item.kind.value}» bukti dukung untuk catatan yang mana? Pilih di "
                                f"bawah, atau kirim catatannya dulu lalu {again} lagi.",
                                [Button(f"{e.day.day} {month_short(e.day.month)}: {short(e.text, 28)}",
                                        f"year:bukti:{e.id}") for e in reversed(latest)])]
    if target is None:
        return replies + [Reply("Bukti dukung dilampirkan ke catatan yang baru dikirim. Kirim dulu catatannya "
                                "(misalnya «hari ini review 12 berkas»), lalu kirim berkasnya lagi.")]
    state.year = logbook.attach(state.year, target.id, item.model_copy(update={"added": now}))
    return replies + [_attached(item, target)] + _count_still_asked(state) + still_asked(state)


def _count_still_asked(state: UserState) -> list[Reply]:
    """«Jumlahnya berapa?» asked of an entry whose count is still unread: asked again after the file, so a photo
    sent right after the line never drops it (tester51 P1-6); a number typed next is still its answer."""
    entry = next((e for e in state.year.entries if e.id == state.count_asked), None)
    if entry is None or entry.quantity is not None or not logbook.count_unread(entry, state.skp):
        return []
    return [Reply(count_question(state, entry, iki_number(state.skp, entry.iki)))]


_PICK = 4  # entries offered for a file that came with none


def link_sent(state: UserState, message: str, now: datetime) -> list[Reply] | None:
    """A web address sent alone, or after words calling it bukti («bukti c4: https://drive.google.com/…»), once the
    logbook has entries: bukti dukung of the entry just kept or named, kept as a link (a shared drive's file is
    evidence as a photo is), else the entry asked with buttons; None for anything else (an IKI with a link in it)."""
    links, caption = links_in(message)
    if not links or not state.skp.iki or not state.year.entries or (caption and not describes_evidence(caption)):
        return None
    replies: list[Reply] = []
    for link in links:
        replies += evidence(state, Evidence(kind=EvidenceKind.link, name=link), caption, now)
        if state.year.pending is not None:  # the entry asked for this one: the others are sent again after it
            break
    return replies


def _attached(item: Evidence, entry: LogEntry) -> Reply:
    return Reply(f"Bukti dukung «{item.name or item.kind.value}» dilampirkan ke catatan {entry.id} "
                 f"({short_date(entry.day)}: {short(entry.text, 60)}).")


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


def evidence_item(kind: str, name: str = "", file_id: str = "", size: int | None = None, mime: str = "",
                  sha256: str = "", path: str = "") -> Evidence:
    return Evidence(kind=EvidenceKind(kind), name=name, file_id=file_id, size=size, mime=mime, sha256=sha256,
                    path=path)
