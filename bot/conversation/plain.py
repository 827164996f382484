"""A plain message, when no command and no open flow takes it: read once (intent.py) and acted on as what it is — a
request, a description of one's work, a pasted list or lines picked from it, a suggestion picked or its target, the
mandatory IKI, an IKI named by its jenis, work already done. What it is, is read stage by stage in the order of
plain_stages.STAGES; the actions and helpers the stages share live here."""

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from bot import knowledge, render
from bot.conversation import (
    draft_save,
    field_edit,
    iki_list,
    kept_work,
    list_drafts,
    list_owner,
    list_picks,
    list_save_all,
    list_summary,
    list_walk,
    named_weights,
    prima_offer,
    year_chat,
)
from bot.conversation.answers import (
    accepts_wording,
    answers_a_field,
    is_correction,
    jenis_named,
    measure_class,
    measured_target,
    picks_by_number,
    read_answer,
    target_and_weight,
    typed_target,
    value_at_end,
    value_sentence,
)
from bot.conversation.choices import bare_place, selecting, typed_choice
from bot.conversation.commands import Turn
from bot.conversation.iki_fields import is_yes
from bot.conversation.intent import (
    Intent,
    Route,
    asks_by_word,
    classify,
    is_work_description,
    reports_done_work,
    work_introduced,
)
from bot.conversation.prima import Prima
from bot.conversation.prima_step_m import (
    mandatory_draft,
    mandatory_in,
    names_mandatory,
    suggestion_place,
)
from bot.conversation.replies import Button, Reply, use_labels
from bot.conversation.state import FillState, ListedIki, UserState
from bot.conversation.typed_work import new_work, reads_as_iki
from bot.lang.dates import quarter_number, quarter_pattern
from bot.lang.text import phrase_set, short, tokens
from bot.lang.values import Number, numbers_in
from bot.lang.words import stem
from bot.llm.assistant import Assistant
from bot.models import IkiDraft
from bot.retrieval.answer import NOT_ASN, NOT_FOUND
from bot.retrieval.codes import codes_in
from bot.rewrite import rewrite
from bot.rewrite.patterns import patterns
from bot.rewrite.work import suggest as work_suggestions
from bot.rewrite.work import text as work_reply
from bot.rules import check_iki
from bot.rules.draft_reading import as_typed
from bot.rules.skp_rules import meaning_words
from bot.skp.rhk import draft_rhk
from bot.year.logbook import running_period
from bot.year.realisasi_reading import read_realisasi

# An English message that is neither an IKI nor a question: what to send, in both languages, in one line that also
# tells the English note (the engine adds no second one).
DESCRIBE_IN_INDONESIAN = ("Asisten ini bekerja dalam Bahasa Indonesia, dan IKI ditulis dalam Bahasa Indonesia. Ceritakan "
                          "pekerjaan Anda (boleh dalam bahasa Inggris) atau tempel IKI Anda, misalnya «sy di lab, periksa "
                          "sampel TB tiap hari», lalu saya usulkan IKI berbasis output; /prima menuntun langkah demi "
                          "langkah. / This assistant works in Indonesian, and IKI are written in Indonesian. Describe your "
                          "work (English is fine) or paste your IKI, e.g. «I handle outbreak investigations», and I will "
                          "propose output-based IKI in Indonesian; /prima guides you step by step.")

# «Pakai usulan 1» typed when no suggestion is on screen (the last ones were used, or never shown).
NO_SUGGESTION_SHOWN = ("Tidak ada usulan yang sedang ditampilkan untuk dipilih. Kirim /cek dengan IKI Anda, atau "
                       "ceritakan pekerjaan Anda, untuk mendapat usulan baru.")

NEXT_STEPS = ("Yang bisa saya bantu: tempel daftar IKI Anda (satu per baris) untuk diperiksa, ceritakan pekerjaan Anda "
              "untuk usulan IKI, tanya pedoman dengan /tanya, cari indikator Renstra dengan /ikk, atau ketik /prima untuk "
              "menyusun SKP langkah demi langkah. Daftar lengkap: /bantuan.")
# the same for a user keeping a logbook (an SKP agreed): the year's next steps, never pasting or drafting IKI again
YEAR_NEXT_STEPS = ("Yang bisa saya bantu sepanjang tahun: kirim pekerjaan hari ini dalam satu baris (misalnya «verif 12 "
                   "berkas»), lihat /capaian atau /catatan, atur /pengingat, dan unduh bahan dialog kinerja dengan "
                   "/dialog. Daftar lengkap: /bantuan.")
FEELING_NOT_KEPT = ("Pesan itu tidak saya catat sebagai pekerjaan. Bila hari ini ada pekerjaan yang mau dicatat, tulis "
                    "apa yang dikerjakan, misalnya «/catat layani 30 pasien poli KIA».")
NOT_UNDERSTOOD = ("Saya belum bisa membaca pesan itu sebagai IKI atau pertanyaan. Kirim kalimat IKI, misalnya "
                  "«Persentase rekomendasi hasil monev yang ditindaklanjuti», atau pertanyaan tentang SKP/IKI, "
                  "atau ketik /bantuan.")
AS_QUESTION = "Saya anggap ini pertanyaan tentang pedoman SKP/IKI."
AS_IKI = "Saya anggap pesan ini sebagai IKI yang ingin diperiksa."
# the answers declining a question outside the guidance: no «Saya anggap ini pertanyaan …» under them (tester58 F22)
OUTSIDE_ANSWERS = (NOT_FOUND, NOT_ASN)


def read_as(note: str, replies: list[Reply]) -> list[Reply]:
    """The replies with how the message was read said after the first one's text, never as a first line or message of
    its own (tester26 #10, #25: «Saya anggap …» led, in Telegram a first message saying nothing)."""
    if not replies:
        return [Reply(note)]
    first = replies[0]
    if first.text.startswith(OUTSIDE_ANSWERS):  # declined as outside the guidance: it asked nothing of the guidance
        return replies
    return [replace(first, text=f"{first.text}\n({note})")] + replies[1:]
def _without_save_lines(text: str) -> str:
    """A list's summary with no word of saving it to the draft: another's list (list_owner)."""
    return text.replace(list_summary.SAVE_PASSING, "")


def read_first(note: str, replies: list[Reply]) -> list[Reply]:
    """The replies led by a line saying how the message was read («(Saya pakai daftar Anda sendiri …)»)."""
    if not replies:
        return [Reply(note)]
    return [replace(replies[0], text=f"{note}\n{replies[0].text}")] + replies[1:]


# All suggestions refused («gak cocok, sy pesertanya bukan panitia»): what the user can do instead.
OWN_WORDING = ("Tulis IKI Anda sendiri dengan kata ukur dan hasil kerja Anda (misalnya «Persentase … yang …»), lalu saya "
               "periksa; atau ceritakan apa yang Anda hasilkan dari pekerjaan itu, untuk usulan lain.")


