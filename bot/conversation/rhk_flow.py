"""/rhk in chat: an output IKI gets its RHK; an activity gets /cek's verdict and an RHK from the result it serves;
a leader's RHK is not rephrased as the member's own: the bot asks which part the member delivers first."""

from bot import render
from bot.conversation.replies import Button, Reply
from bot.conversation.state import RhkState, UserState
from bot.lang.text import clean
from bot.llm.assistant import NO_AI, Assistant
from bot.skp.rhk import member_parts, member_rhk, plan_rhk

CANCEL = Button("Batal", "rhk:cancel")
EXAMPLE = "Tulis IKI atau RHK pimpinan setelah /rhk, contoh:\n/rhk Jumlah hasil analisis kesenjangan kinerja pegawai"
ADVICE = "Sesuaikan qualifier dengan ekspektasi pimpinan saat dialog kinerja."


def start(state: UserState, assistant: Assistant, text: str) -> list[Reply]:
    if not text:
        return [Reply(EXAMPLE)]
    plan = plan_rhk(text)
    if plan.leader:
        state.rhk = RhkState(leader=clean(text))
        buttons = [Button(part["label"], f"rhk:part:{key}") for key, part in member_parts().items()]
        return [Reply(f"«{state.rhk.leader}» adalah RHK pimpinan: hasil yang ingin dicapai unit, bukan RHK Anda sendiri. "
                      "RHK Anda diturunkan dari bagian yang Anda kerjakan, seperti pada MPPH. Bagian mana yang Anda pegang?",
                      buttons + [CANCEL], choice_only=True)]
    replies = []
    if plan.verdict is not None:
        why = ("RHK menyatakan hasil, bukan kegiatan. Saya susun dari hasil yang dilayani kegiatan itu:\n"
               f"«{plan.based_on}»") if plan.based_on else "Tulis ulang sebagai hasil (output), lalu kirim /rhk lagi."
        replies.append(Reply(render.iki_result(plan.verdict) + "\n\n" + why))
    if not plan.drafts:
        return replies or [Reply("Saya tidak menemukan kata dalam teks itu. Tulis IKI atau RHK pimpinan Anda.")]
    assisted = assistant.rhk(plan.based_on or text, deterministic=plan.drafts)
    return replies + [Reply(_drafts_text(assisted.value, assisted.fell_back))]


def prompt(state: UserState) -> list[Reply]:
    """The open question, asked again: which part, or the part itself."""
    flow = state.rhk
    if flow.part_kind:
        return [Reply(member_parts()[flow.part_kind]["ask"], [CANCEL])]
    buttons = [Button(part["label"], f"rhk:part:{key}") for key, part in member_parts().items()]
    return [Reply(f"RHK pimpinan «{flow.leader}»: bagian mana yang Anda pegang?", buttons + [CANCEL], choice_only=True)]


def on_button(state: UserState, action: str, arg: str) -> list[Reply]:
    flow = state.rhk
    if action == "cancel" or flow is None:
        state.rhk = None
        return [Reply("Penyusunan RHK dihentikan." if action == "cancel" else "Pilihan itu sudah tidak berlaku. Kirim /rhk lagi.")]
    if action == "part" and arg in member_parts():
        flow.part_kind = arg
        return [Reply(member_parts()[arg]["ask"], [CANCEL])]
    return [Reply("Pilih salah satu tombol di atas, atau ketik /batal.")]


def on_text(state: UserState, text: str) -> list[Reply]:
    flow = state.rhk
    if not flow.part_kind:
        return [Reply("Pilih dulu bagian yang Anda pegang dengan tombol di atas, atau ketik /batal.")]
    drafted = member_rhk(flow.leader, flow.part_kind, text)
    state.rhk = None
    return [Reply(_drafts_text([drafted], False) + f"\nInduk (RHK pimpinan): {flow.leader}")]


def _drafts_text(drafts: list[str], fell_back: bool) -> str:
    lines = ["Usulan RHK (hasil + qualifier):"] + [f"{i}. {d}" for i, d in enumerate(drafts, start=1)]
    lines.append(f"\n{ADVICE}" + (f" {NO_AI}" if fell_back else ""))
    return "\n".join(lines)
