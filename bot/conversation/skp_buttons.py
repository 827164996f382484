"""The skp: buttons under /skp, /ubah and /buang (Ubah N, a field, a value, Buang N and its «Ya», «Urungkan», Batal,
and the «IKI N: …» of a value typed with no question open); a button gone stale says so and shows what is open."""

from bot.conversation import field_edit, iki_named
from bot.conversation.field_edit import apply, prompt
from bot.conversation.field_value import LABELS
from bot.conversation.mpph_own_part import source_answered
from bot.conversation.replies import Reply
from bot.conversation.skp_drop import drop
from bot.conversation.skp_undo import undo_drop
from bot.conversation.skp_view import view
from bot.conversation.state import UserState


def on_button(state: UserState, action: str, arg: str) -> list[Reply]:
    """skp:edit:N, skp:field:N:FIELD, skp:set:N:FIELD:VALUE, skp:fill:N:FIELD=VALUE,…, skp:drop:N, skp:dropyes:N,
    skp:undo:N, skp:srcdrop, skp:srckeep, skp:cancel."""
    number, _, field = arg.partition(":")
    if action == "undo":  # IKI N may be past the draft's end now (the last one was removed)
        return undo_drop(state, number)
    if action in ("srcdrop", "srckeep"):  # under /buang: the MPPH roles shared from the IKI dropped, all at once
        return source_answered(state, drop=action == "srcdrop")
    index = iki_named.index(state, number)
    if action == "cancel":
        kept = field_edit.called_off(state)
        state.edit = None
        if state.confirm.startswith("buang:"):  # «Jangan»: the question is answered, nothing left waiting
            state.confirm = ""
        return [Reply(kept or "Tidak ada yang diubah.")]
    if index is None:
        return [Reply("Tombol itu sudah tidak berlaku: nomor IKI-nya sudah berubah.")] + reopen(state)
    if action == "edit":
        return field_edit.field_menu(state, index)
    if action == "field" and field in LABELS:
        return field_edit.ask(state, index, field)
    value_field, _, value = field.partition(":")
    if action == "set" and state.edit and state.edit.index == index and state.edit.field == value_field:
        return apply(state, index, value_field, value)
    if action == "fill":  # «IKI 2: …» under «Core TUSI» typed with no question open (fills_missing)
        return _fill(state, index, field)
    if action == "drop":  # «Buang N» under /skp or the /ubah menu names its IKI exactly: done at once
        return drop(state, index)
    if action == "dropyes" and state.confirm == f"buang:{index}":
        return drop(state, index)
    return [Reply("Tombol itu sudah tidak berlaku.")] + reopen(state)


def _fill(state: UserState, index: int, data: str) -> list[Reply]:
    """The values of a «IKI N: …» button under fills_missing («jenis=core_tusi,bobot=25»), set on IKI index."""
    replies: list[Reply] = []
    for pair in data.split(","):
        field, _, value = pair.partition("=")
        if field not in ("jenis", "bobot"):
            return [Reply("Tombol itu sudah tidak berlaku.")] + reopen(state)
        replies += apply(state, index, field, value)
        if state.edit is not None:  # refused: its question is open, the rest waits
            break
    return replies


def reopen(state: UserState) -> list[Reply]:
    """After a stale button: the edit question still open, else the draft."""
    return prompt(state) if state.edit and state.edit.index < len(state.skp.iki) else view(state)
