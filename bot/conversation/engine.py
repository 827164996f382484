"""The conversation engine: (user id, text or button data) in, replies out. It knows nothing of Telegram.

A typed message goes, in this order: to a command (the table in commands.py), to the flow that is waiting for an
answer (FLOWS, innermost first), or else it is read once (intent.py) and acted on as what it is (plain.py). A button
goes to the handler of its scope ("prima:…", "skp:…"; BUTTONS)."""

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot import clock as clocks
from bot import render
from bot.conversation import (
    draft_save,
    field_asked,
    iki_list,
    line_acts,
    mpph_flow,
    pasted_skp,
    profil_flow,
    rhk_flow,
    shorten,
    skp_edit,
    skp_typed,
    step_help,
    team_chat,
    year_chat,
)
from bot.conversation.activities import drafted_from
from bot.conversation.answers import (
    fields_in,
    is_correction,
    leading_clause,
    leads_with_value,
    read_answer,
    typed_target,
    without_lead_in,
)
from bot.conversation.catalog_code import bare_code, code_reply
from bot.conversation.commands import BY_NAME, Turn, command_label
from bot.conversation.iki_fields import (
    NUMBER_FIELDS,
    is_new_iki,
    is_yes,
    new_iki_in,
    new_work,
    not_a_unit,
    reads_as_iki,
    weights_so_far,
)
from bot.conversation.intent import (
    Intent,
    Route,
    classify,
    done_work_topic,
    introduction_in_flow,
    request_in,
    search_follow_up,
    smalltalk_reply,
    work_asking_iki,
    work_beside_request,
)
from bot.conversation.offered import (
    exact_press,
    offered,
    on_screen,
    screen,
    shown,
    single_action,
    typed_press,
    undo_press,
    undo_words,
    verb_press,
    yes_asking_next,
    yes_or_no,
    yes_press,
)
from bot.conversation.one_off import named_iki
from bot.conversation.plain import (
    AS_QUESTION,
    NOT_UNDERSTOOD,
    Plain,
    asks_to_add,
    candidate_target,
    corrects_target,
    drafts_iki,
    first_suggestion,
    from_work,
    goes_on,
    insists,
    names_target,
    picked_proposal,
    picked_with_target,
    save_named,
    suggestion_labels,
    then_mandatory,
)
from bot.conversation.prima import Prima, ask_keep_progress, is_open
from bot.conversation.prima_step_m import IN_ENGLISH as IN_ENGLISH_IKI
from bot.conversation.prima_step_m import (
    MANDATORY_LEFT_OUT,
    MANDATORY_PUT_OFF,
    declines_mandatory,
    iki_after_question,
    mandatory_added,
    mandatory_draft,
    mandatory_in,
    mandatory_offer,
    mandatory_refused,
    names_mandatory,
    offer_again,
    split_mandatory,
)
from bot.conversation.replies import (
    MAX_REPLY_CHARS,
    Button,
    Reply,
    ReplyFile,
    fit,
    replies_from_json,
    replies_to_json,
    stale,
)
from bot.conversation.state import ChosenIndicator, PrimaState, UserState
from bot.conversation.turns import Deliver, Turns
from bot.lang.text import clean, clean_lines, tokens
from bot.lang.values import numbers_in
from bot.llm.assistant import NO_AI, Assistant
from bot.logs import pseudonym
from bot.models import MAX_TEXT_CHARS, Category, IkiDraft
from bot.retrieval.codes import codes_in
from bot.retrieval.glossary import terms_in
from bot.rewrite import indonesian_wording
from bot.rewrite.work import suggest as work_suggestions
from bot.rules import check_iki, check_skp
from bot.rules.language import is_english, opens_with_english_measure
from bot.skp import readiness
from bot.skp.dialog_pack import build_pack, default_questions, pack_docx, pack_text
from bot.skp.export import file_name as export_file_name
from bot.skp.export import skp_workbook
from bot.storage import Store
from bot.storage.sqlite import SqliteStore
from bot.year import dialog_record, logbook
from bot.year import sheets as year_sheets

log = logging.getLogger("asisten_iki.engine")

IN_INDONESIAN = ("Asisten ini bekerja dalam Bahasa Indonesia, dan IKI ditulis dalam Bahasa Indonesia. / This assistant "
                 "works in Indonesian; please write your IKI in Indonesian.")
IN_INDONESIAN_PICK = ("Pilih usulan dalam Bahasa Indonesia di bawah, atau tulis ulang IKI Anda. / Pick an Indonesian "
                      "wording below, or rewrite your IKI in Indonesian.")
MAX_DRAFTED = 3  # IKI drafted from a description of several tasks, one per task
MIN_NAMING_CHARS = 5  # «makanan», «penyelenggaraan»: a word long enough to name an activity («yg», «gmn» never do)
MAX_WORK_EXAMPLES = 2
_BUTTON_NUMBER = re.compile(r"#\s*(\d{1,2})")  # «#2»: a button named by the number the terminal shows beside it
NOTHING_TO_UNDO = ("Tidak ada langkah yang sedang terbuka, jadi tidak ada yang dibatalkan; draf Anda tetap seperti "
                   "semula. Ubah atau buang IKI dengan /ubah N atau /buang N (lihat nomornya di /skp).")
ON_SCREEN = "Tombol pesan terakhir saya masih berlaku:"
STALE_NEXT = ("Tidak ada langkah yang sedang menunggu jawaban. Lihat draf dengan /skp, periksa IKI dengan /cek, "
              "lanjutkan penyusunan dengan /prima, atau ketik /bantuan.")


def _matrix_open(state: UserState) -> list[Reply]:
    """The MPPH matrix left on screen (no question open under it): one line and its buttons, so a reopened chat
    still presses them; [] when none."""
    return [mpph_flow.matrix_reminder(state)] if state.mpph is not None and state.mpph.step == "done" else []


def _again(state: UserState) -> list[Reply]:
    """The last message's buttons named again under «still valid», each under the gist of its message; [] when
    the gists are not kept: a button never shows without the words it answers."""
    messages = on_screen(state.shown, state.screen)
    if not messages:
        return []
    first = messages[0]
    return [Reply(f"{ON_SCREEN}\n{first.text}", first.buttons)] + messages[1:]


def _in_both_languages(text: str) -> bool:
    """A line said in Indonesian, then « / » and the same in English (the English note's own shape)."""
    return any(" / " in line and is_english(line.rsplit(" / ", 1)[1]) for line in text.splitlines())


@dataclass(frozen=True)
class Flow:
    """A step that waits for the user's next message: while open, it takes plain text and owns the open question."""

    name: str
    is_open: Callable[[UserState], bool]
    on_text: Callable[[Turn, str], list[Reply]]
    prompt: Callable[[UserState], list[Reply]]


@dataclass(frozen=True)
class Due:
    """A message the engine has for a user outside any turn (a reminder, news from another user), claimed for
    sending: the door sends `replies` and then calls Engine.delivered(due)."""

    key: str
    user_id: str
    replies: list[Reply]


class RateLimiter:
    """At most `limit` expensive requests per user in any `window` seconds, counted in the state store so that
    every replica (and every restart) sees the same window."""

    def __init__(self, limit: int, store: Store, window: float = 60.0):
        self.limit, self.window = limit, window
        self._store = store

    def wait_seconds(self, user_id: str) -> int:
        return self._store.rate_slot(user_id, self.limit, self.window)


