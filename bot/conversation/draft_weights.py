"""Jenis and weights typed for several IKI of the draft in one message: «tusi semua ya, bagi rata aja», «tusi semua 15
kecuali yg jpl MI 10», «tusi 20 20 15 20 15, ip asn 10». Each clause is applied to the IKI it names; what was set is
said, with the weight left per jenis; given per number («1-3 core TUSI 20%, 4 MI 10 persen, no 5 beyond 10%»), each
IKI named gets its own, and what is still missing is asked. Words: knowledge/conversation.yaml draft_weights."""

import re

from bot import knowledge
from bot.conversation.answers import read_answer
from bot.conversation.iki_fields import short
from bot.conversation.mandatory_typed import MANDATORY_WORDS
from bot.conversation.prima_offer import MIN_ABBREVIATION_CHARS
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.knowledge import policy
from bot.lang.numbers import format_number
from bot.lang.text import PhraseSet, alternation, sentences, tokens
from bot.lang.values import numbers_in
from bot.lang.words import stem
from bot.models import IkiDraft, Jenis
from bot.rules.skp_rules import is_mandatory, mandatory_iki
from bot.rules.weights import caps, given_text, remaining_text


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("conversation")["draft_weights"]
    return {"all": PhraseSet(data["all"]), "even": PhraseSet(data["even"]), "pattern": PhraseSet(data["pattern"]),
            "weight": PhraseSet(data["weight_named"]),
            "except": re.compile(r"\b(?:" + "|".join(map(re.escape, data["except"])) + r")\b", re.IGNORECASE)}


def _clauses(text: str) -> tuple[str, list[str], list[str]]:
    """(the first clause, the clauses after it, those after an «except» word)."""
    found = _words()["except"].search(text)
    head, excepted = (text[: found.start()], text[found.end():]) if found else (text, "")
    parts = _numbers_joined([p.strip() for p in re.split(r"[,;+]|\s-\s", head) if p.strip()])
    others = _numbers_joined([p.strip() for p in re.split(r"[,;+]", excepted) if p.strip()])
    return (parts[0] if parts else ""), parts[1:], others


_BARE_WEIGHT = re.compile(r"^\d+(?:[.,]\d+)?\s*%?$")


def _numbers_joined(parts: list[str]) -> list[str]:
    """«bobot TUSI 20, 20, 20, 15, 15, IP ASN 10»: a clause that is a weight alone goes on the clause before it, as
    «tusi 20 20 15» writes them (d9-auditor01: only the first 20 was taken)."""
    joined: list[str] = []
    for part in parts:
        if joined and _BARE_WEIGHT.match(part):
            joined[-1] += " " + part
        else:
            joined.append(part)
    return joined


def typed_for_many(state: UserState, text: str) -> str:
    """The jenis and weights a message gives several IKI, applied; "" when it gives none (one IKI's answer, an IKI).
    Two sentences that each give some («semua tusi kecuali no 7 beyond. bobot 1=15, 2=15, …», tester54 #18: the
    exception and every weight dropped under «dicatat») are read one after the other when no reading of the whole
    message by number or by name takes it («jenis: 1 CL, 2 TUSI. bobot 15 20» is one)."""
    if "\n" in text or "?" in text or not state.skp.iki:  # a question about the jenis is answered, never applied
        return ""
    numbered = _numbered_or_named(state, text)
    if numbered:
        return numbered
    parts = sentences(text)
    if len(parts) > 1:
        before = [iki.model_copy(deep=True) for iki in state.skp.iki]
        said = [_numbered_or_named(state, part) or _for_all(state, part) for part in parts]
        if all(said):
            kept = [line for part in said for line in part.split("\n")[:1]]
            return "\n".join([kept[0]] + [line.replace("Jenis dan bobot dicatat: ", "", 1) for line in kept[1:]]
                             + [part for part in (_totals(state), remaining_text(state.skp)) if part])
        state.skp.iki = before  # one sentence unread: the message is read whole, as before
    return _for_all(state, text)


def _numbered_or_named(state: UserState, text: str) -> str:
    """The readings that take only a message that is all theirs: IKI named by number, by their words, or jenis by jenis."""
    return _weights_numbered(state, text) or by_number(state, text) or _named_then_rest(state, text) \
        or jenis_sequence(state, text)


