"""PRIMA step M (Mulai jabarkan IKI): one IKI at a time, its text checked by the rules, then its fields asked
(iki_fields.py, the same questions «Simpan ke draf» asks), saved with its drafted RHK. A pasted list is drafted one
line after another; step R's activities are offered as starting points, rewritten output-based and checked first.
The mandatory IKI as typed is read in mandatory_typed.py, what else a message holds in step_m_reading.py; the
IKI proposed together are handled by StepMOffer (step_m_offer.py), which StepM inherits."""

from collections.abc import Callable
from dataclasses import replace

from bot import render
from bot.conversation import draft_weights, iki_parts, named_targets, prima_offer
from bot.conversation.answers import (
    MAX_VALUE_WORDS,
    Typed,
    answers_a_field,
    clause_fields,
    fields_in,
    is_correction,
    nothing_open,
    picks_by_number,
    read_answer,
    skips_field,
    typed_target,
    without_lead_in,
)
from bot.conversation.iki_fields import LABELS, Fields, short
from bot.conversation.intent import Intent, classify, has_work_object, is_work_description
from bot.conversation.kept_work import kept_note, own_wording
from bot.conversation.mandatory_typed import (
    MANDATORY_IKI,
    MANDATORY_LEFT_OUT,
    MANDATORY_PUT_OFF,
    MANDATORY_TARGET_ASKED,
    VALUE_CLAUSES,
    declines_mandatory,
    mandatory_added,
    mandatory_draft,
    mandatory_first,
    mandatory_in,
    mandatory_offer,
    mandatory_refused,
    mandatory_taken,
    names_mandatory,
    split_mandatory,
)
from bot.conversation.one_off import named_iki
from bot.conversation.prima_clauses import read_clauses
from bot.conversation.replies import Button, Reply, use_buttons
from bot.conversation.several_picks import named_clauses, several_picked, weights_told
from bot.conversation.spelling import spelling_fixes, without_fixes
from bot.conversation.state import UserState
from bot.conversation.step_m_offer import StepMOffer
from bot.conversation.step_m_reading import (
    drops_current,
    iki_after_question,
    iki_after_talk,
    refused_proposal,
    refuses_all,
    replaces,
    same_iki,
    suggestion_place,
    typed_ahead,
    typed_draft,
)
from bot.conversation.targets_ahead import targets_ahead
from bot.conversation.typed_work import is_new_iki, new_iki_in, new_work, not_a_unit, reads_as_iki
from bot.conversation.value_kept import kept_by_name, kept_with_reason
from bot.conversation.weighing import weigh
from bot.knowledge import policy
from bot.lang.numbers import format_number
from bot.lang.refs import iki_numbers
from bot.lang.text import phrase_set, tokens
from bot.lang.values import Number, numbers_in
from bot.llm.assistant import NO_AI, Assistant
from bot.models import IkiDraft, Jenis, RewriteResult, SkpDraft
from bot.rules import check_iki
from bot.rules.analysis import implied_satuan
from bot.rules.language import is_english
from bot.rules.measures import aspek_of
from bot.rules.skp_rules import is_mandatory, mandatory_iki
from bot.rules.target_fit import target_misfit
from bot.skp.rhk import draft_rhk

BACK, CANCEL = Button("« Kembali", "prima:back"), Button("Batal", "prima:cancel")
# «Kembali» under an IKI the rules refused: back to the IKI question of this step (its starting points), not a step
AGAIN = Button("« Kembali", "prima:stay")
OFFER_ASKS = "\n\nPilih usulan, atau tulis ulang IKI Anda."
NEEDS_OBJECT = ("Saya perlu kalimat IKI: ukuran (Persentase, Jumlah, Nilai …) + hasil kerja + syaratnya, misalnya "
                "«Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti». Tulis IKI Anda.")
# one starting point per activity told, up to the most IKI a non-leader may hold: a cap of 3 left the 4th activity
# of a day-one user «Belum ada titik awal» though it could be drafted
MAX_PROPOSALS = policy().iki_count.max
MAX_ASIDE_WORDS = 8  # «eh 90 kebanyakan, 85 aja»: a short remark about a value, never an IKI sentence
IN_ENGLISH = ("Tulis IKI-nya dalam Bahasa Indonesia: ukuran (Persentase, Jumlah, Nilai …) + hasil kerja + syaratnya; "
              "istilah seperti policy brief atau dashboard boleh tetap. / Please write the IKI in Indonesian; I will "
              "check it and suggest output-based wording.")


