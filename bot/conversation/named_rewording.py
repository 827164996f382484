"""An IKI of the draft named by its words and given new words in one sentence, «pasien jatuh ganti jadi: Persentase
pasien risiko jatuh tinggi yang dipasang penanda, target 95»: its text changed as /ubah N teks changes it, and the
target typed after it set. The replace words are conversation.yaml line_acts `replace` (the same words give a list
line new words); the IKI is the one draft IKI whose word roots hold every word naming it."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.conversation import field_edit
from bot.conversation.answers import fields_in
from bot.conversation.named_targets import roots
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.text import alternation, phrase_set, tokens
from bot.lang.words import stem
from bot.models import IkiDraft
from bot.rules import check_iki

MIN_NEW_WORDS = 3  # new words are an IKI sentence, never «ganti jadi apa»
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")


@dataclass(frozen=True)
class Reworded:
    """IKI `index` (0-based) given `text`, with the `target` typed after it (or none)."""

    index: int
    text: str
    target: str | None


@knowledge.cached
def _replace() -> re.Pattern:
    words = sorted(knowledge.data("conversation")["line_acts"]["replace"], key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)\s*:?\s*", re.IGNORECASE)


def read(state: UserState, text: str) -> tuple[Reworded, str] | None:
    """The IKI a sentence names by its words and the new words it gives it, with what else the message says (the
    other sentences); None when no sentence does, when its words name no one IKI, or the new words are no IKI the
    rules pass."""
    sentences = [s for s in _SENTENCES.split(text) if s.strip()]
    for n, sentence in enumerate(sentences):
        found = _replace().search(sentence)
        if found is None:
            continue
        at = _named(state, sentence[: found.start()])
        typed = fields_in(sentence[found.end():].strip())
        if at is None or len([w for w in tokens(typed.indikator) if w.isalpha()]) < MIN_NEW_WORDS \
                or "?" in sentence or check_iki(IkiDraft(indikator=typed.indikator)).has_error:
            continue
        target = typed.target.text if typed.target else None
        rest = " ".join(s.strip() for i, s in enumerate(sentences) if i != n)
        return Reworded(at, typed.indikator, target), rest
    return None


MAX_SWAP_WORDS = 3  # «12x jd 10x sesi»: a few words of the IKI put right, never a new IKI sentence
_SWAP = re.compile(r"(?P<old>[^\s,;:.!?]+(?:\s+[^\s,;:.!?]+){0,2})\s+(?:jd|jadi|menjadi|->|→)\s+"
                   r"(?P<new>[^,;:.!?\n]+?)\s*(?:[,;.!?\n]|$)", re.IGNORECASE)
_FIELD_WORDS = re.compile(r"\b(?:target\w*|bobot\w*|jenis\w*|data\s+awal|baseline|satuan\w*)\s*$", re.IGNORECASE)


def words_swapped(state: UserState, text: str) -> Reworded | None:
    """«eh yg mastektomi salah ketik, 12x jd 10x sesi» (d20-dev01… dev03: «12» became the asked IKI's target): a
    few words of one draft IKI put right, the IKI named by another of its words and the old words standing in its text
    as typed; that IKI with the words replaced. None when no one IKI holds the old words and a named word, or the
    old words follow a field's name («target 90 jd 95» is a value changed)."""
    for found in _SWAP.finditer(text):
        new = found["new"].strip()
        closing = set(knowledge.data("conversation")["activity_lead"])  # «… jadi 48 jam ya»: chat closing it
        while new and new.split()[-1].lower() in closing:
            new = new.rsplit(None, 1)[0] if " " in new else ""
        if not 0 < len(tokens(new)) <= MAX_SWAP_WORDS or _FIELD_WORDS.search(text[: found.start("old")] + " "):
            continue
        if re.fullmatch(r"[\d.,]+\s*%?", new) and not re.search(r"\d", found["old"]):
            continue  # «waktu tunggu jadi 25»: a bare value after words is a field's value (a weight), no wording
        old_words = found["old"].split()
        for take in range(len(old_words), 0, -1):  # the longest tail of the words before «jd» the IKI holds
            old = " ".join(old_words[-take:])
            if _FIELD_WORDS.search(text[: found.start("old")] + " ".join(old_words[:-take])):
                break
            holding = [i for i, iki in enumerate(state.skp.iki)
                       if re.search(rf"(?<!\w){re.escape(old)}(?!\w)", iki.indikator, re.IGNORECASE)]
            lead = set(knowledge.data("conversation")["named_targets"]["lead"])
            before = text[: found.start("old")] + " " + " ".join(old_words[:-take])
            others = {stem(w) for w in tokens(before) if len(w) > 3 and w.isalpha() and w not in lead}
            named = [i for i in holding if others & roots(state.skp.iki[i].indikator)]
            if len(named) == 1:
                iki = state.skp.iki[named[0]]
                changed = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new.replace("\\", ""), iki.indikator, count=1,
                                 flags=re.IGNORECASE)
                return Reworded(named[0], changed, None) if changed != iki.indikator else None
    return None


