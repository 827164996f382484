"""The year's answers in a turn: a typed answer the year waits for (a perubahan's reason and its note, a quarter's
figure, whether a recap is new work) and the year's buttons («year:…»), each handed to the year module whose job it
is (year_logbook, year_realisasi, year_perubahan …)."""

from typing import TYPE_CHECKING

from bot.conversation import (
    draft_save,
    year_chat,
    year_evidence,
    year_logbook,
    year_logbook_fix,
    year_pengingat,
    year_perubahan,
    year_realisasi,
    year_rencana,
    year_undo,
)
from bot.conversation.commands import Turn
from bot.conversation.intent import Route, classify
from bot.conversation.replies import Reply, split_action
from bot.conversation.state import YearAsk
from bot.year import versions

if TYPE_CHECKING:
    from bot.conversation.engine import Engine


def on_text(engine: "Engine", turn: Turn, message: str) -> list[Reply]:
    """A typed answer the year waits for: a perubahan's reason, or whether a recap is new work."""
    state, ask = turn.state, turn.state.year_ask
    again = year_realisasi.restated(state, message, engine.clock())
    if again:  # «maksudnya 2 dari 2» under a question about the figure just kept: that figure typed again
        return again
    if ask.kind == "refused":  # not the refused figure again: the quarter's own question back, the message as it is
        state.year_ask = YearAsk(kind="realisasi", quarter=ask.quarter, asked_on=ask.asked_on, walk=ask.walk) \
            if ask.asked_on else None  # the IKI asked one at a time stays the one asked
        return engine.plain.on_text(turn, message)
    if ask.kind == "percent":  # else: the figure is not kept (said so), the message is read as what it is
        answered = year_realisasi.resumed(state, ask, year_realisasi.percent_typed(state, message, engine.clock()),
                                          engine.clock())
        return answered or year_realisasi.percent_left(state) + engine.plain.on_text(turn, message)
    if ask.kind == "running":
        answered = year_realisasi.resumed(state, ask, year_realisasi.running_answer(state, message, engine.clock()),
                                          engine.clock())
        if answered:
            return answered
        # something else: the figure stays the quarter's (said so), the message is read as what it is
        return year_realisasi.running_left(state) + engine.plain.on_text(turn, message)
    if ask.kind == "split":  # else: the total stays whole in its quarter (said so), the message is read as what it is
        answered = year_realisasi.resumed(state, ask, year_realisasi.split_answer(state, message, engine.clock()),
                                          engine.clock())
        return answered or year_realisasi.split_left(state) + engine.plain.on_text(turn, message)
    if ask.kind == "note":  # «ok», an IKI typed or pasted (with «jadi» in it) is no explanation (tester17 #3)
        said, answered = year_perubahan.note_answer(state, message)
        return said if answered else said + engine.plain.on_text(turn, message)  # work: read as what it is
    if ask.kind == "sama":  # «Alasannya sama?»: a reason typed is read as at «Apa alasannya?»
        reason = versions.reason_answer(message)
        if reason:
            state.year_ask = YearAsk(kind="alasan", line=ask.line, note=versions.explanation(message))
            return year_perubahan.reason_and_target(state, message, on_button(engine, turn, f"alasan:{reason}"))
        answer = year_perubahan.same_answer(message)
        if answer or year_perubahan.cancels(message):
            return on_button(engine, turn, f"sama:{answer or 'batal'}")
        if year_perubahan.names_entry(message):  # «hapus c8»: run, and «Alasannya sama?» asked again
            return _entry_changed(engine, turn, message)
        kept = year_perubahan.work_while_asked(state, message, engine.clock())
        return kept or [year_perubahan.same_question(state, "Perubahan SKP Anda masih menunggu alasannya.")]
    if ask.kind == "alasan":
        reason = versions.reason_answer(message)
        if reason:
            state.year_ask = ask.model_copy(update={"note": versions.explanation(message)})
            return year_perubahan.reason_and_target(state, message, on_button(engine, turn, f"alasan:{reason}"))
        if year_perubahan.cancels(message):
            return [Reply(year_perubahan.undo_change(state))]
        if year_perubahan.names_entry(message):  # «hapus c8»: run, and the reason asked again
            return _entry_changed(engine, turn, message)
        explained = year_perubahan.explained_in_words(state, message)
        if explained:  # a why in the user's words: kept as the explanation, the reason asked by its buttons
            return explained
        kept = year_perubahan.work_while_asked(state, message, engine.clock())  # work, not the reason: kept
        if kept:
            return kept
        return [year_perubahan.reason_question("Perubahan SKP setelah ditetapkan hanya untuk alasan yang diatur "
                                          "pedoman, dan dibahas dulu dalam dialog kinerja dengan pimpinan.")]
    reading = classify(message, year_chat.logging(state))
    if reading.route is Route.year and reading.entry.kind is year_chat.EntryKind.report:
        state.year_ask = None  # new work: the recap waits no more
        return engine.plain.on_text(turn, message)
    return year_logbook.recap_answer(state, "skip" if not year_perubahan.cancels(message) or "rekap" in message.lower()
                                  else "add", engine.clock())


