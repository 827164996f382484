"""What PRIMA's step M reads in a message beside the field it asks: an IKI typed with its fields, after a
question or a sentence of talk, replacing or dropping the one drafted; a suggestion on screen refused or picked by its
number."""

import re

from bot import knowledge
from bot.conversation.answers import fields_in, place_named, read_answer, without_lead_in
from bot.conversation.choices import bare_place
from bot.conversation.state import UserState
from bot.conversation.typed_work import new_iki_in, reads_as_iki
from bot.lang.refs import named_source
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.models import IkiDraft
from bot.rules.draft_reading import read


def replaces(lead: str) -> bool:
    """«yaudah ganti jd:», «diganti aja»: the words before an IKI say it replaces the one before."""
    return bool(lead.strip()) and bool(phrase_set("conversation", "edit_iki", "verbs").find(tokens(lead)))


def iki_after_question(text: str) -> str | None:
    """«Can I write it in English? My IKI: percentage of …»: the IKI typed after a question (after a label such as
    «My IKI:», or read as an IKI sentence), None when none follows."""
    asked, mark, rest = text.partition("?")
    rest = rest.strip()
    if not mark or not rest or new_iki_in(asked):
        return None
    labelled = without_lead_in(rest)
    return labelled if labelled != rest else new_iki_in(rest)


def iki_after_talk(text: str, current: IkiDraft | None) -> str | None:
    """«trs sy jg kalibrasi alat tiap bulan. Jumlah kalibrasi alat 12 kali» typed at a number question: a sentence
    of talk, then an IKI sentence with its number (another IKI than the one asked about), never this field's value."""
    *talk, last = re.split(r"(?<=[.!?])\s+", text.strip())
    if not talk or "?" in " ".join(talk) or not reads_as_iki(last) or not read_answer(last).numbers:
        return None
    return None if same_iki(last, current) else last


def same_iki(typed: str, current: IkiDraft | None) -> bool:
    """Whether an IKI typed with its fields is the one being drafted (its sentence read the same way)."""
    if current is None:
        return False
    sentence = fields_in(typed).indikator or typed
    return set(tokens(read(sentence).text)) == set(tokens(read(current.indikator).text))


def typed_draft(text: str) -> IkiDraft:
    """An IKI typed ahead, with the target, jenis and weight written after it kept («…, target 85, bobot 20»)."""
    typed = fields_in(text)
    return IkiDraft(indikator=typed.indikator or text, target=typed.target.text if typed.target else None,
                    jenis=typed.jenis, bobot=typed.bobot.value if typed.bobot else None)


def typed_ahead(text: str, typed: str) -> IkiDraft:
    """The IKI `typed` inside a message, with its fields, and the jenis said before it («tambah satu CL: Persentase …,
    target 60, bobot 20», «beyond: 1 inovasi …»)."""
    draft = typed_draft(typed)
    at = text.lower().find(typed.lower())  # («persentase …» typed is «Persentase …» read from its measure)
    if draft.jenis is None and at > 0:
        draft.jenis = read_answer(text[:at]).jenis
    return draft


def drops_current(text: str) -> bool:
    """«eh udah ada itu, batal», «ga jadi yg ini»: the IKI being drafted is dropped (no number: «ga jadi 90, 85 aja» is a
    correction)."""
    return not any(ch.isdigit() for ch in text) and bool(_dropping().find(tokens(text)))


@knowledge.cached
def _dropping() -> PhraseSet:
    """conversation.yaml taking_back `calling_off` and `not_after_all`, with drop_current's «udah ada»."""
    return PhraseSet(knowledge.taking_back("calling_off", "not_after_all") + knowledge.data("conversation")["drop_current"])


@knowledge.cached
def _refusal() -> tuple[re.Pattern, PhraseSet, int]:
    """A suggestion's number after a word naming it («no 1», «usulan 2»), the words refusing it, the longest message."""
    data = knowledge.data("conversation")
    place = re.compile(named_source(data["list_refs"] + data["suggestion_nouns"], one=r"\d"), re.IGNORECASE)
    refuse = data["refuse_suggestion"]
    return place, phrase_set("conversation", "refuse_suggestion", "words"), refuse["max_words"]


def refused_proposal(text: str, count: int) -> int | None:
    """«yg no 1 kurang pas, sy tulis sendiri aja», «usulan 2 ga cocok»: the proposal on screen refused (0-based),
    None when the message refuses none of them (conversation.yaml refuse_suggestion)."""
    place_pattern, refusing, max_words = _refusal()
    places = {int(m.group(1)) for m in place_pattern.finditer(text)}
    words = tokens(text)
    if len(places) != 1 or len(words) > max_words or reads_as_iki(text):
        return None
    place = places.pop()
    return place - 1 if refusing.find(words) and 1 <= place <= count else None


def refuses_all(text: str) -> bool:
    """«gak cocok, sy pesertanya bukan panitia pelatihan» under suggestions: all of them refused, none named by its
    number and no IKI of the user's own in the message (conversation.yaml refuse_suggestion)."""
    place_pattern, refusing, max_words = _refusal()
    words = tokens(text)
    return len(words) <= max_words and not place_pattern.search(text) and not any(ch.isdigit() for ch in text) \
        and refusing.find(words) is not None and not reads_as_iki(text)


def suggestion_place(state: UserState, text: str) -> int | None:
    """«2» alone under numbered suggestions that all measure a share: usulan 2 (1-based); a target of 1–3% is none a
    user means. Under a count among them a bare number stays a target («2» laporan); None then, or for other text."""
    if not state.candidates:
        return None
    named = place_named(text, len(state.candidates))  # «yg no 2 aja»: never a target, whatever the measure
    if named is not None or any(c.satuan != "%" for c in state.candidates):
        return named
    return bare_place(text, len(state.candidates))
