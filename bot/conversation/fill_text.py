"""Text typed while «Simpan ke draf» asks one of an IKI's fields: the answer (draft_save.py), or what else it is — a
question about the field or the guidance, another IKI, a pasted list, a line of the year, a command asked for in
words — answered, and the field asked again or left waiting."""

from typing import TYPE_CHECKING

from bot import knowledge
from bot.conversation import (
    draft_save,
    draft_weights,
    field_asked,
    iki_list,
    iki_parts,
    jenis_here,
    line_acts,
    line_questions,
    line_targets,
    lines_merged,
    list_drafts,
    list_picks,
    list_summary,
    list_translation,
    mpph_flow,
    named_rewording,
    named_targets,
    own_cascade,
    pasted_skp,
    quarters_told,
    role_told,
    skp_drop,
    step_help,
    team_change,
    year_chat,
    year_perubahan,
)
from bot.conversation.answers import (
    fields_in,
    is_correction,
    leading_clause,
    leads_with_value,
    leaves_choice,
    read_answer,
    restated_value,
    says_no_baseline,
    skips_field,
)
from bot.conversation.commands import Turn
from bot.conversation.iki_fields import CHOSEN_TARGET, NUMBER_FIELDS, is_yes
from bot.conversation.intent import (
    Route,
    classify,
    introduction_in_flow,
    request_in,
    smalltalk_reply,
    work_asking_iki,
    work_beside_request,
)
from bot.conversation.one_off import named_iki, with_weight
from bot.conversation.plain import (
    AS_QUESTION,
    asks_to_add,
    drafts_iki,
    from_work,
    insists,
    read_as,
    then_mandatory,
)
from bot.conversation.prima_step_m import (
    MANDATORY_PUT_OFF,
    declines_mandatory,
    mandatory_draft,
    mandatory_in,
    mandatory_offer,
    names_mandatory,
    split_mandatory,
)
from bot.conversation.replies import Button, Reply
from bot.conversation.starred import as_correction
from bot.conversation.targets_ahead import targets_ahead
from bot.conversation.typed_work import is_new_iki, new_iki_in, new_work, not_a_unit
from bot.lang.numbers import format_number
from bot.lang.text import phrase_set, tokens
from bot.lang.values import share_in
from bot.retrieval.codes import codes_in
from bot.rewrite.work import suggest as work_suggestions
from bot.rules.language import opens_with_english_measure

if TYPE_CHECKING:
    from bot.conversation.engine import Engine
    from bot.conversation.state import UserState

DONE_DAYS = ("today", "yesterday", "weekday")  # date words that place done work, read while a field is asked


def no_baseline_for_all(message: str) -> bool:
    """«belum ada data awal semua»: the data awal of none of the IKI being completed is known (the button's label
    typed with a word for all of them)."""
    return says_no_baseline(message) and draft_weights.names_all(message)


def none_asked(state: "UserState") -> list[Reply]:
    """No IKI of this save is asked its data awal any more (tester22b #21: one question per IKI); said, then on."""
    state.fill.no_baseline = state.no_baseline_all = True  # the IKI saved later too (tester59 F26)
    said = Reply("Baik, data awal IKI Anda tidak saya tanyakan lagi, juga untuk IKI yang disimpan nanti; isi dengan "
                 "/ubah N baseline bila sudah diukur.")
    return [said] + (draft_save.advance(state) if state.fill.field == "baseline" else draft_save.prompt(state))


def skipped(state: "UserState") -> list[Reply]:
    """The field asked let go, empty, and on to what the IKI still lacks (the next IKI when none)."""
    field = draft_save.FIELD_NAMES.get(state.fill.field, state.fill.field)
    number = f" {state.fill.index + 1}" if state.fill.index is not None else " N"
    said = Reply(f"Baik, {field} IKI ini saya lewati; isi nanti dengan /ubah{number}.")
    return [said] + draft_save.advance(state)


