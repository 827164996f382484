"""The PRIMA flow (Pahami, Rumuskan, Identifikasi, Mulai jabarkan IKI, Ajak dialog) as a small state machine.
Nothing typed is lost to a wrong tap: cancelling asks whether to keep the progress, and /prima resumes it."""

import re
from collections.abc import Callable
from typing import Any

from bot import knowledge, render
from bot.conversation import list_summary, offer_onward, prima_offer, step_help
from bot.conversation.answers import MAX_VALUE_WORDS, picks_by_number, read_answer, typed_target, without_lead_in
from bot.conversation.choices import goes_back_to, label_word, resumes_where_left, selecting, typed_choice
from bot.conversation.iki_fields import FIELDS, LABELS, Fields, is_yes, short
from bot.conversation.intent import Intent, reports_done_work
from bot.conversation.kept_work import own_wording
from bot.conversation.offered import done_going_on
from bot.conversation.prima_moves import (
    asked_examples,
    cancels,
    goes_back,
    goes_to_iki,
    has_words,
    leaves_flow,
    skipped_answers,
    strategies_from,
    undoes_back,
    values_listed,
)
from bot.conversation.prima_step_m import StepM, mandatory_draft, names_mandatory, skp_table, typed_ahead, typed_draft
from bot.conversation.replies import Button, Reply, stale
from bot.conversation.several_picks import fields_for_several, named_clauses
from bot.conversation.starred import Starred, read_starred
from bot.conversation.state import ChosenIndicator, PrimaState, UserState
from bot.conversation.typed_work import new_iki_in, new_work, reads_as_iki
from bot.conversation.unit_told import UnitTold, unit_told
from bot.knowledge import policy
from bot.lang.text import phrase_set, tokens
from bot.llm.assistant import NO_AI, Assistant
from bot.models import IkiDraft, Jenis, Peran, SkpDraft
from bot.rules import check_skp
from bot.rules.skp_rules import is_mandatory
from bot.rules.weights import caps, used
from bot.skp.dialog_pack import default_questions

STEPS = ("P", "R", "I", "M", "A")
TITLES = {"P": "Pahami", "R": "Rumuskan", "I": "Identifikasi", "M": "Mulai jabarkan IKI", "A": "Ajak dialog kinerja"}
BACK, SKIP, CANCEL = Button("« Kembali", "prima:back"), Button("Lewati", "prima:skip"), Button("Batal", "prima:cancel")
OWN = Button("Pakai tulisan saya", "prima:own")
POOR_FIT = Button("Indikator ini kurang cocok", "prima:poorfit")
ROLES = [Button("Anggota tim", "prima:role:anggota"), Button("Ketua tim", "prima:role:ketua_tim"),
         Button("Pimpinan unit", "prima:role:pimpinan_unit")]
DIRECT = [Button("Ya, langsung", "prima:direct:1"), Button("Tidak langsung", "prima:direct:0")]
RESUMED = "Melanjutkan PRIMA; isian Anda masih ada."
KEEP_ANSWER = Button("Pakai jawaban tadi", "prima:skip")  # a step's kept answer shown again: on to the next step

Search = Callable[[str], Any]


def none_fits(text: str) -> bool:
    """«ga ada yg pas kayaknya» after a search at step 1: none of the rows fits (conversation.yaml `prima_none_fits`),
    a short message with no number; never a keyword to search or the unit's indicator."""
    words = tokens(text)
    return 0 < len(words) <= knowledge.data("conversation")["prima_none_fits_max_words"] \
        and not any(ch.isdigit() for ch in text) and phrase_set("conversation", "prima_none_fits").find(words) is not None


def header(step: str) -> str:
    return f"Langkah {STEPS.index(step) + 1} dari 5 — {TITLES[step]}"


def _shares_work(draft: IkiDraft, indicator: ChosenIndicator) -> bool:
    """Whether the IKI names the work of the chosen unit indicator (two meaningful words in common)."""
    from bot.retrieval.normalize import stopwords

    def words(text: str) -> set[str]:
        return {w for w in tokens(text) if len(w) > 2 and w not in stopwords()}

    return len(words(draft.indikator) & words(indicator.name)) >= 2


def suggest_jenis(state: UserState, draft: IkiDraft) -> Jenis:
    """The jenis this IKI most likely is, asked per IKI: IP ASN is MI; an innovation Beyond; Core CL only for a direct
    cascade from a unit indicator the user did not mark as a poor fit, while CL has room and the IKI names its work
    (or is the first CL); else TUSI, or the core jenis that still has room."""
    if is_mandatory(draft) or phrase_set("conversation", "core_mi_cues").find(tokens(draft.indikator)):
        return Jenis.core_mi
    if phrase_set("conversation", "beyond_cues").find(tokens(draft.indikator)) or draft.indikator in state.beyond_told:
        return Jenis.beyond
    skp = state.skp
    room = {jenis: cap - used(skp)[jenis] for jenis, cap in caps(skp).items()}
    chosen = state.prima.indicator if state.prima else None
    # a unit leader's indicator in their own words is still their PK's, cascaded when they said so (tester55 F15:
    # «Ya, langsung» and yet «Saran: Core TUSI»); a member's own words name no Renstra indicator
    named = chosen and (chosen.code or step_help.for_leader(skp))
    cl_fits = bool(skp.cascading_langsung and named and not chosen.poor_fit) and room[Jenis.core_cl] > 0
    if cl_fits and (_shares_work(draft, chosen) or not any(i.jenis is Jenis.core_cl for i in skp.iki)):
        return Jenis.core_cl
    if room[Jenis.core_tusi] > 0 or not cl_fits:
        return Jenis.core_tusi
    return Jenis.core_cl


def is_open(state: UserState) -> bool:
    """PRIMA is running (not paused by /batal with its progress kept)."""
    return bool(state.prima and not state.prima.paused)


