"""Several IKI of the draft answered in one message, each part naming its IKI: by its number («NO 1 TARGET 90 PERSEN,
CORE TUSI, BOBOT 20. NO 2 85 PERSEN TUSI 15»), by words of its text («policy brief: 3 dokumen, TUSI, 25. MoU: 80%,
TUSI, 25»), as the mandatory IKI («ip asn 80»), as those still without a target («sisanya 2 itu 80% tusi 15 dan 15»)
or as all those named before it («…. semuanya tusi 15»). Each IKI named gets the target (its satuan, a bound: «maks 10
hari kerja» is ≤), jenis and weight its part holds; a value put right inside a part («bukan 85 tp 75», «jangan 10, 5
persen aja») keeps the later one, one with nothing before it to replace («no2 eh salah, 20 aja») is asked; a part
naming no IKI, or holding a value no field takes, is said back, never guessed.
Words: knowledge/conversation.yaml iki_parts."""

import re
from dataclasses import dataclass, field, replace

from bot import knowledge, render
from bot.conversation.answers import corrections, read_answer
from bot.conversation.draft_weights import names_all, names_several_jenis, typed_for_many, weights_in_order
from bot.conversation.iki_fields import Fields, short, target_fitted
from bot.conversation.mandatory_typed import names_mandatory
from bot.conversation.named_targets import names_one
from bot.conversation.several_picks import named_clauses
from bot.conversation.state import UserState
from bot.conversation.typed_work import reads_as_iki
from bot.lang.numbers import format_number
from bot.lang.refs import iki_refs
from bot.lang.text import alternation, tokens
from bot.lang.values import Number, numbers_in
from bot.models import IkiDraft, Jenis
from bot.rules.skp_rules import is_mandatory, mandatory_iki
from bot.rules.weights import given_text
from bot.year.vocabulary import vocabulary

FIELD_KINDS = ("target", "jenis", "bobot")
UNNAMED = "tidak menyebut IKI mana"
FIELD_WORDS = 2  # the last words naming an IKI that may name the field of the value after them («… tadi bobotnya 20»)
# «LHA tepat waktu 90%»: a few words of the IKI name it; a longer head is a sentence about something else («yg SPM
# tepat waktu sama IKPA langsung masukin aja kak, target …»: lines of a list picked)
MAX_NAMING_WORDS = 4
SHORT_NAME = 2  # «…, waktu tunggu jadi 25»: two words naming an IKI, the first a measure word, given a weight carried