class StepM(StepMOffer):
    def __init__(self, assistant: Assistant, header: Callable[[str], str], suggest_jenis: Callable,
                 waiting: Callable[[UserState], Reply | None] = lambda state: None):
        self._assistant = assistant
        self._header = header
        self._waiting = waiting  # a pasted list not yet drafted, named with the question for the next IKI
        self.fields = Fields("prima", self._holder, suggest_jenis, self._save, lambda state: [], back_at_first=True)

    @staticmethod
    def _holder(state: UserState):
        """PRIMA's IKI; once saved early, the saved IKI itself, so every answer lands in the draft."""
        prima = state.prima
        if prima.index is not None and prima.current is not None and prima.index < len(state.skp.iki):
            prima.current = state.skp.iki[prima.index]
        return prima

    def _save_early(self, state: UserState, replies: list[Reply]) -> list[Reply]:
        """The product owner's rule: an IKI that passed the rules is saved to the draft as soon as it has its target
        (typed with it, or answered right after the verdict); the other fields are then asked of the saved IKI."""
        prima = state.prima
        current = prima.current
        if prima.index is not None or current is None or current.target is None or prima.field == "indikator":
            return replies
        current.rhk = current.rhk or next(iter(draft_rhk(current.indikator)), None)
        state.skp.iki.append(current)
        prima.index = len(state.skp.iki) - 1
        said = Reply(f"Tersimpan ke draf sebagai IKI ke-{prima.index + 1} (target {render.target_text(current)}); "
                     "bagian lainnya saya tanyakan sekarang.")
        return replies[:-1] + [said] + replies[-1:] if replies else [said]

    # Questions --------------------------------------------------------------------------------------------
    def prompt(self, state: UserState) -> list[Reply]:
        self._holder(state)
        if state.prima.field == "indikator":
            return self._prompt_next_iki(state)
        return self.fields.prompt(state)

    def _prompt_next_iki(self, state: UserState) -> list[Reply]:
        skp, prima = state.skp, state.prima
        current = prima.current
        rules = policy().iki_count
        count = len(skp.iki)
        # the 5–10 range is the members' (policy.yaml iki_count roles); a unit leader's IKI are their PK's (tester55 F15)
        advised = f"disarankan {rules.range_text}" if skp.peran in rules.roles else "jumlahnya mengikuti indikator PK unit"
        lines = [self._header("M"), f"IKI tersimpan: {count} ({advised}). Tulis IKI ke-{count + 1} "
                 "berbasis output: ukuran (Persentase/Jumlah/Nilai …) + hasil kerja + syaratnya. Boleh juga menempel "
                 "beberapa IKI sekaligus, satu per baris."]
        buttons = []
        if current is not None:  # came back here with «Kembali»: what was typed is kept
            lines.append(f"IKI yang sedang disusun: «{current.indikator}» (target {render.target_text(current)}). "
                         "Tulis ulang, atau lanjutkan yang ini.")
            buttons.append(Button("Lanjutkan IKI ini", "prima:resume"))
        if skp.peran in policy().mandatory_iki.roles and not any(is_mandatory(i) for i in skp.iki):
            buttons.append(Button("Tambah IKI wajib IP ASN", "prima:mandatory"))
        if count:
            buttons.append(Button("Selesai, lanjut ke dialog", "prima:done"))
        saved = {tuple(tokens(iki.indikator)) for iki in skp.iki}  # one saved meanwhile (a list pasted) is no start
        prima.unproposed = prima_offer.not_written(prima.unproposed, skp.iki)  # never named once she wrote it
        if current is None and prima.together and prima.proposals:  # drafted together from the work told: one list
            return [Reply(f"{self._header('M')}\n{prima_offer.shown(self._offer(state), prima.unproposed, [])}",
                          self._offer_buttons(state))]
        prima.proposals = [p for p in prima.proposals if tuple(tokens(p.indikator)) not in saved]
        if current is None and prima.proposals:
            lines.append("Titik awal dari aktivitas yang Anda tulis di langkah 2 (sudah dirumuskan berbasis output dan "
                         "diperiksa aturan; pilih lalu lengkapi):")
            lines += [f"{i}. {p.indikator}" for i, p in enumerate(prima.proposals, start=1)]
            # beside the suggestions of an IKI written before, named apart: never two «Pakai usulan 1» (tester57 F11)
            buttons += use_buttons(len(prima.proposals), "prima:propose") if not (current is None and state.candidates) \
                else [Button(f"Pakai titik awal {i}", f"prima:propose:{i}") for i in range(1, len(prima.proposals) + 1)]
        if current is None and state.candidates:  # the rewrites offered stay open after a question asked between
            lines.append("Usulan untuk IKI yang Anda tulis tadi masih bisa dipilih:")  # (tester21b #6)
            lines += [f"{i}. {c.indikator}" for i, c in enumerate(state.candidates, start=1)]
            buttons += use_buttons(len(state.candidates), "prima:use")
        if current is None and prima.unproposed:  # every activity of step 2 is shown or named, never dropped
            lines.append(f"Belum ada titik awal untuk {', '.join(f'«{a}»' for a in prima.unproposed)}: tulis IKI-nya "
                         "sendiri berbasis output (apa hasilnya, dan ukurannya: Persentase/Jumlah … yang …).")
        waiting = self._waiting(state) if current is None else None
        if waiting:  # the list's text and buttons in the same message (tester17b #5: a «Rincian» pick dropped it)
            lines.append(f"\n{waiting.text}")
            buttons = waiting.buttons + buttons
        return [Reply("\n".join(lines), buttons + [BACK, CANCEL])]

    # Answers ----------------------------------------------------------------------------------------------
    def on_text(self, state: UserState, text: str, intent: Intent | None = None) -> list[Reply]:
        prima = state.prima
        ahead, prima.ahead = prima.ahead, None
        if ahead is not None and ahead < len(state.skp.iki) and is_correction(text) \
                and state.skp.iki[ahead].target is not None:
            return self._correct_ahead(state, ahead, read_answer(text).numbers[0])
        given = self._jenis_ahead(state, ahead, text) if ahead is not None and ahead < len(state.skp.iki) else None
        if given:  # «make it beyond» right after «ok also add: Persentase …, 50»
            return given
        replacing = new_iki_in(text) if ahead is not None and ahead < len(state.skp.iki) else None
        from bot.conversation.list_picks import named_by_ordinal  # (list_picks reads this module: imported when used)

        lead = text[: text.find(replacing)] if replacing else ""
        # «yg pertama ganti jd …» names another IKI than the one typed ahead: never that one replaced (d20-dev01)
        named = named_by_ordinal(lead, len(state.skp.iki)) or iki_numbers(lead)
        if replacing and replaces(lead) and named in ([], [ahead + 1]):  # «yaudah ganti jd: Persentase …»
            replaced = self._replace_ahead(state, ahead, replacing)
            if replaced:
                return replaced
        return self._save_early(state, self._on_text(state, text, intent))

    def _named_by_jenis(self, state: UserState, text: str) -> str:
        """A value named with a jenis («target beyond 100% satker binaan, 12 satker», «beyond 15») while a field of an
        IKI of another jenis (or none yet) is asked and one other IKI, waiting or saved, has that jenis: the value is
        that IKI's (a bare number its weight, as in «TUSI 25»; a count its target when it is not measured in percent).
        Returns the words that say so, or "" when the message is not about another IKI (at the jenis question «beyond
        15» answers the open one)."""
        prima, answer = state.prima, read_answer(text)
        jenis, current = answer.jenis, prima.current
        if jenis is None or not answer.numbers or prima.field == "jenis" or current is None or current.jenis is jenis \
                or "?" in text:
            return ""
        others = [d for d in prima.queue if d.jenis is jenis] \
            + [iki for n, iki in enumerate(state.skp.iki) if iki.jenis is jenis and n != prima.index]
        if len(others) != 1:
            return ""
        iki = others[0]
        field = "bobot" if "bobot" in answer.named or ("target" not in answer.named and len(answer.numbers) == 1
                                                        and answer.numbers[0].unit is None) else "target"
        if field == "bobot":
            iki.bobot = answer.numbers[0].value
            return f"Bobot IKI {jenis.label} «{short(iki.indikator, 60)}»: {format_number(iki.bobot)}%." \
                + self._keep_queued(state, iki)
        percent = (iki.satuan or implied_satuan(iki)) == "%"
        counts = [n for n in answer.numbers if n.unit and n.unit != "%"]
        number = counts[-1] if counts and not percent else answer.named.get("target") or answer.numbers[0]
        self.fields._set(iki, "target", number)
        return f"Target IKI {jenis.label} «{short(iki.indikator, 60)}»: {render.target_text(iki)}." \
            + self._keep_queued(state, iki)

    def _targets_by_number(self, state: UserState, text: str) -> list[Reply] | None:
        """«no 2 90», «nomor 3: 85, no 4 jadi 95» at a field question: each target to the IKI of the draft its number
        names, as outside PRIMA (`draft_save.targets_by_number`; at the target question one pair only after a word
        naming the number), never the asked field's «2%»; the asked target given among them moves on, else the
        question is asked again. None when the message is no such pairs."""
        from bot.conversation import draft_save  # (draft_save reads PRIMA's jenis suggestion: imported when used)

        prima = state.prima
        numbered = draft_save.targets_by_number(state, text, several=prima.field == "target") if "?" not in text else ""
        if not numbered:
            return None
        answered = prima.field == "target" and prima.current is not None and prima.current.target is not None
        return [Reply(numbered)] + (self.fields.advance(state) if answered else self.prompt(state))

    @staticmethod
    def _keep_queued(state: UserState, iki: IkiDraft) -> str:
        """An IKI waiting to be drafted (held back by the rules) that the user has just given a value by its jenis
        is theirs: saved to the draft now, as typed, its other fields asked in turn, as outside PRIMA an IKI named
        while another is asked is (`draft_save.add_later`); a user who exports before its turn never loses it
        (d12-keu08). Returns the words that say so ("" when it was in the draft already)."""
        prima = state.prima
        at = next((n for n, queued in enumerate(prima.queue) if queued is iki), None)
        if at is None:
            return ""
        prima.queue.pop(at)
        iki.rhk = iki.rhk or next(iter(draft_rhk(iki.indikator)), None)
        state.skp.iki.append(iki)
        prima.waiting.append(len(state.skp.iki) - 1)
        return f" Tersimpan ke draf sebagai IKI ke-{len(state.skp.iki)}; bagian lainnya saya tanyakan sesudah IKI ini."

    def _replace_ahead(self, state: UserState, at: int, typed: str) -> list[Reply] | None:
        """The IKI typed ahead in the last message replaced by the one typed now, when it passes the rules (one that
        does not is drafted as any other IKI typed ahead: None)."""
        draft = typed_draft(typed)
        verdict = check_iki(draft)
        if verdict.has_error:
            return None
        before = state.skp.iki[at]
        state.skp.iki[at] = self._kept(draft, verdict)
        state.prima.ahead = at
        target = render.target_text(state.skp.iki[at]) if state.skp.iki[at].target is not None else "belum diisi"
        return [Reply(f"IKI ke-{at + 1} diganti: «{short(before.indikator, 60)}» menjadi «{state.skp.iki[at].indikator}» "
                      f"(target {target}).")] + self.prompt(state)

    def _jenis_ahead(self, state: UserState, at: int, text: str) -> list[Reply] | None:
        """«make it beyond», «yg itu beyond aja» right after an IKI was typed ahead, while the IKI being completed has
        its jenis already: the jenis of the one typed ahead, and the open question asked again (none passed over)."""
        answer, iki, current = read_answer(text), state.skp.iki[at], state.prima.current
        if answer.jenis is None or answer.numbers or not answers_a_field(text) or iki.jenis is not None \
                or current is None or current.jenis is None or current is iki:
            return None
        iki.jenis = answer.jenis
        state.prima.ahead = at
        return [Reply(f"Jenis IKI ke-{at + 1} «{short(iki.indikator, 60)}»: {answer.jenis.label}.")] + self.prompt(state)

    def _correct_ahead(self, state: UserState, at: int, number) -> list[Reply]:
        """«eh salah 15 aja» right after an IKI typed ahead with its target («ok Jumlah sertifikat …, target 12»):
        that IKI's target, not the answer of the question still open."""
        iki = state.skp.iki[at]
        before = render.target_text(iki)
        self.fields._set(iki, "target", number)
        return [Reply(f"Target IKI ke-{at + 1} «{short(iki.indikator, 60)}» diganti: {render.target_text(iki)} "
                      f"(sebelumnya {before}).")] + self.prompt(state)

    def _on_text(self, state: UserState, text: str, intent: Intent | None = None) -> list[Reply]:
        prima = self._holder(state)
        mandatory, rest = mandatory_first(text) if not state.candidates else (text, "")
        if rest:  # «tambah IP ASN 80 sm beyond: dashboard …», «tambah IP ASN sm '<IKI>'»: each IKI named, the
            labelled = named_iki(rest)  # mandatory first («beyond: dashboard …»: the IKI after its jenis)
            typed = [mandatory_draft(mandatory)[0],
                     labelled[1] if labelled else typed_ahead(rest, new_iki_in(rest) or rest)]
            if prima.field != "indikator":
                return [Reply(self.later(state, typed))] + self.prompt(state)
            said = self.later(state, typed, when="satu per satu sesudah ini")  # at the IKI question: both saved,
            following = self.next_waiting(state)  # their fields asked now, never the message checked as one IKI
            return [Reply(said)] + (following if following is not None else self.prompt(state))
        if prima.field != "indikator":
            if skips_field(text):  # «ugh whatever, skip aja bagian ini»: the question's own none button, never work
                return self.fields.on_text(state, text)
            if prima.index is None and prima.current is not None and drops_current(text):
                dropped, prima.current, prima.field = prima.current, None, "indikator"  # «eh udah ada itu, batal»
                return [Reply(f"«{short(dropped.indikator, 60)}» tidak saya simpan.")] + self.prompt(state)
            named = self.named_fields(state, text, least=2, when="sesudah IKI ini") if prima.proposals else None
            if named:  # «juknis 100 tusi 20, monev 80 tusi 20» at the data-awal question: those starting points'
                return [Reply(named)] + self.prompt(state)
            parts = iki_parts.read(state, text, asked=prima.index)
            if parts:  # «NO 1 TARGET 90 PERSEN, CORE TUSI, BOBOT 20. NO 2 85 PERSEN TUSI 15»: each IKI named, its fields
                said = iki_parts.applied(state, parts)  # first: whether the field asked is answered is read after
                current = state.prima.current
                answered = current is not None and getattr(current, state.prima.field, None) not in (None, "")
                return [Reply(said)] + (self.fields.advance(state) if answered else self.prompt(state))
            numbered = self._targets_by_number(state, text)
            if numbered is not None:  # «no 2 90», «no2 95, no3 70» at a field question: those IKI's targets, never «2%»
                return numbered
            by_jenis = self._named_by_jenis(state, text)
            if by_jenis:  # «target beyond 12 satker», «beyond 15» with a Beyond IKI waiting: that IKI's, not this one's
                return [Reply(by_jenis + "\nKembali ke IKI ini:")] + self.prompt(state)
            head, mandatory = split_mandatory(text)
            if mandatory and not names_mandatory(head):  # «TUSI jg, bobot 45. trus IP ASN 85»: the answer, then it
                return [Reply(self.later(state, [mandatory_draft(mandatory)[0]]))] + self._on_text(state, head)
            head, mandatory = split_mandatory(text, by_clause=True)
            listed = named_targets.each_clause(state, head) if mandatory else None
            if listed is not None:  # «ronde 80, edukasi ortu 90, IP ASN 85»: each value to the IKI it names only,
                said = [self.later(state, [mandatory_draft(mandatory)[0]]), named_targets.applied(state, listed)]
                answered = prima.field == "target" and prima.index in listed.targets  # (the one asked among them)
                return [Reply("\n".join(part for part in said if part))] \
                    + (self.fields.advance(state) if answered else self.prompt(state))  # never this field's answer
            typed_iki = new_iki_in(text) or iki_after_talk(text, prima.current)
            if typed_iki and prima.field in ("target", "satuan") and same_iki(typed_iki, prima.current):
                typed_iki = None  # «Persentase <this IKI>, target 85»: this IKI's target, typed with its sentence
            if declines_mandatory(text):  # «IP ASN ga usah dulu deh»: never added
                return [Reply(MANDATORY_PUT_OFF)] + self.prompt(state)
            if prima.index is not None and self._saves_again(text):  # «simpan semua yang diusulkan» once saved
                return [Reply(f"Sudah tersimpan: draf Anda kini {len(state.skp.iki)} IKI. Sekarang saya lengkapi "
                              "isiannya satu per satu.")] + self.prompt(state)
            labelled = named_iki(text) if ";" not in text and not typed_iki else None
            if labelled and not tokens(labelled[0]):  # «beyond: kampanye digital …, 1 jt views» at a field question:
                return [Reply(self.later(state, [labelled[1]]))] + self.prompt(state)  # the next IKI (d23-dev04)
            if is_new_iki(text, intent) or names_mandatory(text) or typed_iki:  # the next IKI, before this one is done
                following = mandatory_draft(text)[0] if names_mandatory(text) else typed_ahead(text, typed_iki or text)
                return [Reply(self.later(state, [following]))] + self.prompt(state)
            if prima.field == "satuan" and not_a_unit(text, intent):  # a sentence of work is never the unit
                aside = self._set_aside(state)
                following = IkiDraft(indikator=new_iki_in(text) or new_work(text, "") or text)
                return ([Reply(aside)] if aside else []) + self._take_indicator(state, following)
            elsewhere = self._elsewhere(state, text)
            if elsewhere:  # «target yg tadi 90» at the data-awal question: another IKI's value, never this field's
                return [Reply(elsewhere)] + self.prompt(state)
            refused = refused_proposal(text, len(prima.proposals))
            if refused is not None:  # «yg no 1 kurang pas» at a field question: the proposal dropped, never work
                return [Reply(f"Baik, usulan «{short(prima.proposals.pop(refused).indikator, 60)}» tidak saya pakai.")] \
                    + self.prompt(state)
            one = named_targets.one_named(state, text, prima.index) if "?" not in text else None
            if one:  # «yang air bersih 100 dong, itu menyangkut nyawa orang»: that IKI's target, the reason said back
                reason = f"\nAlasannya («{short(one[1], 80)}») sampaikan juga di dialog kinerja." if one[1] else ""
                return [Reply(named_targets.applied(state, one[0]) + reason + "\nKembali ke IKI ini:")] \
                    + self.prompt(state)
            unknown = named_targets.names_none(state, text) if prima.field == "target" else ""
            if unknown:  # «yg dekubitus targetnya 100%» with no IKI of pressure injuries: never this IKI's target
                value = numbers_in(text)[0].text  # the value said back, so it is seen as kept apart, never lost
                return [Reply(f"Belum ada IKI tentang «{unknown}» di draf, jadi nilai {value} tidak saya pasang pada IKI "
                              "ini. Bila itu hasil kerja Anda, tulis IKI-nya (ukuran + hasil kerja + syaratnya) beserta "
                              "targetnya sesudah IKI ini.")] + self.prompt(state)
            in_order = self._targets_in_order(state, text) if prima.field == "target" else None
            if in_order is not None:  # «12 rekap, 90, 85»: this IKI's target first, then the next waiting ones'
                return in_order
            waiting = [i for i in prima.waiting if i != prima.index]
            ahead = targets_ahead(state, text, prima.field, waiting) if "?" not in text else ""
            if ahead:  # «80, 4 kajian, 75, 85» at the data awal question: the waiting IKI's targets, never one data awal
                return [Reply(ahead + "\nKembali ke IKI ini:")] + self.prompt(state)
            reason = kept_with_reason(text) or self._kept_by_name(state, text)
            if reason:  # «iya tetap, kalau ga rekon bisa jadi temuan BPK»: the value stands, its reason no work
                return [Reply(self._kept_reason(state, reason))] + self.prompt(state)
            work = new_work(text, prima.field)
            if work:  # «sama keluhan pelanggan lab, yg ditindaklanjuti»: other work, drafted from now
                return [Reply(self._set_aside(state) + f"Saya susun usulan IKI berbasis output untuk pekerjaan "
                              f"«{work}».")] + self._take_indicator(state, IkiDraft(indikator=work))
            return self.fields.on_text(state, text)
        clauses = read_clauses(text) if not state.candidates else None
        if clauses:  # «penelitian: 1 karya ilmiah siap publikasi. PPDS ga usah. visite: Persentase …, 90»: each clause
            return self._take_clauses(state, clauses)
        named = self._named_several(state, text) if prima.proposals and not state.candidates \
            and (not prima.together or weights_told(text)) else None  # (targets alone: the list shown together's)
        if named:  # «yg TTU 85, TUSI, 25. vektor 90 tusi 25. IP ASN 82 MI 10»: each starting point with its fields
            return named
        by_name = prima_offer.saved_by_name(self._starting(state), text) \
            if prima.proposals and not prima.together and not state.candidates else None
        if by_name:  # «simpan yg TAT, PME, sama sampel ditolak aja» under step 4's starting points: those named
            return self._save_starting(state, *by_name)
        offered = self._offer_text(state, text) if prima.together and prima.proposals and not state.candidates else None
        if offered is not None:  # targets for the IKI proposed together, or «simpan»
            return offered
        refused = refused_proposal(text, len(prima.proposals)) if not state.candidates else None
        if refused is not None:  # «yg no 1 kurang pas, sy tulis sendiri aja»: dropped, never an IKI to check
            dropped = prima.proposals.pop(refused)
            return [Reply(f"Baik, usulan «{short(dropped.indikator, 60)}» tidak saya pakai. Tulis IKI Anda sendiri "
                          "berbasis output: ukuran (Persentase/Jumlah …) + hasil kerja + syaratnya.")] + self.prompt(state)
        place = suggestion_place(state, text)
        if place is not None:  # «1» under the numbered suggestions: usulan 1 (it was «Saya perlu kalimat IKI»)
            return self._on_button(state, "use", str(place))
        several = several_picked(text, len(prima.proposals), names_mandatory) \
            if prima.proposals and not state.candidates else None
        if several:  # «pakai usulan 1 sampai 3, targetnya 90%, 85%, 80%»: each proposal with its target, in order
            return self._take_several(state, *several)
        if picks_by_number(text) and not state.candidates:  # «Pakai usulan 2» typed: a pick, never an IKI to check
            number = int(next(w for w in tokens(text) if w.isdigit()))
            if number <= len(prima.proposals):
                return self._on_button(state, "propose", str(number))
            shown = f"hanya ada usulan 1–{len(prima.proposals)}" if prima.proposals else "belum ada usulan di layar"
            return [Reply(f"Usulan nomor {number} tidak ada: {shown}. Pilih salah satu, atau tulis IKI Anda.")] \
                + self.prompt(state)
        if len(tokens(text)) <= MAX_VALUE_WORDS and read_answer(text).takes_suggestion:  # «ikut saran aja»: the
            taken = self._on_button(state, "use", "1") if state.candidates else \
                self._on_button(state, "propose", "1") if prima.proposals else None  # first one shown, never an IKI
            return taken or [Reply("Belum ada usulan di layar untuk diikuti. Tulis IKI Anda: ukuran (Persentase/Jumlah "
                                   "…) + hasil kerja + syaratnya.")] + self.prompt(state)
        text, mandatory = split_mandatory(text)
        if mandatory:  # "Persentase …, 85%, TUSI 25. IP ASN 85": the mandatory IKI follows this one
            return [Reply(self.later(state, [mandatory_draft(mandatory)[0]]))] + self._on_text(state, text)
        elsewhere = self._elsewhere(state, text)
        if elsewhere:  # «eh 90 kebanyakan, 85 aja»: the target typed before, named by its old value
            return [Reply(elsewhere)] + self.prompt(state)
        answer = read_answer(text)
        # «eh bentar, 25 aja» reads as «X, target 25» (an IKI): short, it is a correction all the same
        correction = answer.correction and answer.numbers and (classify(text).route != "iki" or is_correction(text))
        if correction and prima.answered and not state.candidates:
            return self.fields.correct(state, answer, text)  # «eh salah, 20 aja» after the IKI was saved
        if (correction or not answer.numbers) and (said := nothing_open(text)):  # «eh bentar, 90 aja», «tetap simpan»
            if state.candidates:  # the suggestions for the IKI just refused are still on screen: picked, then the target
                return [Reply(f"{said}\nPilih usulan di atas (targetnya saya tanyakan sesudahnya), atau tulis ulang IKI "
                              "Anda.", use_buttons(len(state.candidates), "prima:use") + [AGAIN])]
            return [Reply(said)] + self.prompt(state)
        if names_mandatory(text):  # "IP ASN 85", "IP ASN 85 bobot 10"
            return self._mandatory(state, text)
        if answer.jenis is not None and answers_a_field(text) and not reads_as_iki(text):
            return self._jenis_alone(state, text, answer)  # «Core TUSI» with no IKI being drafted
        after = iki_after_question(text)
        if after:  # «Can I write it in English? My IKI: …»: the IKI (the language note before answers the question)
            text, intent = after, None
        lead_jenis = None
        if without_lead_in(text) != text:  # "yg kedua: Persentase …": the lead-in is not part of the IKI
            lead_jenis = read_answer(text[: len(text) - len(without_lead_in(text))]).jenis  # «tambah satu CL: …»
            text, intent = without_lead_in(text), None
        typed = fields_in(text)
        typed = replace(typed, jenis=typed.jenis or lead_jenis) if typed.indikator else typed
        if typed.has_fields and typed.indikator:
            return self._take_indicator(state, IkiDraft(indikator=typed.indikator), fields=typed)
        return self._take_indicator(state, IkiDraft(indikator=text), intent)

    def _take_clauses(self, state: UserState, clauses) -> list[Reply]:
        """The IKI of a message's clauses saved to the draft (their other fields asked in turn), a starting point a
        refusing clause names dropped, the other refusals said back as noted."""
        prima = state.prima
        said = [self.later(state, clauses.drafts, when="satu per satu sesudah ini")]
        for part in clauses.refused:
            at = prima_offer.proposal_named([p.indikator for p in prima.proposals], part)
            if at is not None:
                said.append(f"Usulan «{short(prima.proposals.pop(at).indikator, 60)}» tidak saya pakai.")
            else:
                said.append(f"«{part}» saya catat: tidak saya susun IKI-nya.")
        following = self.next_waiting(state)
        return [Reply(" ".join(part for part in said if part))] + (following if following is not None
                                                                    else self.prompt(state))

    def _offer_buttons(self, state: UserState) -> list[Button]:
        return [prima_offer.SAVE] + use_buttons(len(state.prima.proposals), "prima:propose") + [BACK, CANCEL]

    def _elsewhere(self, state: UserState, text: str) -> str:
        """Values typed while one question is open that belong to other IKI of the draft: a target named by its old
        value («eh 90 kebanyakan, 85 aja» after «…, kira2 90an»), a target named as such while another field is
        asked of an IKI that has one («target yg tadi 90»: the IKI typed ahead without one), and a jenis for all
        («tusi semua»: every IKI still without one). Returns the words that say what changed, "" when none did."""
        prima, skp = state.prima, state.skp
        answer, said = read_answer(text), []
        current = prima.current
        if len(answer.numbers) == 2 and not answer.named and answer.jenis is None and len(tokens(text)) <= MAX_ASIDE_WORDS \
                and answer.numbers[0].value != answer.numbers[1].value and not new_iki_in(text):
            old, new = answer.numbers
            named = [i for i, iki in enumerate(skp.iki) if _target_value(iki) == old.value]
            if named and (current is None or _target_value(current) != old.value or skp.iki[named[-1]] is current):
                iki = skp.iki[named[-1]]
                before = render.target_text(iki)
                self.fields._set(iki, "target", replace(new, unit=None) if new.unit else new)
                said.append(f"Target IKI ke-{named[-1] + 1} «{short(iki.indikator, 60)}» diganti: "
                            f"{render.target_text(iki)} (sebelumnya {before}).")
        target = answer.named.get("target")
        if target is not None and prima.field not in ("target", "indikator", "satuan") and current is not None \
                and current.target is not None:
            waiting = [i for i in prima.waiting if i < len(skp.iki) and skp.iki[i].target is None]
            if waiting and target_misfit(skp.iki[waiting[-1]], target.text) is None:  # «target 1 dashboard»: never a Persentase's
                iki = skp.iki[waiting[-1]]
                self.fields._set(iki, "target", target)
                said.append(f"Target IKI ke-{waiting[-1] + 1} «{short(iki.indikator, 60)}»: {render.target_text(iki)}.")
        if answer.jenis is not None and phrase_set("conversation", "list_all").find(tokens(text)):
            lacking = [i for i, iki in enumerate(skp.iki) if iki.jenis is None and not is_mandatory(iki)]
            for i in lacking:
                skp.iki[i].jenis = answer.jenis
            if current is not None and current.jenis is None and not is_mandatory(current):
                current.jenis = answer.jenis
            if lacking:
                said.append(f"Jenis {answer.jenis.label} untuk IKI ke-{', '.join(str(i + 1) for i in lacking)}.")
            said.append(self._weight_for_all(state, lacking, answer))
        return " ".join(part for part in said if part)

    @staticmethod
    def _weight_for_all(state: UserState, lacking: list[int], answer) -> str:
        """The weight said with a jenis for all («tusi 20 semua»: one number, no target and no unit but %): each IKI
        just given that jenis takes it while its jenis has room under the caps (tester52 P2-7: the 20 was dropped);
        "" when the message holds no such weight."""
        skp, current = state.skp, state.prima.current
        weight = answer.named.get("bobot") or (answer.numbers[0] if len(answer.numbers) == 1 else None)
        every = phrase_set("conversation", "list_all")  # «20 semua»: «semua» read as its unit says all, no unit
        if weight is None or "target" in answer.named \
                or weight.unit not in (None, "%") and not every.find(tokens(weight.unit)):
            return ""
        given, refused = [], ""
        for i in lacking:
            if skp.iki[i].bobot is None:
                refused = weigh(skp, skp.iki[i], weight.value, skip=i)
                if refused:
                    break
                given.append(i)
        if current is not None and state.prima.index is None and current.bobot is None and not refused \
                and current.jenis is answer.jenis:
            refused = weigh(skp, current, weight.value)
        said = f"Bobot {format_number(weight.value)}% untuk IKI ke-{', '.join(str(i + 1) for i in given)}." \
            if given else ""
        return f"{said} {refused}".strip()

    def _jenis_alone(self, state: UserState, text: str, answer) -> list[Reply]:
        """A jenis (and weight) typed while step M waits for an IKI: the IKI kept as being drafted takes it (then its
        open fields are asked), else the IKI just saved; with none saved in this step, the user is told what is asked (never checked as an IKI: «Core TUSI» is no IKI)."""
        prima, skp = state.prima, state.skp
        drafting = prima.current  # the IKI shown as «sedang disusun» takes it; its open fields are asked on
        if drafting is None and (prima.saved is None or prima.saved >= len(skp.iki)):
            return [Reply(f"«{short(text, 40)}» adalah jenis IKI. Belum ada IKI yang sedang disusun: tulis dulu "
                          "kalimat IKI-nya, lalu jenisnya saya tanyakan (atau tulis sekaligus, misalnya «Persentase … , "
                          f"90%, {answer.jenis.label}»).")] + self.prompt(state)
        iki = drafting or skp.iki[prima.saved]
        before = iki.jenis.label if iki.jenis else "belum diisi"
        iki.jenis = answer.jenis
        said = [f"Jenis «{short(iki.indikator, 60)}»: {iki.jenis.label}." if drafting else
                f"Jenis IKI ke-{prima.saved + 1} «{short(iki.indikator, 60)}»: {iki.jenis.label} (sebelumnya {before})."]
        weight = answer.named.get("bobot") or next(iter(answer.numbers), None)
        reason = weigh(skp, iki, weight.value, skip=None if drafting else prima.saved) if weight is not None else ""
        if weight is not None and not reason:
            said.append(f"Bobotnya {format_number(weight.value)}%.")
        elif weight is not None and drafting:
            said.append(f"{reason} Bobotnya saya tanyakan lagi.")
        elif weight is not None:
            said.append(f"{reason} Bobot tetap {format_number(iki.bobot) + '%' if iki.bobot is not None else 'kosong'}; "
                        f"ubah dengan /ubah {prima.saved + 1} bobot ANGKA.")
        return [Reply(" ".join(said))] + (self.fields.advance(state, after="") if drafting else self.prompt(state))

    def _take_several(self, state: UserState, picked: list[int], values: list[Number], others: list[str]) \
            -> list[Reply]:
        """Proposals picked together with their targets typed in order: each saved to the draft with its target (and
        the mandatory IKI when its value was listed too), their other fields asked in turn."""
        prima = state.prima
        drafts = []
        for at, number in zip(picked, values):
            draft = IkiDraft(indikator=prima.proposals[at].indikator, satuan=prima.proposals[at].satuan)
            self.fields._set(draft, "target", number)
            drafts.append(draft)
        drafts += [mandatory_draft(part)[0] for part in others if not any(is_mandatory(i) for i in state.skp.iki)]
        prima.proposals = [p for i, p in enumerate(prima.proposals) if i not in picked]
        said = self.later(state, drafts, when="satu per satu sesudah ini")
        following = self.next_waiting(state)
        return [Reply(said)] + (following if following is not None else self.prompt(state))

    def evenly(self, state: UserState, text: str) -> list[Reply] | None:
        """«bobot sama rata» while a field is asked: each jenis's share spread over the draft's IKI of that jenis
        (draft_weights.evenly, a missing jenis its suggestion); at the jenis or weight question that answers it and
        the next field follows, at another the question is asked again; the jenis and weights of several IKI in one
        message, «bobot tusi sama rata, beyond 10», as outside PRIMA (draft_weights.typed_for_many). None when the
        text says no such thing."""
        said = draft_weights.typed_for_many(state, text) or draft_weights.evenly(state, text)
        if not said:
            return None
        answered = self._holder(state).field in ("jenis", "bobot")
        return [Reply(said)] + (self.fields.advance(state) if answered else self.prompt(state))

    def _targets_in_order(self, state: UserState, text: str) -> list[Reply] | None:
        """«12 rekap, 90, 85» at the target question of an IKI saved with others: one bare value for it and for each
        IKI waiting after it with no target (the mandatory IKI aside), in the draft's order; the others set (one their
        measure cannot hold said back) and this one's answered as any answer. None unless the counts match."""
        prima, skp = state.prima, state.skp
        clauses = [c.strip() for c in VALUE_CLAUSES.split(text) if c.strip()]
        if len(clauses) < 2 or any(len(numbers_in(c)) != 1 for c in clauses) \
                or not all(_bare_value(c) for c in clauses) or read_answer(text).jenis is not None:
            return None
        if prima.index is None:
            return self._queued_targets(state, clauses)
        order = [prima.index] + [i for i in prima.waiting if i != prima.index and i < len(skp.iki)
                                 and skp.iki[i].target in (None, "") and not is_mandatory(skp.iki[i])]
        if len(order) != len(clauses):
            return None
        others = named_targets.Named({at: numbers_in(c)[0] for at, c in zip(order[1:], clauses[1:])})
        return [Reply(named_targets.applied(state, others))] + self.fields.on_text(state, clauses[0])

    def _queued_targets(self, state: UserState, clauses: list[str]) -> list[Reply] | None:
        """«target 95%, 85%, 82,5, dua kajian, 80» at the first target of a list taken in step M, whose other IKI wait
        in the queue unsaved: one value for the IKI asked and one for each waiting IKI with no target, in the list's
        order (tester56 F9: the first kept, the five others dropped and asked again). A value the IKI's measure cannot
        hold is said back and asked in its turn. None unless the counts match (the mandatory IKI counted when they
        match only so)."""
        prima = state.prima
        open_ = [d for d in prima.queue if d.target in (None, "")]
        if prima.current is None or len(open_) + 1 != len(clauses):
            open_ = [d for d in open_ if not is_mandatory(d)]
        if prima.current is None or len(open_) + 1 != len(clauses):
            return None
        said = []
        for draft, clause in zip(open_, clauses[1:]):
            number = numbers_in(clause, draft.indikator)[0]
            misfit = target_misfit(draft, number.text)
            if misfit:
                said.append(f"«{short(draft.indikator, 60)}»: target «{number.text}» tidak saya pasang: {misfit}")
                continue
            self.fields._set(draft, "target", number)
            said.append(f"«{short(draft.indikator, 60)}»: target {render.target_text(draft)}")
        return [Reply("Target IKI berikutnya dicatat, berurutan (isian lainnya saya tanyakan gilirannya):\n"
                      + "\n".join(said))] + self.fields.on_text(state, clauses[0])

    @staticmethod
    def _kept_by_name(state: UserState, text: str) -> str | None:
        """«identifikasi tetap 100 krn patient safety» at the next field of the IKI named: the reason (kept_by_name)."""
        iki = state.prima.current
        field = state.prima.answered or "target"
        return kept_by_name(text, iki, getattr(iki, field, None)) if iki is not None else None

    @staticmethod
    def _kept_reason(state: UserState, reason: str) -> str:
        """What «iya tetap, <why>» keeps: the value answered last, with the reason said back for the dialog."""
        iki = state.prima.current
        field = state.prima.answered or ("target" if iki is not None and iki.target is not None else "")
        value = getattr(iki, field, None) if iki is not None else None
        shown = render.target_text(iki) if field == "target" and value is not None else value
        kept = f"{LABELS.get(field, field).lower()} {shown} tetap untuk «{short(iki.indikator, 60)}»" \
            if value is not None else "jawaban Anda tetap"
        return f"Baik, {kept}. Alasannya («{short(reason, 80)}») sampaikan juga di dialog kinerja."

    def _named_several(self, state: UserState, text: str) -> list[Reply] | None:
        """«yg TTU 85, TUSI, 25. vektor 90 tusi 25. IP ASN 82 MI 10» under step 4's starting points: each clause's
        target, jenis and weight set on the starting point (or the mandatory IKI) its words name, all saved and their
        other fields asked in turn; a clause naming none is said back with what to write. None unless every clause
        types a field and one names a starting point, each a different one; one clause alone only with a jenis or a
        weight («lapkeu 1 laporan, tusi 20»: a target alone is proposal_with_target's)."""
        said = self.named_fields(state, text, least=1 if weights_told(text) else 2)
        if said is None:
            return None
        following = self.next_waiting(state)
        return [Reply(said)] + (following if following is not None else self.prompt(state))

    def named_fields(self, state: UserState, text: str, least: int = 1, when: str = "satu per satu sesudah ini") \
            -> str | None:
        """The fields typed for starting points named by their words («cakupan 70, CL bobot 30»), each set on the one
        named and saved (the mandatory IKI's on it); the line that says so, naming the clauses no starting point
        takes. None unless the message has `least` clauses, each with a field, and one names a starting point."""
        prima = state.prima
        read = [(clause, clause_fields(clause)) for clause in named_clauses(text)]
        if len(read) < least or any(typed is None or reads_as_iki(typed.indikator) or new_iki_in(clause)
                                        for clause, typed in read):
            return None  # (an IKI of the user's own words, «tambah satu CL: Persentase …, bobot 20», is theirs)
        texts = [p.indikator for p in prima.proposals]
        named = [None if names_mandatory(clause) else prima_offer.proposal_named(texts, clause)  # «1 laporan» names too
                 for clause, _ in read]
        found = [at for at in named if at is not None]
        unit = _unit_iki(state)
        cl = [i for i, ((clause, typed), at) in enumerate(zip(read, named))
              if at is None and typed.jenis is Jenis.core_cl and not names_mandatory(clause)]
        own = cl[0] if unit is not None and len(cl) == 1 else None  # «cakupan 70, CL bobot 30»: the unit's indicator
        if (not found and own is None) or len(set(found)) != len(found):
            return None
        drafts, left = [], []
        for place, ((clause, typed), at) in enumerate(zip(read, named)):
            if place == own:
                draft = unit
                if typed.target is not None:
                    self.fields._set(draft, "target", typed.target)
            elif names_mandatory(clause):
                if any(is_mandatory(i) for i in state.skp.iki):
                    left.append(clause)
                    continue
                draft = mandatory_draft(clause)[0]
            elif at is not None:
                draft = IkiDraft(indikator=texts[at], satuan=prima.proposals[at].satuan)
                if typed.target is not None:
                    self.fields._set(draft, "target", typed.target)
            else:
                left.append(clause)
                continue
            draft.jenis = typed.jenis or draft.jenis
            draft.bobot = typed.bobot.value if typed.bobot is not None else draft.bobot
            drafts.append(draft)
        prima.proposals = [p for i, p in enumerate(prima.proposals) if i not in found]
        said = self.later(state, drafts, when=when)
        if left:
            said += (f" Belum ada titik awal yang cocok untuk {', '.join(f'«{c}»' for c in left)}: tulis IKI-nya "
                     "sendiri (ukuran + hasil kerja + syaratnya) beserta targetnya, misalnya «Persentase … yang …, "
                     "80».")
        return said

    def on_button(self, state: UserState, action: str, arg: str) -> list[Reply] | None:
        """The step's own buttons; None when the button is not one of them (a stale one). A button answers the open
        question: an IKI typed ahead before it is no longer the one «eh salah, yg ini TUSI aja» is about."""
        state.prima.ahead = None
        handled = self._on_button(state, action, arg)
        return None if handled is None else self._save_early(state, handled)

    def _on_button(self, state: UserState, action: str, arg: str) -> list[Reply] | None:
        prima = self._holder(state)
        if action == "use" and prima.field == "indikator" and arg.isdigit() and 1 <= int(arg) <= len(state.candidates):
            chosen = state.candidates[int(arg) - 1]
            draft = IkiDraft(indikator=chosen.indikator, satuan=chosen.satuan)
            typed = typed_target(state.candidate_target) if state.candidate_target else None
            state.candidate_target = ""
            if typed is not None:  # «seratus persen» typed before the pick
                self.fields._set(draft, "target", typed)
            return self._take_indicator(state, draft)
        if action == "propose" and prima.field == "indikator" and arg.isdigit() and 1 <= int(arg) <= len(prima.proposals):
            chosen = prima.proposals.pop(int(arg) - 1)
            twin = next((n for n, iki in enumerate(state.skp.iki) if tokens(iki.indikator) == tokens(chosen.indikator)),
                        None)
            if twin is not None:  # an old button: it was saved meanwhile, never a second copy
                return [Reply(f"«{short(chosen.indikator, 60)}» sudah ada di draf sebagai IKI ke-{twin + 1}; tidak "
                              "saya simpan dua kali.")] + self.prompt(state)
            draft = IkiDraft(indikator=chosen.indikator, satuan=chosen.satuan,
                             target=prima.offer_targets.pop(chosen.indikator, None))  # a target told for it
            prima.together = False
            # the target typed with this pick («pakai 1, target 95»), never the one of an IKI checked before, which
            # its own suggestions keep (tester57 F11: «20 JP» of a pasted IKI put on a starting point)
            told = state.candidate_target if state.candidate_target != state.target_with_iki else ""
            typed = typed_target(told) if told else None
            state.candidate_target = state.candidate_target if not told else ""
            if typed is not None:  # «pakai 1, target 95»
                self.fields._set(draft, "target", typed)
            return self._take_indicator(state, draft)
        if action == "offer" and arg == "save" and prima.field == "indikator" and prima.proposals:
            return self.save_offer(state)
        if action == "mandatory" and prima.field == "indikator":
            return self._take_indicator(state, mandatory_iki())
        if action == "resume" and prima.field == "indikator" and prima.current:
            return self.fields.advance(state, after="")
        if action == "fixspell" and prima.current is not None and arg.isdigit() and int(arg) < len(prima.spelling):
            prima.current.indikator = prima.spelling[int(arg)]
            prima.spelling = []
            return [Reply(f"Ejaan dibetulkan: «{prima.current.indikator}».")] + self.prompt(state)
        return self.fields.on_button(state, action, arg)

    def back(self, state: UserState) -> list[Reply] | None:
        """One field back, keeping every value typed; None at the first field (the flow goes a step back)."""
        prima = state.prima
        if prima.field == "indikator":
            return None
        within = self.fields.back(state)
        if within is not None:
            return within
        prima.field, prima.proposed = "indikator", ""
        return self.prompt(state)

    def propose(self, state: UserState) -> None:
        """Step R's activities as IKI starting points: each rewritten output-based, kept only if the rules pass it."""
        from bot.conversation.activities import drafted_each

        state.prima.proposals, state.prima.unproposed = drafted_each(state.prima.strategies, self._assistant,
                                                                     MAX_PROPOSALS)

    # Moving on --------------------------------------------------------------------------------------------
    def take_list(self, state: UserState, drafts: list[IkiDraft]) -> list[Reply]:
        """A pasted list accepted in step M: its IKI drafted one after another, the first now."""
        state.prima.queue = []
        replies = self._save_early(state, self._take_indicator(state, drafts[0]))  # first, so the list keeps its order
        # the rest without a target waits too while the first is not in the draft yet, or the list's order is lost
        said = self.later(state, drafts[1:], untargeted=state.prima.index is not None)
        return replies[:-1] + [Reply(said)] + replies[-1:] if said and replies else replies

    def later(self, state: UserState, drafts: list[IkiDraft], when: str = "sesudah IKI ini",
              untargeted: bool = True) -> str:
        """IKI typed ahead or pasted while another is drafted: each that passes the rules is saved to the draft now,
        with its target or without (the product owner's rule for one IKI, kept for many: day-one users left before
        finishing the first one's questions and lost the rest, also one typed with no target) and its other fields
        asked in turn; the others wait to be drafted. when: when the rest is asked; untargeted: whether one with no
        target is saved now too. Returns the line that says so."""
        prima, saved, queued, unfit = state.prima, [], [], []
        if prima.step == "M" and when == "di langkah 4":  # already there (tester51 P1-11: «… di langkah 4» in step 4)
            when = "sesudah IKI ini" if prima.current else "satu per satu di langkah ini"
        for draft in drafts:
            held = next((n for n, iki in enumerate(state.skp.iki) if is_mandatory(iki)), None) \
                if is_mandatory(draft) else None
            if held is not None:  # «IP ASN 82» when the proposals saved it: its target, never a second copy
                state.skp.iki[held].target = draft.target or state.skp.iki[held].target
                unfit.append(f"IKI wajib sudah ada di draf sebagai IKI ke-{held + 1}"
                             + (f"; targetnya kini {render.target_text(state.skp.iki[held])}." if draft.target else "."))
                continue
            question = _unfit_target(draft)  # «pakai 1-2, target 80%, 90%» with a Jumlah among them: saved, asked back
            if question:
                unfit.append(f"«{short(draft.indikator, 60)}»: {question}")
            verdict = check_iki(draft)
            if verdict.has_error or (draft.target is None and not untargeted):
                prima.queue.append(draft)
                queued.append(draft.indikator)
                continue
            kept = self._kept(draft, verdict)
            state.skp.iki.append(kept)
            prima.waiting.append(len(state.skp.iki) - 1)
            target = f", target {render.target_text(kept)}" if kept.target is not None else ""
            target += f", {kept.jenis.label}" if kept.jenis is not None else ""  # typed with it: «TTU 85, TUSI, 25»
            target += f", bobot {format_number(kept.bobot)}%" if kept.bobot is not None else ""
            saved.append(f"«{short(kept.indikator, 60)}» (IKI ke-{len(state.skp.iki)}{target})")
        # («ganti jd: …», «eh salah 15 aja» next act on the one IKI typed ahead; of several saved at once, none is it)
        prima.ahead = len(state.skp.iki) - 1 if len(saved) == 1 else None
        said = []
        if saved:
            said.append("Tersimpan ke draf: " + "; ".join(saved) + f". Bagian lainnya saya tanyakan {when}.")
        if queued:
            said.append("; ".join(f"«{short(q)}»" for q in queued) + f" saya catat; saya susun {when}.")
        return " ".join(said + unfit)

    def _kept(self, draft: IkiDraft, verdict) -> IkiDraft:
        """An IKI typed ahead as it is saved: as the rules read it (a spelling fix only on a tap), a Persentase's
        bare «80» as 80%, with its drafted RHK."""
        text = verdict.read_as or draft.indikator
        kept = draft.model_copy(update={"indikator": without_fixes(text, spelling_fixes(draft.indikator, text))})
        bare = read_answer(str(kept.target)).numbers if kept.target is not None else []
        if len(bare) == 1 and bare[0].unit is None:  # as when answered
            self.fields._set(kept, "target", bare[0])
        kept.rhk = kept.rhk or next(iter(draft_rhk(kept.indikator)), None)
        return kept

    @staticmethod
    def _set_aside(state: UserState) -> str:
        """The IKI being completed, set aside for other work: one saved early stays in the draft (its gaps shown by
        /skp); one not saved yet waits to be drafted after. Returns the words that say so."""
        prima = state.prima
        current, index = prima.current, prima.index
        prima.current, prima.index, prima.field, prima.answered, prima.proposed = None, None, "indikator", "", ""
        if current is None:
            return ""
        if index is not None:
            return f"IKI ke-{index + 1} tetap di draf; bagian yang kosong bisa dilengkapi dengan /ubah {index + 1}. "
        prima.queue.insert(0, current)
        return f"«{short(current.indikator, 60)}» saya simpan untuk disusun sesudahnya. "

    def next_waiting(self, state: UserState) -> list[Reply] | None:
        """The next IKI saved early from a list or typed ahead, completed in place; None when none waits."""
        prima, skp = state.prima, state.skp
        while prima.waiting:
            at = prima.waiting.pop(0)
            if at >= len(skp.iki):
                continue
            prima.current, prima.index, prima.field, prima.answered, prima.saved = skp.iki[at], at, "indikator", "", None
            prima.last_number = "target"
            return [Reply(f"IKI ke-{at + 1} dari daftar Anda: «{skp.iki[at].indikator}»")] + self.fields.advance(state, after="")
        return None

    def _mandatory(self, state: UserState, text: str) -> list[Reply]:
        draft, weight = mandatory_draft(text)
        return self._take_indicator(state, draft, fields=Typed(MANDATORY_IKI, bobot=weight))

    def _take_indicator(self, state: UserState, draft: IkiDraft, intent: Intent | None = None,
                        fields=None) -> list[Reply]:
        """intent: the text as the engine read it (typed text only; a button's candidate is read here); fields: what
        was typed after the IKI in the same message (target, jenis, bobot)."""
        reading = intent.reading if intent and fields is None else None
        draft = draft.model_copy()
        unfit = [_unfit_target(draft)]  # «pakai usulan 1, 80%» for a Jumlah: the IKI taken, its target asked back
        english = is_english(draft.indikator)  # «Number of policy briefs produced»: checked, and its translation offered
        if not english and not (intent.work_object if intent and fields is None else has_work_object(draft.indikator)):
            return [Reply(NEEDS_OBJECT, [AGAIN, CANCEL])]
        result = check_iki(draft, reading)
        unit = fields.target.unit if fields is not None and fields.target is not None else None
        if unit not in (None, "%") and not result.has_error and Fields._refused_by(draft, unit):
            # «Jumlah pedoman … 1 dokumen»: a unit the rules refuse as a satuan is judged with the IKI, as the list
            # and the export judge it (tester54 F3: accepted here, refused at /ekspor)
            result = check_iki(draft.model_copy(update={"target": fields.target.text}), reading)
        if result.has_error:
            from bot.conversation.activities import drafted_from

            assisted = self._assistant.rewrite(draft, checked=result)
            suggestions = assisted.value
            # several tasks described at once («mengajar …, membimbing skripsi …»): one IKI drafted from each, not
            # suggestions for the first task only
            each = drafted_from(draft.indikator, self._assistant, MAX_PROPOSALS, kept="ditulis dalam pesan Anda") \
                if not suggestions.candidates or (fields is None and is_work_description(draft.indikator)) else []
            if len(each) > 1 or not suggestions.candidates:
                suggestions = suggestions.model_copy(update={"candidates": each})
            state.candidates = suggestions.candidates
            noted = ""
            if fields is not None and fields.target is not None and any(
                    target_misfit(IkiDraft(indikator=c.indikator), fields.target.text) is None
                    for c in suggestions.candidates):  # never a «1 dokumen» noted for suggestions all in %
                # «…, seratus persen»: the target typed with it goes to the suggestion picked
                state.candidate_target = fields.target.text
                noted = f"\nTarget {fields.target.text} saya catat untuk usulan yang Anda pilih."
            replies = [Reply(render.iki_result(result) + "\n\nIKI ini belum bisa disimpan; perbaiki dulu." + noted)]
            buttons = use_buttons(len(suggestions.candidates), "prima:use")
            if suggestions.candidates:
                note = f"\n{NO_AI}" if assisted.fell_back else ""
                replies.append(Reply(render.candidates(suggestions) + note + OFFER_ASKS, buttons + [AGAIN]))
            elif english:  # nothing to offer: the language rule's verdict says what to do
                return [Reply(render.iki_result(result) + "\n\n" + IN_ENGLISH, [AGAIN, CANCEL])]
            elif own_wording(draft.indikator):  # work no suggestion is formed from: kept in the user's words
                return self._keep_own(state, draft.indikator, own_wording(draft.indikator))
            else:
                replies.append(Reply("Tulis ulang IKI Anda dalam bentuk hasil (output).", [AGAIN]))
            return replies
        state.candidates = []
        prima = state.prima
        prima.spelling = []
        notes = []
        if result.read_as:  # what the rules read is kept ("IKI: … yg …" → "… yang …"); a spelling fix only on a tap
            fixes = spelling_fixes(draft.indikator, result.read_as)
            kept = without_fixes(result.read_as, fixes)
            if fixes:
                prima.spelling = [result.read_as]
                notes.append("Ejaan: " + ", ".join(f"«{typed}» mungkin «{fixed}»" for typed, fixed in fixes)
                             + ". Pilih «Betulkan ejaan» bila benar.")
            draft = draft.model_copy(update={"indikator": kept, "target": draft.target or result.target_read})
        if fields is not None:
            for name in ("target", "baseline"):
                number = getattr(fields, name)
                if number is not None and getattr(draft, name) is None:
                    self.fields._set(draft, name, number)
            if fields.jenis is not None:
                draft.jenis = fields.jenis
            unfit.append(_unfit_target(draft))
        notes += [question for question in unfit if question]
        if prima.index is not None:  # an IKI saved early and left for this one stays in the draft as it is
            notes.append(f"(IKI ke-{prima.index + 1} tetap di draf; lengkapi bagian yang kosong dengan "
                         f"/ubah {prima.index + 1}.)")
        prima.current, prima.field, prima.answered, prima.saved, prima.index = draft, "indikator", "", None, None
        prima.last_number = "target" if draft.target is not None else ""  # «…, 80» then «eh salah, 85 aja»
        said = [f"IKI diterima: «{draft.indikator}»"] + notes + [f"Catatan: {f.message}" for f in result.findings]
        buttons = [Button("Betulkan ejaan", "prima:fixspell:0")] if prima.spelling else []
        if fields is not None and fields.target is not None:
            prima.answered = "target"
        replies = [Reply("\n".join(said), buttons)]
        if fields is not None and fields.bobot is not None and draft.jenis is not None and draft.target is not None:
            prima.field = "bobot"
            return replies + self.fields._take_weight(state, fields.bobot.value, keep=False)
        return replies + self.fields.advance(state, after="")

    def _keep_own(self, state: UserState, work: str, wording: str) -> list[Reply]:
        """«sy lg ngurus serah terima barang» with no suggestion: saved in the user's words (kept_work.py, as outside
        PRIMA), then its target and other fields asked, so nothing typed is lost."""
        prima, skp = state.prima, state.skp
        kept = IkiDraft(indikator=wording)  # (its RHK drafted when it is completed, as for any IKI)
        skp.iki.append(kept)
        prima.current, prima.index, prima.field, prima.answered, prima.saved = kept, len(skp.iki) - 1, "indikator", "", None
        state.candidates = []
        return [Reply(kept_note(work, wording, len(skp.iki)))] + self.fields.advance(state, after="")

    def _save(self, state: UserState) -> list[Reply]:
        prima, skp = state.prima, state.skp
        current = prima.current
        current.rhk = current.rhk or next(iter(draft_rhk(current.indikator)), None)
        chosen = prima.indicator
        # an IKI a leader's split drafted names the indicator it serves already (tester22a #11: a part of Indikator 2
        # took the code of the first one)
        serves_chosen = chosen is not None and current.rhk_atasan in (None, "", chosen.name)
        if current.jenis is Jenis.core_cl and chosen and chosen.code and not chosen.poor_fit and serves_chosen:
            current.parent = current.parent or chosen.code  # a direct cascade names the unit indicator it serves
            current.rhk_atasan = current.rhk_atasan or chosen.name
        if prima.index is None:  # saved early, it is in the draft already (the holder made `current` that IKI)
            skp.iki.append(current)  # aspek stays unset: it follows the measure until the user sets it (aspek_of)
        at = prima.index if prima.index is not None else len(skp.iki) - 1
        prima.current, prima.field, prima.saved, prima.spelling, prima.index = None, "indikator", at, [], None
        number = at + 1
        saved = [f"Tersimpan IKI ke-{number}: {current.indikator} — target {render.target_text(current)}, "
                 f"{current.jenis.label}, bobot {format_number(current.bobot)}%, aspek {aspek_of(current).value.capitalize()}."]
        if current.rhk:
            saved.append(f"RHK: {current.rhk}")
        saved.append(f"Ubah bagian mana pun kapan saja, misalnya /ubah {number} rhk … atau /ubah {number} aspek kualitas.")
        waiting = self.next_waiting(state)
        if waiting is not None:  # saved early from a list: completed now
            return [Reply("\n".join(saved))] + waiting
        if prima.queue:  # a pasted list: its next IKI
            following = prima.queue.pop(0)
            return [Reply("\n".join(saved)), Reply(f"IKI berikutnya dari daftar Anda ({len(prima.queue)} lagi sesudah ini):")] \
                + self._take_indicator(state, following)
        return [Reply("\n".join(saved))] + self.prompt(state)