def _for_all(state: UserState, text: str) -> str:
    """«tusi semua, bagi rata», «semua tusi kecuali no 7 beyond», «tusi 20 20 15, mi 10»: one jenis for all (but those
    set apart), with their weights."""
    first, rest, excepted = _clauses(text)
    answer = read_answer(first)
    words = tokens(first)
    everyone = bool(_words()["all"].find(words))
    even = bool(_words()["even"].find(tokens(text)))
    numbers = numbers_in(first)
    if answer.jenis is None:
        return _each_named(state, text)
    # the weights follow the jenis word («tusi semua 15», «tusi 20 20 15»): a number before it is something else
    # («90 aja, tusi semua» gives a target and the jenis)
    opening = jenis_at(first)
    if opening is None or any(n.start < opening for n in numbers):
        return ""
    # «bobot tusi sama rata, beyond 10»: spread evenly over that jenis's IKI names them all (d6-sanitarian01)
    if not (everyone or even or len(numbers) >= 2) or set(answer.named) - {"bobot"}:  # «tusi semua, target 90»
        return _jenis_weight(state, first) if not rest and not excepted else ""
    if numbers and not _weights_only(first[opening: numbers[-1].end], numbers, opening):
        return ""  # «tusi semua IKI 1 dan 2», «cl semua 2 IKI ini»: numbers naming IKI, no weights
    skp, said = state.skp, []
    excepted = [_without_number(clause) for clause in excepted]
    named_apart = [_numbered(state, clause) if _numbered(state, clause) is not None else _named(state, clause)
                   for clause in excepted]
    group = [i for i, iki in enumerate(skp.iki) if not is_mandatory(iki) and i not in named_apart
             and (iki.jenis is None or iki.jenis is answer.jenis)]  # an IKI tagged Beyond or MI stays so
    # «jenisnya tusi semua» on a draft holding its mandatory IKI and no weight yet: the jenis's share spread as «bagi
    # rata» does, so Core closes at 100% (d18-dev04: six IKI left without a weight, the export blocked); a draft
    # still without it may grow, so its weights wait
    even = even or (everyone and not numbers and bool(group) and any(is_mandatory(iki) for iki in skp.iki)
                    and all(iki.bobot is None for iki in skp.iki))
    if len(numbers) >= 2:  # one weight each, in the draft's order
        if len(numbers) != len(group):  # said, never one IKI's target or weight (d9-auditor01: «Target 20%»)
            shown = ", ".join(f"{format_number(n.value)}%" for n in numbers)
            return (f"{answer.jenis.label} {shown}: belum saya pasang, karena {len(numbers)} bobot itu untuk "
                    f"{len(group)} IKI yang bisa {answer.jenis.label} (IKI {', '.join(str(i + 1) for i in group)}). "
                    f"Tulis satu bobot untuk tiap IKI itu, berurutan, atau per nomor, misalnya «{group[0] + 1 if group else 1} "
                    f"{answer.jenis.label} {format_number(numbers[0].value)}».")
        weights = [n.value for n in numbers]
    elif numbers:
        weights = [numbers[0].value] * len(group)
    elif even and group:
        weights = shares(caps(skp)[answer.jenis], len(group))
    else:
        weights = [None] * len(group)
    for i, weight in zip(group, weights):
        skp.iki[i].jenis = answer.jenis
        if weight is not None:
            skp.iki[i].bobot = weight
    shown = f" bobot {format_number(weights[0])}%" if weights and len(set(weights)) == 1 and weights[0] is not None \
        else (" bobot " + ", ".join(f"{format_number(w)}%" for w in weights) if weights and weights[0] is not None else "")
    said.append(f"IKI {', '.join(str(i + 1) for i in group)}: {answer.jenis.label}{shown}.")
    for clause, at in zip(excepted, named_apart):
        said.append(_one(state, _without_number(clause, number=True), at))
    if even:  # «tusi semua, bagi rata»: the mandatory IKI given its Core MI share too (10 by the guidance's pattern),
        # also when set apart as MI with no weight of its own («… kecuali ip asn itu MI, bobot bagi rata»)
        said.append(_mandatory_share(skp, [i for i in named_apart if i is not None and i >= 0
                                           and skp.iki[i].jenis not in (None, Jenis.core_mi)]))
    for clause in rest:
        several = _jenis_weights(state, clause)
        if several:  # «…, tusi 15 15 10»: that jenis's IKI in the draft's order (d6-katim01: dropped unsaid)
            said.append(several)
            continue
        at = _named(state, clause)
        said.append(_one(state, clause, at if at is not None else _of_jenis(state, clause)))
    said = [s for s in said if s]
    missing = "" if any(is_mandatory(iki) for iki in skp.iki) else _mandatory_offered(state) if even else \
        "IKI wajib «Nilai Indeks Profesionalitas ASN» (Core MI) belum ada: tambahkan dengan «IP ASN 85»."
    return "\n".join(part for part in ("Jenis dan bobot dicatat: " + " ".join(said), _totals(state),
                                        remaining_text(skp), missing) if part)


def jenis_sequence(state: UserState, text: str) -> str:
    """«ok CL 50, tusi 15 15 10, mi 10»: clauses each a jenis and its weights. A jenis's weights go to the IKI already
    of that jenis when they are as many (Core MI: the mandatory IKI), else to as many IKI still without a jenis, taken
    in the draft's order; all applied, or none and what did not fit said. "" when the message is not read so."""
    data = knowledge.data("conversation")["draft_weights"]
    allowed = {w for phrase in data["sequence_words"] + data["jenis_words"] for w in tokens(phrase)}
    clauses = [c.strip() for c in re.split(r"[,;.]\s+|[;]", text.strip()) if c.strip(" .")]
    read = [(read_answer(c).jenis, jenis_at(c), numbers_in(c), c) for c in clauses]
    if len(read) < 2 or any(j is None or at is None or not nums or any(n.start < at for n in nums)
                            or {w for w in tokens(c) if not w.isdigit()} - allowed for j, at, nums, c in read):
        return ""
    skp, taken, plan, unfit = state.skp, set(), [], []
    untagged = [i for i, iki in enumerate(skp.iki) if iki.jenis is None and not is_mandatory(iki)]
    for jenis, _, nums, clause in read:
        held = [i for i, iki in enumerate(skp.iki) if i not in taken and (
            iki.jenis is jenis or (jenis is Jenis.core_mi and is_mandatory(iki)))]
        free = [i for i in untagged if i not in taken][:len(nums)]
        group = held if len(held) == len(nums) else free if not held and len(free) == len(nums) else None
        if group is None:
            unfit.append(f"{jenis.label} {', '.join(format_number(n.value) for n in nums)}")
            continue
        taken |= set(group)
        plan += [(i, jenis, n.value) for i, n in zip(group, nums)]
    if unfit:
        return (f"Bobot {'; '.join(unfit)} belum saya pasang: jumlahnya tidak sama dengan IKI jenis itu atau IKI yang "
                "belum berjenis di draf. Tidak ada bobot yang saya ubah. Tulis per nomor, misalnya «1 CL 50, 2-4 TUSI "
                "15, 5 MI 10».")
    for i, jenis, weight in plan:
        skp.iki[i].jenis, skp.iki[i].bobot = jenis, weight
    said = " ".join(f"IKI {i + 1}: {jenis.label} bobot {format_number(weight)}%." for i, jenis, weight in plan)
    return "\n".join(part for part in ("Jenis dan bobot dicatat: " + said, _totals(state), remaining_text(skp)) if part)


