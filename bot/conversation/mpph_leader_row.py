"""The leader's own row among the roles, written with their name: «dr. Sari (ketua); Regional Barat; 90%» by a Ketua
Tim called Sari is their own part, never a member «dr. Sari (ketua)» with an IKI and an invite (mpph38 #1)."""

import re

from bot import knowledge
from bot.conversation.mpph_reading import is_self, mpph_phrases
from bot.conversation.state import MpphState, UserState
from bot.lang.text import tokens
from bot.models import Peran

_BRACKET = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<mark>[^()]+)\)\s*$")  # «dr. Sari (ketua)»


def _name_words(name: str) -> list[str]:
    return [w for w in tokens(name) if w.lower().rstrip(".") not in _titles()]


def name_words(name: str) -> list[str]:
    """The words of a name without its titles and words of address («apt. Rizky Pratama» → rizky, pratama)."""
    return _name_words(name)


def _marks_self(mark: str) -> bool:
    """A bracket saying the one named is the leader: «(ketua)», «(katim)», «(saya)», «(ketua tim)»."""
    words = tokens(mark)
    phrases = mpph_phrases()
    found = phrases["diri_sendiri"].match_at(words, 0)
    return bool(words) and (bool(found) and len(found) == len(words) or all(phrases["sisa_saya"].match_at([w], 0)
                                                                              for w in words))


def _same_person(typed: str, profile: str) -> bool:
    """«dr. Sari» and «dr. Sari Dewi»: every word of the name typed (titles aside) is in the /profil name."""
    typed_words, known = _name_words(typed), set(_name_words(profile))
    return bool(typed_words) and bool(known) and set(typed_words) <= known


_TRAILING_REMARK = re.compile(r"^(?P<name>[^,]+?)\s*,\s*(?P<mark>[^,.]+\s[^,.]+)$")  # «Maya Sari, staf PPPK»


def name_and_remark(name: str) -> tuple[str, str | None]:
    """A member's name and the remark typed after it, in brackets or after a comma («apt. Maya Sari (staf sy yg
    PPPK)», «Maya Sari, staf PPPK»): one person, whatever is said of them (tester58 F4). Titles stay («apt.», «dr.»,
    «S.Farm.»: a comma before a degree has a dot or is one word); a bracket that marks the leader («(ketua)») stays
    for leader_row."""
    name = name.strip()
    found = _BRACKET.match(name) or _TRAILING_REMARK.match(name)
    if found is None or _marks_self(found["mark"]) or not _name_words(found["name"]):
        return name, None
    return found["name"].strip(" ,"), found["mark"].strip()


def same_name(a: str, b: str) -> bool:
    """«apt. Maya Sari» and «Maya Sari»: the same words of a name, titles and case aside."""
    words = _name_words(a)
    return bool(words) and [w.lower() for w in words] == [w.lower() for w in _name_words(b)]


def leader_row(state: UserState, name: str) -> str | None:
    """The leader's name as the row writes it when the row is the leader's own, else None: the /profil name matched
    («Sari Dewi; …», two words at least), or, for a Ketua Tim, a name marked «(ketua)» whose name is not someone else's. A Pimpinan Unit's
    «Budi (ketua)» is the Ketua of a team under them, a member."""
    profile = state.skp.pegawai.nama or ""
    found = _BRACKET.match(name.strip())
    bare = found["name"].strip() if found else name.strip()
    marked = bool(found) and _marks_self(found["mark"])  # («Dewi (PFM Ahli Pertama)»: a post, no mark)
    if profile and _same_person(bare, profile) and (marked or len(_name_words(bare)) > 1):
        return bare  # (a member «Sari» may share the first name of a Ketua «Sari Dewi»: a bare one word is theirs)
    if marked and state.skp.peran is not Peran.pimpinan_unit and not (profile and not _same_person(bare, profile)):
        return bare
    return None


def mark_leader_rows(state: UserState, flow: MpphState | None = None) -> None:
    """Every role written in the leader's own name becomes their own part, the name kept without its bracket."""
    flow = flow or state.mpph
    if flow is None:
        return
    leaders = flow.indicators + ([flow.current] if flow.current is not None else [])
    for leader in leaders:
        for role in leader.peran:
            if role.sendiri or is_self(role.pegawai):
                continue
            if (name := leader_row(state, role.pegawai)) is not None:
                role.pegawai, role.sendiri = name, True


def leader_named(state: UserState, flow: MpphState | None = None) -> str:
    """The name the leader gave their own row («dr. Sari»), for the matrix's head when /profil has none; else ""."""
    flow = flow or state.mpph
    if flow is None:
        return ""
    return next((role.pegawai for leader in flow.indicators for role in leader.peran
                 if role.sendiri and not is_self(role.pegawai)), "")


def _titles() -> set[str]:
    """Titles and words of address read past in a name («dr. Sari», «Bu Sari»): mpph.yaml gelar_nama, sapaan_nama."""
    data = knowledge.data("mpph")
    return {*data["gelar_nama"], *data["sapaan_nama"]}
