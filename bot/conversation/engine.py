"""The conversation engine: (user id, text or button data) in, replies out. It knows nothing of Telegram.

A typed message goes, in this order: to a command (the table in commands.py), to the flow that is waiting for an
answer (FLOWS, innermost first), or else it is read once (intent.py) and acted on as what it is (plain.py). A button
goes to the handler of its scope ("prima:…", "skp:…"; BUTTONS). The handlers live in their own modules
(prima_text.py, fill_text.py, flow_text.py, year_answers.py, checking.py …); Engine holds the turn and the tables."""

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time
from functools import partial
from typing import Any

from bot import clock as clocks
from bot import knowledge
from bot.conversation import (
    beyond_idea,
    continued,
    documents,
    draft_save,
    field_edit,
    fill_text,
    flow_text,
    iki_list,
    labelled_rows,
    line_acts,
    list_picks,
    list_summary,
    mandatory_asked,
    mpph_flow,
    mpph_versions,
    named_rewording,
    prima_text,
    profil_change,
    profil_flow,
    quoted,
    rhk_flow,
    save_undo,
    skp_buttons,
    skp_drop,
    skp_edit,
    skp_typed,
    skp_undo,
    step_help,
    team_chat,
    team_decisions,
    year_answers,
    year_chat,
    year_evidence,
    year_logbook,
    year_logbook_fix,
    year_pengingat,
    year_perubahan,
    year_realisasi,
    year_undo,
)
from bot.conversation.answers import bare_number, is_correction, read_answer, typed_target
from bot.conversation.checking import Checking
from bot.conversation.choices import asks_where_was
from bot.conversation.commands import BY_NAME, Turn, command_label, sure_typo, unknown_reply
from bot.conversation.iki_fields import NUMBER_FIELDS
from bot.conversation.intent import bare_command, done_work_topic, search_follow_up, small_talk
from bot.conversation.lookup import Lookup
from bot.conversation.mandatory_typed import offer_waits
from bot.conversation.offered import (
    beyond_offered,
    earlier_press,
    exact_press,
    offered,
    on_screen,
    remembered,
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
from bot.conversation.plain import NOT_UNDERSTOOD, Plain, from_work, suggestion_labels
from bot.conversation.prima import Prima, ask_keep_progress, is_open
from bot.conversation.prima_step_m import (
    MANDATORY_IKI,
    MANDATORY_LEFT_OUT,
    MANDATORY_TARGET_ASKED,
    mandatory_added,
    mandatory_refused,
    mandatory_taken,
    offer_again,
)
from bot.conversation.replies import (
    MAX_REPLY_CHARS,
    Button,
    Reply,
    fit,
    is_stale,
    replies_from_json,
    replies_to_json,
    split_action,
    stale,
)
from bot.conversation.state import ProfilState, UserState
from bot.conversation.turns import Deliver, Turns
from bot.conversation.typed_work import reads_as_iki
from bot.conversation.weighing import weights_so_far
from bot.lang import slash
from bot.lang.dates import long_date
from bot.lang.numbers import format_number
from bot.lang.text import clean, clean_lines, only_links, unwrapped, without_chat_stamps
from bot.lang.values import numbers_in
from bot.llm.assistant import Assistant
from bot.logs import pseudonym
from bot.models import MAX_TEXT_CHARS
from bot.retrieval.glossary import terms_in
from bot.rules.language import is_english, mostly_english
from bot.rules.skp_rules import is_mandatory, mandatory_iki
from bot.skp.export import file_owner
from bot.storage import Store
from bot.storage.sqlite import SqliteStore
from bot.team.record import Status
from bot.year import logbook

log = logging.getLogger("asisten_iki.engine")

IN_INDONESIAN = ("Asisten ini bekerja dalam Bahasa Indonesia, dan IKI ditulis dalam Bahasa Indonesia. / This assistant "
                 "works in Indonesian; please write your IKI in Indonesian.")
_BUTTON_NUMBER = re.compile(r"#\s*(\d{1,2})")  # «#2»: a button named by the number the terminal shows beside it
NOTHING_TO_UNDO = ("Tidak ada langkah yang sedang terbuka, jadi tidak ada yang dibatalkan; draf Anda tetap seperti "
                   "semula. Ubah atau buang IKI dengan /ubah N atau /buang N (lihat nomornya di /skp).")
ON_SCREEN = "Tombol pesan terakhir saya masih berlaku:"
HANDED_OVER = (Status.diajukan, Status.perubahan_diajukan)  # the SKP waits for the leader's decision
STALE_NEXT = ("Tidak ada langkah yang sedang menunggu jawaban. Lihat draf dengan /skp, periksa IKI dengan /cek, "
              "lanjutkan penyusunan dengan /prima, atau ketik /bantuan.")

YEAR_STALE_NEXT = ("Tidak ada langkah yang sedang menunggu jawaban. Kirim pekerjaan Anda untuk logbook, lihat /catatan "
                   "atau /capaian, atau ketik /bantuan.")


def _matrix_open(state: UserState, asked: bool = False) -> list[Reply]:
    """The MPPH matrix left on screen (no question open under it): one line and its buttons, so a reopened chat
    still presses them; [] when none, or once its reminder was said since it was last shown (tester52 P2-6: on every
    chat opening), unless a button of it is `asked` for («#7»)."""
    flow = state.mpph
    if flow is None or flow.step != "done" or (flow.reminded and not asked):
        return []
    return [mpph_flow.matrix_reminder(state)]


def _messages(state: UserState) -> list[tuple[str, int, str]]:
    """Each message on screen: its gist, its number of buttons and its first button's data."""
    at, found = 0, []
    for gist, count in state.screen:
        found.append((gist, count, state.shown[at][1] if count and at < len(state.shown) else ""))
        at += count
    return found


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



LINK_ONLY = ("Saya tidak membuka tautan. Salin isi IKI atau pertanyaan Anda ke sini sebagai teks (dari SKP di e-Kinerja: "
             "blok baris-baris IKI, salin, lalu tempel).")


_COMMAND_TYPED = re.compile(r"\s*(/\S+)\s+(\S.*)", re.DOTALL)


def _as_typed(text: str | None) -> str:
    """A message as the engine reads it: several lines lose their list numbering ("1. …"); one line keeps a number in
    front (it may be the answer); a table pasted with its header is read by its columns before cleaning joins each
    row's cells. A command's text is read so apart from its word: «/cek» then a list pasted on the next line is that
    list, never a header line «/cek:» above it. Rows copied with their field labels («Indikator: … / Target: 90 %»)
    are read by their labels as a table's rows are, before a table's header: a first row «Rencana Hasil Kerja: … |
    Indikator: … | Target: …» is a row, never the header of the rows under it."""
    command = _COMMAND_TYPED.fullmatch(text or "")
    if command:
        return f"{command.group(1)} {_as_typed(command.group(2))}"
    if "\n" in (text or "").strip():
        text = iki_list.without_rules(text)
        return clean_lines(labelled_rows.rows(text) or iki_list.headed_table(text) or iki_list.header_marked(text))
    return clean(text or "", numbering=False)

class Engine:
    """One engine serves every adapter. State is per user, loaded and saved around every turn (turns.py)."""

    def __init__(self, store: Store | None = None, retriever: Callable[[], Any] | None = None,
                 rate_limit: int = 20, assistant: Assistant | None = None, clock: clocks.Clock | None = None):
        store = store or SqliteStore()  # in memory unless the adapter gives a file or a server
        self._store = store
        self.clock = clock or clocks.now  # every date the engine reads or writes
        store.clock = lambda: self.clock().timestamp()  # and the store's age of what it delivered
        # Each turn writes the user's place in the reminders' schedule with the state it saves.
        self.turns = Turns(store, lambda state: year_pengingat.next_at(state, self.clock()))
        # What posts messages that fall due by themselves (reminders): each is called with the time on every tick;
        # one that offers `for_user(user_id, now)` is asked for that user alone by Engine.due.
        self.producers: list[Callable[[datetime], None]] = [year_pengingat.Reminders(store, self.state, self.post)]
        self.assistant = assistant or Assistant()  # no model: the deterministic product
        # Search loads a model; it is built on the first /ikk, /tanya or PRIMA search, not when the chat opens.
        self.lookup = Lookup(retriever, self.assistant, lambda: self.clock().date())
        self._limiter = RateLimiter(rate_limit, store)
        self._welcomed: set[str] = set()  # users whose chat opened with «Selamat datang kembali» (pending): said once
        self.prima = Prima(lambda text: self.lookup.ready().find(text[:MAX_TEXT_CHARS], k=3), self.assistant)
        self.team = team_chat.TeamChat(store, lambda: self.clock(), self.state, self.post,  # the leader's side
                                       partial(prima_text.from_invite, self))
        self.producers.append(self.team.produce)  # the weekly digest, the dialog agenda
        self.plain = Plain(self.prima, self.assistant, lambda: self.clock(), command=self.command,  # no flow open
                           check=self.check, ask=self.ask, search=self.search, limited=self.limited,
                           fill_text=partial(fill_text.on_text, self), pending_question=self.pending_question,
                           step_help=self.help_in_step, findings_asked=self.team.findings_asked,
                           leads=lambda user: bool(self.team.store.members_of(user)))
        self.checking = Checking(self.prima, self.assistant, show_list=self.plain.show_list, stale=self.old_button)
        # Innermost first: a change of one IKI can be asked inside PRIMA, never the other way round.
        self._flows = (
            Flow("tim", lambda s: s.tim is not None, self.team.on_text, team_chat.prompt),
            Flow("tahun", year_chat.is_waiting, partial(year_answers.on_text, self), year_chat.prompt),
            Flow("ubah", lambda s: s.edit is not None, partial(flow_text.edit_text, self), field_edit.prompt),
            Flow("profil", lambda s: s.profil is not None, self._profil_text, profil_flow.prompt),
            Flow("mpph", lambda s: s.mpph is not None and s.mpph.step != "done", partial(flow_text.mpph_text, self),
                 mpph_flow.prompt),
            Flow("rhk", lambda s: s.rhk is not None and not s.rhk.paused, partial(flow_text.rhk_text, self),
                 rhk_flow.prompt),
            Flow("simpan", draft_save.is_open, partial(fill_text.on_text, self), draft_save.prompt),
            Flow("prima", is_open, partial(prima_text.on_text, self), partial(prima_text.prompt, self)),
        )
        # Buttons by scope, the part of their data before the first ":"; the handler gets the rest.
        self._buttons: dict[str, Callable[[Turn, str], list[Reply]]] = {
            "prima": lambda t, rest: self.prima.on_button(t.state, rest) if t.state.prima else self.old_button(t.state),
            "mpph": lambda t, rest: mpph_flow.on_button(t.state, rest) if t.state.mpph else self.old_button(t.state),
            "rhk": lambda t, rest: rhk_flow.on_button(t.state, *split_action(rest)),
            "fill": lambda t, rest: draft_save.on_button(t.state, *split_action(rest)),
            "list": self.checking.on_button,
            "skp": lambda t, rest: self._skp_changed(t, lambda: skp_buttons.on_button(t.state, *split_action(rest))),
            "profil": lambda t, rest: profil_flow.on_button(t.state, rest),
            "use": lambda t, rest: self.plain.use_candidate(t.state, rest),
            "route": self._route_pending,
            "cmd": lambda t, rest: self.limited(t.user_id, "/ekspor",
                                                 lambda: self.team.with_history(t, self.export(t.state, owner=file_owner(t.user_id))))
            if rest == "ekspor" else self.command(t, rest) if rest.split(maxsplit=1)[:1] and rest.split()[0] in BY_NAME
            else self.old_button(t.state),
            "confirm": lambda t, rest: self._confirm(t, rest),
            "tim": lambda t, rest: self.team.press(t, f"tim:{rest}"),  # a leader's decision, checked again by bot.team
            team_chat.SCOPE: self.team.on_button,
            "year": partial(year_answers.on_button, self),
        }

    # Doors ------------------------------------------------------------------------------------------------
    def handle(self, user_id: str, text: str, update_id: int | None = None, deliver: Deliver | None = None) -> list[Reply]:
        """A message the user typed (update_id: the transport's id for it, so a redelivery is not applied twice).
        Returns the replies; `deliver` also gets them while the user's lock is still held."""
        user_id = str(user_id)
        return self._run(user_id, lambda turn: self._typed(turn, text or ""), update_id, deliver, command_label(text))

    def _typed(self, turn: Turn, text: str) -> list[Reply]:
        """A typed message read whole: a list's rest joined to its part cut at Telegram's limit (continued.py), without
        the stamps of a chat app it was copied from."""
        turn.sent = text
        reading = continued.read(turn.state, without_chat_stamps(text), self.clock())
        listed = turn.state.listed
        said = unwrapped(reading.text)  # a line wrapped by Word or a PDF finishes its bullet's line (F2)
        command = _COMMAND_TYPED.fullmatch(said)  # «/cek» then a list: the list's own marks
        turn.first_listed = iki_list.first_listed(command.group(2) if command else said)
        turn.marked = iki_list.marked_lines(command.group(2) if command else said)
        if turn.state.listed_lettered and turn.state.listed and "\n" not in said.strip():
            # «target d 150, b 90%», «ok c 95» under a list marked by letters: its lines by number, as every reader
            # of a list's lines names them (d22-dev07: «b 90%» taken as the data awal asked)
            said = line_acts.by_letter(said, len(turn.state.listed))
        if turn.state.listed_marks and turn.state.listed and "\n" not in said.strip():  # «1.3 jd …»: line 3
            said = line_acts.by_mark(said, turn.state.listed_marks)
        replies = self._message(turn, _as_typed(said))
        read_as_list = bool(turn.state.listed) and turn.state.listed is not listed
        if read_as_list:  # «a) …», «b) …»: its lines named by letter later («yg b ganti …», line_acts.by_letter)
            turn.state.listed_lettered = iki_list.lettered_lines(command.group(2) if command else said)
            turn.state.listed_marks = iki_list.sub_marks(command.group(2) if command else said)
        continued.hold(turn.state, reading, read_as_list, self.clock())
        return continued.said(reading, replies, read_as_list)

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
                                                            "pertanyaan Anda sebagai teks, atau ketik /bantuan.")]
                         + self._reminder(turn.state), update_id, deliver, command_label(None))

    def pending(self, user_id: str) -> list[Reply]:
        """The question the user has open, asked again (after a restart, when the chat opens); [] when none.
        Read-only: nothing is saved, so asking cannot disturb a turn in progress."""
        state = self._without_stale_review(user_id, self.state(user_id))
        asked = self.pending_question(state) or _matrix_open(state)
        last = self._asked_over(state, asked) if asked else []
        if not last:
            return self._returning(user_id, state, fit(asked))
        flow = self._open_flow(state)  # the question under it, named again after it
        under = [self.prima.reminder(state)] if flow and flow.name == "prima" else \
            [draft_save.reminder(state)] if flow and flow.name == "simpan" else asked
        return self._returning(user_id, state, fit(last + under))

    def _returning(self, user_id: str, state: UserState, replies: list[Reply]) -> list[Reply]:
        """What a chat opened weeks after the user's last turn shows, led by when the draft was left («Draf Anda dari
        12 Januari 2026 …», conversation.yaml `returning`: tester26 #14 re-asked with nothing saying so)."""
        left = self._left_since(state) if replies else None
        if left is None:
            return replies
        self._welcomed.add(user_id)  # its first turn then says it no more (kept in memory: pending saves nothing)
        return [Reply(f"Selamat datang kembali. {left}; kita berhenti di langkah berikut.")] + replies

    def _left_since(self, state: UserState) -> str | None:
        """«Draf Anda dari 12 Januari 2026 masih tersimpan (1 IKI)» when the user's last turn is at least
        conversation.yaml `returning` `after_days` ago; None sooner, or with nothing kept."""
        if state.last_turn is None:
            return None
        if (self.clock().date() - state.last_turn).days < knowledge.data("conversation")["returning"]["after_days"]:
            return None
        if state.year.agreed:  # the SKP agreed is no draft
            return f"Pesan terakhir Anda tanggal {long_date(state.last_turn)}; SKP Anda ({len(state.skp.iki)} IKI) " \
                "masih tersimpan"
        return f"Draf Anda dari {long_date(state.last_turn)} masih tersimpan ({len(state.skp.iki)} IKI)" \
            if state.skp.iki else f"Pesan terakhir Anda tanggal {long_date(state.last_turn)}"

    def _welcome_back(self, user_id: str, state: UserState) -> list[Reply]:
        """What leads the first turn weeks after the last one on a draft (/start or any message, in Telegram where no
        chat «opens»): when it was left, as a chat opened then says; nothing when the chat's opening said it."""
        # (an agreed SKP's year has its own reminders: a weekly logbook line is no return to a draft)
        # (a user with no draft, a leader acting on the team, has nothing to come back to: no welcome before it)
        kept = state.skp.iki and not state.year.agreed
        left = self._left_since(state) if kept and user_id not in self._welcomed else None
        self._welcomed.discard(user_id)
        return [Reply(f"Selamat datang kembali. {left}.")] if left else []

    @staticmethod
    def _asked_over(state: UserState, asked: list[Reply]) -> list[Reply]:
        """The last message's question when it was asked over the open one (none of its buttons is the open
        question's: the MPPH matrix shown over «Simpan ke draf»'s target question, a rewrite's «Pakai usulan» over
        PRIMA's step 4), asked again first so «#N» presses what the user last saw (tester16 #4); [] when the open
        question is the last one."""
        # (step 4's prompt lists a rewrite's «Pakai usulan» too: those are the offer's own, not the open question's)
        own = {button.data for reply in asked for button in reply.buttons if not button.data.startswith("prima:use:")}
        if not state.shown or any(data in own for _, data in state.shown):
            return []
        scopes = {data.partition(":")[0] for _, data in state.shown}
        matrix = _matrix_open(state) if "mpph" in scopes else []
        offer = offer_again(state) if any(data.startswith("prima:use:") for _, data in state.shown) else None
        return matrix or ([offer] if offer else _again(state))

    def on_screen(self, user_id: str) -> list[Reply]:
        """With no question open, the last message's buttons shown again when the chat opens, each under the words
        it answers, so «#N» still presses them (a leader's «Kembalikan», /rencana's «Terima»); [] when it had none.
        A leader's review whose decisions would all be refused now (decided, resubmitted) is not shown again."""
        state = self._without_stale_review(user_id, self.state(user_id))
        return self._returning(user_id, state, _again(state))

    def _without_stale_review(self, user_id: str, state: UserState) -> UserState:
        """The state as loaded, without a leader's review on its last screen whose decisions would all be refused
        now (decided, resubmitted): never shown again when the chat opens, over a question open or alone (the year
        walk: a review «acc»-ed in January came back above /dialog's question in March)."""
        decisions = [data for _, data in state.shown if data.startswith("tim:")]
        if decisions and all(self.team.stale(user_id, data) for data in decisions):
            kept = [(gist, count) for gist, count, first in _messages(state) if not first.startswith("tim:")]
            state.shown = [(label, data) for label, data in state.shown if not data.startswith("tim:")]
            state.screen = kept
        return state

    def seen(self, user_id: str, replies: list[Reply]) -> None:
        """What a door showed the user together, buttons of messages posted outside a turn among them (the terminal
        prints due notifications after a turn's replies, numbering all their buttons in one run): kept as the last
        message's buttons, so a reopened chat shows them again under their words and «#17» presses the same button
        (tester19 #17: only the turn's own buttons were kept, and «#17» was «Pilihan 17 tidak ada»)."""
        user_id = str(user_id)
        replies = [Reply(r.text.removeprefix(f"{ON_SCREEN}\n"), r.buttons) for r in replies]

        def step(state: UserState) -> list[Reply]:
            state.shown, state.screen = shown(replies), screen(replies)
            return []

        self.turns.run(user_id, step, lambda _: None, label="tampil")

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

    def _sent_buttons(self, user_id: str, state: UserState) -> list[tuple[str, str]]:
        """The buttons of the latest message sent outside a turn since the day of the user's last turn (a reminder the
        job sent): the last message the user saw when their own turn's reply had none, so «#1» typed next presses
        its button (tester51 P1-8: the end-of-TW reminder's «Isi realisasi TW I», typed as «#1» the next session, got
        «pesan terakhir saya tidak punya tombol nomor 1» and a January list). Read only then: a tick writes no state."""
        since = datetime.combine(state.last_turn, time(), tzinfo=clocks.WIB).timestamp() if state.last_turn else 0.0
        for replies in self._store.delivered_since(str(user_id), since):
            buttons = [(b.label, b.data) for r in replies_from_json(replies) for b in r.buttons]
            if buttons:
                return buttons
        return []

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
            asked, year, left = state.confirm, state.year, self._welcome_back(user_id, state)
            turn.greeted, state.greeted = state.greeted, False  # one turn only: «halo», then «sy katim …»
            mpph_versions.baseline(state)  # an agreed SKP's MPPH as it stands before this turn may change it
            replies = act(turn)
            replies = left + replies if replies else replies
            turn.state.year = logbook.note_latest(year, turn.state.year)  # a file sent next goes to these entries
            year_undo.noted(year, turn.state)  # a realisasi, a deletion or a re-link: «undo» takes it back
            replies = skp_drop.walked_away(turn.state, asked, replies) + replies  # «Buang IKI 2?» left unanswered
            before = turn.state.shown, turn.state.screen
            turn.state.offered, turn.state.shown, turn.state.screen = offered(replies), shown(replies), screen(replies)
            if not turn.state.shown and (turn.keeps_buttons or team_decisions.review_owner(before[0], user_id)):
                # a reply with no buttons (an answer) leaves the leader's review open; a file attached, the question
                # asked above it
                turn.state.shown, turn.state.screen = before
            elif turn.state.shown != before[0]:
                turn.state.earlier = remembered(turn.state.earlier, before[0])
            turn.state.single = single_action(replies)
            turn.state.last_turn = None  # kept only beside something to come back to: an empty state stays empty
            bare = turn.state.model_copy(update={"greeted": False})  # a greeting alone keeps no day
            turn.state.last_turn = self.clock().date() if bare != UserState() else None
            return replies

        # The turn's audit entries go in with its state; its letters to other users once that is committed.
        self.turns.run(user_id, step, collect, update_id, label, audit=lambda: turn.audit,
                       committed=lambda: [self.post(*letter) for letter in turn.letters])
        return delivered

    # Typed messages ---------------------------------------------------------------------------------------
    def _message(self, turn: Turn, message: str) -> list[Reply]:
        message = quoted.answer_only(message)  # «> Simpan … ke draf?» over «👍»: the answer, never the quote
        message = slash.mended(message)  # «/ cek …», «\cek …», «Cek: …»: that command, its slash put right
        released, held = self._profile_released(turn.state, message)
        replies = released + self._message_replies(turn, message) + self._profile_back(turn.state, held)
        if [r.text for r in replies] == [NOT_UNDERSTOOD]:  # «1» the next day: yesterday's «IKI mana?» answered
            replies = year_logbook.late_pick(turn.state, message, self.clock()) or replies
        year_perubahan.reason_held(turn.state, replies)
        if self.team.reviews(turn.user_id):  # a leader sets this SKP: a change is a perubahan the leader approves
            return self._paired_matrix(turn.state, replies)
        return self._reason_first(turn.state, replies) \
            + year_realisasi.unplaced_offer(turn.state) + year_logbook.picks_again(turn.state, replies, self.clock(),
                                                                                      turn.command)

    def _profile_released(self, state: UserState, message: str) -> tuple[list[Reply], ProfilState | None]:
        """/profil waiting, and a message that is clearly something else (an IKI, a command word, a button shown by
        another question typed or numbered), unless it reads as the field's value (a NIP of 18 digits, a unit, a
        name): the message goes where it would have gone. Waiting for one of the five, the profile is set aside for
        it (returned) and asked again after it, once (tester19 #4: it was let go at once); a second such message, or
        one under the leader's NIP, lets it go with one line saying how to finish it. ([], None): the profile's
        answer."""
        flow = self._open_flow(state)
        if flow is None or flow.name != "profil" or message.startswith("/"):
            return [], None
        others = [(label, data) for label, data in state.shown if not data.startswith("profil:")]
        offered = [(label, data) for label, data in state.offered if not data.startswith("profil:")]
        word = message.strip().lower()
        command = bool(bare_command(message) or f"/{word}" in BY_NAME)
        elsewhere = command or bool(exact_press(others, message) or verb_press(others, message)
                                    or typed_press(offered, message))
        if profil_flow.takes(state, message, elsewhere) or (not command and profil_flow.fits(state, message)):
            return [], None
        if not profil_flow.waits(state) or state.profil.passed >= 1:
            return profil_flow.let_go(state), None
        held, state.profil = state.profil, None
        held.passed += 1
        return [], held

    def _profile_back(self, state: UserState, held: ProfilState | None) -> list[Reply]:
        """The profile set aside for a message that was something else, waiting again with its question asked
        (unless that message opened /profil anew)."""
        if held is None or state.profil is not None:
            return []
        state.profil = held
        return profil_flow.prompt(state)

    def _reason_first(self, state: UserState, replies: list[Reply]) -> list[Reply]:
        """The turn's replies and a perubahan's reason asked at its end; an IKI's field question shown this turn waits
        until the reason is given (never two questions at once, tester17 #2: «70%» went to the reason's note)."""
        asked = year_perubahan.unexplained_change(state, self._waits(state), self.clock())
        replies = year_perubahan.as_perubahan(state, replies, self.clock())  # never «Tersimpan ke draf» after /tetapkan
        replies, matrix = self._matrix_version(state, replies, bool(asked))
        if not (asked and state.year_ask is not None and state.year_ask.kind in ("alasan", "sama")
                and draft_save.is_open(state)):
            return replies + asked + matrix
        held = [r for r in replies if r.buttons and all(b.data.startswith("fill:") for b in r.buttons)]
        return [r for r in replies if r not in held] + asked + matrix

    def _matrix_version(self, state: UserState, replies: list[Reply], asked: bool) -> tuple[list[Reply], list[Reply]]:
        """An agreed SKP's MPPH whose roles changed: a perubahan of its own, asked once nothing else is (tester55 F8),
        for a Ketua whose own atasan sets their SKP too (mpph38 #6: the matrix is the Ketua's record, its version
        never the atasan's to approve). The turn's replies (the matrix's buttons held while its reason is asked) and
        the question."""
        matrix = mpph_versions.changed(state, self.clock(), waiting=asked or self._waits(state))
        if matrix and state.mpph is not None and state.mpph.step == "reason":  # its reason just asked: the matrix's
            replies = [replace(r, buttons=[b for b in r.buttons if not b.data.startswith("mpph:")])  # own buttons
                       for r in replies]  # wait for it
        return replies, matrix

    def _paired_matrix(self, state: UserState, replies: list[Reply]) -> list[Reply]:
        """A paired user's turn: no year reason question (the atasan's review asks it), the MPPH's version still."""
        replies, matrix = self._matrix_version(state, replies, False)
        return replies + matrix

    def _waits(self, state: UserState) -> bool:
        """A flow still asks for this change (all but «Simpan ke draf», whose fields may come later)."""
        flow = self._open_flow(state)
        return flow is not None and flow.name not in ("simpan", "tahun")

    def _newer_question(self, turn: Turn, message: str) -> list[Reply]:
        """A whole yes or no typed while the mandatory IKI's offer waits from an earlier reply, under a newer
        question's buttons (the last reply's choice): that question's button pressed, the offer said once after and
        kept; [] otherwise (the offer takes «ya» when it is the last question asked)."""
        state = turn.state
        if not (state.mandatory_offered or state.mandatory_target_asked) or not state.offered \
                or not yes_or_no(message):
            return []
        pressed = typed_press(state.offered, message)
        if pressed is None:
            return []
        waiting = state.mandatory_offered, state.mandatory_target_asked
        replies = self._button(turn, pressed)
        if not turn.state.skp.iki:  # «ya» to «Hapus semua data Anda?»: no draft left to offer it for
            return replies
        turn.state.mandatory_offered, turn.state.mandatory_target_asked = waiting
        return replies + offer_waits(turn.state)

    def _then_older(self, turn: Turn, pressed: str) -> list[Reply]:
        """A button of the question on screen pressed by a typed answer, then the open question it was asked above
        named once, when the press was no answer of that flow's own and its reply does not ask it already (tester53
        P2-3: after «ya» to a pairing's «Terima?» the open data awal question was left unsaid)."""
        flow = self._open_flow(turn.state)
        own = {b.data.partition(":")[0] for r in self.pending_question(turn.state) for b in r.buttons} if flow else set()
        replies = self._button(turn, pressed)
        if not own or pressed.partition(":")[0] in own or self._open_flow(turn.state) is None \
                or any(b.data.partition(":")[0] in own for r in replies for b in r.buttons):
            return replies
        return replies + self._reminder(turn.state)

    def _asked_above(self, state: UserState, message: str) -> str | None:
        """A whole yes or no while a flow waits, under a question asked above that flow's own (/tetapkan mid-PRIMA:
        «Ya, tetapkan | Batal»; an invite's «Terima?»): the question on screen owns it, and its button is pressed
        (it was read by PRIMA as small talk, «Siap.», and lost). The flow's own yes/no questions (any button of its
        scope, «70? [Ya, 70]» too) stay the flow's."""
        place = list_picks.bare_line(message) if self._asks_words(state) else None
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
        if not message:  # with a question open, that question again (tester26 #21: it said «kirim kalimat IKI»)
            asked = self.pending_question(turn.state)
            return [Reply("Pesan Anda kosong.")] + asked if asked else \
                [Reply("Pesan Anda kosong. Kirim kalimat IKI yang ingin diperiksa, atau ketik /bantuan.")]
        asked = self.pending_question(turn.state) if asks_where_was(message) else []
        if asked:  # «kemarin sampe mana ya?»: the question left open, never a guideline passage (tester52 P3-5)
            flow = self._open_flow(turn.state)  # PRIMA's question names where the user is itself
            return ([] if flow and flow.name == "prima" else [Reply("Kita berhenti di langkah ini:")]) + asked
        linked = year_evidence.link_sent(turn.state, message, self.clock())  # «https://drive…» after a logbook line
        if linked:
            return linked + self.pending_question(turn.state)
        if only_links(message):  # tester26 #8: a link alone was «itu maksudnya apa? [Periksa sebagai IKI]»
            return [Reply(LINK_ONLY)] + self.pending_question(turn.state)
        on_screen = self._newer_question(turn, message)
        if on_screen:  # «ya» under «Terima? [Ya, terima | Bukan saya]» while the IP ASN offer waits from before
            return on_screen
        if turn.state.mandatory_target_asked and any(is_mandatory(i) for i in turn.state.skp.iki) \
                and bare_number(message) is None and mandatory_added(message) is None:
            turn.state.mandatory_target_asked = False  # its target asked of the one in the draft: let go, read on
        if turn.state.mandatory_target_asked and bare_number(message) is None and "?" not in message \
                and mandatory_added(message) is None and not mandatory_refused(message) \
                and not draft_save.declines(message):  # («iya tambah, target 85» is its target, read below)
            # «iya tambahin», then another IKI instead of its target (d6-radiografer01): the mandatory IKI taken is
            # kept without a target, said so, and the message read as what it is
            turn.state.mandatory_target_asked = False
            return [draft_save.keep_untargeted(turn.state, mandatory_iki())] + self._message_replies(turn, message)
        shown, turn.state.reminders_shown = turn.state.reminders_shown, False
        last_edit, turn.state.edited_field = turn.state.edited_field, ""
        count_asked, turn.state.count_asked = turn.state.count_asked, ""
        turn.state.renumber_asked = ""
        searched, turn.state.searched = turn.state.searched, False
        message = _slash_said(message)  # «oke mulai saja garis miring prima»: voice-to-text's «/prima»
        command = _command_after_lead(message)
        if command:  # «yaudah. /cek Jumlah rapat …», «whatever. /ikk vaccine cold chain»: the command, not a draft
            message = command
        if message.startswith("/"):
            replies = self.command(turn, message)
            if count_asked and not turn.state.count_asked and _looks_up(message):  # (tester54 F10)
                turn.state.count_asked = count_asked  # «Jumlahnya berapa?» outlives /capaian: the number next answers it
                return replies + year_logbook.count_still_asked(turn.state)
            return replies
        lead, said_after = _command_after_sentence(message)
        if said_after and year_perubahan.lead_of_change(turn.state, lead, said_after):
            replies = self.command(turn, said_after)  # the lead its reason or explanation, never a catatan
            year_perubahan.lead_kept(turn.state, lead)
            return replies
        if said_after:  # «loh kok arsip, itu punya temen sy. /buang 1»: the command runs (tester58 F10); a lead
            # holding a figure is read first as its own message, talk around it is no answer to the open question
            return (self._message_replies(turn, lead) if re.search(r"\d", lead) else []) + self.command(turn, said_after)
        lead, last = _command_last(message)
        if last:  # «hmm 9 ya. fine. IP ASN target 80. /ekspor»: what is said first, then the command
            return self._message_replies(turn, lead) + self.command(turn, last)
        counted = year_logbook_fix.count_answer(turn.state, count_asked, message) if count_asked else None
        if counted:  # «12» right after «Jumlahnya berapa?» under an entry: its count
            return counted
        limit = continued.most_chars() if "\n" in message else MAX_TEXT_CHARS  # a list: in parts, joined
        if len(message) > limit:
            return [Reply(f"Pesan terlalu panjang ({len(message)} karakter). Kirim satu IKI atau satu pertanyaan, "
                          f"paling banyak {MAX_TEXT_CHARS} karakter, atau daftar IKI satu per baris, paling banyak "
                          f"{continued.most_chars()} karakter.")]
        topic = search_follow_up(message) if searched and not self._waits(turn.state) else None
        if topic and not terms_in(message):  # «kalau utk tim pengelola BMN?» right after /ikk: the same search
            # for that topic («kalau IKI beyond wajib ga?» names a guidance term: a question for the guidance)
            return self.command(turn, f"/ikk {topic}")
        if year_undo.asks(turn.state, message):  # «undo» right after a realisasi, a deletion or a re-link: as before
            return year_undo.undo(turn.state)
        if skp_undo.asks_undo(turn.state, message):  # «urungkan» after /buang, in a flow or its button gone: put back
            return skp_undo.undo_typed(turn.state, message)
        if skp_undo.asks_edit_undo(turn.state, message):  # «undo», «balikin yg tadi» right after /ubah: the old value
            return skp_undo.undo_edit(turn.state)
        if save_undo.asks(turn.state, message):  # «wait, kebanyakan. undo» after a list's save: the draft before it
            return save_undo.undo(turn.state)
        if year_chat.logging(turn.state) and not self._open_flow(turn.state) and year_undo.reads_as_undo(message):
            return [Reply(year_undo.NOTHING_LEFT)]  # «balikin yg tadi» with nothing to take back: never a catatan
        exact = exact_press(turn.state.shown, message) or verb_press(turn.state.shown, message)
        if exact == "fill:nobaseline" and draft_save.is_open(turn.state) and fill_text.no_baseline_for_all(message):
            return fill_text.none_asked(turn.state)  # «belum ada data awal semua»: the button for every IKI
        if exact:  # «Selesai dulu» typed under the data-awal question: that button, not a value of the field
            return self._button(turn, exact)
        earlier = earlier_press(turn.state.earlier, message) if not self._open_flow(turn.state) else None
        pressed_before = self._tried(turn, earlier) if earlier else None
        if pressed_before is not None:  # a whole label of a button still on screen above (a question in between)
            return pressed_before
        undone = undo_press(turn.state.shown, message, cancel_keeps=turn.state.edit is not None) \
            if self._undoes_here(turn.state) else None
        if undone:  # «eh ga jadi» at /ubah's target, «batal» at the data-awal question: its «Batal» or «« Kembali»
            return self._button(turn, undone)
        if self._undoes_here(turn.state) and not self._open_flow(turn.state) and undo_words(message):
            if turn.state.confirm == "hapus":  # «gak jadi» under «Hapus semua data Anda?»: its «Jangan»
                return self._confirm(turn, "")
            return [Reply(NOTHING_TO_UNDO)]  # «batal deh» with nothing open: said so, never «itu maksudnya apa?»
        detail = list_summary.detail_typed(message, turn.state.listed)
        if detail is not None:  # «Rincian 1» typed, or sent again from an old message: that line of the last list
            return self._button(turn, f"list:detail:{detail}")
        number = _BUTTON_NUMBER.fullmatch(message.strip())
        if number and not self._open_flow(turn.state):  # «#1» after /tanya (the terminal presses a button it shows):
            n = int(number.group(1))
            if 1 <= n <= len(turn.state.shown):  # the last message's button (a chat reopened): pressed, as on screen
                return self._button(turn, turn.state.shown[n - 1][1])
            sent = self._sent_buttons(turn.user_id, turn.state) if not turn.state.shown else []
            if 1 <= n <= len(sent):  # a reminder sent after a reply with no buttons: its button
                return self._button(turn, sent[n - 1][1])
            return self._no_such_button(turn.state, n)  # what is still open, and what to type
        idea, turn.state.beyond_idea = turn.state.beyond_idea, ""
        as_beyond = beyond_idea.named(idea, message) if idea else ""
        if as_beyond:  # «boleh, target 1 dashboard dipakai …, bobot 20» under the Beyond answer: that Beyond IKI
            message = as_beyond
        idea = beyond_idea.asked(message)
        if idea:  # «saya ada ide dashboard …, bisa masuk beyond?»: answered, the idea kept for the next message
            turn.state.beyond_idea = idea
            return [Reply(beyond_idea.answer(idea))] + self.pending_question(turn.state)
        offered, turn.state.mandatory_offered = turn.state.mandatory_offered, False
        target_asked, turn.state.mandatory_target_asked = turn.state.mandatory_target_asked, False
        # «no1 yg pertama, no2 yg ketiga» under a list names its lines, never the offered IKI's target (d16-xxx04)
        lines_named = bool(turn.state.listed) and list_picks.names_lines(message)
        added = mandatory_added(message) if (offered or target_asked) and not lines_named else None
        # «80» to its target; after the offer too while no other number is asked (d4-spesialis01: «85» under the
        # IKI proposed together went to a suggestion)
        open_flow = self._open_flow(turn.state)
        # (a quarter asked is no number: «85» after the offer under «Triwulan berapa selesainya?» is its target)
        asks_number = draft_save.is_open(turn.state) \
            or (self.prima.asks_field(turn.state) and turn.state.prima.field in NUMBER_FIELDS) \
            or (open_flow is not None and open_flow.name != "prima")
        number = bare_number(message) if added is None and (target_asked or offered and not asks_number) else None
        picks = max(len(turn.state.candidates), len(turn.state.listed),
                    len(turn.state.prima.proposals) if turn.state.prima else 0)
        if number is not None and (target_asked or number.value > picks):  # («2» under a list picks its line)
            added = mandatory_iki(format_number(number.value))
        if added is None and target_asked and "?" in message:  # «biasanya targetnya berapa?»: answered, still asked
            turn.state.mandatory_target_asked = True
        if added is None and offered and mandatory_taken(message):  # «ya tambahin»: its target asked alone
            turn.state.mandatory_target_asked = True
            return [Reply(MANDATORY_TARGET_ASKED.format(name=MANDATORY_IKI))]
        if added:  # «ok tambahin, target 85» right after the mandatory IKI was offered (in PRIMA: its fields in turn)
            if is_open(turn.state) and not draft_save.is_open(turn.state):  # (a field asked by «Simpan» is inner)
                return self.prima.add(turn.state, [added])
            return draft_save.add_mandatory(turn.state, added)
        if offered and mandatory_refused(message):  # «tetep ga usah dimasukin»: the offer refused, said so
            return [Reply(MANDATORY_LEFT_OUT)] + (self.pending_question(turn.state) or draft_save.offer_reminder(turn.state))
        retimed = year_pengingat.reminder_follow_up(turn.state, message, self.clock(), shown)
        if retimed:  # «jam setengah 4 sore» after /pengingat: the reminder's, not the open question's answer
            return retimed + self._reminder(turn.state)
        flow = self._open_flow(turn.state)
        pressed = self._asked_above(turn.state, message) if self._waits(turn.state) else \
            typed_press(turn.state.offered, message) or yes_press(turn.state.single, message)
        if pressed:  # «ya» under «Ya, tetapkan | Batal»: the button, as if tapped
            return self._then_older(turn, pressed)
        beyond = beyond_offered(turn.state.shown, message) if not self._waits(turn.state) else None
        if beyond is not None:  # «yang kedua deh» under «Pakai usulan 1» alone: said, the options shown again
            return [beyond]
        typed = profil_flow.typed_at_menu(turn.state, message, self.clock().timestamp())
        if typed is not None:  # «jabatan sy salah, harusnya …» under /profil's «Ubah bagian mana?»: that field
            return typed + self._reminder(turn.state)
        moved = profil_change.changed_fields(message) if not flow or flow.name not in ("tim", "tahun", "profil") \
            else {}
        if moved:  # «sy pindah ke Seksi …, jabatan jd …, atasan baru Pak …»: the profile, then the open question again
            return [profil_change.apply(turn.state, moved)] + self.pending_question(turn.state)
        # «atasan saya ganti» (a new pairing code), a leader's «hapus catatan Andi» (refused): whatever draft question
        # is open, but not inside a team or year answer, where it may be the comment or the perubahan's explanation.
        changed = self.team.on_plain(turn, message, year_chat.logging(turn.state)) \
            if not flow or flow.name not in ("tim", "tahun") else []
        if changed:
            return changed + self._reminder(turn.state)
        noted = (self.team.note_offered(turn, message) or self.team.member_asked(turn, message)) if not flow else []
        if noted:  # «IKI 2: Jml laporan bukan hasil kerja, ganti jd …» under the review: the member's, never an edit
            return noted  # of the leader's own SKP nor an IKI to check
        before = [iki.indikator for iki in turn.state.skp.iki]
        typed = (not flow or flow.name not in ("tim", "tahun", "ubah")) and skp_edit.is_typed_edit(message)
        # After /ajukan numbered the pasted list, «IKI N» is the list's line N: the draft takes the list's order first.
        ordered = self.team.as_listed(turn.state) if typed and turn.state.listed_offer else []
        edited = skp_edit.typed_edit(turn.state, message) if typed else None
        if edited is not None:  # «IKI 1 ganti jadi …, target 70%»: an edit, never the open field's answer
            again = self.pending_question(turn.state) if turn.state.edit is None else []
            return ordered + edited + year_perubahan.after_change(turn.state, before, self.clock()) + again
        swapped = named_rewording.words_swapped(turn.state, message) if "\n" not in message and turn.state.skp.iki \
            and (not flow or flow.name not in ("tim", "tahun", "ubah")) and not year_chat.logging(turn.state) else None
        if swapped:  # «eh yg mastektomi salah ketik, 12x jd 10x sesi»: that IKI's words, never the open field's answer
            again = self.pending_question(turn.state) if turn.state.edit is None else []
            return named_rewording.applied(turn.state, swapped) + again
        fields = skp_typed.field_edits(message, len(turn.state.skp.iki)) if "\n" not in message \
            and (not flow or flow.name not in ("tim", "tahun", "ubah")) and not year_chat.logging(turn.state) \
            and not reads_as_iki(message) and not list_picks.picked(message, turn.state.listed) else None
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
            return menu + year_perubahan.after_change(turn.state, before, self.clock()) \
                + (self.pending_question(turn.state) if turn.state.edit is None else [])
        # Written in English: one line, in both languages, before the reply (the rules flag an English IKI itself),
        # once outside any flow and once in each flow: said on every message it buried the answers.
        english = mostly_english(message) and not small_talk(message)  # «thank you»: «Sama-sama», no note (tester26 #9)
        where = flow.name if flow else ""
        if english and year_chat.logging(turn.state):
            # a logbook line may be in English and is kept as written: the note once a day, outside a flow (tester53
            # P1-3: «today I did gait training …» was never told); the day's key replaces the day before's
            english, where = not flow, f"catatan {self.clock().date().isoformat()}"
            turn.state.english_noted = [n for n in turn.state.english_noted if not n.startswith("catatan ") or n == where]
        replies = flow.on_text(turn, message) if flow else self.plain.on_text(turn, message)
        if flow and flow.name == "ubah":
            replies = self._edit_done(turn.state, replies)
        if not english or where in turn.state.english_noted:
            return replies
        turn.state.english_noted.append(where)
        # a reply said in both languages already tells it («Tidak: IKI ditulis … / No: IKI are written …»): one is enough
        return replies if any(_in_both_languages(r.text) for r in replies) else [Reply(IN_INDONESIAN)] + replies

    def command(self, turn: Turn, message: str) -> list[Reply]:
        # the command ends at its first space or line break: «/cek» then a list pasted on the next line is its text;
        # or at a mark a sentence goes on after, «/ekspor, sekalian MPPH nya bisa ikut ga» (d17-dev02: «/ekspor,»)
        word, rest = (re.split(r"\s|(?<=\w)[,;:.!?]+\s*", message, maxsplit=1) + [""])[:2]
        name = word.split("@", 1)[0].lower()  # Telegram appends @botname in groups
        rest = rest.strip()
        if len(rest) > (MAX_REPLY_CHARS if "\n" in rest else MAX_TEXT_CHARS):
            return [Reply(f"Teks terlalu panjang ({len(rest)} karakter). Kirim paling banyak {MAX_TEXT_CHARS} karakter.")]
        command, typo = BY_NAME.get(name), []
        if command is None and sure_typo(name):  # «/cke Persentase …»: run as /cek, said so
            typo, name = [Reply(f"(Perintah {name} saya baca sebagai {sure_typo(name)}.)")], sure_typo(name)
            command = BY_NAME[name]
        year_chat.moved_on(turn.state)
        # (/batal cancels the role's change itself; /mpph shows the matrix the change was asked over)
        let_go = mpph_flow.edit_let_go(turn.state) if command is not None and name != "/batal" else ""
        turn.command = True
        left = [] if name == "/profil" else profil_flow.passed_by(turn.state)  # asked again once, then let go
        turn.state.completed = None  # another task: a later «eh salah, 20 aja» no longer changes the IKI completed last
        if name not in ("/ubah", "/buang"):  # the list's numbering shown by /ajukan holds for the next edit only
            turn.state.listed_offer = False
        if command is None:  # a mistyped command is named with what was typed after it, so nothing is lost
            return [unknown_reply(name, rest)] + left + self._reminder(turn.state)
        run = lambda: command.run(self, turn, rest)  # noqa: E731
        replies = typo + (self.limited(turn.user_id, name, run) if command.expensive else run()) \
            + ([Reply(let_go)] if let_go and name != "/mpph" else [])
        if name == "/ubah" and turn.state.edit is None:  # «/ubah 2 bobot 10», then «eh bentar, 15 aja»: that field
            turn.state.edited_field = skp_edit.value_edited(rest, len(turn.state.skp.iki))
        if draft_save.ends_asking(replies, turn.state):
            return replies + left  # the command itself just asked it (/cek … 95% saved the IKI and asks what it lacks)
        # one edit of the draft is the same work as the field it fills (play38: «/ubah 1 target 95» then one more
        # command let the other IKI's open question go); a run of edits is moving on, so free text after them is read
        # as what it says, not as the field's answer («yg TMT itu harusnya 40» after three /ubah: tester12 #9)
        fill = turn.state.fill
        spared = name == "/ubah" and fill is not None and not fill.edit_spared
        if spared:
            fill.edit_spared = True
        # an MPPH question open under another command (/skp, /ekspor) is named again, never dropped (play40 F9)
        asking = mpph_flow.question_reminder(turn.state) if command.reminds and name != "/mpph" else []
        # the profile still asking takes the next message: its question is the one named, the step it interrupted
        # named once the profile is done (_profil_text)
        behind = turn.state.profil is not None and bool(left)
        return replies + left + asking + (self._reminder(turn.state, counted=not command.consults and not spared)
                                          if command.reminds and not behind else [])

    def _open_flow(self, state: UserState) -> Flow | None:
        return next((flow for flow in self._flows if flow.is_open(state)), None)

    def pending_question(self, state: UserState) -> list[Reply]:
        flow = self._open_flow(state)
        return flow.prompt(state) if flow else []

    def _reminder(self, state: UserState, counted: bool = True) -> list[Reply]:
        """After another command mid-PRIMA (or mid «Simpan ke draf»), one line naming the open question (not while a
        change waits for its value). Not while the SKP waits for the leader's decision: PRIMA's work is done (tester52
        P2-6: «PRIMA masih terbuka: Langkah 4» after every /ubah, /skp, /atasan, /ajukan once submitted); a PRIMA
        opened on an agreed SKP (a change) is still named."""
        if state.edit:
            return []
        if draft_save.is_open(state):
            return draft_save.remind(state, counted)
        handed = state.team.review.status in HANDED_OVER
        return [self.prima.reminder(state)] if is_open(state) and not handed else []

    def _profil_text(self, turn: Turn, message: str) -> list[Reply]:
        """An answer for /profil; once the profile is done, the step it interrupted is named again. A message that
        answers nothing it asks (no NIP under a NIP, a pasted list) leaves it for later and goes where it would have
        gone."""
        if not (profil_flow.takes(turn.state, message) or profil_flow.fits(turn.state, message)):
            left = profil_flow.let_go(turn.state)
            flow = self._open_flow(turn.state)
            return (flow.on_text(turn, message) if flow else self.plain.on_text(turn, message)) + left
        replies = profil_flow.on_text(turn.state, message, self.clock().timestamp())
        return replies + ([] if profil_flow.waits(turn.state) else self._reminder(turn.state))

    # The year (year_chat.py and the year_* modules) ------------------------------------------------------
    def skp_change(self, turn: Turn, name: str, rest: str, act: Callable[[], list[Reply]]) -> list[Reply]:
        """/ubah and /buang: on an agreed SKP the reason comes first; records follow a reworded IKI."""
        asked = None if self.team.reviews(turn.user_id) else year_perubahan.needs_reason(turn.state, name, rest, self.clock())
        if asked is not None:
            return asked
        return self._skp_changed(turn, lambda: act(year_perubahan.command_text(name, rest)))

    def _skp_changed(self, turn: Turn, act: Callable[[], list[Reply]]) -> list[Reply]:
        before = [iki.indikator for iki in turn.state.skp.iki]
        editing = turn.state.edit is not None
        replies = act() + year_perubahan.after_change(turn.state, before, self.clock())
        return self._edit_done(turn.state, replies) if editing else replies

    def _edit_done(self, state: UserState, replies: list[Reply]) -> list[Reply]:
        """A change /ubah asked for just made (or called off) while «Simpan ke draf» still asks a field of another
        IKI (the quarter it is done, its target …): that question named again after it, once, not counted as moving
        on (play38: the open question was dropped under «IKI 1 diubah»)."""
        if state.edit is not None or not draft_save.is_open(state) or draft_save.ends_asking(replies, state) \
                or any(r.reminder for r in replies):
            return replies
        return replies + draft_save.remind(state, counted=False)

    def evidence(self, user_id: str, item: Any, caption: str = "", update_id: int | None = None,
                 deliver: Deliver | None = None, entry_id: str = "") -> list[Reply]:
        """A photo or document (Telegram) or a file path (terminal): bukti dukung of a logbook entry (entry_id: the
        one the same line kept)."""
        user_id = str(user_id)

        def act(turn: Turn) -> list[Reply]:
            if turn.state.skp.iki or entry_id:
                turn.keeps_buttons = True
                return year_evidence.evidence(turn.state, item, caption, self.clock(), entry_id)
            # no logbook to attach it to: what to send instead; a caption typed with it is read as its own message,
            # and a question left open is named again (nothing typed is lost)
            said = [year_evidence.unread(item)]
            return said + (self._message(turn, _as_typed(caption)) if caption.strip() else self._reminder(turn.state))

        return self._run(user_id, act, update_id, deliver, command_label(None))

    def search_in_step(self, turn: Turn, message: str) -> list[Reply]:
        """A catalog search asked inside a step that is no search itself («IKK apa yg cocok utk tim kualitas air
        minum?» at /mpph's indicator, tester48 P2-8: it got the step's help): the search as /ikk answers it, found or
        not; [] for any other message («maksudnya?» gets the step's help). The step asks its question again after it."""
        topic = step_help.catalog_asked(message)
        return self.limited(turn.user_id, "/ikk", lambda: self.search(topic, turn.state)) if topic else []

    def help_in_step(self, turn: Turn, message: str) -> list[Reply]:
        """A question typed inside the open step: its help, a term's meaning, or the guidance's short answer. At the
        weight question one holding a number («knp cuma 0 yg tersisa») is about the weights given: they are shown,
        with what is left for the jenis of the IKI asked and why."""
        from bot.retrieval.embeddings import RetrievalUnavailable

        state = turn.state
        if mandatory_asked.asks(message):  # «ada yg wajib ga kak?» at any step: the mandatory IKI, never the step's help
            return self.limited(turn.user_id, "/tanya", lambda: self.ask(mandatory_asked.query()))
        if step_help.key(state) == "bobot" and numbers_in(message):
            drafting = state.fill if state.fill is not None and state.fill.current is not None else state.prima
            current = drafting.current if drafting is not None else None
            return [Reply(weights_so_far(state.skp, current.jenis if current is not None else None))]

        def ask(question: str, topic: str | None):
            return self.lookup.ready().ask(question, k=3, topic=topic, today=self.clock().date())

        try:
            return self.limited(turn.user_id, "/tanya", lambda: step_help.reply(turn.state, message, ask))
        except RetrievalUnavailable:
            return step_help.reply(turn.state, message, None)

    def _route_pending(self, turn: Turn, choice: str) -> list[Reply]:
        state = turn.state
        message, state.pending = state.pending, ""
        if not message or choice not in ("cek", "tanya", "ikk", "catat", "susun"):
            return self.old_button(state)
        if choice == "catat":
            return year_logbook.catat(state, message, self.clock())
        if choice == "susun":  # the work of a logbook line, without its day and count
            return from_work(state, done_work_topic(message))
        if choice == "cek":
            return self.check(state, message)
        if choice == "tanya":
            return self.limited(turn.user_id, "/tanya", lambda: self.ask(message))
        return self.limited(turn.user_id, "/ikk", lambda: self.search(message, turn.state))

    def limited(self, user_id: str, command: str, act: Callable[[], list[Reply]]) -> list[Reply]:
        wait = self._limiter.wait_seconds(user_id)
        if wait:
            return [Reply(f"Permintaan Anda terlalu banyak dalam satu menit. Coba lagi {command} dalam {wait} detik.")]
        return act()

    # Buttons ----------------------------------------------------------------------------------------------
    def _button(self, turn: Turn, data: str) -> list[Reply]:
        replies = self._button_replies(turn, data)
        # a leader sets this SKP: a perubahan goes to the leader with its reason, never asked it again by the year
        # (team31: «Apa alasannya?» came right under «SKP Anda diajukan kepada atasan»)
        year_perubahan.reason_held(turn.state, replies)
        replies = self._paired_matrix(turn.state, replies) if self.team.reviews(turn.user_id) \
            else self._reason_first(turn.state, replies)
        return replies \
            + year_realisasi.unplaced_offer(turn.state) + year_logbook.picks_again(turn.state, replies, self.clock(),
                                                                                      turn.command)

    def _button_replies(self, turn: Turn, data: str) -> list[Reply]:
        year_chat.moved_on(turn.state)
        scope, _, rest = data.partition(":")
        if turn.state.edit and scope not in ("skp", "confirm", "cmd", "tim", team_chat.SCOPE):
            # A change is waiting for its value: an older button must not start something under it.
            return stale() + field_edit.prompt(turn.state)
        let_go = mpph_flow.edit_let_go(turn.state) if scope != "mpph" else ""  # another task's button (/skp «Buang 1»)
        handler = self._buttons.get(scope)
        return (handler(turn, rest) if handler else self.old_button(turn.state)) + ([Reply(let_go)] if let_go else [])

    def _tried(self, turn: Turn, data: str) -> list[Reply] | None:
        """A button of an earlier reply pressed by its label typed, on a copy of the state: kept unless the button is
        no longer valid (then None, and the message is read as any other: a label typed is never answered «Tombol itu
        sudah tidak berlaku»)."""
        real = turn.state
        turn.state = real.model_copy(deep=True)
        try:
            replies = self._button(turn, data)
        finally:
            trial, turn.state = turn.state, real
        if is_stale(replies):
            return None
        for name in type(real).model_fields:
            setattr(real, name, getattr(trial, name))
        return replies

    def _no_such_button(self, state: UserState, number: int) -> list[Reply]:
        """«#1» typed with no flow open and no button of that number shown (after /tanya, say): what is still on
        screen from before and what can be typed for it."""
        said = f"Saya belum bisa membaca «#{number}»: pesan terakhir saya tidak punya tombol nomor {number}."
        if state.candidates:
            buttons = [Button(label, f"use:{i}") for i, label in enumerate(suggestion_labels(state), 1)]
            return [Reply(f"{said} Usulan IKI terakhir masih bisa dipakai: pilih di bawah, atau ketik «pakai usulan N».",
                          buttons)]
        if _matrix_open(state, asked=True):  # the MPPH matrix of the last session: its buttons again
            return [Reply(said)] + _matrix_open(state, asked=True)
        if state.year.agreed:  # the list the SKP was drafted from is done with (tester53 P1-6: January's offered)
            return [Reply(f"{said} {YEAR_STALE_NEXT}")]
        if state.listed:
            return [Reply(f"{said} Daftar IKI terakhir Anda ({len(state.listed)} baris) masih bisa dipakai: ketik "
                          f"«Rincian N» atau /cek N untuk baris N, «simpan yang lolos», atau lihat draf dengan /skp.")]
        return [Reply(f"{said} {STALE_NEXT}")]

    def old_button(self, state: UserState) -> list[Reply]:
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
        if state.confirm == "hapus":  # /batal under «Hapus semua data Anda?»: its «Jangan»
            state.confirm = ""
            return [Reply("Tidak ada yang dihapus.")]
        if state.year_ask and not (state.year_ask.kind == "go" and state.edit):  # (a reason given: the change's own)
            if state.year_ask.kind == "alasan":
                return [Reply(year_perubahan.undo_change(state))]
            state.year_ask = None
            return [Reply("Dibatalkan; SKP dan catatan Anda tidak berubah.")]
        if state.edit:  # the innermost question first: the change, not the PRIMA under it
            kept = field_edit.called_off(state)
            state.edit, state.confirm = None, ""
            if kept:  # the new text stays: on an agreed SKP it is the perubahan its reason was given for
                names = [iki.indikator for iki in state.skp.iki]
                return [Reply(kept)] + year_perubahan.after_change(state, names, self.clock())
            return [Reply("Perubahan IKI dibatalkan; draf tidak diubah.")]
        if draft_save.is_open(state):
            return draft_save.cancel(state)
        if state.candidates and not is_open(state):  # «Usulan mana yang dipakai?» let go: none saved (tester48 P3-1)
            state.candidates, state.candidate_target, state.candidate_work = [], "", ""
            state.candidate_rhk, state.candidate_rhk_for, state.task_of = "", [], {}
            return [Reply("Usulan tadi tidak dipakai; tidak ada yang disimpan ke draf. Draf Anda tetap seperti semula.")]
        had_flow = bool(state.mpph or state.rhk or state.pending or state.profil)
        kept = mpph_flow.close(state)  # a matrix with indicators stays for /mpph
        state.rhk, state.pending, state.confirm, state.profil = None, "", "", None
        if is_open(state):
            return ask_keep_progress()  # PRIMA holds answers worth keeping: ask before dropping them
        return [Reply("Langkah dihentikan. Draf Anda tetap tersimpan." + kept if had_flow
                      else "Tidak ada langkah yang sedang berjalan.")]

    def check(self, state: UserState, text: str, *args: Any, **options: Any) -> list[Reply]:
        """/cek: the rules' verdict on one IKI (checking.py)."""
        return self.checking.check(state, text, *args, **options)

    def team_search(self, turn: Turn, text: str) -> list[Reply]:
        """«/ikk tim ini» from a leader (lookup.py)."""
        return self.lookup.team_search(self.team, turn, text)

    def search(self, text: str, state: UserState | None = None) -> list[Reply]:
        """/ikk: the catalog searched (lookup.py)."""
        return self.lookup.search(text, state)

    def ask(self, text: str) -> list[Reply]:
        """/tanya: the guidance's short answer (lookup.py)."""
        return self.lookup.ask(text)

    def dialog_pack(self, state: UserState) -> list[Reply]:
        """/dialog: the dialog kinerja pack (documents.py)."""
        return documents.dialog_pack(state, self.assistant, self.clock)

    def export(self, state: UserState, member: bool = False, owner: str = "") -> list[Reply]:
        """/ekspor: the e-Kinerja workbook (documents.py); member: a leader's file of a member's SKP; owner: the user's
        tag in the file's name when /profil has no name."""
        return documents.export(state, self.clock, member, owner)


