"""Several clauses typed at PRIMA step 4, each an IKI under the name of the work it measures («penelitian: 1 karya
ilmiah siap publikasi. PPDS ga usah. visite: persentase pasien … sesuai clinical pathway 90»), read one by one."""

import re
from dataclasses import dataclass, field

from bot.conversation import prima_offer
from bot.conversation.answers import read_answer
from bot.conversation.typed_work import new_iki_in
from bot.lang.text import phrase_set, tokens
from bot.models import IkiDraft

# a clause ends at a sentence's end, a semicolon or a new line (commas stay: «Persentase …, 90» is one clause)
_CLAUSES = re.compile(r"(?<=[.!?])\s+|;|\n")
# «visite: …»: a short name of the work before a colon, no number in it («target: 90» is no work)
_LABEL = re.compile(r"^\s*([^:\d]{2,40}):\s*(\S.*)$")
MAX_LABEL_WORDS = 4


@dataclass
class Clauses:
    drafts: list[IkiDraft] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # the clauses putting some work aside («PPDS ga usah»)


def read_clauses(text: str) -> Clauses | None:
    """The IKI a message's clauses give (one under a work's name each, its value its target) and the clauses
    refusing work; None unless there are two clauses or more, one named by its work at least, and each is read
    (a message partly read is left to the other readings, nothing the user typed lost)."""
    parts = [p.strip().rstrip(".") for p in _CLAUSES.split(text) if p and p.strip(" .")]
    if len(parts) < 2:
        return None
    found, labelled = Clauses(), 0
    refuse = phrase_set("conversation", "refuse_suggestion", "words")
    for part in parts:
        label = _LABEL.match(part)
        if label and len(tokens(label.group(1))) <= MAX_LABEL_WORDS:
            draft = _iki_of(label.group(2))
            if draft is None:
                return None
            found.drafts.append(draft)
            labelled += 1
        elif refuse.find(tokens(part)) and not read_answer(part).numbers:
            found.refused.append(part)
        else:
            return None
    return found if labelled and found.drafts else None


def _iki_of(part: str) -> IkiDraft | None:
    """The IKI one clause gives: an IKI sentence with its target, or a count of the thing its words name («1 karya
    ilmiah siap publikasi» → «Jumlah karya ilmiah siap publikasi», target 1)."""
    from bot.conversation.prima_step_m import typed_ahead

    typed = new_iki_in(part)
    if typed:
        return typed_ahead(part, typed)
    numbers = read_answer(part).numbers
    return prima_offer.formed(part, numbers[0]) if len(numbers) == 1 else None