def _target_value(iki: IkiDraft) -> float | None:
    """The number of an IKI's target («90%» → 90), None without one."""
    numbers = read_answer(str(iki.target)).numbers if iki.target is not None else []
    return numbers[0].value if numbers else None


def _unit_iki(state: UserState) -> IkiDraft | None:
    """The unit indicator picked at step 1 (a direct cascade) as the leader's own CL IKI, with its code as the parent:
    what a Core CL named with no starting point is (the unit's target is where a Ketua Tim's CL starts); None when
    none was picked from the catalog, it fits poorly, or the draft holds it already."""
    chosen = state.prima.indicator
    if not chosen or not chosen.code or chosen.poor_fit or not state.skp.cascading_langsung:
        return None
    if any(tokens(i.indikator) == tokens(chosen.name) for i in state.skp.iki):
        return None
    return IkiDraft(indikator=chosen.name, parent=chosen.code, rhk_atasan=chosen.name)


MAX_BARE_VALUE_WORDS = 2  # «12 rekap», «90 persen»: a value with its unit, never a clause naming an IKI


def _bare_value(clause: str) -> bool:
    """«12 rekap», «target 90», «dua belas kelurahan» (a number in words): a value with its unit and at most its
    lead word, never a clause naming an IKI."""
    number = numbers_in(clause)[0]
    return len(tokens(clause)) <= MAX_BARE_VALUE_WORDS or len(tokens(clause[:number.start] + clause[number.end:])) <= 1


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


