"""The stages a plain message goes down (Plain.on_text), in the order of STAGES: each takes the message with what was
read of it (Said) and answers it or passes it on."""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from bot import knowledge
from bot.conversation import (
    count_asked,
    count_by_role,
    draft_save,
    draft_weights,
    field_asked,
    field_edit,
    iki_list,
    iki_parts,
    kept_work,
    line_acts,
    line_questions,
    line_target_fix,
    lines_merged,
    list_drafts,
    list_picks,
    list_save_all,
    list_summary,
    list_translation,
    list_verdict,
    mandatory_asked,
    missing_values,
    mpph_flow,
    named_rewording,
    named_targets,
    named_weights,
    objection,
    own_cascade,
    own_count,
    pasted_skp,
    pick_and_lines,
    polite_opening,
    rhk_flow,
    role_told,
    shorten,
    skp_drop,
    skp_typed,
    step_help,
    suggestion_swap,
    team_change,
    team_told,
    year_chat,
    year_logbook,
    year_logbook_fix,
    year_pengingat,
    year_perubahan,
    year_realisasi,
)
from bot.conversation.answers import (
    bare_number,
    is_correction,
    jenis_named,
    measure_class,
    nothing_open,
    picks_by_number,
    read_answer,
    suggestion_named,
    typed_target,
    value_at_end,
    without_lead_in,
    without_tail,
)
from bot.conversation.choices import resumes_prima
from bot.conversation.commands import COMMAND_BUTTON, Turn
from bot.conversation.iki_fields import absolute_warning, is_yes
from bot.conversation.intent import (
    Intent,
    Request,
    Route,
    add_lead_length,
    after_yes,
    announced_file,
    announces_paste,
    bare_command,
    before_logbook,
    classify,
    is_work_description,
    reports_done_work,
    request_in,
    rhk_asking_iki,
    says_lost,
    says_own_work,
    smalltalk_reply,
    without_signature,
    work_asking_iki,
    work_before_meaning,
    work_beside_request,
)
from bot.conversation.named_targets import says_weights
from bot.conversation.one_off import named_iki, with_weight
from bot.conversation.plain import (
    AS_IKI,
    AS_QUESTION,
    DESCRIBE_IN_INDONESIAN,
    FEELING_NOT_KEPT,
    NEXT_STEPS,
    NO_SUGGESTION_SHOWN,
    NOT_UNDERSTOOD,
    OWN_WORDING,
    YEAR_NEXT_STEPS,
    Plain,
    as_written_words,
    asks_to_add,
    drafts_iki,
    first_suggestion,
    from_work,
    goes_on,
    insisted,
    insists,
    keeps_own,
    kept_as_typed,
    names_target,
    picked_with_target,
    points_at_shown,
    qualified_target,
    read_as,
    save_named,
    stale_place,
    suggestion_labels,
    suggestions_on_screen,
    then_mandatory,
    typed_suggestion,
)
from bot.conversation.prima_step_m import (
    MANDATORY_PUT_OFF,
    declines_mandatory,
    iki_after_question,
    mandatory_draft,
    mandatory_first,
    mandatory_offer,
    names_mandatory,
    refuses_all,
    split_mandatory,
)
from bot.conversation.quarters_told import quarters_shown
from bot.conversation.replies import Button, Reply
from bot.conversation.return_asked import why_returned
from bot.conversation.several_picks import approves_all, picked_numbers
from bot.conversation.starred import as_correction, read_starred
from bot.conversation.state import UserState
from bot.conversation.step_m_reading import typed_draft
from bot.conversation.typed_work import after_example, beyond_said, new_iki_in, new_work, planned_addition, reads_as_iki
from bot.lang.english import english_measure
from bot.lang.numbers import format_number
from bot.lang.quarter_values import quarter_values
from bot.lang.text import clean, phrase_set, question_sentences, sentence, short, tokens
from bot.lang.values import numbers_in
from bot.models import IkiDraft, Peran
from bot.retrieval.answer import NOT_FOUND
from bot.retrieval.claims import own_terms
from bot.retrieval.glossary import terms_in
from bot.retrieval.limits import count_asked as asks_count
from bot.retrieval.own_commands import asked_command
from bot.rewrite.work import Task
from bot.rewrite.work import suggest as work_suggestions
from bot.rules import check_iki
from bot.rules.analysis import implied_satuan
from bot.rules.draft_reading import read
from bot.rules.language import is_english
from bot.rules.skp_rules import is_mandatory
from bot.skp.rhk import iki_for_rhk
from bot.team.record import Status
from bot.year import capaian as capaians
from bot.year import versions
from bot.year.entry_drafts import rhk_pasted
from bot.year.entry_kind import asks_about_reminders, kind_of
from bot.year.entry_records import BUKTI, COUNTED, KEPT, MISSING_CATATAN, MISSING_REALISASI, UNLOGGED, records_asked
from bot.year.entry_reports import forwarded_from_other
from bot.year.left_out import kept_text
from bot.year.line import line as logbook_line
from bot.year.reminder_reading import read_request


@dataclass
class Said:
    """A plain message on its way down STAGES, with what the stages read of it and hand on: the line of the last list
    it asks about, and its reading once read. A later stage may read it again and replace that reading, and an IKI
    typed after a lead-in replaces the message itself."""

    plain: Plain
    turn: Turn
    message: str
    add: bool = False  # the words before it (cut off by the caller) asked to add the IKI it holds
    intent: Intent | None = None

    @property
    def state(self) -> UserState:
        return self.turn.state

    @cached_property
    def line(self) -> int | None:
        """The line of the last list the message asks about («no 1 gmn bagusnya?»). A logbook keeper's line of done
        work («td tindak lanjut rekomendasi monev: 3 kab/kota sdh perbaiki …») is never a question about a line of the
        list pasted in January, whose words it may repeat (tester14 #5: it showed «Rincian 3» and offered to save IKI
        3 again, and the work was not logged)."""
        state = self.state
        if state.listed and year_chat.logging(state):
            read = classify(self.message, True)
            if read.route is Route.year and read.entry.kind is year_chat.EntryKind.report:
                return None
        return line_questions.asks_about_line(self.message, state.listed)


# A stage takes the message (Said) and answers it (its replies) or passes it on (None).
Stage = Callable[[Said], list[Reply] | None]


def _mpph_change(said: Said) -> list[Reply] | None:
    """A change to the MPPH matrix still on screen."""
    return mpph_flow.on_text(said.state, said.message) if mpph_flow.waits_for(said.state, said.message) else None


def _team_changed(said: Said) -> list[Reply] | None:
    """«anggota sy, Andi, mutasi per 1 juli; wilayahnya dipegang Budi»: the team's MPPH to change, never work or an
    entry kept (tester55 F8)."""
    return team_change.told(said.state, said.message, said.plain.clock().date())


def _held_whole(said: Said) -> list[Reply] | None:
    """«saya pegang seluruhnya» under an IKI /rhk drafted with its RHK: the whole RHK held, never work told."""
    return rhk_flow.held_whole_offered(said.state, said.message)


def _shorter_asked(said: Said) -> list[Reply] | None:
    """«kata2nya kepanjangan, singkatin» under /ubah N."""
    menu = shorten.menu_index(said.state)
    return shorten.propose(said.state, menu) if menu is not None and shorten.asks_shorter(said.message) else None


def _weights_by_number(said: Said) -> list[Reply] | None:
    """«1-3 core TUSI 20%, 4 MI 10 persen, no 5 beyond 10%»: the jenis and weights of the draft's IKI given by their
    numbers, applied, as those given to all («semuanya TUSI aja, kecuali tambahin IP ASN»: the mandatory IKI added);
    «target 75 80 100», «2 = 90, 6 = 100» their targets in order or by number; «bagi rata aja», «pakai usulan bobot»
    each jenis's share spread over its IKI (`draft_weights.evenly`; d10-hum07: an IKI drafted from «menggunakan usulan
    bobot»). Before the lines acted on: «1-3 …» names the draft's IKI with their jenis, never list lines (nor
    is it an IKI to check). Not while the SKP waits for the leader (its edits are refused there)."""
    if said.state.team.review.status in (Status.diajukan, Status.perubahan_diajukan):
        return None
    before = len(said.state.skp.iki)
    done = draft_weights.typed_for_many(said.state, said.message) \
        or (draft_weights.evenly(said.state, said.message) if not year_chat.logging(said.state) else "") \
        or draft_save.targets_for_draft(said.state, said.message) \
        or (draft_save.targets_by_number(said.state, said.message) if not year_chat.logging(said.state) else "") \
        or (named_targets.applied(said.state, named_targets.named(said.state, said.message)
                                  or named_targets.by_old_value(said.state, said.message))
            if not year_chat.logging(said.state) and "?" not in said.message else "") \
        if "\n" not in said.message else ""  # (a logbook keeper's «IKI 4 = 2,5 hari» is a realisasi, Y14)
    return [Reply(done)] + draft_save.ask_added(said.state, before) if done else None


def _parts_told(said: Said) -> list[Reply] | None:
    """«rekomendasi ditindaklanjuti 75%, LHA tepat waktu 90%, peer review nilai 80. semuanya tusi 15» with no flow open
    (after /skp): each IKI of the draft a part names given its fields (`iki_parts`), what is still empty said. Not
    while the SKP waits for the leader, nor once the year is logged (its lines name IKI with figures)."""
    state = said.state
    if state.team.review.status in (Status.diajukan, Status.perubahan_diajukan) or year_chat.logging(state):
        return None
    parts = iki_parts.read(state, said.message)
    return [Reply(iki_parts.applied(state, parts))] if parts else None


def _list_translated(said: Said) -> list[Reply] | None:
    """«translate all to bahasa pls», «tolong terjemahkan semua»: the English lines of the last list put in Indonesian
    and offered to save. Before the lines acted on and any request: «translate» is no work to draft nor a question."""
    return list_translation.translate_list(said.state, said.message)


def _suggestion_swapped(said: Said) -> list[Reply] | None:
    """«oke yg pertama simpan ke draf gantiin yg no 2» under the suggestions: that suggestion's words in place of IKI
    2 of the draft, as /ubah 2 teks changes them (its target asked again when it no longer fits), never line 2 of the
    last list saved again nor an IKI added (d4-humas01). First of the lists and picks: «no 2» would name a line."""
    state = said.state
    swap = suggestion_swap.read(said.message, len(state.skp.iki)) if state.candidates else None
    picked = typed_suggestion(state, swap[0]) if swap else None
    if picked is None:
        return None
    chosen, index = state.candidates[picked], swap[1] - 1
    state.candidates, state.candidate_target, state.candidate_work, state.held_shown = [], "", "", None
    replies = field_edit.apply(state, index, "indikator", chosen.indikator, ask_target=True)
    if chosen.satuan and state.skp.iki[index].indikator == chosen.indikator:
        state.skp.iki[index].satuan = chosen.satuan
    return replies


