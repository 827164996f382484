"""«apa tetap max 10 iki?», «brp iki minimal utk sy sbg ketua tim?»: the count of IKI asked by a user whose role is
known, told in the message or kept on the draft, answered for that role: a Ketua Tim holds the members' range, a
unit leader the indicators of the unit's PK (roles35 #3). Words and answers in conversation.yaml `count_by_role`."""

from bot import knowledge
from bot.conversation import role_told
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.text import PhraseSet, tokens
from bot.models import Peran

OWN_BEFORE = 2  # «utk sy sbg ketua tim»: the self word or «sebagai» at most this many words before the role


@knowledge.cached
def _words() -> tuple[PhraseSet, PhraseSet, PhraseSet, frozenset[str], PhraseSet]:
    data = knowledge.data("conversation")
    asked = data["count_by_role"]
    fields = PhraseSet(word for words in data["fields"].values() for word in words)
    return PhraseSet(asked["nouns"]), PhraseSet(asked["limits"]), PhraseSet(asked["counts"]), \
        frozenset(asked["own"]), fields


def asks_count(message: str) -> bool:
    """A question on how many IKI an SKP holds: an IKI noun with a limit word anywhere («apa tetap max 10 iki?») or a
    count word right beside it («brp iki …»), naming no field («bobot max IKI beyond?» asks a weight)."""
    words = tokens(message)
    nouns, limits, counts, _, fields = _words()
    if "?" not in message or not nouns.find(words) or fields.find(words):
        return False
    if limits.find(words):
        return True
    at = [i for i in range(len(words)) if nouns.match_at(words, i)]
    beside = [j for i in at for j in (i - 1, i + 1) if 0 <= j < len(words)]
    return any(counts.match_at(words, j) for j in beside)


def _role_of_own(message: str) -> Peran | None:
    """The role the message says of the user («sy kepala balai, …», «… utk sy sbg ketua tim?»), None when none."""
    found = role_told.first_role(message)
    if found is None:
        return None
    own = _words()[3]
    words = tokens(message)
    return found[1] if own & set(words[max(0, found[0] - OWN_BEFORE):found[0]]) else None


def answer(state: UserState, message: str) -> list[Reply] | None:
    """The count asked, for a Ketua Tim or a unit leader: their range or their PK; None for anything else (a member's
    is the guidance's own answer)."""
    if not asks_count(message):
        return None
    role = _role_of_own(message) or state.skp.peran
    said = knowledge.data("conversation")["count_by_role"]
    if role.value not in said["answers"]:
        return None
    limits = knowledge.policy().iki_count
    text = " ".join(said["answers"][role.value].split()).format(min=limits.min, max=limits.max)
    return [Reply(f"{text} (Sumber: {' '.join(said['source'].split())})")]