class Plain:
    """What the engine does with a plain message. The engine's own actions it leads to (a command, /cek, /tanya, /ikk,
    the rate limit, the answer to «Simpan ke draf», the open question) are handed in, as they are to TeamChat."""

    def __init__(self, prima: Prima, assistant: Assistant, clock: Callable[[], datetime], *,
                 command: Callable[[Turn, str], list[Reply]], check: Callable[..., list[Reply]],
                 ask: Callable[[str], list[Reply]], search: Callable[[str, UserState], list[Reply]],
                 limited: Callable[[str, str, Callable[[], list[Reply]]], list[Reply]],
                 fill_text: Callable[[Turn, str], list[Reply]], pending_question: Callable[[UserState], list[Reply]],
                 step_help: Callable[[Turn, str], list[Reply]],
                 findings_asked: Callable[[Turn, str], list[Reply]] = lambda turn, message: [],
                 leads: Callable[[str], bool] = lambda user: False):
        self.prima, self.assistant, self.clock = prima, assistant, clock
        self.leads = leads  # whether this user leads members paired with them (the store's pairs)
        self._findings_asked = findings_asked
        self._command, self._check, self._ask, self._search = command, check, ask, search
        self._limited, self._fill_text, self._pending_question = limited, fill_text, pending_question
        self._step_help = step_help

    def left_out_answer(self, turn: Turn, said: str, question: str) -> list[Reply]:
        """Lines of the last list asked about that are activities: said so, with the guidance's answer on where they
        go (pasted_skp.activities_asked)."""
        return [Reply(said)] + self._limited(turn.user_id, "/tanya", lambda: self._ask(question))

    def _year_line(self, turn: Turn, intent: Intent) -> list[Reply]:
        """A line for the year; a correction giving IKI named by their words a weight each («yg SPM itu harusnya 40
        aja, yg BMN 50») puts those weights right instead of a logbook entry."""
        if intent.entry.kind is year_chat.EntryKind.correction:
            weights = named_weights.weights_named(turn.state, intent.text)
            if weights is not None:
                return weights
        return year_chat.on_line(turn.state, intent, self.clock())

    def on_text(self, turn: Turn, message: str, add: bool = False) -> list[Reply]:
        """A message with no command and no flow open: read what it is before acting on it, stage by stage (STAGES,
        the first that answers wins). add: the words before it (cut off by the caller) asked to add the IKI it holds
        («tmbh iki bru: …»)."""
        from bot.conversation.plain_stages import STAGES, Said  # lazily: the stages use this module's helpers

        taken = list_owner.taken_from_earlier(turn.state, message)  # «dr daftar sy yg 12 baris td no 4 …»
        if taken:
            return read_first(taken, self.on_text(turn, message, add))
        said = Said(self, turn, message, add)
        for stage in STAGES:
            replies = stage(said)
            if replies is not None:
                return replies
        raise AssertionError("the last stage answers every message")

    def target_for_suggestions(self, state: UserState, message: str) -> list[Reply]:
        """A target typed under the suggestions: kept for the one picked; with one suggestion shown there is no pick
        to ask for («mantap, target 95» under one suggestion saves it with 95%)."""
        replies = candidate_target(state, message)
        if len(state.candidates) == 1 and state.candidate_target == message:
            return self.use_candidate(state, "1")
        return replies

    def use_candidate(self, state: UserState, arg: str) -> list[Reply]:
        if not (arg.isdigit() and 1 <= int(arg) <= len(state.candidates)):
            waiting = list_summary.left_out(state.listed, [i.indikator.lower() for i in state.skp.iki],
                                            kept_said=False) if state.listed and not state.candidates else None
            if waiting and waiting.buttons:  # an old message's button (d10-hum07): the list's own suggestions named
                return [Reply("Tombol itu dari usulan yang sudah dipakai atau diganti, jadi sudah tidak berlaku. "
                              "Usulan untuk baris daftar yang Anda tempel ada di «Rincian N»: buka barisnya, lalu "
                              "pilih «Pakai usulan N» di bawahnya.", waiting.buttons)] \
                    + self._pending_question(state)
            return [Reply("Pilihan itu sudah tidak berlaku. Kirim /cek dengan IKI Anda untuk mendapat usulan baru.")] \
                + self._pending_question(state)
        chosen = state.candidates[int(arg) - 1]
        # several tasks' suggestions («sy ngurus inventarisasi BMN, rekonsiliasi …»): the other tasks' kept for later
        tasks = [state.task_of.get(c.indikator) for c in state.candidates]
        shown = state.shown_numbers or range(1, len(tasks) + 1)
        state.later_numbers = [n for n in shown if tasks[n - 1] != tasks[int(arg) - 1]] if None not in tasks else []
        state.later = list(state.candidates) if state.later_numbers else []
        typed, state.candidates, state.candidate_target = state.candidate_target, [], ""
        failed, state.shown_numbers, state.checked = state.checked, [], None
        replaced, state.replacing, state.replacing_for = (state.replacing if chosen.indikator in state.replacing_for
                                                          else ""), "", []
        at = draft_save.held_at(state, replaced) if replaced else None
        if at is not None:  # a saved IKI's suggestion: it takes that IKI's place, its other fields kept
            state.later, state.later_numbers = [], []
            line, state.candidates_line = state.candidates_line, 0
            if 0 < line <= len(state.listed):  # the list line it was saved from reads as the suggestion too
                item = state.listed[line - 1]
                state.listed[line - 1] = ListedIki(text=chosen.indikator, jenis=item.jenis, rhk=item.rhk)
            return [Reply(f"Usulan {arg} dipilih; IKI {at + 1} diganti usulan ini.")] \
                + field_edit.apply(state, at, "indikator", chosen.indikator)
        own = state.candidate_rhk if chosen.indikator in state.candidate_rhk_for else ""
        state.candidate_rhk, state.candidate_rhk_for = "", []
        rhk = own or next(iter(draft_rhk(chosen.indikator)), "")
        draft = IkiDraft(indikator=chosen.indikator, satuan=chosen.satuan or None, rhk=rhk or None)
        if failed is not None:  # the jenis and weight typed with the failing IKI («beyond: …») go to its rewrite
            draft.jenis, draft.bobot = failed.jenis, failed.bobot
        line, state.candidates_line = state.candidates_line, 0
        took = ""
        if 0 < line <= len(state.listed):  # a line's suggestion takes its place: the line is not saved again
            item = state.listed[line - 1]
            state.listed[line - 1] = ListedIki(text=chosen.indikator, jenis=item.jenis, rhk=item.rhk)
            draft.jenis = item.jenis
            took = f"\nBaris {line} daftar Anda diganti usulan ini."
        number, weight = target_and_weight(typed) if typed else (None, None)
        if weight is not None and draft.bobot is None:  # «target 80, bobot 10» typed before the pick
            draft.bobot = weight.value
        fits = number is not None and draft_save.unit_finding(number, chosen.indikator, chosen.satuan) is None
        carried = ""
        if fits:
            draft_save.set_target(draft, number)
            if number.unit and chosen.satuan and number.unit.lower() != chosen.satuan.lower():
                # «12 kali» of the activity kept as 12 Sertifikat: said, since the count may differ (tester20a #16)
                carried = (f"\nTarget «{typed.strip()}» dari tulisan Anda saya pasang sebagai "
                           f"{render.target_text(draft)}; bila jumlahnya berbeda, ubah dengan /ubah.")
        dropped = "" if number is None or fits else \
            f"\nTarget «{typed.strip()}» tidak saya pasang: usulan ini diukur dalam {chosen.satuan}, jadi targetnya saya tanyakan."
        # the next line of a list gone through one at a time, offered before the save asks this one's fields
        onward, offer = list_walk.onward(state, self._check) if line and state.walk else ([], {})
        replies = [Reply(f"Usulan {arg} dipilih:\n{chosen.indikator}\nSatuan: {chosen.satuan}\n"
                         f"Sepakati targetnya di dialog kinerja dengan pimpinan.{dropped}{carried}{took}")] \
            + onward + draft_save.save_now(state, draft, line)
        list_walk.restore(state, offer)
        return replies

    def picked_for_list_line(self, state: UserState, place: int) -> list[Reply] | None:
        """«Pakai usulan 1» typed with no suggestion on screen under a pasted list with lines the rules refuse
        (d10-hum07: «Tidak ada usulan»): with one such line not in the draft, the pick is its, its suggestions read as
        «Rincian N» reads them (taken and said so, or, with fewer, the line's details shown); with several, which
        line is asked, with their «Rincian N» (never a guess: d3-perencana01 held line 7, not line 1). None when no
        line waits."""
        drafted = {iki.indikator.lower() for iki in state.skp.iki}
        lines = iki_list.lines_checked(state.listed)
        waiting = [n for n, line in enumerate(lines, 1) if line.mark == "✗" and not line.listed.dropped
                   and not list_summary.draft_forms(line) & drafted]
        if not waiting:
            return None
        if len(waiting) > 1:
            return [Reply(f"«Pakai usulan {place}» untuk baris yang mana? Usulan tiap baris daftar yang belum lolos "
                          f"ada di «Rincian N»: buka barisnya, lalu pilih usulannya, atau tulis sekaligus, misalnya "
                          f"«{waiting[0]} pakai usulan {place}».", [list_summary.detail_button(n) for n in waiting])]
        line = waiting[0]
        detail = self._check(state, str(line))
        text = state.listed[line - 1].text
        if not state.candidates:
            return [Reply(f"Baris {line} daftar Anda («{short(text, 60)}») belum punya usulan untuk dipilih; "
                          "rinciannya di bawah.")] + detail
        if place > len(state.candidates):
            return [Reply(f"Baris {line} daftar Anda («{short(text, 60)}») hanya punya "
                          f"{len(state.candidates)} usulan; pilih di bawah.")] + detail
        return [Reply(f"«Pakai usulan {place}» saya pakai untuk baris {line} daftar Anda («{short(text, 60)}»), "
                      "satu-satunya baris yang belum lolos aturan.")] + self.use_candidate(state, str(place))

    def show_list(self, state: UserState, pasted: iki_list.PastedList, one_line: bool = False) -> list[Reply]:
        list_owner.replacing(state, pasted.header)  # «temen sy … jg minta dicek:»: checked, never saved (tester58 F1)
        state.listed, state.refused = [line.listed for line in pasted.lines], []
        state.detail_line = state.candidates_line = 0
        state.walk = []
        aside = self.prima.steps_aside(state)  # the user's own list instead of PRIMA's proposals: read as any list
        in_prima = self.prima.takes_list(state)
        shown = [Reply("\n".join(part for part in (aside, list_summary.summary(pasted, in_prima, state.skp.peran)) if part))]
        if one_line and all(not line.verdict.has_error and line.listed.target for line in pasted.lines):
            # «Persentase A 95, Persentase B 100»: IKI typed with their targets in one line are taken, as one IKI
            # with its target is (the product owner's rule); a pasted block of lines still waits for a choice.
            chosen, _ = list_drafts.picked_drafts(state.listed,
                                                  list_picks.Picked(list(range(1, len(state.listed) + 1))))
            drafts = [draft for _, draft in chosen]
            if in_prima:
                return shown + self.prima.take_list(state, drafts)
            return shown + draft_save.save_many(state, drafts, [line for line, _ in chosen])
        buttons = list_summary.buttons(pasted, in_prima)
        if state.listed_owner:
            buttons = list_owner.unsaved_buttons(buttons)
            return [Reply(f"{_without_save_lines(shown[0].text)}\n{list_owner.note(state)}", buttons)]
        note = list_summary.keep_all_note(buttons)
        return [Reply(shown[0].text + (f"\n{note}" if note else ""), buttons)]

    def save_picked(self, state: UserState, pick: list_picks.Picked, message: str) -> list[Reply]:
        """Lines of the last list named in a message: those the rules pass are saved (in PRIMA, drafted in turn)
        with the targets typed for them; the others are named with the way to their details. «simpan semua» saves
        each line once as the user wrote it, never by a suggestion they did not pick (list_save_all); «simpan semua apa
        adanya» every line as written, as the button «Simpan semua N IKI seperti ditulis» does."""
        refused = list_owner.not_for_draft(state)  # another's list: the user's own before it, or nothing saved
        if refused is not None:
            return refused
        whole = pick.every or set(pick.lines) >= set(iki_list.distinct(state.listed))  # «Simpan semua 5 IKI …» typed
        in_prima = self.prima.takes_list(state) or self.prima.asks_field(state)
        # «simpan semua» typed saves the lines that pass and asks each failing one (its suggestion, as written, or
        # skip): the list's «Simpan semua seperti ditulis» is for an SKP agreed with the leader, as the summary says,
        # and only it, or its words typed, keeps failing lines as written (list_save_all). A suggestion is never
        # taken unpicked (play40 F2: one changed what is counted); «simpan semua pake versi perbaikan» asks for them
        # (line_acts, conversation.yaml list_fixed)
        if whole and not in_prima and _insists_words(message):  # «simpan semua apa adanya»: the button's own save
            return list_save_all.save_all(state, as_written=True)
        if pick.every and (not in_prima or self.prima.takes_list(state)):  # at step 4's IKI question too: the
            # whole list, never its passing lines only, never a suggestion the user did not pick (play40 F2), and
            # never a failing line as written unasked: the SKP is not said to be agreed (draft42)
            return list_save_all.save_all(state, as_written=False) if list_save_all.failing_lines(state) \
                else self._save_what_passes(state)
        if pick.every:  # «simpan semua» in PRIMA: a line dropped («no 4 buang aja») is no longer the list's
            pick = replace(pick, lines=[n for n in pick.lines if not state.listed[n - 1].dropped])
        chosen, failing = list_drafts.picked_drafts(state.listed, pick)
        replies = []
        if failing and not in_prima and as_written_words(message):
            # «yg no 1 tetep sy pake kayak gitu aja, udah disepakati»: the user's decision, saved as typed at once
            typed = list_drafts.written(state.listed, failing)
            found = [next((f.message for f in check_iki(d).findings if f.severity == "error"), "") for d in typed]
            note = Reply("\n".join(f"Baris {n} saya simpan seperti yang Anda tulis; temuannya tetap tercatat di /skp "
                                   f"dan lembar «Temuan» berkas /ekspor: {reason}" for n, reason in zip(failing, found)))
            taken = sorted([*chosen, *zip(failing, typed)], key=lambda pair: pair[0])
            return [note] + draft_save.save_many(state, [draft for _, draft in taken], [line for line, _ in taken])
        state.refused = failing
        list_drafts.rewritten_kept(state, chosen, pick)
        placed = list_drafts.placed_targets(state, pick) if pick.placed else ""
        if placed:  # «95, 90, 90, 100» for every line of the list: those already in the draft or failing, by place
            replies.append(Reply(placed))
        if failing:
            numbers = ", ".join(str(n) for n in failing)
            replies.append(Reply(f"Baris {numbers} belum lolos aturan, jadi tidak saya simpan; lihat alasan dan "
                                 "usulannya" + (" (bila tetap mau, tulis «masukin apa adanya»)" if len(failing) == 1
                                               else "") + ":",
                                 [list_summary.detail_button(n) for n in failing]))
            if len(failing) == 1 and not chosen:  # «no 3 sy mau tetep masuk»: why, and its suggestions, now
                replies += self._check(state, str(failing[0]))
        drafts = [draft for _, draft in chosen]
        mandatory = mandatory_in(message)  # «no 5 jg, 90%. sama IP ASN 85»
        if mandatory is not None:
            drafts.append(mandatory)
        if not drafts:
            return replies
        if self.prima.takes_list(state):
            return replies + self.prima.take_list(state, drafts)
        if self.prima.asks_field(state):  # a weight or target asked meanwhile: saved, and the question asked again
            return replies + self.prima.add(state, drafts)
        return replies + draft_save.save_many(state, drafts, [line for line, _ in chosen])


    @staticmethod
    def _save_what_passes(state: UserState) -> list[Reply]:
        """«simpan semua» under a list: the lines the rules pass, a repeated line once; how many were left out and
        why is said, with the way to save one of them anyway."""
        checked = iki_list.lines_checked(state.listed)
        first = iki_list.distinct(state.listed)
        repeated = [n for n in range(1, len(state.listed) + 1)  # a line thrown out is no repeat
                    if n not in first and not state.listed[n - 1].dropped]
        failing = [n for n in first if checked[n - 1].verdict.has_error]
        chosen, _ = list_drafts.picked_drafts(state.listed, list_picks.Picked([n for n in first if n not in failing]))
        state.refused = failing
        left = []
        if failing:
            left.append(f"{len(failing)} belum lolos aturan (baris {_numbers(failing)})")
        if repeated:
            left.append(f"{len(repeated)} mengulang baris di atasnya (baris {_numbers(repeated)})")
        replies = []
        if left:
            anyway = " Untuk tetap menyimpan satu baris apa adanya, tulis «no N masukin apa adanya» (N nomor barisnya)." \
                if failing else ""
            replies.append(Reply(f"Yang saya simpan hanya baris yang lolos aturan, masing-masing sekali: {len(chosen)} "
                                 f"dari {len(state.listed)} baris. {len(failing) + len(repeated)} baris tidak saya "
                                 f"simpan: {'; '.join(left)}.{anyway}",
                                 [list_summary.detail_button(n) for n in failing[:MAX_DETAIL_BUTTONS]]))
        if not chosen:
            return replies
        return replies + draft_save.save_many(state, [draft for _, draft in chosen], [line for line, _ in chosen])


