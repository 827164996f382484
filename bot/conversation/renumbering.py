"""The places PRIMA, «Simpan ke draf» and the last completed IKI keep in the SKP, moved when an IKI is removed or put
back in its place."""

from bot.conversation.state import FillState, UserState


def _shifted(at: int | None, index: int) -> int | None:
    """A 0-based place in the SKP after IKI `index` was dropped: None when it was that IKI."""
    return None if at is None or at == index else at - 1 if at > index else at


def _pushed(at: int | None, index: int) -> int | None:
    """A 0-based place in the SKP after an IKI was put back at `index`."""
    return None if at is None else at + 1 if at >= index else at


def renumber(state: UserState, index: int, inserted: bool = False) -> None:
    """The places PRIMA and «Simpan ke draf» keep in the SKP, after IKI `index` was dropped (or put back, `inserted`):
    the IKI being completed that was dropped is let go (tester13 #4: «tambahin IP ASN» next took its place and its
    data-awal question, and was saved with no target)."""
    move = _pushed if inserted else _shifted
    for d in (state.prima, state.fill):
        if d is None:
            continue
        if not inserted and getattr(d, "index", None) == index:
            d.current, d.field, d.answered, d.last_number, d.proposed = None, "indikator", "", "", ""
        if hasattr(d, "index"):
            d.index = move(d.index, index)
        d.saved, d.previous = move(d.saved, index), move(d.previous, index)
        if hasattr(d, "waiting"):
            d.waiting = [w for w in (move(w, index) for w in d.waiting) if w is not None]
        if isinstance(d, FillState):  # (PRIMA's queue holds IKI not saved yet, not places)
            d.queue = [q for q in (move(q, index) for q in d.queue) if q is not None]
    if state.fill is not None and state.fill.current is None and state.fill.index is None and state.fill.field:
        state.fill = None  # the IKI «Simpan ke draf» was completing is gone
    state.completed = move(state.completed, index)