# What other modules take from here (the mandatory IKI's and step M's readers stand beside it, kept under this name).
__all__ = ["IN_ENGLISH", "MANDATORY_IKI", "MANDATORY_LEFT_OUT", "MANDATORY_PUT_OFF", "MANDATORY_TARGET_ASKED",
           "NEEDS_OBJECT", "StepM", "declines_mandatory", "iki_after_question", "mandatory_added", "mandatory_draft",
           "mandatory_in", "mandatory_offer", "mandatory_refused", "mandatory_taken", "names_mandatory", "offer_again",
           "refuses_all", "short", "skp_table", "split_mandatory", "suggestion_place", "typed_ahead", "typed_draft"]


def offer_again(state: UserState) -> Reply | None:
    """The rewrites step M offered for an IKI that failed the rules, asked again with the same buttons (the chat
    reopened on them); None when none is open."""
    prima = state.prima
    if prima is None or prima.step != "M" or prima.field != "indikator" or not state.candidates:
        return None
    result = RewriteResult(input="", candidates=state.candidates)
    return Reply(render.candidates(result) + OFFER_ASKS, use_buttons(len(state.candidates), "prima:use") + [AGAIN])


def _unfit_target(draft: IkiDraft) -> str:
    """The question bot.rules.target_fit asks when the draft's target cannot be its measure's («80%» for a Jumlah,
    «12 dokumen» for a Persentase), the target (and the unit it brought) let go so it is asked again; "" when it fits.
    Every path that stores a target runs this rule (issue 16: a pick with its target skipped it)."""
    misfit = target_misfit(draft, str(draft.target)) if draft.target is not None else None
    if not misfit:
        return ""
    brought = numbers_in(str(draft.target))
    if draft.satuan == "%" or (brought and draft.satuan == brought[0].unit):
        draft.satuan = None
    draft.target = None
    return misfit
