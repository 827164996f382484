"""A slip in a pasted list's target put right before anything is agreed: «eh typo td, yg ketiga targetnya 95 bkn 90»,
«no 2 bukan 12 tp 15»: one line named (by number or by place), the old value refused with a word of
self_correction.yaml `instead` and the new one beside it. That line's target is changed (and its draft IKI's, when
saved already); never a line of work to log (d22-dev02)."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.conversation import line_acts, list_picks
from bot.conversation.state import UserState
from bot.lang.numbers import format_number
from bot.lang.text import tokens
from bot.lang.values import Number, numbers_in


@dataclass(frozen=True)
class Fix:
    line: int  # 1-based place in the last list
    old: Number
    new: Number


@knowledge.cached
def _instead() -> re.Pattern:
    """The refusing word before the old value («bkn 90»)."""
    words = "|".join(map(re.escape, knowledge.data("self_correction")["instead"]))
    return re.compile(rf"\b(?:{words})\s+(?=\d)", re.IGNORECASE)


def _target_words() -> frozenset[str]:
    return frozenset(w for phrase in knowledge.data("conversation")["fields"]["target"] for w in tokens(phrase))


def read(state: UserState, message: str) -> Fix | None:
    """The line, old and new value a message puts right; None unless a list is open, the SKP is not agreed (then a
    change is a perubahan), and the message names exactly one line and refuses one of two values."""
    from bot.conversation import year_chat
    from bot.conversation.skp_view import agreed_label

    if not state.listed or year_chat.logging(state) or agreed_label(state) or "\n" in message.strip():
        return None
    refused = _instead().search(message)
    if refused is None:
        return None
    lines, span = line_acts.numbered_anywhere(message, len(state.listed))
    lines = list_picks.named_by_ordinal(message, len(state.listed)) or lines
    if len(lines) != 1:
        return None
    values = [n for n in numbers_in(message) if not span[0] <= n.start < span[1]]  # «no 3»: the line, not a value
    olds = [n for n in values if n.start == refused.end()]
    others = [n for n in values if n.start != refused.end()]
    if len(olds) != 1 or len(others) != 1:
        return None
    item = state.listed[lines[0] - 1]
    current = numbers_in(item.target or "")
    matches = bool(current) and current[0].value == olds[0].value
    if not matches and not set(tokens(message)) & _target_words():
        return None  # «no 3 bkn 12 tp 15» of a line whose target is not 12: nothing says it is the target
    return Fix(lines[0], olds[0], others[0])


def applied(state: UserState, fix: Fix) -> str:
    """The line's target changed (its unit kept unless a new one was typed), the saved draft IKI's too; said back."""
    item = state.listed[fix.line - 1]
    current = numbers_in(item.target or "")
    # «95 bkn 90»: the word after the new value is the refusal, not its unit; the line's own unit is kept
    unit = "%" if fix.new.unit == "%" else current[0].unit if current else fix.old.unit
    value = format_number(fix.new.value)
    target = f"{value}%" if unit == "%" else f"{value} {unit}" if unit else value
    before = item.target or "-"
    place = line_acts.draft_place(state, state.listed, fix.line)
    state.listed[fix.line - 1] = item.model_copy(update={"target": target})
    said = f"Target IKI nomor {fix.line} di daftar tadi saya ubah: {before} → {target}."
    if place is not None:
        state.skp.iki[place] = state.skp.iki[place].model_copy(update={"target": target})
        said += f" IKI ke-{place + 1} di draf ikut diubah."
    return said