class Engine:
    """One engine serves every adapter. State is per user, loaded and saved around every turn (turns.py)."""

    def __init__(self, store: Store | None = None, retriever: Callable[[], Any] | None = None,
                 rate_limit: int = 20, assistant: Assistant | None = None, clock: clocks.Clock | None = None):
        store = store or SqliteStore()  # in memory unless the adapter gives a file or a server
        self._store = store
        self.clock = clock or clocks.now  # every date the engine reads or writes
        store.clock = lambda: self.clock().timestamp()  # and the store's age of what it delivered
        # Each turn writes the user's place in the reminders' schedule with the state it saves.
        self.turns = Turns(store, lambda state: year_chat.next_at(state, self.clock()))
        # What posts messages that fall due by themselves (reminders): each is called with the time on every tick;
        # one that offers `for_user(user_id, now)` is asked for that user alone by Engine.due.
        self.producers: list[Callable[[datetime], None]] = [year_chat.Reminders(store, self.state, self.post)]
        self.assistant = assistant or Assistant()  # no model: the deterministic product
        # Search loads a model; it is built on the first /ikk, /tanya or PRIMA search, not when the chat opens.
        self._make_retriever = retriever or _default_retriever
        self._retriever: Any = None
        self._retriever_lock = threading.Lock()
        self._limiter = RateLimiter(rate_limit, store)
        self.prima = Prima(lambda text: self._search_ready().find(text[:MAX_TEXT_CHARS], k=3), self.assistant)
        self.team = team_chat.TeamChat(store, lambda: self.clock(), self.state, self.post,  # the leader's side
                                       self._prima_from_invite)
        self.producers.append(self.team.produce)  # the weekly digest, the dialog agenda
        self.plain = Plain(self.prima, self.assistant, lambda: self.clock(), command=self._command,  # no flow open
                           check=self.check, ask=self.ask, search=self.search, limited=self._limited,
                           fill_text=self._fill_text, pending_question=self.pending_question,
                           step_help=self._step_help, findings_asked=self.team.findings_asked)
        # Innermost first: a change of one IKI can be asked inside PRIMA, never the other way round.
        self._flows = (
            Flow("tim", lambda s: s.tim is not None, self.team.on_text, team_chat.prompt),
            Flow("tahun", year_chat.is_waiting, self._year_text, year_chat.prompt),
            Flow("ubah", lambda s: s.edit is not None, self._edit_text, skp_edit.prompt),
            Flow("profil", lambda s: s.profil is not None, self._profil_text, profil_flow.prompt),
            Flow("mpph", lambda s: s.mpph is not None and s.mpph.step != "done", self._mpph_text, mpph_flow.prompt),
            Flow("rhk", lambda s: s.rhk is not None and not s.rhk.paused, self._rhk_text, rhk_flow.prompt),
            Flow("simpan", draft_save.is_open, self._fill_text, draft_save.prompt),
            Flow("prima", is_open, self._prima_text, self._prima_prompt),
        )
        # Buttons by scope, the part of their data before the first ":"; the handler gets the rest.
        self._buttons: dict[str, Callable[[Turn, str], list[Reply]]] = {
            "prima": lambda t, rest: self.prima.on_button(t.state, rest) if t.state.prima else self._stale(t.state),
            "mpph": lambda t, rest: mpph_flow.on_button(t.state, rest) if t.state.mpph else self._stale(t.state),
            "rhk": lambda t, rest: rhk_flow.on_button(t.state, *_split(rest)),
            "fill": lambda t, rest: draft_save.on_button(t.state, *_split(rest)),
            "list": self._list_button,
            "skp": lambda t, rest: self._skp_changed(t, lambda: skp_edit.on_button(t.state, *_split(rest))),
            "profil": lambda t, rest: profil_flow.on_button(t.state, rest),
            "use": lambda t, rest: self.plain.use_candidate(t.state, rest),
            "route": self._route_pending,
            "cmd": lambda t, rest: self._limited(t.user_id, "/ekspor",
                                                 lambda: self.team.with_history(t, self.export(t.state)))
            if rest == "ekspor" else self._stale(t.state),
            "confirm": lambda t, rest: self._confirm(t, rest),
            "tim": lambda t, rest: self.team.press(t, f"tim:{rest}"),  # a leader's decision, checked again by bot.team
            team_chat.SCOPE: self.team.on_button,
            "year": self._year_button,
        }

    # Doors ------------------------------------------------------------------------------------------------
    def handle(self, user_id: str, text: str, update_id: int | None = None, deliver: Deliver | None = None) -> list[Reply]:
        """A message the user typed (update_id: the transport's id for it, so a redelivery is not applied twice).
        Returns the replies; `deliver` also gets them while the user's lock is still held."""
        user_id = str(user_id)
        # Several lines lose their list numbering ("1. …"); one line keeps a number in front: it may be the answer.
        several = "\n" in (text or "").strip()
        # (a table pasted with its header is read by its columns before cleaning joins each row's cells)
        message = clean_lines(iki_list.headed_table(text) or iki_list.header_marked(text)) if several \
            else clean(text or "", numbering=False)
        return self._run(user_id, lambda turn: self._message(turn, message),
                         update_id, deliver, command_label(text))

    def press(self, user_id: str, data: str, update_id: int | None = None, deliver: Deliver | None = None) -> list[Reply]:
        """A button the user picked; the data may be stale (an old message, a restart)."""
        user_id = str(user_id)
        return self._run(user_id, lambda turn: self._button(turn, data or ""), update_id, deliver,
                         command_label(None, button=True))

    def unsupported(self, user_id: str, kind: str = "berkas", update_id: int | None = None,
                    deliver: Deliver | None = None) -> list[Reply]:
        """Something that is not text (photo, sticker, voice, document …)."""
        log.info("unsupported input", extra={"user": pseudonym(str(user_id)), "kind": kind})
        return self._run(str(user_id), lambda turn: [Reply(f"Maaf, saya belum bisa membaca {kind}. Kirim IKI atau "
                                                            "pertanyaan Anda sebagai teks, atau ketik /bantuan.")],
                         update_id, deliver, command_label(None))

    def pending(self, user_id: str) -> list[Reply]:
        """The question the user has open, asked again (after a restart, when the chat opens); [] when none.
        Read-only: nothing is saved, so asking cannot disturb a turn in progress."""
        state = self.state(user_id)
        asked = self.pending_question(state) or _matrix_open(state)
        last = self._asked_over(state, asked) if asked else []
        if not last:
            return fit(asked)
        flow = self._open_flow(state)  # the question under it, named again after it
        under = [self.prima.reminder(state)] if flow and flow.name == "prima" else \
            [draft_save.reminder(state)] if flow and flow.name == "simpan" else asked
        return fit(last + under)

    @staticmethod
    def _asked_over(state: UserState, asked: list[Reply]) -> list[Reply]:
        """The last message's question when it was asked over the open one (none of its buttons is the open
        question's: the MPPH matrix shown over «Simpan ke draf»'s target question, a rewrite's «Pakai usulan» over
        PRIMA's step 4), asked again first so «#N» presses what the user last saw (tester16 #4); [] when the open
        question is the last one."""
        own = {button.data for reply in asked for button in reply.buttons}
        if not state.shown or any(data in own for _, data in state.shown):
            return []
        scopes = {data.partition(":")[0] for _, data in state.shown}
        matrix = _matrix_open(state) if "mpph" in scopes else []
        offer = offer_again(state) if any(data.startswith("prima:use:") for _, data in state.shown) else None
        return matrix or ([offer] if offer else _again(state))

    def on_screen(self, user_id: str) -> list[Reply]:
        """With no question open, the last message's buttons shown again when the chat opens, each under the words
        it answers, so «#N» still presses them (a leader's «Kembalikan», /rencana's «Terima»); [] when it had none."""
        return _again(self.state(user_id))

    def state(self, user_id: str) -> UserState:
        """What the engine keeps for this user, as last saved."""
        return self.turns.state(str(user_id))

    # Messages outside a turn ---------------------------------------------------------------------------
    def post(self, user_id: str, key: str, replies: list[Reply], due: datetime | None = None) -> bool:
        """Queue replies for a user (now, or from `due`), once per key: False when that key was posted before."""
        at = (due or self.clock()).timestamp()
        return self._store.post(str(user_id), key, at, replies_to_json(fit(replies)))

    def tick(self, now: datetime | None = None) -> list[Due]:
        """Everything due by now, for every user: producers post what has fallen due, then each due message is
        claimed for this caller, so with several replicas each message goes out through one of them."""
        now = now or self.clock()
        for produce in self.producers:
            produce(now)
        return self._claimed(self._store.claim_due(now.timestamp()))

    def due(self, user_id: str, now: datetime | None = None) -> list[Due]:
        """One user's due messages (the terminal shows them when it opens and after each turn)."""
        now = now or self.clock()
        for produce in self.producers:
            for_user = getattr(produce, "for_user", None)
            if for_user:
                for_user(str(user_id), now)
            else:
                produce(now)
        return self._claimed(self._store.claim_due(now.timestamp(), user_id=str(user_id)))

    def delivered(self, due: Due) -> None:
        self._store.mark_delivered(due.key, self.clock().timestamp())

    @staticmethod
    def _claimed(posted) -> list[Due]:
        return [Due(p.key, p.user_id, replies_from_json(p.replies)) for p in posted]

    def _run(self, user_id: str, act: Callable[[Turn], list[Reply]], update_id: int | None, deliver: Deliver | None,
             label: str) -> list[Reply]:
        delivered: list[Reply] = []
        turn = Turn(user_id, UserState())

        def collect(replies: list[Reply]) -> None:
            delivered.extend(replies)
            if deliver:
                deliver(replies)

        def step(state: UserState) -> list[Reply]:
            turn.state, turn.audit[:], turn.letters[:] = state, [], []
            asked, year = state.confirm, state.year
            replies = act(turn)
            turn.state.year = logbook.note_latest(year, turn.state.year)  # a file sent next goes to these entries
            replies = skp_edit.walked_away(turn.state, asked, replies) + replies  # «Buang IKI 2?» left unanswered
            before = turn.state.shown, turn.state.screen
            turn.state.offered, turn.state.shown, turn.state.screen = offered(replies), shown(replies), screen(replies)
            if not turn.state.shown and team_chat.review_owner(before[0], user_id):
                # a reply with no buttons (an answer) leaves the leader's review open
                turn.state.shown, turn.state.screen = before
            turn.state.single = single_action(replies)
            return replies

        # The turn's audit entries go in with its state; its letters to other users once that is committed.
        self.turns.run(user_id, step, collect, update_id, label, audit=lambda: turn.audit,
                       committed=lambda: [self.post(*letter) for letter in turn.letters])
        return delivered

    # Typed messages ---------------------------------------------------------------------------------------
    def _message(self, turn: Turn, message: str) -> list[Reply]:
        replies = self._message_replies(turn, message)
        if [r.text for r in replies] == [NOT_UNDERSTOOD]:  # «1» the next day: yesterday's «IKI mana?» answered
            replies = year_chat.late_pick(turn.state, message, self.clock()) or replies
        if self.team.reviews(turn.user_id):  # a leader sets this SKP: a change is a perubahan the leader approves
            return replies
        return self._reason_first(turn.state, replies) \
            + year_chat.unplaced_offer(turn.state) + year_chat.picks_again(turn.state, replies, self.clock())

    def _reason_first(self, state: UserState, replies: list[Reply]) -> list[Reply]:
        """The turn's replies and a perubahan's reason asked at its end; an IKI's field question shown this turn waits
        until the reason is given (never two questions at once, tester17 #2: «70%» went to the reason's note)."""
        asked = year_chat.unexplained_change(state, self._waits(state), self.clock())
        replies = year_chat.as_perubahan(state, replies)  # never «Tersimpan ke draf» after /tetapkan
        if not (asked and state.year_ask is not None and state.year_ask.kind == "alasan" and draft_save.is_open(state)):
            return replies + asked
        held = [r for r in replies if r.buttons and all(b.data.startswith("fill:") for b in r.buttons)]
        return [r for r in replies if r not in held] + asked

    def _waits(self, state: UserState) -> bool:
        """A flow still asks for this change (all but «Simpan ke draf», whose fields may come later)."""
        flow = self._open_flow(state)
        return flow is not None and flow.name not in ("simpan", "tahun")

    def _asked_above(self, state: UserState, message: str) -> str | None:
        """A whole yes or no while a flow waits, under a question asked above that flow's own (/tetapkan mid-PRIMA:
        «Ya, tetapkan | Batal»; an invite's «Terima?»): the question on screen owns it, and its button is pressed
        (it was read by PRIMA as small talk, «Siap.», and lost). The flow's own yes/no questions (any button of its
        scope, «70? [Ya, 70]» too) stay the flow's."""
        place = _bare_number(message) if self._asks_words(state) else None
        numbered = place is not None and 1 <= place <= len(state.offered)
        if not state.offered or not (yes_or_no(message) or yes_asking_next(message) or numbered):
            return None
        own = {button.data.partition(":")[0] for reply in self.pending_question(state) for button in reply.buttons}
        above = {data.partition(":")[0] for _, data in state.offered}  # (scopes: a flow's own asides stay its own)
        if own & above:
            return None
        # «1» under «[#1] Ya, tetapkan | [#2] Batal» asked above PRIMA's IKI question: the first button shown (tester13
        # #11: it opened «Rincian 1» of a list saved hours before, and the SKP was not agreed)
        return state.offered[place - 1][1] if numbered else typed_press(state.offered, message)

    @staticmethod
    def _asks_words(state: UserState) -> bool:
        """Whether the flow waiting asks for words, not a number: PRIMA's IKI sentence (step 4) or a keyword (step 1),
        where a bare number is no answer of its own."""
        return state.prima is not None and is_open(state) and state.prima.field == "indikator" \
            and state.prima.step == "M"

    def _undoes_here(self, state: UserState) -> bool:
        """Undo words press the open question's own buttons, except inside PRIMA (which reads them itself: back one
        step, the IKI being drafted dropped), a team or year answer (a comment, a reason) and a logbook (its own
        corrections)."""
        flow = self._open_flow(state)
        return not year_chat.logging(state) and (flow is None or flow.name not in ("prima", "tim", "tahun"))

    def _message_replies(self, turn: Turn, message: str) -> list[Reply]:
        if not message:
            return [Reply("Pesan Anda kosong. Kirim kalimat IKI yang ingin diperiksa, atau ketik /bantuan.")]
        shown, turn.state.reminders_shown = turn.state.reminders_shown, False
        last_edit, turn.state.edited_field = turn.state.edited_field, ""
        searched, turn.state.searched = turn.state.searched, False
        command = _command_after_lead(message)
        if command:  # «yaudah. /cek Jumlah rapat …», «whatever. /ikk vaccine cold chain»: the command, not a draft
            message = command
        if message.startswith("/"):
            return self._command(turn, message)
        limit = MAX_REPLY_CHARS if "\n" in message else MAX_TEXT_CHARS  # a pasted list: Telegram's own limit
        if len(message) > limit:
            return [Reply(f"Pesan terlalu panjang ({len(message)} karakter). Kirim satu IKI atau satu pertanyaan, "
                          f"paling banyak {MAX_TEXT_CHARS} karakter, atau daftar IKI satu per baris, paling banyak "
                          f"{MAX_REPLY_CHARS} karakter.")]
        topic = search_follow_up(message) if searched and not self._waits(turn.state) else None
        if topic and not terms_in(message):  # «kalau utk tim pengelola BMN?» right after /ikk: the same search
            # for that topic («kalau IKI beyond wajib ga?» names a guidance term: a question for the guidance)
            return self._command(turn, f"/ikk {topic}")
        exact = exact_press(turn.state.shown, message) or verb_press(turn.state.shown, message)
        if exact:  # «Selesai dulu» typed under the data-awal question: that button, not a value of the field
            return self._button(turn, exact)
        undone = undo_press(turn.state.shown, message, cancel_keeps=turn.state.edit is not None) \
            if self._undoes_here(turn.state) else None
        if undone:  # «eh ga jadi» at /ubah's target, «batal» at the data-awal question: its «Batal» or «« Kembali»
            return self._button(turn, undone)
        if self._undoes_here(turn.state) and not self._open_flow(turn.state) and undo_words(message):
            return [Reply(NOTHING_TO_UNDO)]  # «batal deh» with nothing open: said so, never «itu maksudnya apa?»
        detail = iki_list.detail_typed(message, turn.state.listed)
        if detail is not None:  # «Rincian 1» typed, or sent again from an old message: that line of the last list
            return self._button(turn, f"list:detail:{detail}")
        number = _BUTTON_NUMBER.fullmatch(message.strip())
        if number and not self._open_flow(turn.state):  # «#1» after /tanya (the terminal presses a button it shows):
            n = int(number.group(1))
            if 1 <= n <= len(turn.state.shown):  # the last message's button (a chat reopened): pressed, as on screen
                return self._button(turn, turn.state.shown[n - 1][1])
            return self._no_such_button(turn.state, n)  # what is still open, and what to type
        offered, turn.state.mandatory_offered = turn.state.mandatory_offered, False
        added = mandatory_added(message) if offered else None
        if added:  # «ok tambahin, target 85» right after the mandatory IKI was offered (in PRIMA: its fields in turn)
            return self.prima.add(turn.state, added) if is_open(turn.state) else draft_save.add_mandatory(turn.state, added)
        if offered and mandatory_refused(message):  # «tetep ga usah dimasukin»: the offer refused, said so
            return [Reply(MANDATORY_LEFT_OUT)] + (self.pending_question(turn.state) or draft_save.offer_reminder(turn.state))
        retimed = year_chat.reminder_follow_up(turn.state, message, self.clock(), shown)
        if retimed:  # «jam setengah 4 sore» after /pengingat: the reminder's, not the open question's answer
            return retimed + self._reminder(turn.state)
        flow = self._open_flow(turn.state)
        pressed = self._asked_above(turn.state, message) if self._waits(turn.state) else \
            typed_press(turn.state.offered, message) or yes_press(turn.state.single, message)
        if pressed:  # «ya» under «Ya, tetapkan | Batal»: the button, as if tapped
            return self._button(turn, pressed)
        # «atasan saya ganti» (a new pairing code), a leader's «hapus catatan Andi» (refused): whatever draft question
        # is open, but not inside a team or year answer, where it may be the comment or the perubahan's explanation.
        changed = self.team.on_plain(turn, message, year_chat.logging(turn.state)) \
            if not flow or flow.name not in ("tim", "tahun") else []
        if changed:
            return changed + self._reminder(turn.state)
        noted = self.team.note_offered(turn, message) if not flow else []
        if noted:  # «IKI 2: Jml laporan bukan hasil kerja, ganti jd …» under the review: the member's, never an edit
            return noted  # of the leader's own SKP nor an IKI to check
        before = [iki.indikator for iki in turn.state.skp.iki]
        typed = (not flow or flow.name not in ("tim", "tahun", "ubah")) and skp_edit.is_typed_edit(message)
        # After /ajukan numbered the pasted list, «IKI N» is the list's line N: the draft takes the list's order first.
        ordered = self.team.as_listed(turn.state) if typed and turn.state.listed_offer else []
        edited = skp_edit.typed_edit(turn.state, message) if typed else None
        if edited is not None:  # «IKI 1 ganti jadi …, target 70%»: an edit, never the open field's answer
            again = self.pending_question(turn.state) if turn.state.edit is None else []
            return ordered + edited + year_chat.after_change(turn.state, before, self.clock()) + again
        fields = skp_typed.field_edits(message, len(turn.state.skp.iki)) if "\n" not in message \
            and (not flow or flow.name not in ("tim", "tahun", "ubah")) and not year_chat.logging(turn.state) \
            and not reads_as_iki(message) and not iki_list.picked(message, turn.state.listed) else None
        number = typed_target(message) if last_edit and is_correction(message) else None
        if number is not None:  # «eh ga jadi, 92% aja» right after «yg no 1 targetnya 90% aja deh»: that field again
            fields = [skp_typed.FieldEdit.corrected(last_edit, number.text)]
        jenis = read_answer(message) if last_edit.endswith(" jenis") else None
        if jenis is not None and jenis.correction and jenis.jenis is not None and not jenis.numbers:
            fields = [skp_typed.FieldEdit.corrected(last_edit, jenis.jenis.value)]  # «eh salah, CL» after «2 jenis TUSI»
        if fields:  # «eh yg no 1 targetnya ganti jadi 90% deh»: IKI 1 changed, never the open field's answer
            note = draft_save.numbering_note(turn.state, [edit.number for edit in fields])
            changed = [Reply(note)] if note else []
            changed += [r for edit in fields for r in skp_edit.ubah(turn.state, edit.command)]
            if turn.state.edit is None:
                turn.state.edited_field = fields[-1].correctable
            again = self.pending_question(turn.state) if turn.state.edit is None else []
            return changed + again
        menu = skp_edit.under_menu(turn.state, message) if not flow else None
        if menu is not None:  # «Core TUSI 25», «target 95» under «Ubah bagian mana dari IKI N?»: that IKI changed
            return menu + year_chat.after_change(turn.state, before, self.clock()) \
                + (self.pending_question(turn.state) if turn.state.edit is None else [])
        # Written in English: one line, in both languages, before the reply (the rules flag an English IKI itself),
        # once outside any flow and once in each flow: said on every message it buried the answers.
        english = is_english(message) and not year_chat.logging(turn.state)  # a logbook line may be in English
        where = flow.name if flow else ""
        replies = flow.on_text(turn, message) if flow else self.plain.on_text(turn, message)
        if not english or where in turn.state.english_noted:
            return replies
        turn.state.english_noted.append(where)
        # a reply said in both languages already tells it («Tidak: IKI ditulis … / No: IKI are written …»): one is enough
        return replies if any(_in_both_languages(r.text) for r in replies) else [Reply(IN_INDONESIAN)] + replies

    def _command(self, turn: Turn, message: str) -> list[Reply]:
        word, _, rest = message.partition(" ")
        name = word.split("@", 1)[0].lower()  # Telegram appends @botname in groups
        rest = rest.strip()
        if len(rest) > (MAX_REPLY_CHARS if "\n" in rest else MAX_TEXT_CHARS):
            return [Reply(f"Teks terlalu panjang ({len(rest)} karakter). Kirim paling banyak {MAX_TEXT_CHARS} karakter.")]
        command = BY_NAME.get(name)
        year_chat.moved_on(turn.state)
        profil_flow.moved_on(turn.state)  # a profile waiting only for the leader's NIP leaves it for later
        turn.state.completed = None  # another task: a later «eh salah, 20 aja» no longer changes the IKI completed last
        if name not in ("/ubah", "/buang"):  # the list's numbering shown by /ajukan holds for the next edit only
            turn.state.listed_offer = False
        if command is None:
            return [Reply(f"Perintah {name} belum dikenal. Ketik /bantuan untuk daftar perintah.")] + self._reminder(turn.state)
        run = lambda: command.run(self, turn, rest)  # noqa: E731
        replies = self._limited(turn.user_id, name, run) if command.expensive else run()
        if name == "/ubah" and turn.state.edit is None:  # «/ubah 2 bobot 10», then «eh bentar, 15 aja»: that field
            turn.state.edited_field = skp_edit.value_edited(rest, len(turn.state.skp.iki))
        if draft_save.ends_asking(replies, turn.state):
            return replies  # the command itself just asked it (/cek … 95% saved the IKI and asks what it lacks)
        return replies + (self._reminder(turn.state) if command.reminds else [])

    def _open_flow(self, state: UserState) -> Flow | None:
        return next((flow for flow in self._flows if flow.is_open(state)), None)

    def pending_question(self, state: UserState) -> list[Reply]:
        flow = self._open_flow(state)
        return flow.prompt(state) if flow else []

    def _reminder(self, state: UserState) -> list[Reply]:
        """After another command mid-PRIMA (or mid «Simpan ke draf»), one line naming the open question (not while a
        change waits for its value)."""
        if state.edit:
            return []
        if draft_save.is_open(state):
            return draft_save.remind(state)
        return [self.prima.reminder(state)] if is_open(state) else []

    def _profil_text(self, turn: Turn, message: str) -> list[Reply]:
        """An answer for /profil; once the profile is done, the step it interrupted is named again. A message that is
        no NIP under the leader's NIP (asked last) leaves it for later and goes where it would have gone."""
        if not profil_flow.takes(turn.state, message):
            turn.state.profil = None
            flow = self._open_flow(turn.state)
            return flow.on_text(turn, message) if flow else self.plain.on_text(turn, message)
        replies = profil_flow.on_text(turn.state, message)
        return replies + ([] if profil_flow.waits(turn.state) else self._reminder(turn.state))

    def _prima_from_invite(self, state: UserState, start) -> list[Reply]:
        """A Ketua Tim's invite accepted: PRIMA at step M with the leader's indicator chosen and the member's IKI
        from the MPPH drafted one after another."""
        first = start.parts[0]
        state.prima = PrimaState(step="M", indicator=ChosenIndicator(code=first.indicator_id, name=first.indikator,
                                                                       target=str(first.target or "")))
        return self.prima.take_list(state, [part.iki for part in start.parts])

    def _prima_prompt(self, state: UserState) -> list[Reply]:
        # (a list pasted at step M and not yet taken is named with the step's prompt: Prima.prompt)
        return [Reply("Anda sedang menyusun SKP dengan PRIMA; ini pertanyaan terakhir:")] + self.prima.prompt(state)

    def _prima_text(self, turn: Turn, message: str) -> list[Reply]:
        """Text while PRIMA waits for an answer: small talk and questions are answered without losing the step."""
        state = turn.state
        if state.prima.step != "R" and iki_list.may_be_list(message):  # step R's strategies may be lines
            pasted = iki_list.read_list(message)
            if pasted:
                return self.plain.show_list(state, pasted, one_line="\n" not in message)
        pick = iki_list.picked(message, state.listed) if self.prima.takes_list(state) else None
        if pick:
            return self.plain.save_picked(state, pick, message)
        # (step 1 searches what the introduction names: «sy ketua tim imunisasi rutin» looks for immunisation)
        # (one that asks, «sy plt katim, pilih yg mana?», is a question about the step: its help below)
        introduced = introduction_in_flow(message) if "\n" not in message and state.prima.step != "P" \
            and classify(message).route is not Route.question else None
        if introduced:  # «sy pranata komputer di rsup» at the role question: greeted, never an answer nor a stray
            return [Reply(introduced)] + self.prima.prompt(state)
        if draft_save.takes_offer(state, message):  # an IKI checked with /cek meanwhile: saved, never a PRIMA answer
            return draft_save.on_button(state, "save", "")
        if self.prima.awaits_yes(state, message):  # «ya» to a guessed value («70an» → 70?)
            return self.prima.on_text(state, message)
        at_indikator = state.prima.step == "M" and state.prima.field == "indikator"  # step M asks for the IKI itself
        rest = iki_list.rest_reply(message, state.listed, {i.indikator for i in state.skp.iki}, in_prima=True) \
            if state.prima.step == "M" else None
        if rest:  # «lho yg 4 lainnya td mana?»: the list's lines not drafted, with its buttons (tester17b #5)
            return [rest] + ([] if at_indikator else self.prima.prompt(state))
        picked = picked_with_target(state, message) if at_indikator else None
        if picked:  # «yg kedua, 90», «first one, 95»: the suggestion, with its target
            state.candidate_target = picked[1]
            return self.prima.on_button(state, f"use:{picked[0] + 1}")
        proposal = picked_proposal(state, message) if at_indikator else None
        if proposal:  # «pakai 1, target 95» under step M's proposals: that one, with its target
            state.candidate_target = proposal[1]
            return self.prima.on_button(state, f"propose:{proposal[0] + 1}")
        listed_line = _bare_number(message) if self.prima.takes_list(state) else None
        if listed_line is not None and 1 <= listed_line <= len(state.listed):
            return self._list_detail(state, listed_line)  # «1» under a list: its line, as outside
        if at_indikator and goes_on(state, message):
            taken = first_suggestion(state, message, lambda: self.prima.on_button(state, "use:1"))
            return taken if is_correction(message) else taken[:-1] + self._prima_text(turn, message)
        if at_indikator and corrects_target(state, message):  # «eh bentar, 85 aja» under the suggestions
            return candidate_target(state, message, scope="prima:use")
        if state.prima.step == "M" and is_correction(message):  # «eh salah, 90% maksudnya»: not a question
            return self.prima.on_text(state, message)
        if state.prima.step in ("I", "M"):  # a year line is no answer (nor, before an SKP, a question)
            year = classify(message, True)
            ours = year_chat.logging(state) or year_chat.about_records(year) if state.prima.step == "I" \
                else year_chat.about_plan(state, year)  # step M: the IKI saved so far have their rencana
            if year.route is Route.year and ours:
                # «hari ini verif 12 berkas», «IKI 1: 612 dari 680», «tahap 2 IKI 1 geser ke april»: PRIMA waits
                return year_chat.on_line(state, year, self.clock()) + [self.prima.reminder(state)]
        moved = self.prima.ahead(state, message)  # steps 1–3: the user is further on («langsung aja ke iki nya»)
        if moved is not None:
            return moved
        lookup = request_in(message) if state.prima.step == "P" else None
        if lookup is not None and lookup.command == "ikk" and lookup.text:
            return self.prima.on_text(state, lookup.text)  # «kkp ada ga ikk nya?»: the catalog searched, as /ikk would
        intent = classify(message)
        example = self._work_example(state, message) if intent.route is Route.question else []
        if example:  # «contohnya gmn yg penyelenggaraan makanan?» after «Belum ada titik awal untuk …»
            return example + self.prima.prompt(state)
        if step_help.asks_for_help(intent, state):  # (about the mandatory IKI: offered, «ok masukin, 85» adds it)
            return self._step_help(turn, message) + mandatory_offer(state, message) + self.prima.prompt(state)
        if state.prima.step == "M" and state.prima.field == "indikator" and state.candidates \
                and names_target(message, state):  # «seratus persen» after the suggestions: for the one picked
            return candidate_target(state, message, scope="prima:use")
        if intent.smalltalk == "ack" and state.prima.step == "M":  # «ok» to the suggested weight or jenis takes it
            taken = self.prima.accept(state)
            if taken is not None:
                return taken
            if state.prima.field in NUMBER_FIELDS:  # «lanjut» at the target question: no answer, said so
                return [Reply(NEEDS_NUMBER)] + self.prima.prompt(state)
        if intent.route is Route.smalltalk and state.prima.step != "R":
            return [Reply(smalltalk_reply(intent.smalltalk)), self.prima.reminder(state)]
        asks = (intent.route is Route.question and not step_help.answers_yes_no(intent, state)) \
            or (is_english(message) and "?" in message and not iki_after_question(message))
        if asks and state.prima.step in ("M", "I", "A"):  # («why? a policy brief IS my output»: asks, no IKI)
            answer = self._limited(turn.user_id, "/tanya", lambda: self.ask(message))
            return [Reply(AS_QUESTION)] + answer + [self.prima.reminder(state)]
        replies = self.prima.on_text(state, message, intent)
        if state.prima and state.prima.paused:  # stepped aside after a second message that answered none of it
            return replies + self.plain.on_text(turn, message)
        return replies

    def _mpph_text(self, turn: Turn, message: str) -> list[Reply]:
        """Text while the MPPH asks: a question typed between role lines is answered, not recorded as a role."""
        state = turn.state
        step = state.mpph.step
        answers = step == "target" and typed_target(message) is not None  # «15 dokumen ya»: the target, not a question
        named = step == "method" and mpph_flow.method_in(message) is not None  # «wilayah aja ya?» picks one
        if step in ("indicator", "target", "method") and "\n" not in message and not answers and not named \
                and step_help.asks_for_help(classify(message), state):
            return self._step_help(turn, message) + mpph_flow.prompt(state)  # «maksudnya gmn kak?»
        if step == "method" and not named and "\n" not in message:
            if classify(message).route is Route.question or message.rstrip().endswith("?"):  # «yg papua gmn?»
                answer = self._limited(turn.user_id, "/tanya", lambda: self.ask(message))
                return [Reply(AS_QUESTION)] + answer + mpph_flow.prompt(state)
            if names_mandatory(message):  # «IP ASN 85»: the leader's own mandatory IKI, the method still asked
                return [draft_save.keep_mandatory(state, mandatory_draft(message)[0])] + mpph_flow.prompt(state)
        holds = step == "roles" and mpph_flow.holds_part(state, message)  # «sy sendiri pegang bagian …»: a role
        if step in ("roles", "scope", "holder") and "\n" not in message and not holds \
                and not mpph_flow.answers_scope(state, message):
            intent = classify(message)
            # (the scope question explains itself when asked why: mpph_flow reads that)
            if step == "roles" and step_help.asks_for_help(intent, state):  # «maksudnya?», «contohnya?»
                return self._step_help(turn, message) + [mpph_flow.roles_reminder(state)]
            if step != "scope" and (intent.route is Route.question or message.rstrip().endswith("?")):
                answer = self._limited(turn.user_id, "/tanya", lambda: self.ask(message))
                again = [mpph_flow.roles_reminder(state)] if step == "roles" else mpph_flow.prompt(state)
                return [Reply(AS_QUESTION)] + answer + again
            named = named_iki(message) if step in ("scope", "roles") and ";" not in message else None
            if named:  # "satu lagi CL: Persentase …, target 70%": their own IKI with its jenis, never a role line
                return mpph_flow.leave_for_own_iki(state) + save_named(state, *named)
            typed = without_lead_in(message)  # "satu lagi: Persentase …": an IKI of their own, never a role line
            own = (is_new_iki(typed) or new_iki_in(typed)) if step == "scope" else step == "roles" \
                and ";" not in typed and (reads_as_iki(typed) or new_iki_in(typed) or names_mandatory(typed))
            if own:  # «Persentase … , 90%», «IP ASN 85»: the leader's own IKI
                return mpph_flow.leave_for_own_iki(state) + self.plain.on_text(turn, new_iki_in(typed) or typed)
        return mpph_flow.on_text(state, message)

    def _edit_text(self, turn: Turn, message: str) -> list[Reply]:
        """The value /ubah asked for, or a question about it: answered, then the field is asked again."""
        if turn.state.edit.field == "indikator" and shorten.asks_shorter(message):  # «singkatin» for the new text
            return shorten.propose(turn.state, turn.state.edit.index)
        about_field = field_asked.answer(turn.state.skp, message)
        if about_field:  # «bobotnya brp ya? td udh 100 semua»: the weights of their SKP, then the field again
            return about_field + skp_edit.prompt(turn.state)
        if step_help.asks_for_help(classify(message), turn.state):
            return self._step_help(turn, message) + skp_edit.prompt(turn.state)
        before = [iki.indikator for iki in turn.state.skp.iki]
        return skp_edit.on_text(turn.state, message) + self.team.after_edit(turn) \
            + year_chat.after_change(turn.state, before, self.clock())

    # The year (year_chat.py) --------------------------------------------------------------------------------
    def skp_change(self, turn: Turn, name: str, rest: str, act: Callable[[], list[Reply]]) -> list[Reply]:
        """/ubah and /buang: on an agreed SKP the reason comes first; records follow a reworded IKI."""
        asked = None if self.team.reviews(turn.user_id) else year_chat.needs_reason(turn.state, name, rest, self.clock())
        if asked is not None:
            return asked
        return self._skp_changed(turn, lambda: act(year_chat.command_text(name, rest)))

    def _skp_changed(self, turn: Turn, act: Callable[[], list[Reply]]) -> list[Reply]:
        before = [iki.indikator for iki in turn.state.skp.iki]
        return act() + year_chat.after_change(turn.state, before, self.clock())

    def _year_text(self, turn: Turn, message: str) -> list[Reply]:
        """A typed answer the year waits for: a perubahan's reason, or whether a recap is new work."""
        state, ask = turn.state, turn.state.year_ask
        if ask.kind == "percent":  # else: the figure is not kept (said so), the message is read as what it is
            answered = year_chat.percent_typed(state, message, self.clock())
            return answered or year_chat.percent_left(state) + self.plain.on_text(turn, message)
        if ask.kind == "running":
            answered = year_chat.running_answer(state, message, self.clock())
            if answered:
                return answered
            # something else: the figure stays the quarter's (said so), the message is read as what it is
            return year_chat.running_left(state) + self.plain.on_text(turn, message)
        if ask.kind == "note":  # «ok», an IKI typed or pasted (with «jadi» in it) is no explanation (tester17 #3)
            said, answered = year_chat.note_answer(state, message)
            return said if answered else said + self.plain.on_text(turn, message)  # work: read as what it is
        if ask.kind == "alasan":
            reason = year_chat.versions.reason_answer(message)
            if reason:
                state.year_ask = ask.model_copy(update={"note": year_chat.versions.explanation(message)})
                return self._year_button(turn, f"alasan:{reason}")
            if year_chat.cancels(message):
                return [Reply(year_chat.undo_change(state))]
            kept = year_chat.work_while_asked(state, message, self.clock())  # work, not the reason: kept
            if kept:
                return kept
            return [year_chat.reason_question("Perubahan SKP setelah ditetapkan hanya untuk alasan yang diatur "
                                              "pedoman, dan dibahas dulu dalam dialog kinerja dengan pimpinan.")]
        reading = classify(message, year_chat.logging(state))
        if reading.route is Route.year and reading.entry.kind is year_chat.EntryKind.report:
            state.year_ask = None  # new work: the recap waits no more
            return self.plain.on_text(turn, message)
        return year_chat.recap_answer(state, "skip" if not year_chat.cancels(message) or "rekap" in message.lower()
                                      else "add", self.clock())

    def _year_button(self, turn: Turn, rest: str) -> list[Reply]:
        state, now = turn.state, self.clock()
        action, arg = _split(rest)
        if action == "link":
            return year_chat.link_button(state, arg)
        if action == "recap":
            return year_chat.recap_answer(state, arg, now)
        if action == "renum":  # «c1: hari ini ANC …» under «yang mana yang harusnya 10?»
            return year_chat.renumber_button(state, arg)
        if action == "bukti":
            return year_chat.evidence_button(state, arg)
        if action == "rencana" and arg == "accept":
            return year_chat.rencana_accept(state, now)
        if action == "tahap":
            return year_chat.tahap_button(state, arg, now) or self._stale(state)
        if action == "tetapkan":  # a button from before the member paired: the leader sets it now
            return self.team.tetapkan(turn) or year_chat.tetapkan_button(state, arg, now)
        if action == "pengingat":
            return year_chat.reminder_button(state, arg, now)
        if action == "percent":
            if not state.year_ask or state.year_ask.kind != "percent":
                return self._stale(state)
            return year_chat.percent_answer(state, arg, now)
        if action == "unplaced":  # figures typed before the SKP had IKI: kept as realisasi now, or let go
            return year_chat.unplaced_button(state, arg, now)
        if action == "running":  # «TW II saja» / «Total sejak Januari» under a count's quarter figure
            return year_chat.running_answer(state, arg, now) or self._stale(state)
        if action == "note":
            return year_chat.version_note(state, "")
        if action == "ganti":  # «Alasan lain?» under a reason read from the user's words
            return year_chat.reason_changed(state, arg) + draft_save.prompt(state)
        if action == "agenda":
            return year_chat.agenda(state, now)
        if action == "catat":
            return [Reply("Tulis pekerjaan hari ini dalam satu baris, misalnya «hari ini review 12 berkas usulan "
                          "kenaikan pangkat».")]
        if action == "realisasi" and arg.isdigit():
            return year_chat.ask_realisasi(state, int(arg))
        if action == "alasan":
            ask = state.year_ask
            if not ask or ask.kind != "alasan":
                return self._stale(state)
            if arg not in year_chat.versions.reasons():
                return [Reply(year_chat.undo_change(state))]
            state.year_ask = year_chat.YearAsk(kind="go", reason=arg, line=ask.line, note=ask.note)
            if not ask.line:  # the change is made already (an IKI saved): only its reason was missing
                return year_chat.after_change(state, [i.indikator for i in state.skp.iki], now)
            return self._command(turn, ask.line)
        return self._stale(state)

    def evidence(self, user_id: str, item: Any, caption: str = "", update_id: int | None = None,
                 deliver: Deliver | None = None, entry_id: str = "") -> list[Reply]:
        """A photo or document (Telegram) or a file path (terminal): bukti dukung of a logbook entry (entry_id: the
        one the same line kept)."""
        user_id = str(user_id)
        return self._run(user_id, lambda turn: year_chat.evidence(turn.state, item, caption, self.clock(), entry_id),
                         update_id, deliver, command_label(None))

    @staticmethod
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

    def _step_help(self, turn: Turn, message: str) -> list[Reply]:
        """A question typed inside the open step: its help, a term's meaning, or the guidance's short answer. At the
        weight question one holding a number («knp cuma 0 yg tersisa») is about the weights given: they are shown,
        with what is left for the jenis of the IKI asked and why."""
        from bot.retrieval.embeddings import RetrievalUnavailable

        state = turn.state
        if step_help.key(state) == "bobot" and numbers_in(message):
            drafting = state.fill if state.fill is not None and state.fill.current is not None else state.prima
            current = drafting.current if drafting is not None else None
            return [Reply(weights_so_far(state.skp, current.jenis if current is not None else None))]

        def ask(question: str, topic: str | None):
            return self._search_ready().ask(question, k=3, topic=topic)

        try:
            return self._limited(turn.user_id, "/tanya", lambda: step_help.reply(turn.state, message, ask))
        except RetrievalUnavailable:
            return step_help.reply(turn.state, message, None)

    def _route_pending(self, turn: Turn, choice: str) -> list[Reply]:
        state = turn.state
        message, state.pending = state.pending, ""
        if not message or choice not in ("cek", "tanya", "ikk", "catat", "susun"):
            return self._stale(state)
        if choice == "catat":
            return year_chat.catat(state, message, self.clock())
        if choice == "susun":  # the work of a logbook line, without its day and count
            return from_work(state, done_work_topic(message))
        if choice == "cek":
            return self.check(state, message)
        if choice == "tanya":
            return self._limited(turn.user_id, "/tanya", lambda: self.ask(message))
        return self._limited(turn.user_id, "/ikk", lambda: self.search(message, turn.state))

    def _limited(self, user_id: str, command: str, act: Callable[[], list[Reply]]) -> list[Reply]:
        wait = self._limiter.wait_seconds(user_id)
        if wait:
            return [Reply(f"Permintaan Anda terlalu banyak dalam satu menit. Coba lagi {command} dalam {wait} detik.")]
        return act()

    # Buttons ----------------------------------------------------------------------------------------------
    def _button(self, turn: Turn, data: str) -> list[Reply]:
        replies = self._button_replies(turn, data)
        return self._reason_first(turn.state, replies) \
            + year_chat.unplaced_offer(turn.state) + year_chat.picks_again(turn.state, replies, self.clock())

    def _button_replies(self, turn: Turn, data: str) -> list[Reply]:
        year_chat.moved_on(turn.state)
        scope, _, rest = data.partition(":")
        if turn.state.edit and scope not in ("skp", "confirm", "cmd", "tim", team_chat.SCOPE):
            # A change is waiting for its value: an older button must not start something under it.
            return stale() + skp_edit.prompt(turn.state)
        handler = self._buttons.get(scope)
        return handler(turn, rest) if handler else self._stale(turn.state)

    def _no_such_button(self, state: UserState, number: int) -> list[Reply]:
        """«#1» typed with no flow open and no button of that number shown (after /tanya, say): what is still on
        screen from before and what can be typed for it."""
        said = f"Saya belum bisa membaca «#{number}»: pesan terakhir saya tidak punya tombol nomor {number}."
        if state.candidates:
            buttons = [Button(label, f"use:{i}") for i, label in enumerate(suggestion_labels(state), 1)]
            return [Reply(f"{said} Usulan IKI terakhir masih bisa dipakai: pilih di bawah, atau ketik «pakai usulan N».",
                          buttons)]
        if _matrix_open(state):  # the MPPH matrix of the last session: its buttons again
            return [Reply(said)] + _matrix_open(state)
        if state.listed:
            return [Reply(f"{said} Daftar IKI terakhir Anda ({len(state.listed)} baris) masih bisa dipakai: ketik "
                          f"«Rincian N» atau /cek N untuk baris N, «simpan yang lolos», atau lihat draf dengan /skp.")]
        return [Reply(f"{said} {STALE_NEXT}")]

    def _stale(self, state: UserState) -> list[Reply]:
        """An old button: say so and ask again what is open, or say what to do next."""
        return stale() + (self.pending_question(state) or [Reply(STALE_NEXT)])

    def _confirm(self, turn: Turn, answer: str) -> list[Reply]:
        state = turn.state
        if answer == "hapus" and state.confirm == "hapus":
            self.team.forget(turn)
            for name, value in UserState():
                setattr(state, name, value)  # an empty state is deleted from the store at the end of the turn
            return [Reply("Semua data Anda sudah dihapus.")]
        state.confirm = ""
        return [Reply("Tidak ada yang dihapus.")]

    # Actions (the command table calls these) --------------------------------------------------------------
    def cancel(self, state: UserState) -> list[Reply]:
        if state.year_ask:
            if state.year_ask.kind == "alasan":
                return [Reply(year_chat.undo_change(state))]
            state.year_ask = None
            return [Reply("Dibatalkan; SKP dan catatan Anda tidak berubah.")]
        if state.edit:  # the innermost question first: the change, not the PRIMA under it
            state.edit, state.confirm = None, ""
            return [Reply("Perubahan IKI dibatalkan; draf tidak diubah.")]
        if draft_save.is_open(state):
            return draft_save.cancel(state)
        had_flow = bool(state.mpph or state.rhk or state.pending or state.profil)
        kept = mpph_flow.close(state)  # a matrix with indicators stays for /mpph
        state.rhk, state.pending, state.confirm, state.profil = None, "", "", None
        if is_open(state):
            return ask_keep_progress()  # PRIMA holds answers worth keeping: ask before dropping them
        return [Reply("Langkah dihentikan. Draf Anda tetap tersimpan." + kept if had_flow
                      else "Tidak ada langkah yang sedang berjalan.")]

    def check(self, state: UserState, text: str, intent: Intent | None = None, target: str | None = None,
              number: int | None = None, keep_offer: bool = False, add: bool = False) -> list[Reply]:
        """The rules' verdict on one IKI and, when it is activity-based, output-based suggestions; an output-based
        one can be saved («Simpan ke draf»), and is saved at once when its target came with it (unless keep_offer:
        the caller saves). Several lines are read as a list; a bare number is a line of the last list (/cek 3).
        number: the IKI's place in that list, for the reply. add: the user asked to add it («tmbh iki bru: …»), so
        one that passes with its target is saved as read (spelling fixed) with no choice of spellings."""
        state.completed = None  # another IKI checked: a later «eh salah, 20 aja» is not about the one completed last
        if iki_list.may_be_list(text):
            pasted = iki_list.read_list(text)
            if pasted:
                return self.plain.show_list(state, pasted)
        listed_line = _bare_number(text)
        if listed_line is not None:
            return self._list_detail(state, listed_line)
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
        if not intent.work_object and not (english and indonesian_wording(text)):
            # "Persentase asdkjh": no suggestion is made from words nobody knows; an English IKI the lexicon cannot
            # put in Indonesian is flagged by the language rule, never «unread»
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
        # A target typed with an IKI that fails goes to the suggestion picked («yg hasil TB … sesuai TAT, target 85»).
        if suggestions.candidates or not verdict.has_error:
            # a failing check with nothing to offer («tp atasan sy dulu setuju2 aja») leaves the suggestions before it
            # usable: their buttons are still on screen
            state.candidates = suggestions.candidates
            typed_target_read = target or verdict.target_read
            # an IKI the draft already holds, typed again with its target: no suggestion takes that target unasked
            state.candidate_target = typed_target_read if verdict.has_error and typed_target_read \
                and suggestions.candidates and twin is None else ""
            # the failed IKI itself, kept while its suggestions are on screen: «tetep mau itu» saves it as written
            state.checked = IkiDraft(indikator=verdict.read_as or text, jenis=jenis) \
                if verdict.has_error and suggestions.candidates and twin is None else None
        if verdict.has_error:
            note = draft_save.release(state)
            if twin is not None:
                note = (f"{note}\n" if note else "") + f"IKI ini sudah ada di draf sebagai IKI ke-{twin + 1}; tidak " \
                    f"saya simpan dua kali. Perbaiki yang tersimpan dengan /ubah {twin + 1}."
            replies = [Reply(render.iki_result(verdict, number) + (f"\n{note}" if note else ""))]
        else:
            buttons, note = draft_save.offer(state, draft, verdict)
            kept = state.fill.current if state.fill and state.fill.current and state.fill.current.target else None
            if add and kept:  # «tmbh iki bru: …, 100%»: asked to add, so saved as read; the fixes are said above
                state.fill.typed = ""
            saved = [] if keep_offer else draft_save.save_offered(state)  # its target came with it: saved now
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
            replies.append(Reply(said + render.candidates(suggestions) + (f"\n{NO_AI}" if assisted.fell_back else ""),
                                 buttons))
        return replies

    # Pasted lists and «Simpan ke draf» --------------------------------------------------------------------
    def _list_detail(self, state: UserState, number: int) -> list[Reply]:
        """Line N of the last pasted list: its verdict and suggestions, as /cek gives them."""
        if not 1 <= number <= len(state.listed):
            where = f"daftar terakhir Anda punya IKI 1–{len(state.listed)}" if state.listed else \
                "belum ada daftar IKI yang Anda tempel"
            return [Reply(f"Tidak ada baris {number}: {where}. Untuk memeriksa satu IKI, tulis kalimatnya setelah /cek.")]
        item = state.listed[number - 1]
        if self.prima.takes_list(state):  # inside PRIMA: a suggestion or the line itself becomes the IKI drafted now
            verdict = check_iki(IkiDraft(indikator=item.text, target=item.target))
            if not verdict.has_error:
                return [Reply(render.iki_result(verdict, number), [Button("Susun IKI ini", f"list:one:{number}")])]
            return self.prima.on_text(state, item.text, classify(item.text))
        # a line looked at is offered, never saved by looking («no 2 … itu output kan?», «Rincian 2»)
        replies = self.check(state, item.text, target=item.target, number=number, keep_offer=True)
        # its suggestions keep the RHK the user pasted with the line (tester12 #12: replaced by a drafted one)
        state.candidate_rhk = item.rhk or ""
        state.candidate_rhk_for = [c.indikator for c in state.candidates] if item.rhk else []
        return replies

    def _list_button(self, turn: Turn, rest: str) -> list[Reply]:
        state = turn.state
        action, arg = _split(rest)
        if action == "detail" and arg.isdigit():
            return self._list_detail(state, int(arg))
        if action == "save" and arg == "all" and state.listed and not self.prima.takes_list(state):
            return draft_save.save_many(state, iki_list.as_written(state.listed))
        if action == "save" and state.listed:
            if self.prima.takes_list(state):
                drafts = iki_list.passing_drafts(state.listed, fixed=None)
                return self.prima.take_list(state, drafts) if drafts else self._stale(state)
            drafts = iki_list.passing_drafts(state.listed, fixed=arg != "typed")
            return draft_save.save_many(state, drafts) if drafts else self._stale(state)
        if action == "one" and arg.isdigit() and 1 <= int(arg) <= len(state.listed) and self.prima.takes_list(state):
            item = state.listed[int(arg) - 1]
            return self.prima.take_list(state, [IkiDraft(indikator=item.text, target=item.target)])
        return self._stale(state)

    def _fill_text(self, turn: Turn, message: str) -> list[Reply]:
        """Text while «Simpan ke draf» asks a field: the answer; a question is answered and the field asked again;
        a new IKI leaves the saved one as it is and is read as what it is."""
        state = turn.state
        state.fill.reminded = 0  # the user is back at the question: it may be named again after a command
        # «IP ASN? ga usah. sy ga percaya IP ASN ngaruh»: put off as a whole, its last sentence adds nothing
        head, mandatory = (message, "") if declines_mandatory(message) else split_mandatory(message)
        if mandatory:  # «Persentase …, 90%, TUSI. IP ASN 85»: the IKI, then the mandatory one
            return then_mandatory(state, self._fill_text(turn, head), mandatory)
        if declines_mandatory(message):  # «no 26 IP ASN ga usah dimasukin»: said why it counts, never added (nor
            state.mandatory_offered = True  # answered as a question about list line 26); «yaudh masukin 80» adds it
            return [Reply(MANDATORY_PUT_OFF)] + draft_save.prompt(state)
        if iki_list.may_be_list(message):  # a pasted list is read as one, not as this field's value
            pasted = iki_list.read_list(message)
            if pasted:
                note = draft_save.release(state)
                return ([Reply(note)] if note else []) + self.plain.show_list(state, pasted, one_line="\n" not in message)
        if line_acts.acts_on_list(state, message):  # «no 2 sama 5 gmn», «no 7 ganti …»: the list's lines, each acted on
            return [Reply(note) for note in [draft_save.release(state)] if note] + self.plain.on_text(turn, message)
        introduced = introduction_in_flow(message) if "\n" not in message else None
        if introduced:  # «mau nambah IKI baru» at «Data awal …?»: how, then the field again (tester17 #1)
            return [Reply(introduced)] + draft_save.prompt(state)
        about_field = field_asked.answer(state.skp, message)
        if about_field:  # «yg ruptur perineum itu aspeknya kok kuantitas?»: that IKI's aspek, then the field again
            return about_field + draft_save.prompt(state)
        line = iki_list.asks_about_line(message, state.listed)
        drafted = iki_list.draft_iki_asked(message, state.skp.iki) if not line else None
        if drafted:  # «IKI yg 2 itu … bagusnya gmn?» while a field is asked: that IKI checked, then the field again
            return [iki_list.draft_iki_detail(state.skp.iki, drafted)] + draft_save.prompt(state)
        left_out = pasted_skp.activities_asked(state, message, line)
        if left_out:  # «yg sterilisasi, piket dll gmn? ga masuk?»: where activities go, then the field again
            return self.plain.left_out_answer(turn, *left_out) + draft_save.prompt(state)
        if line:  # «no 1 gmn bagusnya?» while a field is asked: that list line's details, as «Rincian 1»
            return self._list_detail(state, line)
        rest = iki_list.about_the_rest(message, state.listed, {i.indikator for i in state.skp.iki})
        if rest:  # «yg lain2 itu kegiatan semua kan?» while a field is asked: the lines not taken, then the question
            return [Reply(rest)] + draft_save.prompt(state)
        if draft_save.unsaves(state, message):  # «oke ga jadi, buang»: the IKI just saved leaves the draft
            return draft_save.unsave(state)
        if draft_save.typed_save(message):  # «simpan ke draf» typed: it is saved already, the field is asked again
            return draft_save.on_button(state, "save", "")
        request = request_in(message)
        if request and request.command and "\n" not in message:  # «sy mau kirim skp ke atasan»: the command it asks for, never this field's
            return self._command(turn, f"/{request.command} {request.text}".strip())  # value; the field waits
        if state.fill.lines:  # «7 itu 95%, 12 itu 80%»: targets for the list lines just saved
            named = iki_list.targets_named(message, [int(line) for line in state.fill.lines])
            if named:  # «7 itu 95%, 12 itu 80%, IP ASN 85»: the lines' targets, and the mandatory IKI's
                mandatory = mandatory_in(message)
                known = draft_save.mandatory_target(state, mandatory) if mandatory and mandatory.target else None
                return ([known] if known else []) + draft_save.set_targets(state, named)
        in_order = draft_save.targets_in_order(state, message)  # «95 90 85»: the IKI just saved, in order
        if in_order:  # (after the lines named: «2 targetnya 90» is line 2's target, not 2% and 90 in order)
            return in_order
        if iki_list.picked(message, state.listed) or iki_list.instructions(message, state.listed) \
                or insists(state, message):  # «sy bilang masukin apa adanya» too
            note = draft_save.release(state)
            return ([Reply(note)] if note else []) + self.plain.on_text(turn, message)
        named = named_iki(message) if state.fill.index is not None else None
        if named:  # «beyond: 1 dashboard …, TW III» meanwhile: saved, asked next
            before, draft = named
            mandatory = mandatory_in(before)
            known = draft_save.mandatory_target(state, mandatory) if mandatory else None
            if mandatory and not known:
                draft_save.add_later(state, mandatory)
            return ([known] if known else []) + draft_save.add_later(state, draft)
        if names_mandatory(message) and state.fill.index is not None:  # "IP ASN 85" meanwhile: saved, asked next
            return draft_save.add_mandatory(state, mandatory_draft(message)[0])
        if state.fill.proposed and is_yes(message):
            return draft_save.on_text(state, message)
        if is_correction(message):  # «eh salah, 90% maksudnya»: the last answer replaced, not a question
            return draft_save.on_text(state, message)
        if codes_in(message):  # «IKK 33.4 itu apa isinya?» at the data awal question: the catalog row, never 33,4%
            return self.plain.on_text(turn, message) + draft_save.prompt(state)
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
            return ([Reply(note)] if note else []) + year_chat.on_line(state, intent, self.clock())
        if year_chat.logging(state) and year_chat.added_iki(message):  # «tambah IKI baru: …» meanwhile
            note = draft_save.release(state)
            return ([Reply(note)] if note else []) + self.plain.on_text(turn, message)
        if intent.smalltalk == "ack":  # «ok» to the suggested weight or jenis takes it
            taken = draft_save.FIELDS.accept(state)
            if taken is not None:
                return taken
        if intent.route is Route.smalltalk:
            return [Reply(smalltalk_reply(intent.smalltalk))] + draft_save.prompt(state)
        if intent.route is Route.question and draft_save.asks_why(state, message):  # «kenapa ga boleh sih?»: the
            explained = self.team.findings_asked(turn, f"IKI {state.fill.index + 1}")  # findings of the IKI asked about
            if explained:
                return explained + draft_save.prompt(state)
        asked_for = work_asking_iki(message) if intent.route is Route.question else None
        drafted = work_suggestions(asked_for) if asked_for else []
        if any(task.candidates for task in drafted):  # «apa lagi ya kak, sy jg ikut cross check slide malaria …»
            return from_work(state, asked_for, drafted=drafted)  # asks for IKI for that work: its suggestions
        if step_help.asks_for_help(intent, state):  # «biasanya brp? tahun lalu realisasinya 2800an»: the field's
            kept = draft_save.FIELDS.named_aside(state, message)  # help, and the data awal said with it kept
            return self._step_help(turn, message) + kept + mandatory_offer(state, message) + draft_save.prompt(state)
        if intent.route is Route.question:
            answer = self._limited(turn.user_id, "/tanya", lambda: self.ask(message))
            return [Reply(AS_QUESTION)] + answer + mandatory_offer(state, message) + draft_save.prompt(state)
        if opens_with_english_measure(message):  # «Percentage of invoices paid on time, 90%»: an IKI in English,
            note = draft_save.release(state)  # checked and put in Indonesian, never its 90% the value asked
            typed = fields_in(message)
            target = typed.target.text if typed.target is not None else None
            return ([Reply(note)] if note else []) + self.check(state, typed.indikator or message, target=target)
        if (state.fill.field != "satuan" and (is_new_iki(message, intent) or new_iki_in(message))) \
                or (state.fill.field == "satuan" and not_a_unit(message, intent)):  # work is never a unit
            replaced = draft_save.unsave(state) if draft_save.replaced_by(state, message) else []  # «eh salah, …»
            note = draft_save.release(state)
            typed = new_iki_in(message) or message  # «tmbh iki bru: …»: the IKI, its lead-in asking to add it
            return replaced + ([Reply(note)] if note else []) \
                + self.plain.on_text(turn, typed, add=asks_to_add(message, typed))
        work = new_work(message, state.fill.field)
        if work:  # «sy jg PIC akreditasi ISO 17025, surveilans KAN bulan Oktober»: other work, drafted from now
            return from_work(state, work, keep=True, whole=message)
        if request and request.name == "draft" and not request.command:  # «bikinin iki buat sy dong» meanwhile:
            beside = work_beside_request(message)  # the work it names drafted from, or how to ask; then the field
            return from_work(state, beside, whole=message) if beside \
                else [Reply(request.reply)] + draft_save.prompt(state)
        return draft_save.on_text(state, message)

    def _rhk_text(self, turn: Turn, message: str) -> list[Reply]:
        """Text while /rhk asks: a request («mau bagi iki ke 5 anggota tim») or a question is taken as it is outside
        the step, and a message that is plainly something else sets the step aside, its RHK kept for /rhk."""
        state = turn.state
        if "\n" not in message:
            request = request_in(message)
            if request and request.command:  # the request's command opens over the RHK, which waits below it
                return self._command(turn, f"/{request.command} {request.text}".strip())
            intent = classify(message)
            if step_help.asks_for_help(intent, state):  # «maksudnya gmn kak?»
                return self._step_help(turn, message) + rhk_flow.prompt(state)
            if rhk_flow.leaves(state, message, intent):  # «selesai», «Core CL»: never checked as the IKI
                return rhk_flow.leave(state) + self.plain.on_text(turn, message)
        return rhk_flow.on_text(state, message, self.assistant)

    def _search_ready(self) -> Any:
        with self._retriever_lock:
            if self._retriever is None:
                self._retriever = self._make_retriever()
            return self._retriever

    def team_search(self, turn: Turn, text: str) -> list[Reply]:
        """«/ikk tim ini» from a leader: the catalog searched with the members' own IKI ([] for any other search)."""
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            return self.team.team_indicators(turn, text, lambda iki: self._search_ready().find(iki, k=1).results)
        except RetrievalUnavailable as exc:
            return [Reply(f"Pencarian indikator sedang tidak tersedia. {exc}")]

    def search(self, text: str, state: UserState | None = None) -> list[Reply]:
        """The catalog searched for text; with the user's state, a follow-up («kalau utk tim BMN?») may search again."""
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            found = self._search_ready().find(text, k=3)
        except RetrievalUnavailable as exc:
            return [Reply(f"Pencarian indikator sedang tidak tersedia. {exc}")]
        if state is not None:
            state.searched = True
        return [Reply(render.search_result(found))]

    def ask(self, text: str) -> list[Reply]:
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            result = self._search_ready().ask(text, k=3)
        except RetrievalUnavailable as exc:
            return [Reply(f"Pencarian pedoman sedang tidak tersedia. {exc}")]
        if not getattr(result, "glossary", False):  # a term's meaning is our own line; a model only rephrases passages
            assisted = self.assistant.answer(text, result.passages, result.answer)
            result = result.model_copy(update={"answer": assisted.value + (f"\n{NO_AI}" if assisted.fell_back else "")})
        return [Reply(render.answer(result))]

    def dialog_pack(self, state: UserState) -> list[Reply]:
        if not state.skp.iki:
            return [Reply("Belum ada IKI untuk didialogkan. Susun dulu dengan /prima.")]
        questions = self.assistant.dialog_questions(state.skp, default_questions())
        today = self.clock().date()
        if year_sheets.has_records(state.year) or state.year.rencana:  # the pack is built from what happened
            pack = build_pack(state.skp, questions.value, dialog_record.accepted_plans(state.skp, state.year, today),
                              dialog_record.record(state.skp, state.year, today),
                              dialog_record.period_text(*dialog_record.period(state.year, today)))
        else:
            pack = build_pack(state.skp, questions.value)
        note = f"\n{NO_AI}" if questions.fell_back else ""
        caption = " ".join(filter(None, ["Bahan dialog kinerja dalam format Word.", profil_flow.missing_note(state.skp.pegawai)]))
        return [Reply(pack_text(pack) + note)] + \
            [Reply(caption, file=ReplyFile("bahan-dialog-kinerja.docx", pack_docx(pack)))]

    def export(self, state: UserState) -> list[Reply]:
        if not state.skp.iki:
            return skp_edit.empty_draft(state, "Belum ada IKI untuk diekspor.")
        result = check_skp(state.skp)
        data = skp_workbook(state.skp, result)
        agreed = skp_edit.agreed_label(state)
        name = export_file_name(state.skp, result, agreed=bool(agreed))
        what = f"SKP {agreed}" if agreed else "Draf SKP"
        caption = f"{what}: {len(state.skp.iki)} IKI, urutan kolom sesuai formulir e-Kinerja; temuan ada di lembar «Temuan»."
        if year_sheets.has_records(state.year):  # Rencana Aksi, Catatan Harian, Realisasi per TW (issue 18)
            data = year_sheets.add_year_sheets(data, state.skp, state.year, self.clock().date())
            caption += " Lembar " + ", ".join(f"«{s}»" for s in year_sheets.SHEETS) + " berisi catatan tahun berjalan."
        caption = " ".join(filter(None, [caption, profil_flow.missing_note(state.skp.pegawai)]))
        if readiness.ready(state.skp, result):
            return [Reply(caption, file=ReplyFile(name, data, caption))]
        errors = [f for f in result.findings if f.severity == "error"]
        errors += [f.model_copy(update={"message": f"IKI {n}: {f.message}"})
                   for n, iki in enumerate(result.iki, start=1) for f in iki.findings if f.severity == "error"]
        gaps = readiness.gaps(state.skp)
        lines = [f"Draf ini masih punya {len(errors)} temuan yang harus diperbaiki sebelum diisikan ke e-Kinerja:"] \
            if errors else []
        for finding in errors:
            lines.extend(render.finding_lines(finding))
        if gaps:
            lines.append("Isian yang masih kosong (formulir e-Kinerja memintanya): " + "; ".join(gaps) + ".")
        lines.append("\nPerbaiki dengan /ubah NOMOR atau /buang NOMOR (lihat /skp). Berkasnya tetap saya kirim, ditandai DRAF.")
        return [Reply("\n".join(lines)), Reply("DRAF — " + caption, file=ReplyFile(name, data, "DRAF — " + caption))]