def _mandatory_offered(state: UserState) -> str:
    """«tusi semua, bagi rata» on a draft without the mandatory IKI: the Core share left for it said, and it offered
    (UserState.mandatory_offered: «ya tambahin», «IP ASN 85» add it, with that share: `mandatory_share_left`), never
    the split left short of Core 100% unsaid (team31)."""
    state.mandatory_offered = True
    left = caps(state.skp)[Jenis.core_mi]
    return (f"IKI wajib «Nilai Indeks Profesionalitas ASN» (Core MI) belum ada di draf, jadi Core baru "
            f"{format_number(policy().weights.core_total - left)}%: bobot Core MI {format_number(left)}% saya sisakan "
            "untuknya. Tambahkan? Tulis targetnya, misalnya «IP ASN 85» (bobotnya Core MI "
            f"{format_number(left)}%).")


def mandatory_share_left(skp) -> float | None:
    """The weight the mandatory IKI takes when added to a draft whose other IKI all have theirs: Core MI's share
    still unused (10 by the guidance's split); None when an IKI still lacks a weight or nothing is left."""
    if not skp.iki or any(iki.bobot is None for iki in skp.iki):
        return None
    left = caps(skp)[Jenis.core_mi] - sum(iki.bobot for iki in skp.iki if iki.jenis is Jenis.core_mi)
    return left if left > 0 else None


def beside_mandatory(state: UserState, text: str, added: list[Reply]) -> list[Reply]:
    """«tambah ip asn juga, semua tusi kecuali itu»: the replies adding the mandatory IKI, with the jenis and weights
    the message's other clauses give the draft (typed_for_many) said before the question asked next (d6-arsiparis01:
    «semua tusi» dropped unsaid)."""
    others = [c for c in text.split(",") if c.strip() and not is_mandatory(IkiDraft(indikator=c))]
    said = typed_for_many(state, ", ".join(others)) if others and len(others) < len(text.split(",")) else ""
    return added[:-1] + [Reply(said)] + added[-1:] if said and added else added


def _mandatory_share(skp, apart: list) -> str:
    """The mandatory IKI still without a weight (and not named apart) given Core MI's share, spread evenly."""
    group = [i for i, iki in enumerate(skp.iki) if is_mandatory(iki) and iki.bobot is None and i not in apart]
    if not group:
        return ""
    weight = round(caps(skp)[Jenis.core_mi] / len(group), 2)
    for i in group:
        skp.iki[i].jenis, skp.iki[i].bobot = Jenis.core_mi, weight
    return f"IKI {', '.join(str(i + 1) for i in group)}: {Jenis.core_mi.label} bobot {format_number(weight)}%."


def names_all(text: str) -> bool:
    """«tusi semua, bagi rata»: the message speaks of every IKI, so at one IKI's jenis or weight question it is still
    the draft's (typed_for_many), never this IKI's jenis alone (tester22b #21: the hint under a save suggests it)."""
    return bool(_words()["all"].find(tokens(text)))


def names_several_jenis(text: str) -> bool:
    """«bobot CL 25 25, tusi 15 15 10, MI 10, beyond 20»: clauses naming two jenis or more speak of the draft, so at
    one IKI's jenis or weight question they are still the draft's (typed_for_many), never that IKI's weight alone
    (d6-analis01: only the asked CL IKI's 25 was taken)."""
    clauses = [c for c in re.split(r"[,;]", text) if c.strip()]
    return len({read_answer(c).jenis for c in clauses if jenis_at(c) is not None} - {None}) >= 2


def gives_rest(text: str) -> bool:
    """«jenis: sisanya TUSI. bobot: …», «no 1 CL, yang lain tusi»: a clause giving a jenis to the IKI not yet given
    one speaks of the draft, so at one IKI's jenis or weight question it is the draft's (typed_for_many), never that
    IKI's jenis (d5-simrs01: the mandatory IKI asked its weight was made Core TUSI)."""
    for clause in re.split(r"[,;]|\.\s", text):
        body = _rest_words(_unlabelled(clause))
        if body and jenis_at(body) is not None and not any(n.start < jenis_at(body) for n in numbers_in(body)):
            return True
    return False


def weights_in_order(text: str) -> bool:
    """«bobot TUSI 20, 20, 20, 15, 15, IP ASN 10»: a jenis with several weights after it gives one to each of its IKI,
    so at one IKI's jenis or weight question it is still the draft's (typed_for_many), never that IKI's jenis alone
    (d9-auditor01: only the first 20 was taken)."""
    if _by_number()[1].search(text):  # «bobot: 15,15,15,15,15,15,10»: the draft's, in its order
        return True
    for clause in _numbers_joined([c.strip() for c in re.split(r"[,;]", text) if c.strip()]):
        at = jenis_at(clause)
        if at is not None and len([n for n in numbers_in(clause) if n.start > at]) >= 2:
            return True
    return False


def asks_evenly(text: str) -> bool:
    """«bagi rata aja», «bobot sama rata»: weights spread evenly asked, naming no jenis and no number; «bobotnya
    standar katim» (the guidance's pattern asked) too."""
    words, found = tokens(text), _words()
    asked = found["even"].find(words) or (found["weight"].find(words) and found["pattern"].find(words))
    return "?" not in text and bool(asked) and not numbers_in(text) \
        and jenis_at(text) is None and len(words) <= _even_words()


def evenly(state: UserState, text: str) -> str:
    """«bagi rata aja», «bobotnya dibagi rata» naming no jenis and no number: each jenis's share of the guidance
    spread evenly over the draft's IKI of that jenis (an IKI without one counted under the jenis suggested for it,
    and given it); "" otherwise (tester20a #15: «bobotnya bagi rata aja» was «itu maksudnya apa?»)."""
    from bot.conversation.prima import suggest_jenis  # (prima reads the fields, which read this module's callers)

    if not state.skp.iki or not asks_evenly(text):
        return ""
    skp = state.skp
    chosen = [iki.jenis or suggest_jenis(state, iki) for iki in skp.iki]
    said = []
    for jenis in Jenis:
        group = [i for i, j in enumerate(chosen) if j is jenis]
        if not group:
            continue
        weights = shares(caps(skp)[jenis], len(group))
        for i, weight in zip(group, weights):
            skp.iki[i].jenis, skp.iki[i].bobot = jenis, weight
        shown = ", ".join(f"{format_number(w)}%" for w in weights) if len(set(weights)) > 1 \
            else f"{format_number(weights[0])}%"
        said.append(f"IKI {', '.join(str(i + 1) for i in group)}: {jenis.label} {shown}")
    return ("Bobot dibagi rata per jenis (jenis yang belum diisi saya isi dengan sarannya; ubah dengan /ubah N jenis …): "
            + "; ".join(said) + ".\n" + _totals(state) + "\n" + remaining_text(skp))