def _pick_and_lines(said: Said) -> list[Reply] | None:
    """«ok pake saran pertama, trs simpen yg 1 sm 3 jg» under a list line's suggestions: the suggestion taken for its
    line and the other lines named saved with it (`pick_and_lines`), never «1 sm» as the suggestion's target."""
    both = pick_and_lines.read(said.state, said.message)
    if both is None:
        return None
    picked, lines = both
    taken = said.plain.use_candidate(said.state, str(picked + 1))
    if taken and "?" in taken[-1].text:  # its field question: the lines' saving asks what is open after both
        taken = taken[:-1]
    return taken + said.plain.save_picked(said.state, lines, said.message)


def _held_save_typed(said: Said) -> list[Reply] | None:
    """«Simpan ke draf» typed right after /cek said the draft already holds that IKI: said again, never the last
    list's lines saved. Any other message lets that /cek go. First of the lists and picks: «simpan» would save lines."""
    held, said.state.held_shown = said.state.held_shown, None
    if held is None or held >= len(said.state.skp.iki) or not draft_save.typed_save(said.message):
        return None
    return [Reply(f"IKI ini sudah ada di draf sebagai IKI ke-{held + 1}; tidak saya simpan dua kali. Draf Anda tetap "
                  f"{len(said.state.skp.iki)} IKI. Lengkapi dengan /ubah {held + 1}.")]


def _line_target_fixed(said: Said) -> list[Reply] | None:
    """«eh typo td, yg ketiga targetnya 95 bkn 90» under a pasted list, the SKP not agreed: that line's target put
    right (line_target_fix), never a line of work to log (d22-dev02). Before `_lines_acted_on`."""
    fix = line_target_fix.read(said.state, said.message)
    return [Reply(line_target_fix.applied(said.state, fix))] if fix else None


def _lines_acted_on(said: Said) -> list[Reply] | None:
    """«no 2 sama 5 gmn», «2 pakai usulan 1, 5 pakai usulan 2», «no 4 buang aja, no 8 jg», «no 7 ganti Persentase …»:
    lines of the last list acted on by number, each in order. First of the lists and picks: «pakai usulan 1» would be
    taken as a suggestion on screen, «no 2 gmn» as one line's question, «buang aja, no 8 jg» as lines to save. A
    logbook keeper's lines are the year's."""
    acts = line_acts.acts_on_list(said.state, said.message)
    if not acts:
        return None
    weighing = line_acts.sentences_left(said.state, said.message)
    replies = line_acts.apply(said.state, acts, said.plain._check)
    # «laporan bulanan buang aja, sisanya simpan. jenisnya TUSI semua kecuali IP ASN itu MI» (d19-dev01: the jenis
    # lost): a sentence no act reads, giving jenis or weights, read on the draft the acts left
    given = [draft_weights.typed_for_many(said.state, part) for part in weighing]
    return replies + [Reply(text) for text in given if text]


def _iki_reworded(said: Said) -> list[Reply] | None:
    """«pasien jatuh ganti jadi: Persentase …, target 95»: an IKI of the draft named by its words given new words (and
    a target), as /ubah N teks does; never an IKI to check. The other sentences are said back, nothing is lost."""
    asked = named_rewording.asked_reworded(said.state, said.message)
    if asked:  # «ya udh ganti Persentase …» right after a question about an IKI of the draft: its new words
        return named_rewording.applied(said.state, asked)
    reworded = named_rewording.read(said.state, said.message) if said.state.skp.iki else None
    if reworded is None:
        return None
    changed, rest = named_rewording.applied(said.state, reworded[0]), reworded[1]
    return changed + ([Reply(f"«{rest}» belum saya ubah apa pun; tulis lagi bila itu perubahan lain.")] if rest else [])


def _iki_dropped_named(said: Said) -> list[Reply] | None:
    """«yang diklat itu hapus aja deh, ganti IP ASN» with no field asked (the failing lines of «simpan semua» asked
    one by one, draft42): that IKI of the draft out as /buang takes it, what takes its place read as typed, as at a
    field question (fill_text); the line asked next, when that walk is open. Never work to draft («Diklat itu hapus»)."""
    state = said.state
    gone = named_rewording.dropped(state, said.message) if state.skp.iki else None
    if gone is None:
        return None
    replies = skp_drop.drop(state, gone[0])
    if gone[1]:
        replies += said.plain.on_text(said.turn, gone[1])
    return replies + (list_save_all.ask_next(state) if state.keep_asked and not draft_save.is_open(state) else [])


def _return_asked(said: Said) -> list[Reply] | None:
    """«kenapa IKI 2 dikembalikan?» after the leader returned it: the leader's note, never that IKI checked again."""
    return (why_returned(said.state, said.message) or None) if not said.line else None


def _flag_asked(said: Said) -> list[Reply] | None:
    """«kenapa iki 2 merah» after /capaian: the reason from the record (its quarter's rencana and realisasi), never
    that IKI's sentence checked again (tester53 P1-9). On a draft never agreed and with no realisasi, «merah» is a
    check's ✗: that IKI checked, as before."""
    skp, year = said.state.skp, said.state.year
    counted = bool(year.agreed or year.realisasi)
    number = capaians.flag_asked(said.message) if skp.iki and counted and not said.line else None
    if number is None or not 1 <= number <= len(skp.iki):
        return None
    found = capaians.capaian_all(skp, said.state.year, said.plain.clock().date())
    return [Reply(capaians.why_flagged(found[number - 1]))]


def _field_asked(said: Said) -> list[Reply] | None:
    """«yg ruptur perineum itu aspeknya kok kuantitas?», «bobotnya brp ya?»: that IKI's aspek or the SKP's weights,
    from the draft; before the draft's IKI or a list line is checked again for the words it names."""
    return field_asked.answer(said.state.skp, said.message)


def _draft_iki_asked(said: Said) -> list[Reply] | None:
    """«IKI yg 2 itu … bagusnya gmn?»: that IKI of the draft checked, never a guidance passage."""
    iki = said.state.skp.iki
    drafted = line_questions.draft_iki_asked(said.message, iki) if not said.line else None
    if drafted:
        said.state.draft_asked = drafted - 1
        said.state.detail_line = 0  # «ya udh ganti …» next rewords this IKI, never a list line looked at before
    return [line_questions.draft_iki_detail(iki, drafted)] + draft_save.offer_reminder(said.state) if drafted else None


def _which_to_keep(said: Said) -> list[Reply] | None:
    """«trs yg mana yg sy pertahanin kak?»: the lines that pass, and where the others go."""
    keep = line_questions.which_to_keep(said.message, said.state.listed) if not said.line else None
    return [keep] if keep else None


def _left_out_asked(said: Said) -> list[Reply] | None:
    """«yg sterilisasi, piket dll gmn? ga masuk?»: those lines are activities; where they go. Never a line of the
    year's («IKI 5 salah, maksudnya 3 dari 41 pasien …»: a realisasi put right, tester52 P1-10)."""
    if year_chat.logging(said.state) and classify(said.message, True).route is Route.year:
        return None
    left_out = pasted_skp.activities_asked(said.state, said.message, said.line)
    return said.plain.left_out_answer(said.turn, *left_out) if left_out else None


def _line_asked(said: Said) -> list[Reply] | None:
    """«no 1 gmn bagusnya?» about the last list: that line's details, as «Rincian 1»."""
    return said.plain._check(said.state, str(said.line)) if said.line else None


def _rest_asked(said: Said) -> list[Reply] | None:
    """«yg lain2 itu kegiatan semua kan?»: the lines not taken, by why."""
    state = said.state
    rest = line_questions.rest_reply(said.message, state.listed, {i.indikator for i in state.skp.iki})
    return [rest] if rest else None  # with the list's buttons: «#1» still presses them (tester16 #8)


def _suggestions_declined(said: Said) -> list[Reply] | None:
    """«yaudh gajadi» under suggestions not picked: none is kept, and a target noted for them is dropped, so the next
    IKI typed is never taken as «usulan 1» going on (day_one d2-skp04 saved the declined suggestion). «gak cocok, sy
    pesertanya bukan panitia» refuses them all: said back with what to do, never a logbook line (tester20a #3)."""
    state = said.state
    if not state.candidates:
        return None
    refused = refuses_all(said.message)
    if not refused and not draft_save.declines(said.message):
        return None
    state.candidates, state.candidate_target = [], ""
    said_back = f"Baik, usulan tadi tidak saya simpan. Draf Anda tetap {len(state.skp.iki)} IKI."
    return [Reply(said_back + (" " + OWN_WORDING if refused else ""))]


def _suggestion_picked(said: Said) -> list[Reply] | None:
    """«Pakai usulan 2», «yg pertama» typed while the suggestions are on screen; «yg pertama, 95», «usulan 2 target
    90%»: the pick, with the target kept for it. None picked: «ga, tetep mau itu», «simpan aja apa adanya» keep the
    user's own (refused list lines are insisted's)."""
    state, message = said.state, said.message
    picked = typed_suggestion(state, message)
    named = suggestion_named(message) if picked is None and state.candidates else None
    if named is not None and named > len(state.candidates):  # «usulan 2» under one: neither a target nor usulan 1
        labels = suggestion_labels(state)
        shown = ", ".join(f"«{label}»" for label in labels)
        return [Reply(f"Usulan yang tampil hanya {len(labels)}: {shown}; usulan {named} tidak ada. Ketuk atau tulis "
                      "usulan yang dipakai (targetnya boleh sekalian, misalnya «Pakai usulan 1, target 90»), atau tulis "
                      "IKI Anda sendiri.", [Button(label, f"use:{i}") for i, label in enumerate(labels, 1)])]
    if picked is None and keeps_own(state, message) and not insists(state, message):
        named = list_picks.picked(message, state.listed)  # «yg no 1 tetep sy pake»: line 1, whatever is on screen
        return None if named and not named.every else kept_as_typed(state)
    with_target = picked_with_target(state, message) if picked is None else None
    if with_target:
        picked, state.candidate_target = with_target
    if picked is None:
        return None
    head = value_at_end(message)
    several = len(state.candidates) > 1 and points_at_shown(head[0] if head else message)
    taken = said.plain.use_candidate(state, str(picked + 1))
    if several and taken:  # «pakai itu» under several: the first, said, with how to take another one
        note = ("«Itu» saya baca sebagai usulan 1 (yang teratas); bila maksud Anda usulan lain, ganti teksnya dengan "
                "/ubah NOMOR teks sesudah ini.")
        taken = [replace(taken[0], text=f"{note}\n{taken[0].text}")] + taken[1:]
    return taken