@dataclass
class Part:
    """One part of the message: the IKI it names (0-based places in the draft; -1 the mandatory IKI not in it yet),
    the fields it holds, and, when it cannot be read, why (said back)."""
    clause: str
    places: list[int] = field(default_factory=list)
    target: Number | None = None
    jenis: Jenis | None = None
    weights: list[float] = field(default_factory=list)
    baseline: Number | None = None
    unread: str = ""
    # "before": every IKI named before it; "rest": those still without a target; "weights": the draft's jenis and
    # weights, read by draft_weights («… trus bobot tusi 30 25 20 15»)
    scope: str = ""
    count: int | None = None  # «sisanya 2 …»: how many the rest part says it names
    corrected: bool = False  # a value put right inside it («bukan 85 tp 75»)
    named: str | None = None  # the field its last named value was named for («bobotnya 20»)
    measured: bool = False  # named by two words opening with a measure word («waktu tunggu jadi 25»)
    by: str = ""  # how it names its IKI: "number", "words", "mandatory"

    def kinds(self) -> int:
        return sum(x is not None and x != [] for x in (self.target, self.jenis, self.weights))


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("conversation")
    parts, targets = data["iki_parts"], data["draft_targets"]
    refs = alternation(sorted(targets["by_number"], key=len, reverse=True)).replace(r"\ ", r"\s+")
    later = [*parts["later"], *data["restates"], *corrections()]
    leads = {w for p in [*targets["leads"], *data["restates"], *corrections(), *parts["filler"]]
             for w in tokens(p)}
    return {
        # «NO 1 …», «no2 …», «iki 3: …», «1) …»: a part opening with an IKI's number
        "ref": re.compile(rf"\b(?:{refs})\s*\.?\s*(\d{{1,2}})(?![\d.,])|^\W*(\d{{1,2}})\s*[:)=](?!\d)", re.IGNORECASE),
        # where a part starts inside a clause typed without punctuation: «… TUSI 10 SISANYA 2 …», «… 15 no 2 …»
        "start": re.compile(rf"(?<=[\d%])\s+(?=(?:(?:{refs})\s*\.?\s*\d{{1,2}}(?![\d.,])|"
                            rf"{alternation(parts['rest'])}|(?:{alternation(parts['joins'])})\s+(?:bobot\w*|"
                            rf"{alternation(data['draft_weights']['jenis_words'])}))\b)", re.IGNORECASE),
        "not_this": re.compile(rf"\b(?:{alternation(parts['not_this'])})\s+(?:(?:{alternation(parts['filler'])})\s+)*"
                               r"\d+(?:[.,]\d+)?\s*(?:%|persen)?", re.IGNORECASE),
        "before_re": re.compile(rf"\b(?:{alternation(parts['named_before'])})\b", re.IGNORECASE),
        "later": re.compile(rf"\b(?:{alternation(sorted(later, key=len, reverse=True))})\b", re.IGNORECASE),
        "before": frozenset(w for p in parts["named_before"] for w in tokens(p)),
        "rest": frozenset(w for p in parts["rest"] for w in tokens(p)),
        "filler": leads | {w for p in [*parts["filler"], *parts["joins"]] for w in tokens(p)},
        "jenis": re.compile(rf"\b(?:{alternation(data['draft_weights']['jenis_words'])})\b", re.IGNORECASE),
        "time_units": frozenset(knowledge.data("capaian")["time_units"]),
    }


@dataclass
class Parts:
    """What a message says for several IKI: its parts, read in order (the draft's jenis and weights among them, read
    by draft_weights)."""
    parts: list[Part]

    def named(self) -> list[int]:
        return [p for part in self.parts if not part.unread for p in part.places]


def _reports_work(text: str) -> bool:
    """«hari ini telaah 45 resep, eh salah 54 resep» at a target question left open for weeks (it set the resep IKI's
    target to 54): opening with the day the work was done (the logbook's today and yesterday words), a report of work,
    never fields of the draft."""
    words, said = tokens(text), vocabulary()
    return bool(said.today.match_at(words, 0) or said.yesterday.match_at(words, 0))