MAX_DETAIL_BUTTONS = 5  # «Rincian N» buttons under the lines left out of «simpan semua»
MAX_NUMBERS_SHOWN = 12  # line numbers listed in one sentence before «…»


def _numbers(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:MAX_NUMBERS_SHOWN]))
    return shown + (", …" if len(numbers) > MAX_NUMBERS_SHOWN else "")


_TRAILING_COUNT = re.compile(r"\s+(\d[\d.,]*(?:\s+[^\W\d_]+)?)\s*$")  # «… 12 kali», «… 5 SOP»


def keeps_own(state: UserState, message: str) -> bool:
    """Suggestions are on screen for an IKI the rules failed, and the message insists on that IKI as written
    («ga, tetep mau itu. atasan sy setuju kok», «ya udah simpan aja apa adanya»: list_insist words)."""
    return state.checked is not None and bool(state.candidates) and _insists_words(message)


def kept_as_typed(state: UserState) -> list[Reply]:
    """The failed IKI saved as the user wrote it (their decision), its findings said once and kept for /skp and the
    «Temuan» sheet; its target typed with it kept when it fits."""
    draft, typed = state.checked, state.candidate_target
    state.checked = None
    number = typed_target(typed) if typed else None
    if number is not None:
        draft_save.set_target(draft, number)
    errors = [f.message for f in check_iki(draft).findings if f.severity == "error"]
    said = Reply(f"Baik, saya simpan seperti yang Anda tulis: «{draft.indikator}». Keputusannya ada pada Anda dan "
                 "atasan di dialog kinerja; temuannya tetap tercatat di /skp dan lembar «Temuan» berkas /ekspor"
                 + (f": {errors[0]}" if errors else "."))
    return [said] + draft_save.save_many(state, [draft])


