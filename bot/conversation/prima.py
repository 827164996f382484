"""The PRIMA flow (Pahami, Rumuskan, Identifikasi, Mulai jabarkan IKI, Ajak dialog) as a small state machine."""

from collections.abc import Callable
from typing import Any

from bot import render
from bot.conversation.replies import Button, Reply
from bot.conversation.state import ChosenIndicator, PrimaState, UserState
from bot.models import IkiDraft, Jenis, Peran, SkpDraft
from bot.numbers import format_number, parse_number, parse_target
from bot.dialog import default_questions
from bot.llm.assistant import NO_AI, Assistant
from bot.rhk import draft_rhk
from bot.rules import check_iki, check_skp
from bot.rules.analysis import implied_satuan
from bot.rules.lexicon import policy
from bot.rules.skp_rules import is_mandatory

STEPS = ("P", "R", "I", "M", "A")
TITLES = {"P": "Pahami", "R": "Rumuskan", "I": "Identifikasi", "M": "Mulai jabarkan IKI", "A": "Ajak dialog kinerja"}
BACK, SKIP, CANCEL = Button("« Kembali", "prima:back"), Button("Lewati", "prima:skip"), Button("Batal", "prima:cancel")
MANDATORY_IKI = "Nilai Indeks Profesionalitas ASN"

Search = Callable[[str], list[Any]]


def header(step: str) -> str:
    return f"Langkah {STEPS.index(step) + 1} dari 5 — {TITLES[step]}"