def read(state: UserState, text: str, asked: int | None = None) -> Parts | None:
    """The parts of a message giving fields to IKI of the draft. None unless every clause holds a value, no more
    clauses are unread than read, and either two parts or more name distinct IKI, one holding two kinds of field
    (target, jenis, weight), giving them to several IKI at once («semuanya tusi 15», «sisanya 2 itu 80% …»), or named
    by number beside the mandatory IKI («target no1 90, …, ip asn 80»); or one part names an IKI other than the one
    `asked` (or beside a part not read) with two kinds of field, or puts its value right («EH SALAH NO 2 BUKAN 85 TP 75»). Targets alone by
    words or by number are read elsewhere (named_targets, draft_save.targets_by_number)."""
    if "?" in text or not state.skp.iki or _reports_work(text):
        return None
    clauses = [piece.strip(" ,;") for clause in named_clauses(text) for piece in _words()["start"].split(clause)]
    parts = [_part(state, clause) for clause in clauses if clause]
    if any(part is None for part in parts):
        return None  # a clause with no value at all («… buang aja»): the message is something else
    parts = _weights_joined(_baselines_joined(parts))
    if any(part.unread == UNNAMED for part in parts):
        return None  # «1-3 dan 5-6 TUSI 18 semua, …», «…, satu modul, 82»: by range or in order, read elsewhere
    for before, part in zip(parts, parts[1:]):  # «… lutut tadi bobotnya 20 aja, waktu tunggu jadi 25»: weights both
        if before.named == "bobot" and part.named is None and part.target is not None and part.target.unit is None \
                and part.target.bound is None and not part.weights and part.jenis is None:
            part.target, part.weights, part.measured = None, [part.target.value], False
    if any(part.measured for part in parts):
        return None  # (only a weight carried to them: «…, waktu tunggu jadi 25»)
    named = {p for part in parts if not part.scope for p in part.places}
    named_before: list[int] = []
    for part in parts:
        if part.scope == "before":
            part.places = list(dict.fromkeys(named_before))
            part.unread = part.unread or ("" if part.places else "tidak ada IKI yang disebut sebelumnya")
        elif part.scope == "rest":
            _rest(state, part, named)
        if not part.unread:
            named_before += part.places
    weighted = [part for part in parts if part.scope == "weights"]
    readable = [part for part in parts if not part.unread and not part.scope == "weights"]
    distinct = {p for part in readable for p in part.places}
    several = any(len(part.places) > 1 for part in readable)
    mixed = {"number", "mandatory"} <= {part.by for part in readable}
    unread = len(parts) > len(readable) + len(weighted)  # («…, no 9 80 tusi 10» with six IKI: said back beside)
    asks = any(part.unread and part.corrected for part in parts)  # (a value put right unclearly: asked)
    if not readable or len(readable) < len(parts) - len(readable) - len(weighted):
        return None
    if not distinct:
        return None  # («baseline thn lalu 82» alone: the field asked)
    if asks:
        return Parts(parts)
    if weighted:  # («IP ASN 80 trus bobot tusi 30 25 20 15»: the draft's weights beside an IKI named)
        return Parts(parts)
    by_weight = all(part.weights for part in readable)  # «yg lutut tadi bobotnya 20 aja deh, waktu tunggu jadi 25»
    if len(distinct) >= 2 and not (several or mixed or by_weight or any(part.kinds() >= 2 for part in readable)):
        return None
    if len(distinct) == 1 and not any(part.corrected or (part.kinds() >= 2 and (part.places != [asked] or unread))
                                      for part in readable if part.by in ("number", "words")):
        return None
    taken: dict[int, int] = {}
    for at, part in enumerate(readable):  # one IKI named by two parts: the later one asks, never overwrites unsaid
        for place in part.places:
            if place in taken and len(part.places) == 1 and len(readable[taken[place]].places) == 1:
                part.unread = f"IKI {place + 1} sudah disebut di bagian lain pesan ini"
            taken.setdefault(place, at)
    return Parts(parts)


def tail_told(state: UserState, text: str) -> tuple[str, Parts] | None:
    """«ga langsung kayaknya, jd tusi semua kecuali ip asn. target no1 90, …, ip asn 80» while PRIMA asks a step
    before 4 with IKI in the draft: the step's answer first, then parts for those IKI; (the answer, the parts) at the
    first cut (after a sentence or a comma) whose tail reads so, None when none does."""
    if not state.skp.iki or "?" in text:
        return None
    for cut in re.finditer(r"[.,;]\s+", text):
        head, found = text[:cut.start()].strip(), read(state, text[cut.end():])
        if head and found:
            return head, found
    return None


