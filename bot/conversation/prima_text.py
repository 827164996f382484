"""Text typed while PRIMA waits for an answer (prima.py asks): a pasted list, a pick, a target, a line of the year, a
question or small talk answered without losing the step, and what else reaches the step as its answer; PRIMA opened
by a leader's invite."""

from typing import TYPE_CHECKING

from bot.conversation import (
    draft_save,
    iki_list,
    iki_parts,
    line_acts,
    line_questions,
    list_picks,
    list_summary,
    named_rewording,
    named_targets,
    quarters_told,
    role_told,
    step_help,
    year_chat,
)
from bot.conversation.answers import is_correction, read_answer, restated_value
from bot.conversation.choices import typed_choice
from bot.conversation.commands import Turn
from bot.conversation.draft_weights import asks_evenly, evenly, names_several_jenis
from bot.conversation.iki_fields import NUMBER_FIELDS, Fields
from bot.conversation.intent import Route, bare_command, classify, introduction_in_flow, request_in, smalltalk_reply
from bot.conversation.mandatory_typed import lacking_offer, mandatory_draft, mandatory_first
from bot.conversation.one_off import named_iki, with_weight
from bot.conversation.plain import (
    AS_QUESTION,
    candidate_target,
    corrects_target,
    first_suggestion,
    goes_on,
    names_target,
    picked_proposal,
    picked_with_target,
    proposal_with_target,
    read_as,
)
from bot.conversation.prima import EXPORT, header
from bot.conversation.prima_moves import goes_to_iki, knows_not, restarts, steps_away
from bot.conversation.prima_step_m import iki_after_question, mandatory_offer
from bot.conversation.replies import Reply
from bot.conversation.role_told import MAX_ROLE_CASCADE_WORDS, MAX_ROLE_WORDS, cascade_said, role_named
from bot.conversation.starred import as_correction
from bot.conversation.state import ChosenIndicator, PrimaState, UserState
from bot.conversation.targets_ahead import values_in_order
from bot.conversation.typed_work import reads_as_iki
from bot.lang.text import tokens
from bot.models import IkiDraft, Jenis
from bot.rewrite.work import suggest as work_suggestions
from bot.rules import check_iki
from bot.rules.language import is_english

if TYPE_CHECKING:
    from bot.conversation.engine import Engine

MIN_NAMING_CHARS = 5  # «makanan», «penyelenggaraan»: a word long enough to name an activity («yg», «gmn» never do)
MAX_WORK_EXAMPLES = 2
# «ok», «lanjut» while a number is asked with no value proposed: no answer, and «Siap.» would read as one
NEEDS_NUMBER = "Pertanyaan ini perlu angka. Tulis angkanya untuk lanjut, atau pilih tombol di bawah."


def from_invite(engine: "Engine", state: UserState, start) -> list[Reply]:
    """A Ketua Tim's invite accepted: PRIMA at step M with the leader's indicator chosen and the member's IKI
    from the MPPH drafted one after another."""
    first = start.parts[0]
    # the leader's Renstra code, as the split gave it to the member's IKI; a matrix label («Indikator 1») is none
    state.prima = PrimaState(step="M", indicator=ChosenIndicator(code=first.iki.parent or "", name=first.indikator,
                                                                   target=str(first.target or "")))
    return engine.prima.take_list(state, [part.iki for part in start.parts], source="bagian Anda di MPPH")

def _command_asked(engine: "Engine", turn: Turn, message: str) -> list[Reply] | None:
    """At the summary (step 5), a command's word («ekspor dong», «skp») or the typed label of its button that is no
    PRIMA's own («Ekspor XLSX») runs it, as outside PRIMA (tester54 F1: answered «Tombol itu sudah tidak berlaku»
    though nothing was pressed); None for anything else."""
    if (command := bare_command(message)) is not None:
        return engine.plain._command(turn, f"/{command}")
    if typed_choice(message, [EXPORT.label]) is not None:
        return engine._button(turn, EXPORT.data)
    return None


def prompt(engine: "Engine", state: UserState) -> list[Reply]:
    # (a list pasted at step M and not yet taken is named with the step's prompt: Prima.prompt)
    return [Reply("Anda sedang menyusun SKP dengan PRIMA; ini pertanyaan terakhir:")] + engine.prima.prompt(state)

