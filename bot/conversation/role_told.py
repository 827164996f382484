"""The role and the cascade a message says of the user's own work («saya anggota tim, tidak ada cascade langsung»):
read at PRIMA's role question and under its proposals, and kept on the draft when told with no PRIMA step asking."""

from bot import knowledge
from bot.conversation.state import UserState
from bot.conversation.typed_work import reads_as_iki
from bot.lang.text import PhraseSet, tokens
from bot.models import Peran
from bot.rules.weights import split_text
from bot.sheets.tables import middle_heads_in, middle_role

MAX_ROLE_WORDS = 10  # «anggota KSM, ga ada cascade langsung»: a short remark on the role, not an IKI or a story
# the role and the cascade both said take more words: «saya ketua tim kerja surveilans, dan indikator tim ini langsung
# turun dari IKK balai» (d7-epidemiolog-bbtklpp01 step 5) is still a remark on the role, not an IKI
MAX_ROLE_CASCADE_WORDS = 16
# «saya anggota tim», «sy katim», «anggota tim biasa»: the role said of oneself opens the message; one named further
# on is someone else's («mau bagi IKI ke 3 anggota»)
MAX_ROLE_AT = 2


@knowledge.cached
def _roles() -> dict[Peran, PhraseSet]:
    return {Peran(name): PhraseSet(phrases) for name, phrases in knowledge.data("conversation")["role_said"].items()}


def first_role(message: str) -> tuple[int, Peran] | None:
    """The first role named and where: a post leading a team inside a unit («sy kepala ruangan ICU», «kasi
    pelayanan») is that role (bot.sheets.tables.middle_head), its «kepala» never the unit's head."""
    words = tokens(message)
    heads = middle_heads_in(words)
    masked = list(words)
    for at, length in heads:
        masked[at:at + length] = [""] * length
    found = [(hit[0], role) for role, phrases in _roles().items() if (hit := phrases.find(masked))]
    found += [(heads[0][0], middle_role())] if heads else []
    return min(found, key=lambda pair: pair[0]) if found else None


def role_named(message: str) -> Peran | None:
    """The role whose word (conversation.yaml `role_said`) comes first in the message; None when it names none."""
    found = first_role(message)
    return found[1] if found else None


def cascade_said(message: str) -> bool | None:
    """Whether the message says its work cascades directly (conversation.yaml `cascade_words`), with a negation just
    before («ga ada cascade langsung», «tdk langsung») False; None when it says nothing of the cascade."""
    data, words = knowledge.data("conversation"), tokens(message)
    at = next((i for i, w in enumerate(words) if w in data["cascade_words"]), None)
    if at is None:
        return None
    negations = {*data["cascade_denials"], *data["typed_press"]["negations"]}
    return not any(w in negations for w in words[max(0, at - 3):at])


def said_of_own(message: str) -> tuple[Peran, bool] | None:
    """«saya anggota tim, tidak ada cascade langsung», «sy katim, iki sy turun langsung dari IKK»: the user's own role
    (its word opening the message) and whether their work cascades directly, both said, in a short remark that asks
    nothing and is no IKI; None for anything else."""
    found, cascade = first_role(message), cascade_said(message)
    if found is None or cascade is None or found[0] > MAX_ROLE_AT or "?" in message or "\n" in message.strip() \
            or len(tokens(message)) > MAX_ROLE_CASCADE_WORDS or reads_as_iki(message):
        return None
    return found[1], cascade


def kept(state: UserState, role: Peran, cascade: bool | None) -> str:
    """The role (and the cascade, when said) kept on the draft; the words that say so, with the Core weights the
    guidance gives for that cascade."""
    state.skp.peran = role
    if cascade is not None:
        state.skp.cascading_langsung = cascade
    said = f"Dicatat: peran Anda {role.label}" + ("" if cascade is None else
                                                 ", hasil kerja Anda " + ("" if cascade else "tidak ")
                                                 + "langsung ber-cascading dari Renstra") + "."
    if cascade is not None:  # the weights follow the cascade: said now, so the jenis asked later are no surprise
        said += f" Pola bobot Core menurut panduan: {split_text('direct' if cascade else 'indirect')}."
    return said


def holds_to_table(peran: Peran) -> bool:
    """Whether the members' rules (5–10 IKI, IP ASN, the CL/TUSI/MI weights: policy.yaml roles) hold this role."""
    policy = knowledge.policy()
    return peran.value in {*policy.iki_count.roles, *policy.mandatory_iki.roles, *policy.weights.roles}


def leader_rules() -> str:
    """What holds a unit leader's SKP instead of the members' rules (conversation.yaml `leader_rules`)."""
    return " ".join(knowledge.data("conversation")["leader_rules"].split())


def introduced(state: UserState, message: str) -> str:
    """«sy kepala balai …, punya 3 ketua tim»: the role a self-introduction names first kept on a draft still at the
    default role, and said back (a leader's with what holds their SKP instead); "" when it names none or the draft's
    role was set already."""
    role = role_named(message)
    if role is None or role is Peran.anggota or state.skp.peran is not Peran.anggota:
        return ""
    said = kept(state, role, None)
    if not holds_to_table(role):
        return f"{said} {leader_rules()}"
    title = middle_title(message)
    if not title:
        return said
    why = " ".join(knowledge.data("conversation")["middle_said"].split())
    return f"{said} {why.format(title=title, count=knowledge.policy().iki_count.range_text)}"


def middle_title(message: str) -> str:
    """«kepala ruangan» in «sy kepala ruangan ICU» when that post, leading a team inside a unit, is the first role the
    message names; "" else."""
    found, words = first_role(message), tokens(message)
    heads = middle_heads_in(words)
    if found is None or not heads or heads[0][0] != found[0]:
        return ""
    at, length = heads[0]
    return " ".join(words[at:at + length])


def told(state: UserState, message: str) -> str | None:
    """A role and the cascade told with no PRIMA step asking: kept on the draft and said back with the weights."""
    own = said_of_own(message)
    return kept(state, *own) if own else None