def _part(state: UserState, clause: str) -> Part | None:
    """One clause read: the IKI it names and its fields; None when it holds no value at all."""
    words = _words()
    if not numbers_in(clause) and not words["jenis"].search(clause):
        return None
    part = Part(clause=clause)
    refused = words["not_this"].sub(" ", clause)
    if refused != clause and numbers_in(refused):  # «eh temuan berulang jangan 10, 5 persen aja»: 10 refused
        clause, part.corrected = refused, True
    ref = _ref(clause)
    if ref is not None:
        number, end = ref
        values = numbers_in(clause[end:])
        said = [w for w in tokens(clause[end:end + values[0].start] if values else clause[end:])
                if w not in words["filler"]]
        if len(said) > MAX_NAMING_WORDS or reads_as_iki(clause[end:]):
            return None  # «IKI 1: Persentase …, 90»: an IKI written out, never IKI 1's target
        part.by = "number"
        part.places = [number - 1] if 1 <= number <= len(state.skp.iki) else []
        part.unread = "" if part.places else f"draf belum punya IKI {number} (draf berisi {len(state.skp.iki)} IKI)"
        _fields(part, clause[end:])
        return part
    first = next((w for w in tokens(clause) if w not in words["filler"]), "")
    if first in words["before"]:  # «dua2nya tusi 15»: its «2» is no value
        part.scope = "before"
        _fields(part, clause[clause.lower().find(first) + len(first):], several=True)
        return part
    head_end = _head_end(clause)
    head = clause[:head_end]
    head_words = [w for w in tokens(head) if w not in words["filler"]]
    jenis = words["jenis"].search(clause)
    if not head_words and jenis is not None and jenis.start() == head_end:
        # «CL yg regional 50», «tusi semua 15»: jenis and weights, read by draft_weights; one with several weights
        # after a part («IP ASN 80 trus bobot tusi 30 25 20 15») is the draft's, given to it after the parts
        if weights_in_order(clause) or names_several_jenis(clause) or names_all(clause):
            part.scope = "weights"
            return part
        return None
    whole = read_answer(clause)
    if len(whole.numbers) == 1 and "baseline" in whole.named:  # «…, DATA TAUN LALU CM 68»: the data awal of the
        part.baseline = whole.named["baseline"]  # part before it (`_baselines_joined`)
        return part
    if reads_as_iki(head):  # «Persentase … 90»: an IKI sentence with its target, never a part naming one of the
        if len(head_words) > SHORT_NAME:  # draft; two words may still name one when the field is carried to them
            return None
        part.measured = True
    if set(tokens(head)) & words["rest"] and all(w in words["rest"] for w in head_words):
        part.scope = "rest"
        _fields(part, _counted(state, part, clause[head_end:]), several=True)
        return part
    if names_mandatory(clause) and is_mandatory_text(head):
        at = next((i for i, iki in enumerate(state.skp.iki) if is_mandatory(iki)), -1)
        part.places, part.by = [at], "mandatory"
        _fields(part, clause[head_end:])
        part.jenis = part.jenis or Jenis.core_mi
        return part
    if not head_words:
        part.unread = UNNAMED
        _fields(part, clause[head_end:])
        return part
    at = names_one(state, head) if len(head_words) <= MAX_NAMING_WORDS else None
    if at is None:
        part.unread = "tidak cocok dengan satu IKI di draf (lihat /skp)"
    else:
        part.places, part.by = [at], "words"
    # «yg lutut tadi bobotnya 20»: a field word closing the words that name the IKI names the value after it
    _fields(part, " ".join(tokens(head)[-FIELD_WORDS:]) + " " + clause[head_end:])
    return part


def is_mandatory_text(head: str) -> bool:
    return bool(head.strip()) and is_mandatory(IkiDraft(indikator=head))


def _ref(clause: str) -> tuple[int, int] | None:
    """The IKI number a clause opens with (only lead words before it: «EH SALAH NO 2 …», «target no1 90») and where
    its fields start."""
    found = _words()["ref"].search(clause)
    if found is None or any(w not in _words()["filler"] for w in tokens(clause[:found.start()])):
        return _ordinal_ref(clause)
    return int(found.group(1) or found.group(2)), found.end()