def asked_reworded(state: UserState, text: str) -> Reworded | None:
    """«ya udh ganti Persentase pasien risiko malnutrisi …» right after a question about an IKI of the draft
    (`UserState.draft_asked`, d13-gzi02: drafted as a new IKI beside it): that IKI in the new words, when they are an
    IKI the rules pass; a lead word (line_rewording_leads) may open it. The question is spent either way."""
    at, state.draft_asked = state.draft_asked, None
    if at is None or at >= len(state.skp.iki) or "\n" in text.strip() or "?" in text:
        return None
    lead = phrase_set("conversation", "line_rewording_leads").match_at(tokens(text), 0)
    rest = _after(text, len(lead)) if lead else text.strip()
    found = _replace().match(rest)
    if found is None:
        return None
    typed = fields_in(rest[found.end():].strip())
    if len([w for w in tokens(typed.indikator) if w.isalpha()]) < MIN_NEW_WORDS \
            or check_iki(IkiDraft(indikator=typed.indikator)).has_error:
        return None
    return Reworded(at, typed.indikator, typed.target.text if typed.target else None)


def _after(text: str, count: int) -> str:
    """The text after its first `count` words, as typed."""
    for _ in range(count):
        text = re.sub(r"^\W*[^\W_]+", "", text, count=1)
    return text.lstrip(" ,.:;!-")


@knowledge.cached
def _drop() -> re.Pattern:
    words = sorted(knowledge.data("conversation")["line_acts"]["drop"], key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)


MAX_CHAT_WORDS = 2  # «yang diklat itu hapus»: words no IKI of the draft holds around the ones naming it


def dropped(state: UserState, text: str) -> tuple[int, str] | None:
    """«yang diklat itu hapus aja deh, ganti IP ASN» (d8-sanitarian01: drafted as work «Diklat itu hapus»): the one
    IKI of the draft the words before a drop word (conversation.yaml line_acts `drop`) name in its first clause,
    replaced by what the clause after it gives with a replace word (line_acts `replace`), that without the word
    («IP ASN»), or by nothing when only filler follows the drop word («yg penyuluhan itu mending dihapus aja deh»,
    d10-bdn04); None otherwise. Words no IKI of the draft holds («yang», «itu») name none. A drop followed by talk
    («yg advokasi buang aja, udh ada …», d2-kt02) is left to the other readings."""
    if "\n" in text.strip() or "?" in text:
        return None
    head, _, rest = text.partition(",")
    found = _drop().search(head)
    instead = _replace().match(rest.strip())  # (what takes its place is said: «…, ganti IP ASN»)
    alone = not rest.strip() and found is not None \
        and set(tokens(head[found.end():])) <= set(knowledge.data("intent")["filler"])
    if found is None or not found.start() or (instead is None and not alone):
        return None
    lead = set(knowledge.data("conversation")["named_targets"]["lead"])
    said = {stem(w) for w in tokens(head[: found.start()]) if len(w) > 2 and w.isalpha() and w not in lead}
    held = set().union(*(roots(iki.indikator) for iki in state.skp.iki))
    if not said & held or len(said - held) > MAX_CHAT_WORDS:
        return None
    hits = [i for i, iki in enumerate(state.skp.iki) if said & held <= roots(iki.indikator)]
    if len(hits) != 1:
        return None
    return hits[0], _replace().sub("", rest.strip(), count=1).strip() if instead else ""


def _named(state: UserState, words: str) -> int | None:
    """The one IKI of the draft whose word roots hold every word (of three letters or more) the words say."""
    lead = set(knowledge.data("conversation")["named_targets"]["lead"])
    said = {stem(w) for w in tokens(words) if len(w) > 2 and w.isalpha() and w not in lead}
    if not said:
        return None
    hits = [i for i, iki in enumerate(state.skp.iki) if said <= roots(iki.indikator)]
    return hits[0] if len(hits) == 1 else None


def applied(state: UserState, reworded: Reworded) -> list[Reply]:
    """The IKI's new words set, then its target, each said as /ubah says it."""
    replies = field_edit.apply(state, reworded.index, "indikator", reworded.text, ask_target=reworded.target is None)
    if reworded.target and state.edit is None:  # (words /ubah refused are asked again, the target waits)
        replies += field_edit.apply(state, reworded.index, "target", reworded.target)
    return replies
