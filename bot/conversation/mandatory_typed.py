"""The mandatory IKI (Nilai Indeks Profesionalitas ASN) as users type it: named with its target, put off, asked
about when the draft lacks it and offered, then taken or refused; split from the IKI sentence it follows."""

import re

from bot import knowledge
from bot.conversation import mandatory_asked
from bot.conversation.answers import fields_in, read_answer, without_lead_in
from bot.conversation.intent import asks_whatever_it_requests, classify
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.knowledge import policy
from bot.lang.numbers import format_number
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.values import Number, numbers_in
from bot.models import IkiDraft
from bot.rules.analysis import is_activity_verb
from bot.rules.lexicon import lexicon
from bot.rules.skp_rules import is_mandatory, mandatory_iki

MANDATORY_IKI = policy().mandatory_iki.name


def mandatory_draft(text: str) -> tuple[IkiDraft, Number | None]:
    """«IP ASN 85», «IP ASN 85 bobot 10»: the mandatory IKI (Core MI) with the target typed, and the weight if any,
    set on it too («IP ASN 85 sama bobot 10» read by the draft alone never lost its weight)."""
    typed = fields_in(text)
    numbers = read_answer(typed.indikator).numbers
    target = typed.target or (numbers[0] if numbers else None)
    draft = mandatory_iki(format_number(target.value) if target else None)
    if typed.bobot is not None:
        draft.bobot = typed.bobot.value
    return draft, typed.bobot


def mandatory_in(text: str) -> IkiDraft | None:
    """The mandatory IKI named inside a longer message («… sama IP ASN 85»), with the number after its name."""
    lowered = text.lower()
    found = [lowered.find(p) for p in policy().mandatory_iki.phrases if p in lowered]
    return mandatory_draft(text[min(found):])[0] if found else None


def split_mandatory(text: str, by_clause: bool = False) -> tuple[str, str]:
    """"Persentase …, 85%, TUSI 25. IP ASN 85" → (the IKI sentence, "IP ASN 85"): a last sentence that names the
    mandatory IKI after another one; (text, "") otherwise. by_clause: a last comma clause too, when it and every
    clause before it hold a value («ronde 80, edukasi ortu 90, IP ASN 85»: values named one by one, the mandatory
    IKI's its own)."""
    *first, last = re.split(r"(?<=[.!?;])\s+", text.strip())
    if first and names_mandatory(last) and not any(names_mandatory(part) for part in first):
        if all(_LIST_NUMBER.match(part) for part in first):  # «4. Nilai IP ASN 85»: a list's number, no sentence
            return last, ""
        return " ".join(first).rstrip(" .;"), last
    joined = _mandatory_joined_after(text)
    if joined:  # «persentase spesimen … sampai spesies 85, sama IP ASN 80»: the mandatory IKI joined after this one
        return joined
    clauses = [c.strip() for c in VALUE_CLAUSES.split(text.strip())]
    if by_clause and len(clauses) > 1 and all(numbers_in(c) for c in clauses) and names_mandatory(clauses[-1]) \
            and not any(is_mandatory(IkiDraft(indikator=c)) for c in clauses[:-1]):
        return text.strip()[: text.strip().rindex(clauses[-1])].rstrip(" ,"), clauses[-1]
    return text, ""


def _mandatory_joined_after(text: str) -> tuple[str, str] | None:
    """«Persentase …, 85, sama IP ASN 80»: an IKI sentence with its target, then the mandatory IKI with its own,
    joined after it (conversation.yaml iki_joined, the mirror of mandatory_first) → (the IKI, "IP ASN 80"); None
    otherwise (the mandatory IKI's own fields, «IP ASN 85 sama bobot 10», or words naming it inside an IKI)."""
    from bot.conversation.typed_work import reads_as_iki

    for match in reversed(list(_joined().finditer(text))):
        head, last = text[:match.start()].strip(), text[match.end():].strip()
        if _opens_with_mandatory(last) and read_answer(last).numbers and names_mandatory(last) \
                and not is_mandatory(IkiDraft(indikator=head)) and read_answer(head).numbers \
                and reads_as_iki(without_lead_in(head)):
            return head.rstrip(" ,;"), last
    return None