def _ordinal_ref(clause: str) -> tuple[int, int] | None:
    """«IKI ke-2 tusi 40» (bot.lang.refs), «yg kedua tusi 40»: the IKI named by its place, a jenis or a weight word
    after it (a target alone after «yg kedua» picks a suggestion: several_picks); d18-dev07: at the quarter question
    asked of another IKI, read as nothing."""
    found = iki_refs().match(clause.strip())
    if found is not None:
        return int(found.group(1)), len(clause) - len(clause.lstrip()) + found.end()
    data = knowledge.data("conversation")
    ordinals = {word: place for word, place in data["ordinals"].items() if word.startswith(("ke", "pertama"))}
    pointers = alternation(data["line_pointers"])
    found = re.match(rf"\s*(?:(?:{pointers})\s+)?({alternation(ordinals)})\b", clause, re.IGNORECASE)
    if found is None or not (_words()["jenis"].search(clause[found.end():]) or "bobot" in clause.lower()):
        return None
    return ordinals[found.group(1).lower()], found.end()


def _head_end(clause: str) -> int:
    """Where the words naming the IKI end: at the first value, its bound word or the first jenis word."""
    ends = [len(clause)]
    numbers = numbers_in(clause)
    if numbers:
        first = numbers[0]
        ends.append(first.start)
        if first.bound:  # «temuan berulang maks 10%»: the bound's words go with the value
            before = clause[:first.start].rstrip()
            cut = before.rsplit(" ", 1)
            ends.append(len(cut[0]) if len(cut) == 2 else 0)
    jenis = _words()["jenis"].search(clause)
    if jenis:
        ends.append(jenis.start())
    return min(ends)


def _fields(part: Part, text: str, several: bool = False) -> None:
    """The target, jenis and weights a part's text holds: after a value put right inside it, the later one («bukan 85
    tp 75»); a number before the jenis is the target, after it the weight (several weights only where the part names
    several IKI); a number no field takes makes the part unread. A bare value whose field is unsaid after one named «bobot» in the part before is a weight too (`carried`)."""
    text = _words()["before_re"].sub(" ", text)  # «… dua2nya tusi 15»: its «2» is no value
    later = [m for m in _words()["later"].finditer(text) if numbers_in(text[m.end():])]
    if later and numbers_in(text[:later[-1].start()]):
        text, part.corrected = text[later[-1].end():], True
    elif later and not part.corrected:  # «no1 95, no2 eh salah, 20 aja»: 20 for IKI 2, or in place of the value before? asked, never guessed
        part.unread = f"tidak jelas: «{text[later[-1].end():].strip()}» untuk IKI ini atau pengganti nilai sebelumnya"
        part.corrected = True
    answer = read_answer(text)
    numbers = answer.numbers
    part.jenis = answer.jenis
    if several and len(numbers) > 1 and answer.jenis is None and "bobot" not in answer.named:
        part.unread = UNNAMED  # «sisanya target: satu modul, tujuh puluh persen, 82»: targets in order, read elsewhere
        return
    named = {id(n): name for name, n in answer.named.items()}
    jenis_at = _words()["jenis"].search(text)
    for number in numbers:
        name = named.get(id(number))
        if number.unit and (_words()["jenis"].fullmatch(number.unit) or number.unit.lower() in _words()["filler"]):
            number = replace(number, unit=None)  # «95 tusi 20», «85 aja»: no unit
        part.named = name or part.named
        if name == "baseline":
            part.baseline = number
        elif name == "target" or (name is None and part.target is None and not part.weights
                                  and (jenis_at is None or number.start < jenis_at.start())):
            part.target = part.target or _with_time_unit(number, text)
        elif name == "bobot" or (name is None and number.unit in (None, "%")):
            part.weights.append(number.value)
        else:  # «target 98% sama 95 nilai»: a second value with its unit is no weight, and no field takes it
            part.unread = part.unread or f"nilai «{number.text}» tidak jelas untuk isian mana"
    if len(part.weights) > 1 and not several:
        part.unread = part.unread or f"ada {len(part.weights)} bobot untuk satu IKI"
    if not part.kinds() and part.baseline is None and not part.unread:
        part.unread = "tidak ada nilai yang terbaca"


