"""/buang: one IKI or several removed at once and kept aside for «Urungkan», a number spelled in words asked first,
and a «Buang IKI N?» left unanswered said to have changed nothing."""

import re

from bot import knowledge
from bot.conversation import iki_named, renumbering, skp_changes
from bot.conversation.mpph_own_part import SOURCE_BUTTONS, source_dropped
from bot.conversation.prima_step_m import skp_table
from bot.conversation.replies import Button, Reply
from bot.conversation.skp_changes import fingerprint
from bot.conversation.state import DroppedIki, UserState
from bot.lang.text import alternation
from bot.models import IkiDraft


@knowledge.cached
def _several_joins() -> re.Pattern:
    """A space or a word joining numbers typed together (conversation.yaml number_joins: «3, 5 sama 8»)."""
    joins = knowledge.data("conversation")["number_joins"]
    words = alternation(j for j in joins if j.isalpha())
    marks = alternation(j for j in joins if not j.isalpha())
    return re.compile(rf"\s*(?:\b(?:{words})\b|{marks})\s*|\s+", re.IGNORECASE)


def _several(rest: str) -> list[str]:
    """«/buang 8 10», «/buang 3, 5 sama 8»: the numbers, when the whole argument is two or more of them."""
    parts = [p.lstrip("#") for p in _several_joins().split(rest.strip()) if p and p.strip()]
    return parts if len(parts) > 1 and all(p.isdigit() for p in parts) else []


def buang(state: UserState, rest: str) -> list[Reply]:
    several = _several(rest)
    if several:
        indices = [iki_named.index(state, n) for n in several]
        if None in indices:
            bad = next(n for n, i in zip(several, indices) if i is None)
            return [Reply(iki_named.bad_number(state, bad, "Tulis nomor IKI yang dibuang, misalnya /buang 2 5; nomornya ada "
                                      "di /skp.", verb="dibuang"))]
        return _drop_many(state, sorted(set(indices)))
    index = iki_named.index(state, rest.strip())
    named = iki_named.named(state, rest) if index is None and rest.strip() else None  # «/buang yg EWARS»
    if isinstance(named, list):
        return named
    if named is not None:
        index = iki_named.index(state, named.split()[0])
    if index is None:
        usage = "Tulis nomor IKI yang dibuang, misalnya /buang 2; nomornya ada di /skp."
        return [Reply(iki_named.bad_number(state, rest.strip(), usage, verb="dibuang"))]
    if named is None and not rest.strip().lstrip("#").isdigit():
        return _confirm_drop(state, index)  # a number spelled in words («/buang dua»): read back and asked first
    if _just_dropped(state, index):  # «/buang 2» again, «Ya, buang IKI 2» typed: never the next IKI unasked
        said = f"IKI {index + 1} «{state.dropped.iki.indikator}» sudah dibuang tadi."
        return _confirm_drop(state, index, f"{said} Yang sekarang bernomor {index + 1} adalah IKI lain. Buang juga?")
    return _drop(state, index)  # «/buang 2», «hapus IKI 2», «/buang yg EWARS»: done at once, «Urungkan» puts it back


def _just_dropped(state: UserState, index: int) -> bool:
    """IKI `index` was removed by the last answer (its «Urungkan» still on screen): a removal of the same number now
    is that one asked again, not the IKI that moved into its place."""
    return state.dropped is not None and state.dropped.index == index \
        and (UNDO_LABEL, f"skp:undo:{index + 1}") in state.shown


def _confirm_drop(state: UserState, index: int, said: str = "") -> list[Reply]:
    state.confirm = f"buang:{index}"
    return [Reply(f"{said or f'Buang IKI {index + 1}?'}\n{skp_changes.summary_line(state.skp.iki[index])}",
                  [Button(f"Ya, buang IKI {index + 1}", f"skp:dropyes:{index + 1}"), Button("Jangan", "skp:cancel")],
                  choice_only=True)]


def confirm_drop(state: UserState, index: int) -> list[Reply]:
    """«Buang IKI N?» asked first (a remove word typed under /ubah N's menu: skp_edit.under_menu)."""
    return _confirm_drop(state, index)


def walked_away(state: UserState, asked: str, replies: list[Reply]) -> list[Reply]:
    """A «Buang IKI N?» the user left unanswered by sending something else: the IKI stays, said once with how to
    remove it, so the intent is not dropped in silence. `asked`: the confirmation waiting before this turn."""
    if not asked.startswith("buang:") or state.confirm != asked:
        return []  # nothing was waiting, or it was answered (removed, «Jangan»)
    if any(b.data.startswith("skp:dropyes:") for r in replies for b in r.buttons):
        return []  # asked again just now (/buang N once more)
    state.confirm = ""
    index = int(asked.partition(":")[2])
    if index >= len(state.skp.iki):
        return []
    number = index + 1
    return [Reply(f"IKI {number} belum dibuang: «{state.skp.iki[index].indikator}» masih ada di draf, karena "
                  f"pertanyaan «Buang IKI {number}?» tadi belum dijawab. Untuk membuangnya, ketik /buang {number} "
                  f"lalu pilih «Ya, buang IKI {number}».")]