def _entry_changed(engine: "Engine", turn: Turn, message: str) -> list[Reply]:
    """A logbook entry changed by its id («hapus c8», «c6 ke IKI 4») while a perubahan waits for its reason: run as
    typed, then the reason asked again (tester52 P1-11: the user was held at the question until a button was
    pressed); when the change raised a question of its own, that one is answered first and the perubahan said not
    made."""
    state, ask = turn.state, turn.state.year_ask
    state.year_ask = None
    done = engine.plain.on_text(turn, message)
    if state.year_ask is not None:
        undone = year_perubahan.undo_change(state) if not ask.line else f"Perubahan «{ask.line}» belum dijalankan."
        return done + [Reply(f"{undone} Kirim lagi perubahannya sesudah menjawab pertanyaan di atas.")]
    state.year_ask = ask
    waiting = "Perubahan SKP Anda masih menunggu alasannya."
    return done + [year_perubahan.same_question(state, waiting) if ask.kind == "sama"
                   else year_perubahan.reason_question(waiting)]


def on_button(engine: "Engine", turn: Turn, rest: str) -> list[Reply]:
    state, now = turn.state, engine.clock()
    action, arg = split_action(rest)
    if action == "link":
        return year_logbook.link_button(state, arg)
    if action == "also":  # «Catat juga → IKI 4»: the line's second piece of work kept as its own entry
        return year_logbook.also_button(state, arg, now)
    if action == "pisah":  # «Pisah jadi 2 catatan»: two pieces of work kept as two entries («split» is «Semua di TW II»)
        return year_logbook.split_button(state, arg, now)
    if action == "undo":  # «Batal» under a re-link: the records as before, while nothing else changed them
        return year_undo.undo(state) if year_undo.holds(state) else engine.old_button(state)
    if action == "recap":
        return year_logbook.recap_answer(state, arg, now)
    if action == "renum":  # «c1: hari ini ANC …» under «yang mana yang harusnya 10?»
        return year_logbook_fix.renumber_button(state, arg)
    if action == "bukti":
        return year_evidence.evidence_button(state, arg)
    if action == "rencana" and arg == "accept":
        return year_rencana.rencana_accept(state, now)
    if action == "tahap":
        return year_rencana.tahap_button(state, arg, now) or engine.old_button(state)
    if action == "tetapkan":  # a button from before the member paired: the leader sets it now
        return engine.team.tetapkan(turn) or year_perubahan.tetapkan_button(state, arg, now)
    if action == "pengingat":
        return year_pengingat.reminder_button(state, arg, now)
    if action == "percent":
        if not state.year_ask or state.year_ask.kind != "percent":
            return engine.old_button(state)
        return year_realisasi.resumed(state, state.year_ask, year_realisasi.percent_answer(state, arg, now), now)
    if action == "unplaced":  # figures typed before the SKP had IKI: kept as realisasi now, or let go
        return year_realisasi.unplaced_button(state, arg, now)
    if action == "running":  # «TW II saja» / «Total sejak Januari» under a count's quarter figure
        return year_realisasi.resumed(state, state.year_ask, year_realisasi.running_answer(state, arg, now), now) \
            or engine.old_button(state)
    if action == "split":  # «Semua di TW II» under a total typed while the quarters before it are empty
        return year_realisasi.resumed(state, state.year_ask, year_realisasi.split_answer(state, arg, now), now) \
            or engine.old_button(state)
    if action == "note":
        return year_perubahan.version_note(state, "")
    if action == "ganti":  # «Alasan lain?» under a reason read from the user's words
        return year_perubahan.reason_changed(state, arg) + draft_save.prompt(state)
    if action == "agenda":
        return year_pengingat.agenda(state, now)
    if action == "catat":
        return [Reply("Tulis pekerjaan hari ini dalam satu baris, misalnya «hari ini review 12 berkas usulan "
                      "kenaikan pangkat».")]
    if action == "realisasi":  # «Isi realisasi TW I», or «IKI N» for a figure typed under it
        return year_realisasi.realisasi_button(state, arg, now) or engine.old_button(state)
    if action == "sama":  # «Alasannya sama?» under a /ubah or /buang the day of a perubahan
        ask = state.year_ask
        if not ask or ask.kind != "sama":
            return engine.old_button(state)
        if arg == "ya":  # the command runs and joins today's version (year_perubahan._versioned)
            state.year_ask = YearAsk(kind="go", reason=ask.reason, line=ask.line)
            return engine.command(turn, ask.line) if ask.line else _made(state, now)
        if arg == "lain":
            state.year_ask = YearAsk(kind="alasan", line=ask.line)
            return [year_perubahan.reason_question()]
        if not ask.line:  # an IKI saved: the SKP back as its last version
            return [Reply(year_perubahan.undo_change(state))]
        state.year_ask = None
        return [Reply(f"Perubahan «{ask.line}» dibatalkan; SKP tetap seperti versi terakhir.")]
    if action == "alasan":
        ask = state.year_ask
        if not ask or ask.kind != "alasan":
            return engine.old_button(state)
        if arg not in versions.reasons():
            return [Reply(year_perubahan.undo_change(state))]
        state.year_ask = YearAsk(kind="go", reason=arg, line=ask.line, note=ask.note)
        return engine.command(turn, ask.line) if ask.line else _made(state, now)
    return engine.old_button(state)


def _made(state, now) -> list[Reply]:
    """The change made already (an IKI saved) given its reason: recorded or joined to today's version, then the
    fields of the IKI saved, held back while the reason was asked (engine._reason_first), asked."""
    replies = year_perubahan.after_change(state, [i.indikator for i in state.skp.iki], now)
    asks = any(b.data.startswith("fill:") for r in replies for b in r.buttons) or state.year_ask is not None
    return replies + (draft_save.prompt(state) if draft_save.is_open(state) and not asks else [])