@knowledge.cached
def _joins() -> list[str]:
    return knowledge.data("conversation")["iki_parts"]["joins"]


def _with_time_unit(number: Number, text: str) -> Number:
    """«maks 10 hari kerja»: a unit of time written in two words kept whole (capaian.yaml time_units)."""
    if not number.unit:
        return number
    after = tokens(text[number.end:])
    joined = f"{number.unit.lower()} {after[0]}" if after else ""
    return replace(number, unit=joined) if joined in _words()["time_units"] else number


def _weights_joined(parts: list[Part]) -> list[Part]:
    """«bobot TUSI 20, 20, 20, 15, 15, IP ASN 10»: the mandatory IKI with a bare value right after the draft's
    weights is given its weight there, as draft_weights reads it, never that value as its target."""
    joined: list[Part] = []
    for part in parts:
        if joined and joined[-1].scope == "weights" and part.by == "mandatory" and part.named is None \
                and part.target is not None and part.jenis in (None, Jenis.core_mi) and not part.weights:
            joined[-1].clause += f", {part.clause}"
            continue
        joined.append(part)
    return joined


def _baselines_joined(parts: list[Part]) -> list[Part]:
    """«…, DATA TAUN LALU CM 68»: a part holding only a data awal, naming no IKI, is the part's before it; «sisanya yg 2
    hasil rewrite td, target 90 persen dua2nya tusi 15»: fields naming no IKI after a rest part without any are its."""
    joined: list[Part] = []
    for part in parts:
        if joined and part.baseline is not None and not part.kinds() and not part.places:
            joined[-1].baseline = part.baseline
            continue
        if joined and joined[-1].scope == "rest" and not joined[-1].kinds() and not part.places and not part.scope \
                and part.unread == UNNAMED and part.kinds():
            joined[-1].target, joined[-1].jenis, joined[-1].weights = part.target, part.jenis, part.weights
            joined[-1].unread = ""
            joined[-1].clause += f", {part.clause}"
            continue
        joined.append(part)
    return joined


def _counted(state: UserState, part: Part, text: str) -> str:
    """«sisanya 2 itu 80% tusi 15 dan 15»: a whole number right after the rest word, no more than the draft's IKI and
    followed by the target, is how many the part names (kept to check); the text after it."""
    numbers = numbers_in(text)
    jenis = _words()["jenis"].search(text)
    whole = numbers and numbers[0].bound is None and numbers[0].value.is_integer() \
        and 1 <= numbers[0].value <= len(state.skp.iki) and not tokens(text[:numbers[0].start])
    if whole and len(numbers) >= 2 and numbers[0].unit is None and (jenis is None or numbers[1].start < jenis.start()):
        part.count = int(numbers[0].value)
        return text[numbers[0].end:]
    if whole and len(numbers) == 1 and jenis is None and numbers[0].unit != "%":  # «sisanya yg 2 hasil rewrite td,
        part.count = int(numbers[0].value)  # target 90 persen dua2nya tusi 15»: the count, its fields after a comma
        return ""
    return text


def _rest(state: UserState, part: Part, named: set[int]) -> None:
    """The IKI a rest part names: those still without a target, none named elsewhere in the message nor mandatory;
    a count typed with it must be theirs, and several weights one each."""
    part.places = [i for i, iki in enumerate(state.skp.iki)
                   if iki.target in (None, "") and i not in named and not is_mandatory(iki)]
    if not part.places:
        part.unread = part.unread or "semua IKI sudah punya target"
    elif part.count is not None and part.count != len(part.places):
        part.unread = f"yang belum punya target ada {len(part.places)} IKI, bukan {part.count}"
    elif len(part.weights) > 1 and len(part.weights) != len(part.places):
        part.unread = f"{len(part.weights)} bobot untuk {len(part.places)} IKI"
    if part.unread:
        part.places = []


