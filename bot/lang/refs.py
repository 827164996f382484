"""Things named by their number as people type them: an IKI of the user's SKP («IKI 2», «IKI no 2», «IKI ke-2»,
«IKI #2»; words: knowledge/conversation.yaml `iki_refs`), the one reader for the chat and the year; and the lines or
suggestions on screen named after a word for them («no 7, 12 sama 25», «usulan 2»), each reader giving its words."""

import re
from collections.abc import Iterable

from bot import knowledge
from bot.lang.text import alternation

ONE = r"\d{1,2}"  # a place in a list or an SKP: one or two digits


def numbers_source(joins: Iterable[str], one: str = ONE, nouns: Iterable[str] = ()) -> str:
    """Regex source of one number or several joined («7, 12 sama 25», «2 & 4»): `one` for each, `joins` between;
    one of `nouns` may be said again before a later number («no 3 sm no 6», «baris 2 dan baris 4»)."""
    nouns = list(nouns)
    again = rf"(?:(?:{alternation(nouns)})\s*\.?\s*)?" if nouns else ""
    return rf"{one}(?:\s*(?:{alternation(joins)})\s*{again}{one})*"


def range_source(words: Iterable[str]) -> str:
    """Regex source of a range of places («1 sampai 3», «2-4»), its ends the two groups."""
    return rf"({ONE})\s*(?:{alternation(words)})\s*({ONE})"


def named_source(nouns: Iterable[str], joins: Iterable[str] = (), one: str = ONE) -> str:
    """Regex source of numbers after a word naming what they number («no 3», «baris 2 dan 4», «usulan 1»), the
    numbers its one group."""
    numbers = numbers_source(joins, one, nouns) if joins else one  # «no 3 sm no 6»: the noun again
    return rf"\b(?:{alternation(nouns)})\s*\.?\s*({numbers})\b"


def _numbered_source(nouns: Iterable[str]) -> str:
    """Regex source of a thing named by its number after one of `nouns` («IKI no. 2», «tahap ke-2», «IKI #2»), the
    number its one group."""
    data = knowledge.data("conversation")["iki_refs"]
    marks = "".join(re.escape(m) for m in data["marks"])
    markers = rf"(?:{alternation(data['markers'])})\.?\s*|(?:{alternation(data['ordinals'])})-?\s*|[{marks}]\s*"
    return rf"\b(?:{alternation(nouns)})\s*(?:{markers})?({ONE})\b"


@knowledge.cached
def iki_ref_source() -> str:
    """The regex source of an IKI named by its number, the number its one group: for the readers that look around it
    («masukin ke IKI 2», «harusnya IKI 3»)."""
    return _numbered_source(knowledge.data("conversation")["iki_refs"]["nouns"])


@knowledge.cached
def iki_refs() -> re.Pattern:
    """Every IKI a text names by its number («IKI 1 sama IKI ke-3»): finditer, search, sub."""
    return re.compile(iki_ref_source(), re.IGNORECASE)


@knowledge.cached
def stage_refs() -> re.Pattern:
    """A stage of a rencana aksi named by its number («tahap 2», «tahapan ke-3»)."""
    return re.compile(_numbered_source(knowledge.data("conversation")["iki_refs"]["stage_nouns"]), re.IGNORECASE)


@knowledge.cached
def row_label() -> re.Pattern:
    """«no 3: rapat …», «nomor 1 → …», «no 2 visit pkm»: a row's number labelling what follows, at the start of the
    text given (conversation.yaml iki_refs labels, label_marks), the number its one group; never several joined («no 3
    & 5») nor a range («no 2-3»)."""
    data = knowledge.data("conversation")
    refs = data["iki_refs"]
    joins = alternation(data["number_joins"])
    return re.compile(rf"^\s*(?:{alternation(refs['labels'])})\s*\.?\s*({ONE})(?!\s*(?:{joins})\s*\d)"
                      rf"(?=\s*(?:{alternation(refs['label_marks'])})(?!\s*\d)|\s+[^\W\d_])", re.IGNORECASE)


def iki_numbers(text: str) -> list[int]:
    """The numbers of the IKI a text names, in the order typed (each once)."""
    return list(dict.fromkeys(int(m.group(1)) for m in iki_refs().finditer(text)))


@knowledge.cached
def joined_iki_refs() -> re.Pattern:
    """«IKI 4 sm 5», «iki no 3, 5 dan 8», «no 2 & 4»: IKI named by their numbers, several joined after one word
    naming them (conversation.yaml edit_iki names and refers, number_joins), the numbers its one group."""
    data = knowledge.data("conversation")
    nouns = data["edit_iki"]["names"] + data["edit_iki"]["refers"]
    return re.compile(named_source(nouns, data["number_joins"]), re.IGNORECASE)


@knowledge.cached
def joined_stage_refs() -> re.Pattern:
    """«tahap 1 sm 2», «tahapan 2, 3 dan 4»: stages of a rencana aksi named by their numbers, several joined after
    one word naming them (conversation.yaml iki_refs stage_nouns, number_joins), the numbers its one group."""
    data = knowledge.data("conversation")
    return re.compile(named_source(data["iki_refs"]["stage_nouns"], data["number_joins"]), re.IGNORECASE)


def joined_numbers(found: str) -> list[int]:
    """The numbers of a joined reference's group, in the order typed, each once («1 sm 2» → [1, 2])."""
    return list(dict.fromkeys(int(n) for n in re.findall(r"\d{1,2}", found)))

