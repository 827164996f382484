"""The default store: one SQLite file under IKI_DATA_DIR (or memory), safe for several processes on one machine."""

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar
from pathlib import Path

from bot.storage.base import LockBusy, Run, Store, StoreUnavailable
from bot.storage.locks import file_lock, reentrant

# Users share lock stripes: a fixed number of lock files instead of one per user; two users rarely meet.
STRIPES = 256


def stripe(user_id: str, stripes: int = STRIPES) -> int:
    return int.from_bytes(hashlib.sha256(user_id.encode()).digest()[:4], "big") % stripes


class SqliteStore(Store):
    kind = "sqlite"

    def __init__(self, path: Path | None = None):
        """A file under IKI_DATA_DIR; without a path, an in-memory database (tests, one-off runs)."""
        super().__init__()
        self.path = path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._lock_dir = path.with_name(path.name + ".locks")
            self._lock_dir.mkdir(exist_ok=True)
        self._threads = [threading.Lock() for _ in range(STRIPES)]
        # Stripes this thread of control holds: a second user on a held stripe (a leader's turn acting on a member
        # who shares it) is already covered; locking it again would wait for ourselves.
        self._stripes: ContextVar[frozenset[int]] = ContextVar(f"stripes-{id(self)}", default=frozenset())
        self._db_lock = threading.Lock()
        # One connection shared by this process's threads (writes are serialised by SQLite anyway).
        self._db = sqlite3.connect(path or ":memory:", check_same_thread=False, isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a committed turn survives even a power cut
        self.migrate()

    def describe(self) -> str:
        return f"SQLite {self.path}" if self.path else "SQLite di memori"

    @contextmanager
    def _transaction(self) -> Iterator[Run]:
        with self._db_lock:
            try:
                # IMMEDIATE: take the write lock at the start, so a read-then-write never fails half-way.
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreUnavailable(f"SQLite: {exc}") from exc
            try:
                yield self._db.execute
                self._db.execute("COMMIT")
            except BaseException as exc:
                self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError):
                    raise StoreUnavailable(f"SQLite: {exc}") from exc
                raise

    @contextmanager
    def _lock(self, user_id: str, wait: float | None) -> Iterator[None]:
        number = stripe(user_id)
        with reentrant(self._stripes, number, lambda: self._stripe(number, wait)):
            yield

    @contextmanager
    def _stripe(self, number: int, wait: float | None) -> Iterator[None]:
        if self.path is None:
            if not self._threads[number].acquire(timeout=-1 if wait is None else wait):
                raise LockBusy(f"user lock stripe {number} busy")
            try:
                yield
            finally:
                self._threads[number].release()
            return
        with ExitStack() as stack:
            try:  # other threads and other processes alike
                stack.enter_context(file_lock(self._lock_dir / f"{number:03d}.lock", wait=wait))
            except TimeoutError as exc:
                raise LockBusy(f"user lock stripe {number} busy") from exc
            yield

    def close(self) -> None:
        with self._db_lock:
            self._db.close()