def _opens_with_mandatory(clause: str) -> bool:
    """«sama IP ASN 80», «IP ASN 80»: the clause names the mandatory IKI first, a joiner word at most before it (never
    «TUSI\nIP ASN 80 MI», the jenis of the IKI before it)."""
    lowered = clause.lower()
    found = [lowered.find(p) for p in policy().mandatory_iki.phrases if p in lowered]
    joiners = set(knowledge.data("conversation")["iki_joined"]["joiners"])
    return bool(found) and all(w in joiners for w in tokens(clause[:min(found)]))


def mandatory_first(text: str) -> tuple[str, str]:
    """«tambah IP ASN 80 sm beyond: dashboard …», «IP ASN 85 dan Persentase …, 90»: the mandatory IKI named first and
    joined (conversation.yaml iki_joined) to another IKI → ("IP ASN 80", the other IKI as typed); (text, "")
    otherwise («IP ASN 85 sama bobot 10» is one IKI with its fields)."""
    from bot.conversation.typed_work import reads_as_iki

    for match in _joined().finditer(text):
        head, rest = text[:match.start()].strip(), text[match.end():].strip()
        label, colon, work = rest.partition(":")
        labelled = bool(colon) and read_answer(label).jenis is not None and len(tokens(work)) >= 2  # «beyond: …»
        if rest and names_mandatory(head) and not is_mandatory(IkiDraft(indikator=rest)) and (labelled or reads_as_iki(rest)):
            return head, _unquoted(rest)
    return text, ""


QUOTES = "'\"«»‘’“”"


def _unquoted(text: str) -> str:
    """«'Persentase …'»: an IKI typed inside quote marks is the words between them (never saved with a «'»)."""
    inner = text.strip()
    if len(inner) > 2 and inner[0] in QUOTES and inner[-1] in QUOTES:
        return inner[1:-1].strip()
    return text


@knowledge.cached
def _joined() -> re.Pattern:
    joiners = "|".join(map(re.escape, knowledge.data("conversation")["iki_joined"]["joiners"]))
    return re.compile(rf"\s*[,;]\s+|\s+(?:{joiners})\s+", re.IGNORECASE)


VALUE_CLAUSES = re.compile(r",(?!\d)")  # «82,5» is one number, not two clauses


_LIST_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.)]\s*$")

# «IP ASN 85», «tambah IP ASN MI 5»: a message or clause this short naming the mandatory IKI is that IKI, not a sentence
# or work about it. A bound of reading chat, no policy of the guidance (so no policy.yaml fact); draft_weights reads
# its clauses by it too.
MANDATORY_WORDS = 8


def names_mandatory(text: str) -> bool:
    """A short message naming the mandatory IKI ("IP ASN 85", "sama IP ASN ya"), not a sentence about it, and not
    one that puts it off ("IP ASN ga usah dulu deh")."""
    return bool(text.strip()) and is_mandatory(IkiDraft(indikator=text)) and len(text.split()) <= MANDATORY_WORDS \
        and not declines_mandatory(text) \
        and not _work_about_it(text) and not asks_whatever_it_requests(text) \
        and (bool(read_answer(text).numbers) or classify(text).route != "question")  # "IP ASN itu wajib ya?" asks


def _work_about_it(text: str) -> bool:
    """«pengelolaan data IP ASN unit», «mengelola data IP ASN»: work done on the IP ASN (an HR officer's task), named
    by a process or a work verb before it, not the user's own mandatory IKI."""
    words, lex = tokens(text), lexicon()
    return bool(lex.process_nouns.match_at(words, 0) or is_activity_verb(words, 0, lex))