def _count_asked(said: Said) -> list[Reply] | None:
    """«kok cuma 3? sy minta 10»: how many, why, and how to get more (the suggestions still to pick)."""
    state = said.state
    asked = count_asked.count_asked(said.message, len(state.candidates)) if state.candidates or state.skp.iki else None
    if not asked:
        return None
    buttons = [Button(label, f"use:{i}") for i, label in enumerate(suggestion_labels(state), 1)]
    return [replace(reply, buttons=buttons) for reply in count_asked.answer(state, asked)]


def _picked_with_none_shown(said: Said) -> list[Reply] | None:
    """«Pakai usulan 2» with none on screen and no «Simpan ke draf» waiting (which it takes): never work to draft
    from."""
    state = said.state
    if picks_by_number(said.message) and not state.candidates and not draft_save.offered(state):
        place = int(next(w for w in tokens(said.message) if w.isdigit()))
        return (said.plain.picked_for_list_line(state, place) if state.listed else None) \
            or [Reply(NO_SUGGESTION_SHOWN)]
    return None


def _pick_goes_on(said: Said) -> list[Reply] | None:
    """«eh salah, 90 aja», «Core TUSI» after «Usulan mana yang dipakai?»: the first suggestion taken, and the message
    answers the question asked next («Core TUSI» was the jenis of the IKI taken: no answer to the target question)."""
    state, message = said.state, said.message
    if not goes_on(state, message):
        return None
    taken = first_suggestion(state, message, lambda: said.plain.use_candidate(state, "1"))
    only_jenis = jenis_named(message) is not None and not read_answer(message).numbers
    if is_correction(message) or not draft_save.is_open(state) or only_jenis:
        return taken
    return taken[:-1] + said.plain._fill_text(said.turn, message)


def _mandatory_after_iki(said: Said) -> list[Reply] | None:
    """«Persentase …, 90%, TUSI. IP ASN 85»: the IKI (all the stages again), then the mandatory one."""
    head, mandatory = split_mandatory(said.message)
    return then_mandatory(said.state, said.plain.on_text(said.turn, head), mandatory) if mandatory else None


def _week_caught_up(said: Said) -> list[Reply] | None:
    """A week of work caught up, one line each (a paste of new IKI lines is a list, drafts_iki)."""
    if "\n" in said.message and year_chat.logging(said.state) and not drafts_iki(said.state, said.message):
        return year_logbook.many_lines(said.state, said.message, said.plain.clock()) or None
    return None


def _read_as_logbook_line(said: Said) -> None:
    """A logbook keeper's message is read as a logbook line first; «Persentase KLB yg direspon <24 jam 100%» before
    the SKP is agreed is a new IKI, no figure (left unread here)."""
    intent = classify(said.message, True) if year_chat.logging(said.state) else None
    if intent and intent.route is Route.year and drafts_iki(said.state, said.message):
        intent = None
    said.intent = intent


def _team_request(said: Said) -> list[Reply] | None:
    """«ekspor file tim sy dong», «capaian tim sy gmn?»: a leader's request for the team's files or capaian runs its
    command before a logbook keeper's line would keep it as work done (tester22a #2, #3)."""
    request = request_in(said.message)
    if request is None or not request.command or not before_logbook(request):
        return None
    if year_chat.logging(said.state) and year_logbook.work_lines(said.message):
        return None  # «…\nRapat koordinasi tim keuangan\nPenyusunan laporan realisasi anggaran»: pasted work, kept
    return said.plain._command(said.turn, f"/{request.command} {request.text}".strip())


def _realisasi_answered(said: Said) -> list[Reply] | None:
    """A figure naming no IKI under «Tulis realisasi TW I per IKI» («87 dr 92 sinyal», «95%»): that quarter's
    realisasi, before the logbook line that would keep it as today's work in today's quarter (tester18 #3)."""
    return year_realisasi.prompted_figure(said.state, said.message, said.plain.clock())


def _version_asked(said: Said) -> list[Reply] | None:
    """«lihat skp versi 1», «show me the old version» on an agreed SKP: /skp versi (N), never a logbook line
    (tester22b #5)."""
    if not said.state.year.versions or not versions.view_asked(said.message):
        return None
    number = re.search(r"\d+", said.message)
    return said.plain._command(said.turn, f"/skp versi {number.group()}" if number else "/skp versi")


def _logbook_line(said: Said) -> list[Reply] | None:
    """A logbook keeper's line of work before any list or draft («IP ASN 85» is the mandatory IKI, «beyond: 1 aplikasi
    …, TW III» a new IKI: neither is work done); «hapus IKI 4 aja», «IKI 3 targetnya jadi 160 SK»: the command it
    stands for."""
    intent, message = said.intent, said.message
    if not intent or intent.route is not Route.year or names_mandatory(message) or named_iki(message):
        return None
    command = skp_typed.as_command(message, len(said.state.skp.iki)) \
        if intent.entry.kind is year_chat.EntryKind.instruction else "/tetapkan" if skp_typed.settles(message) \
        else None  # «udh disetujui kepala balai, tetapkan ya» reads as done work, yet asks to settle (tester56 F10)
    if command:
        year_perubahan.reason_given(said.state, message)
        return said.plain._command(said.turn, command)
    return said.plain._year_line(said.turn, intent)


def _objection(said: Said) -> list[Reply] | None:
    """«ga setuju, rapat itu penting», «masa sih, kan rapatnya menghasilkan kesepakatan»: the rule that stands, its
    source and what to do, never work to draft from (tester16b #2)."""
    rest = objection.objected(said.message)
    return [objection.answer(rest, said.state.checked)] if rest is not None else None


def _reminder_set(said: Said) -> list[Reply] | None:
    """«ingetin sy nulis catatan tiap hari kerja jam 4 sore ya» before any logbook: the reminder set as «ingatkan …»
    sets it, when the message names when (a clock time, days, quiet hours, how often); never work to draft
    (tester48 P3-6). A logbook keeper's line is read as the year's before this."""
    if year_chat.logging(said.state) or kind_of(said.message, logging=True).kind is not year_chat.EntryKind.reminder:
        return None
    now = said.plain.clock()
    request = read_request(said.message, now.date())
    if request.at is None and request.days is None and request.quiet is None and request.dialog_every is None:
        return None
    return year_pengingat.reminder_change(said.state, said.message, now)


def _own_work_told(said: Said) -> list[Reply] | None:
    """«kerjaan sy ngecek X, evaluasi Y»: work, not a list (but «no 3 sy mau tetep masuk. rapat itu kerjaan sy» names a
    line of the list)."""
    message = said.message
    if says_own_work(message) and is_work_description(message) and not list_picks.picked(message, said.state.listed):
        return from_work(said.state, message)
    return None


def _new_list_pasted(said: Said) -> list[Reply] | None:
    """Lines pasted with their bullets or numbers while the last list (a «Rincian» card, its suggestions) is still on
    screen, at least two of them IKI the last list does not hold: a new list that replaces it, never a question about
    one of its lines nor an answer to the card (tester56 F4: the corrected list lost, «Rincian 3» of the old one
    shown). Lines of the old list typed again, or numbers with targets («1. 95%»), are left to the stages after."""
    if not (said.turn.marked and said.state.listed):
        return None
    if year_chat.logging(said.state) and year_logbook.work_lines(said.message):
        return None  # a logbook keeper's pasted work done («1. Verifikasi SPJ 14 berkas …»): kept as work lines
    pasted = iki_list.read_list(said.message, listed_first=said.turn.first_listed)
    old = {" ".join(tokens(item.text)) for item in said.state.listed}
    if not pasted or sum(" ".join(tokens(line.listed.text)) not in old for line in pasted.lines) < iki_list.MIN_LINES:
        return None
    return _pasted_list(said)


def _list_added_to(said: Said) -> list[Reply] | None:
    """«*sama persentase bayi diimunisasi lengkap jg» under the last list: lines added to it, the whole list checked
    again (tester57 F12: the lines naming «persentase» were saved instead); what it read said when it reads no IKI."""
    starred = read_starred(said.message) if said.state.listed else None
    if starred is None or not starred.adds:
        return None
    lines = [f"{item.text} {item.target}" if item.target else item.text for item in said.state.listed]
    pasted = iki_list.read_list("\n".join([*lines, starred.body]), listed_first=True)
    if not pasted or len(pasted.lines) <= len(said.state.listed):
        return [Reply(f"«{said.message.strip()}» saya baca sebagai tambahan untuk daftar Anda, tetapi «{starred.body}» "
                      "belum terbaca sebagai IKI. Tulis kalimat IKI-nya (diawali Persentase, Jumlah, …), atau kirim "
                      "ulang daftar lengkapnya.")]
    kept = said.state.listed
    shown = said.plain.show_list(said.state, pasted)
    for at, item in enumerate(kept):  # the lines already there keep what was said of them (dropped, jenis, RHK)
        if said.state.listed[at].text == item.text:
            said.state.listed[at] = item
    return [Reply(f"Saya tambahkan ke daftar Anda: «{starred.body}».")] + shown


def _list_verdict_asked(said: Said) -> list[Reply] | None:
    """«ini udh output based blm?», «kebanyakan ga?» right under a pasted list: that list's verdict or count."""
    return list_verdict.asked(said.state, said.message)


def _pasted_list(said: Said) -> list[Reply] | None:
    """Several lines pasted at once may be a list of IKI, each checked."""
    pasted = (iki_list.read_list(said.message, listed_first=said.turn.first_listed)
              if iki_list.may_be_list(said.message) else None)
    if not pasted:
        return None
    shown = said.plain.show_list(said.state, pasted, one_line="\n" not in said.message)
    # «tambah: …» over the lines: those the rules pass saved as shown
    return shown + said.plain._save_what_passes(said.state) if iki_list.asks_added(said.message) else shown


def _iki_added(said: Said) -> list[Reply] | None:
    """«tambah IKI baru: …» to an agreed SKP (a logbook keeper's): checked and saved, findings or not (the leader asked
    for it: kept as typed, its findings in /skp); its reason, unless the message gives it, is asked as the turn ends."""
    state = said.state
    added = year_perubahan.added_iki(said.message) if said.intent else None
    if not added:
        return None
    year_perubahan.reason_beside(state, said.message.split(added, 1)[-1])  # «… . ini perintah karo»: its reason
    replies = said.plain._check(state, added, keep_offer=True)
    fill = state.fill
    if fill and fill.index is None:
        return replies + draft_save.on_button(state, "save", "")
    reading = read(added)
    return replies + draft_save.save_many(state, [IkiDraft(indikator=reading.text, target=reading.target)])


