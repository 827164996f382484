"""The unit's indicator told in words at PRIMA step 1 with its target, «IKK yg diturunkan ke kami: persentase alat
angkut (kapal) yg memenuhi syarat kesehatan, target 2026 katanya 90 persen» (d15-xxx04: kept as an IKI of the user's
own for step 4, step 1 asked again): its name and its target, read once (words: conversation.yaml `unit_told`)."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.lang.text import PhraseSet, tokens
from bot.lang.values import is_year, numbers_in
from bot.rules.draft_reading import MAX_COLON_LEAD_WORDS, opens_with_measure, read


@dataclass(frozen=True)
class UnitTold:
    name: str  # as read: «Persentase alat angkut (kapal) yang memenuhi syarat kesehatan»
    target: str  # «90%»


@knowledge.cached
def _words() -> dict:
    told = knowledge.data("conversation")["unit_told"]
    return {"labels": PhraseSet(told["labels"]), "target": PhraseSet(told["target"])}


def unit_told(text: str) -> UnitTold | None:
    """The unit's indicator named by its label before a colon (IKK, IKP, «indikator unit»), opening with a measure
    word, with a target said after it; None for anything else (a label with no target is searched as keywords)."""
    lead, colon, rest = text.partition(":")
    said = tokens(lead)
    if not colon or not said or len(said) > MAX_COLON_LEAD_WORDS or _words()["labels"].match_at(said, 0) is None:
        return None
    words = tokens(rest)
    at = _words()["target"].find(words)
    if at is None:
        return None
    cut = re.search(rf"[,;.]?\s*\b{re.escape(at[1][0])}\b", rest, re.IGNORECASE)
    name, tail = rest[: cut.start()].strip(" ,;"), rest[cut.end():]
    values = [n for n in numbers_in(tail) if not is_year(n.value)]  # «target 2026 …»: the year it is for
    if not name or not opens_with_measure(name) or not values:
        return None
    value = values[-1]
    number = f"{value.value:g}"
    if value.unit == "%":
        return UnitTold(read(name).text, f"{number}%")
    unit = re.match(r"[^\s,;]*", tail[value.end - len(value.unit or ""):]).group() if value.unit else ""
    return UnitTold(read(name).text, f"{number} {unit}".strip())  # («34 kab/kota»: the unit's whole word)
