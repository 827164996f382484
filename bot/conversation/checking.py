"""Checking one IKI (/cek, an IKI typed alone) and the lines of a pasted list looked at one by one («Rincian N», its
buttons): the rules' verdict, output-based suggestions, and «Simpan ke draf» offered for an IKI that passes."""

from collections.abc import Callable
from dataclasses import replace

from bot import render
from bot.conversation import draft_save, english_gloss, iki_list, list_drafts, list_owner, list_picks, list_save_all
from bot.conversation.activities import drafted_from
from bot.conversation.answers import fields_in
from bot.conversation.catalog_code import bare_code, code_reply
from bot.conversation.commands import Turn
from bot.conversation.intent import Intent, classify
from bot.conversation.list_summary import all_in_draft
from bot.conversation.plain import NOT_UNDERSTOOD, suggestion_labels
from bot.conversation.prima import Prima
from bot.conversation.prima_step_m import IN_ENGLISH as IN_ENGLISH_IKI
from bot.conversation.replies import Button, Reply, split_action
from bot.conversation.state import UserState
from bot.conversation.typed_work import beyond_said, reads_as_iki
from bot.lang.text import short
from bot.llm.assistant import NO_AI, Assistant
from bot.models import Category, IkiDraft
from bot.rewrite import in_indonesian, indonesian_wording
from bot.rules import check_iki
from bot.rules.language import is_english

IN_INDONESIAN_PICK = ("Pilih usulan dalam Bahasa Indonesia di bawah, atau tulis ulang IKI Anda. / Pick an Indonesian "
                      "wording below, or rewrite your IKI in Indonesian.")
MAX_DRAFTED = 3  # IKI drafted from a description of several tasks, one per task


