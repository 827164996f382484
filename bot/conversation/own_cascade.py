"""The unit indicators a user's work cascades from, asked in words («IKK mana yg turun ke tim sy?», `intent.yaml`
`own_cascade`): answered from their own SKP and MPPH, and a direct cascade told its jenis and weights."""

from bot import knowledge
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.knowledge import policy
from bot.lang.numbers import format_number
from bot.lang.text import PhraseSet, short, tokens
from bot.rules.weights import split_text


def own_cascade_asked(state: UserState, message: str) -> list[Reply] | None:
    """«IKK mana yg turun ke tim sy?», «saya ada cascade langsung …, jadi CL dong?» (`intent.yaml` `own_cascade`): the
    unit indicators the user's SKP and MPPH name as parents, the direct-cascade jenis and weights first when the user
    says they hold one; None for any other message."""
    words = tokens(message)
    groups = knowledge.data("intent")["own_cascade"]
    if "\n" in message.strip() or not all(PhraseSet(groups[g]).find(words) for g in ("about", "own", "cascade")) \
            or PhraseSet(groups["unless"]).find(words):
        return None
    held = PhraseSet(groups["holds"]).find(words)  # «saya ada cascade langsung …, jadi CL dong?» (d6-analis01)
    return [Reply("\n\n".join(filter(None, (direct_cascade_text() if held else "", cascade_text(state)))))]


def direct_cascade_text() -> str:
    """A user who says their work cascades directly from a unit indicator: yes, those IKI are Core CL, the weights
    the guidance gives then (policy.yaml `weights.split`), and how to mark them and name the IKK code."""
    direct, indirect = split_text("direct", "short"), split_text("indirect", "short")
    return (f"Ya. IKI yang diturunkan langsung dari indikator unit (IKK/IKP) berjenis Core CL, dan bobot Core Anda "
            f"dibagi {direct} (tanpa cascading langsung: {indirect}); Beyond tetap di luarnya, "
            f"{format_number(policy().weights.beyond_total)}%. Tandai IKI-nya dengan /ubah N jenis CL, dan sebutkan "
            "kode IKK induknya dengan /ubah N induk KODE (cari kodenya dengan /ikk dan kata kunci pekerjaan Anda).")


def cascade_text(state: UserState) -> str:
    """The unit indicators the user's work cascades from, as their SKP and their MPPH name them (a parent code, the
    leader's indicator an IKI intervenes), and what to do when none is named."""
    lines = []
    for number, iki in enumerate(state.skp.iki, start=1):
        if iki.parent or iki.rhk_atasan:
            source = " · ".join(filter(None, (iki.parent, f"«{short(iki.rhk_atasan, 70)}»" if iki.rhk_atasan else "")))
            lines.append(f"- IKI {number} «{short(iki.indikator, 60)}» ← {source}")
    matrix = state.mpph if state.mpph and state.mpph.indicators else state.mpph_last
    split = [f"- {leader.id}: {short(leader.indikator, 80)}" + (f" ({leader.code})" if leader.code
                                                                  and leader.code != leader.id else "")
             for leader in (matrix.indicators if matrix else [])]
    said = []
    if lines:
        said.append("Indikator induk yang disebut IKI Anda:\n" + "\n".join(lines))
    if split:
        said.append(f"Indikator yang Anda bagi ke tim lewat /mpph ({len(split)}):\n" + "\n".join(split))
    if not any(iki.parent for iki in state.skp.iki):
        said.append("Belum ada IKI Anda yang menyebut kode indikator Renstra (IKK/IKP). Cari kodenya dengan /ikk dan kata "
                    "kunci pekerjaan Anda, lalu isi dengan /ubah N induk KODE; bila katalog tidak memuatnya, tanyakan "
                    "indikator unit Anda ke perencana atau pengelola kinerja di unit Anda.")
    return "\n\n".join(said)