class Prima:
    """Each method takes the user's state, changes it, and returns the replies for this turn."""

    def __init__(self, search: Search, assistant: Assistant):
        self._search = search  # may raise RetrievalUnavailable; the flow then takes the user's words as they are
        self._assistant = assistant

    # Entry points -----------------------------------------------------------------------------------------
    def start(self, state: UserState) -> list[Reply]:
        if state.prima:
            return [Reply("Melanjutkan PRIMA dari langkah terakhir Anda.")] + self.prompt(state)
        state.prima = PrimaState()
        intro = ("PRIMA menuntun Anda dari indikator unit sampai draf IKI yang siap didialogkan dengan pimpinan. "
                 "Anda bisa berhenti kapan saja; draf tersimpan dan bisa dilanjutkan dengan /prima.")
        return [Reply(intro)] + self.prompt(state)

    def prompt(self, state: UserState) -> list[Reply]:
        prima = state.prima
        step = prima.step
        if step == "P":
            return [Reply(f"{header('P')}\nIndikator unit apa (IKK/IKP) yang didukung pekerjaan Anda? Tulis kata kunci "
                          "atau kodenya, misalnya «cek kesehatan gratis bayi baru lahir» atau «IKK 5.1.1».", [SKIP, CANCEL])]
        if step == "R":
            about = f" untuk {prima.indicator.code} {prima.indicator.name}".rstrip() if prima.indicator else ""
            return [Reply(f"{header('R')}\nTulis strategi dan aktivitas unit{about}: apa yang harus dilakukan, "
                          "parameter apa yang diukur, dan dari mana datanya.", [BACK, SKIP, CANCEL])]
        if step == "I":
            if prima.field == "direct":
                code = prima.indicator.code if prima.indicator else "indikator unit"
                return [Reply(f"{header('I')}\nApakah hasil kerja Anda berkontribusi langsung pada {code} "
                              "(cascading langsung dari Renstra)?",
                              [Button("Ya, langsung", "prima:direct:1"), Button("Tidak langsung", "prima:direct:0"), BACK, CANCEL],
                              choice_only=True)]
            return [Reply(f"{header('I')}\nApa peran Anda di tim kerja?",
                          [Button("Anggota tim", "prima:role:anggota"), Button("Ketua tim", "prima:role:ketua_tim"),
                           Button("Pimpinan unit", "prima:role:pimpinan_unit"), BACK, CANCEL], choice_only=True)]
        if step == "M":
            return self._prompt_m(state)
        return self._summary(state)

    def on_text(self, state: UserState, text: str) -> list[Reply]:
        prima = state.prima
        if prima.step == "P":
            return self._find_indicator(state, text)
        if prima.step == "R":
            prima.strategies = text
            return self._go(state, "I")
        if prima.step == "M":
            return self._on_m_text(state, text)
        return [Reply("Pilih salah satu tombol, atau ketik /batal untuk keluar dari PRIMA.")] + self.prompt(state)

    def on_button(self, state: UserState, data: str) -> list[Reply]:
        prima = state.prima
        action, _, arg = data.partition(":")
        if action == "cancel":
            state.prima = None
            return [Reply("PRIMA dihentikan. Draf IKI Anda tetap tersimpan; ketik /prima untuk memulai lagi, /skp untuk melihat draf.")]
        if action == "back":
            return self._back(state)
        if action == "skip" and prima.step in ("P", "R"):
            return self._go(state, STEPS[STEPS.index(prima.step) + 1])
        if action == "pick" and prima.step == "P" and arg.isdigit() and int(arg) < len(state.hits):
            prima.indicator = state.hits[int(arg)]
            state.hits = []
            chosen = prima.indicator
            about = [f"Dipilih: {chosen.code} {chosen.name}", f"Jalur: {' › '.join(chosen.path)}"]
            if chosen.target:
                about.append(f"Target 2026: {chosen.target}")
            return [Reply("\n".join(about))] + self._go(state, "R")
        if action == "own" and prima.step == "P" and prima.typed:
            prima.indicator, state.hits = ChosenIndicator(code="", name=prima.typed), []
            return [Reply(f"Saya catat indikator unit Anda: «{prima.typed}».")] + self._go(state, "R")
        if action == "role" and prima.step == "I" and arg in Peran.__members__:
            state.skp.peran = Peran(arg)
            prima.field = "direct"
            return self.prompt(state)
        if action == "direct" and prima.step == "I" and arg in ("0", "1"):
            state.skp.cascading_langsung = arg == "1"
            return self._go(state, "M")
        if prima.step == "M":
            return self._on_m_button(state, action, arg)
        if action == "finish" and prima.step == "A":
            state.prima = None
            return [Reply("Draf SKP tersimpan. Ketik /skp untuk melihatnya atau /ekspor untuk berkas XLSX e-Kinerja.")]
        return stale()

    # Steps ------------------------------------------------------------------------------------------------
    def _go(self, state: UserState, step: str) -> list[Reply]:
        state.prima.step = step
        state.prima.field = "indikator" if step == "M" else ""
        return self.prompt(state)

    def _back(self, state: UserState) -> list[Reply]:
        prima = state.prima
        if prima.step == "M" and prima.field != "indikator":
            prima.current, prima.field = None, "indikator"  # drop the half-drafted IKI, keep the saved ones
            return self.prompt(state)
        if prima.step == "I" and prima.field == "direct":
            prima.field = ""
            return self.prompt(state)
        index = STEPS.index(prima.step)
        return self._go(state, STEPS[max(index - 1, 0)])

    def _find_indicator(self, state: UserState, text: str) -> list[Reply]:
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            found = self._search(text)
        except RetrievalUnavailable:
            state.prima.indicator = ChosenIndicator(code="", name=text)
            return [Reply(f"Pencarian sedang tidak tersedia; saya catat indikator unit Anda: «{text}».")] + self._go(state, "R")
        offered = found.results or found.related
        state.hits = [
            ChosenIndicator(code=h.code, name=h.name, path=h.path,
                            target=render.with_unit(h.target_2026, h.unit) if h.target_2026 is not None else "")
            for h in offered
        ]
        state.prima.typed = text  # kept, so "Pakai tulisan saya" can record it as the unit's indicator
        buttons = [Button(f"{h.code} {h.name}"[:60], f"prima:pick:{i}") for i, h in enumerate(state.hits)]
        ask = "Pilih yang sesuai, atau tulis kata kunci lain." if found.results else \
            "Tulis kata kunci atau kode lain, atau pakai tulisan Anda sebagai indikator unit."
        own = Button("Pakai tulisan saya", "prima:own")
        return [Reply(render.search_result(found) + "\n\n" + ask, buttons + [own, SKIP, CANCEL])]

    def _prompt_m(self, state: UserState) -> list[Reply]:
        prima, skp = state.prima, state.skp
        rules = policy()["iki_count"]
        if prima.field == "target":
            return [Reply(f"Target satu tahun untuk «{prima.current.indikator}»? Tulis angkanya, misalnya 100%, 4, atau 82.", [BACK])]
        if prima.field == "satuan":
            return [Reply("Satuan targetnya? Misalnya %, Orang, Sertifikat, Nilai.", [BACK])]
        if prima.field == "jenis":
            options = [Button(j.label, f"prima:jenis:{j.value}") for j in Jenis]
            return [Reply(f"Jenis IKI ini? Saran: {suggest_jenis(state, prima.current).label}.", options + [BACK],
                          choice_only=True)]
        if prima.field == "bobot":
            return [Reply(f"Bobot IKI ini (%)? {weight_hint(skp, prima.current.jenis)}", [BACK])]
        count = len(skp.iki)
        lines = [header("M"), f"IKI tersimpan: {count} (disarankan {rules['min']}–{rules['max']}). Tulis IKI ke-{count + 1} "
                 "berbasis output: ukuran (Persentase/Jumlah/Nilai …) + hasil kerja + syaratnya."]
        buttons = []
        if skp.peran in policy()["mandatory_iki"]["roles"] and not any(is_mandatory(i) for i in skp.iki):
            buttons.append(Button("Tambah IKI wajib IP ASN", "prima:mandatory"))
        if count:
            buttons.append(Button("Selesai, lanjut ke dialog", "prima:done"))
        return [Reply("\n".join(lines), buttons + [BACK, CANCEL])]

    def _on_m_text(self, state: UserState, text: str) -> list[Reply]:
        prima = state.prima
        if prima.field == "indikator":
            return self._take_indicator(state, IkiDraft(indikator=text))
        if prima.field == "target":
            target = parse_target(text)
            if target is None:
                return [Reply("Target harus berupa angka, misalnya 100%, 4, atau 82,5. Coba lagi.", [BACK])]
            prima.current.target = text
            if target.unit and not prima.current.satuan:
                prima.current.satuan = target.unit
            prima.current.satuan = prima.current.satuan or implied_satuan(prima.current)
            prima.field = "satuan" if not prima.current.satuan else "jenis"
            return self._check_units(state) or self.prompt(state)
        if prima.field == "satuan":
            prima.current.satuan = text
            prima.field = "jenis"
            return self._check_units(state) or self.prompt(state)
        if prima.field == "bobot":
            bobot = parse_number(text.strip().rstrip("%").strip())
            if bobot is None or not 0 <= bobot <= 120:
                return [Reply("Bobot harus angka 0–120 (persen), misalnya 20. Coba lagi.", [BACK])]
            return self._save_current(state, bobot)
        return [Reply("Pilih salah satu tombol di atas.")] + self.prompt(state)

    def _on_m_button(self, state: UserState, action: str, arg: str) -> list[Reply]:
        prima = state.prima
        if action == "use" and prima.field == "indikator" and arg.isdigit() and 1 <= int(arg) <= len(state.candidates):
            chosen = state.candidates[int(arg) - 1]
            return self._take_indicator(state, IkiDraft(indikator=chosen.indikator, satuan=chosen.satuan))
        if action == "mandatory" and prima.field == "indikator":
            return self._take_indicator(state, IkiDraft(indikator=MANDATORY_IKI, satuan="Nilai", jenis=Jenis.core_mi))
        if action == "jenis" and prima.field == "jenis" and arg in Jenis.__members__:
            prima.current.jenis = Jenis(arg)
            if prima.current.jenis is Jenis.core_cl and prima.indicator and prima.indicator.code:
                prima.current.parent = prima.indicator.code
            prima.field = "bobot"
            return self.prompt(state)
        if action == "done" and state.skp.iki:
            return self._go(state, "A")
        return stale()

    def _take_indicator(self, state: UserState, draft: IkiDraft) -> list[Reply]:
        result = check_iki(draft)
        if result.has_error:
            assisted = self._assistant.rewrite(draft)
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
        state.prima.current = draft
        state.prima.field = "target" if draft.target is None else "jenis"
        notes = [f"IKI diterima: «{draft.indikator}»"]
        notes += [f"Catatan: {f.message}" for f in result.findings]
        return [Reply("\n".join(notes))] + self.prompt(state)

    def _check_units(self, state: UserState) -> list[Reply] | None:
        """Target and satuan must agree with the measure word (UNIT_MISMATCH) before the IKI moves on."""
        current = state.prima.current
        problems = [f for f in check_iki(current).findings if f.severity == "error"]
        if not problems:
            return None
        current.target, current.satuan = None, None
        state.prima.field = "target"
        return [Reply("\n".join(f"✗ {f.message}" for f in problems) + "\nTulis targetnya lagi.", [BACK])]

    def _save_current(self, state: UserState, bobot: float) -> list[Reply]:
        prima, skp = state.prima, state.skp
        current = prima.current
        current.bobot = bobot
        current.rhk = current.rhk or next(iter(draft_rhk(current.indikator)), None)
        skp.iki.append(current)
        prima.current, prima.field = None, "indikator"
        saved = (f"Tersimpan IKI ke-{len(skp.iki)}: {current.indikator} — target {render.target_text(current)}, "
                 f"{current.jenis.label}, bobot {format_number(bobot)}%.")
        return [Reply(saved)] + self.prompt(state)

    def _summary(self, state: UserState) -> list[Reply]:
        result = check_skp(state.skp)
        lines = [header("A"), "Ringkasan draf SKP Anda untuk dialog kinerja dengan pimpinan:", "", skp_table(state.skp), ""]
        lines.append("Temuan:" if result.findings else "Tidak ada temuan tingkat SKP.")
        for finding in result.findings:
            lines.extend(render.finding_lines(finding))
        questions = self._assistant.dialog_questions(state.skp, default_questions())
        lines += ["", "Bahan dialog kinerja (klarifikasi ekspektasi):" + (f" {NO_AI}" if questions.fell_back else "")]
        lines += [f"{i}. {q}" for i, q in enumerate(questions.value, start=1)]
        buttons = [Button("Ekspor XLSX", "cmd:ekspor"), Button("« Kembali ke IKI", "prima:back"), Button("Selesai", "prima:finish")]
        return [Reply("\n".join(lines), buttons, choice_only=True)]