def shares(total: float, count: int) -> list[float]:
    """`total` spread over `count` IKI to two decimals, the last taking what rounding left, so they add up to it
    (40 over three: 13,33, 13,33, 13,34, never a Core of 99,99%: d9-labkes01)."""
    each = round(total / count, 2)
    return [each] * (count - 1) + [round(total - each * (count - 1), 2)]


def _even_words() -> int:
    return knowledge.data("conversation")["draft_weights"]["even_most_words"]


def _weights_only(span: str, numbers: list, offset: int) -> bool:
    """Whether the words between the jenis word and its last number are only the jenis, «semua» words, «bobot» and
    the numbers themselves (each a bare number or a percentage)."""
    if any(n.unit not in (None, "%") for n in numbers):
        return False
    rest = list(span)
    for n in numbers:
        rest[n.start - offset: n.end - offset] = " " * (n.end - n.start)
    allowed = set(knowledge.data("conversation")["draft_weights"]["weight_words"])
    return all(w in allowed for w in tokens("".join(rest)))


def jenis_at(clause: str) -> int | None:
    """Where the clause's first jenis word starts."""
    words = knowledge.data("conversation")["draft_weights"]["jenis_words"]
    found = re.search(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", clause, re.IGNORECASE)
    return found.start() if found else None


def _jenis_weights(state: UserState, clause: str) -> str:
    """«tusi 15 15 10» after a first clause: one weight each for the IKI of that jenis, in the draft's order, applied
    when the draft holds as many of them, else said back with how to give them by number; "" for another clause."""
    data = knowledge.data("conversation")["draft_weights"]
    allowed = {w for phrase in data["weight_words"] + data["by_number"]["around_weight"] for w in tokens(phrase)} \
        | {"persen"}
    jenis, at, numbers = read_answer(clause).jenis, jenis_at(clause), numbers_in(clause)
    if jenis is None or at is None or len(numbers) < 2 or any(n.start < at for n in numbers) \
            or {w for w in tokens(clause) if not w.isdigit()} - allowed:
        return ""
    weights = [n.value for n in numbers]
    group = [i for i, iki in enumerate(state.skp.iki) if iki.jenis is jenis]
    shown = ", ".join(f"{format_number(w)}%" for w in weights)
    if len(group) != len(weights):
        return (f"{jenis.label} {shown}: belum saya pasang, karena draf memuat {len(group)} IKI {jenis.label}. Tulis per "
                f"nomor, misalnya «2 {jenis.label} {format_number(weights[0])}».")
    for i, weight in zip(group, weights):
        state.skp.iki[i].bobot = weight
    return f"IKI {', '.join(str(i + 1) for i in group)}: {jenis.label} bobot {shown}."


def _named(state: UserState, clause: str) -> int | None:
    """The one IKI a clause names: the mandatory IKI by its name, else by its words (their roots)."""
    named = _all_named(state, clause)
    return named[0] if len(named) == 1 else None


def _all_named(state: UserState, clause: str) -> list[int]:
    """The IKI a clause names (`_named`), several when its words are in several («peserta» in «Jumlah peserta
    terlatih» and «Persentase peserta yang lulus post test»)."""
    if is_mandatory(IkiDraft(indikator=clause)):
        return [next((i for i, iki in enumerate(state.skp.iki) if is_mandatory(iki)), -1)]
    said = {stem(w) for w in tokens(clause) if len(w) > 2 and w.isalpha()} - _jenis_stems()
    named = [i for i, iki in enumerate(state.skp.iki) if said & {stem(w) for w in tokens(iki.indikator)}]
    if not named:  # «resus 25»: a word shortened as chat shortens it names «… resusitasi …»
        short_words = [w for w in tokens(clause) if len(w) >= MIN_ABBREVIATION_CHARS and w.isalpha()
                       and stem(w) not in _jenis_stems()]
        named = [i for i, iki in enumerate(state.skp.iki)
                 if any(t.startswith(w) for w in short_words for t in tokens(iki.indikator))]
    return named


@knowledge.cached
def _by_number_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a clause opening with an IKI's number, «no 7 beyond»; a weight per IKI number, «1=15», «no 2: 20%»), the words
    before a number those of conversation.yaml draft_targets.by_number, as for targets."""
    words = knowledge.data("conversation")["draft_targets"]["by_number"]
    named = alternation(sorted(words, key=len, reverse=True)).replace(r"\ ", r"\s+")
    lead = re.compile(rf"^\s*(?:(?:{named})\.?\s*)?(\d{{1,2}})\b(?![.,]\d)\s*", re.IGNORECASE)
    pair = re.compile(rf"(?:(?:{named})\.?\s*)?(\d{{1,2}})\s*(?:=|:|->|→)\s*(\d{{1,3}}(?:[.,]\d+)?)\s*(?:%|persen)?",
                      re.IGNORECASE)
    return lead, pair


def _numbered(state: UserState, clause: str) -> int | None:
    """«no 7 beyond», «7 beyond»: the IKI a clause set apart names by its number (0-based); None when it opens with
    none the draft holds."""
    found = _by_number_patterns()[0].match(clause)
    return int(found[1]) - 1 if found and 1 <= int(found[1]) <= len(state.skp.iki) and found.end() < len(clause) \
        else None


def _without_number(clause: str, number: bool = False) -> str:
    """A clause set apart without its sentence's end (a dot); with `number`, without the IKI number opening it too (so
    «no 7 beyond» is never a weight of 7)."""
    clause = clause.strip().rstrip(".")
    lead = _by_number_patterns()[0]
    return lead.sub("", clause, count=1) if number and lead.match(clause) else clause


def _weights_numbered(state: UserState, text: str) -> str:
    """«bobot 1=15, 2=15, 3=10, …»: a weight for each IKI named by its number, after a weight word and nothing else
    (tester54 #18: read as the targets of list lines 1–8); "" otherwise."""
    if not weights_led(text):
        return ""
    body = re.sub(r"^\s*[^\W\d]+\s*[:=]?", "", text, count=1)  # the weight word opening it
    pair = _by_number_patterns()[1]
    pairs = list(pair.finditer(body))
    joins = set(knowledge.data("conversation")["draft_weights"]["by_number"]["joins"])  # «1=15, 2=15 dan 3=10»
    if len(pairs) < 2 or set(tokens(pair.sub(" ", body))) - joins:
        return ""
    given = {int(p[1]): float(p[2].replace(",", ".")) for p in pairs}
    if len(given) < len(pairs) or not all(1 <= place <= len(state.skp.iki) for place in given):
        return ""
    for place, weight in given.items():
        state.skp.iki[place - 1].bobot = weight
    said = "; ".join(f"IKI {place} bobot {format_number(weight)}%" for place, weight in given.items())
    return "\n".join(part for part in ("Jenis dan bobot dicatat: " + said + ".", _totals(state),
                                        remaining_text(state.skp)) if part)


def weights_led(text: str) -> bool:
    """«bobotnya dulu ya: triase 30, resus 25, …»: a message opening with a weight word gives weights, never targets."""
    return bool(_words()["weight"].match_at(tokens(text), 0)) and "?" not in text


def _jenis_weight(state: UserState, clause: str) -> str:
    """«beyond 10 aja» alone, naming no IKI: the weight of the one IKI of the draft of that jenis, as a later clause
    «…, beyond 10» gives it (d12-ent06: at another IKI's data awal question it tagged that IKI Beyond instead); ""
    when no IKI or several hold that jenis, the number is no weight («beyond 3 puskesmas»), or the IKI asked has no
    jenis yet or that one (the message may be its own jenis and weight)."""
    answer, numbers = read_answer(clause), numbers_in(clause)
    opening = jenis_at(clause)
    if len(numbers) != 1 or numbers[0].unit not in (None, "%") or set(answer.named) - {"bobot"} or opening is None \
            or numbers[0].start < opening or not _weights_only(clause[opening: numbers[0].end], numbers, opening):
        return ""
    at = _of_jenis(state, clause)
    fill = state.fill
    asked = state.skp.iki[fill.index] if fill and fill.index is not None and fill.index < len(state.skp.iki) else None
    if at is None or asked is not None and asked.jenis in (None, answer.jenis):  # «tusi bobot 20» for an IKI with no
        return ""  # jenis yet is its own answer, told ahead
    return "\n".join(part for part in ("Jenis dan bobot dicatat: " + _one(state, clause, at), _totals(state),
                                        remaining_text(state.skp)) if part)


def _of_jenis(state: UserState, clause: str) -> int | None:
    """«beyond 10» naming no IKI: the one IKI of the draft of the jenis it names; None when none or several are."""
    jenis = read_answer(clause).jenis
    held = [i for i, iki in enumerate(state.skp.iki) if jenis is not None and iki.jenis is jenis]
    return held[0] if len(held) == 1 and numbers_in(clause) else None


@knowledge.cached
def _jenis_stems() -> frozenset[str]:
    data = knowledge.data("conversation")["draft_weights"]
    return frozenset(stem(w) for w in data["not_names"])


def _one(state: UserState, clause: str, at: int | None) -> str:
    """«jpl MI 10», «ip asn 10», «ip asn target 80 bobot 5»: that IKI's jenis and weight (the mandatory IKI added when
    the draft lacks it)."""
    if at is None:
        return ""
    answer = read_answer(clause)
    weight = answer.named.get("bobot") or (answer.numbers[-1] if answer.numbers else None)
    skp = state.skp
    if at == -1:  # the mandatory IKI, not in the draft yet
        target = answer.named.get("target")
        skp.iki.append(mandatory_iki(format_number(target.value) if target else None))
        at = len(skp.iki) - 1
    iki = skp.iki[at]
    iki.jenis = answer.jenis or iki.jenis
    if weight is not None and weight is not answer.named.get("target"):
        iki.bobot = weight.value
    elif answer.named.get("target") and not answer.named.get("bobot"):  # «IP ASN target 80»: its target, never lost
        target = answer.named["target"]
        iki.target = format_number(target.value) if is_mandatory(iki) else target.text
    kind = f" {iki.jenis.label}" if iki.jenis else ""
    aim = f" target {iki.target}" if iki.target and answer.named.get("target") else ""
    shown = f" bobot {format_number(iki.bobot)}%" if iki.bobot is not None else ""
    return f"IKI {at + 1} «{short(iki.indikator, 40)}»:{kind}{aim}{shown}."


def _each_named(state: UserState, text: str) -> str:
    """«yaudh ip asn target 80 bobot 5, jpl jd 5»: clauses each naming one IKI with a value, the field said in the
    clause (or, unsaid, the one the clause before it named: «jpl jd 5» is a weight after «bobot 5»)."""
    # «…, IP ASN 10. IP ASN target 80»: a sentence ends a clause too
    clauses = [c.strip() for c in re.split(r"[,;]|\.\s+(?=[^\W\d_])", text) if c.strip()]
    if len(clauses) < 2:
        return ""
    places = [_named(state, clause) for clause in clauses]
    # «bobotnya peserta 30, post test 20»: words in two IKI name the one no other clause names (d19-dev05)
    for k, clause in enumerate(clauses):
        if places[k] is None:
            left = [i for i in _all_named(state, clause) if i not in places]
            places[k] = left[0] if len(left) == 1 else None
    answers = [read_answer(clause) for clause in clauses]
    # a clause naming no IKI is said back when the message opens with the weight word and two clauses name one
    # («bobotnya dulu ya: triase 30, …, observasi 20» before observasi has an IKI: d11-igd03)
    loose = weights_led(text) and sum(at is not None for at in places) >= 2
    if (any(at is None for at in places) and not loose) or not all(a.numbers for a in answers) \
            or not any("bobot" in a.named for a in answers):
        return ""
    said, field, unnamed = [], "", []
    for clause, at, answer in zip(clauses, places, answers):
        field = "bobot" if "bobot" in answer.named else field
        if at is None:
            unnamed.append(clause)
            continue
        said.append(_one(state, clause, at) if field == "bobot" else "")
    said = [s for s in said if s]
    left = [f"«{clause}» tidak cocok dengan IKI mana pun di draf (lihat /skp): bila itu IKI baru, tulis kalimat IKI-nya "
            "lengkap (ukuran + hasil kerja + syaratnya), lalu bobotnya." for clause in unnamed]
    return "\n".join(["Dicatat: " + " ".join(said), *left, _totals(state), remaining_text(state.skp)]) if said else ""


def _totals(state: UserState) -> str:
    """«Bobot kini: Core TUSI 90%, Core MI 10% (Core 100%).»"""
    return given_text(state.skp)


@knowledge.cached
def _by_number() -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str]]:
    """(a clause «1-3 core TUSI 20%», a list of weights «bobot 15 15 20», a range's join, the words allowed besides)."""
    data = knowledge.data("conversation")["draft_weights"]
    words = data["by_number"]
    jenis = alternation(data["jenis_words"])
    one = r"\d{1,2}"
    join = alternation(words["ranges"] + words["joins"])
    # «tusi 20an» (d18-dev08): a weight said roughly is that weight, the totals said under it
    weight = rf"\d{{1,3}}(?:\.\d+)?(?:an\b)?\s*(?:%|persen)?(?![\d.])(?!\s*(?:{jenis})\b)"
    around = "|".join(re.escape(w).replace(r"\ ", r"\s+") + (r"\b" if w[-1].isalnum() else "")
                      for w in sorted(words["around_weight"], key=len, reverse=True))
    clause = re.compile(
        rf"(?:\b(?:{alternation(words['leads'])})\s*\.?\s*)?(?<![\d.])(?P<nums>{one}(?:\s*(?:{join})\s*{one})*)"
        rf"\s*[:=]?\s*(?P<jenis>{jenis})\b(?P<weights>(?:(?:\s*(?:{around}))*\s*[:=]?\s*{weight}(?:\s*(?:{around}))*)*)",
        re.IGNORECASE)
    listed = re.compile(rf"\bbobot(?:nya)?\s*[:=]?\s*(?P<weights>{weight}(?:\s*[,/;]?\s*{weight})+)", re.IGNORECASE)
    ranges = re.compile(rf"({one})\s*(?:{alternation(words['ranges'])})\s*({one})", re.IGNORECASE)
    allowed = frozenset(words["words"]) | frozenset(data["weight_words"])
    return clause, listed, ranges, allowed


