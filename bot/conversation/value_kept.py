"""A value kept rather than changed, with why, typed while the next field is asked: «iya tetap, kalau ga rekon bisa
jadi temuan BPK», «identifikasi tetap 100 krn patient safety» (`conversation.yaml` `value_kept`)."""

import re

from bot import knowledge
from bot.conversation.answers import leading_clause, read_answer
from bot.conversation.iki_fields import is_yes
from bot.conversation.typed_work import reads_as_iki
from bot.lang.text import PhraseSet, tokens
from bot.lang.values import numbers_in
from bot.lang.words import stem
from bot.models import IkiDraft


@knowledge.cached
def _keep_words() -> PhraseSet:
    return PhraseSet(knowledge.data("conversation")["value_kept"])


def kept_with_reason(text: str) -> str | None:
    """«iya tetap, kalau ga rekon bisa jadi temuan BPK»: a yes or «tetap» first, then why the value stands: the reason
    (words the chat says back, never work to draft nor an IKI); None for anything else."""
    first = leading_clause(text)
    reason = text.strip()[len(first):].strip(" ,.;:-–—")
    if not reason or read_answer(text).numbers or reads_as_iki(reason):
        return None
    words = tokens(first)
    return reason if is_yes(first) or (words and _keep_words().match_at(words, 0) == tuple(words)) else None


MAX_NAMING_WORDS = 3  # «identifikasi», «pasien jatuh»: a few of the IKI's own words before «tetap», never a sentence


def kept_by_name(text: str, iki: IkiDraft, value: object) -> str | None:
    """«identifikasi tetap 100 krn patient safety» while the next field of that IKI is asked: a few of its own words,
    a `value_kept` word, the value just answered (or none), then why: the reason, as kept_with_reason's; None
    otherwise (another value is an answer, never a value kept)."""
    words = tokens(text)
    keep = next(((i, found) for i in range(1, min(MAX_NAMING_WORDS, len(words) - 1) + 1)
                 if (found := _keep_words().match_at(words, i))), None)
    own = {stem(w) for w in tokens(iki.indikator)}
    if keep is None or not all(stem(w) in own for w in words[:keep[0]]):
        return None
    said = r"\W+".join(re.escape(w) for w in keep[1])
    rest = re.split(rf"\b{said}\b", text, maxsplit=1, flags=re.IGNORECASE)[-1]
    numbers, held = numbers_in(rest), numbers_in(str(value or ""))
    if numbers:  # the value kept, typed again right after «tetap»
        if rest[:numbers[0].start].strip() or not held or numbers[0].value != held[0].value:
            return None
        rest = rest[numbers[0].end:]
    reason = rest.strip(" ,.;:-–—")
    return reason if reason and not numbers_in(reason) and not reads_as_iki(reason) else None