def _role_under_offer(engine: "Engine", state: UserState, message: str) -> list[Reply] | None:
    """Under the IKI PRIMA proposed together (the role and cascade assumed, said so), a short message naming the role
    and perhaps the cascade puts them right, and the proposals are shown again; None for anything else."""
    cascade = cascade_said(message)
    most = MAX_ROLE_WORDS if cascade is None else MAX_ROLE_CASCADE_WORDS
    role = role_named(message) if state.prima.step == "M" and state.prima.together \
        and len(tokens(message)) <= most and not reads_as_iki(message) else None
    if role is None:
        return None
    return [Reply(role_told.kept(state, role, cascade))] + engine.prima.prompt(state)


def _for_waiting_lines(state, message: str) -> bool:
    """Values only, under a list whose passing lines wait outside the draft: theirs as outside PRIMA, one for each
    line, or said back when the count differs; never held for step 4's proposals."""
    drafted = {i.indikator.lower() for i in state.skp.iki}
    return bool(list_picks.waiting_targets(message, state.listed, drafted)
                or list_picks.waiting_count_off(message, state.listed, drafted))


def on_text(engine: "Engine", turn: Turn, message: str) -> list[Reply]:
    """Text while PRIMA waits for an answer: small talk and questions are answered without losing the step."""
    state = turn.state
    if restarts(message):  # «urang mimitian deui wae ti awal PRIMA»: at any step, never that step's answer
        return engine.prima.restart(state)
    if engine.prima.takes_starred(state, message):  # «*eh maksudnya …» after step 2: its answer put right, never
        return engine.prima.on_text(state, message)  # a question («maksudnya») nor a stray (tester57 F12)
    if engine.prima.asks_field(state):  # «*eh 85 ding» at step 4's field questions: the value just given put right
        message = as_correction(message)
    if state.prima.step == "A" and (ran := _command_asked(engine, turn, message)) is not None:
        return ran
    quarters = quarters_told.told(state, message, state.prima.index) if state.prima.step == "M" else None
    if quarters:  # «ok TW II 60 TW III 100 utk yg nomor 2»: that IKI's trajectory, never a data awal of 60%
        return [Reply(quarters)] + engine.prima.prompt(state)
    first, _, rest = message.strip().partition("\n")
    if rest.strip() and state.prima.step in ("P", "R", "I") and goes_to_iki(first):
        moved = engine.prima.ahead(state, first)
        if moved is not None and state.prima.step == "M":
            # «skip to M pls. here's my list:» and the list under it (d15-xxx03: step 4 opened and the lines were
            # lost): step 4 first, then the lines read there; the request was their header, so each line is one
            turn.first_listed = turn.announced = True
            return moved[:-1] + on_text(engine, turn, rest)
    # step R's strategies may be lines; IKI written out with their measure words are a list there too
    if (state.prima.step != "R" or iki_list.mostly_measured(message)) and iki_list.may_be_list(message):
        # lines marked as a list where IKI are asked (step 4, or step 3 before it): the question called them IKI,
        # each line is one to check (d15-xxx03: read as one IKI with its header, the list lost)
        asked = engine.prima.takes_list(state) or state.prima.step == "I"
        pasted = iki_list.read_list(message, listed_first=turn.first_listed,
                                    announced=turn.announced or asked and turn.marked)
        if pasted:
            return engine.plain.show_list(state, pasted, one_line="\n" not in message)
    acts = line_acts.acts_on_list(state, message) if state.prima.step != "R" else None
    if acts:  # «no 3 pake usulan 1, no 5 buang» under a list pasted in PRIMA: its lines acted on, as outside it
        return line_acts.apply(state, acts, engine.plain._check)
    if state.listed and not engine.prima.takes_list(state) and (
            list_picks.takes_every(message) or state.prima.step != "R" and list_picks.picked(message, state.listed)
            or not engine.prima.asks_field(state) and _for_waiting_lines(state, message)):
        # «simpan semua» under a list pasted before step M: its lines saved as outside PRIMA, which waits behind
        # («95, 80, 85», one value for each passing line: those lines with their targets, never held for step 4)
        return engine.plain.on_text(turn, message)
    told = iki_parts.tail_told(state, message) if state.prima.step in ("P", "R", "I") else None
    if told:  # «ga langsung kayaknya, jd tusi semua kecuali ip asn. target no1 90, …»: the draft's IKI given their
        said = iki_parts.applied(state, told[1])  # fields, then the step answered by the words before them
        return [Reply(said)] + on_text(engine, turn, told[0])
    if state.prima.step in ("P", "R", "I") and asks_evenly(message):  # «pakai usulan bobot» before step 4: the
        spread = evenly(state, message)  # draft's weights spread per jenis, never a keyword, strategy or role
        said = spread or "Bobot saya usulkan sesudah IKI-nya tersimpan di langkah 4, sesuai pola panduan per jenis."
        return [Reply(said)] + engine.prima.prompt(state)
    # (while a field is asked, only lines named by number with a word adding them: «no 3 masukin» is no weight)
    pick = list_picks.picked(message, state.listed) if engine.prima.takes_list(state) \
        or (engine.prima.asks_field(state) and list_picks.names_lines(message)) else None
    if pick is None and engine.prima.takes_list(state) and state.listed:
        # «90, 80, 100» under a list pasted at step 4, one value for each passing line: those lines saved with them
        # (d20-dev03: «Saya perlu kalimat IKI», the list lost); another count of values said back, none saved
        drafted = {i.indikator.lower() for i in state.skp.iki}
        pick = list_picks.waiting_targets(message, state.listed, drafted)
        off = "" if pick else list_picks.waiting_count_off(message, state.listed, drafted)
        if off:
            return [Reply(off)] + engine.prima.prompt(state)
    if pick:
        return engine.plain.save_picked(state, pick, message)
    by_line = list_summary.waiting_named(state, message) if engine.prima.asks_field(state) else None
    if by_line:  # «target stok aman sembilan puluh persen» at another IKI's field: that waiting line, with its target
        saved = engine.plain.save_picked(state, by_line[0], message)
        return saved if not by_line[1] else saved[:-1] + on_text(engine, turn, by_line[1])
    named = named_iki(message) if engine.prima.asks_field(state) and state.prima.field == "baseline" \
        and not names_several_jenis(message) else None
    if named and named[1].jenis is Jenis.beyond and not reads_as_iki(named[0]):
        # (a Beyond IKI is one more beside the Core one drafted; several IKI with their jenis are step M's: d5-korsub01)  # «beyond: layanan antar obat …, 1 inovasi, 15» while a data awal is asked: saved, asked after this one
        draft, weight = with_weight(*named, message), read_answer(message).named.get("bobot")
        draft.bobot = weight.value if draft.bobot is None and weight is not None else draft.bobot  # «…, bobot 10»
        mandatory = mandatory_first(message)[0] if mandatory_first(message)[1] else ""  # «tambah IP ASN 80 sm
        # beyond: …»: the mandatory IKI named before it is added too, first
        return engine.prima.add(state, ([mandatory_draft(mandatory)[0]] if mandatory else []) + [draft])
        # (d4-kainstfarmasi01: read as data awal 1%)
    # (step 1 searches what the introduction names: «sy ketua tim imunisasi rutin» looks for immunisation)
    # (one that asks, «sy plt katim, pilih yg mana?», is a question about the step: its help below)
    introduced = introduction_in_flow(message) if "\n" not in message and state.prima.step != "P" \
        and classify(message).route is not Route.question else None
    if steps_away(message) and not reads_as_iki(message):  # «bentar ya aku rapat dulu»: paused, answers kept
        state.prima.paused, state.prima.strays = True, 0
        return [Reply(f"Baik. PRIMA saya jeda di {header(state.prima.step)}; isian Anda tersimpan. Lanjutkan kapan "
                      "saja dengan /prima atau ketik «lanjut».")]
    under_offer = _role_under_offer(engine, state, message)
    if under_offer:  # «anggota KSM, ga ada cascade langsung» under the IKI proposed together: the role put right
        return under_offer
    # (an introduction naming no role word, «sy apoteker di rsup», is greeted and the question asked again)
    role = role_named(message) if introduced and state.prima.step == "I" and state.prima.field != "direct" else None
    if role is not None:  # «saya ketua tim, anggota 3 orang» at the role question: its answer
        asked = engine.prima.on_button(state, f"role:{role.value}")
        cascade = cascade_said(message)  # «saya anggota, ga langsung ke renstra kayaknya»: the next question's too
        if cascade is None or state.prima.field != "direct":
            return [Reply(f"Dicatat: peran Anda {role.label}.")] + asked
        return [Reply(f"Dicatat: peran Anda {role.label}, hasil kerja Anda {'' if cascade else 'tidak '}langsung "
                      "ber-cascading dari Renstra.")] + engine.prima.on_button(state, f"direct:{int(cascade)}")
    if introduced:  # «sy pranata komputer di rsup» at the role question: greeted, never an answer nor a stray
        return [Reply(introduced)] + engine.prima.prompt(state)
    if draft_save.takes_offer(state, message):  # an IKI checked with /cek meanwhile: saved, never a PRIMA answer
        return draft_save.on_button(state, "save", "")
    if engine.prima.awaits_yes(state, message):  # «ya» to a guessed value («70an» → 70?)
        return engine.prima.on_text(state, message)
    if engine.prima.asks_field(state) and restated_value(message):  # «eh maksudnya 85%» under «0,85%?»: its
        return engine.prima.on_text(state, message)  # answer; with none asked back, the last answer put right (F3)
    if engine.prima.answers_offer(state, message):  # «simpan semuanya ya», «sisanya ok» under the proposed list
        return engine.prima.on_text(state, message)
    if engine.prima.saves_starting_points(state, message):  # «ok semua bagus, simpan» under step 4's starting
        return engine.prima.on_button(state, "offer:save")     # points: all of them, their fields asked in turn
    reworded = named_rewording.read(state, message) if state.prima.step == "M" and state.skp.iki else None
    if reworded:  # «pasien jatuh ganti jadi: Persentase …, target 95» at step M: that saved IKI's new words, the rest after
        changed, rest = named_rewording.applied(state, reworded[0]), reworded[1]
        return changed + (on_text(engine, turn, rest) if rest.strip() else engine.prima.prompt(state))
    head = _weight_question_dropped(message) if state.prima.step == "M" and state.prima.field == "indikator" else None
    if head:  # «Rata-rata waktu … ≤ 10 menit, target 90%, tusi, bobotnya brp?»: the IKI, then its weight asked
        replies = on_text(engine, turn, head)
        return replies + (engine.prima.weight_asked(state, message[len(head):].lstrip(" ,")) or [])
    weight = engine.prima.weight_asked(state, message)
    if weight:  # «bobotnya brp?» at the data awal question: this IKI's weight asked now, with its suggestion
        return weight
    evened = engine.prima.evenly(state, message)
    if evened:  # «bobot sama rata» while a field is asked: each jenis's share spread over its IKI
        return evened
    by_name = named_targets.named(state, message, state.prima.field) if engine.prima.asks_field(state) and "?" not in message \
        else named_targets.Named()
    if not by_name and engine.prima.asks_field(state):  # «resus seratus persen»: another IKI named, without a target
        by_name = named_targets.other_named(state, message, state.prima.index)
    if by_name and not (state.prima.field == "target" and state.prima.index in by_name.targets):
        # «ronde 80, edukasi ortu 90, IP ASN 85» while a field of another IKI is asked: each named IKI's target
        return [Reply(named_targets.applied(state, by_name))] + engine.prima.prompt(state)
    at_indikator = state.prima.step == "M" and state.prima.field == "indikator"  # step M asks for the IKI itself
    rest = line_questions.rest_reply(message, state.listed, {i.indikator for i in state.skp.iki}, in_prima=True) \
        if state.prima.step == "M" else None
    if rest:  # «lho yg 4 lainnya td mana?»: the list's lines not drafted, with its buttons (tester17b #5)
        return [rest] + ([] if at_indikator else engine.prima.prompt(state))
    picked = picked_with_target(state, message) if at_indikator else None
    if picked:  # «yg kedua, 90», «first one, 95»: the suggestion, with its target
        state.candidate_target = picked[1]
        return engine.prima.on_button(state, f"use:{picked[0] + 1}")
    proposal = picked_proposal(state, message) if at_indikator else None
    if proposal:  # «pakai 1, target 95» under step M's proposals: that one, with its target
        state.candidate_target = proposal[1]
        return engine.prima.on_button(state, f"propose:{proposal[0] + 1}")
    told = proposal_with_target(state, message) if at_indikator else None
    if told:  # «59», «yg rekon 100%» under step 4's starting points: that one (else the first), with its target
        state.candidate_target = told[1]
        return engine.prima.on_button(state, f"propose:{told[0] + 1}")
    listed_line = list_picks.bare_line(message) if engine.prima.takes_list(state) else None
    if listed_line is not None and 1 <= listed_line <= len(state.listed):
        return engine.checking.list_detail(state, listed_line)  # «1» under a list: its line, as outside
    if at_indikator and goes_on(state, message):
        taken = first_suggestion(state, message, lambda: engine.prima.on_button(state, "use:1"))
        return taken if is_correction(message) else taken[:-1] + on_text(engine, turn, message)
    if at_indikator and corrects_target(state, message):  # «eh bentar, 85 aja» under the suggestions
        return candidate_target(state, message, scope="prima:use")
    if state.prima.step == "M" and is_correction(message):  # «eh salah, 90% maksudnya»: not a question
        return engine.prima.on_text(state, message)
    if state.prima.step in ("I", "M"):  # a year line is no answer (nor, before an SKP, a question)
        year = classify(message, True)
        ours = year_chat.logging(state) or year_chat.about_records(year) if state.prima.step == "I" \
            else year_chat.about_plan(state, year)  # step M: the IKI saved so far have their rencana
        if year.route is Route.year and ours:
            # «hari ini verif 12 berkas», «IKI 1: 612 dari 680», «tahap 2 IKI 1 geser ke april»: PRIMA waits
            return year_chat.on_line(state, year, engine.clock()) + [engine.prima.reminder(state)]
    moved = engine.prima.ahead(state, message)  # steps 1–3: the user is further on («langsung aja ke iki nya»)
    if moved is not None:
        return moved
    lookup = request_in(message) if state.prima.step == "P" else None
    if lookup is not None and lookup.command == "ikk" and lookup.text and not knows_not(lookup.text):
        if classify(message).route is not Route.question:
            return engine.prima.on_text(state, lookup.text)  # «cariin ikk kkp»: the catalog searched, as /ikk would
        # «kkp ada ga ikk nya?», «kalo rs vertikal biasanya ikk nya apa kak» (with or without «?»): the rows found
        # offered, else the step's help; a question's words are never the unit's indicator (tester51 P1-1)
        return engine.prima.search_asked(state, lookup.text) \
            or engine.help_in_step(turn, message) + engine.prima.prompt(state)
    # «IKK apa yg cocok utk tim surveilans?» asked at the role question: searched, the question asked again; one that
    # also answers it («sy ketua tim, ikk apa yg cocok …?»: a role, the cascade, a yes or no) is the step's first, and
    # one that asks nothing («cariin ikk buat kerjaan sy: verifikasi sampel») is work to draft from, as before
    asking = state.prima.step == "I" and step_help.asks_for_help(classify(message), state)
    answers = role_named(message) is not None or cascade_said(message) is not None \
        or step_help.answers_yes_no(classify(message), state)
    searched = engine.search_in_step(turn, message) if asking and not answers else []
    if searched:
        return searched + engine.prima.prompt(state)
    intent = classify(message)
    example = _work_example(state, message) if intent.route is Route.question else []
    if example:  # «contohnya gmn yg penyelenggaraan makanan?» after «Belum ada titik awal untuk …»
        return example + engine.prima.prompt(state)
    if state.prima.step == "M" and state.prima.field in NUMBER_FIELDS and values_in_order(message):
        return engine.prima.on_text(state, message)  # «85, 80, 75 urut ya»: values in order, its «ya» asks nothing
    # («ga tau», «blm tau» at step 1, as «gatau»: where the unit's indicator is found, never a Renstra search for them)
    if step_help.asks_for_help(intent, state) or state.prima.step == "P" and knows_not(message):
        # (about the mandatory IKI: offered, «ok masukin, 85» adds it)
        offer = mandatory_offer(state, message)  # its target asked alone: no second question beside it
        return engine.help_in_step(turn, message) + offer + ([] if state.mandatory_target_asked else engine.prima.prompt(state))
    if state.prima.step == "M" and state.prima.field == "indikator" and state.candidates \
            and names_target(message, state):  # «seratus persen» after the suggestions: for the one picked
        return candidate_target(state, message, scope="prima:use")
    if engine.prima.moves_on(state, message):  # «lanjut» at the cascade question: on with its usual answer
        return engine.prima.on_text(state, message, intent)
    if intent.smalltalk == "ack" and state.prima.step == "M":  # «ok» to the suggested weight or jenis takes it
        taken = engine.prima.accept(state)
        if taken is not None:
            return taken
        if state.prima.field in NUMBER_FIELDS:  # «lanjut» at the target question: no answer, said so
            return [Reply(NEEDS_NUMBER)] + engine.prima.prompt(state)
        lacking = lacking_offer(state) if state.prima.field == "indikator" \
            and state.prima.current is None else []
        if lacking:  # «Setuju semua» with every IKI drafted and the mandatory one missing: offered, never «Siap.»
            return lacking + [engine.prima.reminder(state)]  # alone (d10-apk02)
    if engine.prima.takes_only_row(state, intent):  # «ok lanjut» under the one indicator found: picked
        return engine.prima.on_button(state, "pick:0")
    moved_past = engine.prima.moves_past(state, message) if intent.smalltalk == "ack" else None
    if moved_past is not None:  # «ok», «lanjut» at steps 1–3 picking nothing: on to the next step, never «Siap.»
        return moved_past
    if intent.route is Route.smalltalk and engine.prima.option_typed(state, message):  # «ya» under «Ya, langsung |
        return engine.prima.on_text(state, message, intent)  # Tidak langsung»: its first option, never «Siap.» (F18)
    if intent.route is Route.smalltalk and state.prima.step != "R":
        return [Reply(smalltalk_reply(intent.smalltalk)), engine.prima.reminder(state)]
    asks = (intent.route is Route.question and not step_help.answers_yes_no(intent, state)) \
        or (is_english(message) and "?" in message and not iki_after_question(message))
    if asks and state.prima.step in ("M", "I", "A"):  # («why? a policy brief IS my output»: asks, no IKI)
        answer = engine.limited(turn.user_id, "/tanya", lambda: engine.ask(message))
        return read_as(AS_QUESTION, answer) + [engine.prima.reminder(state)]
    replies = engine.prima.on_text(state, message, intent)
    if state.prima and state.prima.paused:  # stepped aside after a second message that answered none of it
        return replies + engine.plain.on_text(turn, message)
    return replies