def declines_mandatory(text: str) -> bool:
    """«IP ASN ga usah dulu deh», «skip IP ASN»: the mandatory IKI named and put off (never «jgn lupa»)."""
    words = tokens(text)
    return is_mandatory(IkiDraft(indikator=text)) and bool(phrase_set("conversation", "not_now").find(words)) \
        and not phrase_set("conversation", "not_now_reminds").find(words)


MANDATORY_PUT_OFF = ("«Nilai Indeks Profesionalitas ASN» wajib bagi pegawai non pimpinan (Core MI, bobot 10%), jadi "
                     "SKP belum lengkap tanpanya. Tidak saya tambahkan sekarang; tambahkan kapan saja dengan «IP ASN 85».")


MANDATORY_OFFER = ("«{name}» belum ada di draf Anda. Mau saya tambahkan sebagai Core MI? Tulis targetnya, misalnya "
                   "«tambahkan, target 85».")


MANDATORY_LISTED = ("«{name}» ada di daftar yang Anda tempel (baris {line}) tetapi belum tersimpan di draf: simpan "
                    "dengan «simpan no {line}».")


MANDATORY_TARGET_ASKED = ("«{name}» saya tambahkan sebagai Core MI begitu targetnya Anda tulis. Berapa targetnya, "
                          "misalnya 85? Pertanyaan yang terbuka sebelumnya saya ulangi sesudahnya.")


def mandatory_offer(state: UserState, question: str) -> list[Reply]:
    """A question about the mandatory IKI from a user whose draft lacks it: offered, so «ok tambahin, target 85»
    next adds it; a question that asks to add it too («iya tambahin ip asn, target brp biasanya?») is answered by
    asking its target alone, so a bare «80» next is that target (no other question beside it)."""
    if not (is_mandatory(IkiDraft(indikator=question)) or asks_below_count(question) or mandatory_asked.asks(question)):
        return []
    # «IP ASN target brp? kemarin sy 78», «target IP ASN biasanya brp kak?»: its target asked about, so a bare value
    # next («80», «yaudah 82») is that target (d19-dev06: the data awal asked; d19-dev01: the satuan asked)
    of_target = is_mandatory(IkiDraft(indikator=question)) \
        and phrase_set("conversation", "fields", "target").find(tokens(question)) is not None
    held = next((iki for iki in state.skp.iki if is_mandatory(iki)), None)
    if held is not None:
        if not of_target or held.target is not None:
            return []
        state.mandatory_target_asked = True
        return [Reply(MANDATORY_HELD_TARGET.format(name=held.indikator))]
    if of_target or phrase_set("conversation", "list_add").find(tokens(question)):  # «tambahin», «masukin» (not a
        state.mandatory_offered = state.mandatory_target_asked = True  # bare «iya»)
        return [Reply(MANDATORY_TARGET_ASKED.format(name=MANDATORY_IKI))]
    listed = next(((n, item) for n, item in enumerate(state.listed, 1)
                   if not item.dropped and is_mandatory(IkiDraft(indikator=item.text))), None)
    if listed is not None:  # «Nilai IP ASN» is line 8 of the list pasted, not saved yet: that line, never «belum ada»
        return [Reply(MANDATORY_LISTED.format(name=listed[1].text, line=listed[0]))]  # (tester59 F15)
    state.mandatory_offered = True
    return [Reply(MANDATORY_OFFER.format(name=MANDATORY_IKI))]


def lacking_offer(state: UserState) -> list[Reply]:
    """A nod with nothing left to answer, the draft holding IKI but not the mandatory one: that IKI offered (its
    target asked next, as mandatory_offer does); [] when the draft is empty or has it."""
    if not state.skp.iki or any(is_mandatory(i) for i in state.skp.iki):
        return []
    state.mandatory_offered = True
    return [Reply(MANDATORY_OFFER.format(name=MANDATORY_IKI))]


