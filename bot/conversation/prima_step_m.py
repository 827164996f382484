"""PRIMA step M (Mulai jabarkan IKI): one IKI drafted field by field, with the rules, the weight guidance and the
drafted RHK shown as it is saved. "« Kembali" steps back one field and keeps what was typed."""

from collections.abc import Callable

from bot import render
from bot.conversation.intent import Intent, has_work_object
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.conversation.step_help import jenis_lines, target_hint
from bot.knowledge import policy
from bot.lang.numbers import format_number, parse_target
from bot.llm.assistant import NO_AI, Assistant
from bot.models import IkiDraft, Jenis, SkpDraft
from bot.rules import check_iki
from bot.rules.analysis import implied_satuan
from bot.rules.measures import aspek_of, is_one_off, needs_baseline
from bot.rules.skp_rules import is_mandatory
from bot.rules.weights import overshoot, parse_weight, remaining_text, wants_to_keep, weight_hint
from bot.skp.dialog_pack import QUARTERS, read_quarter
from bot.skp.rhk import draft_rhk

MANDATORY_IKI = "Nilai Indeks Profesionalitas ASN"
FIELDS = ("indikator", "target", "satuan", "baseline", "triwulan_selesai", "jenis", "bobot")
BACK, CANCEL = Button("« Kembali", "prima:back"), Button("Batal", "prima:cancel")
SKIP_BASELINE = Button("Belum ada data awal", "prima:nobaseline")
DUE_BUTTONS = [Button(q, f"prima:due:{n}") for n, q in enumerate(QUARTERS, start=1)] + [Button("Belum tahu", "prima:nodue")]
NEEDS_OBJECT = ("Saya perlu kalimat IKI: ukuran (Persentase, Jumlah, Nilai …) + hasil kerja + syaratnya, misalnya "
                "«Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti». Tulis IKI Anda.")