DONE_DAYS = ("today", "yesterday", "weekday")  # date words that place done work, read while a field is asked
# «ok», «lanjut» while a number is asked with no value proposed: no answer, and «Siap.» would read as one
NEEDS_NUMBER = "Pertanyaan ini perlu angka. Tulis angkanya untuk lanjut, atau pilih tombol di bawah."
MAX_LEAD_WORDS = 4  # «yaudah.», «ok deh,», «whatever.» before a command typed in the same message
_LEAD_COMMAND = re.compile(r"^([^/\n]*?)[.!,;:]?\s+(/[A-Za-z_]+(?:@\w+)?\b.*)$", re.DOTALL)


def _bare_number(text: str) -> int | None:
    """«3», «#3»: a line of the last list named by its number alone; None otherwise."""
    digits = text.strip().lstrip("#")
    return int(digits) if digits.isdigit() else None


def _command_after_lead(message: str) -> str | None:
    """A known command typed after a few words of lead-in, as one message; None otherwise."""
    found = _LEAD_COMMAND.match(message)
    if not found or message.startswith("/") or len(found.group(1).split()) > MAX_LEAD_WORDS:
        return None
    name = found.group(2).split(None, 1)[0].split("@", 1)[0].lower()
    return found.group(2) if name in BY_NAME else None


def _split(rest: str) -> tuple[str, str]:
    """"edit:2" → ("edit", "2"): a button's action and its argument."""
    action, _, arg = rest.partition(":")
    return action, arg


def _default_retriever() -> Any:
    from bot.retrieval.retriever import Retriever

    return Retriever()