def _places(nums: str, ranges: re.Pattern) -> list[int]:
    """«1-3» → [1, 2, 3], «1, 2 dan 4» → [1, 2, 4]."""
    places = []
    for piece in re.findall(r"\d{1,2}~\d{1,2}|\d{1,2}", ranges.sub(lambda m: f"{m[1]}~{m[2]}", nums)):
        low, _, high = piece.partition("~")
        places += list(range(int(low), int(high or low) + 1))
    return places


def _weights(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"(?<![\w.])\d{1,3}(?:\.\d+)?(?![\d.])", text)]  # never «masing2»


def by_number(state: UserState, text: str) -> str:
    """«1-3 core TUSI 20%, 4 MI 10 persen, no 5 beyond 10%», «jenis: 1 CL, 2 CL, 3 TUSI. bobot 15 15 20»: the jenis
    (and weights) each IKI named by its number is given, applied; what was read is said, and only what is still
    missing asked. "" when the message is not only that (it names fewer than two IKI, or holds other words)."""
    clause, listed, ranges, allowed = _by_number()
    # «…, tambah IP ASN MI 5»: the mandatory IKI named with its jenis and weight, added when the draft lacks it
    mandatory = [c for c in re.split(r"[,;]", text) if not clause.search(c) and len(c.split()) <= MANDATORY_WORDS
                 and is_mandatory(IkiDraft(indikator=c.strip() or "-"))]
    for k, part in enumerate(mandatory):
        listed_before, mandatory[k] = _list_before_mandatory(part)
        text = text.replace(part, listed_before or " ", 1)
    rest_jenis, text = _rest_clause(text)  # «no 1 CL, sisanya tusi» (d6-katim01): the other IKI without a jenis
    found = list(clause.finditer(text))
    if not found:
        return _listed_alone(state, text, listed, allowed, mandatory) if rest_jenis is None else ""
    given: dict[int, tuple[Jenis, float | None]] = {}
    order: list[int] = []
    spare: list[float] = []  # «5 CL bobot 15 15 20 20 20»: more weights than numbers, for every IKI named
    for match in found:
        places = _places(match["nums"], ranges)
        jenis = read_answer(match["jenis"]).jenis
        weights = _weights(match["weights"])
        if not places or jenis is None:
            return ""
        if len(weights) > 1 and len(weights) != len(places):
            if match is not found[-1] or spare:
                return ""
            spare, weights = weights, []
        for k, place in enumerate(places):
            given[place] = (jenis, weights[k] if len(weights) > 1 else weights[0] if weights else None)
            order.append(place)
    rest = clause.sub(" ", text)
    weight_list = listed.search(rest)
    if weight_list:
        if spare:
            return ""
        spare = _weights(weight_list["weights"])
        rest = rest[: weight_list.start()] + " " + rest[weight_list.end():]
    if len(given) + len(spare) + (rest_jenis is not None) < 2 \
            or any(w not in allowed for w in tokens(rest) if any(ch.isalnum() for ch in w)):
        return ""
    if rest_jenis is not None and not spare:
        for place, iki in enumerate(state.skp.iki, 1):
            if place not in given and iki.jenis is None and not is_mandatory(iki):
                given[place] = (rest_jenis, None)
    named = list(dict.fromkeys(order))
    if sum(1 <= place <= len(state.skp.iki) for place in named) < min(2, len(named)):
        return ""  # the numbers name no IKI of the draft (the lines of a list not saved yet, say)
    if spare:  # one weight each, for the IKI named in the order typed (or the whole draft in its order)
        count = len(state.skp.iki)
        targets = named if len(spare) == len(named) else list(range(1, count + 1)) if len(spare) == count else None
        if targets is None:
            return ""
        for place, weight in zip(targets, spare):
            jenis = given.get(place, (state.skp.iki[place - 1].jenis if place <= count else None, None))[0]
            given[place] = (jenis, weight)
    return _applied(state, given, mandatory)