class StepM:
    def __init__(self, assistant: Assistant, header: Callable[[str], str], suggest_jenis: Callable):
        self._assistant = assistant
        self._header = header
        self._suggest_jenis = suggest_jenis

    # Questions --------------------------------------------------------------------------------------------
    def prompt(self, state: UserState) -> list[Reply]:
        prima, skp = state.prima, state.skp
        current = prima.current
        if prima.field == "target":
            hint = target_hint(current)
            return [Reply(f"Target satu tahun untuk «{current.indikator}»? Tulis angkanya, misalnya 100%, 4, atau 82."
                          + (f"\n{hint}" if hint else ""), [BACK])]
        if prima.field == "satuan":
            return [Reply("Satuan targetnya? Misalnya %, Orang, Sertifikat, Nilai.", [BACK])]
        if prima.field == "baseline":
            return [Reply(f"Capaian terakhir (data awal) untuk «{current.indikator}»? Target ditetapkan dari data awal "
                          "(PermenPANRB 8/2021) dan rencana aksi bergerak dari angka itu. Tulis angkanya, misalnya 80%.",
                          [SKIP_BASELINE, BACK])]
        if prima.field == "triwulan_selesai":
            return [Reply(f"«{current.indikator}» menghasilkan sesuatu yang diserahkan (target "
                          f"{render.target_text(current)}). Triwulan berapa selesainya? Sebelum itu rencana aksinya "
                          "«dalam proses», bukan sudah tercapai sejak TW I.", DUE_BUTTONS + [BACK])]
        if prima.field == "jenis":
            options = [Button(j.label, f"prima:jenis:{j.value}") for j in Jenis]
            return [Reply(f"Jenis IKI ini? Saran: {self._suggest_jenis(state, current).label}.\n{jenis_lines()}",
                          options + [BACK], choice_only=True)]
        if prima.field == "bobot":
            return [Reply(f"Bobot IKI ini (%)? {remaining_text(skp)} Tulis misalnya 20, 20% atau 20,5.", [BACK])]
        return self._prompt_next_iki(state)

    def _prompt_next_iki(self, state: UserState) -> list[Reply]:
        skp, current = state.skp, state.prima.current
        rules = policy().iki_count
        count = len(skp.iki)
        lines = [self._header("M"), f"IKI tersimpan: {count} (disarankan {rules.range_text}). Tulis IKI ke-{count + 1} "
                 "berbasis output: ukuran (Persentase/Jumlah/Nilai …) + hasil kerja + syaratnya."]
        buttons = []
        if current is not None:  # came back here with «Kembali»: what was typed is kept
            lines.append(f"IKI yang sedang disusun: «{current.indikator}» (target {render.target_text(current)}). "
                         "Tulis ulang, atau lanjutkan yang ini.")
            buttons.append(Button("Lanjutkan IKI ini", "prima:resume"))
        if skp.peran in policy().mandatory_iki.roles and not any(is_mandatory(i) for i in skp.iki):
            buttons.append(Button("Tambah IKI wajib IP ASN", "prima:mandatory"))
        if count:
            buttons.append(Button("Selesai, lanjut ke dialog", "prima:done"))
        return [Reply("\n".join(lines), buttons + [BACK, CANCEL])]

    # Answers ----------------------------------------------------------------------------------------------
    def on_text(self, state: UserState, text: str, intent: Intent | None = None) -> list[Reply]:
        prima = state.prima
        current = prima.current
        if prima.field == "indikator":
            return self._take_indicator(state, IkiDraft(indikator=text), intent)
        if prima.field == "target":
            target = parse_target(text)
            if target is None:
                return [Reply("Target harus berupa angka, misalnya 100%, 4, atau 82,5. Coba lagi.", [BACK])]
            current.target = text
            current.satuan = current.satuan or target.unit or implied_satuan(current)
            return self._check_units(state) or self._advance(state)
        if prima.field == "satuan":
            current.satuan = text
            return self._check_units(state) or self._advance(state)
        if prima.field == "baseline":
            if parse_target(text) is None:
                return [Reply("Data awal harus berupa angka, misalnya 80% atau 12. Bila belum ada, pilih «Belum ada data awal».",
                              [SKIP_BASELINE, BACK])]
            current.baseline = text
            return self._advance(state)
        if prima.field == "triwulan_selesai":
            quarter = read_quarter(text)
            if quarter is None:
                return [Reply("Tulis triwulannya: TW I, TW II, TW III atau TW IV, atau pilih «Belum tahu».",
                              DUE_BUTTONS + [BACK])]
            current.triwulan_selesai = quarter
            return self._advance(state)
        if prima.field == "bobot":
            return self._take_weight(state, text)
        return [Reply("Pilih salah satu tombol di bawah ini.")] + self.prompt(state)

    def on_button(self, state: UserState, action: str, arg: str) -> list[Reply] | None:
        """The step's own buttons; None when the button is not one of them (a stale one)."""
        prima = state.prima
        if action == "use" and prima.field == "indikator" and arg.isdigit() and 1 <= int(arg) <= len(state.candidates):
            chosen = state.candidates[int(arg) - 1]
            return self._take_indicator(state, IkiDraft(indikator=chosen.indikator, satuan=chosen.satuan))
        if action == "mandatory" and prima.field == "indikator":
            return self._take_indicator(state, IkiDraft(indikator=MANDATORY_IKI, satuan="Nilai", jenis=Jenis.core_mi))
        if action == "resume" and prima.field == "indikator" and prima.current:
            return self._advance(state, start=0)
        if action == "nobaseline" and prima.field == "baseline":
            return self._advance(state)
        if action in ("due", "nodue") and prima.field == "triwulan_selesai":
            prima.current.triwulan_selesai = read_quarter(arg) if action == "due" else None
            return self._advance(state)
        if action == "jenis" and prima.field == "jenis" and arg in Jenis.__members__:
            prima.current.jenis = Jenis(arg)
            if prima.current.jenis is Jenis.core_cl and prima.indicator and prima.indicator.code:
                prima.current.parent = prima.indicator.code
                prima.current.rhk_atasan = prima.current.rhk_atasan or prima.indicator.name
            return self._advance(state)
        return None

    def back(self, state: UserState) -> list[Reply] | None:
        """One field back, keeping every value typed; None at the first field (the flow goes a step back)."""
        prima = state.prima
        if prima.field == "indikator":
            return None
        index = FIELDS.index(prima.field)
        prima.field = next((f for f in reversed(FIELDS[:index]) if self._asked(prima.current, f)), "indikator")
        return self.prompt(state)

    # Moving on --------------------------------------------------------------------------------------------
    def _asked(self, current: IkiDraft, field: str) -> bool:
        """Whether the flow asks this field for this IKI (a Persentase needs no satuan; a count no baseline)."""
        if field == "satuan":
            return implied_satuan(current) is None
        if field == "baseline":
            return needs_baseline(current)
        if field == "triwulan_selesai":
            return is_one_off(current)  # "1 dashboard": due in one quarter, not spread over the year
        return True

    def _advance(self, state: UserState, start: int | None = None) -> list[Reply]:
        """To the next field this IKI still needs: after the current one (or after FIELDS[start]), skipping
        fields already answered and fields this IKI is not asked (satuan of a Persentase, baseline of a count)."""
        prima = state.prima
        current = prima.current
        begin = (FIELDS.index(prima.field) if start is None else start) + 1
        prima.field = next((f for f in FIELDS[begin:] if self._asked(current, f) and getattr(current, f) is None), "bobot")
        return self.prompt(state)

    def _take_indicator(self, state: UserState, draft: IkiDraft, intent: Intent | None = None) -> list[Reply]:
        """intent: the text as the engine read it (typed text only; a button's candidate is read here)."""
        reading = intent.reading if intent else None
        if not (intent.work_object if intent else has_work_object(draft.indikator)):
            return [Reply(NEEDS_OBJECT, [BACK, CANCEL])]
        result = check_iki(draft, reading)
        if result.has_error:
            assisted = self._assistant.rewrite(draft, checked=result)
            suggestions = assisted.value
            state.candidates = suggestions.candidates
            replies = [Reply(render.iki_result(result) + "\n\nIKI ini belum bisa disimpan; perbaiki dulu.")]
            buttons = [Button(f"Pakai usulan {i}", f"prima:use:{i}") for i in range(1, len(suggestions.candidates) + 1)]
            if suggestions.candidates:
                note = f"\n{NO_AI}" if assisted.fell_back else ""
                replies.append(Reply(render.candidates(suggestions) + note + "\n\nPilih usulan, atau tulis ulang IKI Anda.", buttons + [BACK]))
            else:
                replies.append(Reply("Tulis ulang IKI Anda dalam bentuk hasil (output).", [BACK]))
            return replies
        state.candidates = []
        if result.read_as:  # what the rules read is what is saved ("IKI: … yg …" → "… yang …")
            draft = draft.model_copy(update={"indikator": result.read_as, "target": draft.target or result.target_read})
        state.prima.current = draft
        state.prima.field = "indikator"
        notes = [f"IKI diterima: «{draft.indikator}»"]
        notes += [f"Catatan: {f.message}" for f in result.findings]
        return [Reply("\n".join(notes))] + self._advance(state, start=0)

    def _check_units(self, state: UserState) -> list[Reply] | None:
        """Target and satuan must agree with the measure word (UNIT_MISMATCH) before the IKI moves on."""
        current = state.prima.current
        problems = [f for f in check_iki(current).findings if f.severity == "error"]
        if not problems:
            return None
        current.target, current.satuan = None, None
        state.prima.field = "target"
        return [Reply("\n".join(f"✗ {f.message}" for f in problems) + "\nTulis targetnya lagi.", [BACK])]

    def _take_weight(self, state: UserState, text: str) -> list[Reply]:
        prima = state.prima
        keep = wants_to_keep(text)
        bobot = parse_weight(text) if not keep or parse_weight(text) is not None else prima.pending_bobot
        if bobot is None:
            return [Reply(f"{weight_hint()} Coba lagi.", [BACK])]
        reason = overshoot(state.skp, prima.current.jenis, bobot)
        if reason and not keep:
            prima.pending_bobot = bobot
            return [Reply(f"{reason} Tulis bobot lain, atau ketik «tetap simpan» untuk menyimpan {format_number(bobot)}%.",
                          [BACK])]
        prima.pending_bobot = None
        return self._save(state, bobot)

    def _save(self, state: UserState, bobot: float) -> list[Reply]:
        prima, skp = state.prima, state.skp
        current = prima.current
        current.bobot = bobot
        current.rhk = current.rhk or next(iter(draft_rhk(current.indikator)), None)
        skp.iki.append(current)  # aspek stays unset: it follows the measure until the user sets it (aspek_of)
        prima.current, prima.field = None, "indikator"
        number = len(skp.iki)
        saved = [f"Tersimpan IKI ke-{number}: {current.indikator} — target {render.target_text(current)}, "
                 f"{current.jenis.label}, bobot {format_number(bobot)}%, aspek {aspek_of(current).value.capitalize()}."]
        if current.rhk:
            saved.append(f"RHK: {current.rhk}")
        saved.append(f"Ubah bagian mana pun kapan saja, misalnya /ubah {number} rhk … atau /ubah {number} aspek kualitas.")
        return [Reply("\n".join(saved))] + self.prompt(state)


def skp_table(skp: SkpDraft) -> str:
    if not skp.iki:
        return "(belum ada IKI)"
    rows = []
    for i, iki in enumerate(skp.iki, start=1):
        jenis = iki.jenis.label if iki.jenis else "jenis belum diisi"
        bobot = f"{format_number(iki.bobot)}%" if iki.bobot is not None else "bobot belum diisi"
        rows.append(f"{i}. {iki.indikator}\n   Target {render.target_text(iki)} · {jenis} · {bobot} · "
                    f"aspek {aspek_of(iki).value.capitalize()}")
        if iki.rhk:
            rows.append(f"   RHK: {iki.rhk}")
    return "\n".join(rows)
