"""Which changes of the rules' reading are spelling fixes («wkatu» → «waktu»), as opposed to tidying (numbering, a
label, «yg» → «yang», capitals): a fix is offered and kept only when the user accepts it; tidying is kept at once."""

import difflib
import re

from bot import knowledge
from bot.lang.text import tokens

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@knowledge.cached
def _shorthand() -> frozenset[str]:
    """Shorthand the reader spells out (lexicon.yaml, reading.shorthand): tidying, not a fix."""
    return frozenset(k.rstrip(".").lower() for k in knowledge.data("rules/lexicon")["reading"]["shorthand"])


def spelling_fixes(typed: str, read_as: str) -> list[tuple[str, str]]:
    """(typed word, word as read) for each word the reading spelt differently, one for one."""
    before, after = tokens(typed), tokens(read_as)
    fixes = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 != j2 - j1:
            continue
        for old, new in zip(before[i1:i2], after[j1:j2]):
            if old not in _shorthand() and difflib.SequenceMatcher(a=old, b=new).ratio() >= 0.6:
                fixes.append((old, new))
    return fixes


def without_fixes(read_as: str, fixes: list[tuple[str, str]]) -> str:
    """The reading with each fixed word spelt back as typed: tidied, but not corrected without the user's yes."""
    text = read_as
    for old, new in fixes:
        for match in _WORD.finditer(text):
            if match.group(0).lower() == new:
                typed = old.capitalize() if match.group(0)[:1].isupper() else old
                text = text[: match.start()] + typed + text[match.end():]
                break
    return text
