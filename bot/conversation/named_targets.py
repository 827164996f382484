"""Targets for several IKI of the draft in one message, each named by its own words («target revisi 95, RKA 80,
rapat 75, POK 90», «sisanya: skrining 95, malnutrisi 85, diet 95»): every clause names one IKI and holds one value.
Words: knowledge/conversation.yaml named_targets."""

import re
from dataclasses import dataclass, field, replace

from bot import knowledge, render
from bot.conversation.answers import corrections
from bot.conversation.iki_fields import short, target_fitted
from bot.conversation.prima_offer import MIN_ABBREVIATION_CHARS
from bot.conversation.state import UserState
from bot.lang.text import tokens
from bot.lang.values import Number, numbers_in
from bot.lang.words import stem
from bot.models import IkiDraft
from bot.rules.skp_rules import is_mandatory
from bot.rules.target_fit import score_read_note

_CLAUSES = re.compile(r"[;\n]|,(?!\d)")  # «82,5» is one number, not two clauses


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("conversation")["named_targets"]
    return {"lead": frozenset(data["lead"]), "weight": frozenset(data["weight"]), "target": frozenset(data["target"]),
            "rest": frozenset(w for phrase in data["rest"] for w in tokens(phrase))}


def says_weights(text: str) -> bool:
    """«TUSI: gaji induk 25, rekon 25 …», «bobot SPM 40, BMN 50»: values given to IKI named by their words, said to be
    weights (`weight`) or headed by a jenis, and not said to be targets: weights, never targets of the IKI named."""
    from bot.conversation.answers import read_answer

    said = tokens(text)
    words = set(said)
    if len(numbers_in(text)) < 2 or words & _words()["target"]:
        return False
    # the weight word heads the values: «ip asn 80 bobot 10» gives one IKI its target, then its weight (holdout3,
    # opened: IP ASN refused as weights that fit no IKI)
    first_number = next((i for i, word in enumerate(said) if word[0].isdigit()), len(said))
    weight_first = any(word in _words()["weight"] for word in said[:first_number])
    head = text.split(":", 1)[0] if ":" in text else ""
    return weight_first or bool(head and len(tokens(head)) <= 2 and read_answer(head).jenis)


@dataclass(frozen=True)
class Named:
    """The targets read by name (IKI of the draft, 0-based), and the clauses holding a value that name none."""
    targets: dict[int, Number] = field(default_factory=dict)
    unnamed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.targets)


def named(state: UserState, text: str, asked: str = "") -> Named:
    """Each IKI of the draft a clause names, with the value the clause holds. Nothing unless there are two clauses or
    more, each holding one value, at least two naming one IKI each (no two the same; a clause naming none is said
    back, never dropped), the message names no weight, and it says «target» or names an IKI still without one (so
    weights or data awal typed by name are not taken); while a weight is `asked`, only with «target»."""
    clauses = [c.strip() for c in _CLAUSES.split(text.split(":", 1)[-1] if _lead_only(text) else text) if c.strip()]
    words = set(tokens(text))
    if len(clauses) < 2 or words & _words()["weight"] or says_weights(text):
        return Named()
    found: dict[int, Number] = {}
    unnamed: list[str] = []
    clauses = [_aside_dropped(clause) for clause in clauses]
    for clause in clauses:
        at, clause = _numbered(state, clause)  # «1) 90%» beside «PE 95%»: IKI 1 by its number
        numbers = numbers_in(clause)
        if len(numbers) != 1:
            return Named()
        at = _named_iki(state, clause, numbers, open_first=True) if at is None else at
        if at in found:
            return Named()
        if at is None:
            unnamed.append(clause)
        else:
            found[at] = numbers[0]
    for clause in list(unnamed):  # «monitoring media 90» beside «kepuasan media 3,5»: the media IKI not named yet
        at = _named_iki(state, clause, numbers_in(clause), open_first=True, taken=set(found))
        if at is not None and at not in found:
            found[at] = numbers_in(clause)[0]
            unnamed.remove(clause)
    targets_said = bool(words & _words()["target"])
    if asked == "bobot" and not targets_said:
        return Named()
    if len(found) < 2 or (not targets_said and all(state.skp.iki[i].target not in (None, "") for i in found)):
        return Named()
    return Named(found, unnamed)


_NUMBERED = re.compile(r"^\s*(?:(?:no|nomor)\.?\s*)?(\d{1,2})\s*[).:]\s*|^\s*(?:no|nomor)\.?\s*(\d{1,2})\s+",
                       re.IGNORECASE)