def on_text(engine: "Engine", turn: Turn, message: str) -> list[Reply]:
    """Text while «Simpan ke draf» asks a field: the answer; a question is answered and the field asked again;
    a new IKI leaves the saved one as it is and is read as what it is."""
    state = turn.state
    _meet(state.fill)
    return _on_text(engine, turn, as_correction(message))  # «*eh 85 ding»: the answer just given put right (F12)


def _meet(fill) -> None:
    """A message met the question open: counted, from 0 for the first message since that IKI's field was asked."""
    met = f"{fill.index}:{fill.field}"
    fill.waited, fill.met = (fill.waited + 1 if fill.met == met else 0), met


def share_asked(state: "UserState", message: str) -> list[Reply] | None:
    """«12 dr 15 item indikator, brp persen?» at a target question: the percentage worked out (values.share_in) and
    offered as this IKI's target by a button; the question stays open (d22-dev04)."""
    if state.fill.field != "target" or not phrase_set("conversation", "share_asks").find(tokens(message)):
        return None
    share = share_in(message)
    if share is None:
        return None
    value = format_number(share.value)
    return [Reply(f"{share.share_of} = {value}%. Pakai {value}% sebagai target IKI ini? Ketuk tombolnya, atau tulis "
                  "target lain.", [Button(f"Pakai {value}%", f"fill:share:{value}"), draft_save.CANCEL])]


def absolute_asked(state: "UserState", message: str) -> list[Reply] | None:
    """«kok gitu? 100 kan bagus» right after a note calling a 100% target absolute: a question about that note,
    answered with the rule's reason (rules.yaml ABSOLUTE why_noted, allowed_for); the field asked stays open and the
    note's IKI keep their 100% until the user lowers it (d22-dev07)."""
    noted, state.fill.absolute_noted = state.fill.absolute_noted, []
    words = tokens(message)
    if not noted or not (phrase_set("conversation", "asks_why").find(words)
                         or phrase_set("conversation", "note_questioned").find(words)):
        return None
    state.fill.absolute_noted = noted  # asked again: «yaudah no 3 95» may still follow
    rule = knowledge.data("rules/rules")["categories"]["ABSOLUTE"]
    first = noted[0]
    return [Reply(f"{rule['why_noted']}. {rule['allowed_for']} (PermenPANRB 8/2021). Bila IKI {first} memang termasuk "
                  f"itu (misalnya ditetapkan pimpinan), biarkan 100% dan sepakati alasannya di dialog kinerja; bila "
                  f"tidak, tulis misalnya «{first} = 95».")] + draft_save.prompt(state)