def _named_then_rest(state: UserState, text: str) -> str:
    """«yang rancangan permenkes itu CL, sisanya tusi» (d6-analis01: read as a data awal), «CL yg regional 50. sisanya
    tusi 15 15 10, ip asn 10» (read as a target of 50%), «jenis: sisanya TUSI. bobot: uptime 25, tiket 20» (d5-simrs01:
    the mandatory IKI asked made TUSI 25%): each clause but the rest one names one IKI by its words (the mandatory IKI
    by its name, Core MI) with a jenis, a weight or both; the rest clause gives its jenis to the other IKI without one
    (the mandatory IKI keeps Core MI, its weight the guidance's share when none is given), with one weight for all or
    one each in the draft's order. A short clause of a name and a weight naming no IKI is said back, never applied.
    Applied, or "" when a clause is something else or the rest's weights do not fit."""
    clauses = [_unlabelled(c) for c in re.split(r"[,;]|\.\s", text) if c.strip()]
    clauses = [c for c in clauses if c]
    rests = [i for i, c in enumerate(clauses) if _rest_words(c) is not None]
    if len(rests) != 1:
        return ""
    body = _rest_words(clauses.pop(rests[0]))
    rest_jenis, at = read_answer(body).jenis, jenis_at(body)
    if rest_jenis is None or at is None or any(n.start < at for n in numbers_in(body)):
        return ""
    rest_weights = [n.value for n in numbers_in(body)]
    given: dict[int, tuple[Jenis | None, float | None]] = {}
    unknown: list[str] = []
    for clause in clauses:
        place = _named(state, clause)
        values = numbers_in(clause)
        if place is None and len(values) == 1 and jenis_at(clause) is None \
                and len(tokens(clause[: values[0].start])) <= _UNKNOWN_NAME_WORDS \
                and not clause[values[0].end:].strip(" %"):
            unknown.append(clause)  # «tiket 20» naming no IKI of the draft: said back, never a guess
            continue
        if place is None or place < 0 or place + 1 in given:
            return ""
        iki = state.skp.iki[place]
        mandatory = is_mandatory(iki)
        jenis = Jenis.core_mi if mandatory else read_answer(clause).jenis or iki.jenis or rest_jenis
        alone = values and not mandatory and jenis_at(clause) is None
        if len(values) > 1 or (alone and not _weight_alone(clause)) \
                or (alone and values[0].value >= caps(state.skp)[jenis]):  # «yg dekubitus 90»: no weight of one IKI
            return ""
        given[place + 1] = (jenis, values[0].value if values else None)
    group = [place for place, iki in enumerate(state.skp.iki, 1)
             if place not in given and iki.jenis is None and not is_mandatory(iki)]
    if len(rest_weights) > 1 and len(rest_weights) != len(group):
        return ""
    weights = rest_weights if len(rest_weights) > 1 else [rest_weights[0] if rest_weights else None] * len(group)
    if not given and not group:
        return ""
    for place, weight in zip(group, weights):
        given[place] = (rest_jenis, weight)
    share = _mandatory_left(state.skp, given)
    said = _applied(state, given)
    if unknown:
        said += "\n" + "; ".join(f"«{c}»" for c in unknown) + ": tidak ada IKI di draf yang bernama begitu, jadi " \
            "bobotnya belum saya pasang. Sebut IKI-nya dengan kata dari /skp atau nomornya, misalnya «1 TUSI 25»."
    return said if not share else said.replace("Jenis dan bobot dicatat: ", "Jenis dan bobot dicatat: " + share + " ", 1)


