"""«yg ini CL atau TUSI sih?» while a saved IKI's field is asked: the jenis of THIS IKI, said from what the draft knows
of it, with what would make it otherwise (tester58 F19: the CL/TUSI/MI definition alone came back). Words:
`conversation.yaml` `jenis_here`."""

from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.text import phrase_set, short, tokens
from bot.rules.skp_rules import is_mandatory


def _found(key: str, words: list[str]) -> list[tuple[str, ...]]:
    names = phrase_set("conversation", "jenis_here", key)
    return [names.match_at(words, i) for i in range(len(words)) if names.match_at(words, i)]


def asks(message: str) -> bool:
    words = tokens(message)
    named = _found("names", words)
    return bool(_found("pointing", words)) and (len(named) >= 2 or bool(named and _found("which", words))) \
        and "?" in message


def answer(state: UserState, message: str) -> list[Reply] | None:
    """The jenis of the IKI whose field is asked, or None when no such IKI or no such question."""
    index = state.fill.index if state.fill is not None else None
    if index is None or not 0 <= index < len(state.skp.iki) or not asks(message):
        return None
    iki = state.skp.iki[index]
    named = f"«{short(iki.indikator, 70)}»"
    if is_mandatory(iki):
        said = f"{named} adalah Core MI: IKI yang diwajibkan bagi seluruh pegawai."
    elif iki.parent:
        said = (f"{named} Core CL: IKI ini diturunkan langsung dari indikator Renstra {iki.parent} yang dipegang unit "
                "atau atasan Anda.")
    else:
        said = (f"{named} umumnya Core TUSI: IKI ini lahir dari tugas dan fungsi Anda, dan belum ada indikator Renstra "
                "(IKK/IKP) yang tercatat sebagai induknya. Menjadi Core CL hanya bila IKI ini menurunkan langsung "
                "indikator Renstra unit Anda: sebutkan kodenya (cari dengan /ikk), lalu jenisnya bisa diubah dengan "
                f"/ubah {index + 1} jenis CL. Beyond bila ini inisiatif di luar tugas pokok Anda.")
    return [Reply(said)]