def _insisted_as_typed(said: Said) -> list[Reply] | None:
    """«sy bilang masukin apa adanya» after a line was refused: saved as typed, its findings kept."""
    return insisted(said.state, said.message) or None


PASTE_PLEASE = ("Silakan tempel daftar IKI Anda di sini sebagai satu pesan: salin baris-barisnya dari spreadsheet atau "
                "e-Kinerja (boleh beserta kolom RHK, Indikator, Target, Satuan), satu IKI per baris. Tiap baris saya "
                "periksa, dan yang lolos bisa langsung disimpan ke draf.")


def _paste_announced(said: Said) -> list[Reply] | None:
    """«ini skp sy thn lalu, tolong dicek» with nothing pasted, or an SKP file named by its path: how to bring the
    rows in, never work to draft from («SKP tahun») or an IKI to check (intent.yaml paste_announced; tester20a #10,
    #11)."""
    message = without_signature(said.message)  # «… tlg dicek ya\n\nSalam,\nDewi …\nNIP …»: the signature is no row
    if "\n" in message:
        return None
    named = announced_file(message)
    if named:
        return [Reply(f"Berkas «{named}» belum bisa saya baca dari chat. {PASTE_PLEASE}")]
    return [Reply(PASTE_PLEASE)] if announces_paste(message) else None


KEEP_ALL = "list:save:all"  # the pasted list's «Simpan semua seperti ditulis»


def _kept_as_written(said: Said) -> list[Reply] | None:
    """«simpan apa adanya aja, atasan sy udah approve», «can u just accept my IKI as is?» under a checked list whose
    keep-all button is on screen, naming no line: that button (tester20a #9: the guidance answered «Tidak. Aspek …»)."""
    state, message = said.state, said.message
    if not state.listed or not any(data == KEEP_ALL for _, data in state.shown) or not as_written_words(message) \
            or any(ch.isdigit() for ch in message):
        return None
    return list_save_all.save_all(state, as_written=True)


def _own_iki_saved(said: Said) -> list[Reply] | None:
    """«yg persentase hasil foto thorax selesai < 3 jam itu aja, simpan», a list or a /cek on screen or not: an IKI in
    the user's own words (a number inside it that no line holds) asked to be saved: checked and saved as written, its
    target asked; never a line picked for a word it shares, nor done work (d6-radiografer01). Before _lines_picked."""
    own = list_picks.written_out(said.message, said.state.listed)
    if not own or not without_tail(said.message)[1]:
        return None
    checked = said.plain._check(said.state, clean(own), add=True)
    if draft_save.offered(said.state):  # asked to save it: saved now, its fields asked
        checked += draft_save.on_button(said.state, "save", "")
    return checked


def _waiting_named(message: str, listed: list, drafted: set[str]) -> list_picks.Picked | None:
    """«kualitas udara biasanya 85an, tusi 20»: lines not in the draft yet named by their words with a value and a
    jenis, no word that adds (d15-xxx05); a line saved already is the draft's to complete, never picked so."""
    pick = list_picks.picked(message, listed, bare=True)
    checked = iki_list.lines_checked(listed)
    if pick is None or any(list_summary.draft_forms(checked[n - 1]) & drafted for n in pick.lines):
        return None
    return pick


def _lines_picked(said: Said) -> list[Reply] | None:
    """«yg no 7, 12 sama 25 masukin ya»: lines of the last list; «95, 80, 85», one value for each passing line not in
    the draft, those lines with their targets (`list_picks.waiting_targets`); another count of values, none saved and
    why (`list_picks.waiting_count_off`)."""
    listed = said.state.listed
    if listed and says_weights(said.message):  # weights by name: never the list lines' targets
        return named_weights.weights_named(said.state, said.message) or [Reply(WEIGHTS_UNPLACED.format(
            short(said.message, 60)))]
    drafted = {i.indikator.lower() for i in said.state.skp.iki}
    pick = list_picks.instructions(said.message, listed) or list_picks.picked(said.message, listed) \
        or list_picks.waiting_targets(said.message, listed, drafted) or _waiting_named(said.message, listed, drafted)
    if pick:
        return said.plain.save_picked(said.state, pick, said.message)
    named = _waiting_targets_named(said, listed)
    if named:
        return named
    off = list_picks.waiting_count_off(said.message, listed, {i.indikator.lower() for i in said.state.skp.iki})
    return [Reply(off)] if off else None  # «95, 80» for three lines: none saved, and why


WEIGHTS_UNPLACED = ("«{}» saya baca sebagai bobot per IKI, bukan target, tetapi belum bisa saya pasangkan ke IKI di "
                    "draf; tidak ada yang saya ubah. Tulis bobotnya per nomor IKI (lihat /skp), misalnya «1 TUSI 25, "
                    "2 TUSI 25»; baris daftar yang belum di draf simpan dulu. Bila yang Anda maksud target, tulis "
                    "«target» di depannya.")


def _waiting_targets_named(said: Said, listed: list) -> list[Reply] | None:
    """«yg data lengkap 85%. yg rekomendasi 70»: waiting lines of the last list named by their words, each with its
    target (`list_picks.waiting_named_targets`), saved with them; a clause with a value naming no such line said back
    (d18-dev02: «belum bisa menyusun usulan», the lines never saved). A part of the _lines_picked stage, no stage."""
    if not listed or "?" in said.message:
        return None
    waiting = set(list_summary.waiting_lines(listed, {i.indikator.lower() for i in said.state.skp.iki}))
    found = list_picks.waiting_named_targets(said.message, listed, waiting) if waiting else None
    if not found:
        return _failing_target_named(said, listed)
    left = [Reply(f"«{short(found[1])}» belum saya pasangkan ke baris daftar mana pun: sebut barisnya dengan nomornya, "
                  "misalnya «no 1 target 90%».")] if numbers_in(found[1]) else []
    return left + said.plain.save_picked(said.state, found[0], said.message)


def _failing_target_named(said: Said, listed: list) -> list[Reply] | None:
    """«target yg puskesmas skrining gatau 80an lah»: the one line of the last list the rules fail, named by its words
    with a target and nothing else: the target kept on the line, said, and the line's details shown, so its
    suggestion or new words take it to the draft (d18-dev02: «belum bisa menyusun usulan», the value lost)."""
    drafted = {i.indikator.lower() for i in said.state.skp.iki}
    checked = iki_list.lines_checked(listed)
    failing = {n for n in iki_list.distinct(listed) if checked[n - 1].verdict.has_error
               and not list_summary.draft_forms(checked[n - 1]) & drafted}
    found = list_picks.waiting_named_targets(said.message, listed, failing) if failing else None
    if not found or found[1].strip() or len(found[0].lines) != 1:
        return None
    line = found[0].lines[0]
    number = found[0].targets[line]
    listed[line - 1].target = number.text
    return [Reply(f"Target {number.text} saya catat untuk baris {line} «{short(listed[line - 1].text)}». Baris ini "
                  "belum lolos aturan, jadi belum masuk draf; targetnya ikut saat Anda memakai usulannya atau menulis "
                  "kalimat barunya:")] + said.plain._check(said.state, str(line))


def _which_saved(said: Said) -> list[Reply] | None:
    """«simpan» once a line's details pushed the list's buttons away: which one, never «maksudnya apa?»; with no
    suggestion beside it, only the passing lines it can mean."""
    state = said.state
    if state.candidates and not state.candidates_line and _save_alone(said.message):
        # «ya yg itu simpan» under /cek's suggestions (d4-spesialis01: «maksudnya apa?»): the one, or which is asked
        if len(state.candidates) == 1:
            return said.plain.use_candidate(state, "1")
        labels = suggestion_labels(state)
        return [Reply(f"Simpan usulan yang mana? Ada {len(labels)} usulan: ketuk «Pakai usulan N» atau tulis nomornya, "
                      "boleh dengan targetnya, misalnya «pakai 2, target 90».",
                      [Button(label, f"use:{i}") for i, label in enumerate(labels, 1)])]
    which = list_summary.save_which(said.message, state.listed, suggestion_labels(state))
    if not which:
        return None
    if state.candidates and state.candidates_line and phrase_set("conversation", "suggestion_use").find(
            tokens(said.message)):  # «oke pake itu» under a line's suggestions: the first (said so when several)
        if len(state.candidates) == 1:
            return said.plain.use_candidate(state, "1")
        return first_suggestion(state, said.message, lambda: said.plain.use_candidate(state, "1"))
    if not state.candidates and list_drafts.passing_drafts(state.listed):
        return said.plain._save_what_passes(state)
    return [which]


def _save_alone(message: str) -> bool:
    """«ya yg itu simpan», «oke simpan aja»: a save word (`list_add`) with only a yes, filler or a pointer («yg itu»)
    beside it, no number and no word taking all («masukin semua» saves every suggestion: `list_all`)."""
    words = tokens(message)
    if any(ch.isdigit() for ch in message) or phrase_set("conversation", "list_all").find(words):
        return False
    add = phrase_set("conversation", "list_add")
    beside = set(knowledge.data("intent")["filler"]) | set(knowledge.data("conversation")["line_pointers"])
    found = add.find(words)
    if not found:
        return False
    rest = words[:found[0]] + words[found[0] + len(found[1]):]
    return all(w in beside or is_yes(w) for w in rest)


def _iki_named(said: Said) -> list[Reply] | None:
    """«IP ASN 85, trus beyond: 1 aplikasi …, TW III»: saved with its jenis, target and quarter."""
    named = named_iki(said.message)  # «Beyond: Jumlah …, 1 program, 20%»: the 20% is its weight
    return save_named(said.state, named[0], with_weight(*named, said.message), said.plain._check) if named else None


def _mandatory_with_another(said: Said) -> list[Reply] | None:
    """«tambah IP ASN sm 'Persentase …'»: the mandatory IKI and another IKI named after it, both saved (as PRIMA's
    step 4 does), the second as typed without its quote marks; it was «belum bisa menyusun usulan IKI»."""
    head, rest = mandatory_first(said.message)
    if not rest or named_iki(rest) or not reads_as_iki(rest):
        return None
    other = typed_draft(new_iki_in(rest) or rest)
    other.indikator = check_iki(other).read_as or other.indikator  # as the rules read it: «yg» → «yang»
    state, drafts = said.state, [mandatory_draft(head)[0], other]
    if draft_save.is_open(state) and state.fill.index is not None:  # another IKI's field asked: both after it
        return [reply for draft in drafts for reply in draft_save.add_later(state, draft)[:1]] + draft_save.prompt(state)
    return draft_save.save_many(state, drafts)


def _mandatory_named(said: Said) -> list[Reply] | None:
    """«IP ASN 85»: the mandatory IKI, saved and completed; «ip asn tambahin, 85, MI 10»: its weight kept too."""
    if not names_mandatory(said.message):
        return None
    draft, weight = mandatory_draft(said.message)
    draft.bobot = weight.value if weight is not None else draft.bobot
    return draft_weights.beside_mandatory(said.state, said.message, draft_save.add_mandatory(said.state, draft))