def _on_text(engine: "Engine", turn: Turn, message: str) -> list[Reply]:
    state = turn.state
    state.fill.reminded, state.fill.edit_spared = 0, False  # back at the question: named again after a command
    if state.mpph is not None and mpph_flow.turns_to_own_draft(message):  # «sekarang iki saya sendiri» under the
        return draft_save.let_go(state) + mpph_flow.own_draft_turn(state)  # own MPPH part's question: it moves on
    if mpph_flow.edits_matrix(state, message):  # «hapus 2» under the matrix shown above that question: the matrix's
        return draft_save.let_go(state) + mpph_flow.on_text(state, message)
    if state.mpph is not None and (moved := team_change.told(state, message, engine.clock().date())):
        return draft_save.let_go(state) + moved  # «bu lina pensiun» under it: the team's change, never that answer
    if restated_value(message):  # «bukan, 85 persen mksdnya» under «0,85%?»: its answer (with none asked back, the
        return draft_save.on_text(state, message)  # last answer put right), never a catatan harian (tester59 F3)
    why = absolute_asked(state, message)
    if why:
        return why
    share = share_asked(state, message)
    if share:
        return share
    if no_baseline_for_all(message):
        return none_asked(state)
    if skips_field(message):  # «skip aja bagian ini»: the question's none button («Belum ada data awal»), or where
        # no such button is, this field let go (never «Bobot harus angka», d10-rad01; never work to draft, tester53
        # P3-4); not knowing the target is answered as such
        pressed = draft_save.FIELDS.skip(state)
        if pressed is not None or not read_answer(message).unsure:
            return pressed if pressed is not None else skipped(state)
    if state.fill.field == "target" and leaves_choice(message):  # «kamu aja yg tentuin targetnya»: never work to draft
        return [Reply(CHOSEN_TARGET)] + draft_save.prompt(state)  # from; the target asked stays open (d16-xxx03)
    quarters = quarters_told.told(state, message, state.fill.index)
    if quarters:  # «ok TW II 60 TW III 100 utk yg nomor 2»: that IKI's trajectory, never a data awal of 60%
        return [Reply(quarters)] + draft_save.prompt(state)
    parts = iki_parts.read(state, message, asked=state.fill.index)
    if parts:  # «NO 1 TARGET 90 PERSEN, CORE TUSI, BOBOT 20. NO 2 85 PERSEN TUSI 15»: each IKI named, its fields
        return [Reply(iki_parts.applied(state, parts))] + draft_save.FIELDS.advance(state, after="")
    # «IP ASN? ga usah. sy ga percaya IP ASN ngaruh»: put off as a whole, its last sentence adds nothing
    # («CL yg regional 50. sisanya tusi 15 15 10, ip asn 10»: the draft's jenis and weights, the mandatory IKI's among
    # them, read whole below; never «CL yg regional 50» as this field's answer and the rest as the mandatory IKI's)
    whole = declines_mandatory(message) or draft_weights.weights_in_order(message)
    head, mandatory = (message, "") if whole else split_mandatory(message)
    if mandatory and line_acts.names_mandatory(line_acts.acts_on_list(state, message) or []):
        return _on_the_list(engine, turn, message)  # «yg no 12 itu bukan kerjaan sy. ganti IP ASN aja»: line 12's place
    if mandatory:  # «Persentase …, 90%, TUSI. IP ASN 85»: the IKI, then the mandatory one
        return then_mandatory(state, _on_text(engine, turn, head), mandatory)
    if declines_mandatory(message):  # «no 26 IP ASN ga usah dimasukin»: said why it counts, never added (nor
        state.mandatory_offered = True  # answered as a question about list line 26); «yaudh masukin 80» adds it
        return [Reply(MANDATORY_PUT_OFF)] + draft_save.prompt(state)
    if iki_list.may_be_list(message):  # a pasted list is read as one, not as this field's value
        pasted = iki_list.read_list(message, listed_first=turn.first_listed)
        if pasted:
            note = draft_save.release(state)
            shown = engine.plain.show_list(state, pasted, one_line="\n" not in message)
            added = engine.plain._save_what_passes(state) if iki_list.asks_added(message) else []  # «tambah: …»
            return ([Reply(note)] if note else []) + shown + added
    translated = list_translation.translate_list(state, message)
    if translated:  # «translate all to bahasa pls» while a field is asked: the list's English lines, then the field
        return translated + draft_save.prompt(state)
    if line_acts.acts_on_list(state, message):  # «no 2 sama 5 gmn», «no 7 ganti …»: the list's lines, each acted on
        return _on_the_list(engine, turn, message)
    if list_summary.waiting_named(state, message):  # «yg hoaks targetnya 90 eh 92 deh» at another IKI's data awal
        return _on_the_list(engine, turn, message)  # (d19-dev06: 90 its data awal): that waiting line saved with 92
    asked = named_rewording.asked_reworded(state, message)
    if asked:  # «ya udh ganti Persentase …» right after a question about an IKI of the draft: its new words
        return named_rewording.applied(state, asked) + (draft_save.prompt(state) if state.fill and not state.edit else [])
    reworded = named_rewording.read(state, message) if state.skp.iki else None
    if reworded:  # «pasien jatuh ganti jadi: Persentase …, target 95»: that IKI's new words, then the rest as typed
        changed, rest = named_rewording.applied(state, reworded[0]), reworded[1]
        return changed + (_on_text(engine, turn, rest) if rest and state.fill else draft_save.prompt(state))
    gone = named_rewording.dropped(state, message) if state.skp.iki else None
    if gone and gone[0] != state.fill.index:  # «yang diklat itu hapus aja deh, ganti IP ASN»: that IKI out, the rest
        out = skp_drop.drop(state, gone[0])  # read as typed (the mandatory IKI added)
        return out + (_on_text(engine, turn, gone[1]) if gone[1] and state.fill else draft_save.prompt(state))
    # (at the target question, two or more pairs: «target no1 90, no2 95» was the asked IKI's 1%, d12-epi01)
    numbered = draft_save.targets_by_number(state, message, several=state.fill.field == "target")
    if numbered:  # «no 2 jadi 90», «eh salah, yg nomor 3 20 aja» at a data awal question: that IKI's target, never
        # «2%» as the data awal asked (the question asked again); the target asked, given among them: on to the next
        filled = state.fill.field == "target" and (asked := draft_save.asked_iki(state)) and asked.target is not None
        return [Reply(numbered)] + (draft_save.advance(state) if filled else draft_save.prompt(state))
    # (the jenis and weight questions read a jenis for all themselves)
    before = len(state.skp.iki)
    many = draft_weights.typed_for_many(state, message) or draft_weights.evenly(state, message) \
        if state.fill.field not in ("jenis", "bobot") or draft_weights.names_all(message) \
        or draft_weights.names_several_jenis(message) or draft_weights.weights_in_order(message) \
        or draft_weights.gives_rest(message) else draft_weights.evenly(state, message)
    # («bagi rata aja» at the weight question, or at another field (d4-humas01: «Target harus berupa angka»): every
    # IKI's weight)
    if many:  # «tusi semua 15 kecuali yg jpl MI 10» while a data awal is asked: the draft's jenis and weights
        # (the question asked is answered too: on to the next; one the message left empty is asked again)
        asked = state.skp.iki[state.fill.index] if state.fill.index is not None \
            and state.fill.index < len(state.skp.iki) else None
        answered = state.fill.field in ("jenis", "bobot") and (asked is None or getattr(asked, state.fill.field) is not None)
        return [Reply(many)] + draft_save.ask_added(state, before) \
            + (draft_save.advance(state) if answered else draft_save.prompt(state))
    told = role_told.told(state, message)
    if told:  # «saya anggota tim, tidak ada cascade langsung» while a field is asked: kept, then the field again
        return [Reply(told)] + draft_save.prompt(state)
    merged = lines_merged.reply(message) if "\n" not in message else None
    if merged:  # «sy kirim 7 baris, kok jadi satu» at «Data awal …?»: how to send them, then the field again
        return merged + draft_save.prompt(state)
    introduced = introduction_in_flow(message) if "\n" not in message else None
    if introduced:  # «mau nambah IKI baru» at «Data awal …?»: how, then the field again (tester17 #1)
        return [Reply(introduced)] + draft_save.prompt(state)
    weight = draft_save.FIELDS.weight_asked(state, message)
    if weight:  # «bobotnya brp?» at the data awal question: this IKI's weight asked now, with its suggestion
        return weight
    about_field = field_asked.answer(state.skp, message)
    if about_field:  # «yg ruptur perineum itu aspeknya kok kuantitas?»: that IKI's aspek, then the field again
        return about_field + draft_save.prompt(state)
    line = line_questions.asks_about_line(message, state.listed)
    drafted = line_questions.draft_iki_asked(message, state.skp.iki) if not line else None
    if drafted:  # «IKI yg 2 itu … bagusnya gmn?» while a field is asked: that IKI checked, then the field again
        state.draft_asked = drafted - 1
        state.detail_line = 0  # «ya udh ganti …» next rewords this IKI, never a list line looked at before
        return [line_questions.draft_iki_detail(state.skp.iki, drafted)] + draft_save.prompt(state)
    left_out = pasted_skp.activities_asked(state, message, line)
    if left_out:  # «yg sterilisasi, piket dll gmn? ga masuk?»: where activities go, then the field again
        return engine.plain.left_out_answer(turn, *left_out) + draft_save.prompt(state)
    if line:  # «no 1 gmn bagusnya?» while a field is asked: that list line's details, as «Rincian 1»
        return engine.checking.list_detail(state, line)
    rest = line_questions.about_the_rest(message, state.listed, {i.indikator for i in state.skp.iki})
    if rest:  # «yg lain2 itu kegiatan semua kan?» while a field is asked: the lines not taken, then the question
        return [Reply(rest)] + draft_save.prompt(state)
    if draft_save.unsaves(state, message):  # «oke ga jadi, buang»: the IKI just saved leaves the draft
        return draft_save.unsave(state)
    if draft_save.typed_save(message):  # «simpan ke draf» typed: it is saved already, the field is asked again;
        # a bare «Simpan» (no «ke draf», the button of the IKI just saved) with passing list lines not in the draft:
        # those are what it means, saved as the list's «Simpan N IKI lolos» (d22-dev01: left out)
        waiting = list_drafts.waiting_lines(state.listed, state.skp.iki) if len(tokens(message)) == 1 else []
        if waiting:
            return draft_save.save_many(state, [draft for _, draft in waiting], [line for line, _ in waiting])
        return draft_save.on_button(state, "save", "")
    request = request_in(message)
    if request and request.command and "\n" not in message:  # «sy mau kirim skp ke atasan»: the command it asks for, never this field's
        return engine.command(turn, f"/{request.command} {request.text}".strip())  # value; the field waits
    if state.fill.lines:  # «7 itu 95%, 12 itu 80%»: targets for the list lines just saved
        named = line_targets.targets_named(message, [int(line) for line in state.fill.lines],
                                           {i + 1: item.text for i, item in enumerate(state.listed)})
        if named:  # «7 itu 95%, 12 itu 80%, IP ASN 85»: the lines' targets, and the mandatory IKI's
            mandatory = mandatory_in(message)
            known = draft_save.mandatory_target(state, mandatory) if mandatory and mandatory.target else None
            return ([known] if known else []) + draft_save.set_targets(state, named)
    by_name = named_targets.named(state, message, state.fill.field) if "?" not in message else named_targets.Named()
    if not by_name and is_correction(message):  # «eh salah, yg sisa makanan 85»: that IKI's target, not this field's
        by_name = named_targets.corrected(state, message)
        unknown = "" if by_name else named_targets.names_none(state, message, correcting=True)
        if unknown:  # «eh salah, engagement 4 aja» with no IKI of engagement: never this field's value
            return [Reply(f"Belum ada IKI tentang «{unknown}» di draf, jadi nilai itu tidak saya pasang pada IKI "
                          "ini. Bila itu hasil kerja Anda, tulis IKI-nya (ukuran + hasil kerja + syaratnya) beserta "
                          "targetnya.")] + draft_save.prompt(state)
    if not by_name:  # «yg 100 ganti 95 deh»: the IKI whose target is 100, never this field's value
        by_name = named_targets.by_old_value(state, message)
    one = named_targets.one_named(state, message, state.fill.index) if not by_name and "?" not in message else None
    if one:  # «yang air bersih 100 dong, itu menyangkut nyawa orang»: that IKI's target, the reason said back
        reason = f"\nAlasannya («{one[1]}») sampaikan juga di dialog kinerja." if one[1] else ""
        return [Reply(named_targets.applied(state, one[0]) + reason + "\nKembali ke IKI ini:")] + draft_save.prompt(state)
    if not by_name:  # «resus seratus persen»: another IKI named, still without a target
        by_name = named_targets.other_named(state, message, state.fill.index)
    if by_name:  # «target revisi 95, RKA 80, rapat 75»: each IKI named by its words, whatever field is asked
        return [Reply(named_targets.applied(state, by_name))] + draft_save.FIELDS.advance(state, after="")
    in_order = draft_save.targets_in_order(state, message)  # «95 90 85»: the IKI just saved, in order
    if in_order:  # (after the lines named: «2 targetnya 90» is line 2's target, not 2% and 90 in order)
        return in_order
    others = draft_save.targets_for_draft(state, message) if state.fill.field != "target" else ""
    if others:  # «sisanya target: 85%, 1 modul, 70%, 82» while another field is asked: the draft's IKI without one
        return [Reply(others + "\nKembali ke IKI ini:")] + draft_save.prompt(state)
    ahead = targets_ahead(state, message, state.fill.field, state.fill.queue, state.fill.index) \
        if "?" not in message else ""
    if ahead:  # «80, 4 kajian, 75, 85» at the data awal question: the waiting IKI's targets, never one data awal
        return [Reply(ahead + "\nKembali ke IKI ini:")] + draft_save.prompt(state)
    if list_picks.picked(message, state.listed) or list_picks.instructions(message, state.listed) \
            or insists(state, message):  # «sy bilang masukin apa adanya» too
        return _on_the_list(engine, turn, message)
    named = named_iki(message) if state.fill.index is not None else None
    if named:  # «beyond: 1 dashboard …, TW III» meanwhile: saved, asked next
        before, draft = named
        draft = with_weight(before, draft, message)  # «…, 1 program, 20%»: its weight kept, as outside the field
        mandatory = mandatory_in(before)
        known = draft_save.mandatory_target(state, mandatory) if mandatory else None
        if mandatory and not known:
            draft_save.add_later(state, mandatory)
        return ([known] if known else []) + draft_save.add_later(state, draft)
    if names_mandatory(message) and state.fill.index is not None:  # "IP ASN 85" meanwhile: saved, asked next
        return draft_weights.beside_mandatory(state, message, draft_save.add_mandatory(state, mandatory_draft(message)[0]))
    if state.fill.proposed and is_yes(message):
        return draft_save.on_text(state, message)
    if is_correction(message):  # «eh salah, 90% maksudnya»: the last answer replaced, not a question
        return draft_save.on_text(state, message)
    if codes_in(message):  # «IKK 33.4 itu apa isinya?» at the data awal question: the catalog row, never 33,4%
        return engine.plain.on_text(turn, message) + draft_save.prompt(state)
    if state.fill.field in NUMBER_FIELDS and leads_with_value(message) and not new_iki_in(message):
        # «iya 100, ini duit negara»; «oh kurang 1. Persentase …, 90%» is the next IKI, not the number asked;
        # «85. tp … bisa 3x lipat, targetnya gmn»: the value is the first clause's, never «3x» after it
        answer = read_answer(message)  # («80, baseline thn lalu 72», «90, jenis TUSI, bobot 30»: all of it read)
        return draft_save.on_text(state, message if answer.named or answer.jenis else leading_clause(message))
    drafting = drafts_iki(state, message)  # an IKI sentence is a new IKI while the SKP is a draft
    logging = year_chat.logging(state) and not drafting
    intent = classify(message, True if logging else None)
    if intent.route is not Route.year and state.skp.iki and not drafting:  # before the SKP is agreed, only the
        dated = classify(message, False)  # unmistakable: «hari ini review 12 berkas KP», «capaian saya?»
        entry = dated.entry if dated.route is Route.year else None
        kind = entry.kind if entry else None
        # «hari ini», «kemarin», «senin»; a date («paling lambat tgl 5») is a deadline as often as a day's work
        if kind is year_chat.EntryKind.records or (kind is year_chat.EntryKind.report and entry.when.kind in DONE_DAYS):
            intent = dated
    intent = intent if intent.route is Route.year else year_chat.stages_typed(state, message) or intent
    if intent.route is Route.year:  # a logbook line, a figure, a reminder: the fields wait, nothing is lost
        note = draft_save.release(state)
        return ([Reply(note)] if note else []) + year_chat.on_line(state, intent, engine.clock())
    if year_chat.logging(state) and year_perubahan.added_iki(message):  # «tambah IKI baru: …» meanwhile
        note = draft_save.release(state)
        return ([Reply(note)] if note else []) + engine.plain.on_text(turn, message)
    if intent.smalltalk == "ack":  # «ok» to the suggested weight or jenis takes it
        taken = draft_save.FIELDS.accept(state)
        if taken is not None:
            return taken
    if intent.route is Route.smalltalk:
        return [Reply(smalltalk_reply(intent.smalltalk))] + draft_save.prompt(state)
    if intent.route is Route.question and draft_save.asks_why(state, message):  # «kenapa ga boleh sih?»: the
        explained = engine.team.findings_asked(turn, f"IKI {state.fill.index + 1}")  # findings of the IKI asked about
        if explained:
            return explained + draft_save.prompt(state)
    asked_for = work_asking_iki(message) if intent.route is Route.question else None
    drafted = work_suggestions(asked_for) if asked_for else []
    if any(task.candidates for task in drafted):  # «apa lagi ya kak, sy jg ikut cross check slide malaria …»
        return from_work(state, asked_for, drafted=drafted)  # asks for IKI for that work: its suggestions
    here = jenis_here.answer(state, message)
    if here:  # «yg ini CL atau TUSI sih?»: this IKI's jenis, never the definition alone (tester58 F19)
        return here + draft_save.prompt(state)
    cascade = own_cascade.own_cascade_asked(state, message)
    if cascade:  # «saya ada cascade langsung …, jadi CL dong?» at the data-awal question: as with no question open
        return cascade + draft_save.prompt(state)  # (d6-analis01: a passage without the CL/TUSI/MI weights)
    if step_help.asks_for_help(intent, state):  # «biasanya brp? tahun lalu realisasinya 2800an»: the field's
        kept = draft_save.FIELDS.named_aside(state, message)  # help, and the data awal said with it kept
        offer = mandatory_offer(state, message)
        return engine.help_in_step(turn, message) + kept + offer + _unless_target_asked(state)
    if intent.route is Route.question:
        answer = engine.limited(turn.user_id, "/tanya", lambda: engine.ask(message))
        offer = mandatory_offer(state, message)
        return read_as(AS_QUESTION, answer) + offer + _unless_target_asked(state)
    if opens_with_english_measure(message):  # «Percentage of invoices paid on time, 90%»: an IKI in English,
        note = draft_save.release(state)  # checked and put in Indonesian, never its 90% the value asked
        typed = fields_in(message)
        target = typed.target.text if typed.target is not None else None
        return ([Reply(note)] if note else []) + engine.check(state, typed.indikator or message, target=target)
    if (state.fill.field != "satuan" and (is_new_iki(message, intent) or new_iki_in(message))) \
            or (state.fill.field == "satuan" and not_a_unit(message, intent)):  # work is never a unit
        replaced = draft_save.unsave(state) if draft_save.replaced_by(state, message) else []  # «eh salah, …»
        typed = new_iki_in(message) or message  # «tmbh iki bru: …»: the IKI, its lead-in asking to add it
        added = draft_save.add_asked(state, typed) if not replaced and asks_to_add(message, typed) else None
        if added:  # «tambah persentase …» with no target: saved, completed after this one, this question kept
            return added
        note = draft_save.release(state)
        return replaced + ([Reply(note)] if note else []) \
            + engine.plain.on_text(turn, typed, add=asks_to_add(message, typed))
    work = new_work(message, state.fill.field)
    if work:  # «sy jg PIC akreditasi ISO 17025, surveilans KAN bulan Oktober»: other work, drafted from now
        return from_work(state, work, keep=True, whole=message)
    if request and request.name == "draft" and not request.command:  # «bikinin iki buat sy dong» meanwhile:
        beside = work_beside_request(message)  # the work it names drafted from, or how to ask; then the field
        return from_work(state, beside, whole=message) if beside \
            else [Reply(request.reply)] + draft_save.prompt(state)
    return draft_save.on_text(state, message)


def _unless_target_asked(state: "UserState") -> list[Reply]:
    """The open field asked again, unless the mandatory IKI's target was just asked alone (its answer comes first)."""
    return [] if state.mandatory_target_asked else draft_save.prompt(state)


def _on_the_list(engine: "Engine", turn: Turn, message: str) -> list[Reply]:
    """Lines of the list acted on or saved while a field is asked: the IKI asked is let go, and where it stands is said
    once the lines are in (the list's order may have moved it; a line of the same list is asked again in its turn)."""
    left = draft_save.asked_iki(turn.state)
    draft_save.release(turn.state)
    replies = engine.plain.on_text(turn, message)
    note = draft_save.left_note(turn.state, left)
    return ([Reply(note)] if note else []) + replies
