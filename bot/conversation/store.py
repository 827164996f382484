"""Per-user state in SQLite under IKI_DATA_DIR, written on every change so a crash loses nothing."""

import sqlite3
import threading
from pathlib import Path

from bot.conversation.state import UserState


class StateStore:
    def __init__(self, path: Path | None = None):
        """A file under IKI_DATA_DIR; without a path, an in-memory database (tests, one-off runs)."""
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path or ":memory:", check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a committed turn survives even a power cut
        self._db.execute("CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, state TEXT NOT NULL)")

    def load(self, user_id: str) -> UserState:
        with self._lock:
            row = self._db.execute("SELECT state FROM users WHERE id = ?", (user_id,)).fetchone()
        if row is None:
            return UserState()
        try:
            return UserState.model_validate_json(row[0])
        except ValueError:
            # A state written by an older version that no longer fits: start over rather than fail every turn.
            return UserState()

    def save(self, user_id: str, state: UserState) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO users (id, state) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state",
                (user_id, state.model_dump_json()),
            )

    def delete(self, user_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM users WHERE id = ?", (user_id,))

    def close(self) -> None:
        with self._lock:
            self._db.close()
