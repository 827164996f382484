"""One typed row of an MPPH matrix read into who holds which part, whichever way the Ketua Tim wrote it: «Doni -
kepegawaian», «kepegawaian - Doni», «Doni: kenaikan pangkat, pensiun», «Doni (Jawa Barat, Banten) 80%», «Andi
regional 1»; several rows on one line, «Andi (regional 1-4), Budi (regional 5-9)»."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.lang.numbers import parse_target
from bot.lang.text import phrase_set, tokens
from bot.rewrite.patterns import patterns
from bot.skp.regions import numbered_parts, provinces_in

_BRACKETED = re.compile(r"^(?P<outside>[^()]+?)\s*\((?P<inside>[^()]+)\)\s*[,;:]?\s*(?P<after>.*)$")
_DASH = re.compile(r"\s[-–—]\s|\s[-–—](?=\S)|(?<=\S)[-–—]\s")  # a spaced dash, not «Jawa-Bali» or «e-Kinerja»
# A target closing the part: «…, 80%», «… 80 persen», «… target 90», «… ≥ 95%».
# A separator before the bracket: the bracket belongs to the part, not around it («Rina - Regional 2 (Jawa, Bali)»).
_SEPARATED = re.compile(r"[:;]|" + _DASH.pattern)
_TRAILING_TARGET = re.compile(r"^(?P<part>.+?)\s*[,;]?\s+(?:target\s*)?(?P<target>(?:≥|≤|>=|<=|min\w*\.?|maks\w*\.?)?"
                              r"\s*\d[\d.,]*\s*(?:%|persen)?)$", re.IGNORECASE)
# «Andi regional 1», «Siti Rahma wilayah 2-3», «Rina tim A»: a name, then a part numbered by a numbered_parts word
# (a number, a roman numeral, or one letter: a ward's teams «tim A … tim D», d7-kepala-ruangan01).
_NAME_NUMBERED = re.compile(r"^(?P<name>[^\W\d_][\w.'’]*(?:\s+[^\W\d_][\w.'’]*){0,3}?)\s+"
                            r"(?P<part>(?P<word>[^\W\d_]+)\s+(?:\d+|[ivx]+|[^\W\d_])(?:\s*[-–]\s*(?:\d+|[ivx]+))?\b.*)$",
                            re.IGNORECASE)
MAX_NAME_WORDS = 3  # «Ners Fitri pelaporan»: the capitalised words after a title, at most, are the name


@dataclass(frozen=True)
class MemberRow:
    name: str
    part: str  # the aspect, region, share or service held, commas and all: «kenaikan pangkat, pensiun»
    target: str | None = None  # as typed («80%»), when the row ends with one


def read_row(line: str) -> MemberRow | None:
    """The row's name, part and target, or None when it does not hold a name and a part."""
    line = line.strip(" •\t")
    bracketed = _BRACKETED.match(line)
    if bracketed and not _SEPARATED.search(bracketed["outside"].strip(" ,;:-–—")):  # not «Rina - Regional 2 (Jawa, Bali)»
        outside, inside = bracketed["outside"].strip(" ,;:-–—"), bracketed["inside"].strip()
        after = bracketed["after"].strip(" ,;:-–—")  # «Doni (Jawa, Bali) - 90»
        name, part = _ordered(outside, inside)
        target = after.strip() if after and parse_target(after) is not None else None
        if not after or target is not None:
            return _row(name, part, target)
        if _post_of(inside) and looks_like_name(outside) and "(" not in after and after.split()[0].isalpha():
            return _row(outside, after)  # «Dewi (PFM Ahli Pertama) regional barat»: the bracket is her post
        if not _SEPARATED.search(bracketed["after"]):
            return None  # «Doni (Jawa) dan Rina (Bali)»: two rows in one line, not read by guessing
        # «Regional 2 (Jawa, Bali) - Rina - 90»: the bracket is inside the part; read by the separators below
    target = None
    if (found := _TRAILING_TARGET.match(line)) and parse_target(found["target"]) is not None \
            and not _names_part(found["part"], found["target"]):
        line, target = found["part"], found["target"].strip()  # «Jawa-Bali - Rina 85%»: the name is «Rina»
    label, colon, rest = line.partition(":")
    if colon and label.strip() and rest.strip():
        return _row(*_ordered(label, rest), target)
    sides = _DASH.split(line, maxsplit=1)
    if len(sides) == 2 and all(s.strip() for s in sides):
        return _row(*_ordered(*sides), target)
    first, comma, rest = line.partition(",")
    if comma and looks_like_name(first) and rest.strip():  # «Doni, kenaikan pangkat, pensiun»
        return _row(first, rest, target)
    return None


