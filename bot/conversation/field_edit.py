"""One field of one IKI asked and changed (/ubah N's menu and question, its answer typed): the change re-checked
by the rules and said with the findings it added or cleared; a refused value changes nothing and asks again."""

from bot import render
from bot.conversation import field_value, skp_changes
from bot.conversation.answers import one_share
from bot.conversation.field_value import ASK, LABELS
from bot.conversation.iki_fields import NUMBER_FIELDS, baseline_held
from bot.conversation.intent import bare_command, classify, request_in
from bot.conversation.prima_step_m import names_mandatory
from bot.conversation.replies import Button, Reply
from bot.conversation.skp_changes import fingerprint
from bot.conversation.skp_view import view
from bot.conversation.state import EditedIki, EditState, UserState
from bot.conversation.step_help import jenis_lines, jenis_offered, target_hint
from bot.lang.numbers import format_number
from bot.lang.values import numbers_in, share_in
from bot.models import Aspek
from bot.rules.measures import aspek_of
from bot.rules.weights import parse_weight, remaining_text, wants_to_keep
from bot.skp.dialog_pack import QUARTERS, trajectory
from bot.skp.rhk import qualifier_present
from bot.year import quarter_plan
from bot.year.versions import iki_first_quarter

CANCEL = Button("Batal", "skp:cancel")


def called_off(state: UserState) -> str:
    """What a change's question called off («Batal», /batal) leaves: under the target asked after a new text or unit
    (retarget), that change stays and the target is as it was (rhk51: «Tidak ada yang diubah.» after the text had
    changed); "" for any other question, where nothing was changed."""
    edit = state.edit
    if edit is None or not edit.retarget or edit.index >= len(state.skp.iki):
        return ""
    return f"Target IKI {edit.index + 1} tetap {state.skp.iki[edit.index].target}; perubahan sebelumnya tetap tersimpan."


def on_text(state: UserState, text: str) -> list[Reply]:
    edit = state.edit
    if edit.index >= len(state.skp.iki):
        state.edit = None
        return [Reply("IKI itu sudah tidak ada.")] + view(state)
    if edit.field == "indikator" and classify(text).smalltalk == "ack":
        if not edit.pending:  # «sip» when asked for the new wording: the IKI as it is, never «sip» as its text
            state.edit = None
            return [Reply(f"Baik, kalimat IKI {edit.index + 1} tetap: «{state.skp.iki[edit.index].indikator}».")]
        text = edit.pending  # «ya», «sip» under the shorter wording proposed (shorten.py): that wording
    if wants_to_keep(text) and parse_weight(text) is None and edit.pending:
        text = f"{edit.pending} tetap simpan"  # "tetap simpan" alone keeps the weight just refused
    return apply(state, edit.index, edit.field, text)


def lets_go(state: UserState, text: str) -> bool:
    """A message at /ubah's number question that holds no number and clearly asks for something else (the mandatory
    IKI added, a command's word, a request such as /mpph): the question is let go (tester20a #12: «tambah iki wajib
    ip asn» got «Bobot harus angka» again and again)."""
    if state.edit is None or state.edit.field not in NUMBER_FIELDS or numbers_in(text):
        return False
    return names_mandatory(text) or bare_command(text) is not None or request_in(text) is not None


def let_go(state: UserState) -> list[Reply]:
    """The open /ubah question dropped, said in one line: nothing of that IKI changed."""
    edit, state.edit = state.edit, None
    return [Reply(f"{LABELS[edit.field]} IKI {edit.index + 1} tidak saya ubah.")]


def prompt(state: UserState) -> list[Reply]:
    """The edit question that is still open (after a restart or a stale button)."""
    return ask(state, state.edit.index, state.edit.field)