def _entry_change(said: Said) -> list[Reply] | None:
    """«c3 ke IKI 2», «hapus c3»."""
    state = said.state
    return year_logbook_fix.entry_change(state, said.message, said.plain.clock()) if state.year.entries else None


def _drafting_howto(said: Said) -> list[Reply] | None:
    """«piye carane nggawe Iki sing apik?» before any SKP: the short way, a paste or PRIMA a tap away (tester58 F11);
    conversation.yaml `drafting_howto`, regional particles aside."""
    state = said.state
    if state.prima is not None or state.skp.iki or year_chat.logging(state) or not asks_drafting_howto(said.message):
        return None
    data = knowledge.data("conversation")["drafting_howto"]
    told = data["said"].format(range=knowledge.policy().iki_count.range_text)
    return [Reply(told, [Button(data["button"], f"{COMMAND_BUTTON}:/prima")])]


def asks_drafting_howto(message: str) -> bool:
    data = knowledge.data("conversation")
    particles = frozenset(data["regional_particles"])
    words = [w for w in tokens(message) if w not in particles]
    if not words or len(words) > data["drafting_howto"]["most_words"] or "\n" in message.strip():
        return False
    found = lambda key: phrase_set("conversation", "drafting_howto", key).find(words)  # noqa: E731
    return bool(found("how") and found("make") and found("object") and not found("other_terms"))


def _prima_resumed(said: Said) -> list[Reply] | None:
    """«lanjut», «lanjutin yg kemarin» while PRIMA is paused, or a yes («ok») under its «Lanjutkan | Mulai dari awal»:
    it goes on at its step (conversation.yaml typed_press `resume_prima`), never small talk's «Siap.» (tester21b #8)."""
    state = said.state
    if state.prima is None or not state.prima.paused:
        return None
    asked = any(data == "prima:continue" for _, data in state.shown)  # «Lanjutkan | Mulai dari awal» on screen
    if not (resumes_prima(said.message) or asked and is_yes(said.message)):  # («ok» under it: d4-blu01)
        return None
    return said.plain.prima.on_button(state, "continue")


def _bare_command(said: Said) -> list[Reply] | None:
    """«prima», «ekspor dong»: the command's word without its slash."""
    command = bare_command(said.message)
    return _records_command(said, command) if command else None


def _skp_command_typed(said: Said) -> list[Reply] | None:
    """«hapus IKI 3», «IKI 2 dibuang aja» on a draft (no logbook yet: _logbook_line reads them there): the /buang or
    /ubah it stands for, never «Itu perintah untuk SKP Anda» with the command to type."""
    command = skp_typed.as_command(said.message, len(said.state.skp.iki)) \
        if said.state.skp.iki and not year_chat.logging(said.state) else None
    return said.plain._command(said.turn, command) if command else None


def _records_asked(said: Said) -> list[Reply] | None:
    """«capaian saya sudah berapa?» before any logbook: the same record, shown by its command."""
    asked = records_asked(logbook_line(said.message))
    if asked == KEPT:
        return [Reply(kept_text(said.state.year, said.state.skp))]
    if asked in (MISSING_REALISASI, MISSING_CATATAN):  # «IKI mana yang belum ada realisasinya?»: from the records
        return year_chat.missing_asked(said.state, asked, said.message, said.plain.clock())
    asked = "catatan" if asked in (BUKTI, UNLOGGED, COUNTED) else asked  # bukti dukung hang on the catatan
    return _records_command(said, asked) if asked else None


def _records_command(said: Said, command: str) -> list[Reply]:
    """The command a plain message stands for; /capaian takes the message along, so the quarter it names goes with it
    («capaian tw3», «capaian Q1 sy brp?»)."""
    return said.plain._command(said.turn, f"/capaian {said.message}" if command == "capaian" else f"/{command}")


def _own_count_asked(said: Said) -> list[Reply] | None:
    """«jd skrg brp IKI sy?»: the draft's count and the pasted list's lines beside it, never the guidance's range
    alone (d19-dev08)."""
    return [own_count.answer(said.state)] if own_count.asked(said.message) else None


def _own_cascade(said: Said) -> list[Reply] | None:
    """«IKK mana yg turun ke tim sy?»: the unit indicators the user's SKP and MPPH name as parents, before the catalog
    is searched for the question's other words (tester22a #9)."""
    return own_cascade.own_cascade_asked(said.state, said.message)


def _role_told(said: Said) -> list[Reply] | None:
    """«saya anggota tim, tidak ada cascade langsung»: the role and the cascade kept on the draft, the weights said;
    never a request to split an indicator among «anggota» (d9-auditor01: /mpph opened)."""
    told = role_told.told(said.state, said.message)
    return [Reply(told)] if told else None


def _rhk_asking_iki(said: Said) -> list[Reply] | None:
    """«ini rhk dr katim sy: «…» — iki sy apa aja ya?»: the IKI proposed under that RHK (bot.skp.rhk iki_for_rhk),
    numbered and kept as suggestions, so «ambil yg 1 sama 2» saves them with the RHK; with none formed, /rhk's
    question for the IKI that measures it."""
    rhk = rhk_asking_iki(said.message)
    if rhk is None:
        return None
    proposed = iki_for_rhk(rhk)
    if not proposed:
        return rhk_flow.start(said.state, said.plain.assistant, rhk)
    replies = from_work(said.state, rhk, drafted=[Task(sentence(rhk), proposed, rhk=True)])
    said.state.task_of = {c.indikator: n for n, c in enumerate(proposed)}  # each aspect its own IKI, no alternatives
    said.state.candidate_rhk, said.state.candidate_rhk_for = sentence(rhk), [c.indikator for c in proposed]
    last = question_sentences(said.message)[-1].strip()
    if last.endswith("?") and asks_count(last) != last:  # «… Jadi IKI sy minimal brp?» last: how many, answered
        plain = said.plain  # first (d23-dev06: only the IKI under the RHK were proposed, the count never said)
        replies = plain._limited(said.turn.user_id, "/tanya", lambda: plain._ask(last)) + replies
    return replies


def _work_asking_iki(said: Said) -> list[Reply] | None:
    """«sy ngurus arsip …, iki nya apa ya yg cocok?»: the question asks for IKI for that work."""
    work = work_asking_iki(said.message)
    return from_work(said.state, work) if work else None


def _request(said: Said) -> list[Reply] | None:
    """A request: «mau bagi iki ke 4 anggota tim», «IKK apa yg cocok utk tim surveilans?» run its command; «sy ngurus
    pengadaan barang. bisa bantu bikin iki?» is drafted from that work."""
    request = request_in(said.message)
    if not request:
        return None
    if request.command:
        return said.plain._command(said.turn, f"/{request.command} {request.text}".strip())
    work = work_beside_request(said.message) if request.name == "draft" else None
    drafted = work_suggestions(work) if work else []
    if drafted:
        return from_work(said.state, work, drafted=drafted)
    # «itu pesan atasan sy. sy audiologis di RS vertikal, mau bikin IKI 2026»: no task read beside it, so the ways
    # in, never «belum terbaca hasil kerja» (tester59 F16)
    return _request_reply(said, request)


def _request_reply(said: Said, request: Request, *notes: str) -> list[Reply]:
    """A request's reply; a self-introduction's role kept on the draft and said (a leader's SKP is not held to the
    members' rules: tester53 P2-1), its greeting left out right after one (roles35 #5); notes said after it."""
    llm = f"\n\n{request.with_llm}" if request.with_llm and said.plain.assistant.model is not None else ""
    role = role_told.introduced(said.state, said.message) if request.name.startswith("introduce_") else ""
    reply = request.reply.removeprefix(request.opening) if said.turn.greeted and request.opening else request.reply
    return [Reply("\n\n".join(part for part in (reply + llm, role, *notes) if part))]


def _polite_opening(said: Said) -> list[Reply] | None:
    """«Assalamualaikum … perkenalkan sy Nurul, perawat … mau minta tolong dibantu susun IKI … terima kasih
    sebelumnya 🙏»: greeted back with the ways in, never drafted from as work (tester57 F10); the role told kept."""
    state = said.state
    replies = polite_opening.reply(said.message, new=not state.skp.iki and not state.listed)
    role = role_told.introduced(state, said.message) if replies else ""
    return replies + [Reply(role)] if replies and role else replies


def _team_named(said: Said) -> list[Reply] | None:
    """«anggota sy Rina, Dodi, Sari», «sy kepala ruangan ICU, anggota sy Rina, Dodi sm Sari»: the team named is kept
    for /mpph's roles, said with the introduction before it, never greeted as a member nor drafted as work."""
    names = team_told.names_told(said.message)
    if not names:
        return None
    kept = team_told.keep(said.state, names)
    request = request_in(said.message)
    if request is not None and request.name.startswith("introduce_leader"):
        return _request_reply(said, request, kept)
    role = role_told.introduced(said.state, said.message)
    if not role and said.state.skp.peran is Peran.anggota:  # a team of one's own: a Ketua Tim's (role_said)
        role = role_told.kept(said.state, Peran.ketua_tim, None)
    return [Reply("\n\n".join(part for part in (role, kept) if part))]


def _read_whole(said: Said) -> None:
    """The message read as a whole, unless the logbook's reading was kept; «yaudah cek iki sy: Jumlah rapat …», «ok.
    Persentase sampel …»: the IKI after a lead-in or a yes replaces the message (a measure word first: not «IKI 1:
    612 dari 680 …», a quarter's figure)."""
    message = said.message
    intent = said.intent or classify(message, False if said.state.skp.iki else None)
    typed = without_lead_in(after_yes(message) or message)
    adds = add_lead_length(tokens(message)) > 0  # «tambah persentase …»: the add word kept for _iki_to_check
    if intent.route in (Route.unclear, Route.iki) and typed != message and measure_class(typed) and not adds \
            and not _asks_leave(message, typed):
        lead_free = classify(typed)
        if lead_free.route is Route.iki:
            said.message, intent = typed, lead_free
    said.intent = intent


def _asks_leave(message: str, typed: str) -> bool:
    """«emang IKI jumlah laporan ga boleh? dari dulu …»: a yes-no question whose asking clause, after the lead-in, asks
    leave (conversation.yaml list_permission_asks) for an IKI kind it quotes: asked, never that IKI checked with the
    lead-in dropped (tester48 P3-2)."""
    asking = set(knowledge.data("conversation")["list_permission_asks"])
    return list_picks.asks_whether(message) and bool(asking & set(tokens(typed.partition("?")[0])))