def asks_to_add(message: str, typed: str) -> bool:
    """«tmbh iki bru: presentase hsil uji …»: the words before the IKI `typed` ask to add it to the draft (add_lead)."""
    if typed == message:
        return False
    head = message[:-len(typed)] if typed and message.endswith(typed) else message.partition(":")[0]
    return bool(phrase_set("conversation", "add_lead").find(tokens(head)))


def _insists_words(message: str) -> bool:
    """«tetep», «apa adanya», «seperti ditulis»: the message asks for the lines as typed (list_insist and
    list_as_written words)."""
    return bool(phrase_set("conversation", "list_insist").find(tokens(message))) or as_written_words(message)


def as_written_words(message: str) -> bool:
    """«apa adanya», «kayak gitu aja», «udah disepakati»: the message says «as written» by itself (list_as_written)."""
    return bool(phrase_set("conversation", "list_as_written").find(tokens(message)))


def insists(state: UserState, message: str) -> bool:
    """Lines were just refused and the message asks again to save them (list_insist and list_add words)."""
    return any(n <= len(state.listed) for n in state.refused) and _insists_words(message) \
        and bool(phrase_set("conversation", "list_add").find(tokens(message)))


def insisted(state: UserState, message: str) -> list[Reply]:
    """«sy bilang masukin apa adanya» right after list lines were refused by the rules: the user's decision, so the
    lines are saved as typed (only those it names by number: «no 2 masukin apa adanya»), the rules' findings said and kept for /skp and /ekspor; [] otherwise."""
    if not insists(state, message):
        return []
    lines = [n for n in state.refused if n <= len(state.listed)]
    named = [n for n in lines if n in {int(w) for w in tokens(message) if w.isdigit()}]  # «no 2 masukin apa adanya»
    lines = named or lines
    state.refused = [n for n in state.refused if n not in lines]
    drafts, notes = [], []
    for n in lines:  # «Jumlah rapat koordinasi 12 kali»: the count it ends with is its target, as typed
        item = state.listed[n - 1].as_written or state.listed[n - 1]
        text = as_typed(item.text)  # as typed, without emoji and decorations, «yg» written «yang»
        tail = _TRAILING_COUNT.search(text) if item.target is None else None
        draft = IkiDraft(indikator=text[: tail.start()] if tail else text, target=tail.group(1) if tail else item.target,
                         jenis=item.jenis, rhk=item.rhk)
        reason = next((f.message for f in check_iki(draft).findings if f.severity == "error"), "")
        at = _suggestion_replaced(state, n, draft)
        if at is None:
            drafts.append((n, draft))
            notes.append(f"Baris {n} saya simpan seperti yang Anda minta; temuannya tetap tercatat di /skp dan /ekspor: "
                         f"{reason}")
        else:
            notes.append(f"Baris {n} kini tersimpan seperti yang Anda tulis, menggantikan usulannya sebagai IKI {at + 1}: "
                         f"«{draft.indikator}». Temuannya tetap tercatat di /skp dan /ekspor: {reason}")
    if not drafts:
        return [Reply("\n".join(notes))] + _asked_again(state)
    return [Reply("\n".join(notes))] + draft_save.save_many(state, [d for _, d in drafts], [n for n, _ in drafts])