def apply(state: UserState, index: int, field: str, text: str, ask_target: bool = True) -> list[Reply]:
    """Change one field of IKI `index`, say what the rules think of the change; a refused value changes nothing. A new
    text or unit the target no longer fits («Persentase …» with «12 kali») asks the new target next (ask_target), so
    a «90%» typed after it is that target."""
    skp = state.skp
    before = skp_changes.finding_texts(skp)
    iki = skp.iki[index]
    error, update = field_value.parse(skp, index, field, text.strip())
    if error:  # (still the target a new text asked for: retarget kept)
        retarget = bool(state.edit and state.edit.retarget and state.edit.index == index and field == "target")
        state.edit = EditState(index=index, field=field, pending=update.get("_pending", ""), retarget=retarget)
        return [Reply(error, _value_buttons(index, field, state) + [CANCEL])]
    skp.iki[index] = iki.model_copy(update=update)
    if "indikator" in update:
        from bot.conversation import list_drafts  # (lazily, as skp_view._list_left: iki_list reaches back here)

        list_drafts.reworded(state.listed, iki.indikator, update["indikator"])
    state.edit = None
    state.edited = EditedIki(index=index, before=iki, after=fingerprint(skp))
    changed = skp.iki[index]
    lines = [f"IKI {index + 1} diubah ({LABELS[field]}):", skp_changes.summary_line(changed)]
    if field in ("target", "baseline") and one_share(text, iki.indikator):  # «12 dari 15 desa»: how 80% was read
        lines.append(f"{LABELS[field]} {update[field]} dibaca dari «{share_in(text).share_of}».")
    if field == "bobot":
        lines.append(remaining_text(skp))
    if field in ("target", "baseline") and baseline_held(changed):  # 80% from 80%: said, not silently kept
        lines.append(baseline_held(changed).strip().replace("/ubah …", f"/ubah {index + 1}"))
    if field in ("target_triwulan", "triwulan_selesai"):
        lines.append("Target per triwulan: " + " · ".join(f"{q} {t}" for q, t in zip(QUARTERS, trajectory(changed, iki_first_quarter(state.year, changed.indikator)))))
    if field == "rhk" and not qualifier_present(changed.rhk or ""):
        lines.append("Catatan: RHK yang baik memuat qualifier, misalnya «… sesuai ketentuan dan siap direviu».")
    lines += skp_changes.changes(before, skp_changes.finding_texts(skp))
    if ask_target and field in ("indikator", "satuan") and changed.target is not None and field_value.unit_mismatched(changed):
        state.edit = EditState(index=index, field="target", retarget=True)
        lines.append(f"Targetnya belum cocok dengan ukuran yang baru. Tulis target baru IKI {index + 1}, misalnya "
                     "90%, atau /batal bila targetnya tetap.")
    return [Reply("\n".join(lines))]


def menu_in(replies: list[Reply]) -> bool:
    """Whether «Ubah bagian mana dari IKI N?» is among the replies (its skp:field:N:… buttons)."""
    return any(b.data.startswith("skp:field:") for r in replies for b in r.buttons)


def field_menu(state: UserState, index: int) -> list[Reply]:
    buttons = [Button(label, f"skp:field:{index + 1}:{field}") for field, label in LABELS.items()]
    return [Reply(f"Ubah bagian mana dari IKI {index + 1}?\n{skp_changes.summary_line(state.skp.iki[index])}",
                  buttons + [Button(f"Buang IKI {index + 1}", f"skp:drop:{index + 1}"), CANCEL], choice_only=True)]


def ask(state: UserState, index: int, field: str) -> list[Reply]:
    state.edit = EditState(index=index, field=field)
    iki = state.skp.iki[index]
    now = {"indikator": iki.indikator, "target": render.target_text(iki), "satuan": iki.satuan or "-",
           "jenis": iki.jenis.label if iki.jenis else "-", "bobot": f"{format_number(iki.bobot)}%" if iki.bobot is not None else "-",
           "rhk": iki.rhk or "-", "aspek": aspek_of(iki).value.capitalize(), "baseline": str(iki.baseline or "-"),
           "target_triwulan": " · ".join(f"{q} {t}" for q, t in zip(QUARTERS, quarter_plan.texts(state.year, iki))),
           "triwulan_selesai": QUARTERS[iki.triwulan_selesai - 1] if iki.triwulan_selesai else "-",
           "parent": iki.parent or "-", "rhk_atasan": iki.rhk_atasan or "-"}[field]
    hint = {"bobot": f" {remaining_text(state.skp, skip=index)}", "jenis": f"\n{jenis_lines(state.skp)}",
            "target": f" {target_hint(iki)}".rstrip()}.get(field, "")
    return [Reply(f"IKI {index + 1}, {LABELS[field]} sekarang: {now}. {ASK[field]}{hint}",
                  _value_buttons(index, field, state) + [CANCEL], choice_only=field in ("jenis", "aspek"))]


def _value_buttons(index: int, field: str, state: UserState) -> list[Button]:
    if field == "jenis":  # the jenis the guidance leaves this role
        return [Button(j.label, f"skp:set:{index + 1}:jenis:{j.value}") for j in jenis_offered(state.skp)]
    if field == "aspek":
        return [Button(a.value.capitalize(), f"skp:set:{index + 1}:aspek:{a.value}") for a in Aspek]
    if field == "triwulan_selesai":
        return [Button(q, f"skp:set:{index + 1}:triwulan_selesai:{n}") for n, q in enumerate(QUARTERS, start=1)]
    return []