class Checking:
    """/cek and a pasted list's lines. What it leads to elsewhere (a pasted list shown, an old button answered) is
    handed in, as it is to Plain."""

    def __init__(self, prima: Prima, assistant: Assistant, *, show_list: Callable[..., list[Reply]],
                 stale: Callable[[UserState], list[Reply]]):
        self.prima, self.assistant = prima, assistant
        self._show_list, self._stale = show_list, stale

    def check(self, state: UserState, text: str, intent: Intent | None = None, target: str | None = None,
              number: int | None = None, keep_offer: bool = False, add: bool = False,
              add_untargeted: bool = False, listed_first: bool = False, by_number: bool = False) -> list[Reply]:
        """The rules' verdict on one IKI and, when it is activity-based, output-based suggestions; an output-based
        one can be saved («Simpan ke draf»), and is saved at once when its target came with it (unless keep_offer:
        the caller saves). Several lines are read as a list; a bare number is a line of the last list (/cek 3).
        number: the IKI's place in that list, for the reply. add: the user asked to add it («tmbh iki bru: …»), so
        one that passes with its target is saved as read (spelling fixed) with no choice of spellings;
        add_untargeted: asked with no field of another IKI open («tambah Persentase …»), saved without its target too
        (d8-elektromedis01); listed_first: every line of the text, its first too, carried a bullet or a number
        (iki_list.first_listed); by_number: «/cek N» typed, N the draft's IKI once the last list is all in the draft
        (list_detail)."""
        state.completed = None  # another IKI checked: a later «eh salah, 20 aja» is not about the one completed last
        if iki_list.may_be_list(text):
            pasted = iki_list.read_list(text, listed_first=listed_first)
            if pasted:
                return self._show_list(state, pasted)
        listed_line = list_picks.bare_line(text)
        if listed_line is not None:
            return self.list_detail(state, listed_line, asked=by_number)
        if bare_code(text):  # «/cek IKK 5.1.1»: a catalog row to show and draft from, not an IKI to judge
            note = draft_save.release(state)
            return ([Reply(note)] if note else []) + code_reply(state, bare_code(text))
        typed = fields_in(text) if target is None else None
        jenis = None
        if typed and typed.target is not None and reads_as_iki(typed.indikator):  # «Persentase … dirilis 100»
            text, target, intent = typed.indikator, typed.target.text, None  # the IKI, and its target kept apart
            jenis = typed.jenis  # «…, 90%, TUSI»: the jenis written after it is its own (the weight is asked)
        intent = intent or classify(text)
        if not any(ch.isalpha() for ch in text):
            return [Reply("Saya tidak menemukan kata dalam pesan itu. Kirim kalimat IKI, misalnya: "
                          "Persentase rekomendasi hasil monev yang ditindaklanjuti.")]
        english = is_english(text)
        if not intent.work_object and not (english and (indonesian_wording(text) or in_indonesian(text))):
            # "Persentase asdkjh": no suggestion is made from words nobody knows; an English IKI the lexicon cannot
            # put in Indonesian is flagged by the language rule, never «unread» (one it can, whose wording the rules
            # refuse, «Number of press releases published», gets output-based rewrites of that wording: d10-hum07)
            if english:  # «Number of temperature logs checked»
                return [Reply(render.iki_result(check_iki(IkiDraft(indikator=text))) + "\n\n" + IN_ENGLISH_IKI)]
            return [Reply(NOT_UNDERSTOOD)]
        draft = IkiDraft(indikator=text, target=target, jenis=jenis)
        twin = draft_save.twin_as_read(state, text)
        verdict = check_iki(draft, intent.reading)
        assisted = self.assistant.rewrite(draft, checked=verdict)
        suggestions = assisted.value
        if not suggestions.candidates and not verdict.has_error:  # «Jumlah SPM yang diterbitkan»: the warning's own
            suggestions = suggestions.model_copy(update={"candidates": draft_save.finding_candidates(verdict)})
        if not suggestions.candidates and verdict.has_error:  # «terima sampel …, periksa TB …, input hasil ke SILK»
            suggestions = suggestions.model_copy(update={"candidates": drafted_from(
                text, self.assistant, MAX_DRAFTED, kept="ditulis dalam pesan Anda")})
        state.detail_line = 0  # an IKI checked: «ganti jd …» next is no longer about a list line shown before
        # A target typed with an IKI that fails goes to the suggestion picked («yg hasil TB … sesuai TAT, target 85»).
        if suggestions.candidates or not verdict.has_error:
            # a failing check with nothing to offer («tp atasan sy dulu setuju2 aja») leaves the suggestions before it
            # usable: their buttons are still on screen
            state.candidates, state.candidates_line = suggestions.candidates, 0
            # «/cek inovasi …»: work called an innovation, its suggestions suggested Beyond (tester55 F17)
            state.beyond_told = [c.indikator for c in suggestions.candidates] if beyond_said(text) else []
            typed_target_read = target or verdict.target_read
            # an IKI the draft already holds, typed again with its target: no suggestion takes that target unasked
            state.candidate_target = typed_target_read if verdict.has_error and typed_target_read \
                and suggestions.candidates and twin is None else ""
            state.target_with_iki = state.candidate_target
            # the failed IKI itself, kept while its suggestions are on screen: «tetep mau itu» saves it as written
            state.checked = IkiDraft(indikator=verdict.read_as or text, jenis=jenis) \
                if verdict.has_error and suggestions.candidates and twin is None else None
            # a saved IKI checked again: the suggestion picked takes its place (tester55 F3: a new IKI beside it)
            fixes = twin is not None and verdict.has_error and bool(suggestions.candidates)
            state.replacing = state.skp.iki[twin].indikator if fixes else ""
            state.replacing_for = [c.indikator for c in suggestions.candidates] if fixes else []
        if verdict.has_error:
            note = draft_save.release(state)
            if twin is not None:
                fix = f"Usulan yang Anda pilih di bawah menggantikan IKI ke-{twin + 1}." if state.replacing else \
                    f"Perbaiki yang tersimpan dengan /ubah {twin + 1}."
                note = (f"{note}\n" if note else "") + f"IKI ini sudah ada di draf sebagai IKI ke-{twin + 1}; tidak " \
                    f"saya simpan dua kali. {fix}"
            replies = [Reply(render.iki_result(verdict, number) + (f"\n{note}" if note else ""))]
        elif (held := draft_save.held_at(state, verdict.read_as or text)) is not None \
                and not (target or verdict.target_read) and not add:
            # an IKI the draft already holds, looked at again: said at once, nothing offered (an offer left open
            # would take the next messages as its target: «Tulis lagi … sesudah IKI ini disimpan», d4-humas01)
            note = draft_save.release(state)
            state.held_shown = held
            iki = state.skp.iki[held]
            lacks = [name for name, value in (("target", iki.target), ("jenis", iki.jenis), ("bobot", iki.bobot))
                     if value is None]
            said = f"IKI ini sudah ada di draf sebagai IKI ke-{held + 1}; tidak saya simpan dua kali." + (
                f" Lengkapi {', '.join(lacks)}-nya dengan /ubah {held + 1}." if lacks else "")
            replies = [Reply(render.iki_result(verdict, number) + (f"\n{note}" if note else "") + f"\n{said}")]
        else:
            buttons, note = draft_save.offer(state, draft, verdict)
            kept = state.fill.current if state.fill and state.fill.current and state.fill.current.target else None
            if add and draft_save.offered(state):  # «tmbh iki bru: …, 100%»: asked to add, so saved as read; the
                state.fill.typed = ""  # fixes are said above
            # its target came with it, or it was asked to be added («tambah Persentase …»): saved now
            saved = [] if keep_offer else draft_save.save_offered(state, asked=add_untargeted)
            # a target typed with the IKI waits with it («… sblm dikirim 100%» when the spelling is asked): said
            ask = (f"\n\nSimpan ke draf SKP? Targetnya {render.target_text(kept)}, dari pesan Anda; jenis dan bobotnya "
                   "saya tanyakan sesudahnya.") if kept else \
                "\n\nSimpan ke draf SKP? Target, jenis dan bobotnya saya tanyakan sesudahnya."
            replies = [Reply(render.iki_result(verdict, number, as_read=add and bool(saved))
                             + (f"\n{note}" if note else "") + ("" if saved else ask), [] if saved else buttons)] + saved
        if suggestions.candidates:
            buttons = [Button(label, f"use:{i}") for i, label in enumerate(suggestion_labels(state), 1)]
            # an English IKI: its Indonesian wording proposed, said in both languages once (no second notice)
            said = f"{IN_INDONESIAN_PICK}\n" if english and any(f.category is Category.LANGUAGE for f in verdict.findings) \
                else ""
            if english:  # the verdict's lead in English too (play40 F10); the next step is the line below
                replies[0] = replace(replies[0], text=f"{replies[0].text}\n{english_gloss.lead(verdict)}")
                said = said or f"{english_gloss.next_pick()}\n"
            replies.append(Reply(said + render.candidates(suggestions) + (f"\n{NO_AI}" if assisted.fell_back else ""),
                                 buttons))
        elif english and replies:  # nothing to pick: the lead and the next step in English
            replies[0] = replace(replies[0], text=f"{replies[0].text}\n{english_gloss.gloss(verdict)}")
        return replies

    # Pasted lists and «Simpan ke draf» --------------------------------------------------------------------
    def list_detail(self, state: UserState, number: int, asked: bool = False) -> list[Reply]:
        """Line N of the last pasted list: its verdict and suggestions, as /cek gives them. asked («/cek N» typed):
        the draft's IKI N once every line of the list is in the draft (its numbers are then /skp's), and past the
        list's lines; when the other holds a different N, the reply says which one it read (tester55 F3: «/cek 6»
        answered «Tidak ada baris 6» of an old list, the draft's IKI 6 just saved)."""
        draft, listed = state.skp.iki, state.listed
        in_draft = {iki.indikator.lower() for iki in draft}
        if 1 <= number <= len(draft) and (number > len(listed) or (asked and all_in_draft(listed, in_draft))):
            replies = self.check(state, draft[number - 1].indikator, number=number, keep_offer=True)
            if not listed or (number <= len(listed) and draft_save.twin_as_read(state, listed[number - 1].text)
                              == number - 1):
                return replies  # one numbering only, or both name the same IKI: nothing to say
            why = f"daftar yang Anda tempel hanya sampai baris {len(listed)}" if number > len(listed) else \
                "semua baris daftar yang Anda tempel sudah masuk draf"
            return _read_as(replies, f"Nomor {number} saya baca sebagai IKI {number} di draf Anda (/skp); {why}.")
        if asked and 1 <= number <= min(len(listed), len(draft)) \
                and draft_save.twin_as_read(state, listed[number - 1].text) != number - 1:
            note = (f"Nomor {number} saya baca sebagai baris {number} daftar yang Anda tempel, karena ada barisnya "
                    f"yang belum masuk draf. IKI {number} di draf Anda lain («{short(draft[number - 1].indikator)}»): "
                    f"lihat /skp atau ubah dengan /ubah {number}.")
            return _read_as(self.list_detail(state, number), note)
        if not 1 <= number <= len(state.listed):
            where = f"daftar terakhir Anda punya IKI 1–{len(state.listed)}" if state.listed else \
                "belum ada daftar IKI yang Anda tempel"
            return [Reply(f"Tidak ada baris {number}: {where}. Untuk memeriksa satu IKI, tulis kalimatnya setelah /cek.")]
        item = state.listed[number - 1]
        if self.prima.takes_list(state):  # inside PRIMA: a suggestion or the line itself becomes the IKI drafted now
            verdict = check_iki(IkiDraft(indikator=item.text, target=item.target))
            if not verdict.has_error:
                return [Reply(render.iki_result(verdict, number), [Button("Susun IKI ini", f"list:one:{number}")])]
            # a failing line is checked by PRIMA with its target, as the list checked it: its verdict and rewrites,
            # never taken as the IKI with its target dropped (tester54 F2)
            typed = f"{item.text}, target {item.target}" if item.target else item.text
            return self.prima.on_text(state, typed, classify(typed))
        # a line looked at is offered, never saved by looking («no 2 … itu output kan?», «Rincian 2»)
        replies = self.check(state, item.text, target=item.target, number=number, keep_offer=True)
        state.candidates_line = number if state.candidates else 0
        state.detail_line = number
        # its suggestions keep the RHK the user pasted with the line (tester12 #12: replaced by a drafted one)
        state.candidate_rhk = item.rhk or ""
        state.candidate_rhk_for = [c.indikator for c in state.candidates] if item.rhk else []
        return replies

    def on_button(self, turn: Turn, rest: str) -> list[Reply]:
        state = turn.state
        action, arg = split_action(rest)
        if action == "detail" and arg.isdigit():
            return self.list_detail(state, int(arg))
        if action == "save" and state.listed_owner:  # an old button of another's list (tester58 F1)
            return list_owner.refused(state)
        if action == "each":  # one failing line of «simpan semua» decided: its suggestion, as written, or skipped
            return list_save_all.on_button(state, *split_action(arg))
        if action == "save" and arg == "all" and state.listed and not self.prima.takes_list(state):
            return list_save_all.save_all(state, as_written=True)  # as typed «simpan semua seperti ditulis» does
        if action == "save" and state.listed:
            if self.prima.takes_list(state):
                drafts = list_drafts.passing_drafts(state.listed, fixed=None)
                return self.prima.take_list(state, drafts) if drafts else self._stale(state)
            passing = list_drafts.passing_lines(state.listed, fixed=arg != "typed")  # lines kept: «no 3 target 90»
            return draft_save.save_many(state, [draft for _, draft in passing], [line for line, _ in passing]) \
                if passing else self._stale(state)
        if action == "one" and arg.isdigit() and 1 <= int(arg) <= len(state.listed) and self.prima.takes_list(state):
            item = state.listed[int(arg) - 1]
            return self.prima.take_list(state, [IkiDraft(indikator=item.text, target=item.target)])
        return self._stale(state)


def _read_as(replies: list[Reply], note: str) -> list[Reply]:
    """The replies with a first line saying which numbering «/cek N» was read in (the list's or the draft's)."""
    if not replies:
        return [Reply(note)]
    first = replies[0]
    return [replace(first, text=f"{note}\n{first.text}")] + replies[1:]
