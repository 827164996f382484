"""The default store: one SQLite file under IKI_DATA_DIR (or memory), safe for several processes on one machine."""

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.storage.base import Run, Store, StoreUnavailable
from bot.storage.locks import file_lock

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
    def _lock(self, user_id: str) -> Iterator[None]:
        number = stripe(user_id)
        if self.path is None:
            with self._threads[number]:
                yield
            return
        with file_lock(self._lock_dir / f"{number:03d}.lock"):  # other threads and other processes alike
            yield

    def close(self) -> None:
        with self._db_lock:
            self._db.close()
