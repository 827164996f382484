"""Undo of the last /buang or /ubah while the draft is still as it left it: «Urungkan» (a button or the word), «balikin
yg dibuang», «undo», «balikin teks lama» (words in conversation.yaml drop_undo, edit_undo) put it back as it was."""

from bot import knowledge
from bot.conversation import renumbering, skp_changes, skp_drop
from bot.conversation.field_edit import apply
from bot.conversation.prima_step_m import skp_table
from bot.conversation.replies import Reply
from bot.conversation.skp_changes import fingerprint
from bot.conversation.state import UserState
from bot.lang.text import tokens
from bot.lang.values import numbers_in


def undo_drop(state: UserState, number: str = "") -> list[Reply]:
    """The IKI removed last put back in its place with all its fields (`number`: the one a «Urungkan» button names;
    "" for the word typed). Nothing kept, another removal since, or the same IKI back in the draft: said so."""
    dropped = state.dropped
    if dropped is None or (number and number != str(dropped.index + 1)):
        return [Reply("Tidak ada IKI yang baru dibuang untuk dikembalikan; lihat draf Anda dengan /skp.")]
    state.dropped = None
    if any(iki.indikator == dropped.iki.indikator for iki in state.skp.iki):
        return [Reply(f"«{dropped.iki.indikator}» sudah ada lagi di draf; tidak ada yang saya ubah (lihat /skp).")]
    before = skp_changes.finding_texts(state.skp)
    lines = []
    for back in sorted([dropped, *dropped.also], key=lambda d: d.index):  # from the first, each in its old place
        index = min(back.index, len(state.skp.iki))
        state.skp.iki.insert(index, back.iki)
        renumbering.renumber(state, index, inserted=True)
        skp_drop.thrown_out(state, [back.iki], out=False)
        lines.append(f"IKI {index + 1} dikembalikan: {back.iki.indikator}")
    lines.append(f"Draf kembali berisi {len(state.skp.iki)} IKI.")
    lines += skp_changes.changes(before, skp_changes.finding_texts(state.skp))
    lines.append(f"Draf sekarang:\n{skp_table(state.skp)}")
    return [Reply("\n".join(lines))]


def asks_undo(state: UserState, text: str) -> bool:
    """Whether the message asks for the IKI removed last back, while one is kept: «urungkan», «balikin yg dibuang»,
    or a put-back verb with words of that IKI's own text and maybe its target («EWARS tadi balikin lg deh, 90»);
    words in conversation.yaml drop_undo and taking_back."""
    if state.dropped is None or (state.dropped.after and state.dropped.after != fingerprint(state.skp)):
        return False  # the draft changed since: «balikin yg tadi» is about that later change (tester20a #5)
    said = knowledge.data("conversation")
    words = [w for w in tokens(text) if not any(ch.isdigit() for ch in w)]
    joined = " ".join(words)
    undo = said["drop_undo"]
    if joined in {" ".join(tokens(phrase)) for phrase in knowledge.taking_back_whole("drop_undo")}:
        return True
    filler = {t for phrase in said["typed_press"]["label_filler"] + said["typed_press"]["pointing"] + undo["filler"]
              + knowledge.taking_back("regret") + undo["removing"] for t in tokens(phrase)}
    verbs = {t for phrase in knowledge.taking_back("put_back") for t in tokens(phrase)}
    own = set(tokens(state.dropped.iki.indikator))
    return any(w in verbs for w in words) and all(w in verbs or w in filler or w in own for w in words)


def undo_typed(state: UserState, text: str) -> list[Reply]:
    """The IKI removed last put back as asks_undo read it; a target typed with it («…, 90») set when it differs."""
    dropped = state.dropped
    replies = undo_drop(state)
    back = next((n for n, iki in enumerate(state.skp.iki) if dropped and iki is dropped.iki), None)
    numbers = [n for n in numbers_in(text) if not n.approximate]
    if len(numbers) == 1 and back is not None:
        now = numbers_in(state.skp.iki[back].target or "")
        if not now or now[0].value != numbers[0].value:
            replies += apply(state, back, "target", numbers[0].text)
    return replies


def asks_edit_undo(state: UserState, text: str) -> bool:
    """«undo», «balikin yg tadi», «batal, balikin teks lama» right after /ubah changed an IKI (nothing changed since):
    the old value back. Words in conversation.yaml edit_undo and taking_back."""
    edited = state.edited
    if edited is None or edited.after != fingerprint(state.skp) or edited.index >= len(state.skp.iki):
        return False
    said = knowledge.data("conversation")
    undo = said["edit_undo"]
    words = tokens(text)
    if " ".join(words) in {" ".join(tokens(phrase)) for phrase in knowledge.taking_back_whole("edit_undo")}:
        return True
    verbs = {t for phrase in knowledge.taking_back("put_back") for t in tokens(phrase)}
    filler = {t for phrase in undo["filler"] + knowledge.taking_back("calling_off") + said["typed_press"]["label_filler"]
              + said["typed_press"]["pointing"] + knowledge.taking_back("regret") for t in tokens(phrase)}
    return any(w in verbs for w in words) and all(w in verbs or w in filler for w in words)


def undo_edit(state: UserState) -> list[Reply]:
    """The IKI /ubah changed last put back as it was, every field."""
    edited, skp = state.edited, state.skp
    state.edited = None
    before = skp_changes.finding_texts(skp)
    skp.iki[edited.index] = edited.before
    lines = [f"Perubahan terakhir dibatalkan; IKI {edited.index + 1} kembali seperti sebelumnya:",
             skp_changes.summary_line(edited.before)]
    lines += skp_changes.changes(before, skp_changes.finding_texts(skp))
    return [Reply("\n".join(lines))]
