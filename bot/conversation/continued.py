"""A list longer than one Telegram message arrives in parts (the client cuts at 4,096 characters, at a line end when it
can, mid-line when it cannot): the part that reached the limit is held, and the next message, when it reads as its
rest, is joined back to it, so the whole list is read once with the user's own numbering. A longer paste (the
terminal) is read up to the most a list may hold, the rest asked for the same way."""

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot import knowledge
from bot.conversation.replies import MAX_REPLY_CHARS, Reply
from bot.conversation.state import UserState

_MARKER = re.compile(r"\s*(?:\d{1,3}\s*[.)]|[-•*–])\s")  # a list line's own number or bullet: a new line starts


@knowledge.cached
def _settings() -> dict:
    return knowledge.data("conversation")["continued_message"]


def most_chars() -> int:
    """The longest list read from one message or from parts joined (a paste in the terminal is not cut by Telegram)."""
    return MAX_REPLY_CHARS * _settings()["most_parts"]


@dataclass(frozen=True)
class Read:
    text: str  # what the engine reads now
    joined: bool = False  # the message was the rest of the part held before
    keep: str = ""  # the part to hold for its rest, when it is read as a list
    cut_line: str = ""  # the last line of a part cut by a count: held back until its rest comes
    rest_from: str = ""  # a paste longer than a list may be: the first line not read


def read(state: UserState, text: str, now: datetime) -> Read:
    """The message as the engine reads it: joined to the part held before when it is its rest, the cut last line of a
    part that hit the limit held back, a paste longer than a list may be read up to its last whole line."""
    held, at = state.cut_part, state.cut_at
    state.cut_part, state.cut_at = "", ""
    joined = bool(held) and _rest_of(held, at, text, now)
    received = text
    if joined:
        text = held + _joint(held, text) + text
    if "\n" not in text.strip():
        return Read(text, joined)
    if len(text) > most_chars():
        kept, _, rest = text[:most_chars()].rpartition("\n")
        first = (rest + text[most_chars():]).strip().splitlines()[0]
        # (the most a list holds: the rest is a list of its own, never joined to this one)
        return Read(kept, joined, rest_from=first if len(first) <= 80 else first[:80] + "…")
    if not MAX_REPLY_CHARS - _settings()["near"] <= _telegram_length(received) <= MAX_REPLY_CHARS:
        return Read(text, joined)  # short of the limit, or longer than Telegram sends (the terminal): not cut
    if _hard_cut(received):  # «… 35. Persentase puskesmas di kabupa»: its last line no line of its own
        kept, _, cut = text.rstrip().rpartition("\n")
        return Read(kept, joined, keep=text, cut_line=cut.strip())
    return Read(text, joined, keep=text)


def _telegram_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _hard_cut(text: str) -> bool:
    """A part exactly as long as a Telegram message: cut by a count, its last line likely in two."""
    return _telegram_length(text) == MAX_REPLY_CHARS


def _rest_of(held: str, at: str, text: str, now: datetime) -> bool:
    """The message after a part that reached the limit is its rest: sent soon after it, no command, several lines or
    (a part cut mid-line) words going on from the cut."""
    if not at or now - datetime.fromisoformat(at) > timedelta(seconds=_settings()["within_seconds"]):
        return False
    stripped = text.strip()
    if not stripped or stripped.startswith("/"):
        return False
    several = len([line for line in stripped.splitlines() if line.strip()]) >= 2
    return several or (_hard_cut(held) and stripped[0].islower())


def _joint(held: str, rest: str) -> str:
    """What stood between the parts: a line break before a list line's own number or a capital, nothing inside a
    word cut by a count, a space where the client cut at one."""
    if held.endswith("\n") or _MARKER.match(rest) or rest.lstrip()[:1].isupper():
        return "\n"
    return "" if _hard_cut(held) else " "


def hold(state: UserState, reading: Read, listed: bool, now: datetime) -> None:
    """Keep a part that reached the limit and was read as a list, for its rest to join."""
    if listed and reading.keep:
        state.cut_part, state.cut_at = reading.keep, now.isoformat()


def said(reading: Read, replies: list[Reply], listed: bool) -> list[Reply]:
    """The replies with what was joined or cut said first, in the list's own reply."""
    notes = []
    if not listed and not reading.joined:  # not read as a list: nothing to join later, nothing said
        return replies
    if reading.joined:
        notes.append("Pesan ini saya baca sebagai lanjutan pesan sebelumnya (Telegram memotong pesan panjang di "
                     f"{_thousands(MAX_REPLY_CHARS)} karakter), jadi keduanya satu daftar.")
    if reading.cut_line:
        notes.append(f"Baris terakhir terpotong di batas pesan Telegram («{reading.cut_line}»), jadi belum saya "
                     "baca: kirim sisanya, saya sambungkan.")
    elif reading.rest_from:
        notes.append(f"Pesan Anda lebih dari {_thousands(most_chars())} karakter, lebih panjang dari satu daftar yang "
                     f"bisa saya baca sekaligus; saya baca sampai baris terakhir yang utuh. Kirim sisanya (mulai "
                     f"«{reading.rest_from}») sebagai daftar tersendiri.")
    elif reading.keep and not reading.joined:
        notes.append("Pesan ini sepanjang batas satu pesan Telegram: bila daftarnya berlanjut, kirim sisanya sekarang, "
                     "saya sambungkan menjadi satu daftar.")
    if not notes or not replies:
        return replies
    first = replies[0]
    return [replace(first, text="\n".join(notes) + "\n\n" + first.text)] + replies[1:]


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")