def _numbered(state: UserState, clause: str) -> tuple[int | None, str]:
    """«1) 90%», «no 3 85%»: a clause opening with an IKI's number (0-based) and the rest after it; (None, clause)
    when it opens with none the draft holds (d13-epi01: «targetnya: 1) 90%, 3) 85%, PE 95%» set IKI 1 to 1%)."""
    found = _NUMBERED.match(clause)
    number = int(found.group(1) or found.group(2)) if found else 0
    if not 1 <= number <= len(state.skp.iki) or not numbers_in(clause[found.end():]):
        return None, clause
    return number - 1, clause[found.end():]


def each_clause(state: UserState, text: str) -> Named | None:
    """Values named one by one beside the mandatory IKI's own («ronde 80, edukasi ortu 90» before «IP ASN 85»): each
    clause's value for the one IKI of the draft it names that has no target yet, the others said back; None unless
    every clause holds one value."""
    clauses = [c.strip() for c in _CLAUSES.split(text) if c.strip()]
    if not clauses or any(len(numbers_in(c)) != 1 for c in clauses):
        return None
    found: dict[int, Number] = {}
    unnamed: list[str] = []
    rest: Number | None = None
    for clause in clauses:
        at = _named_iki(state, clause, numbers_in(clause), open_first=True)
        if at is None and rest is None and (rest := rest_value(clause)) is not None:
            continue
        if at is None or at in found or state.skp.iki[at].target not in (None, ""):
            unnamed.append(clause)
        else:
            found[at] = numbers_in(clause)[0]
    if rest is not None:  # «sisanya 95 semua»: every IKI still without a target, the ones named and the mandatory aside
        found |= {i: rest for i, iki in enumerate(state.skp.iki)
                  if i not in found and iki.target in (None, "") and not is_mandatory(iki)}
    return Named(found, unnamed)


def rest_value(clause: str) -> Number | None:
    """«sisanya 95 semua», «yg lain 90»: one value for the rest, with no other word; None otherwise."""
    numbers = numbers_in(clause)
    if len(numbers) != 1:
        return None
    words = set(tokens(clause[:numbers[0].start] + " " + clause[numbers[0].end:]))
    allowed = _words()["rest"] | _words()["lead"] | {"persen"}
    rest = _words()["rest"]
    if not words & rest or not words <= allowed | set(tokens(numbers[0].unit or "")):
        return None
    return replace(numbers[0], unit=None) if set(tokens(numbers[0].unit or "")) <= rest else numbers[0]


MIN_NAMING_CHARS = 4  # «dekubitus», «VAP»: a word long enough to name work («yg», «ini» never do)


def names_none(state: UserState, text: str, correcting: bool = False) -> str:
    """«yg dekubitus targetnya 100%»: one value after «yg …» whose words name no IKI of the draft at all (so it is
    no target of the one asked): those words; "" otherwise (a place, «yg ini», a word of any IKI). `correcting`: a
    correction, «eh salah, engagement 4 aja», needs no «yg» (d11-hms07: read as the asked IKI's data awal)."""
    numbers = numbers_in(text)
    words = tokens(text[:numbers[0].start]) if len(numbers) == 1 else []
    if not words or (words[0] not in ("yg", "yang") and not correcting):
        return ""
    putting_right = {w for phrase in corrections() for w in tokens(phrase)}
    skip = _words()["lead"] | _words()["target"] | set(knowledge.data("conversation")["ordinals"]) \
        | set(knowledge.data("conversation")["pick_words"]) | (putting_right if correcting else set())
    acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", text[:numbers[0].start])}  # «yg TAT 90 persen»
    said = [w for w in words[1:] if w.isalpha() and (len(w) >= MIN_NAMING_CHARS or w in acronyms) and w not in skip]
    if correcting:  # (a word of talk, «maksudnya», «harusnya», «mungkin», names no work either)
        from bot.retrieval.normalize import stopwords

        press = knowledge.data("conversation")["typed_press"]
        talk = stopwords() | {w for key in ("hedges", "label_filler", "pointing") for p in press[key] for w in tokens(p)} \
            | {w for p in knowledge.data("conversation")["named_targets"]["talk"] for w in tokens(p)}
        said = [w for w in words if w.isalpha() and len(w) >= MIN_NAMING_CHARS and w not in skip | talk
                and not w.endswith("nya")]
    held = set().union(*(roots(iki.indikator) for iki in state.skp.iki)) if state.skp.iki else set()
    current = state.prima.current if state.prima else None
    held |= roots(current.indikator) if current is not None else set()
    return " ".join(w.upper() if w in acronyms else w for w in said) \
        if said and not any(stem(w) in held for w in said) else ""


