"""Step 1 of /mpph read: the leader's own draft IKI named by its numbers or its words as the indicator to split,
its label in the matrix, and what the IKI rules find in its wording."""

import re

from bot import knowledge, render
from bot.conversation.catalog_code import bare_code
from bot.conversation.mpph_reading import names_indicator
from bot.conversation.state import MpphState, UserState
from bot.lang.numbers import format_number
from bot.lang.refs import iki_refs
from bot.lang.text import tokens
from bot.lang.values import numbers_in
from bot.lang.words import stem
from bot.models import IkiDraft
from bot.retrieval.codes import codes_in
from bot.rules.skp_rules import is_mandatory
from bot.rules.target_fit import target_misfit
from bot.skp.mpph import LeaderIndicator, leader_findings


def draft_numbered(state: UserState, text: str) -> list[IkiDraft]:
    """«iki no 1 sama no 2 yg di draf sy», «IKI 3»: the leader's own draft IKI named by their numbers, in the order
    typed; [] when the message names none that way (or is an indicator with its target)."""
    if ";" in text or "\n" in text.strip() or not state.skp.iki or not iki_refs().search(text) \
            or names_indicator(text):
        return []
    numbers = list(dict.fromkeys(int(n) for n in re.findall(r"(?<![\d.,])\d{1,2}(?![\d.,%])", text)))
    if not numbers or not all(1 <= n <= len(state.skp.iki) for n in numbers):
        return []
    return [state.skp.iki[n - 1] for n in numbers]


def draft_named(state: UserState, text: str) -> tuple[int, str] | None:
    """«yg cakupan PKG BBL, bagi per regional ke 3 anggota», «rekonsiliasi obat: apt. Yudha rawat inap dewasa, …»: the
    leader's own draft IKI the message's first clause names by its words (the one sharing most of them, alone), and
    the rest of the message (the method, the roles); None when the clause is an indicator itself or names none."""
    head, mark, rest = (re.split(r"([,:;])", text.strip(), maxsplit=1) + ["", ""])[:3]
    if ";" in mark or "\n" in text.strip() or not state.skp.iki or names_indicator(head) or bare_code(head):
        return None
    skip = set(knowledge.data("mpph")["kata_cara"]) | set(knowledge.data("mpph")["draft_named_skip"])
    said = {stem(w) for w in tokens(head) if len(w) > 2 and w.isalpha() and w not in skip}
    shared = [len(said & {stem(w) for w in tokens(iki.indikator)}) for iki in state.skp.iki]
    best = max(shared)
    if not best or shared.count(best) > 1 or best < len(said) / 2:
        return None
    at = shared.index(best)
    # «… bagi per beban: target sampel 10000 …» under a Persentase: the number typed measures another indicator
    if any(target_misfit(state.skp.iki[at], format_number(n.value)) for n in numbers_in(text)):
        return None
    return at, rest.strip()


def draft_only(state: UserState) -> int | None:
    """The one IKI of the leader's own draft there is to split (the mandatory IKI is never split), by its place; None
    with none or several: the member lines typed first at step 1 («anggota sy:\n1. Rina - regional 1 …», day-one
    dev14) are split from it rather than the indicator asked for again."""
    own = [at for at, iki in enumerate(state.skp.iki) if not is_mandatory(iki)]
    return own[0] if len(own) == 1 else None


def wording_note(leader: LeaderIndicator) -> str:
    """What the IKI rules find in the leader's own wording, said here rather than on every member IKI later."""
    found = leader_findings(leader)
    if not found:
        return ""
    lines = [line for f in found for line in render.finding_lines(f)]
    return ("\nRumusan indikator ini belum lolos aturan IKI:\n" + "\n".join(lines) + "\nIKI anggota diturunkan dari "
            "kalimat ini dan akan mewarisinya. Bila indikatornya dari PK/Renstra, lanjutkan saja; bila Anda yang "
            "merumuskan, kirim rumusan barunya sekarang (indikator; target).")


def indicator_label(flow: MpphState, name: str, code: str | None) -> str:
    """A Renstra code names the indicator in the matrix and as its members' parent; else its number in this MPPH."""
    codes = [code] if code else codes_in(name)
    return codes[0] if codes else f"Indikator {len(flow.indicators) + 1}"