MAX_LEAD_WORDS = 4  # «yaudah.», «ok deh,», «whatever.» before a command typed in the same message
_LEAD_COMMAND = re.compile(r"^([^/\n]*?)[.!,;:]?\s+(/[A-Za-z_]+(?:@\w+)?\b.*)$", re.DOTALL)


@knowledge.cached
def _spoken_slash() -> re.Pattern:
    """«garis miring» before a command's name (intent.yaml `spoken_slash`)."""
    said = sorted(knowledge.data("intent")["spoken_slash"], key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, s.split())) for s in said)
    return re.compile(rf"(?<![\w/])(?:{words})\s+([A-Za-z_]+)\b", re.IGNORECASE)


def _slash_said(message: str) -> str:
    """«oke mulai saja pak garis miring prima» → «… /prima»: a slash said aloud before a known command's name."""
    def slash(found: re.Match) -> str:
        name = found.group(1).lower()
        return f"/{name}" if f"/{name}" in BY_NAME else found.group(0)
    return _spoken_slash().sub(slash, message)


_LAST_COMMAND = re.compile(r"^(.*\S)[.!,;:]?\s+(/[A-Za-z_]+)[.!]?\s*$", re.DOTALL)


def _looks_up(message: str) -> bool:
    """A command that only shows something (conversation.yaml `look_ups`): a typed answer's question outlives it."""
    name = re.split(r"[\s,;:.!?@]", message.strip(), maxsplit=1)[0].lower()
    return name in knowledge.data("conversation")["look_ups"]


