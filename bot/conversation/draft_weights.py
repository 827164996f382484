"""Jenis and weights typed for several IKI of the draft in one message: «tusi semua ya, bagi rata aja», «tusi semua 15
kecuali yg jpl MI 10», «tusi 20 20 15 20 15, ip asn 10». Each clause is applied to the IKI it names; what was set is
said, with the weight left per jenis. Words: knowledge/conversation.yaml draft_weights."""

import re

from bot import knowledge
from bot.conversation.answers import read_answer
from bot.conversation.iki_fields import short
from bot.conversation.state import UserState
from bot.lang.numbers import format_number
from bot.lang.text import PhraseSet, tokens
from bot.lang.values import numbers_in
from bot.lang.words import stem
from bot.models import IkiDraft
from bot.rules.skp_rules import is_mandatory, mandatory_iki
from bot.rules.weights import caps, remaining_text, used


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("conversation")["draft_weights"]
    return {"all": PhraseSet(data["all"]), "even": PhraseSet(data["even"]),
            "except": re.compile(r"\b(?:" + "|".join(map(re.escape, data["except"])) + r")\b", re.IGNORECASE)}


def _clauses(text: str) -> tuple[str, list[str], list[str]]:
    """(the first clause, the clauses after it, those after an «except» word)."""
    found = _words()["except"].search(text)
    head, excepted = (text[: found.start()], text[found.end():]) if found else (text, "")
    parts = [p.strip() for p in re.split(r"[,;+]|\s-\s", head) if p.strip()]
    others = [p.strip() for p in re.split(r"[,;+]", excepted) if p.strip()]
    return (parts[0] if parts else ""), parts[1:], others


def typed_for_many(state: UserState, text: str) -> str:
    """The jenis and weights a message gives several IKI, applied; "" when it gives none (one IKI's answer, an IKI)."""
    if "\n" in text or "?" in text or not state.skp.iki:  # a question about the jenis is answered, never applied
        return ""
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
    opening = _jenis_at(first)
    if opening is None or any(n.start < opening for n in numbers):
        return ""
    if not (everyone or len(numbers) >= 2) or set(answer.named) - {"bobot"}:  # «tusi semua, target 90»: no weight
        return ""
    if numbers and not _weights_only(first[opening: numbers[-1].end], numbers, opening):
        return ""  # «tusi semua IKI 1 dan 2», «cl semua 2 IKI ini»: numbers naming IKI, no weights
    skp, said = state.skp, []
    named_apart = [_named(state, clause) for clause in excepted]
    group = [i for i, iki in enumerate(skp.iki) if not is_mandatory(iki) and i not in named_apart
             and (iki.jenis is None or iki.jenis is answer.jenis)]  # an IKI tagged Beyond or MI stays so
    if len(numbers) >= 2:  # one weight each, in the draft's order
        if len(numbers) != len(group):
            return ""
        weights = [n.value for n in numbers]
    elif numbers:
        weights = [numbers[0].value] * len(group)
    elif even and group:
        weights = [round(caps(skp)[answer.jenis] / len(group), 2)] * len(group)
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
        said.append(_one(state, clause, at))
    for clause in rest:
        said.append(_one(state, clause, _named(state, clause)))
    said = [s for s in said if s]
    if not any(is_mandatory(iki) for iki in skp.iki):
        said.append("IKI wajib «Nilai Indeks Profesionalitas ASN» (Core MI) belum ada: tambahkan dengan «IP ASN 85».")
    return "Jenis dan bobot dicatat: " + " ".join(said) + "\n" + _totals(state) + "\n" + remaining_text(skp)


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


def _jenis_at(clause: str) -> int | None:
    """Where the clause's first jenis word starts."""
    words = knowledge.data("conversation")["draft_weights"]["jenis_words"]
    found = re.search(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", clause, re.IGNORECASE)
    return found.start() if found else None


def _named(state: UserState, clause: str) -> int | None:
    """The one IKI a clause names: the mandatory IKI by its name, else by its words (their roots)."""
    if is_mandatory(IkiDraft(indikator=clause)):
        return next((i for i, iki in enumerate(state.skp.iki) if is_mandatory(iki)), -1)
    said = {stem(w) for w in tokens(clause) if len(w) > 2 and w.isalpha()} - _jenis_stems()
    named = [i for i, iki in enumerate(state.skp.iki) if said & {stem(w) for w in tokens(iki.indikator)}]
    return named[0] if len(named) == 1 else None


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
    kind = f" {iki.jenis.label}" if iki.jenis else ""
    aim = f" target {iki.target}" if iki.target and answer.named.get("target") else ""
    shown = f" bobot {format_number(iki.bobot)}%" if iki.bobot is not None else ""
    return f"IKI {at + 1} «{short(iki.indikator, 40)}»:{kind}{aim}{shown}."


def _each_named(state: UserState, text: str) -> str:
    """«yaudh ip asn target 80 bobot 5, jpl jd 5»: clauses each naming one IKI with a value, the field said in the
    clause (or, unsaid, the one the clause before it named: «jpl jd 5» is a weight after «bobot 5»)."""
    clauses = [c.strip() for c in re.split(r"[,;]", text) if c.strip()]
    if len(clauses) < 2:
        return ""
    places = [_named(state, clause) for clause in clauses]
    answers = [read_answer(clause) for clause in clauses]
    if any(at is None for at in places) or not all(a.numbers for a in answers) \
            or not any("bobot" in a.named for a in answers):
        return ""
    said, field = [], ""
    for clause, at, answer in zip(clauses, places, answers):
        field = "bobot" if "bobot" in answer.named else field
        said.append(_one(state, clause, at) if field == "bobot" else "")
    said = [s for s in said if s]
    return "Dicatat: " + " ".join(said) + "\n" + _totals(state) + "\n" + remaining_text(state.skp) if said else ""


def _totals(state: UserState) -> str:
    """«Bobot kini: Core TUSI 90%, Core MI 10% (Core 100%).»"""
    given = used(state.skp)
    parts = [f"{jenis.label} {format_number(total)}%" for jenis, total in given.items() if total]
    core = sum(total for jenis, total in given.items() if jenis.is_core)
    return f"Bobot kini: {', '.join(parts)} (Core {format_number(core)}%)." if parts else ""