def _suggestion_replaced(state: UserState, line: int, draft: IkiDraft) -> int | None:
    """When «simpan semua» saved list line `line`'s suggestion in its place (ListedIki.as_written) and that suggestion
    is still in the draft, `draft` (the line as typed) takes its place and number, and the line reads as typed again:
    the line is saved once, and «batalin simpan tadi» still takes the whole save back. The draft index, else None."""
    item = state.listed[line - 1]
    at = next((i for i, iki in enumerate(state.skp.iki) if iki.indikator == item.text), None) \
        if item.as_written is not None else None
    if item.as_written is not None:
        state.listed[line - 1] = item.as_written
    if at is None:
        return None
    draft.target = draft.target or None
    if draft.target is not None:
        number = typed_target(draft.target)
        draft.target = None
        if number is not None:
            draft_save.set_target(draft, number)
    draft.jenis = draft.jenis or state.skp.iki[at].jenis
    if state.last_save is not None and state.last_save.texts[at:at + 1] == [state.skp.iki[at].indikator]:
        state.last_save.texts[at] = draft.indikator  # still the same save to take back
    state.skp.iki[at] = draft
    return at


def _asked_again(state: UserState) -> list[Reply]:
    """After a suggestion was put back as typed: the draft's IKI saved from the list without a target asked again in
    turn (the field question open before this message was let go), or the one still open asked."""
    if draft_save.is_open(state):
        return draft_save.prompt(state)
    texts = {item.text.lower() for item in state.listed}
    waiting = [i for i, iki in enumerate(state.skp.iki) if iki.target is None and iki.indikator.lower() in texts]
    if not waiting:
        return []
    state.fill = FillState(index=waiting[0], queue=waiting[1:])
    return draft_save.advance(state)


def then_mandatory(state: UserState, replies: list[Reply], typed: str) -> list[Reply]:
    """After the replies to an IKI, the mandatory IKI typed with it: its target set when the draft holds it, else
    saved and asked after the IKI being completed (or now, when nothing is asked)."""
    draft = mandatory_draft(typed)[0]
    known = draft_save.mandatory_target(state, draft)
    if known:
        return replies + [known]
    if draft_save.is_open(state):
        asked = replies[:-1] if draft_save.ends_asking(replies, state) else replies
        return asked + draft_save.add_later(state, draft)
    if state.fill is not None:  # «Simpan ke draf» still offered for the IKI: nothing to queue it behind
        return replies + [Reply(f"Tulis lagi «{typed}» sesudah IKI ini disimpan.")]
    return replies + draft_save.save_many(state, [draft])


def save_named(state: UserState, before: str, draft: IkiDraft, check: Callable[..., list[Reply]] | None = None) \
        -> list[Reply]:
    """An IKI named by its jenis (one_off.named_iki), with the mandatory IKI typed before it if any. One the rules
    refuse is never kept as written unasked (tester55 F3: «ini IKI baru beyond: video edukasi …» saved failing
    «seperti yang Anda minta», no rewrite offered): one with no measure word is checked instead (`check`, /cek's),
    its rewrites offered and its jenis and weight kept for the one picked; one opening with a measure word is the
    user's own IKI, saved with its finding said and its rewrites offered at once, the one picked taking its place."""
    mandatory = mandatory_in(before)
    known = draft_save.mandatory_target(state, mandatory) if mandatory else None
    checked = check_iki(draft)  # saved as the rules read it; what they find is said now and kept in /skp
    first: list[Reply] = []
    fresh = checked.has_error and check is not None and draft_save.twin_as_read(state, draft.indikator) is None
    drafted = fresh and not measure_class(draft.indikator)
    if drafted:
        first = ([known] if known else []) + (draft_save.save_many(state, [mandatory]) if mandatory and not known
                                              else [])
        replies = check(state, draft.indikator, target=str(draft.target) if draft.target else None, keep_offer=True)
        if state.checked is not None:  # rewrites on screen: the failing IKI waits with its jenis and weight
            state.checked.jenis, state.checked.bobot = draft.jenis, draft.bobot
            return first + replies
        mandatory, known = None, None  # saved above; the failing IKI is saved as typed below
    draft.indikator = checked.read_as or draft.indikator
    drafts = ([mandatory] if mandatory and not known else []) + [draft]
    verdict = render.iki_result(checked)
    offer: list[Reply] = []
    if any(f.severity == "error" for f in checked.findings):
        number = len(state.skp.iki) + len(drafts)
        found = rewrite(draft, checked=checked) if fresh and not drafted else None
        if found and found.candidates:  # the measured one kept as typed, its rewrites beside it to take its place
            verdict += (f"\nSaya simpan seperti yang Anda tulis sebagai IKI ke-{number}; usulan berbasis hasil di "
                        f"bawah ini, bila dipilih, menggantikan IKI ke-{number} (atau ubah sendiri dengan /ubah {number} "
                        "teks …).")
            offer = [Reply(render.candidates(found), [Button(label, f"use:{i}") for i, label in
                                                      enumerate(use_labels(len(found.candidates)), 1)])]
        else:  # kept as written, said so, and how to put it right (no rewrite could be made of it)
            verdict += (f"\nBelum ada usulan otomatis untuk kalimat ini, jadi saya simpan seperti yang Anda tulis; "
                        f"ubah kalimatnya dengan /ubah {number} teks … (awali dengan kata ukuran, misalnya Persentase "
                        "atau Jumlah).")
    saved = draft_save.save_many(state, drafts)
    if offer:  # set after the save, which lets go of any suggestion on screen before it
        state.candidates, state.candidates_line, state.checked = list(found.candidates), 0, None
        state.replacing, state.replacing_for = draft.indikator, [c.indikator for c in found.candidates]
    return first + ([known] if known else []) + [Reply(verdict)] + offer + saved


def drafts_iki(state: UserState, message: str) -> bool:
    """An IKI sentence (a measure word, then work) typed while the SKP is still a draft: a new IKI, never a logbook
    line or a quarter's figure, even once a logbook line was kept (one chatty line made every IKI after it a figure).
    On an agreed SKP too when it names none of its IKI and no progress («Persentase usulan kerja sama … nota
    kesepahaman 70%» after a mutasi: its target, tester17 #1); a paste of such lines is a list of new IKI."""
    lines = [line for line in message.splitlines() if line.strip()]
    if len(lines) > 1:
        return all(drafts_iki(state, line) for line in lines)
    if not reads_as_iki(message):
        return False
    return not state.year.agreed or new_on_agreed_skp(state, message)


def new_on_agreed_skp(state: UserState, message: str) -> bool:
    """An IKI sentence with its figure on an agreed SKP read as a new IKI: no progress word or date said (only «a
    measure with a number», entry_kind's «angka ukuran»), no IKI named by number or text, and at most
    conversation.yaml `new_iki_shared` of its meaning words in any IKI of the SKP (else a figure for that IKI)."""
    entry = classify(message, True).entry
    if entry is None or entry.why != "angka ukuran" or read_realisasi(message, state.skp) \
            or running_period(message):  # «Jumlah pasien TKR … minggu ini: tujuh»: a figure of the week, no IKI
        return False
    words = meaning_words(without_unit_names(message))
    most = knowledge.data("conversation")["new_iki_shared"]
    return bool(words) and all(len(words & meaning_words(without_unit_names(iki.indikator))) <= most * len(words)
                               for iki in state.skp.iki)