def suggest_jenis(state: UserState, draft: IkiDraft) -> Jenis:
    if is_mandatory(draft):
        return Jenis.core_mi
    if state.skp.cascading_langsung and state.prima and state.prima.indicator and state.prima.indicator.code:
        return Jenis.core_cl
    return Jenis.core_tusi


def weight_hint(skp: SkpDraft, jenis: Jenis | None) -> str:
    weights = policy()["weights"]
    if jenis is Jenis.beyond:
        used = sum(i.bobot or 0 for i in skp.iki if i.jenis is Jenis.beyond)
        return f"Total Beyond {weights['beyond_total']}%; sudah terpakai {format_number(used)}%."
    split = weights["split"]["direct" if skp.cascading_langsung else "indirect"]
    used = sum(i.bobot or 0 for i in skp.iki if i.jenis and i.jenis.is_core)
    guide = ", ".join(f"{Jenis(j).label} {v}%" for j, v in split.items() if v)
    return f"Panduan total per jenis: {guide}. Sisa bobot Core: {format_number(weights['core_total'] - used)}%."


def skp_table(skp: SkpDraft) -> str:
    if not skp.iki:
        return "(belum ada IKI)"
    rows = []
    for i, iki in enumerate(skp.iki, start=1):
        jenis = iki.jenis.label if iki.jenis else "jenis belum diisi"
        bobot = f"{format_number(iki.bobot)}%" if iki.bobot is not None else "bobot belum diisi"
        rows.append(f"{i}. {iki.indikator}\n   Target {render.target_text(iki)} · {jenis} · {bobot}")
    return "\n".join(rows)


def stale() -> list[Reply]:
    return [Reply("Pilihan itu sudah tidak berlaku. Ketik /prima untuk melanjutkan langkah Anda, atau /bantuan.")]