UNDO_LABEL = "Urungkan"


def thrown_out(state: UserState, removed: list[IkiDraft], out: bool = True) -> list[str]:
    """The last list's lines of the IKI removed (or put back) marked so (list_drafts.thrown_out), and the MPPH
    indicators they were the leader's own part of; what to say of the MPPH."""
    from bot.conversation import list_drafts  # (lazily, as skp_view._list_left: iki_list reaches back here)

    for iki in removed:
        list_drafts.thrown_out(state.listed, iki.indikator, out)
    return source_dropped(state, removed, out)


def drop(state: UserState, index: int) -> list[Reply]:
    """IKI `index` removed as /buang removes it (named by its words elsewhere: `named_rewording.dropped`)."""
    return _drop(state, index)


def drop_many(state: UserState, indices: list[int]) -> list[Reply]:
    """Several IKI removed as «/buang 3 7» removes them (named as lines of the last list: `line_acts`)."""
    return _drop_many(state, sorted(set(indices)))


def _drop(state: UserState, index: int) -> list[Reply]:
    """IKI `index` removed at once and kept aside: «Urungkan» (a button, or the word typed) puts it back, so a removal
    never waits on a «Buang IKI N?» the user may not answer (issue 16: what came next went wrong)."""
    before = skp_changes.finding_texts(state.skp)
    removed = state.skp.iki.pop(index)
    shared = thrown_out(state, [removed])
    state.confirm, state.edit = "", None
    renumbering.renumber(state, index)
    state.dropped = DroppedIki(index=index, iki=removed, after=fingerprint(state.skp))
    undo = [Button(UNDO_LABEL, f"skp:undo:{index + 1}")] + (SOURCE_BUTTONS if shared else [])
    lines = [f"IKI {index + 1} dibuang: {removed.indikator}"]
    told = f"Salah buang? Ketuk «{UNDO_LABEL}» atau ketik «{UNDO_LABEL.lower()}»: IKI itu kembali dengan semua isiannya."
    if not state.skp.iki:  # nothing left to have findings: none of the old ones is "fixed"
        return [Reply("\n".join(lines + ["Draf SKP Anda kini kosong. Tambahkan IKI dengan /cek atau /prima."] + [told]
                                 + shared), undo)]  # (the MPPH's question, when there is one, said last)
    lines.append(f"Sisa {len(state.skp.iki)} IKI; nomor IKI sesudahnya bergeser.")
    gone = {k for k in before if k.startswith(f"{removed.indikator}|")}  # its own findings left with it
    lines += skp_changes.changes({k: v for k, v in before.items() if k not in gone}, skp_changes.finding_texts(state.skp))
    lines.append(f"Draf sekarang:\n{skp_table(state.skp)}")
    return [Reply("\n".join(lines + [told] + shared), undo)]


def _drop_many(state: UserState, indices: list[int]) -> list[Reply]:
    """Several IKI removed at once (tester20a #6: «/buang 8 10» removed 8 only, silently); one «Urungkan» puts them
    all back in their places."""
    if len(indices) == 1:
        return _drop(state, indices[0])
    before = skp_changes.finding_texts(state.skp)
    removed = []
    for index in sorted(indices, reverse=True):  # from the last, so the numbers typed still name the same IKI
        removed.append(DroppedIki(index=index, iki=state.skp.iki.pop(index)))
        renumbering.renumber(state, index)
    shared = thrown_out(state, [d.iki for d in removed])
    state.confirm, state.edit = "", None
    first, *others = sorted(removed, key=lambda d: d.index)
    state.dropped = DroppedIki(index=first.index, iki=first.iki, also=others, after=fingerprint(state.skp))
    undo = [Button(UNDO_LABEL, f"skp:undo:{first.index + 1}")] + (SOURCE_BUTTONS if shared else [])
    lines = [f"IKI {d.index + 1} dibuang: {d.iki.indikator}" for d in [first, *others]]
    told = f"Salah buang? Ketuk «{UNDO_LABEL}» atau ketik «{UNDO_LABEL.lower()}»: semuanya kembali dengan isiannya."
    if not state.skp.iki:
        return [Reply("\n".join(lines + ["Draf SKP Anda kini kosong. Tambahkan IKI dengan /cek atau /prima."] + [told]
                                 + shared), undo)]  # (the MPPH's question, when there is one, said last)
    lines.append(f"Sisa {len(state.skp.iki)} IKI; nomor IKI sesudahnya bergeser.")
    gone = {k for k in before for d in removed if k.startswith(f"{d.iki.indikator}|")}
    lines += skp_changes.changes({k: v for k, v in before.items() if k not in gone}, skp_changes.finding_texts(state.skp))
    lines.append(f"Draf sekarang:\n{skp_table(state.skp)}")
    return [Reply("\n".join(lines + [told] + shared), undo)]