@knowledge.cached
def _unit_name() -> re.Pattern:
    """«Biro Keuangan dan BMN», «Direktorat P2PM»: a unit's word (conversation.yaml profil_unit_words) and the
    capitalised words after it (joined by «dan», «&»)."""
    heads = "|".join(sorted(map(re.escape, knowledge.data("conversation")["profil_unit_words"]), key=len, reverse=True))
    return re.compile(rf"\b(?i:{heads})(?:\s+(?:[A-Z][\w./-]*|(?:dan|&)(?=\s+[A-Z])))+")


def without_unit_names(text: str) -> str:
    """The text without the units it names: after a mutasi a new IKI names the new unit as an IKI of the old SKP
    moved there does («… BMN Biro Keuangan …» beside «… revisi DIPA Biro Keuangan dan BMN …»), which says nothing of
    whether the two measure the same work (tester56 F6: the new IKI was read as a figure for the old one)."""
    return _unit_name().sub(" ", text)


def from_work(state: UserState, message: str, keep: bool = False, drafted: list | None = None,
              whole: str = "") -> list[Reply]:
    """A description of one's work: suggestions for each task it names, or, when none can be formed, what to do
    instead (never a promise with nothing behind it). keep: the work was typed as the next IKI while a step was open
    («satu lagi, sy lg nyusun …»): with no suggestion it is kept in the user's words (kept_work.py), never lost.
    drafted: the rewriter's reading, when the caller has it; whole: the message the work was read from, whose
    words are kept (the work alone may have lost its verb: «… sy lg ngurus serah terima barang» → «serah terima …»)."""
    drafted = work_suggestions(message) if drafted is None else drafted
    kept = (kept_work.keep(state, whole) if whole else None) or kept_work.keep(state, message) \
        if keep and not any(task.candidates for task in drafted) else None
    if kept is not None:
        return kept
    typed = whole or message
    own = in_own_measure(drafted, typed)
    if own is not None:  # «survei kepuasan …, targetnya indeks 3,5»: the measure and target are the user's own
        state.candidates, state.candidate_target = [], ""
        saved = draft_save.save_many(state, [own])
        return [Reply(f"Anda menyebut ukurannya sendiri ({own.indikator.split()[0].lower()} {own.target}), jadi saya "
                      f"susun IKI-nya dengan ukuran itu: «{own.indikator}». Usulan lain untuk pekerjaan ini: /cek "
                      f"{own.indikator}.")] + saved
    note = draft_save.release(state)
    state.candidates, state.candidates_line = [c for task in drafted for c in task.candidates], 0
    state.task_of = {c.indikator: n for n, task in enumerate(drafted) for c in task.candidates} if len(
        [task for task in drafted if task.candidates]) > 1 else {}
    state.later, state.later_numbers, state.shown_numbers = [], [], []  # a new description's replace those kept
    state.checked = None
    named = read_answer(typed).named.get("target") if state.candidates else None
    state.candidate_target = named.text if named is not None else ""  # «…, target 90»: for the suggestion picked
    shown = [task.text for task in drafted if task.candidates]
    state.candidate_work = shown[0] if len(shown) == 1 else ""
    buttons = [Button(label, f"use:{i}") for i, label in enumerate(suggestion_labels(state), 1)]
    return [Reply(work_reply(drafted) + (f"\n{note}" if note else ""), buttons)]


def in_own_measure(drafted: list, typed: str) -> IkiDraft | None:
    """One task typed with a target that names its measure («targetnya indeks 3,5») while no suggestion is measured
    so: the IKI in that measure over the task's object («Indeks kepuasan layanan informasi publik», a process noun
    before it dropped), with the target, when the rules pass it; None otherwise."""
    from bot.rules.lexicon import lexicon

    measured = measured_target(typed)
    shown = [task for task in drafted if task.candidates]
    if measured is None or len(shown) != 1:
        return None
    measure, number = measured
    if any(tokens(c.indikator)[: len(measure.split())] == measure.split() for c in shown[0].candidates):
        return None  # a suggestion has that measure: the target goes to the one picked
    words = shown[0].text.split()
    process = lexicon().process_nouns.match_at(tokens(shown[0].text), 0)
    if process and len(words) - len(process) >= MIN_OBJECT_WORDS:
        words = words[len(process):]
    if not words[0].isupper():  # «Survei …» starts the task; after the measure word it is mid-sentence («RKA» stays)
        words[0] = words[0][0].lower() + words[0][1:]
    draft = IkiDraft(indikator=f"{measure.capitalize()} {' '.join(words)}", target=number.text)
    return None if check_iki(draft).has_error else draft


MIN_OBJECT_WORDS = 2  # «monitoring data» keeps its process noun: «data» alone is no object


def candidate_target(state: UserState, message: str, scope: str = "use") -> list[Reply]:
    """A target typed after the suggestions, before picking one: kept for the one picked (scope: the buttons'
    data, /cek's or PRIMA step M's)."""
    number = target_and_weight(message)[0]
    buttons = [Button(label, f"{scope}:{i}") for i, label in enumerate(suggestion_labels(state), 1)]
    unfit = draft_save.unit_finding(number, state.candidates[0].indikator, state.candidates[0].satuan)
    if unfit is not None and unfit.rule == "IKI-UNIT-PERCENT" and number.unit == "%":  # «target 150%»: refused
        return [Reply(unfit.message, buttons)]
    counted = counted_work(state, number, message) if unfit is not None else None
    if counted is not None:  # «TW II kelar, 1 sistem» under Persentase suggestions: the user counts the work's result
        state.candidates, state.candidate_target, state.candidate_work = [], "", ""
        return [Reply(f"Target «{number.text}» menghitung hasil pekerjaannya, bukan persentase, jadi saya susun IKI-nya "
                      f"dengan ukuran Jumlah: «{counted.indikator}».")] + draft_save.save_many(state, [counted])
    state.candidate_target = message
    shown = IkiDraft(indikator=state.candidates[0].indikator, satuan=state.candidates[0].satuan or None)
    draft_save.set_target(shown, number)
    said = number.text if unfit else render.target_text(shown)  # «1 sistem», never «1%»
    weight = target_and_weight(message)[1]
    both = f"Target {said} dan bobot {weight.text}%" if weight is not None else f"Target {said}"
    return [Reply(f"{both} saya catat. Usulan mana yang dipakai? {'Keduanya' if weight else 'Targetnya'} saya pasang "
                  "pada usulan yang Anda pilih.", buttons)]


def counted_work(state: UserState, number: Number, message: str) -> IkiDraft | None:
    """A count («1 sistem») typed for suggestions that all measure a share: «Jumlah» over the work they were drafted
    from, its verb off («menyusun inventaris digital alat» → «Jumlah inventaris digital alat»), with the target and
    the quarter it is due when named; None when the suggestions are not from one task of work typed, or the rules
    refuse the IKI."""
    from bot.rules.analysis import is_activity_verb
    from bot.rules.lexicon import lexicon

    work = tokens(state.candidate_work)
    if not number.unit or number.unit == "%" or not work or not state.candidates:
        return None
    words = state.candidate_work.split()
    if is_activity_verb(work, 0, lexicon()) and len(words) > MIN_OBJECT_WORDS:
        words = words[1:]
    if not set(tokens(" ".join(words))) <= set(tokens(state.candidates[0].indikator)):
        return None  # the suggestions on screen came from something else (/cek, step M)
    due = quarter_pattern().search(message)  # «TW II kelar»
    draft = IkiDraft(indikator=f"Jumlah {' '.join(words)}", target=number.text,
                     triwulan_selesai=quarter_number(due.group(1)) if due else None)
    return None if check_iki(draft).has_error else draft


