"""What every team_* part stands on: the engine's store, clock and outbox, and the steps on records. A step on a
member's record runs under the member's lock and is committed with its audit entries; what the other side must hear
goes through the outbox (Engine.post) under a key, so it arrives once."""

from collections.abc import Callable
from datetime import datetime

from bot.conversation import mpph_versions
from bot.conversation.commands import Turn
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.storage import Store
from bot.storage.base import LockBusy
from bot.storage.team import DuplicateEntry, Pair
from bot.team import pairing
from bot.team.access import MEMBER_LOCK_WAIT_S
from bot.team.digest import wants_digest
from bot.team.record import Status
from bot.team.results import Applied, Notice, Refused, address
from bot.team.review import year_versions
from bot.team.review_items import review_items
from bot.team.view import MemberInput, earlier_unfilled, year_figures
from bot.year.rencana import follow_targets
from bot.year.versions import follow_rename

SCOPE = "pasang"  # the team's other buttons (pairing, submitting, feedback, dialog); the leader's decisions are "tim"
BUSY = ("SKP anggota ini sedang diperbarui (pegawai atau atasan lain sedang menyimpan). Tidak ada yang dicatat; "
        "tekan tombolnya lagi sebentar lagi.")
NO_MEMBERS = ("Anda belum punya anggota tim di Asisten IKI. Anggota tim mengirim /atasan, lalu meneruskan kodenya "
              "kepada Anda; setelah Anda mengonfirmasi, ia muncul di /tim.")
NOT_PAIRED = ("Anda belum terhubung dengan atasan. Kirim /atasan, teruskan kode atau tautannya kepada atasan Anda, "
              "lalu ajukan SKP setelah ia mengonfirmasi.")
STALE = "Tombol ini sudah tidak berlaku, jadi tidak ada yang dijalankan."
RECORDED = "Keputusan ini sudah tercatat; tidak dicatat dua kali."  # the store refused a second record of it


