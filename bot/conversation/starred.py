"""«*…»: a chat message opening with an asterisk puts the answer just given right (tester57 F12: «*sama kunjungan
rumah pasien TB jg kak» after the activities of PRIMA step 2 met «Pilih salah satu tombol», the addition lost).
The asterisk and the fillers at its edges (self_correction.yaml `star.fillers`) are read past; `star.adds` there say
it adds items to a list answer. Each open step applies the body to its own answer."""
from dataclasses import dataclass

from bot import knowledge


@dataclass(frozen=True)
class Starred:
    body: str   # the words left once the asterisk and the fillers at the edges are read past
    adds: bool  # «sama/juga/tambah …»: items added to the answer just given, never a replacement


def _phrases(key: str) -> list[list[str]]:
    return sorted((str(p).lower().split() for p in knowledge.data("self_correction")["star"][key]), key=len,
                  reverse=True)


def _bare(word: str) -> str:
    return word.lower().strip(",.!?;:-")


def _lead(words: list[str], phrases: list[list[str]]) -> int:
    """How many words at the head of `words` one of the phrases takes (0 for none)."""
    return next((len(p) for p in phrases if [_bare(w) for w in words[:len(p)]] == p), 0)


def _tail(words: list[str], phrases: list[list[str]]) -> int:
    return next((len(p) for p in phrases if len(words) >= len(p) and [_bare(w) for w in words[-len(p):]] == p), 0)


def read_starred(text: str) -> Starred | None:
    """The correction a «*…» message makes; None for any other message (a second line, a bold «*penting*», nothing
    past the asterisk but fillers)."""
    stripped = text.strip()
    if not stripped.startswith("*") or "\n" in stripped or stripped.startswith("**") or stripped.endswith("*"):
        return None
    words = stripped.lstrip("*").split()
    fillers, adds, added = _phrases("fillers"), _phrases("adds"), False
    while words:
        if n := _lead(words, fillers) or _tail(words, fillers):
            words = words[n:] if _lead(words, fillers) else words[:-n]
        elif n := _lead(words, adds):
            words, added = words[n:], True
        elif n := _tail(words, adds):
            words, added = words[:-n], True
        else:
            break
    body = " ".join(words).strip(" ,.;:-")
    return Starred(body, added) if body else None


def as_correction(text: str) -> str:
    """A «*…» answer to a field question as the readers of an answer put right already take it: «*eh 85 ding» →
    «ralat 85» (a word of self_correction.yaml `corrects`), so the value just given is replaced, never read with
    «ding» as its unit; an addition («*sama …») is its words alone. Any other message unchanged."""
    starred = read_starred(text)
    if starred is None:
        return text
    return starred.body if starred.adds else f"{knowledge.data('self_correction')['corrects'][0]} {starred.body}"