def goes_on(state: UserState, message: str) -> bool:
    """The suggestions are on screen with a target noted for them («Usulan mana yang dipakai?»), and the user
    answers on as if an IKI were being completed (a correction, a jenis, a data awal, a weight, «yoi») or goes on
    to the mandatory IKI instead of picking: every day-one user did so, and lost the IKI. Their own rewrite is
    read as what it is."""
    if not state.candidates or typed_suggestion(state, message) is not None or asks_by_word(message):
        return False  # a question («IKI mana yang belum ada realisasinya?») never takes the first suggestion
    if not suggestions_on_screen(state) or for_the_year(state, message):
        return False  # the suggestions left the screen, or the year's own line: never a pick (tester21b #1)
    if accepts_wording(message):  # «ya udh pake kalimat usulanmu, target 98»: the first, with what it says
        return True
    if not state.candidate_target:
        return False
    answer = read_answer(message)
    if not answer.numbers and answer.jenis is None and not answer.unsure and classify(message).route is Route.question:
        return False  # «bobotnya gmn sih?» asks about a field, it names no value: answered, never a pick
    if names_mandatory(message) or (new_work(message, "") and not rewords_suggestion(state, message)):
        # on to the next IKI: this one kept with its target; but a target typed with the IKI itself says nothing of
        # the suggestions, so a remark on what ought to be counted («yg dihitung hrsnya …, bkn …») leaves them
        # unchosen (tester19 #5: a leader's second sentence of feedback saved «usulan 1» to his own draft)
        return names_mandatory(message) or state.candidate_target != state.target_with_iki \
            or work_introduced(message) is not None or not remarks_on_measure(message)
    if corrects_target(state, message):
        return False  # «eh bentar, 85 aja»: the target noted replaced, and which suggestion gets it asked again
    if answer.correction and answer.jenis is not None and not answer.numbers:
        return False  # «eh salah, CL» puts something else right: never the first suggestion taken (tester16b #2)
    return (answers_a_field(message) or is_yes(message)) and not reads_as_iki(message)


def stale_place(state: UserState, message: str) -> int | None:
    """«2» alone while suggestions are kept but another reply came after them (a /tanya answered): the suggestion it
    could mean (1-based), never pressed, since a bare number answers only what the last reply asked; None otherwise."""
    if not state.candidates or suggestions_on_screen(state):
        return None
    return bare_place(message, len(state.candidates))


def suggestions_on_screen(state: UserState) -> bool:
    """The last message showed the suggestions' buttons (a check's or step M's): once other messages have come
    between, a later message takes none of them (a junk «usulan 1» entered an agreed SKP days after it was shown)."""
    return any(data.startswith(("use:", "prima:use:")) for _, data in state.shown)


# what a logbook keeper's line does of its own: set a reminder, change the rencana, put an entry right, ask for records
_YEAR_OWN = frozenset({year_chat.EntryKind.reminder, year_chat.EntryKind.rencana, year_chat.EntryKind.correction,
                       year_chat.EntryKind.records})


def for_the_year(state: UserState, message: str) -> bool:
    """A logbook keeper's reminder setting, rencana change, entry correction, request for records, or a quarter's
    figure for an IKI («realisasi TW II, IKI 2 93,5%»): the year's, never a pick of suggestions on screen."""
    if not year_chat.logging(state):
        return False
    entry = classify(message, True).entry
    return entry is not None and (entry.kind in _YEAR_OWN or entry.kind is year_chat.EntryKind.progress
                                  and bool(read_realisasi(message, state.skp)))


def remarks_on_measure(message: str) -> bool:
    """«yg dihitung hrsnya sampel yg hasilnya keluar, bkn pemeriksaan yg dilakukan»: a remark on what an IKI ought to
    count (conversation.yaml `measure_remarks`), not work of one's own to draft next."""
    return bool(phrase_set("conversation", "measure_remarks").find(tokens(message)))


def corrects_target(state: UserState, message: str) -> bool:
    """«eh bentar, 85 aja» under suggestions not picked yet, after a target noted for them: the target corrected,
    for the suggestion still to be picked (candidate_target asks which one), never a pick of the first (tester16 #6).
    With no target noted yet the correction has nothing to correct (answers.nothing_open says so)."""
    return bool(state.candidates and state.candidate_target) and is_correction(message) \
        and typed_target(message) is not None


MIN_REWORDED = 3  # roots a message shares with one suggestion to be that suggestion in the user's own words


def rewords_suggestion(state: UserState, message: str) -> bool:
    """«pake yg persentase rekomendasi monev diselesaikan, 80%» under «1. Persentase rekomendasi hasil monev … 2.
    Persentase penyelesaian rekomendasi monev …»: the message says one of the suggestions on screen in its own words
    (a pick verb and MIN_REWORDED of its meaning words' roots in it), so it is that IKI as the user wrote it, never other work typed
    on while the first suggestion is taken too (a day-one script saved both)."""
    if not set(tokens(message)) & set(knowledge.data("conversation")["pick_verbs"]):
        return False  # no word taking a suggestion: other work told on («sy jg ngurus …»)
    said = {stem(word) for word in meaning_words(message)}
    return any(len(said & {stem(word) for word in meaning_words(c.indikator)}) >= MIN_REWORDED
               for c in state.candidates)


def first_suggestion(state: UserState, message: str, use: Callable[[], list[Reply]]) -> list[Reply]:
    """The first (best) suggestion taken with the target noted, corrected when the message corrects it; `use`
    picks it in the flow that showed it."""
    if is_correction(message):
        state.candidate_target = value_sentence(message)
    elif accepts_wording(message):  # «pake kalimat usulanmu, target 98»: the target it names now
        named = typed_target(message) or read_answer(message).named.get("target")
        state.candidate_target = named.text if named is not None else state.candidate_target
    chosen = state.candidates[0]
    shown = IkiDraft(indikator=chosen.indikator, satuan=chosen.satuan or None)
    number = typed_target(state.candidate_target)
    # «12 dokumen» is no target of a Persentase
    if number is not None and draft_save.unit_finding(number, chosen.indikator, chosen.satuan) is None:
        draft_save.set_target(shown, number)
    target = f" dengan target {render.target_text(shown)}" if shown.target else ""
    taken = [Reply(f"Anda belum memilih usulan, jadi saya pakai usulan 1 (yang teratas){target}: «{shown.indikator}». "
                  "Bila yang dimaksud usulan lain, tulis ulang IKI-nya.")]
    jenis = jenis_named(message)  # «Core TUSI» typed on: the jenis of the IKI taken, never lost
    replies = use()
    saved = state.skp.iki[-1] if state.skp.iki else None
    if jenis is not None and saved is not None and saved.indikator == shown.indikator and saved.jenis is None:
        saved.jenis = jenis
        taken.append(Reply(f"Jenis dicatat: {jenis.label}."))
    return taken + replies


