"""Which of Indonesia's provinces the parts of a wilayah split name ("Jawa Bali", "Kalimantan Sulawesi", "NTT"), so a
national indicator given to two regions is not reported as fully held. Regions: knowledge/mpph.yaml."""

import re
from dataclasses import dataclass, field

from bot import knowledge
from bot.lang.text import PhraseSet, tokens


@dataclass(frozen=True)
class Coverage:
    named: list[str]  # the regions the parts name, as a reader says them ("Sumatera", "Jawa Barat")
    missing: list[str]  # what no part holds: whole island regions, or the provinces left of one
    unread: list[str]  # parts that name no region this list knows ("regional 1-5", "Eselon I Ditjen Yankes")
    twice: list[str] = field(default_factory=list)  # what more than one part holds («Jawa dan Bali», «NTB dan Bali»)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.unread


@knowledge.cached
def _regions() -> tuple[dict[str, list[str]], dict[tuple[str, ...], frozenset[str]], PhraseSet, frozenset[str]]:
    data = knowledge.data("mpph")
    groups = {name: list(provinces) for name, provinces in data["wilayah"].items()}
    names: dict[tuple[str, ...], frozenset[str]] = {}
    for provinces in groups.values():
        for province in provinces:
            names[tuple(tokens(province))] = frozenset([province])
    for group, provinces in groups.items():  # a group outranks its namesake province: "Maluku" is the region
        names[tuple(tokens(group))] = frozenset(provinces)
    for name, provinces in data["kelompok_lain"].items():
        names[tuple(tokens(name))] = frozenset(provinces)
    for name, others in data["nama_lain"].items():
        for other in others:
            names[tuple(tokens(other))] = names[tuple(tokens(name))]
    phrases = PhraseSet(" ".join(words) for words in names)
    return groups, names, phrases, frozenset(tokens(" ".join(data["kata_pengisi"])))


@knowledge.cached
def _province_marked() -> tuple[dict[tuple[str, ...], frozenset[str]], frozenset[str]]:
    """The provinces named as a region too («Maluku», «Papua»), and the words that name a province as such."""
    groups, names, _, _ = _regions()
    both = {tuple(tokens(province)): frozenset([province]) for provinces in groups.values() for province in provinces
            if names[tuple(tokens(province))] != frozenset([province])}
    return both, frozenset(tokens(" ".join(knowledge.data("mpph")["kata_provinsi"])))


@knowledge.cached
def numbered_parts() -> frozenset[str]:
    """The words parts are numbered by («Regional 1», «Tahap 2»: knowledge/mpph.yaml numbered_parts), and their
    short forms («reg 1»: numbered_short)."""
    data = knowledge.data("mpph")
    return frozenset(data["numbered_parts"]) | frozenset(data["numbered_short"])


def numbering_spelled(part: str) -> str:
    """A part numbered by a short form written with its whole word: «reg 1» → «regional 1» (mpph.yaml
    numbered_short); any other part as typed."""
    data = knowledge.data("mpph")
    short = data["numbered_short"]
    words = "|".join(map(re.escape, short))
    directions = "|".join(map(re.escape, data["label_directions"]))  # «Wil. Timur» → «wilayah Timur» too
    return re.sub(rf"(?<!\w)({words})\.?(?=\s*(?:\d|[ivx]+\b|(?:{directions})\b))",
                  lambda m: short[m.group(1).lower()], part, flags=re.IGNORECASE)


_JOINED = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # a hyphen between two words: «Jawa-Bali», «Kalimantan-Sulawesi»
_LABEL_NUMBER = re.compile(r"^(?:\d+|[ivx]+)$")  # «Regional 1», «Regional V»


@knowledge.cached
def place_words() -> frozenset[str]:
    """The one-word names of provinces and island regions and their short forms ("maluku", "papua", "sumut"): a
    reader matches them whole, never as a stem ("Maluku" is no «malu»)."""
    _, names, _, _ = _regions()
    return frozenset(words[0] for words in names if len(words) == 1)


@knowledge.cached
def _directions() -> PhraseSet:
    """The directions a part's label may be named by instead of a number (mpph.yaml label_directions)."""
    return PhraseSet(knowledge.data("mpph")["label_directions"])


def region_label(part: str) -> bool:
    """Whether a part opens with the team's own label for a region: «Regional 6 sama 7», «Regional Barat»."""
    words = tokens(numbering_spelled(part))
    return len(words) > 1 and words[0] in numbered_parts() \
        and bool(_LABEL_NUMBER.match(words[1]) or _directions().match_at(words, 1))