_UNKNOWN_NAME_WORDS = 3  # «tiket 20», «user baru 15»: at most this many words before the one weight


def _weight_alone(clause: str) -> bool:
    """«uptime 25», «tiket 20%»: a clause whose one number ends it, a weight beside the words naming the IKI."""
    values = numbers_in(clause)
    return len(values) == 1 and not clause[values[0].end:].strip(" %")


def _mandatory_left(skp, given: dict[int, tuple[Jenis | None, float | None]]) -> str:
    """The mandatory IKI no clause gave a weight: Core MI and the guidance's share (rules.md: IP ASN is Core MI)."""
    places = [p for p, iki in enumerate(skp.iki, 1) if is_mandatory(iki) and iki.bobot is None
              and given.get(p, (None, None))[1] is None]
    if len(places) != 1 or any(iki.jenis is Jenis.core_mi and not is_mandatory(iki) for iki in skp.iki):
        return ""
    iki = skp.iki[places[0] - 1]
    given.pop(places[0], None)
    iki.jenis, iki.bobot = Jenis.core_mi, caps(skp)[Jenis.core_mi]
    return f"IKI {places[0]}: {Jenis.core_mi.label} bobot {format_number(iki.bobot)}% (bagian Core MI menurut panduan)."


def _unlabelled(clause: str) -> str:
    """«jenis: sisanya TUSI» → «sisanya TUSI»: a field's label opening a clause (`draft_weights` `labels`) read past."""
    labels = knowledge.data("conversation")["draft_weights"]["labels"]
    return re.sub(r"^\s*(?:" + alternation(labels) + r")\s*:\s*", "", clause, flags=re.IGNORECASE).strip()


def _rest_words(clause: str) -> str | None:
    """What follows a rest word opening the clause («sisanya tusi 15 15 10» → «tusi 15 15 10», «yang lain TUSI» →
    «TUSI»); None when none opens it."""
    rest = knowledge.data("conversation")["draft_weights"]["rest"]
    found = re.match(r"\s*(?:" + alternation(rest) + r")\b\s*", clause, re.IGNORECASE)
    return clause[found.end():] if found else None