def typed_suggestion(state: UserState, message: str) -> int | None:
    """The suggestion a typed message picks by its button's words or its place (0-based), or by its number alone
    («1» under «1. Persentase … 2. Persentase …»: no target a user means, names_target); a bigger bare number stays
    a target, and anything else is read as what it is."""
    labels = suggestion_labels(state)
    if stale_place(state, message):
        return None  # «2» after another reply (a /tanya in between): that reply asked no number (tester26 #20)
    if asks_by_word(message):
        return None  # «usulan 1 itu maksudnya apa?», «yg mana yg paling bagus?»: asked about, never picked
    message = _without_save_tail(message)  # «pakai yang pertama, simpan ke draf»: the pick (taking it saves it)
    label_words = {word for word in tokens(labels[0]) if not word.isdigit()} if labels else set()
    by_place = not numbers_in(message) and typed_choice(message, labels, by_label=False) is not None  # «first one»
    if not labels or not (selecting(message) or label_words & set(tokens(message)) or by_place
                          or suggestion_place(state, message)):
        return None
    choice = typed_choice(message, labels)
    return 0 if choice is None and points_at_shown(message) else choice


def points_at_shown(message: str) -> bool:
    """«pakai itu», «ambil yg tadi aja»: a pick verb and a word pointing at what is on screen, nothing else
    (conversation.yaml `pick_verbs`, `pointing`, `pointing_between`): the suggestion shown, the first of several."""
    data = knowledge.data("conversation")
    words = tokens(message)
    rest = set(words[1:])
    return len(words) >= 2 and words[0] in data["pick_verbs"] and bool(rest & set(data["pointing"])) \
        and rest <= set(data["pointing"]) | set(data["pointing_between"])


def _without_save_tail(message: str) -> str:
    """«pakai yang pertama, simpan ke draf» → «pakai yang pertama»: a last clause that only asks to save (list_add and
    list_all_only words, conversation.yaml) dropped; the message itself otherwise."""
    head, comma, tail = message.rpartition(",")
    data = knowledge.data("conversation")
    saving = {w for phrase in data["list_add"] + data["list_all_only"] for w in tokens(phrase)}
    words = tokens(tail)
    return head if comma and tokens(head) and words and set(words) <= saving else message


MAX_STANDARD_WORDS = 6  # «maks 7 hari kerja»: a standard beside a target, not an IKI or work of its own


def qualified_target(message: str) -> tuple[Number, str] | None:
    """«maks 7 hari kerja, target 80» under the suggestions: the target it names («target 80») and the short standard
    beside it; None when it names no target, opens with a measure word or describes work."""
    if read_answer(message).named.get("target") is None or measure_class(message) or is_work_description(message):
        return None
    clauses = [part.strip(" .") for part in re.split(r"[,;](?!\d)", message) if part.strip(" .")]
    targets = [(i, typed_target(part)) for i, part in enumerate(clauses) if "target" in part.lower()]
    if len(targets) != 1 or targets[0][1] is None:
        return None
    at, number = targets[0]
    standard = ", ".join(part for i, part in enumerate(clauses) if i != at)
    words = tokens(standard)
    # the words beside the target set a limit («maks 7 hari kerja», patterns.yaml limit_openers), never work
    limited = bool(words) and patterns().limits.match_at(words, 0) is not None
    return (number, standard) if limited and len(words) <= MAX_STANDARD_WORDS else None


def picked_with_target(state: UserState, message: str) -> tuple[int, str] | None:
    """«yg pertama, 95», «usulan 2 target 90%», «first one, 95»: a suggestion on screen picked and its target typed
    in one message; the pick (0-based) and the target's words, or None."""
    split = value_at_end(message) if state.candidates and not asks_by_word(message) and not codes_in(message) else None
    if split is None or not tokens(split[0]):  # («usulan 1 itu maksudnya apa?» asks: no pick, no target 1)
        return None
    if picks_by_number(message):  # «usulan 2» under one suggestion: a place past them, never usulan 1 at 2%
        return None
    picked = typed_suggestion(state, split[0])
    return (picked, split[1]) if picked is not None else None


MAX_PICK_WORDS = 4  # «pakai 1», «pakai usulan 2 aja»: a pick; a longer head is a sentence


def picked_proposal(state: UserState, message: str) -> tuple[int, str] | None:
    """«pakai 1, target 95», «pakai usulan 2» under PRIMA step M's proposals (the form its help advertises): the
    proposal picked (0-based) and the target's words ("" when none typed), or None."""
    proposals = state.prima.proposals if state.prima else []
    if state.candidates or not proposals:
        return None
    split = value_at_end(message)
    head, target = split if split and tokens(split[0]) else (message, "")
    labels = use_labels(len(proposals))
    words = tokens(head)
    if not words or len(words) > MAX_PICK_WORDS or not (selecting(head) or "usulan" in words):
        return None
    picked = typed_choice(head, labels)
    return (picked, target) if picked is not None else None


def proposal_with_target(state: UserState, message: str) -> tuple[int, str] | None:
    """«59», «yg rekon 100%» under step 4's starting points with no IKI being drafted: the starting point its words
    name (the first shown when it names none: they are taken in order) and the target's words; None when it names
    other work, picks by number («2»), corrects or is longer than a pick. (After picked_proposal: «pakai 2, 90».)"""
    prima = state.prima
    if state.candidates or prima is None or not prima.proposals or prima.together or prima.current is not None:
        return None
    split = value_at_end(message)
    if split is None or len(read_answer(message).numbers) != 1 or is_correction(message):
        return None
    head, value = split
    if len(tokens(head)) > MAX_PICK_WORDS or measure_class(head):  # («pakai 2, 90» is picked_proposal's)
        return None
    named = prima_offer.proposal_named([p.indikator for p in prima.proposals], head)
    if named is not None:
        return named, value
    number = typed_target(value)
    by_place = number.unit is None and float(number.value).is_integer() and number.value <= len(prima.proposals)
    return None if prima_offer.names_work(head) or by_place else (0, value)


def names_target(message: str, state: UserState) -> bool:
    """A target typed while suggestions are shown, not a pick among them («#2», «2»: a number no larger than their
    count, with no unit)."""
    number = target_and_weight(message)[0]
    if number is None or reports_done_work(message) or counts_iki(message[:number.start]) or codes_in(message):
        return False  # «periksa 42 sampel TCM hr ini» is work done, «IKI maksimal 12 kan» the guidance's count, «IKK
        # 2.1» a Renstra code to look up (play40: saved as usulan 1 at 2,1%)
    return number.unit is not None or not float(number.value).is_integer() or number.value > len(state.candidates)


def counts_iki(before: str) -> bool:
    """The words before a number name what it counts as the IKI (or RHK) themselves, past any bound word: «IKI
    maksimal 12», «paling banyak RHK 3» (conversation.yaml `counts_of`)."""
    words, counts = tokens(before), knowledge.data("conversation")["counts_of"]
    while words and words[-1] in counts["bounds"]:
        words = words[:-1]
    return bool(words) and words[-1] in counts["things"]


def suggestion_labels(state: UserState) -> list[str]:
    """The buttons' labels of the suggestions on screen, the same words a user may type instead of tapping."""
    return use_labels(len(state.candidates))