def provinces_in(part: str) -> tuple[frozenset[str], bool]:
    """The provinces a part names, and whether every word of it was read as a region (or a filler word)."""
    _, names, phrases, fillers = _regions()
    words = tokens(_JOINED.sub(" ", part))  # «Jawa-Bali» names two regions, as «Jawa, Bali» does
    held: set[str] = set()
    whole, i = bool(words), 0
    while i < len(words):
        phrase = phrases.match_at(words, i)
        if phrase:
            provinces, markers = _province_marked()
            named_as_province = i > 0 and words[i - 1] in markers and phrase in provinces
            held |= provinces[phrase] if named_as_province else names[phrase]
            i += len(phrase)
            continue
        if words[i] in numbered_parts() and i + 1 < len(words) and _LABEL_NUMBER.match(words[i + 1]):
            i += 2  # «Regional 1 (Sumatera)»: the team's own label for the regions it names
            continue
        if words[i] in numbered_parts() and (direction := _directions().match_at(words, i + 1)):
            i += 1 + len(direction)  # «Regional Barat (Sumatera)», «Wil. Timur - Papua»: a label as «Regional 1» is
            continue
        whole = whole and words[i] in fillers
        i += 1
    return frozenset(held), whole and bool(held)


@knowledge.cached
def _spellings() -> list[tuple[re.Pattern, str]]:
    """Every region and province name as the list spells it, longest first («Jawa Barat» before «Jawa»)."""
    data = knowledge.data("mpph")
    names = set(data["wilayah"]) | {p for ps in data["wilayah"].values() for p in ps} | set(data["kelompok_lain"])
    return [(re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE), name)
            for name in sorted(names, key=len, reverse=True)]


def spelled(part: str) -> str:
    """A part that names regions, written as the province list spells them: «jawa, bali sm nusa tenggara» → «Jawa,
    Bali dan Nusa Tenggara» (a name typed with capitals, «NTT», «JaBar», is kept as typed); any other part as typed."""
    part = numbering_spelled(part)
    if not provinces_in(part)[1]:
        return part
    for pattern, name in _spellings():
        part = pattern.sub(lambda m: name if m.group(0).islower() else m.group(0), part)
    joiners = "|".join(re.escape(w) for w in knowledge.data("mpph")["penghubung_chat"])
    return re.sub(rf"\s+(?:{joiners})\s+", " dan ", part, flags=re.IGNORECASE)


@knowledge.cached
def _abroad_words() -> PhraseSet:
    return PhraseSet(knowledge.data("mpph")["wilayah_luar_negeri"])


def abroad(indikator: str, parts: list[str]) -> bool:
    """Whether a wilayah split is by parts outside Indonesia («kawasan Asia Tenggara», «Eropa dan Amerika»): the
    indicator or a part says so (mpph.yaml wilayah_luar_negeri) and no part names an Indonesian province or the
    team's region label. Such parts are the team's own, taken as named: nothing of Indonesia is left unheld."""
    def said_abroad(text: str) -> bool:
        return _abroad_words().find(tokens(text)) is not None

    # («kawasan Timur Tengah» is no label «Kawasan Timur» of the team's own)
    if any(provinces_in(part)[0] or (region_label(part) and not said_abroad(part)) for part in parts):
        return False
    return any(map(said_abroad, [indikator, *parts]))


def coverage(parts: list[str]) -> Coverage:
    """What a set of parts covers of the whole country: the missing provinces said as whole island regions where
    the whole region is missing."""
    held: set[str] = set()
    again: set[str] = set()
    unread: list[str] = []
    for part in parts:
        provinces, whole = provinces_in(part)
        again |= held & provinces
        held |= provinces
        if not whole:
            unread.append(part)
    named = [p.strip() for p in parts if p.strip() and p not in unread]
    return Coverage(named=named, missing=_said(lambda p: p not in held), unread=unread, twice=_said(again.__contains__))


def _said(picked) -> list[str]:
    """The provinces picked, as whole island regions where the whole region is picked."""
    groups, _, _, _ = _regions()
    out: list[str] = []
    for group, provinces in groups.items():
        chosen = [p for p in provinces if picked(p)]
        out += [group] if chosen and len(chosen) == len(provinces) else chosen
    return out


def regions_text(names: list[str], serial: bool = False) -> str:
    """"Kalimantan, Sulawesi dan Papua" ("Kalimantan, Sulawesi, dan Papua" with the serial comma a member's IKI is
    written with); "" for none."""
    if len(names) < 2:
        return "".join(names)
    comma = "," if serial and len(names) > 2 else ""
    return f"{', '.join(names[:-1])}{comma} dan {names[-1]}"
