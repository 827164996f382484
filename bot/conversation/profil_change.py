"""A change of the profile told in passing, «sy pindah ke Seksi ADKL, jabatan jd Sanitarian Ahli Muda, atasan baru
Pak Tigor» (a transfer mid-year, SKP changes on restructuring or transfer): the fields it names with their new values,
put in the profile and said back. Words: knowledge/conversation.yaml `profil_change`."""

import re

from bot import knowledge
from bot.conversation.profil_flow import LABELS
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.text import alternation, tokens

MIN_FIELDS = 2  # one field said changed may be other talk («pindah ke IKI 3»); two are a transfer told


@knowledge.cached
def _patterns() -> dict[str, re.Pattern]:
    """Each field's pattern: its word, a change word, then the value up to the next comma; the unit also after a
    move («pindah ke …»)."""
    data = knowledge.data("conversation")["profil_change"]
    changed = alternation(data["changed"])
    lead = {field: rf"(?:{alternation(words)})\s+(?:{changed})\s*:?" for field, words in data["fields"].items()}
    lead["unit"] = rf"(?:{lead['unit']}|{alternation(data['moved'])})"
    return {field: re.compile(rf"(?<!\w){start}\s+(?P<value>[^,;\n]+)", re.IGNORECASE) for field, start in lead.items()}


def changed_fields(text: str) -> dict[str, str]:
    """The profile fields a message says changed, with their new values; {} unless two at least are named, or when
    the message asks («jabatan jd apa ya kalau pindah ke seksi lain?»)."""
    found: dict[str, str] = {}
    if "?" in text:
        return found
    for field, pattern in _patterns().items():
        match = pattern.search(text)
        value = match.group("value").strip(" .!") if match else ""
        mine = knowledge.data("conversation")["profil_change"]["mine"]
        value = re.sub(rf"^(?:{alternation(mine)})\s+", "", value, flags=re.IGNORECASE)  # «atasan baru sy Bu Rina»
        if value and tokens(value):
            found[field] = value
    return found if len(found) >= MIN_FIELDS else {}


def apply(state: UserState, found: dict[str, str]) -> Reply:
    """The new values put in the profile, each said with the one it replaces."""
    pegawai = state.skp.pegawai
    said = []
    for field in ("jabatan", "unit", "atasan"):
        if field in found:
            before = getattr(pegawai, field)
            setattr(pegawai, field, found[field])
            said.append(f"{LABELS[field]}: {found[field]}" + (f" (sebelumnya {before})" if before else ""))
    if "atasan" in found:
        pegawai.nip_atasan = ""  # the new atasan's NIP is not the old one's
    return Reply("Profil saya perbarui: " + "; ".join(said) + ". NIP atasan baru isi dengan /profil bila sudah tahu."
                 if "atasan" in found else "Profil saya perbarui: " + "; ".join(said) + ".")
