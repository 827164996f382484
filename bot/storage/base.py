"""What every state store does, written once over a DB-API connection: per-user state (JSON the engine reads and
writes; the store never interprets it), the updates already applied (with their replies), the rate-limit window
and the one-refusal memory; the leader's side (pairing, the audit trail) is in team.py, mixed in here."""

import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from bot.storage.locks import reentrant
from bot.storage.migrations import MIGRATIONS
from bot.storage.team import AuditEntry, TeamStore

log = logging.getLogger("asisten_iki.store")

# Telegram gives up redelivering an unanswered update after about 23 hours; remember applied ones a bit longer.
KEEP_UPDATES_S = 26 * 3600
PRUNE_EVERY_S = 3600
RECLAIM_S = 600  # a claimed message not marked delivered after this long is taken over by another sender
KEEP_DELIVERED_S = 35 * 24 * 3600  # delivered messages are kept a month: their keys stop a repeat
# The largest update id either database keeps (a signed 64-bit BIGINT, SQLite's INTEGER): a larger one is not a
# Telegram update, and is refused before it reaches a turn.
MAX_UPDATE_ID = 2**63 - 1
DUE_NOW = 0.0  # a place in the reminders' schedule that is due at once (the next tick works out the real one)

Run = Callable[[str, tuple], Any]  # run(sql, params) → cursor, inside one transaction


class StoreUnavailable(Exception):
    """The database cannot be reached or answered too late; the turn was not applied."""


class StoreDamaged(StoreUnavailable):
    """The database file is damaged; it was left as it is. str() says so in one line, `advice` what to do."""

    def __init__(self, message: str, advice: str):
        super().__init__(message)
        self.advice = advice


class LockBusy(StoreUnavailable):
    """Another user's lock, taken inside a turn with a bounded wait, was not free in time (that user's own turn,
    or two turns each waiting for the other's user): nothing was applied, the action can simply be tried again."""


@dataclass(frozen=True)
class Posted:
    """A message in the outbox, claimed for sending: its key, whom it is for, its replies (JSON)."""

    key: str
    user_id: str
    replies: str


@dataclass(frozen=True)
class Outcome:
    """An update that was applied: the replies it got (JSON) and whether they were delivered."""

    replies: str
    sent: bool


