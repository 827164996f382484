"""The one place a user's turn is run: in arrival order, one at a time across threads, processes and replicas (the
store's user lock), applied at most once per update (the store remembers applied updates with their replies), the
state loaded before and written after in one transaction with the update, and the replies delivered before that
user's next turn starts. Transport-free: a door supplies how to deliver."""

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from bot import metrics
from bot.conversation.replies import Reply, fit, replies_from_json, replies_to_json
from bot.conversation.state import UserState
from bot.logs import pseudonym
from bot.storage import Store, StoreUnavailable
from bot.storage.team import DuplicateEntry

log = logging.getLogger("asisten_iki.turns")

STORE_DOWN = ("Maaf, penyimpanan draf sedang tidak dapat dihubungi, jadi pesan terakhir Anda belum diproses. "
              "Draf yang sudah tersimpan tetap aman. Coba lagi sebentar lagi dengan mengirim ulang pesan itu.")
NOTHING_TO_SAY = "Ketik /bantuan untuk melihat yang bisa saya bantu."
RECORDED_BEFORE = ("Itu sudah tercatat sebelumnya (pesan atau tombol yang sama sampai dua kali), jadi tidak dicatat "
                   "lagi. Lihat keadaannya dengan /skp atau /riwayat.")
_EMPTY = UserState()
_INPUT = {"tombol": "button", "non-teks": "unsupported"}  # what kind of input a label stands for, in the log

Deliver = Callable[[list[Reply]], None]
Step = Callable[[UserState], list[Reply]]


class Turns:
    def __init__(self, store: Store, schedule: Callable[[UserState], float | None] | None = None):
        """`schedule`: the user's next reminder moment from the state a turn saves (kept in the same transaction);
        without it the store's next tick works it out."""
        self._store = store
        self._schedule = schedule
        self._lines: dict[str, tuple[asyncio.Lock, int]] = {}

    def run(self, user_id: str, step: Step, deliver: Deliver, update_id: int | None = None, label: str = "teks",
            audit: Callable[[], list] | None = None, committed: Callable[[], None] | None = None) -> str:
        """Apply `step` to the user's state and deliver its replies, holding the user's lock throughout.

        Returns "applied", "duplicate" (the update was applied before: its replies are sent again only if they never
        were) or "unavailable" (the store could not be reached: the user is asked to retry, nothing was written).
        `audit`: the entries the step made on the user's own record, written in the same transaction; `committed`:
        called once that transaction is done, before the replies go out (messages for other users).
        """
        started = time.perf_counter()
        try:
            with self._store.user_lock(user_id):
                if update_id is not None and self._seen(update_id, deliver):
                    return "duplicate"
                state = self.state(user_id)
                turn_started = time.perf_counter()
                replies = fit(step(state) or [Reply(NOTHING_TO_SAY)])
                # The new state and the update it answers in one transaction: a redelivered update is never applied
                # twice. A state with nothing in it is not kept at all (and /hapus empties it).
                kept = state != _EMPTY
                self._store.commit_turn(user_id, state.model_dump_json() if kept else None, update_id,
                                        None if update_id is None else replies_to_json(replies),
                                        audit=audit() if audit else (), **self._next_at(state, kept))
                if committed:
                    committed()
                turn_s = time.perf_counter() - turn_started
                metrics.TURN_SECONDS.labels(label).observe(turn_s)
                metrics.TURNS.labels(label).inc()
                deliver(replies)
                if update_id is not None:
                    self._sent(update_id)
        except DuplicateEntry:
            # The decision this turn would record is on the audit trail already (another copy of it got there
            # first): the whole transaction was rolled back, so nothing is recorded twice.
            deliver([Reply(RECORDED_BEFORE)])
            return "duplicate"
        except StoreUnavailable as exc:
            metrics.ERRORS.labels("store").inc()
            log.warning("store unavailable", extra={"user": pseudonym(user_id), "error": str(exc)})
            deliver([Reply(STORE_DOWN)])
            return "unavailable"
        # ms: the whole update (waiting for the user's lock, the turn, sending); turn_ms: the engine's step alone.
        log.info("turn", extra={"user": pseudonym(user_id), "input": _INPUT.get(label, "text"), "command": label,
                                "step": state.prima.step if state.prima else "-", "turn_ms": round(turn_s * 1000, 1),
                                "ms": round((time.perf_counter() - started) * 1000, 1)})
        return "applied"

    def _next_at(self, state: UserState, kept: bool) -> dict:
        return {"next_at": self._schedule(state)} if kept and self._schedule else {}

    def state(self, user_id: str) -> UserState:
        """The user's state as last saved (read-only here)."""
        saved = self._store.load(user_id)
        if saved is None:
            return UserState()
        try:
            return UserState.model_validate_json(saved)
        except ValueError:
            # A state written by an older version that no longer fits: start over rather than fail every turn.
            return UserState()

    @asynccontextmanager
    async def in_order(self, user_id: str) -> AsyncIterator[None]:
        """For an async door: the user's updates enter `run` in the order they arrived in this process (asyncio
        locks are first come, first served, and a waiting update holds no thread); across processes the store's
        lock takes over."""
        lock, waiting = self._lines.get(user_id, (asyncio.Lock(), 0))
        self._lines[user_id] = (lock, waiting + 1)
        try:
            async with lock:
                yield
        finally:
            lock, waiting = self._lines[user_id]
            if waiting == 1:
                del self._lines[user_id]  # nobody waiting: no lock kept per user forever
            else:
                self._lines[user_id] = (lock, waiting - 1)

    def _seen(self, update_id: int, deliver: Deliver) -> bool:
        done = self._store.outcome(update_id)
        if done is None:
            return False
        metrics.DUPLICATES.inc()
        if not done.sent:  # applied, but the replica that applied it died before answering
            deliver(replies_from_json(done.replies))
            self._sent(update_id)
        return True

    def _sent(self, update_id: int) -> None:
        """Delivered: forget the stored replies. Failing here is harmless (a redelivery resends them), so no apology."""
        try:
            self._store.mark_sent(update_id)
        except StoreUnavailable:
            log.warning("could not mark update sent", extra={"update_id": update_id})