class Prima:
    """Each method takes the user's state, changes it, and returns the replies for this turn."""

    def __init__(self, search: Search, assistant: Assistant):
        self._search = search  # may raise RetrievalUnavailable; the flow then takes the user's words as they are
        self._assistant = assistant
        self._iki = StepM(assistant, header, suggest_jenis, self._waiting_list)

    # Entry points -----------------------------------------------------------------------------------------
    def start(self, state: UserState) -> list[Reply]:
        if state.prima and state.prima.paused:
            return [Reply(f"Anda punya PRIMA yang dijeda di {header(state.prima.step)}. Lanjutkan dari sana, atau mulai "
                          "dari awal? Draf IKI yang sudah tersimpan tetap ada.",
                          [Button("Lanjutkan", "prima:continue"), Button("Mulai dari awal", "prima:restart")],
                          choice_only=True)]
        if state.prima:
            return [Reply("Melanjutkan PRIMA dari langkah terakhir Anda.")] + self.prompt(state)
        state.prima = PrimaState()
        state.english_noted = [where for where in state.english_noted if where != "prima"]  # a new run: said again
        intro = ("PRIMA menuntun Anda dari indikator unit sampai draf IKI yang siap didialogkan dengan pimpinan. "
                 "Anda bisa berhenti kapan saja; draf tersimpan dan bisa dilanjutkan dengan /prima.")
        return [Reply(intro)] + self.prompt(state)

    def _waiting_list(self, state: UserState) -> Reply | None:
        """A pasted list with none of its passing lines drafted, while step M asks for the next IKI (one line's
        «Rincian» suggestion taken meanwhile, or the chat reopened): named again so a paste is never lost."""
        if state.prima.queue:
            return None
        return list_summary.still_waiting(state.listed, {iki.indikator.lower() for iki in state.skp.iki})

    @staticmethod
    def takes_starred(state: UserState, text: str) -> bool:
        """«*…» at steps 1–2 or at the role question right after step 2: the answer just given put right."""
        prima = state.prima
        return bool(is_open(state) and (prima.step in ("P", "R") or prima.step == "I" and prima.field != "direct")
                    and read_starred(text) is not None)

    def _starred(self, state: UserState, starred: Starred, text: str) -> list[Reply]:
        """A «*…» at the role question puts the activities of step 2 right (added to with «sama/juga», replaced
        otherwise); at step 2 it is its answer, or puts the work carried from step 1 right the same way. With no
        activities to put right, what it read is said and the question asked again: never a stray, never lost."""
        prima = state.prima
        if _tapped(starred.body, ROLES + DIRECT) is not None:  # «*eh ketua tim maksudnya»: the option, typed
            return self.on_text(state, starred.body)
        if prima.step == "P":  # the words just searched put right: searched again, as they now read
            return self.on_text(state, f"{prima.typed} {starred.body}" if starred.adds and prima.typed else starred.body)
        if prima.step == "R":
            adds = prima.field == "carried" and starred.adds  # the work carried from step 1 added to, or put right
            prima.strategies = f"{prima.strategies}\n{starred.body}" if adds else starred.body
            return self._go(state, "I")
        if not prima.strategies:
            return [Reply(f"«{short(text.strip(), 120)}» saya baca sebagai perbaikan jawaban sebelumnya, tetapi belum "
                          "ada strategi atau aktivitas (langkah 2) yang bisa saya perbaiki. Pilih «Kembali» untuk "
                          "mengisinya, atau jawab pertanyaan di bawah.")] + self.prompt(state)
        if starred.adds:
            prima.strategies = f"{prima.strategies}\n{starred.body}"
            said = f"Saya tambahkan ke aktivitas langkah 2: «{starred.body}»."
        else:
            prima.strategies = starred.body
            said = f"Aktivitas langkah 2 saya ganti menjadi: «{starred.body}»."
        return [Reply(said)] + self.prompt(state)

    def prompt(self, state: UserState) -> list[Reply]:
        prima = state.prima
        step = prima.step
        if step == "P":
            searched = self._searched_buttons(state)  # asked again after a question: the search's own buttons kept
            own = (f"\nAtau pakai tulisan Anda «{short(prima.typed, 60)}» sebagai indikator unit (tombol «{OWN.label}»)."
                   if OWN in searched else "")  # (tester52 P3-6: only [Lewati] [Batal] were left, and #1 skipped)
            return [Reply(f"{header('P')}\nIndikator unit apa (IKK/IKP) yang didukung pekerjaan Anda? Tulis kata kunci "
                          f"atau kodenya, misalnya «cek kesehatan gratis bayi baru lahir» atau «IKK 5.1.1».{own}",
                          searched + [SKIP, CANCEL])]
        if step == "R":
            named = " ".join(part for part in (prima.indicator.code, prima.indicator.name) if part) if prima.indicator else ""
            about = f" untuk «{named}»" if named else ""
            poor = [POOR_FIT] if prima.indicator and prima.indicator.code and not prima.indicator.poor_fit else []
            if prima.field == "carried":  # the user's own work, described at step 1, is already kept
                return [Reply(f"{header('R')}\nPekerjaan yang Anda tulis («{short(prima.strategies, 80)}») sudah saya "
                              f"catat sebagai aktivitas{about}. Tambahkan strategi unit bila ada, atau pilih «Lewati».",
                              poor + [BACK, SKIP, CANCEL])]
            if prima.strategies:  # shown again after «Kembali»: the answer kept, and how to keep it (tester53 P3-5)
                return [Reply(f"{header('R')}\nJawaban Anda sebelumnya (tetap tersimpan): «{short(prima.strategies, 200)}»"
                              f"\nTulis jawaban baru untuk menggantinya, atau pilih «{KEEP_ANSWER.label}».",
                              poor + [KEEP_ANSWER, BACK, CANCEL])]
            return [Reply(f"{header('R')}\nTulis strategi dan aktivitas unit{about}: apa yang harus dilakukan, "
                          "parameter apa yang diukur, dan dari mana datanya. Aktivitasnya saya tawarkan sebagai titik "
                          "awal IKI di langkah 4.", poor + [BACK, SKIP, CANCEL])]
        if step == "I":
            if prima.field == "direct":
                code = prima.indicator.code if prima.indicator and prima.indicator.code else "indikator unit"
                return [Reply(f"{header('I')}\nApakah hasil kerja Anda berkontribusi langsung pada {code} "
                              "(cascading langsung dari Renstra)?",
                              DIRECT + [BACK, CANCEL], choice_only=True)]
            return [Reply(f"{header('I')}\nApa peran Anda di tim kerja?", ROLES + [BACK, CANCEL], choice_only=True)]
        if step == "M":
            return self._iki.prompt(state)
        return self._summary(state)

    @staticmethod
    def _searched_buttons(state: UserState) -> list[Button]:
        """The buttons of step 1's last search, while it is open: a row of each indicator found, and «Pakai tulisan
        saya» for the words searched (also when nothing was found); [] before any search or once one was picked."""
        prima = state.prima
        rows = [Button(f"{h.code} {h.name}"[:60], f"prima:pick:{i}") for i, h in enumerate(state.hits)]
        return rows + ([OWN] if prima.typed and (state.hits or prima.misses) else [])

    def reminder(self, state: UserState) -> Reply:
        """One line saying which step is open, with that step's buttons: shown after another command mid-flow."""
        pending = self.prompt(state)[-1]
        where = header(state.prima.step)
        if state.prima.step == "M" and state.prima.current:
            where += f", IKI «{state.prima.current.indikator}»"
        return Reply(f"(PRIMA masih terbuka: {where}. Lanjutkan dengan menjawab, atau pilih tombol di bawah.)",
                     pending.buttons, choice_only=pending.choice_only, reminder=True)

    def takes_only_row(self, state: UserState, intent: Intent) -> bool:
        """«ok lanjut» under a search at step 1 that found one indicator: that one, picked."""
        return bool(is_open(state) and state.prima.step == "P" and len(state.hits) == 1 and intent.smalltalk == "ack")

    def takes_list(self, state: UserState) -> bool:
        """Step M waits for an IKI: a pasted list is drafted here, one IKI after another."""
        return bool(is_open(state) and state.prima.step == "M" and state.prima.field == "indikator")

    def steps_aside(self, state: UserState) -> str:
        """A list of the user's own pasted under the IKI proposed together from their work: PRIMA paused with the
        proposals kept (/prima shows them again), and the list read as any pasted list. The words that say so.
        A list of IKI pasted where step 2 asks the unit's strategy: the user has IKI already, so PRIMA pauses there too
        and the list's follow-ups («yg no 3 kenapa?», «ganti jd …», «Simpan») are the list's, never the strategy
        (d22-dev01: the lines were joined into one IKI, then the question met step 2's help). At step 1 the list's
        acts are read inside PRIMA (prima_text), so another flow left open (MPPH) never takes them (d12-pkm05)."""
        if is_open(state) and state.prima.step == "R":
            state.prima.paused, state.prima.strays = True, 0
            return (f"PRIMA saya jeda di {header(state.prima.step)}; isian Anda tersimpan, lanjutkan kapan saja dengan "
                    "/prima. Daftar IKI Anda saya periksa di sini.")
        if not (is_open(state) and state.prima.together):
            return ""
        state.prima.paused, state.prima.strays = True, 0
        return "Daftar Anda sendiri saya periksa; usulan PRIMA tetap tersimpan, tampilkan lagi dengan /prima."

    def take_list(self, state: UserState, drafts: list[IkiDraft], source: str = "daftar Anda") -> list[Reply]:
        """source: where the IKI came from («bagian Anda di MPPH» for an invite); the fields named are the ones
        they lack, in the order asked (an invited member's part has its target and jenis: never «target, jenis»). An
        IKI the draft holds already («no 3 pake usulan 1» saved it) is not drafted twice."""
        saved = {tuple(tokens(iki.indikator.lower())) for iki in state.skp.iki}
        drafts = [d for d in drafts if tuple(tokens(d.indikator.lower())) not in saved]
        if not drafts:
            return self.prompt(state)
        lacking = [LABELS[f].lower() for f in FIELDS
                   if any(Fields.asked(d, f) and getattr(d, f) is None for d in drafts)]
        asked = ", ".join(lacking[:-1]) + f", lalu {lacking[-1]}" if len(lacking) > 1 else "".join(lacking)
        return [Reply(f"{len(drafts)} IKI dari {source} saya susun satu per satu"
                      + (f"; yang belum terisi saya tanyakan: {asked}." if asked else "."))] \
            + self._iki.take_list(state, drafts)

    def accept(self, state: UserState) -> list[Reply] | None:
        """«ok» in step M to the suggested weight or jenis: taken; «ok lanjut» under step 4's starting points with no
        IKI being drafted: the first of them taken, as they are worked through in order (None when nothing is
        suggested)."""
        prima = state.prima
        if prima.field in ("bobot", "jenis"):
            return self._iki.fields.accept(state)
        if prima.field == "indikator" and prima.current is None and prima.proposals and not prima.together \
                and not state.candidates:
            return self.on_button(state, "propose:1")
        return None

    def awaits_yes(self, state: UserState, text: str) -> bool:
        """A guessed value («70an») waits for a yes, and this message is one («ya», «oke»): it is an answer."""
        return bool(is_open(state) and state.prima.step == "M" and state.prima.proposed and is_yes(text))

    def answers_offer(self, state: UserState, text: str) -> bool:
        """Step 4 shows the IKI proposed together and this message saves or accepts them («simpan semuanya ya»,
        «sisanya ok», «ok»): their answer, never small talk, a question or an IKI to check."""
        prima = state.prima
        return bool(is_open(state) and prima.step == "M" and prima.field == "indikator" and prima.current is None
                    and prima.together and prima.proposals and not state.candidates
                    and (prima_offer.saves(text) or prima_offer.accepts(text)
                         or offer_onward.goes_on(text, bool(prima.offer_targets))))

    def saves_starting_points(self, state: UserState, text: str) -> bool:
        """«ok semua bagus, simpan» under step 4's starting points, no IKI being drafted: all of them are meant, saved
        and their fields asked one by one, never an IKI «ok semua bagus» to check (d10-apk02)."""
        prima = state.prima
        return bool(is_open(state) and prima.step == "M" and prima.field == "indikator" and prima.current is None
                    and prima.proposals and not prima.together and not state.candidates
                    and not reads_as_iki(text) and prima_offer.saves_every_one(text))

    def evenly(self, state: UserState, text: str) -> list[Reply] | None:
        """«bobot sama rata» while step 4 asks a field: the weights spread per jenis (PrimaStepM.evenly)."""
        return self._iki.evenly(state, text) if self.asks_field(state) else None

    def moves_on(self, state: UserState, text: str) -> bool:
        """A bare «lanjut» at the cascade question (the role answered): the user moves on, so the usual answer
        (_usual_cascade) is taken and said, never «Siap.» with the question again (d4-kainstfarmasi01)."""
        prima = state.prima
        return bool(is_open(state) and prima.step == "I" and prima.field == "direct"
                    and tokens(label_word(text)) == ["lanjutkan"])

    def option_typed(self, state: UserState, text: str) -> bool:
        """Steps 1–3's own options picked by the text typed (typed_choice: «ya» under «Ya, langsung | Tidak
        langsung»), which on_text then takes as the tap."""
        if not is_open(state) or state.prima.step != "I":
            return False
        buttons = [b for b in self.prompt(state)[-1].buttons if b not in (BACK, CANCEL)]
        return typed_choice(text, [b.label for b in buttons]) is not None

    def moves_past(self, state: UserState, text: str) -> list[Reply] | None:
        """A bare nod or «lanjut» at steps 1–3 where it picks nothing: the user moves on, so step 1 or 2 is let go as
        «Lewati» does (after a search that found nothing, the words typed are kept as the unit's, as the step offers)
        and the role question takes its usual answer, said so; never «Siap.» with the same question again, a loop the
        user cannot leave (d10-san05). A nod under indicators found, or «ok» at the role question, picks nothing
        sure: None (the one indicator found is `takes_only_row`'s)."""
        prima = state.prima
        if not is_open(state) or prima.step not in ("P", "R", "I"):
            return None
        going = tokens(label_word(text)) == ["lanjutkan"]
        if prima.step == "P" and prima.typed and not state.hits:  # a search found nothing: «ok» takes the words
            return self.on_button(state, "own")                     # typed, as the step itself proposes
        if prima.step == "P" and not state.hits or prima.step == "R":
            said = skipped_answers([prima.step])[0]
            return [Reply(f"Baik, {said} saya lewati dulu; Anda bisa mengisinya lewat «Kembali».")] \
                + self.on_button(state, "skip")
        if prima.step == "I" and going:
            return self._usual_cascade(state) if prima.field == "direct" else self._usual_role(state, "")
        return None

    def ahead(self, state: UserState, text: str) -> list[Reply] | None:
        """Steps 1–3 answered by a user already further on: leaving the guided flow («gausah prima2an, sy paste
        aja») pauses it; an IKI typed with its target is kept for step 4 while the step is asked again; going
        straight to the IKI («langsung aja ke iki nya») or asking for example IKI («kasih 3 contoh aja», with work
        to draft from) moves to step 4 with the usual role taken. Going straight may be asked («skip aja lgsg ke nulis
        iki bisa?»): it is granted, the steps' answers still empty named in one line with how to fill them
        («Kembali»). None when the message is for the step itself."""
        prima = state.prima
        if not is_open(state) or prima.step not in ("P", "R", "I"):
            return None
        if leaves_flow(text):
            prima.paused, prima.strays = True, 0
            return [Reply(f"Baik, PRIMA saya jeda di {header(prima.step)}; isian Anda tersimpan, lanjutkan kapan saja "
                          "dengan /prima. Tempel IKI Anda di sini, satu per baris: saya periksa setiap barisnya.")]
        if names_mandatory(text) and "?" not in text:  # «tambah IP ASN target 85» before step 4: kept with its target
            return [Reply(self._mandatory_ahead(state, text))] + self.prompt(state)
        told = unit_told(text) if prima.step == "P" and "?" not in text else None
        typed = new_iki_in(text)
        draft = typed_ahead(text, typed) if typed and "?" not in typed else None  # («tambah satu CL: …»: CL)
        if draft is not None and draft.target is not None:  # «Jumlah kajian … , target 3» typed at step 1
            if told is not None:  # as told: the label naming the unit's indicator is no part of it, the year no target
                draft = IkiDraft(indikator=told.name, jenis=draft.jenis)
                self._iki.fields._set(draft, "target", typed_target(told.target))
            said = Reply(self._iki.later(state, [draft], when="di langkah 4"))
            if told is not None:  # «IKK yg diturunkan ke kami: persentase …, target 2026 90 persen»: step 1's answer
                return [said] + self._unit_told(state, told)  # too, with its target, and on to step 2
            return [said] + (self._cascade_by_jenis(state, [draft.jenis]) or self.prompt(state))
        if told is not None:
            return self._unit_told(state, told)
        work = asked_examples(text)
        if work is None and not goes_to_iki(text):
            return None
        if not work and not prima.strategies and not goes_to_iki(text):
            return None  # examples asked with no work known yet: the step's own help answers
        if prima.step != "I" or prima.field not in ("direct", "role"):
            prima.step, prima.field = "I", ""
        taken = "" if work is not None else self._skipped_line(prima)
        if work is not None:  # examples asked: drafted from the work named and step 2's activities
            prima.strategies = "\n".join(part for part in (prima.strategies, work) if part)
            self._iki.propose(state)
            taken = self._take_proposals(state, text)
        moved = self._usual_role(state, "")
        return ([Reply(taken)] if taken else []) + moved

    @staticmethod
    def _skipped_line(prima: PrimaState) -> str:
        """Straight to the IKI: the answers of steps 1–2 still empty, said as let go with the way back; "" when both
        are given."""
        empty = skipped_answers([step for step, given in (("P", prima.indicator), ("R", prima.strategies)) if not given])
        if not empty:
            return ""
        return f"Baik, langsung ke penulisan IKI: {' dan '.join(empty)} saya lewati; isi nanti lewat «Kembali»."

    def _cascade_by_jenis(self, state: UserState, jenis: list[Jenis | None]) -> list[Reply]:
        """A Core CL told for an IKI while step 3 asks the cascade answers it: CL is the work that cascades directly
        from the Renstra (d4-katimkesga01: «cakupan 70, CL bobot 30»), said so, and step 4 opens; [] otherwise."""
        prima = state.prima
        if prima.step != "I" or prima.field != "direct" or Jenis.core_cl not in jenis:
            return []
        return [Reply("Core CL berarti hasil kerja Anda ber-cascading langsung dari Renstra, jadi saya catat «Ya, "
                      "langsung»; bila berbeda, pilih «Kembali».")] + self.on_button(state, "direct:1")

    def _take_proposals(self, state: UserState, text: str) -> str:
        """The proposals asked for with their targets listed in order («pakai usulanmu. target 80%, 10 provinsi,
        70%, IP ASN 80»): each takes the next value and is saved to the draft (its other fields asked in step 4),
        and a value named with the mandatory IKI («IP ASN 80») is that IKI's target. Returns the line that says so,
        or "" when no values are listed (the proposals are shown to pick from)."""
        prima, drafts, values = state.prima, [], []
        for part, number in values_listed(text):
            if names_mandatory(part):
                drafts.append(mandatory_draft(part)[0])
            else:
                values.append(number)
        if not values or len(values) > len(prima.proposals):
            return ""  # no list, or more values than proposals: which goes where is not known
        for proposal, number in zip(prima.proposals[:len(values)], values):
            draft = IkiDraft(indikator=proposal.indikator, satuan=proposal.satuan)
            self._iki.fields._set(draft, "target", number)
            drafts.insert(len(drafts) - (1 if drafts and is_mandatory(drafts[-1]) else 0), draft)
        prima.proposals = prima.proposals[len(values):]
        # step 4 opens in this same reply, asking them in turn (tester51 P1-11: «… di langkah 4» above step 4 itself)
        return self._iki.later(state, drafts, when="satu per satu di langkah 4 di bawah ini")

    def add(self, state: UserState, drafts: list[IkiDraft]) -> list[Reply]:
        """IKI the user took while PRIMA asks something else («ok masukin, target 85» after the mandatory IKI was
        offered, «no 3 masukin» under a list while a weight is asked): saved now, their other fields asked in turn in
        step 4, the open question asked again."""
        when = "sesudah IKI ini" if state.prima.step == "M" and state.prima.current else "di langkah 4"
        return [Reply(self._iki.later(state, drafts, when=when))] + self.prompt(state)

    def weight_asked(self, state: UserState, text: str) -> list[Reply] | None:
        """«bobotnya brp?» at step M's data awal or jenis question: this IKI's weight asked now (Fields.weight_asked)."""
        return self._iki.fields.weight_asked(state, text) if self.asks_field(state) else None

    def asks_field(self, state: UserState) -> bool:
        """Step M asks a field of the IKI being drafted (its target, jenis, weight …), not for the next IKI."""
        return bool(is_open(state) and state.prima.step == "M" and state.prima.field != "indikator")

    def on_text(self, state: UserState, text: str, intent: Intent | None = None) -> list[Reply]:
        """intent: how the engine already read the text, passed on so step M does not read it again."""
        prima = state.prima
        backed, prima.backed_from = prima.backed_from, ""
        if backed and undoes_back(text):  # «undo» right after «balik»: back where the user was, never a second step
            prima.step, _, prima.field = backed.partition(":")
            return [Reply("Baik, langkah mundur tadi saya urungkan; kita kembali ke langkah Anda sebelumnya.")] \
                + self.prompt(state)
        if resumes_where_left(text):  # «lanjut yg kemarin» the next day, PRIMA still open: its question asked again,
            return [Reply(RESUMED)] + self.prompt(state)  # never a keyword, a strategy or work (tester53 P3-2)
        starred = read_starred(text) if self.takes_starred(state, text) else None
        if starred is not None:  # «*sama kunjungan rumah jg kak»: the activities just given put right (tester57 F12)
            return self._starred(state, starred, text)
        moved = _tapped(text, [SKIP, BACK]) if prima.step in ("P", "R") else None
        if moved is not None:  # «Lewati» typed (the terminal shows it as a choice): a move, never keywords
            return self.on_button(state, moved.data.partition(":")[2])
        if prima.step in ("P", "R", "I") and done_going_on(text):  # «udah cukup, lanjut»: a move on, as a bare
            moved_on = self.moves_past(state, "lanjut")          # «lanjut» is, never the unit's keywords nor its name
            if moved_on is not None:
                return moved_on
        if prima.step in ("R", "I") and goes_back(text):  # «eh ga jadi», «balik»: back a step, never the answer
            return [Reply("Baik, saya kembali satu langkah; jawaban Anda sebelumnya tetap tersimpan.")] + self._back(state)
        if prima.step in ("P", "R", "I") and cancels(text):  # «stop», «keluar», «cancel»: as «batal» typed, never
            return self.on_button(state, "cancel")  # a keyword, a strategy or a role (tester26 #2)
        if prima.step in ("P", "R") and not has_words(text):  # «🙂🙂»: no keyword nor strategy, the step asked again
            return [Reply("Pesan Anda tidak berisi kata yang bisa saya pakai untuk langkah ini. Tulis jawabannya dengan "
                          "kata-kata, atau pilih tombol di bawah.")] + self.prompt(state)
        if prima.step in ("P", "R", "I") and picks_by_number(text) and not state.candidates:
            # «Pakai usulan 2» with none on screen: never this step's keywords, strategy or role
            return [Reply("Belum ada usulan IKI yang bisa dipilih di langkah ini; usulan muncul di langkah 4 "
                          "(Mulai jabarkan IKI).")] + self.prompt(state)
        if prima.step in ("P", "R", "I") and (prima_offer.lists_values(text) or fields_for_several(text)) \
                and not prima_offer.how_often_only(text) and strategies_from(text) is None:
            # «kalibrasi alat tiap 6 bulan, …» is work with its frequency; «strategi 1: sweeping …\nstrategi 2: …» is
            # strategies numbered, step 2's answer, never targets (tester55 F4)
            return self._hold_targets(state, text)  # targets for several IKI (their jenis, weight too)
        said = self._field_ahead(state, text) if prima.step in ("P", "R") else ""
        if said:  # «target 90», «core tusi 40» at the unit or strategy question: step 4's field, never a keyword
            return [Reply(said)] + self.prompt(state)  # nor the unit's strategy
        if prima.step == "P":
            if prima.typed and typed_choice(text, [OWN.label]) == 0:  # «tulisan saya aja»: the button, no keyword
                return self.on_button(state, "own")
            labels = [f"{h.code} {h.name}" for h in state.hits]
            picked = typed_choice(text, labels, by_label=selecting(text))
            if state.hits and picked is not None:  # "yg paling atas", "nomer 2", "yg nilai kinerja anggaran itu"
                return self.on_button(state, f"pick:{picked}")
            if _BARE_NUMBER.fullmatch(text):  # «1» with nothing listed to pick: no keyword, never the unit's name
                return [Reply(f"«{text.strip()}» saya baca sebagai nomor, padahal belum ada daftar indikator untuk "
                              "dipilih. Tulis kata kunci atau kode indikator unit Anda, atau pilih tombolnya.")] \
                    + self.prompt(state)
            strategies = strategies_from(text)
            if strategies:  # «strategi: …» at step 1: step 2's answer, and the role asked next
                return self._strategies_ahead(state, strategies)
            if prima.typed and not state.hits and prima.misses and read_answer(text).jenis is Jenis.core_tusi \
                    and len(tokens(text)) <= MAX_TUSI_WORDS:  # «ok lanjut aja pake tusi» after nothing was found:
                return self.on_button(state, "own")  # the step's own advice taken (Core TUSI in one's own words)
            kept = self._keep_work(state, text)  # the user's own work described after a search: IKI proposed from it
            return [Reply(kept)] + (self._offer_work(state) or self._go(state, "R")) if kept \
                else self._find_indicator(state, text)
        if prima.step == "R":
            early = _tapped(text, ROLES + DIRECT)
            if early is not None:  # a step-3 button label sent before step 3 shows it: an answer, not the strategy
                prima.step, prima.field = "I", ""
                return [Reply("Langkah 2 (strategi unit) saya lewati; Anda bisa mengisinya lewat «Kembali».")] \
                    + self.on_button(state, early.data.partition(":")[2])
            typed = without_lead_in(text)  # «mau ada IKI: persentase SSCEC yg terbit …» (day-one dev14): after its lead-in
            if reads_as_iki(typed):  # «Persentase berkas … lengkap dlm 2x24 jam» for the strategy: the user writes
                return self._straight_to_iki(state, typed)  # IKI already (d13-rm03: taken as the strategy, then lost)
            prima.strategies = f"{prima.strategies}\n{text}" if prima.field == "carried" else text
            return self._go(state, "I")
        if prima.step in ("I", "M", "A") and goes_back_to(text):  # «ok balik lg ke yg td» after a detour: the step
            return self.prompt(state)  # asked again, never work to propose from nor an IKI to check (d11-kkp05)
        if prima.step == "M" and done_going_on(text):  # «udah cukup, lanjut», «selesai» at any question of
            return self._leave_step_m(state)               # step 4: as its «Selesai» button, never an IKI nor a value
        if prima.step == "M":
            return self._iki.on_text(state, text, intent)
        buttons = [b for b in self.prompt(state)[-1].buttons if b not in (BACK, CANCEL)]  # the options, not moves
        exact = _tapped(text, buttons)
        picked = buttons.index(exact) if exact else typed_choice(text, [b.label for b in buttons])
        if picked is not None and buttons[picked].data.startswith("prima:"):  # "anggota tim", "tidak langsung",
            return self.on_button(state, buttons[picked].data.partition(":")[2])  # "2": the option typed
        early = _tapped(text, DIRECT) if prima.step == "I" and prima.field != "direct" else None
        if early is not None:  # the cascade answered before the role: kept, and the role asked once more
            state.skp.cascading_langsung = early is DIRECT[0]
            prima.field = "role"
            return [Reply(f"Dicatat: {early.label.lower()}. Sekarang pilih peran Anda.")] + self.prompt(state)
        if prima.step == "A" and (names_mandatory(text) or reads_as_iki(text) or new_iki_in(text)):
            # «tambahin IP ASN» at the summary (tester13 #4: «Pilih salah satu tombol», then «Pilihan 85 tidak ada»):
            # back to step 4, where it is drafted as any IKI, its target asked first
            prima.step, prima.field = "M", "indikator"
            return [Reply("Saya kembali ke langkah 4 untuk IKI itu.")] + self._iki.on_text(state, text)
        if prima.step == "I" and names_mandatory(text):  # «tambah iki wajib ip asn dong» at the role question: kept
            return [Reply(self._mandatory_ahead(state, text))] + self.prompt(state)  # for step M
        if prima.step == "I" and (reads_as_iki(text) or new_iki_in(text)):  # an IKI before its step: kept for step M
            # saved now when it passes with its target (a user who leaves before step M keeps it), completed there
            said = self._iki.later(state, [typed_draft(new_iki_in(text) or text)], when="di langkah 4")
            return [Reply(said)] + self.prompt(state)
        if prima.step == "I" and prima.strategies and prima_offer.one_value_told(text) \
                and not self._lacking_target(state):  # «100% lah itu nyawa pasien» at the role question, step 2's
            return self._hold_targets(state, text)  # work told: a target with its reason, kept for the IKI proposed
            # from that work at step 4 and the role asked again, never a stray (d14-xxx01)
        if prima.step == "I" and new_work(text, ""):  # more of the work, not the role: IKI proposed from it, the usual
            return self._offer_work(state, text) or self._usual_role(state, text)  # answers taken (never held)
        if prima.step == "I" and read_answer(text).takes_suggestion:  # «ikut saran aja»: the usual answers, said so
            return self._usual_role(state, "")
        if self.moves_on(state, text):  # «lanjut» at the cascade question: its usual answer taken, said so
            return self._usual_cascade(state)
        if prima.step == "I" and tokens(label_word(text)) == ["lanjutkan"]:  # «lanjutin» at the role question: the
            return self.prompt(state)                                        # step asked again, never a stray
        said = self._field_ahead(state, text, named=False) if prima.step == "I" else ""
        if said:  # «TUSI», «95 percent» at the role question: the IKI typed ahead's, never a stray (a bare «4» may
            return [Reply(said)] + self.prompt(state)  # be a button's number)
        prima.strays += 1
        if reports_done_work(text):  # «periksa 42 sampel TCM hr ini» weeks later: work done, never a role to pick
            prima.strays = 2          # (Y02: it was answered «Pilih salah satu tombol» and lost)
        if prima.strays > 1:  # the user has moved on: PRIMA steps aside, and the engine reads the message as it is
            prima.paused, prima.strays = True, 0
            return [Reply(f"PRIMA saya jeda di {header(prima.step)}; isian Anda tersimpan, lanjutkan kapan saja "
                          "dengan /prima.")]
        return [Reply("Pilih salah satu tombol di bawah ini (atau ketik nama atau nomornya), atau ketik /batal untuk "
                      "keluar dari PRIMA.")] + self.prompt(state)

    def on_button(self, state: UserState, data: str) -> list[Reply]:
        prima = state.prima
        prima.strays, prima.backed_from = 0, ""
        action, _, arg = data.partition(":")
        if action in ("continue", "restart") and prima.paused:
            return self._resume(state, action == "restart")
        if prima.paused:
            return self.start(state)  # a button of the paused flow: offer to continue first
        if action == "cancel":
            return ask_keep_progress()
        if action == "pause":
            prima.paused = True
            return [Reply("PRIMA dijeda; semua isian Anda tersimpan. Ketik /prima untuk melanjutkan, /skp untuk melihat draf.")]
        if action == "discard":
            state.prima = None
            return [Reply("Langkah PRIMA dibuang. Draf IKI yang sudah tersimpan tetap ada; lihat dengan /skp.")]
        if action == "stay":
            return self.prompt(state)
        if action == "back":
            return self._back(state)
        if action == "skip" and prima.step in ("P", "R"):
            return self._go(state, STEPS[STEPS.index(prima.step) + 1])
        if action == "pick" and prima.step == "P" and arg.isdigit() and int(arg) < len(state.hits):
            return [Reply(self._picked(state, int(arg)))] + self._go(state, "R")
        if action == "poorfit" and prima.indicator and prima.indicator.code:
            prima.indicator.poor_fit = True
            return [Reply(f"Dicatat: {prima.indicator.code} kurang cocok dengan pekerjaan Anda. IKI Anda tidak saya "
                          "sarankan sebagai Core CL darinya (pilih Core TUSI, kecuali pimpinan menetapkan lain).")] \
                + self.prompt(state)
        if action == "own" and prima.step == "P" and prima.typed:
            prima.indicator, state.hits = ChosenIndicator(code="", name=unit_words(prima.typed)), []
            return [Reply(f"Saya catat indikator unit Anda: «{prima.indicator.name}». {own_weights(state.skp)}")] \
                + self._go(state, "R")
        if action == "role" and prima.step == "I" and arg in Peran.__members__:
            state.skp.peran = Peran(arg)
            if prima.field == "role":  # the cascade was answered first: on to step M with that answer
                return self.on_button(state, f"direct:{int(state.skp.cascading_langsung)}")
            prima.field = "direct"
            return self.prompt(state)
        if action == "direct" and prima.step == "I" and arg in ("0", "1"):
            state.skp.cascading_langsung = arg == "1"
            if prima.strategies and not prima.proposals:  # also when an IKI typed ahead is in the draft (tester16 #11)
                self._iki.propose(state)
            if prima.queue and prima.current is None:  # IKI typed before step M: drafted now, one after another
                queued, prima.queue = prima.queue, []
                prima.step, prima.field = "M", "indikator"
                return [Reply(header("M"))] + self._iki.take_list(state, queued)
            told = self._iki.take_told(state)  # targets told before step 4: on the proposals, shown together
            if prima.waiting and prima.current is None:  # IKI typed before step M and saved: completed now
                prima.step, prima.field = "M", "indikator"  # (the values told kept too: d4-katimkesga01)
                return [Reply(header("M"))] + ([Reply(told)] if told else []) \
                    + (self._iki.next_waiting(state) or self._iki.prompt(state))
            return ([Reply(told)] if told else []) + self._go(state, "M")
        if prima.step == "M":
            if action == "done" and state.skp.iki:
                return self._go(state, "A")
            handled = self._iki.on_button(state, action, arg)
            if handled is not None:
                return handled
        if action == "finish" and prima.step == "A":
            state.prima = None
            return [Reply("Draf SKP tersimpan. Ketik /skp untuk melihatnya atau /ekspor untuk berkas XLSX e-Kinerja.")]
        return stale() + self.prompt(state)

    def _leave_step_m(self, state: UserState) -> list[Reply]:
        """Step 4 left in words, as its «Selesai, lanjut ke dialog» does (tester52 P3-4); with no IKI saved yet, the
        step asked again. An IKI typed but not yet saved (its target not told) is kept for «Kembali», said so."""
        prima = state.prima
        if not state.skp.iki:
            return [Reply("Belum ada IKI yang tersimpan; tulis minimal satu IKI dulu sebelum lanjut ke dialog.")] \
                + self.prompt(state)
        pending = prima.current if prima.index is None and prima.current is not None else None
        said = [Reply(f"«{short(pending.indikator, 60)}» belum tersimpan (targetnya belum diisi); lanjutkan lewat "
                      "«Kembali» bila perlu.")] if pending is not None else []
        return said + self.on_button(state, "done")

    # Steps ------------------------------------------------------------------------------------------------
    def _resume(self, state: UserState, restart: bool) -> list[Reply]:
        if restart:
            state.prima = PrimaState()
            return [Reply("PRIMA dimulai dari awal. Draf IKI yang sudah tersimpan tetap ada.")] + self.prompt(state)
        state.prima.paused = False
        return [Reply(RESUMED)] + self.prompt(state)

    def restart(self, state: UserState) -> list[Reply]:
        """PRIMA started over in words («ulang dari awal aja»): as «Mulai dari awal», the list pasted in this round let
        go too; the draft's IKI and the profile stay, said so."""
        state.listed, state.candidates, state.hits = [], [], []
        kept = [f"draf IKI ({len(state.skp.iki)} IKI)"] if state.skp.iki else []
        name = state.skp.pegawai.nama if state.skp.pegawai else None
        kept += [f"profil Anda ({name})" if name else "profil Anda"]
        replies = self._resume(state, restart=True)
        said = ("PRIMA saya mulai dari awal; isian dan daftar yang ditempel di putaran tadi saya lepas. Yang tetap: "
                + " dan ".join(kept) + ".")
        return [Reply(said)] + replies[1:]

    def _go(self, state: UserState, step: str) -> list[Reply]:
        # (also after «Kembali» to step 1 and a pick there: the work kept is shown and added to, never replaced)
        carried = step == "R" and state.prima.step == "P" and (state.prima.field == "carried" or bool(state.prima.strategies))
        state.prima.step = step
        # work described at step 1 stays step 2's: its answer adds to it (a «Kembali» to step 2 starts afresh)
        state.prima.field = "indikator" if step == "M" else "carried" if carried else ""
        return self.prompt(state)

    def _picked(self, state: UserState, index: int) -> str:
        """The search row at `index` taken as the unit's indicator; the lines that say which."""
        chosen = state.prima.indicator = state.hits[index]
        state.hits = []
        about = [f"Dipilih: {chosen.code} {chosen.name}", f"Jalur: {' › '.join(chosen.path)}"]
        if chosen.target:
            about.append(f"Target 2026: {chosen.target}")
        if chosen.poor_fit:
            about.append("Pencarian tidak menemukan indikator yang cukup cocok, jadi pilihan ini saya catat sebagai "
                         "kurang cocok: IKI Anda tidak saya sarankan sebagai Core CL darinya.")
        return "\n".join(about)

    def _strategies_ahead(self, state: UserState, text: str) -> list[Reply]:
        """«strategi: …» at step 1: step 2's answer typed ahead, kept as the strategies, and the role asked next. The
        one search row whose whole name the user typed («indikator kami: Persentase Kab/Kota …») is the indicator;
        with none, the indicator is left empty and said so."""
        prima = state.prima
        typed = set(tokens(prima.typed or ""))
        named = [i for i, hit in enumerate(state.hits) if not hit.poor_fit and set(tokens(hit.name)) <= typed]
        if len(named) == 1:
            said = self._picked(state, named[0])
        else:
            said = "Indikator unit belum saya isi; untuk memilihnya, pilih «Kembali»." if prima.indicator is None else ""
            state.hits = []
        carried = prima.field == "carried" and prima.strategies
        prima.strategies = f"{prima.strategies}\n{text}" if carried else text
        return ([Reply(said)] if said else []) + self._go(state, "I")

    def _keep_work(self, state: UserState, text: str) -> str:
        """The user's own work described at step 1 after a search («saya pegang imunisasi kejar & BIAS: analisis …»):
        the latest words win, so it is step 2's answer (its activities, added to any kept before) and the words
        searched before are left as a search, never the unit's indicator (the lead's trial: the OLD keyword became
        the indicator). The line that says so, naming those words and the way back to them; "" for no such work."""
        prima = state.prima
        if not (prima.typed or prima_offer.own_work_listed(text)) or text == prima.typed or not new_work(text, ""):
            return ""
        carried = prima.field == "carried"
        prima.strategies = f"{prima.strategies}\n{text}" if carried and prima.strategies else text
        prima.field, prima.misses, state.hits = "carried", 0, []
        if not prima.typed:  # work told with nothing searched before: no words of a search to speak of
            return "Indikator unit belum saya isi; untuk mengisinya, pilih «Kembali»."
        return (f"Indikator unit belum saya isi: «{short(prima.typed, 60)}» hanya saya pakai untuk mencari; untuk "
                "memilih indikatornya, pilih «Kembali».")

    def _back(self, state: UserState) -> list[Reply]:
        prima = state.prima
        if prima.step == "M":
            within = self._iki.back(state)
            if within is not None:
                return within
        left = f"{prima.step}:{prima.field}"
        if prima.step == "I" and prima.field == "direct":
            prima.field, prima.backed_from = "", left
            return self.prompt(state)
        index = STEPS.index(prima.step)
        target = STEPS[max(index - 1, 0)]
        if prima.step == "A":  # back from the summary to the IKI being drafted, not to a blank one
            prima.step, prima.field = "M", "indikator"
            return self.prompt(state)
        prima.backed_from = left if target != prima.step else ""
        return self._go(state, target)

    def _mandatory_ahead(self, state: UserState, text: str) -> str:
        """The mandatory IKI named before step 4 («tambah IP ASN target 85»): kept with the target typed, unless the
        draft has it already. The words that say so."""
        had = next((n for n, iki in enumerate(state.skp.iki, 1) if is_mandatory(iki)), None)
        if had:
            return f"IKI wajib «{state.skp.iki[had - 1].indikator}» sudah ada di draf (IKI ke-{had})."
        return self._iki.later(state, [mandatory_draft(text)[0]], when="di langkah 4")

    def _offer_work(self, state: UserState, text: str = "") -> list[Reply] | None:
        """The user's own work told (at step 1 after a search, or at the role question, `text`): the IKI proposed from
        it together at step 4, one list with the targets told (the unit's words searched at step 1 first: their
        goals and targets), the usual role taken and said so; None when no IKI can be drafted from it, or the user
        says they are lost (the steps then guide them)."""
        prima, skp = state.prima, state.skp
        if prima_offer.lost(text or prima.strategies):
            return None
        work = "\n".join(part for part in (prima.strategies, text) if part)
        unit = prima.typed if prima.typed and not (prima.indicator and prima.indicator.code) else ""
        limit = max(policy().iki_count.max - len(skp.iki) - 1, 0)
        proposals, targets, missed = prima_offer.drafted(unit, work, self._assistant, limit)
        if not proposals:
            return None
        prima.strategies, prima.proposals, prima.unproposed = work, proposals, missed
        prima.together, prima.offer_targets = True, targets
        if prima.step != "I":  # told before the role question: its usual answers taken as at that question
            prima.step, prima.field = "I", ""
        return self._usual_role(state, "")

    def _usual_role(self, state: UserState, text: str) -> list[Reply]:
        """Work typed at step 3's question: added to step 2's activities (step 4 offers IKI from them), and the most
        common answers taken (a team member, no direct cascade, unless the cascade was answered), said so."""
        prima = state.prima
        prima.strategies = "\n".join(part for part in (prima.strategies, text) if part)
        taken = []
        if prima.field != "direct":  # the role is still asked
            state.skp.peran = Peran.anggota
            taken.append("Anda anggota tim")
        if prima.field != "role":  # the cascade is still asked
            state.skp.cascading_langsung = False
            taken.append("hasil kerja Anda tidak langsung ber-cascading dari Renstra")
        said = f"Saya anggap {' dan '.join(taken)}; bila berbeda, pilih «Kembali»." if taken else ""
        if text:
            said += " Pekerjaan yang Anda tulis saya pakai sebagai titik awal IKI."
        moved = self.on_button(state, f"direct:{int(bool(state.skp.cascading_langsung))}")
        return ([Reply(said.strip())] if said else []) + moved

    def _straight_to_iki(self, state: UserState, text: str) -> list[Reply]:
        """An IKI written where step 2 asks the unit's strategy: steps 2 and 3 let go with their usual answers (said
        so), and step 4 drafts that IKI now, its target asked next, as if typed there."""
        state.prima.step, state.prima.field = "I", ""
        taken = self._usual_role(state, "")[:1]  # the answers taken, said so (not step 4's prompt after them)
        return taken + self._iki.on_text(state, text)

    def _usual_cascade(self, state: UserState) -> list[Reply]:
        """The cascade question let go («lanjut»): direct when a Renstra indicator was picked at step 1 and not marked
        a poor fit (the question asks about that code), else not direct; said so, and on to step 4."""
        indicator = state.prima.indicator
        direct = bool(indicator and indicator.code and not indicator.poor_fit)
        said = f"Saya anggap hasil kerja Anda langsung ber-cascading dari {indicator.code}" if direct \
            else "Saya anggap hasil kerja Anda tidak langsung ber-cascading dari Renstra"
        return [Reply(f"{said}; bila berbeda, pilih «Kembali».")] + self.on_button(state, f"direct:{int(direct)}")

    def _field_ahead(self, state: UserState, text: str, named: bool = True) -> str:
        """A jenis or target typed before step 4, as a short value: the words that say where it went, or "".
        named: only a target the text names as one («target 90»); a bare «90%» at the unit or strategy question may
        be part of a keyword or of the strategy."""
        if len(tokens(text)) > MAX_VALUE_WORDS or step_help.term_only(text):  # «beyond??» asks, it chooses nothing
            return ""
        answer = read_answer(text)
        if answer.jenis is not None:
            return self._jenis_ahead(state, answer.jenis)
        number = typed_target(text) if not named or "target" in answer.named else None
        return self._target_ahead(state, number, text) if number is not None else ""

    def _hold_targets(self, state: UserState, text: str) -> list[Reply]:
        """Targets told before step 4 with no IKI typed to take them: held, set on the IKI proposed there
        (step_m_offer.take_told), said so, and this step asked again (or answered by a jenis they name)."""
        state.prima.told_targets.append(text)
        said = f"Target yang Anda tulis («{short(text, 80)}») saya simpan; saya pasangkan pada usulan IKI di langkah 4."
        cascade = self._cascade_by_jenis(state, [read_answer(c).jenis for c in named_clauses(text)])
        if cascade:  # «cakupan 70, CL bobot 30» at the cascade question: CL answers it
            return [Reply(said)] + cascade
        return [Reply(f"{said} Sekarang langkah ini dulu:")] + self.prompt(state)

    @staticmethod
    def _lacking_target(state: UserState) -> list[IkiDraft]:
        """The IKI typed ahead (saved or queued for step 4) still without a target, in the order typed."""
        prima, skp = state.prima, state.skp
        saved = [skp.iki[i] for i in prima.waiting if i < len(skp.iki)]
        return [draft for draft in saved + prima.queue if draft.target is None]

    def _target_ahead(self, state: UserState, number, text: str) -> str:
        """A target typed before step 4: the last IKI typed ahead that lacks one takes it; with none, a number that
        says it is a target («95 percent», «target 90») is answered with where it goes. The words that say so, or
        "" (a bare «4» at a choice is the choice's number, refused there)."""
        lacking = self._lacking_target(state)
        if lacking:
            draft = lacking[-1]
            self._iki.fields._set(draft, "target", number)
            return f"Target «{short(draft.indikator, 60)}»: {render.target_text(draft)}. Sekarang langkah ini dulu:"
        if number.unit is None and "target" not in read_answer(text).named:
            return ""
        return (f"Target {number.text} belum bisa saya pasangkan: belum ada IKI yang ditulis. Tulis IKI-nya beserta "
                "targetnya di langkah 4, misalnya «Persentase … yang …, 95%». Sekarang langkah ini dulu:")

    def _jenis_ahead(self, state: UserState, jenis: str) -> str:
        """A jenis typed before step 4 («TUSI»): the last IKI typed ahead with none takes it; with none, where it
        goes. The words that say so."""
        prima, skp = state.prima, state.skp
        saved = [skp.iki[i] for i in prima.waiting if i < len(skp.iki)]
        lacking = [draft for draft in saved + prima.queue if draft.jenis is None]
        label = Jenis(jenis).label
        if lacking:
            lacking[-1].jenis = jenis
            return f"Jenis «{short(lacking[-1].indikator, 60)}»: {label}. Sekarang langkah ini dulu:"
        return f"Jenis {label} dipilih untuk tiap IKI di langkah 4, setelah IKI-nya ditulis. Sekarang langkah ini dulu:"

    def _find_indicator(self, state: UserState, text: str) -> list[Reply]:
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            found = self._search(text)
        except RetrievalUnavailable:
            state.prima.indicator = ChosenIndicator(code="", name=text)
            return [Reply(f"Pencarian sedang tidak tersedia; saya catat indikator unit Anda: «{text}».")] + self._go(state, "R")
        offered = found.results or found.related
        prima = state.prima
        searched_before, before = bool(prima.typed), prima.typed
        if searched_before and none_fits(text):  # «ga ada yg pas kayaknya»: the words searched before serve
            return self._own_words(state)
        if not selecting(text) or not prima.typed:  # kept, so "Pakai tulisan saya" can record it as the unit's indicator
            prima.typed = text  # ("nomer 2", "yg ada kata lab nya" pick among rows: not the unit's work)
        if not found.results:
            prima.misses += 1
            # «nomer 2» with nothing to pick, or the same words typed again (insisting on them): the words searched
            # serve, as the step offered; new words are a new try, and the choice is asked (below)
            if prima.misses > 1 and searched_before and (selecting(text) or tokens(text) == tokens(before)):
                return self._own_words(state)
        else:
            prima.misses = 0
        state.hits = [  # near misses offered when nothing matched are poor fits from the start
            ChosenIndicator(code=h.code, name=h.name, path=h.path, poor_fit=not found.results,
                            target=render.with_unit(h.target_2026, h.unit) if h.target_2026 is not None else "")
            for h in offered
        ]
        buttons = [Button(f"{h.code} {h.name}"[:60], f"prima:pick:{i}") for i, h in enumerate(state.hits)]
        ask = "Pilih yang sesuai, atau tulis kata kunci lain." if found.results else \
            "Tulis kata kunci atau kode lain, atau pakai tulisan Anda sebagai indikator unit."
        if not found.results and prima.misses > 1 and searched_before:
            # twice nothing: the user is still searching, so nothing is taken for them; the choice said plainly
            # (tester54 F4: the second words were taken as the unit's indicator unasked)
            ask = (f"Kata kunci ini juga belum menemukan indikator. Pilih «{OWN.label}» untuk mencatat "
                   f"«{unit_words(prima.typed)}» sebagai indikator unit, atau coba kata kunci atau kode lain.")
        return [Reply(render.search_result(found) + "\n\n" + ask, buttons + [OWN, SKIP, CANCEL])]

    def search_asked(self, state: UserState, text: str) -> list[Reply] | None:
        """The catalog asked for in a question at step 1 («kalo rs vertikal biasanya ikk nya apa kak», «kkp ada ga ikk
        nya?»): searched, its rows offered or its «nothing found» said, the step asked again; None when search is down
        (the step's help answers). The question is never the words «Pakai tulisan saya» keeps nor a miss toward
        taking them (tester51 P1-1: after a search that found nothing it became the unit's indicator)."""
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:  # (search down: _find_indicator would take the words as the indicator)
            self._search(text)
        except RetrievalUnavailable:
            return None
        prima = state.prima
        typed, misses = prima.typed, prima.misses
        prima.misses = 0  # a miss here never makes the words typed before the indicator
        replies = self._find_indicator(state, text)
        prima.typed, prima.misses = typed, misses
        return replies

    def _unit_told(self, state: UserState, told: UnitTold) -> list[Reply]:
        """The unit's indicator told with its target: the catalog's row holding all its words when one does (its
        code kept), else the words as told; the target told either way, and on to step 2. (The IKI typed so is kept
        for step 4 too, as any IKI typed ahead with its target: a ketua tim's CL IKI is often the IKK itself.)"""
        from bot.retrieval.embeddings import RetrievalUnavailable

        wanted = set(tokens(told.name))
        try:
            rows = self._search(told.name).results
        except RetrievalUnavailable:
            rows = []
        row = next((h for h in rows if wanted <= set(tokens(h.name))), None)
        state.prima.indicator = ChosenIndicator(code=row.code, name=row.name, path=row.path, target=told.target) \
            if row else ChosenIndicator(code="", name=told.name, target=told.target)
        state.hits = []
        named = f"{row.code} {row.name}" if row else told.name
        said = f"Indikator unit saya catat: «{named}», target 2026 {told.target}."
        if not row:
            said += " Katalog Renstra saya belum memuatnya, jadi saya pakai tulisan Anda."
        return [Reply(said)] + self._go(state, "R")

    def _own_words(self, state: UserState) -> list[Reply]:
        """«ga ada yg pas» after a search (or a pick with nothing to pick from): the user's latest words become the
        unit's indicator, and step 2 follows (with the user's own work kept for it, _keep_work). A second search
        that finds nothing is never taken so: the choice is asked (_find_indicator)."""
        prima = state.prima
        prima.indicator, state.hits, prima.misses = ChosenIndicator(code="", name=unit_words(prima.typed)), [], 0
        said = (f"Katalog Renstra yang saya miliki belum memuat indikator untuk pekerjaan ini, jadi saya catat "
                f"tulisan Anda sebagai indikator unit: «{prima.indicator.name}». {own_weights(state.skp)} "
                "Ingin mencari lagi? Pilih «Kembali».")
        return [Reply(said)] + self._go(state, "R")

    def _summary(self, state: UserState) -> list[Reply]:
        result = check_skp(state.skp)
        lines = [header("A"), "Ringkasan draf SKP Anda untuk dialog kinerja dengan pimpinan:", "", skp_table(state.skp), ""]
        lines.append("Temuan:" if result.findings else "Tidak ada temuan tingkat SKP.")
        for finding in result.findings:
            lines.extend(render.finding_lines(finding))
        questions = self._assistant.dialog_questions(state.skp, default_questions())
        lines += ["", "Bahan dialog kinerja (klarifikasi ekspektasi):" + (f" {NO_AI}" if questions.fell_back else "")]
        lines += [f"{i}. {q}" for i, q in enumerate(questions.value, start=1)]
        buttons = [EXPORT, Button("« Kembali ke IKI", "prima:back"), Button("Selesai", "prima:finish")]
        return [Reply("\n".join(lines), buttons, choice_only=True)]