def _work_example(state: UserState, message: str) -> list[Reply]:
    """A question at step 4 naming an activity of step 2 with no starting IKI («contohnya gmn yg penyelenggaraan
    makanan?» after «Belum ada titik awal untuk …»): the step's help with example IKI drafted for that work, each
    passing the rules (tester13 #12: it was «di luar pedoman»); [] when it names none of them."""
    prima = state.prima
    if prima is None or prima.step != "M" or prima.field != "indikator" or not prima.unproposed:
        return []
    asked = {w for w in tokens(message) if len(w) >= MIN_NAMING_CHARS}
    named = next((a for a in prima.unproposed if asked & set(tokens(a))), None)
    if named is None:
        return []
    drafted = [c.indikator for task in work_suggestions(named) for c in task.candidates
               if not check_iki(IkiDraft(indikator=c.indikator)).has_error]
    examples = list(dict.fromkeys(drafted))[:MAX_WORK_EXAMPLES]
    if not examples:  # the step's help, with what to ask of that work
        return [Reply(f"Untuk «{named}» saya belum punya contoh jadi. Tanyakan: apa hasil pekerjaan itu, dan "
                      "kapan hasilnya dianggap baik (tepat waktu, sesuai standar)? Lalu susun seperti ini.\n"
                      + step_help.help_text(step_help.key(state)))]
    lines = [f"Contoh IKI untuk «{named}» (mengukur hasilnya, bukan kegiatannya):"]
    lines += [f"• {e}" for e in examples] + ["Salin salah satu lalu sesuaikan, atau tulis versi Anda sendiri."]
    return [Reply("\n".join(lines))]


def _weight_question_dropped(message: str) -> str | None:
    """«Rata-rata waktu …, target 90%, tusi, bobotnya brp?» (d13-rm03: answered with the guidance's table, the IKI
    lost): the IKI typed before a closing question about its weight, which its weight question then answers with
    a suggestion; None otherwise."""
    head, _, tail = message.rstrip().rpartition(",")
    if not head.strip() or "\n" in message.strip() or not Fields.asks_weight(tail) or not reads_as_iki(head):
        return None
    return head.strip()