class Store(TeamStore, ABC):
    """SQL shared by SQLite and PostgreSQL; a backend supplies transactions, the per-user lock and errors."""

    kind = "?"
    placeholder = "?"

    def __init__(self) -> None:
        self._held: ContextVar[frozenset[str]] = ContextVar(f"held-{id(self)}", default=frozenset())
        self._pruned = 0.0
        # The engine's clock (IKI_NOW in a demo): delivered messages are stamped with it, so their age is too; a
        # wall-clock age deleted a reminder sent «in February» at once, and it was posted and shown again.
        self.clock: Callable[[], float] = time.time

    # What a backend provides ------------------------------------------------------------------------------
    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Run]:
        """One transaction; commits when the block ends, rolls back on an exception."""

    @abstractmethod
    def _lock(self, user_id: str, wait: float | None) -> AbstractContextManager[None]:
        """Exclusive per-user lock across threads and processes (and replicas, for a server database); LockBusy
        when `wait` seconds pass without it (None: wait as long as it takes)."""

    @abstractmethod
    def describe(self) -> str:
        """Where the state lives, for `iki doctor` (no password)."""

    def close(self) -> None:
        pass

    # The per-user lock ------------------------------------------------------------------------------------
    @contextmanager
    def user_lock(self, user_id: str, wait: float | None = None) -> Iterator[None]:
        """Held for a whole turn (and the sending of its replies); re-entrant within one thread of control. A turn
        acting on another user's record (a leader deciding on a member's SKP) takes that user's lock too, with a
        bounded `wait`: two such turns waiting for each other give up (LockBusy) instead of waiting forever."""
        with reentrant(self._held, user_id, lambda: self._lock(user_id, wait)):
            yield

    # Schema -----------------------------------------------------------------------------------------------
    def migrate(self) -> int:
        """Apply the forward migrations this database has not seen; return the schema version."""
        with self._transaction() as run:
            self._serialise_migrations(run)
            run("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", ())
            current = run("SELECT MAX(version) FROM schema_version", ()).fetchone()[0] or 0
            for version, why, statements in MIGRATIONS:
                if version <= current:
                    continue
                for statement in statements:
                    run(statement, ())
                run(self._sql("INSERT INTO schema_version (version) VALUES (?)"), (version,))
                log.info("schema migrated", extra={"version": version, "why": why, "store": self.kind})
                current = version
        return current

    def _serialise_migrations(self, run: Run) -> None:
        """Two processes starting at once must not migrate twice (a backend may take a lock here)."""

    def _serialise(self, run: Run, name: str) -> None:
        """Until the transaction ends, no other transaction that names `name` runs (SQLite transactions are
        serialised already; a server database takes a transaction-level lock)."""

    def schema_version(self) -> int:
        with self._transaction() as run:
            return run("SELECT MAX(version) FROM schema_version", ()).fetchone()[0] or 0

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    # State ------------------------------------------------------------------------------------------------
    def load(self, user_id: str) -> str | None:
        """The user's state as the engine last wrote it (JSON), or None when nothing is kept."""
        with self._transaction() as run:
            row = run(self._sql("SELECT state FROM users WHERE id = ?"), (user_id,)).fetchone()
        return None if row is None else row[0]

    def save(self, user_id: str, state: str) -> None:
        self.commit_turn(user_id, state)

    def delete(self, user_id: str) -> None:
        self.commit_turn(user_id, None)

    def commit_turn(self, user_id: str, state: str | None, update_id: int | None = None,
                    replies: str | None = None, audit: tuple[AuditEntry, ...] | list[AuditEntry] = (),
                    next_at: float | None = DUE_NOW) -> None:
        """The turn's new state (JSON; None: nothing kept), the update it answered, the audit entries it made and
        the user's place in the reminders' schedule (`next_at`, epoch seconds; None: no reminder can come; a writer
        that cannot tell leaves DUE_NOW and the next tick works it out), in one transaction: a decision is never
        kept without its entry, nor recorded twice (DuplicateEntry)."""
        with self._transaction() as run:
            self._append(run, audit)
            if state is None:
                run(self._sql("DELETE FROM users WHERE id = ?"), (user_id,))
                run(self._sql("DELETE FROM reminder_schedule WHERE user_id = ?"), (user_id,))
            else:
                run(self._sql("INSERT INTO users (id, state) VALUES (?, ?) "
                              "ON CONFLICT (id) DO UPDATE SET state = excluded.state"), (user_id, state))
                run(self._sql("INSERT INTO reminder_schedule (user_id, next_at, version) VALUES (?, ?, 1) "
                              "ON CONFLICT (user_id) DO UPDATE SET next_at = excluded.next_at, "
                              "version = reminder_schedule.version + 1"), (user_id, next_at))
            if update_id is not None:
                run(self._sql("INSERT INTO updates (update_id, user_id, replies, sent, at) VALUES (?, ?, ?, 0, ?)"),
                    (update_id, user_id, replies, time.time()))
        self._prune_now_and_then()

    # The reminders' schedule ------------------------------------------------------------------------------
    def claim_scheduled(self, now: float, until: float, limit: int) -> list[tuple[str, int]]:
        """Up to `limit` users whose next reminder moment has come (earliest first), each claimed until `until` so
        a replica ticking at the same time takes others; (user, version): hand the version back to reschedule."""
        with self._transaction() as run:
            rows = run(self._sql(f"SELECT user_id, version FROM reminder_schedule WHERE next_at <= ? "
                                 f"ORDER BY next_at LIMIT {int(limit)}"), (now,)).fetchall()
            claimed = []
            for user_id, version in sorted(rows):  # rows locked in one order by every replica: no deadlock
                # Checked again row by row: another replica's claim (PostgreSQL re-reads a row it waited for) or a
                # turn that committed meanwhile wins.
                cursor = run(self._sql("UPDATE reminder_schedule SET next_at = ? WHERE user_id = ? AND version = ? "
                                       "AND next_at <= ?"), (until, user_id, version, now))
                if cursor.rowcount == 1:
                    claimed.append((user_id, version))
        return claimed

    def reschedule(self, moments: list[tuple[str, int, float | None]]) -> None:
        """(user, version, next moment) for users a tick claimed; a user whose turn committed since (the version
        moved) keeps the moment that turn wrote, worked out from the newer state."""
        if not moments:
            return
        with self._transaction() as run:
            for user_id, version, next_at in moments:
                run(self._sql("UPDATE reminder_schedule SET next_at = ? WHERE user_id = ? AND version = ?"),
                    (next_at, user_id, version))

    def scheduled(self, user_id: str) -> float | None:
        """The user's next reminder moment as kept (None: none, or no row)."""
        with self._transaction() as run:
            row = run(self._sql("SELECT next_at FROM reminder_schedule WHERE user_id = ?"), (user_id,)).fetchone()
        return None if row is None else row[0]

    # Updates ----------------------------------------------------------------------------------------------
    def outcome(self, update_id: int) -> Outcome | None:
        with self._transaction() as run:
            row = run(self._sql("SELECT replies, sent FROM updates WHERE update_id = ?"), (update_id,)).fetchone()
        return None if row is None else Outcome(row[0] or "[]", bool(row[1]))

    def mark_sent(self, update_id: int) -> None:
        with self._transaction() as run:
            # The replies are not needed once delivered; the row stays to recognise a redelivery.
            run(self._sql("UPDATE updates SET sent = 1, replies = NULL WHERE update_id = ?"), (update_id,))

    # Outbox: messages due to a user ------------------------------------------------------------------------
    def post(self, user_id: str, key: str, due_at: float, replies: str) -> bool:
        """Queue replies (JSON) for a user from `due_at` on. The key makes it once only: a second post under the
        same key (another replica, a retry) is ignored and returns False."""
        with self._transaction() as run:
            cursor = run(self._sql("INSERT INTO outbox (key, user_id, due_at, replies) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT (key) DO NOTHING"), (key, user_id, due_at, replies))
            return cursor.rowcount == 1

    def claim_due(self, now: float, user_id: str | None = None, limit: int = 500) -> list[Posted]:
        """Messages due by `now` (one user's, or everyone's), each claimed by this call so no other replica sends
        it too. A claim whose sender died is taken over after RECLAIM_S (the one case a message may come twice)."""
        stale = now - RECLAIM_S
        where = "sent_at IS NULL AND due_at <= ? AND (claimed_at IS NULL OR claimed_at < ?)"
        params: tuple = (now, stale)
        if user_id is not None:
            where, params = where + " AND user_id = ?", params + (user_id,)
        with self._transaction() as run:
            rows = run(self._sql(f"SELECT key, user_id, replies FROM outbox WHERE {where} ORDER BY due_at, key LIMIT {int(limit)}"),
                       params).fetchall()
        claimed = []
        for key, owner, replies in rows:
            with self._transaction() as run:
                cursor = run(self._sql("UPDATE outbox SET claimed_at = ? WHERE key = ? AND sent_at IS NULL "
                                       "AND (claimed_at IS NULL OR claimed_at < ?)"), (now, key, stale))
                if cursor.rowcount == 1:
                    claimed.append(Posted(key, owner, replies))
        return claimed

    def mark_delivered(self, key: str, now: float) -> None:
        with self._transaction() as run:
            run(self._sql("UPDATE outbox SET sent_at = ? WHERE key = ?"), (now, key))

    def delivered_since(self, user_id: str, since: float, limit: int = 20) -> list[str]:
        """The replies (JSON) of one user's messages sent from `since` on, latest first."""
        with self._transaction() as run:
            rows = run(self._sql("SELECT replies FROM outbox WHERE user_id = ? AND sent_at IS NOT NULL AND sent_at >= ? "
                                 f"ORDER BY sent_at DESC, key DESC LIMIT {int(limit)}"), (user_id, since)).fetchall()
        return [replies for (replies,) in rows]

    # Rate limit and refusals ------------------------------------------------------------------------------
    def rate_slot(self, user_id: str, limit: int, window: float, now: float | None = None, take: bool = True) -> int:
        """Take one of `limit` slots in the sliding window; 0 when taken, else the seconds to wait. `take=False`:
        only say whether a slot is free (a pairing code spends one only when it was a wrong guess)."""
        now = time.time() if now is None else now
        with self._transaction() as run:
            run(self._sql("DELETE FROM rate_events WHERE user_id = ? AND at < ?"), (user_id, now - window))
            count, oldest = run(self._sql("SELECT COUNT(*), MIN(at) FROM rate_events WHERE user_id = ?"), (user_id,)).fetchone()
            if count >= limit:
                return int(window - (now - oldest)) + 1
            if take:
                run(self._sql("INSERT INTO rate_events (user_id, at) VALUES (?, ?)"), (user_id, now))
        return 0

    def first_refusal(self, user_id: str) -> bool:
        """True only the first time a user who is not allowed writes: they get one polite refusal, then silence."""
        with self._transaction() as run:
            cursor = run(self._sql("INSERT INTO refusals (user_id, at) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING"),
                         (user_id, time.time()))
            return cursor.rowcount == 1

    def ping(self) -> None:
        with self._transaction() as run:
            run("SELECT 1", ()).fetchone()

    def _prune_now_and_then(self) -> None:
        now = time.time()
        if now - self._pruned < PRUNE_EVERY_S:
            return
        self._pruned = now
        with self._transaction() as run:
            run(self._sql("DELETE FROM updates WHERE at < ?"), (now - KEEP_UPDATES_S,))
            run(self._sql("DELETE FROM rate_events WHERE at < ?"), (now - 3600,))
            run(self._sql("DELETE FROM outbox WHERE sent_at < ?"), (self.clock() - KEEP_DELIVERED_S,))
            self._prune_team(run, now)
        self._hourly()

    def _hourly(self) -> None:
        """Housekeeping a backend does about once an hour of use (SQLite: its daily backup)."""
