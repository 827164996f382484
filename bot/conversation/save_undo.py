"""Taking back the last save of several IKI («wait, kebanyakan. undo» at the first field question, «batalin simpan
tadi» after it): the draft as it was before, and the pasted list on screen again, none of it saved."""

from bot import knowledge
from bot.conversation import iki_list, list_summary
from bot.conversation.replies import Reply
from bot.conversation.state import SavedBatch, UserState
from bot.lang.text import tokens


def remember(state: UserState, before: list) -> None:
    """Called by a save of several IKI once it is done: the draft before it (copies) and the texts it left."""
    state.last_save = SavedBatch(before=before, texts=[iki.indikator for iki in state.skp.iki])


def asks(state: UserState, text: str) -> bool:
    """Whether the message asks to take back the last save of several IKI while the draft still holds what it
    left (and no SKP is agreed yet): `strong` undo words, or a calling-off verb with a save word, with nothing else
    but filler (conversation.yaml save_undo, with taking_back)."""
    saved = state.last_save
    if saved is None or state.year.versions or [iki.indikator for iki in state.skp.iki] != saved.texts:
        return False
    said = knowledge.data("conversation")["save_undo"]
    roles = {"verbs": knowledge.taking_back("calling_off", "not_after_all", "put_back"),
             "filler": knowledge.taking_back("regret")}
    sets = {key: {" ".join(tokens(p)) for p in said[key] + roles.get(key, [])}
            for key in ("strong", "verbs", "objects", "filler")}
    words, found, i = tokens(text), set(), 0
    while i < len(words):  # the longest phrase of any set at each place
        for size in (3, 2, 1):
            phrase = " ".join(words[i:i + size])
            key = next((k for k, v in sets.items() if phrase in v), None) if len(words[i:i + size]) == size else None
            if key:
                found.add(key)
                i += size
                break
        else:
            return False
    return "strong" in found or {"verbs", "objects"} <= found


def undo(state: UserState) -> list[Reply]:
    """The draft back as it was before the save; the question of its fields let go; the list shown again."""
    saved = state.last_save
    state.last_save, state.fill = None, None
    taken = len(saved.texts) - len(saved.before)
    state.skp.iki = saved.before
    # a line «simpan semua» saved by its suggestion reads as typed again: none of it was saved; a line the same
    # message threw out is back (tester59 F25: shown ✓ again while «Lolos» left it out)
    state.listed = [(item.as_written or item).model_copy(update={"dropped": False}) if n in saved.dropped
                    else item.as_written or item for n, item in enumerate(state.listed, 1)]
    said = (f"Simpanan tadi saya batalkan: {taken} IKI dikeluarkan lagi dari draf; draf Anda kini "
            f"{len(state.skp.iki)} IKI." if taken > 0 else "Simpanan tadi saya batalkan; draf Anda kembali seperti "
            "sebelumnya.")
    if not state.listed:
        return [Reply(said)]
    pasted = iki_list.PastedList(iki_list.lines_checked(state.listed), [])
    drafted = {iki.indikator.lower() for iki in state.skp.iki}
    return [Reply(said + " Daftar Anda belum tersimpan; pilih lagi yang mau disimpan:\n\n"
                  + list_summary.summary(pasted, peran=state.skp.peran),
                  list_summary.buttons(pasted, drafted=drafted))]
