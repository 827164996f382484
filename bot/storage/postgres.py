"""The shared store for several replicas: PostgreSQL (IKI_DATABASE_URL) through a psycopg 3 connection pool.

A user's lock is a session advisory lock; the turn's reads and writes run on that same connection, so a lost
connection loses the lock and the uncommitted turn together, never one without the other.
"""

import hashlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool, PoolTimeout
from psycopg_pool.base import AttemptWithBackoff

from bot.storage.base import LockBusy, Run, Store, StoreUnavailable
from bot.storage.locks import POLL_S

# Advisory lock namespaces (first key of the two-int form), so our locks never meet another application's.
USER_LOCKS, MIGRATION_LOCK, NAMED_LOCKS = 0x1C1, 0x1C2, 0x1C3
# Waiting longer than this for a user's lock or a connection means something is stuck: fail the turn politely.
LOCK_TIMEOUT_MS = 60_000
CONNECT_TIMEOUT_S = 5
_DOWN = (psycopg.OperationalError, psycopg.InterfaceError, PoolTimeout)
# The pool doubles its pause between reconnection attempts without a bound (1, 2, 4 … 128 s), so the first minutes
# after a long outage still said «coba lagi sebentar» to users of a database that was back: retry at least this often.
MAX_RECONNECT_PAUSE_S = 5.0


def lock_key(user_id: str) -> int:
    return int.from_bytes(hashlib.sha256(user_id.encode()).digest()[:4], "big", signed=True)


class PostgresStore(Store):
    kind = "postgresql"
    placeholder = "%s"

    def __init__(self, url: str, max_connections: int = 24):
        super().__init__()
        self.url = url
        self._conn: ContextVar[psycopg.Connection | None] = ContextVar(f"pg-{id(self)}", default=None)
        self._pool = _Pool(
            # A few connections open from the start: the first turns after ready do not pay for connecting.
            url, min_size=4, max_size=max_connections, timeout=CONNECT_TIMEOUT_S, open=False,
            kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S, "application_name": "asisten-iki",
                    "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}"},
        )
        try:
            self._pool.open(wait=True, timeout=CONNECT_TIMEOUT_S)
        except _DOWN as exc:
            self._pool.close()
            raise StoreUnavailable(f"{self.describe()} tidak dapat dihubungi ({type(exc).__name__})") from exc
        self.migrate()

    def describe(self) -> str:
        try:
            parts = conninfo_to_dict(self.url)
        except psycopg.ProgrammingError:
            return "PostgreSQL (URL tidak terbaca)"
        where = parts.get("host", "localhost") + (f":{parts['port']}" if parts.get("port") else "")
        return f"PostgreSQL {parts.get('user', '')}@{where}/{parts.get('dbname', '')}"

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection]:
        """A pooled connection that answered a probe. After a database restart every pooled connection is dead:
        the first dead one found has the pool check them all at once (the pool's own check finds them one by
        one with growing pauses, so the first turn after a restart would time out)."""
        for attempt in (1, 2):
            with self._pool.connection() as conn:
                try:
                    conn.execute("SELECT 1")
                except _DOWN:
                    if attempt == 2:
                        raise
                    self._pool.check()
                    continue
                yield conn
                return

    @contextmanager
    def _transaction(self) -> Iterator[Run]:
        try:
            held = self._conn.get()
            if held is not None:
                with held.transaction():
                    yield held.execute
            else:
                with self._connection() as conn, conn.transaction():
                    yield conn.execute
        except _DOWN as exc:
            raise StoreUnavailable(f"PostgreSQL: {type(exc).__name__}") from exc

    @contextmanager
    def _lock(self, user_id: str, wait: float | None) -> Iterator[None]:
        try:
            with self._connection() as conn:
                if wait is None:
                    conn.execute("SELECT pg_advisory_lock(%s, %s)", (USER_LOCKS, lock_key(user_id)))
                else:
                    _try_lock(conn, user_id, wait)
                token = self._conn.set(conn)
                try:
                    yield
                finally:
                    self._conn.reset(token)
                    _unlock(conn, user_id)
        except _DOWN as exc:
            raise StoreUnavailable(f"PostgreSQL: {type(exc).__name__}") from exc

    def _serialise_migrations(self, run: Run) -> None:
        run("SELECT pg_advisory_xact_lock(%s, 0)", (MIGRATION_LOCK,))

    def _serialise(self, run: Run, name: str) -> None:
        run("SELECT pg_advisory_xact_lock(%s, %s)", (NAMED_LOCKS, lock_key(name)))

    def close(self) -> None:
        self._pool.close()


class _CappedAttempt(AttemptWithBackoff):
    def update_delay(self, now: float) -> None:
        super().update_delay(now)
        self.delay = min(self.delay, MAX_RECONNECT_PAUSE_S)


class _Pool(ConnectionPool):
    """psycopg's pool, with reconnection attempts never further apart than MAX_RECONNECT_PAUSE_S."""

    def _add_connection(self, attempt: AttemptWithBackoff | None, growing: bool = False) -> None:
        super()._add_connection(attempt or _CappedAttempt(timeout=self.reconnect_timeout), growing=growing)


def _try_lock(conn: psycopg.Connection, user_id: str, wait: float) -> None:
    """The user's lock within `wait` seconds, else LockBusy (tried again every POLL_S: no deadlock can form)."""
    deadline = time.monotonic() + wait
    while not conn.execute("SELECT pg_try_advisory_lock(%s, %s)", (USER_LOCKS, lock_key(user_id))).fetchone()[0]:
        if time.monotonic() >= deadline:
            raise LockBusy(f"user lock busy after {wait:.1f}s")
        time.sleep(POLL_S)


def _unlock(conn: psycopg.Connection, user_id: str) -> None:
    """Release the user's lock; on a dead connection the server already did, and the pool drops it."""
    try:
        conn.execute("SELECT pg_advisory_unlock(%s, %s)", (USER_LOCKS, lock_key(user_id)))
    except psycopg.Error:
        conn.close()  # never hand a connection that may still hold the lock back to the pool
