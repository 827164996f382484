"""«beyond: 1 aplikasi lapor asap rokok, TW IV»: an IKI named by its jenis before a colon, read as that jenis with
its count as the target and the quarter it is due; the words come from knowledge/conversation.yaml."""

import re

from bot import knowledge
from bot.conversation.answers import fields_in, read_answer
from bot.conversation.intent import has_work_object
from bot.lang.dates import quarter_number, quarter_pattern
from bot.lang.text import tokens
from bot.lang.values import numbers_in
from bot.models import IkiDraft, Jenis
from bot.rewrite.work import tasks
from bot.rules import check_iki
from bot.rules.draft_reading import read
from bot.rules.lexicon import lexicon

_TARGET = re.compile(r"\btarget(?:nya)?\s*:?\s*(\d[^,;]*)", re.IGNORECASE)
_LEAD = re.compile(r"^[\s,.;:]*(?:jadi|sebelum|selesai|jalan|di)?\s*", re.IGNORECASE)


@knowledge.cached
def _lead_in() -> re.Pattern:
    """A jenis word, perhaps with «-nya» or «nya» and a chat particle or two, then a colon: «beyond:», «beyond nya:»,
    «TUSI:», «Beyond ya:»."""
    words = sorted((w for ws in knowledge.data("conversation")["jenis"].values() for w in ws), key=len, reverse=True)
    particles = "|".join(map(re.escape, knowledge.data("conversation")["jenis_colon_particles"]))
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\s*-?\s*(?:nya)?"
                      rf"(?:\s+(?:{particles})){{0,2}}\s*:", re.IGNORECASE)


def _jenis(word: str) -> Jenis:
    lowered = word.lower()
    return next(Jenis(name) for name, ws in knowledge.data("conversation")["jenis"].items() if lowered in ws)


def named_iki(text: str) -> tuple[str, IkiDraft] | None:
    """The IKI after a jenis and a colon, with what was typed before it («IP ASN 85, trus»), or None. The count
    («1 aplikasi», «target 2 provinsi») becomes the target and the IKI counts that thing («Jumlah aplikasi …») unless
    it opens with a measure word itself; «TW II» is the quarter it is due."""
    found = _lead_in().search(text)
    if not found:
        return _due_deliverable(text)
    if not text[found.end():].strip():
        return None
    return _read(text[:found.start()], text[found.end():], _jenis(found.group(1)))


def _due_deliverable(text: str) -> tuple[str, IkiDraft] | None:
    """«integrasi data ILI-SARI ke dashboard SKDR, 1 dashboard selesai TW IV»: work, a count of a thing and the
    quarter it is due, with no jenis named, is a one-off IKI too (its jenis asked later), never the answer to the
    field the chat asks. A sentence opening with a measure word is read as an IKI elsewhere."""
    words = tokens(read(text).text)
    quarter = quarter_pattern().search(text)
    if not quarter or not words or lexicon().measures.match_at(words, 0):
        return None
    due = tokens(text[:quarter.start()])[-3:]
    if not set(due) & _due_words():
        return None
    if not any(n.unit for n in numbers_in(text[:quarter.start()])):
        return _one_made(text[:quarter.start()], quarter_number(quarter.group(1)))
    return _read("", text, None)


def _one_made(before: str, quarter: int) -> tuple[str, IkiDraft] | None:
    """«sy lg bikin dashboard TAT, jadinya TW III»: one thing being made (conversation.yaml making_verbs), due in the
    quarter named: «Jumlah dashboard TAT», target «1 dashboard»; None unless the work is one task of making a thing
    whose count the rules pass («nyusun laporan» is a count of reports)."""
    found = tasks(before)
    words = found[0].split() if len(found) == 1 else []
    if len(words) < 2 or words[0].lower() not in knowledge.data("conversation")["making_verbs"]:
        return None
    draft = IkiDraft(indikator=f"Jumlah {' '.join(words[1:])}", target=f"1 {words[1].lower()}", triwulan_selesai=quarter)
    if not has_work_object(draft.indikator) or check_iki(draft).has_error:
        return None
    return "", draft


@knowledge.cached
def _due_words() -> frozenset[str]:
    return frozenset(knowledge.data("conversation")["due_words"])


def _read(before: str, rest: str, jenis: Jenis | None) -> tuple[str, IkiDraft] | None:
    quarter = None
    q = quarter_pattern().search(rest)
    if q:
        quarter = quarter_number(q.group(1))
        rest = rest[:q.start()] + rest[q.end():]
    target, weight = None, None
    named = _TARGET.search(rest)
    if named:
        target = named.group(1).strip()
        rest = rest[:named.start()] + rest[named.end():]
        # «target 1 bobot 20»: the fields after the target read as a line's are, never its unit («1 bobot 20»)
        typed = fields_in(f"IKI target {target}")
        if typed.indikator == "IKI" and typed.target is not None:
            target, weight = typed.target.text, typed.bobot.value if typed.bobot is not None else None
    clauses = [c.strip() for c in re.split(r"[,;]", rest) if c.strip(" .")]
    if not clauses:
        return None
    counted = next(((i, n) for i, c in enumerate(clauses) for n in numbers_in(c)[:1] if n.unit), None)
    if target is None and counted:
        target = counted[1].text
    indikator = _indikator(clauses, counted)
    if jenis is None and counted and not has_work_object(indikator):  # «Jumlah dashboard SKDR»: the work kept too
        work = next((c for i, c in enumerate(clauses) if i != counted[0]), "").strip(" .")
        indikator = f"Jumlah {counted[1].unit} {work}".strip()
    if not has_work_object(indikator):  # «bobot beyond: 20» names a weight, not an IKI
        return None
    draft = IkiDraft(indikator=indikator, target=target, jenis=jenis, bobot=weight, triwulan_selesai=quarter)
    return before.strip(" ,.;:"), draft


def _indikator(clauses: list[str], counted) -> str:
    """The IKI's words: a clause that opens with a measure word as typed; else the thing counted and what follows
    it («1 aplikasi lapor asap rokok» → «Jumlah aplikasi lapor asap rokok»), or the work clause it names."""
    measures = lexicon().measures
    for clause in clauses:
        words = tokens(read(clause).text)
        if words and measures.match_at(words, 0):  # «… yg diterapkan 1 inovasi»: its target off, as a list line's
            typed = fields_in(clause)  # (tester19 #14: «1 inovasi» stayed in the IKI's text)
            return _LEAD.sub("", typed.indikator if typed.target is not None else clause).strip(" .")
    if not counted:
        return clauses[0].strip(" .")
    at, number = counted
    clause = clauses[at]
    after = _LEAD.sub("", clause[number.end:]).strip(" .")
    unit = number.unit
    if clause[:number.start].strip():  # «simulasi tabletop bersama 2 provinsi …»: the work itself, as typed
        return clause.strip(" .")
    if after:
        return f"Jumlah {unit} {after}"
    work = next((c for i, c in enumerate(clauses) if i != at and not numbers_in(c)), clauses[0]).strip(" .")
    low = work.lower()
    start = low.find(unit.lower())
    return f"Jumlah {work[start:]}" if start >= 0 else f"Jumlah {unit} {work}"


def with_weight(before: str, draft: IkiDraft, message: str) -> IkiDraft:
    """The IKI named by its jenis with the percentage typed after its target as its weight («…, 1 program, 20%»)."""
    at = message.find(draft.target) if draft.target else -1
    numbers = read_answer(message[at:]).numbers if at >= 0 else []
    if draft.bobot is None and len(numbers) >= 2 and numbers[-1].unit == "%":
        draft.bobot = numbers[-1].value
    return draft