def _command_last(message: str) -> tuple[str, str | None]:
    """«hmm 9 ya. fine. IP ASN target 80. /ekspor»: a known command with no text of its own ending a message whose
    lead is too long to be a lead-in (`MAX_LEAD_WORDS`): the lead, to be read as its own message, and the command;
    (message, None) otherwise."""
    found = _LAST_COMMAND.match(message)
    if not found or "/" in found.group(1) or found.group(2).lower() not in BY_NAME:
        return message, None
    return found.group(1).rstrip(".!,;: "), found.group(2)


_SENTENCE_COMMAND = re.compile(r"^([^/\n]*?[.!?])\s+(/[A-Za-z_]+(?:@\w+)?(?:\s[^/\n]*)?)$")


def _command_after_sentence(message: str) -> tuple[str, str | None]:
    """«loh kok arsip, itu punya temen sy. /buang 1»: a known command with its text closing a message after a
    sentence of any length: the sentence and the command; (message, None) otherwise."""
    found = _SENTENCE_COMMAND.match(message.strip())
    if not found:
        return message, None
    name = found.group(2).split(None, 1)[0].split("@", 1)[0].lower()
    return (found.group(1).rstrip(".!?, "), found.group(2)) if name in BY_NAME else (message, None)


def _command_after_lead(message: str) -> str | None:
    """A known command typed after a few words of lead-in, as one message; None otherwise."""
    found = _LEAD_COMMAND.match(message)
    if not found or message.startswith("/") or len(found.group(1).split()) > MAX_LEAD_WORDS:
        return None
    name = found.group(2).split(None, 1)[0].split("@", 1)[0].lower()
    return found.group(2) if name in BY_NAME else None