BOUNDS = {"≤": ("≤", False), "≥": ("≥", False), "<": ("≤", True), ">": ("≥", True)}


def _bound_kept(iki, number: Number) -> Number:
    """«temuan berulang jangan 10, 5 persen aja» for a target of «≤ 10%»: the new value keeps the old one's bound."""
    old = (iki.target or "").strip()[:1]
    if number.bound is not None or old not in BOUNDS:
        return number
    bound, strict = BOUNDS[old]
    return replace(number, bound=bound, strict=strict)


def applied(state: UserState, found: Parts) -> str:
    """Each part's fields set on the IKI it names and said in one short list, a line per IKI; the parts not read said
    back with why; what the draft's IKI still lack, and the weights so far."""
    skp, said, asked, full, extra = state.skp, {}, [], [], []
    for part in found.parts:
        if part.scope == "weights":  # «… trus bobot tusi 30 25 20 15», «jd tusi semua kecuali ip asn»: the draft's
            clause = re.sub(rf"^\W*(?:(?:{alternation(_joins())})\s+)+", "", part.clause, flags=re.IGNORECASE)
            extra.append(typed_for_many(state, clause) or f"«{part.clause}»: bobot itu belum bisa saya pasangkan ke "
                         "IKI mana pun; tulis per nomor, misalnya «1 TUSI 30, 2 TUSI 25».")
            continue
        if part.unread:
            asked.append(f"«{part.clause}»: {part.unread}; tulis lagi dengan nomor IKI-nya, misalnya «no 2 90%, "
                         "TUSI, bobot 15».")
            continue
        for k, place in enumerate(part.places):
            if place == -1:  # the mandatory IKI, added
                skp.iki.append(mandatory_iki(None))
                place = part.places[k] = len(skp.iki) - 1
            iki, done = skp.iki[place], said.setdefault(place, [])
            if part.target is not None:
                misfit = target_fitted(iki, _bound_kept(iki, part.target))
                done.append(f"target «{part.target.text}» tidak saya pasang: {misfit.rstrip('.')}" if misfit
                            else f"target {render.target_text(iki)}")
                if not misfit and render.target_text(iki) == "100%":
                    full.append(place + 1)
            if part.jenis is not None:
                iki.jenis = part.jenis
                done.append(part.jenis.label)
            if part.weights:
                iki.bobot = part.weights[k] if len(part.weights) == len(part.places) else part.weights[0]
                done.append(f"bobot {format_number(iki.bobot)}%")
            if part.baseline is not None:
                Fields._set(iki, "baseline", part.baseline)  # (a Persentase's bare «68» is 68%)
                done.append(f"data awal {iki.baseline}")
    lines = (["Dicatat:"] if said else []) + [f"• IKI {place + 1} «{short(skp.iki[place].indikator, 50)}»: "
                                              f"{', '.join(done)}." for place, done in said.items()] + asked
    lines += extra
    if full:
        allowed = knowledge.data("rules/rules")["categories"]["ABSOLUTE"]["allowed_for"]
        lines.append(f"Target 100% pada IKI {', '.join(map(str, full))} adalah target mutlak. {allowed} "
                     "(PermenPANRB 8/2021). Bila memang harus 100%, sepakati alasannya di dialog kinerja; bila tidak, "
                     f"tulis misalnya «no {full[0]} 95».")
    empty = [f"IKI {n} ({', '.join(name for name in FIELD_KINDS if getattr(iki, name) in (None, ''))})"
             for n, iki in enumerate(skp.iki, 1) if any(getattr(iki, name) in (None, '') for name in FIELD_KINDS)]
    if empty:
        lines.append("Masih kosong: " + "; ".join(empty) + ".")
    weights = given_text(skp)
    return "\n".join(lines + ([weights] if weights else []))