MANDATORY_HELD_TARGET = ("Target «{name}» di draf Anda masih kosong: tulis angkanya bila sudah disepakati, misalnya 85. "
                         "Pertanyaan yang terbuka sebelumnya saya ulangi sesudahnya.")


def asks_below_count(question: str) -> bool:
    """«IKI saya baru 4, kurang ga?», «kalau IKI cuma 3 boleh?»: a question about having fewer IKI than the guidance
    asks of a non-leader; the mandatory IKI is the first one to add, so it is offered (d5-keuangan01)."""
    words = tokens(question)
    counts = [n.value for n in read_answer(question).numbers if float(n.value).is_integer() and n.unit != "%"]
    return bool(set(words) & {"iki", "ikinya", "ikiku"}) and any(0 < n < policy().iki_count.min for n in counts)


MANDATORY_LEFT_OUT = ("Baik, «Nilai Indeks Profesionalitas ASN» tidak saya tambahkan. /skp dan /ekspor tetap menandai "
                      "IKI wajib ini belum ada; tambahkan kapan saja dengan «IP ASN 85».")


def offer_waits(state: UserState) -> list[Reply]:
    """The mandatory IKI's offer (or its target question) made before the question just answered on screen, said once
    after that answer and kept for the next message: it waits, never taken by a yes meant for the newer question
    (tester53 P2-3: «ya» under a pairing's «Terima?» added it instead). [] once the draft has it."""
    if not (state.mandatory_offered or state.mandatory_target_asked) or any(is_mandatory(i) for i in state.skp.iki):
        return []
    asked = MANDATORY_TARGET_ASKED if state.mandatory_target_asked else MANDATORY_OFFER
    return [Reply("Masih terbuka: " + asked.format(name=MANDATORY_IKI).removesuffix(
        " Pertanyaan yang terbuka sebelumnya saya ulangi sesudahnya."))]


def mandatory_refused(text: str) -> bool:
    """«iya sy tau, tetep ga usah dimasukin» right after the mandatory IKI was offered or put off: the offer
    refused (no number, a not-now word), not a description of work to draft from."""
    return bool(phrase_set("conversation", "not_now").find(tokens(text))) and not read_answer(text).numbers


def mandatory_added(text: str) -> IkiDraft | None:
    """«ok tambahin, target 85», «iya masukin 85»: the offered mandatory IKI taken, with its target."""
    if not _add_words().find(tokens(text)) or not read_answer(text).numbers:
        return None
    if asks_whatever_it_requests(text) or (text.rstrip().endswith("?")
                                           and not phrase_set("conversation", "list_add").find(tokens(text))):
        return None  # «kalau IKI cuma 4 boleh ga?» asks (answered), «oke masukin, 85 ya?» still adds
    if _adds_another_iki(text):
        return None
    draft, _ = mandatory_draft(text)
    return draft if draft.target else None


def _adds_another_iki(text: str) -> bool:
    """«ok add Beyond ya: Jumlah dashboard …, target 1»: the add word and the number belong to an IKI sentence of the
    user's own, never the offered mandatory IKI taken with that IKI's target (d21-dev01 saved «IP ASN» with target 1
    and lost the dashboard)."""
    from bot.conversation.typed_work import new_iki_in

    return not is_mandatory(IkiDraft(indikator=text)) and new_iki_in(text) is not None


def mandatory_taken(text: str) -> bool:
    """«ya tambahin», «boleh, masukin aja» right after the mandatory IKI was offered: taken with no target yet (no
    number, no question), so its target is asked next."""
    words = tokens(text)
    return (bool(_add_words().find(words)) and not read_answer(text).numbers and "?" not in text
            and len(words) <= knowledge.data("conversation")["mandatory_taken_words"]
            and not phrase_set("conversation", "not_now").find(words))


@knowledge.cached
def _add_words() -> PhraseSet:
    data = knowledge.data("conversation")
    return PhraseSet(data["list_add"] + data["mandatory_accept"])
