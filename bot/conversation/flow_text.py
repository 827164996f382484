"""Text typed while /mpph, /ubah or /rhk asks: a question or a request answered beside the step (the step asked
again), what plainly is something else taking the user out of it, and the rest the step's own answer."""

from typing import TYPE_CHECKING

from bot.conversation import (
    draft_save,
    draft_weights,
    field_asked,
    field_edit,
    iki_list,
    mpph_flow,
    rhk_flow,
    shorten,
    step_help,
    year_perubahan,
)
from bot.conversation.answers import typed_target, without_lead_in
from bot.conversation.commands import Turn
from bot.conversation.intent import Route, classify, request_in
from bot.conversation.mpph_reading import own_iki_after, own_iki_lines, typed_with_target
from bot.conversation.one_off import named_iki, with_weight
from bot.conversation.plain import AS_QUESTION, read_as, save_named
from bot.conversation.prima_step_m import mandatory_draft, names_mandatory
from bot.conversation.replies import Reply
from bot.conversation.starred import read_starred
from bot.conversation.typed_work import is_new_iki, new_iki_in, reads_as_iki

if TYPE_CHECKING:
    from bot.conversation.engine import Engine


def mpph_text(engine: "Engine", turn: Turn, message: str) -> list[Reply]:
    """Text while the MPPH asks: a question typed between role lines is answered, not recorded as a role."""
    state = turn.state
    step = state.mpph.step
    if step in ("reason", "since"):  # a role changed after the SKP was agreed: its reason or day, nothing else
        return mpph_flow.on_text(state, message)
    if mpph_flow.turns_to_own_draft(message):  # «sekarang iki saya sendiri»: never the step's answer nor a question
        return mpph_flow.own_draft_turn(state)
    own = own_iki_after(message)
    if own:  # «IKI sy sendiri: persentase …, IP ASN»: the leader's own IKI, read as typed outside the MPPH (kept)
        aside = mpph_flow.set_aside(state).strip()
        return ([Reply(f"MPPH saya simpan dulu. {aside}")] if aside else []) + engine.plain.on_text(turn, own)
    if step == "roles" and read_starred(message) is not None:  # «*20 ya»: the value just typed put right, no question
        return mpph_flow.on_text(state, message)
    searched = engine.search_in_step(turn, message) if step in ("indicator", "target", "method", "roles") \
        and not (step == "indicator" and typed_with_target(message)) else []
    if searched:  # «IKK apa yg cocok utk tim kualitas air minum?»: the catalog searched, the step asked again
        return searched + ([mpph_flow.roles_reminder(state)] if step == "roles" else mpph_flow.prompt(state))
    answers = step == "target" and typed_target(message) is not None  # «15 dokumen ya»: the target, not a question
    named = step == "method" and mpph_flow.method_in(message) is not None  # «wilayah aja ya?» picks one
    if step in ("indicator", "target", "method") and "\n" not in message and not answers and not named \
            and step_help.asks_for_help(classify(message), state):
        return engine.help_in_step(turn, message) + mpph_flow.prompt(state)  # «maksudnya gmn kak?»
    if step in ("method", "roles") and not named and "\n" not in message and names_mandatory(message):
        # «IP ASN 85»: the leader's own mandatory IKI, the step still asked (at the roles step too, once a role line
        # named the method: it was taken as the end of the roles and dropped)
        draft, weight = mandatory_draft(message)  # «ip asn tambahin, 85, MI 10»: its weight kept too
        draft.bobot = weight.value if weight is not None else draft.bobot
        return [draft_save.keep_beside(state, draft)] + \
            ([mpph_flow.roles_reminder(state)] if step == "roles" else mpph_flow.prompt(state))
    if step == "method" and not named and "\n" not in message:
        if classify(message).route is Route.question or message.rstrip().endswith("?"):  # «yg papua gmn?»
            answer = engine.limited(turn.user_id, "/tanya", lambda: engine.ask(message))
            return read_as(AS_QUESTION, answer) + mpph_flow.prompt(state)
        named = named_iki(message) if ";" not in message else None
        if named:  # «Beyond: Jumlah inisiatif …, 1 program, 20%»: the leader's own IKI, never a role nor the method
            return [draft_save.keep_beside(state, with_weight(*named, message))] + mpph_flow.prompt(state)
    weights = draft_weights.by_number(state, message) or draft_save.targets_for_draft(state, message) \
        or draft_save.targets_by_number(state, message) \
        if "\n" not in message else ""
    if weights:  # «jenis: 1 CL, 2 CL, 3 TUSI. bobot 15 15 20»: the leader's own draft, never a member's role
        return [Reply(weights)] + ([mpph_flow.roles_reminder(state)] if step == "roles" else mpph_flow.prompt(state))
    if step in ("target", "method") and "\n" in message.strip() and ";" not in message \
            and iki_list.read_list(message) is not None:
        # «punya saya:\n1. Persentase …\n5. Nilai IP ASN 82» while the split is asked: the leader's own list, never
        # the method (d7-kepala-ruangan01); the indicator waits at its step for /mpph, the list read as pasted
        aside = mpph_flow.set_aside(state).strip()
        return ([Reply(f"MPPH saya simpan dulu. {aside}")] if aside else []) + engine.plain.on_text(turn, message)
    if step in ("scope", "holder") and "\n" in message.strip() and iki_list.read_list(message) is not None:
        # «tambahan iki saya:\n- Persentase …\n- Jumlah …» under the scope question: the leader's own list, never
        # who holds the rest (d8-katim01: its «tim» named the holder); the matrix kept, the list read as pasted
        return mpph_flow.leave_for_own_iki(state) + engine.plain.on_text(turn, message)
    if step in ("roles", "holder", "edit") and "\n" not in message and mpph_flow.asks_own_rows(message):
        # «kalau saya ketua ikinya yg mana kak?» while a role is written or changed: where the leader's own rows are,
        # the step kept (mpph39: under «Ubah peran 1» it became role 1's part)
        again = [mpph_flow.roles_reminder(state)] if step == "roles" else mpph_flow.prompt(state)
        return [Reply(mpph_flow.own_rows_said(state))] + again
    if step == "edit" and "\n" not in message and ";" not in message and read_starred(message) is None \
            and (message.rstrip().endswith("?") or classify(message).route is Route.question):
        # «itu targetnya ikut pimpinan ga?» under «Ubah peran N»: answered, the role as it was, the question again
        answer = engine.limited(turn.user_id, "/tanya", lambda: engine.ask(message))
        return read_as(AS_QUESTION, answer) + mpph_flow.prompt(state)
    holds = step == "roles" and mpph_flow.holds_part(state, message)  # «sy sendiri pegang bagian …»: a role
    if step in ("roles", "scope", "holder") and "\n" not in message and not holds \
            and not mpph_flow.answers_scope(state, message):
        intent = classify(message)
        # (the scope question explains itself when asked why: mpph_flow reads that)
        if step == "roles" and step_help.asks_for_help(intent, state):  # «maksudnya?», «contohnya?»
            return engine.help_in_step(turn, message) + [mpph_flow.roles_reminder(state)]
        if step != "scope" and (intent.route is Route.question or message.rstrip().endswith("?")):
            answer = engine.limited(turn.user_id, "/tanya", lambda: engine.ask(message))
            again = [mpph_flow.roles_reminder(state)] if step == "roles" else mpph_flow.prompt(state)
            return read_as(AS_QUESTION, answer) + again
        named = named_iki(message) if step in ("scope", "roles") and ";" not in message else None
        if named:  # "satu lagi CL: Persentase …, target 70%": their own IKI with its jenis, never a role line
            return mpph_flow.leave_for_own_iki(state) + save_named(state, *named, engine.plain._check)
        typed = without_lead_in(message)  # "satu lagi: Persentase …": an IKI of their own, never a role line
        own = (is_new_iki(typed) or new_iki_in(typed)) if step == "scope" else step == "roles" \
            and ";" not in typed and (reads_as_iki(typed) or new_iki_in(typed) or names_mandatory(typed))
        if own:  # «Persentase … , 90%», «IP ASN 85»: the leader's own IKI
            return mpph_flow.leave_for_own_iki(state) + engine.plain.on_text(turn, new_iki_in(typed) or typed)
    if step == "edit" and own_iki_lines(message):
        # «Persentase …; 90%» lines while «Ubah peran N» waits: the leader's own IKI, never that role's new line
        # (tester55 F14: swallowed with «belum terbaca. Tulis: Nama; bagian; target»); the role is left as it was
        return [Reply(f"Peran {state.mpph.editing} tidak diubah; pesan ini saya baca sebagai IKI Anda sendiri.")] \
            + mpph_flow.leave_for_own_iki(state) + engine.plain.on_text(turn, message)
    return mpph_flow.on_text(state, message)