def own_weights(skp: SkpDraft | None = None) -> str:
    """The unit's indicator in the user's own words: no direct cascade from the Renstra, so IKI of this work are
    usually Core TUSI, weighted as policy.yaml's split without direct cascading says («Core TUSI 90%, Core MI 10%»);
    a unit leader's are their PK's, weighted as agreed (step_help.yaml's leader note; tester55 F15)."""
    if step_help.for_leader(skp):
        return step_help.leader_note()
    split = policy().weights.split["indirect"]
    shares = " dan ".join(f"{Jenis(j).label} {v:g}%" for j, v in split.items() if v)
    return f"IKI dari pekerjaan ini biasanya Core TUSI; tanpa cascading langsung, bobotnya {shares}."


def unit_words(typed: str) -> str:
    """The user's own words kept as the unit's indicator: the work they name, in writing («sy staf biro keuangan,
    ngurus SPM dan rekonsiliasi BMN» → «Mengelola SPM dan rekonsiliasi BMN»: who the user is, and chat spelling,
    left out); the words as typed when they name no work being done («pelayanan hemodialisa»)."""
    return own_wording(typed) or typed


_BARE_NUMBER = re.compile(r"\s*\d{1,2}\s*")  # a button's number typed without its «#»
EXPORT = Button("Ekspor XLSX", "cmd:ekspor")  # the summary's button that is no PRIMA's own: the engine runs it
MAX_TUSI_WORDS = 6  # «ok lanjut aja pake tusi»: the step's advice taken, not words to search


def _tapped(text: str, options: list[Button]) -> Button | None:
    """The option whose whole label the text is («Anggota tim», «ya langsung»): a tap that came as text."""
    typed = tokens(label_word(text))
    return next((b for b in options if tokens(b.label) == typed), None)


def ask_keep_progress() -> list[Reply]:
    return [Reply("Hentikan PRIMA? Isian Anda bisa disimpan untuk dilanjutkan nanti dengan /prima.",
                  [Button("Simpan dan berhenti", "prima:pause"), Button("Buang langkah PRIMA", "prima:discard"),
                   Button("Lanjutkan PRIMA", "prima:stay")], choice_only=True)]