def _read_iki_on_draft_skp(said: Said) -> None:
    """«tmbh iki bru: presentase hsil uji …, 100%» on a draft SKP: an IKI, not a figure or a day's work. With no
    logbook kept yet (nothing agreed, no entries) a wish that reads as an IKI («sy mau tambahin satu, …, targetnya …»)
    is that IKI, not a plan to log later (day one d17); a correction keeps the year's reading, which puts the draft's
    fields right («kak salah, yg TMT … harusnya 40 aja»), never a new IKI to check."""
    intent = said.intent
    if intent.route is not Route.year or said.state.year.agreed:
        return
    kind = intent.entry.kind
    undated = not intent.entry.when.kind and kind in (year_chat.EntryKind.progress, year_chat.EntryKind.report)
    unlogged = not year_chat.logging(said.state) and kind in (year_chat.EntryKind.plan, year_chat.EntryKind.correction)
    if undated or unlogged:
        drafted = classify(said.message)
        correction = kind is year_chat.EntryKind.correction
        said.intent = drafted if drafted.route is Route.iki and not correction else intent


def _progress_for_pick(said: Said) -> list[Reply] | None:
    """«TW II kelar, 1 sistem» under the suggestions, before the SKP is agreed: the target for the pick."""
    intent, state, message = said.intent, said.state, said.message
    if intent.route is Route.year and intent.entry.kind is year_chat.EntryKind.progress and state.candidates \
            and not state.year.agreed and typed_target(message) is not None:
        return said.plain.target_for_suggestions(state, message)
    return None


def _planned_work_added(said: Said) -> list[Reply] | None:
    """«sy jg mau tambah inovasi bikin video edukasi … pasca stroke» on a draft SKP with no logbook kept: new work to
    add, checked for its output-based rewrites, never a plan kept out of a logbook nor a list line sharing its domain
    words (tester55 F2); said to be an innovation or Beyond, the rewrite picked is suggested Beyond (F17)."""
    intent = said.intent
    if intent.route is not Route.year or intent.entry.kind is not year_chat.EntryKind.plan \
            or year_chat.logging(said.state):
        return None
    work = planned_addition(said.message)
    if not work:
        return None
    replies = said.plain._check(said.state, work, keep_offer=True)
    said.state.beyond_told = [c.indikator for c in said.state.candidates] if beyond_said(said.message) else []
    return replies


def _line_for_the_year(said: Said) -> list[Reply] | None:
    """A line for the year; with no logbook yet, «yg hasil TB dilaporkan …, target 85» is an IKI, not work done (read
    again as one)."""
    intent = said.intent
    if intent.route is not Route.year:
        return None
    if said.state.candidates and not year_chat.logging(said.state) and names_target(said.message, said.state):
        return None  # «target 80, bobot 10» under suggestions, no logbook yet: for the one picked (_target_typed)
    if not (intent.entry.kind is year_chat.EntryKind.report and new_iki_in(said.message)):
        return said.plain._year_line(said.turn, intent)
    said.intent = classify(said.message)
    return None


def _figure_before_skp(said: Said) -> list[Reply] | None:
    """«IKI 1: 612 dari 680» with no IKI saved: not a draft to check."""
    if said.intent.route is not Route.iki:
        return None
    return year_realisasi.figure_before_skp(said.state, said.message, said.plain.clock()) or None


def _all_taken(said: Said) -> list[Reply] | None:
    """«yaudah yg 3 itu masukin semua»: every suggestion saved; «yg 3 itu … semua» under 4 suggestions: «semua» is all
    of them, and the miscount is said, not kept quiet."""
    state = said.state
    if not state.candidates or not (list_picks.takes_all(said.message) or approves_all(said.message)):
        return None
    if len(state.candidates) == 1:  # the one suggestion shown: picked, with a target typed before it
        return said.plain.use_candidate(state, "1")
    if alternatives_of_one(state):
        return _one_of_the_alternatives(state)
    shown, counted = len(state.candidates), list_picks.count_said(said.message)
    miscount = [Reply(f"Usulan di atas ada {shown}, bukan {counted}; semuanya saya simpan. Yang tidak perlu "
                      "bisa dibuang dengan /buang NOMOR.")] if counted is not None and counted != shown else []
    drafts = [IkiDraft(indikator=c.indikator, satuan=c.satuan or None) for c in state.candidates]
    state.candidates, state.candidate_target = [], ""
    return miscount + draft_save.save_many(state, drafts)


def _several_taken(said: Said) -> list[Reply] | None:
    """«ok ambil yg 1 sama 2», «pakai usulan 1 dan 3» under suggestions of different IKI (several tasks', an RHK's
    aspects): those saved, each with its RHK when it was proposed under one, their targets asked next. Under wordings
    of one IKI, which one is asked, as for «semua»."""
    state = said.state
    picked = picked_numbers(said.message, len(state.candidates)) if len(state.candidates) > 1 else None
    if picked is None:
        return None
    if alternatives_of_one(state):
        return _one_of_the_alternatives(state)
    chosen = [state.candidates[i] for i in picked]
    drafts = [IkiDraft(indikator=c.indikator, satuan=c.satuan or None,
                       rhk=state.candidate_rhk if c.indikator in state.candidate_rhk_for else None) for c in chosen]
    state.candidates, state.candidate_target = [], ""
    state.candidate_rhk, state.candidate_rhk_for = "", []
    return draft_save.save_many(state, drafts)


def alternatives_of_one(state: UserState) -> bool:
    """The suggestions shown are wordings of one IKI (/cek's, one list line's, one task's): a choice, never IKI to
    save side by side (the draft would count one result two or three times)."""
    return len({state.task_of.get(c.indikator) for c in state.candidates}) == 1


def _one_of_the_alternatives(state: UserState) -> list[Reply]:
    """«simpan semua» under the wordings of one IKI: which one, asked with their buttons; nothing saved yet."""
    shown = len(state.candidates)
    buttons = [Button(label, f"use:{i}") for i, label in enumerate(suggestion_labels(state), 1)]
    return [Reply(f"Usulan 1–{shown} di atas adalah pilihan rumusan untuk satu IKI yang sama, jadi yang masuk draf "
                  "cukup satu: bila semuanya disimpan, SKP menghitung hasil yang sama beberapa kali (duplikasi "
                  "tugas). Usulan mana yang dipakai? Tekan tombolnya atau tulis «Pakai usulan N»; targetnya "
                  "boleh ditulis sekalian, misalnya «Pakai usulan 1, target 90».", buttons)]


def _target_typed(said: Said) -> list[Reply] | None:
    """«98%» while «Simpan ke draf» waits (its yes, or its target); under the suggestions, a target for the one picked
    («maks 7 hari kerja, target 80»: the standard is said to be added once saved)."""
    state, message = said.state, said.message
    if draft_save.offered(state):
        if draft_save.takes_offer(state, message) or draft_save.said_yes(message) and not state.candidates:
            return draft_save.take_offer(state, message)
        by_quarter = _quarters_for_offer(said, question_sentences(message))
        if by_quarter is not None:
            return by_quarter
        return draft_save.offer_target(state, message) or None
    if state.candidates and names_target(message, state):
        bare = bare_number(message)
        if bare is not None and not suggestions_on_screen(state):
            return _which_suggestion_for(state, bare.text)
        return said.plain.target_for_suggestions(state, message)
    qualified = qualified_target(message) if state.candidates else None
    if qualified is None:
        return None
    number, standard = qualified
    note = Reply(f"Batas «{standard}» belum tertulis di kalimat usulan: tambahkan sesudah IKI-nya tersimpan "
                 "dengan /ubah NOMOR teks.")
    return [note] + said.plain.target_for_suggestions(state, number.text)


def _quarters_for_offer(said: Said, sentences: list[str]) -> list[Reply] | None:
    """«target kuartal ketiga 40% akhir tahun 70%. target itu boleh 100 gk?» while «Simpan ke draf» waits: the year's
    target and the quarters' values kept on the IKI, saved, and a question typed beside them answered (d20-dev08: the
    question answered, the targets lost). Called from _target_typed, so not a stage of its own."""
    state = said.state
    asked = [part for part in sentences if "?" in part]
    told = " ".join(part for part in sentences if "?" not in part)
    found = quarter_values(told)
    if found is None:
        return None
    current = state.fill.current
    draft_save.set_target(current, found.target)
    current.target_triwulan = found.trajectory()
    saved = draft_save.take_offer(state, "")
    note = Reply(f"Target tahunan {found.target.text}; target per triwulan dicatat: {quarters_shown(current)}.")
    question = " ".join(asked)
    if any(n.value == 100 for n in numbers_in(question)) and implied_satuan(current) == "%":
        answer = [Reply(absolute_warning())]  # «target itu boleh 100 gk?»: the guidance on a 100% target
    else:
        answer = _question(replace(said, message=question, intent=classify(question))) if asked else None
    return [note] + (answer or []) + saved


def _which_suggestion_for(state: UserState, value: str) -> list[Reply]:
    """«12» alone once other replies came after the suggestions (a question answered, an objection): no target for
    them, so asked about and kept for none (it became «Target 12%» for usulan 1, saved later with an IKI typed on:
    tester48 P3-1, P3-9). Right under them a number is the target of the one picked (day-one users type it so)."""
    buttons = [Button(label, f"use:{i}") for i, label in enumerate(suggestion_labels(state), 1)]
    return [Reply(f"Angka {value} itu untuk apa? Bila target, tulis bersama usulan yang dipakai, misalnya «Pakai "
                  f"usulan 1, target {value}»; belum ada yang saya simpan.", buttons)]


def _late_correction(said: Said) -> list[Reply] | None:
    """«eh salah, 90 aja» after the target question was let go: never an IKI to check."""
    if said.state.candidates:
        return None
    return draft_save.late_correction(said.state, said.message) or None


def _nothing_to_correct(said: Said) -> list[Reply] | None:
    """«eh salah, 20 aja» with no answer just given, «tetap simpan» with no weight refused: never an IKI to check."""
    nothing = nothing_open(said.message)
    if nothing and read_answer(said.message).jenis is not None:  # «eh salah, CL»: the IKI lacking a jenis first
        return missing_values.fills_missing(said.state, said.message) or [Reply(nothing)]
    return [Reply(nothing)] if nothing else None


def _missing_value_typed(said: Said) -> list[Reply] | None:
    """«Core TUSI», «20» typed with no question open while IKI of the draft lack a jenis or weight: which IKI, as
    buttons that set it, never «maksudnya apa?»."""
    return missing_values.fills_missing(said.state, said.message)


GREETINGS = frozenset({"greeting", "salam"})  # intent.yaml smalltalk kinds that greet


