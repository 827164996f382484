"""Several suggestions picked in one message with their targets listed in order: «pakai usulan 1 sampai 3, targetnya
90%, 85%, 80%», «ambil 1, 2 dan 4 target 90, 10 dokumen, 80», «pakai semua: 90%, 85%, 80%» (the words as data:
conversation.yaml pick_range, pick_all, selecting, suggestion_nouns); or each named by its words with its fields,
«yg TTU 85, TUSI, 25. vektor 90 tusi 25» (`named_clauses`)."""

import re
from collections.abc import Callable

from bot import knowledge
from bot.conversation.answers import clause_fields, fields_only
from bot.conversation.intent import asks_by_word
from bot.conversation.prima_moves import values_listed
from bot.lang.refs import range_source
from bot.lang.text import PhraseSet, save_approvals, tokens
from bot.lang.values import Number

_CLAUSES = re.compile(r"[;\n]|[.,](?!\d)")  # «3,5», «3.5» stay one number


def named_clauses(text: str) -> list[str]:
    """The clauses of a message setting fields on several IKI each named by its words («yg TTU 85, TUSI, 25. vektor
    90 tusi 25» → «yg TTU 85 TUSI 25», «vektor 90 tusi 25»): a part holding only fields belongs to the one before."""
    clauses: list[str] = []
    for part in filter(None, (p.strip() for p in _CLAUSES.split(text))):
        if clauses and fields_only(part):
            clauses[-1] += f" {part}"
        else:
            clauses.append(part)
    return clauses


def fields_for_several(text: str) -> bool:
    """«juknis 100 tusi 20, monev 80 tusi 20, ip asn 85»: two or more clauses, each naming an IKI by its words with
    the fields typed for it."""
    clauses = named_clauses(text)
    return len(clauses) >= 2 and all((typed := clause_fields(c)) is not None and tokens(typed.indikator)
                                     for c in clauses)


def weights_told(text: str) -> bool:
    """Whether a clause of the message types a jenis or a weight («juknis 100 tusi 20»), not targets alone."""
    return any((typed := clause_fields(c)) is not None and (typed.jenis or typed.bobot) for c in named_clauses(text))


_TARGET_WORD = re.compile(r"\btarget\w*\b|:", re.IGNORECASE)  # where the pick ends and the values begin


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("conversation")
    return {"range": re.compile(rf"\b{range_source([*data['pick_range'], '–'])}\b", re.IGNORECASE),
            "all": frozenset(data["pick_all"]), "pointing": frozenset(data["selecting"] + data["suggestion_nouns"]),
            "every": PhraseSet(data["pick_all"] + data["list_all"]),
            "taking": frozenset(data["list_add"] + data["pick_verbs"] + data["suggestion_nouns"]),
            "between": frozenset(data["pick_all_between"]),
            "approving": frozenset(save_approvals() + data["pick_all_between"] + data["list_all_only"]
                                   + data["pick_words"])}


def all_as_pick(text: str) -> bool:
    """«simpan semua», «masukin aja semuanya», «semua aja»: a word for all (pick_all, list_all) said as a pick, beside
    a word taking it with only pick_all_between words between, or first before only those; never «semua» inside a
    question or an IKI («IKI boleh pakai kata "semua" ga?», «Persentase semua temuan audit …»: tester48 P3-1)."""
    words, found = tokens(text), _words()
    if "?" in text and asks_by_word(text):  # («simpan semua apa adanya» asks nothing: «apa» of «apa adanya»)
        return False
    alls = {j for i in range(len(words)) for j in range(i, i + len(found["every"].match_at(words, i) or ()))}
    if alls and any(w in found["taking"] for w in words) and all(
            i in alls or w in found["taking"] or w in found["approving"] for i, w in enumerate(words)):
        return True  # «ok semua bagus, simpan»: nothing but the pick and approval
    i = 0
    while i < len(words):
        every = found["every"].match_at(words, i)
        if not every:
            i += 1
            continue
        end = i + len(every)
        left = next((w for w in reversed(words[:i]) if w not in found["between"]), None)
        right = next((w for w in words[end:] if w not in found["between"]), None)
        if left in found["taking"] or right in found["taking"] or (i == 0 and right is None):
            return True
        i = end
    return False


def approves_all(text: str) -> bool:
    """«yaudah semua», «ok semuanya deh»: a nod or a save's approval (intent.yaml ack `also_save`, `save_only`) before
    a word for all, nothing else but pick_all_between words: every suggestion shown taken, as «simpan semua»."""
    words, found = tokens(text), _words()
    every = next((i for i in range(len(words)) if found["every"].match_at(words, i)), None)
    if every is None or every == 0 or "?" in text:
        return False
    rest = words[every + len(found["every"].match_at(words, every)):]
    approvals = frozenset(save_approvals())
    return all(w in approvals or w in found["between"] for w in words[:every]) \
        and any(w in approvals for w in words[:every]) and all(w in found["between"] for w in rest)


def picked_numbers(head: str, count: int) -> list[int] | None:
    """The 0-based suggestions a pick names among `count` shown: a range («1 sampai 3», «1-3»), all of them
    («semua»), or two or more numbers («1, 2 dan 4»); None when it names fewer than two or one not shown."""
    words = _words()
    if not words["pointing"] & set(tokens(head)):
        return None
    ranged = words["range"].search(head)
    if ranged:
        first, last = int(ranged.group(1)), int(ranged.group(2))
        picked = list(range(first - 1, last))
    elif words["all"] & set(tokens(head)) and all_as_pick(head):
        picked = list(range(count))
    else:
        picked = [int(n) - 1 for n in re.findall(r"\b\d{1,2}\b", head)]
    if len(picked) < 2 or len(set(picked)) != len(picked) or not all(0 <= i < count for i in picked):
        return None
    return picked


def several_picked(text: str, count: int, named: Callable[[str], bool]) -> \
        tuple[list[int], list[Number], list[str]] | None:
    """The suggestions picked (0-based), the values listed after them, one for each in the order typed, and the parts
    that `named` says name an IKI of their own («IP ASN 80»); None when the message picks fewer than two, or lists
    a different number of values than it picks."""
    split = _TARGET_WORD.search(text)
    if split is None:
        return None
    picked = picked_numbers(text[:split.start()], count)
    if picked is None:
        return None
    listed = values_listed(text[split.end():])
    values = [number for part, number in listed if not named(part)]
    others = [part for part, _ in listed if named(part)]
    return (picked, values, others) if len(values) == len(picked) else None