class TeamDesk:
    """The team's store, clock and outbox, and the steps on a user's own record or a member's."""

    def __init__(self, store: Store, clock: Callable[[], datetime], load: Callable[[str], UserState],
                 post: Callable[[str, str, list[Reply], datetime | None], bool],
                 start_prima: Callable[[UserState, pairing.InviteStart], list[Reply]]):
        self.store, self.clock, self.load, self.post = store, clock, load, post
        self.start_prima = start_prima  # a member who accepted a Ketua Tim's invite: PRIMA from their part
        self.bot_username = ""  # a door that knows it (Telegram) sets it, so /atasan gives a t.me link
        self._produced: tuple | None = None  # the hour the digests and agendas were last posted from this replica

    def _input(self, pair: Pair) -> MemberInput:
        state = self.load(pair.member)
        started = datetime.fromtimestamp(pair.started_at, self.clock().tzinfo).date()
        days, behind, said, unfilled = year_figures(state.skp, state.year, self.clock().date())
        return MemberInput(member=pair.member, name=known_as(state), skp=state.skp, record=state.team,
                           started=started, days_since_logbook=days, behind=behind, behind_said=said, unfilled=unfilled,
                           earlier=earlier_unfilled(state.skp, state.year, self.clock().date()))

    def _own(self, turn: Turn, step: Callable[[], Applied], done: str) -> list[Reply]:
        """A step on the user's own record, in their own turn: committed with the turn's state."""
        try:
            applied = step()
        except Refused as refused:
            return [Reply(refused.message)]
        turn.state.team, turn.state.skp = applied.record, applied.skp
        turn.audit.extend(applied.entries)
        current = self.store.reviewer_of(turn.user_id)
        turn.letters.extend(self._letters(applied, turn.user_id, current))
        return [Reply(done)]

    def _on_member(self, turn: Turn, member: str, step: Callable[[UserState, Pair | None], Applied]) -> Applied | str:
        """A leader's step on a member's record: the member's lock (bounded wait), the pairing read under it, the
        step, and the member's state committed with the step's audit entries; the refusal's message otherwise."""
        try:
            with self.store.user_lock(member, wait=MEMBER_LOCK_WAIT_S):
                state = self.load(member)
                current = self.store.reviewer_of(member)
                applied = step(state, current)
                before = [iki.indikator for iki in state.skp.iki]
                state.team, state.skp = applied.record, applied.skp
                state.year = year_versions(state.year, state.team.review)  # a penetapan is the year's version too
                if (said := _mpph_said(state, applied)) is not None:  # a Ketua's penetapan: their MPPH's version
                    applied = said
                if len(before) == len(state.skp.iki):  # a returned perubahan: the records follow the IKI back
                    for old, new in zip(before, (iki.indikator for iki in state.skp.iki)):
                        state.year = follow_rename(state.year, old, new)
                state.year = state.year.model_copy(update={"rencana": follow_targets(state.year.rencana, state.skp)})
                if state.tim and state.tim.kind == "tarik" and state.team.review.status is not Status.diajukan:
                    state.tim = None  # «Ubah sekarang? Pengajuan ditarik …» is moot once the leader has decided
                if state.team.review.status is Status.ditetapkan and state.prima and not state.prima.paused:
                    # the SKP is agreed: PRIMA's open question stops following every reply (/prima takes it up)
                    state.prima = state.prima.model_copy(update={"paused": True})
                self.store.commit_turn(member, state.model_dump_json(), audit=applied.entries)
        except Refused as refused:
            return refused.message
        except LockBusy:
            return BUSY
        except DuplicateEntry:
            return RECORDED
        turn.letters.extend(self._letters(applied, member, current))
        return applied

    def _letters(self, applied: Applied, owner: str, current: Pair | None) -> list[tuple[str, str, list[Reply]]]:
        """Notices as messages: a submission comes with each IKI and the leader's buttons; feedback with «Balas»;
        a dialog's catatan with «Konfirmasi sudah dibaca»."""
        letters = []
        quiet = current is not None and wants_digest(self.load(current.reviewer).leader,
                                                     len(self.store.members_of(current.reviewer)))
        for letter in address(applied.notices, owner, current.reviewer if current else None):
            if quiet and letter.user == current.reviewer:
                continue  # this leader reads the week in one digest (and /tim), not a message per event
            replies = [Reply(letter.text)]
            parts = letter.key.split(":")
            if ":ajukan:" in letter.key and current is not None and letter.user == current.reviewer:
                items = review_items(applied.record, applied.skp, owner=owner, pair=current.id,
                                     name=applied.skp.pegawai.nama or applied.skp.pegawai.jabatan)
                replies = [Reply(f"{letter.text}\n{items[0].text}", as_buttons(items[0].buttons))]
                replies += [Reply(item.text, as_buttons(item.buttons)) for item in items[1:]]
            elif ":umpan_balik:" in letter.key:
                replies = [Reply(letter.text, [Button("Balas", f"{SCOPE}:balas:{parts[-2]}")])]
            elif ":dialog:" in letter.key:
                replies = [Reply(letter.text, [Button("Konfirmasi sudah dibaca", f"{SCOPE}:baca:{parts[-2]}")])]
            letters.append((letter.user, letter.key, replies))
        return letters

    def _name(self, user: str | None) -> str:
        return self.load(user).skp.pegawai.nama if user else ""


def _mpph_said(state: UserState, applied: Applied) -> Applied | None:
    """A penetapan's notice to a member who leads a team, with the version of their MPPH now in force (mpph38
    leftover); None when nothing is set or they have no matrix."""
    if state.team.review.status is not Status.ditetapkan:
        return None
    sentence = mpph_versions.set_with(state)
    if not sentence:
        return None
    notices = [Notice(n.to, n.key, n.text.replace(". Perubahan berikutnya", f".{sentence} Perubahan berikutnya", 1))
               if n.to == "anggota" and ":versi:" in n.key else n for n in applied.notices]
    return Applied(applied.record, applied.skp, applied.entries, notices)


def as_buttons(pairs: list[tuple[str, str]]) -> list[Button]:
    return [Button(label, data) for label, data in pairs]


def known_as(state: UserState) -> str:
    """How the leader knows a member: their /profil name, else their jabatan; "" when neither is known."""
    return state.skp.pegawai.nama or state.skp.pegawai.jabatan or ""