def _smalltalk(said: Said) -> list[Reply] | None:
    """Small talk: a reaction under a list leads to its next step; «hari ini capek bgt pasien penuh» from a logbook
    keeper is no entry, unless the user says it is."""
    intent, state = said.intent, said.state
    if intent.route is not Route.smalltalk:
        return None
    if intent.smalltalk == "reaction" and state.listed:
        return [list_summary.next_step(state.listed, smalltalk_reply(intent.smalltalk))]
    if intent.smalltalk == "feeling" and year_chat.logging(state):
        state.pending = said.message
        return [Reply(f"{smalltalk_reply(intent.smalltalk)} {FEELING_NOT_KEPT}",
                      [Button("Catat sebagai catatan harian", "route:catat")])]
    steps = YEAR_NEXT_STEPS if year_chat.logging(state) else NEXT_STEPS  # «ok makasih» after a day's entry
    state.greeted = intent.smalltalk in GREETINGS  # a self-introduction next is not greeted again
    return [Reply(f"{smalltalk_reply(intent.smalltalk)}\n\n{steps}")]


def _indicator_search(said: Said) -> list[Reply] | None:
    """A search for an indicator of the Renstra, as /ikk."""
    if said.intent.route is not Route.indicator:
        return None
    plain, message, state = said.plain, said.message, said.state
    return plain._limited(said.turn.user_id, "/ikk", lambda: plain._search(message, state))


def _mandatory_declined(said: Said) -> list[Reply] | None:
    """«no 26 IP ASN ga usah dimasukin ya»: kept out, said why it counts; never a question."""
    state = said.state
    if not declines_mandatory(said.message) or any(is_mandatory(iki) for iki in state.skp.iki):
        return None
    state.mandatory_offered = True
    return [Reply(MANDATORY_PUT_OFF)] + draft_save.offer_reminder(state)


def _findings_asked(said: Said) -> list[Reply] | None:
    """«kenapa IKI 2 ga boleh?» under the review: what the findings shown there mean."""
    if said.intent.route is not Route.question:
        return None
    return said.plain._findings_asked(said.turn, said.message) or None


def _step_help(said: Said) -> list[Reply] | None:
    """«trus gmn dong yg bener» under the suggestions: about them; «maksudnya gmn kak?» under the MPPH matrix."""
    intent, state = said.intent, said.state
    if intent.route is not Route.question:
        return None
    if state.candidates and step_help.asks_for_help(intent, state):
        return said.plain._step_help(said.turn, said.message)
    if step_help.key(state) == "mpph.done" and mpph_flow.asks_own_rows(said.message):
        # «yg ketua sendiri masuk mana?» under the matrix: the leader's own rows, the matrix's buttons kept
        return [Reply(mpph_flow.own_rows_said(state), mpph_flow.matrix_reminder(state).buttons)]
    if step_help.key(state) == "mpph.done" and step_help.asks_for_help(intent, state):
        # asked under the matrix: its buttons under the help every time, the «masih terbuka» line once (nudge)
        helped, nudge = said.plain._step_help(said.turn, said.message), mpph_flow.matrix_nudge(state)
        if nudge or not helped:
            return helped + nudge
        buttons = mpph_flow.matrix_reminder(state).buttons
        return helped[:-1] + [replace(helped[-1], buttons=helped[-1].buttons + buttons)]
    return None


def _read_asked_whether(said: Said) -> None:
    """«emang ga boleh pake jumlah laporan ya? …»: asked, not an IKI to check (tester13 #9: «✗ IKI tidak diawali kata
    ukuran» on the question); a draft opening with a measure word, or a telling of one's own work, is checked or
    drafted as such."""
    intent, message = said.intent, said.message
    if intent.route is Route.iki and list_picks.asks_whether(message) and measure_class(message) is None:
        said.intent = replace(intent, route=Route.question)


def _lost(said: Said) -> list[Reply] | None:
    """«ga tau iki sy apa, bingung», «sy cpns baru …, ga ngerti apa2 soal skp»: where to start (tester11 #4) («can you
    help me write my KPIs? …» in English: the English notice says more)."""
    route, message = said.intent.route, said.message
    if says_lost(message) and not own_terms(message) and not is_english(message) \
            and (route in (Route.question, Route.unclear) or route is Route.iki
                 and measure_class(message) is None and not says_own_work(message)):
        return [Reply(f"{smalltalk_reply('confused')}\n\n{NEXT_STEPS}")]
    return None


def _about_the_list(state: UserState, message: str) -> str:
    """«ada 20 ya, kebanyakan ga sih?» right after a pasted list asks about its IKI: a question naming no guidance term
    is read with «IKI» as its subject while a list is on screen (tester11 #15: it was «di luar pedoman»)."""
    return f"IKI: {message}" if state.listed and not terms_in(message) else message


def _reminders_asked(said: Said) -> list[Reply] | None:
    """«pengingat bisa dimatiin ga soalnya ganggu», «kalo libur nasional pengingatnya tetep bunyi?» from a logbook
    keeper: the reminders' settings and the buttons that change them, as /pengingat; never a guideline passage."""
    if said.intent.route is not Route.question or not year_chat.logging(said.state) \
            or not asks_about_reminders(kind_of(said.message, logging=True)):
        return None
    return year_pengingat.pengingat(said.state, "", said.plain.clock(), asked=said.message)


def _rhk_pasted(said: Said) -> list[Reply] | None:
    """«RHK: Layanan arsip dinamis terkelola sesuai ketentuan»: an RHK pasted with its label, taken as /rhk takes it
    (the IKI that measures it asked), never «maksudnya apa?»."""
    if rhk_pasted(said.message) is None:
        return None
    return rhk_flow.start(said.state, said.plain.assistant, said.message)


def _count_by_role(said: Said) -> list[Reply] | None:
    """«apa tetap max 10 iki?» from a Ketua Tim or a unit leader (told now or kept on the draft): the count for that
    role, never the members' answer as if it were theirs (count_by_role.py)."""
    answered = count_by_role.answer(said.state, said.message)
    return read_as(AS_QUESTION, answered) if answered else None


def _lines_merged(said: Said) -> list[Reply] | None:
    """«sy kirim 7 baris kak, kok jadi satu»: how to send the lines so each is checked (tester57 F8)."""
    return lines_merged.reply(said.message)


def _question(said: Said) -> list[Reply] | None:
    """A question about the guidance, answered as /tanya; «sy perawat, tugas sy merawat …. IKI itu apa ya kak?»: the
    question answered, then IKI for the work it names."""
    if said.intent.route is not Route.question:
        return None
    plain, state, message = said.plain, said.state, said.message
    work = work_before_meaning(message)
    drafted = work_suggestions(work) if work else []
    drafted_reply = from_work(state, work, drafted=drafted) if any(task.candidates for task in drafted) else []
    asked = mandatory_asked.query() if mandatory_asked.asks(message) else _about_the_list(state, message)
    return read_as(AS_QUESTION, plain._limited(said.turn.user_id, "/tanya", lambda: plain._ask(asked))) \
        + mandatory_offer(state, message) + drafted_reply + draft_save.offer_reminder(state)


ADD_WITHIN = 4  # «yaudah tambah satu: …»: the add word among the first words after the question


def _question_then_added(said: Said) -> list[Reply] | None:
    """«harus 5 ya? yaudah tambah satu: persentase alumni … 70%, TUSI» (d19-dev05: the question answered, the IKI
    lost): a question, then an IKI asked to be added after it. The question answered, then the rest read as a
    message of its own."""
    if said.intent.route is not Route.question or "\n" in said.message or not iki_after_question(said.message):
        return None
    asked, _, rest = said.message.partition("?")
    adding = frozenset(knowledge.data("conversation")["added_lead"]["words"])
    if not adding & set(tokens(rest)[:ADD_WITHIN]):
        return None
    plain, asked = said.plain, asked.strip() + "?"
    asked = asked if terms_in(asked) else f"IKI: {asked}"  # «harus 5 ya?» beside an IKI added: its subject is IKI
    answered = plain._limited(said.turn.user_id, "/tanya", lambda: plain._ask(asked))
    return answered + plain.on_text(said.turn, rest.strip())


def _english_question(said: Said) -> list[Reply] | None:
    """«why top down now? we always did bottom up»: the guidance answers it («can you help me?» it does not)."""
    plain, message = said.plain, said.message
    if said.intent.route is not Route.unclear or not is_english(message) or "?" not in message \
            or iki_after_question(message):
        return None
    answered = plain._limited(said.turn.user_id, "/tanya", lambda: plain._ask(message))
    return None if any(NOT_FOUND in reply.text for reply in answered) else read_as(AS_QUESTION, answered)


def _assistant_asked(said: Said) -> list[Reply] | None:
    """«bisa hapus iki ga yg no 3, salah input td», «mau matiin notif pengingat logbook»: how to do something with the
    assistant, read as no question, is answered with the command that does it (knowledge/commands.yaml), never drafted
    from as work."""
    command = asked_command(said.message)
    return [Reply(command)] if command else None


def _forwarded_before_logbook(said: Said) -> list[Reply] | None:
    """«[07.55, 14/1/2026] dr. Hendra: tolong IKI nya dikirim hr ini ya» before the logbook is kept: someone else's
    message pasted, never work to draft or keep as a catatan (tester59 F11); what to do with it said."""
    sent = said.turn.sent or said.message  # the stamp naming the sender is taken off the message itself
    if year_chat.logging(said.state) or "\n" in sent.strip() or not forwarded_from_other(logbook_line(sent)):
        return None
    ahead = "Bila pesan itu meminta IKI atau SKP Anda, tempel daftar pekerjaan atau IKI Anda (satu per baris), atau " \
        "ketik /prima untuk menyusunnya langkah demi langkah." if not said.state.skp.iki else \
        "Bila pesan itu meminta SKP Anda, lihat dengan /skp lalu kirim berkasnya dengan /ekspor."
    return [Reply("Itu pesan orang lain yang diteruskan, jadi tidak saya catat sebagai pekerjaan Anda dan tidak saya "
                  f"susun jadi IKI. {ahead}")]


def _done_work_before_skp(said: Said) -> list[Reply] | None:
    """«hari ini review 12 berkas …» before any SKP: a logbook line, or work to draft (kept until the user says)."""
    state, message = said.state, said.message
    if state.skp.iki or said.intent.route not in (Route.iki, Route.unclear) or not reports_done_work(message):
        return None
    state.pending = message
    return [Reply(f"«{message}» terdengar seperti pekerjaan yang sudah dilakukan. Mau dicatat sebagai catatan "
                  "harian, atau disusun jadi IKI?", [Button("Catat sebagai catatan harian", "route:catat"),
                                                    Button("Susun IKI dari pekerjaan ini", "route:susun")],
                  choice_only=True)]