def corrected(state: UserState, text: str) -> Named:
    """«eh salah, yg sisa makanan 85» (a correction): the one clause holding a value names an IKI of the draft with a
    target already, other than the one asked: its target replaced. {} otherwise."""
    valued = [c.strip() for c in _CLAUSES.split(text) if c.strip() and numbers_in(c)]
    if len(valued) != 1 or set(tokens(text)) & _words()["weight"]:
        return Named()
    numbers = numbers_in(valued[0])
    at = _named_iki(state, valued[0], numbers) if len(numbers) == 1 else None
    asked = state.fill.index if state.fill else None
    if len(numbers) != 1 or at is None or at == asked or state.skp.iki[at].target in (None, ""):
        return Named()
    return Named({at: numbers[0]})


MAX_OTHER_WORDS = 6  # «resus seratus persen», «yg observasi 80 ya»: a short answer naming its IKI, not a sentence


def other_named(state: UserState, text: str, asked: int | None) -> Named:
    """«resus seratus persen» while the triage IKI's data awal is asked (d11-igd03: read as that data awal): one value
    whose words name one other IKI of the draft, still without a target, is that IKI's target. {} otherwise."""
    numbers = numbers_in(text)
    if "?" in text or len(numbers) != 1 or len(tokens(text)) > MAX_OTHER_WORDS \
            or set(tokens(text)) & _words()["weight"]:
        return Named()
    at = _named_iki(state, text[: numbers[0].start], [])  # the words before the value name it («80 pasien» never)
    if at is None or at == asked or state.skp.iki[at].target not in (None, ""):
        return Named()
    return Named({at: numbers[0]})


def one_named(state: UserState, text: str, asked: int | None) -> tuple[Named, str] | None:
    """«yang air bersih 100 dong, itu menyangkut nyawa orang» while another IKI's field is asked (d6-sanitarian01:
    drafted as work): one value after «yg» and words naming one other IKI of the draft, perhaps with why after it: that
    IKI's target, and the reason (said back, never work); None otherwise."""
    clauses = [c.strip() for c in _CLAUSES.split(text) if c.strip()]
    numbers = numbers_in(clauses[0]) if clauses else []
    if len(numbers) != 1 or tokens(clauses[0])[:1] not in (["yg"], ["yang"]) \
            or any(numbers_in(c) for c in clauses[1:]) or set(tokens(text)) & _words()["weight"]:
        return None
    at = _named_iki(state, clauses[0][: numbers[0].end], numbers, open_first=True)
    if at is None or at == asked:
        return None
    return Named({at: numbers[0]}), ", ".join(clauses[1:])


@knowledge.cached
def _by_value() -> re.Pattern:
    """«yg 100 ganti 95 deh», «yang 100% jadi 95»: a pointer word, the old value, a replace word, the new value."""
    replace = knowledge.data("conversation")["line_acts"]["replace"]
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(replace, key=len, reverse=True))
    value = r"(\d+(?:[.,]\d+)?)\s*(?:%|persen)?"
    return re.compile(rf"^\s*(?:(?:eh|oh|hmm)\W+)?(?:yg|yang|target|targetnya|the)\s+{value}\s+(?:{words})\s+"
                      rf"(?:(?:jadi|jd|ke|to)\s+)?{value}(?:\s+(?:aja|saja|deh|dong|ya|yah|kak))*\W*$", re.IGNORECASE)


def by_old_value(state: UserState, text: str) -> Named:
    """«yg 100 ganti 95 deh» (d9-auditor01: read as a data awal of 100%): the one IKI of the draft whose target holds
    the old value gets the new one. The old value must name no IKI by its number (then «yg 2 ganti 95» is IKI 2's,
    read elsewhere), and exactly one IKI must hold it; {} otherwise."""
    found = _by_value().match(text)
    if not found:
        return Named()
    old = float(found.group(1).replace(",", "."))
    if old.is_integer() and 1 <= old <= len(state.skp.iki):
        return Named()
    holding = [i for i, iki in enumerate(state.skp.iki)
               if iki.target and [n.value for n in numbers_in(iki.target)][:1] == [old]]
    new = numbers_in(text[found.start(2):])
    return Named({holding[0]: new[0]}) if len(holding) == 1 and new else Named()