def read_rows(line: str) -> list[MemberRow]:
    """Several rows typed on one line, apart by commas outside brackets («Andi (regional 1-4), Budi (regional 5-9)»,
    «Andi regional 1, Budi regional 2, Citra regional 3»): every piece a row of its own, else []."""
    pieces, depth, start = [], 0, 0
    for at, ch in enumerate(line):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            pieces.append(line[start:at])
            start = at + 1
    pieces = [p.strip() for p in pieces + [line[start:]] if p.strip()]
    if len(pieces) < 2:
        return []
    rows = [read_row(piece) or unseparated_row(piece) for piece in pieces]
    return rows if all(rows) else []  # («Doni: Jawa Barat, Banten» is one row: «Banten» alone holds no name)


def unseparated_row(line: str) -> MemberRow | None:
    """«Andi regional 1», «Budi wilayah 2-3 80%», «Citra Sumatera»: a name and, with no separator between, a
    numbered part or regions only."""
    line = line.strip(" •\t")
    found = _NAME_NUMBERED.match(line)
    if "," in line:
        return None
    if found and found["word"].lower() in numbered_parts() and looks_like_name(found["name"]):
        return _row(found["name"], found["part"])
    words = line.split()
    if words and _is_title(words[0]):  # «dr Aldo RCA», «apt. Nadia budaya keselamatan»: a title, its name, the part
        cut = 1
        while cut < len(words) and cut <= MAX_NAME_WORDS and words[cut][:1].isupper() and words[cut][1:].islower():
            cut += 1
        if 1 < cut < len(words):
            return _row(" ".join(words[:cut]), " ".join(words[cut:]))
    for cut in range(1, min(4, len(words))):  # «Siti Rahma Jawa Barat»: the shortest name before regions only
        name, part = " ".join(words[:cut]), " ".join(words[cut:])
        held, whole = provinces_in(part)
        if held and whole and looks_like_name(name):
            return _row(name, part)
    return None


def _post_of(inside: str) -> bool:
    """«PFM Ahli Pertama», «Pengawas Farmasi dan Makanan Ahli Muda»: a bracket naming a member's post (its jenjang or
    kind, mpph.yaml jabatan_member), not the part they hold."""
    return bool(phrase_set("mpph", "jabatan_member").find(tokens(inside)))


def _ordered(first: str, second: str) -> tuple[str, str]:
    """(name, part): the name first as typed, unless only the second side reads as a name («kepegawaian - Doni»)."""
    first, second = first.strip(" ,;:-–—"), second.strip(" ,;:-–—")
    if looks_like_name(second) and not looks_like_name(first):
        return second, first
    return first, second


def _row(name: str, part: str, target: str | None = None) -> MemberRow | None:
    name, part = name.strip(" ,;:-–—"), part.strip(" ,;:-–—")
    if target is None and (found := _TRAILING_TARGET.match(part)) and parse_target(found["target"]) is not None \
            and not _names_part(found["part"], found["target"]):
        part, target = found["part"].strip(" ,;:-–—"), found["target"].strip()
    if not name or not part:
        return None
    return MemberRow(name, part, target)


def trailing_target(part: str) -> tuple[str, str | None]:
    """A part said in a sentence and the target closing it, bare numbers too («sisanya 50», «Sumatera 80») but not a
    numbered part's own number («Regional 2»): (part, target), or (part, None) when none closes it."""
    found = _TRAILING_TARGET.match(part.strip())
    if found and parse_target(found["target"]) is not None and not _names_part(found["part"], found["target"]):
        return found["part"].strip(" ,;:-–—"), found["target"].strip()
    return part, None


def _names_part(before: str, number: str) -> bool:
    """«Regional 1», «Tahap 2»: a bare whole number after a word that parts are numbered by is the part's name, as is
    one joined to such a part's number («regional 6 sama 7», «tahap 1 dan 2»)."""
    words = tokens(before)
    joins = {"dan", "&", *knowledge.data("mpph")["penghubung_chat"]}
    joined = len(words) >= 3 and words[-1] in joins and words[-2].isdigit() and words[-3] in numbered_parts()
    return bool(words) and (words[-1] in numbered_parts() or joined) and number.strip().isdigit()


def looks_like_name(text: str) -> bool:
    """«Doni», «Siti Rahma», «dr. Budi Santoso»: one to four capitalised words (a title may lead), no comma, no
    number, no region and no word of work («Kenaikan Pangkat» is a part, «Jawa Barat» a region)."""
    words = [w for w in text.split() if not _is_title(w)]
    if not 0 < len(words) <= 4 or "," in text or any(ch.isdigit() for ch in text):
        return False
    if not all(w[:1].isupper() and (w[1:].islower() or len(w) == 1) and w.replace("'", "").isalpha() for w in words):
        return False
    keys = tokens(" ".join(words))
    work = patterns().work_words
    return not provinces_in(text)[0] and not any(work.match_at(keys, i) for i in range(len(keys)))


__all__ = ["MemberRow", "looks_like_name", "unseparated_row", "read_row", "read_rows", "trailing_target"]


def _is_title(word: str) -> bool:
    """«dr.», «Ns», «apt.»: a title before a name (mpph.yaml gelar_nama)."""
    return word.lower().rstrip(".") in knowledge.data("mpph")["gelar_nama"]