def _building(state: UserState) -> bool:
    """With a draft begun (or suggestions on screen), work typed is the next IKI: kept in the user's words when no
    suggestion can be formed."""
    return bool(state.skp.iki or state.candidates)


def _work_told(said: Said) -> list[Reply] | None:
    """«terima sampel …, periksa TB …»: work, drafted from."""
    if said.intent.route in (Route.unclear, Route.iki) and is_work_description(said.message):
        return from_work(said.state, said.message, keep=_building(said.state))
    return None


def _more_work(said: Said) -> list[Reply] | None:
    """«sama yg input SILK, yg dilaporkan tepat waktu»: more work, drafted from."""
    work = new_work(said.message, "") if said.intent.route is Route.unclear else None
    return from_work(said.state, work, keep=_building(said.state)) if work else None


def _iki_to_check(said: Said) -> list[Reply] | None:
    """An IKI naming some work, checked: «2. Persentase …» sent alone, «tambah 1 lg: Persentase …»: its list number or
    lead-in is no part of it; «ok pake yg jumlah sertifikat …, target 600»: the IKI from its measure word, the talk
    before it off."""
    intent, message = said.intent, said.message
    if intent.route is Route.unclear and intent.work_object and _called_iki(message):
        # «ini IKI baru ya: pembuatan leaflet …»: the user says what follows is an IKI; checked, its rewrites offered
        # at once, never «maksudnya apa?» (tester55 F3)
        return read_as(AS_IKI, said.plain._check(said.state, clean(without_lead_in(message)), add=True))
    if intent.route is not Route.iki or not intent.work_object:
        return None
    typed = after_example(message) or new_iki_in(message) or without_lead_in(message)
    asked = asks_to_add(message, typed)  # (said.add: asked while a field of another IKI was open, which it keeps)
    checked = said.plain._check(said.state, clean(typed), intent if typed == message else None,
                                add=said.add or asked, add_untargeted=asked and not said.add)
    return read_as(AS_IKI, checked)


def _called_iki(message: str) -> bool:
    """A lead-in before a colon that names the words after it an IKI («IKI baru: …», «ini iki tambahan ya: …»)."""
    typed = without_lead_in(message)
    return typed != message and "iki" in tokens(message[: len(message) - len(typed)])


def _english_iki(said: Said) -> list[Reply] | None:
    """«Percentage of invoices paid on time, target 95%», «4. Percentage of …» (a list's number before it): one
    verdict, in Indonesian words when they exist."""
    message = said.message
    if is_english(message) and english_measure(tokens(clean(message).lower())):
        return said.plain._check(said.state, clean(message))
    return None


def _number_alone(said: Said) -> list[Reply] | None:
    """«20» with nothing open: what a number alone could be here and how to write it, never «belum bisa membaca»;
    a pick left unanswered yesterday («1» for «IKI mana?») is still that pick. Before the fallbacks, which take any
    text."""
    number = bare_number(said.message)
    if number is None:
        return None
    state = said.state
    if year_chat.logging(state) and state.year.entries and read_starred(said.message) is not None:
        fixed = year_logbook_fix.fix_last(state, as_correction(said.message), said.plain.clock())
        if fixed:  # «*4» right after «… verifikasi 5 berkas»: that entry's count put right (play41)
            return fixed
    if year_chat.logging(state):
        picked = year_logbook.late_pick(state, said.message, said.plain.clock()) \
            or year_logbook_fix.late_count(state, said.message, said.plain.clock().date())  # «Jumlahnya berapa?»
        if picked:
            return picked
    value = number.text
    stale = stale_place(state, said.message)
    if stale is not None:  # suggestions above, another reply after them: what «2» could mean, never pressed
        return [Reply(f"Angka {value} saja belum jelas: pesan terakhir saya tidak menanyakan nomor. Bila maksud Anda "
                      f"usulan {stale} di atas, tulis «Pakai usulan {stale}» atau tekan tombolnya; bila target, tulis "
                      f"IKI-nya bersama targetnya atau «/ubah N target {value}».")]
    if year_chat.logging(state):
        return [Reply(f"Angka {value} saja belum jelas untuk apa. Tulis lengkap, misalnya «/catat verifikasi {value} "
                      f"berkas» (pekerjaan), «IKI 1: {value}» (realisasi) atau «/ubah 1 target {value}».")]
    if state.skp.iki:
        weight = f" atau «/ubah N bobot {value}»" if number.unit in (None, "%") and 0 < number.value <= 100 else ""
        return [Reply(f"Angka {value} saja belum jelas untuk IKI mana. Tulis «/ubah N target {value}»{weight}; "
                      "N adalah nomor IKI di /skp.")]
    # (a small bare number reads as a count: «2» is no share any IKI would aim at)
    percent = number.unit == "%" or (number.unit is None and 10 <= number.value <= 100)
    example = f"Persentase usulan yang diproses tepat waktu {format_number(number.value)}%" if percent else \
        f"Jumlah {number.unit or 'dokumen'} yang diselesaikan sesuai standar {value}"
    # nothing open to take it (an old button's number typed after a restart): what the user can do, by who they are;
    # a leader with no draft of their own is pointed at the team first, never «belum ada IKI» alone (tester55 F18)
    said_why = f"Angka {value} saja belum bisa saya pakai: tidak ada pertanyaan atau pilihan yang sedang terbuka."
    if said.plain.leads(said.turn.user_id):
        return [Reply(f"{said_why} Sebagai atasan, lihat anggota tim dan SKP-nya dengan /tim. Untuk SKP Anda sendiri, "
                      f"tulis IKI-nya bersama targetnya, misalnya «{example}», atau mulai dengan /prima.")]
    return [Reply(f"{said_why} Draf SKP Anda belum berisi IKI; bila angka itu target, tulis IKI-nya bersama "
                  f"targetnya, misalnya «{example}», atau mulai dengan /prima.")]


def _not_understood(said: Said) -> list[Reply] | None:
    """An IKI shape with no known work in it («Persentase asdkjh»)."""
    if said.intent.route not in (Route.nonsense, Route.iki):
        return None
    return [Reply(NOT_UNDERSTOOD)] + draft_save.offer_reminder(said.state)  # an IKI waiting is still offered


def _work_by_its_verb(said: Said) -> list[Reply] | None:
    """Work being done, by its verb («periksa air minum depot isi ulang di wilayah Kec. …»): the rewriter reads work in
    it, its suggestions (a bare topic, «skrining bayi baru lahir», is asked about: search or draft?)."""
    message = said.message
    doing = said.intent.route is Route.unclear and kept_work.own_wording(message) is not None
    drafted = work_suggestions(message) if doing else []
    return from_work(said.state, message, drafted=drafted) if any(task.candidates for task in drafted) else None


def _asked_what_it_is(said: Said) -> list[Reply]:
    """Nothing else took it: kept until the user says what it is. In English («can you help me write my KPIs? I work in
    the lab …»): what to send instead. A logbook kept (an agreed SKP): «jaga malam» may be the day's work, so
    recording it is offered first."""
    state, message = said.state, said.message
    state.pending = message
    if is_english(message):
        return [Reply(DESCRIBE_IN_INDONESIAN, [Button("Periksa sebagai IKI", "route:cek"),
                                               Button("Tanya pedoman", "route:tanya")], choice_only=True)]
    logbook = [Button("Catat sebagai catatan harian", "route:catat")] if year_chat.logging(state) else []
    return [Reply(f"«{message}» itu maksudnya apa?", logbook + [Button("Periksa sebagai IKI", "route:cek"),
                                                                Button("Tanya pedoman", "route:tanya"),
                                                                Button("Cari indikator Renstra", "route:ikk")],
                  choice_only=True)] + draft_save.offer_reminder(state)  # (tester48 P2-3: the IKI waiting was lost)


# The order a plain message is read in: the first stage that answers wins. A new branch goes to the group it belongs
# to, before the stages whose reading would take its message.
STAGES: tuple[Stage, ...] = (
    # before lists: what is still on screen from a command
    _mpph_change, _team_changed, _shorter_asked, _held_whole,
    # lists and picks: questions about the last list or the draft, suggestions picked, the mandatory IKI after an IKI
    _new_list_pasted, _list_added_to, _list_verdict_asked, _suggestion_swapped, _pick_and_lines, _held_save_typed, _weights_by_number, _parts_told, _list_translated, _line_target_fixed, _lines_acted_on, _iki_reworded, _iki_dropped_named, _return_asked, _flag_asked, _field_asked, _draft_iki_asked, _which_to_keep, _left_out_asked, _line_asked, _rest_asked,
    _suggestions_declined, _suggestion_picked, _count_asked, _picked_with_none_shown, _pick_goes_on, _mandatory_after_iki,
    # the year's lines: a logbook keeper's message read as a line first
    _team_request, _version_asked, _week_caught_up, _read_as_logbook_line, _realisasi_answered, _logbook_line,
    # a reminder set before any logbook; lists and picks again, once no logbook line took the message: work told, a list
    # pasted, lines picked, IKI named
    _polite_opening, _team_named, _reminder_set, _objection, _forwarded_before_logbook, _own_work_told, _pasted_list, _iki_added, _insisted_as_typed, _kept_as_written,
    _own_iki_saved,
    _lines_picked, _which_saved, _iki_named,
    _mandatory_with_another, _mandatory_named, _entry_change,
    # commands typed as words, and requests
    _drafting_howto, _prima_resumed, _bare_command, _skp_command_typed, _records_asked, _own_count_asked, _rhk_asking_iki, _work_asking_iki, _own_cascade,
    _role_told,
    _request,
    _paste_announced,
    # the year's lines left: the message read whole (the logbook's reading kept), figures and lines for the year
    _read_whole, _read_iki_on_draft_skp, _progress_for_pick, _planned_work_added, _line_for_the_year, _figure_before_skp,
    # lists and picks: all suggestions taken, a target typed (under them or the offer), a late correction
    _all_taken, _several_taken, _target_typed, _late_correction, _nothing_to_correct, _missing_value_typed,
    # questions: small talk, a search, the mandatory IKI declined, findings and steps asked about, the guidance
    _lines_merged, _smalltalk, _indicator_search, _mandatory_declined, _findings_asked, _step_help, _read_asked_whether, _lost,
    _reminders_asked, _count_by_role, _question_then_added, _question, _english_question, _assistant_asked,
    # work to draft: an RHK pasted, done work before any SKP, work told, an IKI to check
    _rhk_pasted, _done_work_before_skp, _work_told, _more_work, _iki_to_check, _english_iki,
    # fallbacks: a number alone, an IKI shape with no work, work by its verb, and else the question what it is
    # (always answers)
    _number_alone, _not_understood, _work_by_its_verb, _asked_what_it_is,
)