def _aside_dropped(clause: str) -> str:
    """«kepuasan media 3,5 (skala 4)»: a remark in brackets holding a number is no second value of the clause."""
    bare = re.sub(r"\s*\([^()]*\d[^()]*\)", "", clause).strip()
    return bare if bare != clause and numbers_in(bare) else clause


def _lead_only(text: str) -> bool:
    """«sisanya: skrining 95, …»: a lead before a colon holding no value of its own."""
    head, colon, _ = text.partition(":")
    return bool(colon) and not numbers_in(head) and all(w in _words()["lead"] for w in tokens(head))


def _named_iki(state: UserState, clause: str, numbers: list[Number], open_first: bool = False,
               taken: set[int] = frozenset()) -> int | None:
    """The one IKI of the draft the clause's words name (the mandatory IKI by its name; else by shared word roots,
    an acronym of two capitals too («JP»), among several the one sharing them all, then the one holding the words as
    written («persalinan» names «… persalinan normal …», not «ibu bersalin»); with `open_first`, then the one still
    without a target: «edukasi ortu 90» beside an IKI whose target is set that also educates parents; then one the
    message's other clauses did not name, `taken`), or None."""
    rest = clause
    for number in reversed(numbers):
        rest = rest[:number.start] + " " + rest[number.end:]
    if not tokens(rest):  # «90, 85»: a value naming nothing
        return None
    if is_mandatory(IkiDraft(indikator=rest)):
        return next((i for i, iki in enumerate(state.skp.iki) if is_mandatory(iki)), None)
    unit = set(tokens(numbers[0].unit or "")) if numbers else set()
    written = {w for w in tokens(rest) if len(w) > 2 and w.isalpha() and w not in _words()["lead"] | unit}
    written |= {w.lower() for w in re.findall(r"\b[A-Z]{2}\b", rest)}
    said = {stem(w) for w in written}
    if not said:
        return None
    hits = [i for i, iki in enumerate(state.skp.iki) if not is_mandatory(iki) and said & roots(iki.indikator)]
    if not hits:  # «resus seratus persen»: a word shortened as chat shortens it names «… resusitasi …»
        hits = [i for i, iki in enumerate(state.skp.iki) if not is_mandatory(iki) and any(
            len(w) >= MIN_ABBREVIATION_CHARS and t.startswith(w) for w in written for t in tokens(iki.indikator))]
    if len(hits) > 1:  # «penyediaan berkas 90%» with two IKI of «berkas»: the one holding every word said
        hits = [i for i in hits if said <= roots(state.skp.iki[i].indikator)] or hits
    if len(hits) > 1:
        hits = [i for i in hits if written <= set(tokens(state.skp.iki[i].indikator))] or hits
    if len(hits) > 1 and open_first:
        hits = [i for i in hits if state.skp.iki[i].target in (None, "")]
    if len(hits) > 1 and taken:
        hits = [i for i in hits if i not in taken]
    return hits[0] if len(hits) == 1 else None


def names_one(state: UserState, words: str) -> int | None:
    """The one IKI of the draft a few words name, as a clause's words name it here (the one still without a target
    first); None when none or several do."""
    return _named_iki(state, words, [], open_first=True)


def roots(text: str) -> set[str]:
    """The word roots of an IKI, a hyphenated word's parts too («RKA-K/L» is named by «RKA»)."""
    return {stem(part) for w in tokens(text) for part in {w, *w.split("-")} if part}


def applied(state: UserState, found: Named) -> str:
    """The targets set where each IKI's measure can hold it, said back; one that cannot is said with why, and a
    value naming no IKI of the draft is said with what to do."""
    done, refused = [], []
    for index, number in found.targets.items():
        iki = state.skp.iki[index]
        if misfit := target_fitted(iki, number):
            refused.append(f"IKI ke-{index + 1} «{short(iki.indikator)}»: {misfit}")
            continue
        done.append(f"IKI ke-{index + 1} «{short(iki.indikator)}»: target {render.target_text(iki)}"
                    + score_read_note(iki, number.text))
    refused += [f"«{clause}» tidak cocok dengan IKI mana pun di draf (lihat /skp): bila itu IKI baru, tulis kalimat "
                "IKI-nya lengkap (ukuran + hasil kerja + syaratnya) beserta targetnya." for clause in found.unnamed]
    return "\n".join((["Target dicatat:"] + done if done else []) + refused)
