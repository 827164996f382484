"""What the engine answers with: text, buttons, files. Adapters turn these into Bot API calls or terminal lines."""

import base64
import json
from dataclasses import dataclass, field

# Telegram's limit for one message; every adapter gets replies already cut to fit.
MAX_REPLY_CHARS = 4096
# What every adapter says when a turn fails on a bug of ours: the store keeps the draft, so nothing typed is lost.
APOLOGY = "Maaf, terjadi kesalahan di sisi kami. Draf Anda tetap tersimpan; coba lagi sebentar lagi."


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # given back to Engine.press when the user picks this button (≤ 64 bytes for Telegram)


@dataclass(frozen=True)
class ReplyFile:
    name: str
    data: bytes
    caption: str = ""


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: list[Button] = field(default_factory=list)
    file: ReplyFile | None = None
    # True when only a button answers this (role, yes/no, jenis); a terminal may then read "1" as a choice.
    choice_only: bool = False
    # True for the one line naming a flow's question still open beneath another reply («(PRIMA masih terbuka: …)»):
    # a yes typed next belongs to the question above it, not to this reminder (bot/conversation/offered.py).
    reminder: bool = False


def use_labels(count: int) -> list[str]:
    """«Pakai usulan 1» … «Pakai usulan N»: the labels of N suggestions' (or step M proposals') buttons, the same
    words a user may type instead of tapping."""
    return [f"Pakai usulan {i}" for i in range(1, count + 1)]


def use_buttons(count: int, action: str) -> list[Button]:
    """The buttons of N suggestions, each pressing «action:i»."""
    return [Button(label, f"{action}:{i}") for i, label in enumerate(use_labels(count), 1)]


def _cut(window: str, limit: int) -> int:
    """Where to cut: the last paragraph break in the second half of the window, else the last line break, else
    the last sentence end, and only then the last space, so a phrase is never split across two messages."""
    for mark in ("\n\n", "\n", ". ", "; "):
        at = window.rfind(mark)
        if at > limit // 2:
            return at + (len(mark) - 1 if mark[0] in ".;" else 0)
    at = window.rfind(" ")
    return at if at > limit // 2 else limit


def split_text(text: str, limit: int = MAX_REPLY_CHARS) -> list[str]:
    """Pieces that each fit the limit, cut at paragraph, line or sentence boundaries (see _cut)."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut(rest[: limit + 1], limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return pieces + ([rest] if rest else [])


def fit(replies: list[Reply]) -> list[Reply]:
    """Long replies become several; buttons and files stay on the last piece."""
    out: list[Reply] = []
    for reply in replies:
        parts = split_text(reply.text) or [""]
        out.extend(Reply(part) for part in parts[:-1])
        out.append(Reply(parts[-1], reply.buttons, reply.file, reply.choice_only))
    return out


def stale() -> list[Reply]:
    """A button from an old message or from before a restart: the caller adds the question that is open."""
    return [Reply("Tombol itu sudah tidak berlaku.")]


_STALE_OPENERS = ("Tombol itu sudah tidak berlaku", "Pilihan itu sudah tidak berlaku")


def is_stale(replies: list[Reply]) -> bool:
    """Whether the replies to a button say it is no longer valid (stale(), or a flow's own words for it)."""
    return bool(replies) and replies[0].text.startswith(_STALE_OPENERS)


def replies_to_json(replies: list[Reply]) -> str:
    """Replies as stored with an applied update, so a redelivery can send them again (files base64)."""
    return json.dumps([{
        "text": r.text, "buttons": [[b.label, b.data] for b in r.buttons], "choice_only": r.choice_only,
        "file": None if r.file is None else {"name": r.file.name, "caption": r.file.caption,
                                              "data": base64.b64encode(r.file.data).decode()},
    } for r in replies], ensure_ascii=False)


def replies_from_json(text: str) -> list[Reply]:
    out = []
    for item in json.loads(text):
        file = item.get("file")
        out.append(Reply(item["text"], [Button(label, data) for label, data in item.get("buttons", [])],
                         ReplyFile(file["name"], base64.b64decode(file["data"]), file.get("caption", "")) if file else None,
                         item.get("choice_only", False)))
    return out


def split_action(rest: str) -> tuple[str, str]:
    """"edit:2" → ("edit", "2"): a button's action and its argument."""
    action, _, arg = rest.partition(":")
    return action, arg