def edit_text(engine: "Engine", turn: Turn, message: str) -> list[Reply]:
    """The value /ubah asked for, or a question about it: answered, then the field is asked again."""
    if turn.state.edit.field == "indikator" and shorten.asks_shorter(message):  # «singkatin» for the new text
        return shorten.propose(turn.state, turn.state.edit.index)
    about_field = field_asked.answer(turn.state.skp, message)
    if about_field:  # «bobotnya brp ya? td udh 100 semua»: the weights of their SKP, then the field again
        return about_field + field_edit.prompt(turn.state)
    if step_help.asks_for_help(classify(message), turn.state):
        return engine.help_in_step(turn, message) + field_edit.prompt(turn.state)
    if field_edit.lets_go(turn.state, message):  # «tambah iki wajib ip asn» at /ubah's weight: that, the field left
        return field_edit.let_go(turn.state) + engine.plain.on_text(turn, message)
    before = [iki.indikator for iki in turn.state.skp.iki]
    return field_edit.on_text(turn.state, message) + engine.team.after_edit(turn) \
        + year_perubahan.after_change(turn.state, before, engine.clock())


def rhk_text(engine: "Engine", turn: Turn, message: str) -> list[Reply]:
    """Text while /rhk asks: a request («mau bagi iki ke 5 anggota tim») or a question is taken as it is outside
    the step, and a message that is plainly something else sets the step aside, its RHK kept for /rhk."""
    state = turn.state
    if "\n" not in message:
        request = request_in(message)
        if request and request.command:  # the request's command opens over the RHK, which waits below it
            return engine.command(turn, f"/{request.command} {request.text}".strip())
        intent = classify(message)
        if step_help.asks_for_help(intent, state):  # «maksudnya gmn kak?»
            return engine.help_in_step(turn, message) + rhk_flow.prompt(state)
        if rhk_flow.leaves(state, message, intent):  # «selesai», «Core CL»: never checked as the IKI
            return rhk_flow.leave(state) + engine.plain.on_text(turn, message)
    return rhk_flow.on_text(state, message, engine.assistant)