def _listed_alone(state: UserState, text: str, listed: re.Pattern, allowed: frozenset[str],
                  mandatory: list[str] = ()) -> str:
    """«bobot 25 25 20 10 20» naming no jenis: one weight for each IKI of the draft, in its order, each keeping its
    jenis (d8-elektromedis01: «maksudnya apa?»); "" unless the count is the draft's and nothing else is typed. With
    the mandatory IKI named apart, «bobotnya 25, 25, 20, 20 sm IP ASN 10», the list is the other IKI's, in order, and
    the named one takes its own (d19-dev01: the whole message was read as nothing)."""
    from bot.conversation.prima import suggest_jenis  # (prima reads the fields, which read this module's callers)

    found = listed.search(text)
    weights = _weights(found["weights"]) if found else []
    rest = text[: found.start()] + " " + text[found.end():] if found else text
    if len(weights) < 2 or any(w not in allowed for w in tokens(rest) if any(ch.isalnum() for ch in w)):
        return ""
    skp = state.skp
    places = [p for p, iki in enumerate(skp.iki, 1) if not (mandatory and is_mandatory(iki))]
    if mandatory and not any(is_mandatory(iki) for iki in skp.iki):
        return ""  # the mandatory IKI named apart and not in the draft: left to the readers that add it (a blind
        # holdout lost an IKI)
    if len(weights) != len(places):  # said, never one IKI's jenis or target (d9-simrs01)
        return (f"{len(weights)} bobot untuk {len(places)} IKI: belum saya pasang. Tulis satu bobot untuk tiap IKI, "
                f"berurutan seperti di /skp, atau per nomor, misalnya «1 TUSI {format_number(weights[0])}».")
    # an IKI without a jenis is given the one suggested for it (all read before any weight is set), as «bagi rata»
    chosen = [skp.iki[p - 1].jenis or suggest_jenis(state, skp.iki[p - 1]) for p in places]
    return _applied(state, {place: (jenis, weight) for place, jenis, weight in zip(places, chosen, weights)},
                    list(mandatory))


def _list_before_mandatory(part: str) -> tuple[str, str]:
    """«20 sm IP ASN 10» → («20», «IP ASN 10»): numbers and joins before the mandatory IKI's name end the list typed
    before it, never its own weight; ("", part) when nothing stands before the name but words."""
    words = part.split()
    joins = {w.lower() for w in knowledge.data("conversation")["draft_weights"]["by_number"]["joins"]}
    for k in range(len(words) - 1, 0, -1):
        if is_mandatory(IkiDraft(indikator=" ".join(words[k:]))):
            head = [w for w in words[:k] if w.lower() not in joins]
            if head and all(_BARE_WEIGHT.match(w) for w in head):
                return " ".join(head), " ".join(words[k:])
            break
    return "", part


def _rest_clause(text: str) -> tuple[Jenis | None, str]:
    """«…, sisanya tusi»: the jenis a last clause gives the rest (`draft_weights` `rest`), and the text without it."""
    *head, last = re.split(r"[,;]", text)
    body = _rest_words(_unlabelled(last))
    if not head or not body or numbers_in(last):
        return None, text
    jenis = read_answer(body).jenis
    return (jenis, ",".join(head)) if jenis is not None and jenis_at(body) is not None else (None, text)


def _applied(state: UserState, given: dict[int, tuple[Jenis | None, float | None]], named: list[str] = ()) -> str:
    """The jenis and weights given per place, applied and said grouped alike, then the clauses naming an IKI by its
    words (`named`: the mandatory IKI, added after the numbered ones when the draft lacks it); the places the draft
    lacks and the fields still empty said after them."""
    skp, groups, absent = state.skp, {}, []
    count = len(skp.iki)  # before the mandatory IKI is added
    for place in sorted(given):
        jenis, weight = given[place]
        if not 1 <= place <= len(skp.iki):
            absent.append(place)
            continue
        iki = skp.iki[place - 1]
        iki.jenis = jenis or iki.jenis
        if weight is not None:
            iki.bobot = weight
        groups.setdefault((iki.jenis, weight), []).append(place)
    said = []
    for (jenis, weight), places in groups.items():
        shown = ([jenis.label] if jenis else []) + ([f"bobot {format_number(weight)}%"] if weight is not None else [])
        said.append(f"IKI {', '.join(map(str, places))}: {' '.join(shown)}.")
    said += [s for s in (_one(state, clause, _named(state, clause)) for clause in named) if s]
    if absent:
        said.append(f"IKI {', '.join(map(str, absent))} belum ada di draf (draf berisi {count} IKI): "
                    "simpan dulu IKI-nya, lalu beri jenis dan bobotnya.")
    missing = []
    for field, label in (("jenis", "jenis"), ("bobot", "bobot")):
        empty = [str(n) for n, iki in enumerate(skp.iki, 1) if getattr(iki, field) is None]
        if empty:
            missing.append(f"{label} IKI {', '.join(empty)}")
    if missing:
        said.append(f"Yang masih kosong: {'; '.join(missing)}. Tulis misalnya «{missing_example(skp)}».")
    if not any(is_mandatory(iki) for iki in skp.iki):
        said.append("IKI wajib «Nilai Indeks Profesionalitas ASN» (Core MI) belum ada: tambahkan dengan «IP ASN 85».")
    return "\n".join(part for part in ("Jenis dan bobot dicatat: " + " ".join(said), _totals(state),
                                        remaining_text(skp)) if part)


def missing_example(skp) -> str:
    """«6 TUSI 10»: how to give an IKI still missing its jenis or bobot, the first such."""
    n, iki = next((n, iki) for n, iki in enumerate(skp.iki, 1) if iki.jenis is None or iki.bobot is None)
    kind = (iki.jenis or Jenis.core_tusi).label.removeprefix("Core ")  # «TUSI», as the jenis is typed
    return f"{n} {kind} 10"
