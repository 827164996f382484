"""The default store: one SQLite file under IKI_DATA_DIR (or memory), safe for several processes on one machine.

The file is checked whole when opened; a damaged one is never changed: the store refuses it and says how to move it
aside or restore the daily backup it keeps beside it (SQLite's online backup API, verified before it counts).
"""

import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar
from pathlib import Path

from bot.storage.base import LockBusy, Run, Store, StoreDamaged, StoreUnavailable
from bot.storage.locks import file_lock, reentrant

log = logging.getLogger("asisten_iki.store")

# Users share lock stripes: a fixed number of lock files instead of one per user; two users rarely meet.
STRIPES = 256
BACKUP_EVERY_S = 24 * 3600
BACKUPS_KEPT = 3  # a damage found a day late still leaves an older good copy
BACKUP_DIR = "backup"
# SQLite's result codes, in words an operator reads. CORRUPT / NOTADB, and ERROR (a table or column ours lacks) at a
# file we did not write, mean the file is damaged; the others mean it cannot be used right now.
_DAMAGE = {"SQLITE_CORRUPT": "isinya rusak", "SQLITE_NOTADB": "bukan berkas basis data SQLite",
           "SQLITE_ERROR": "tabel di dalamnya tidak sesuai penyimpanan Asisten IKI"}
_TROUBLE = {"SQLITE_BUSY": "sedang dikunci proses lain", "SQLITE_LOCKED": "sedang dikunci proses lain",
            "SQLITE_CANTOPEN": "tidak bisa dibuka (bukan berkas, atau foldernya tidak boleh dibaca)",
            "SQLITE_READONLY": "tidak boleh ditulisi", "SQLITE_FULL": "disk penuh", "SQLITE_IOERR": "gagal dibaca disk",
            "SQLITE_PERM": "tidak boleh dibuka pengguna ini"}


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
        try:
            # One connection shared by this process's threads (writes are serialised by SQLite anyway).
            self._db = sqlite3.connect(path or ":memory:", check_same_thread=False, isolation_level=None, timeout=30)
            # Every page, before anything is written (even the journal mode is written into the file's header):
            # damage found later would fail users' turns one by one.
            found = [row[0] for row in self._db.execute("PRAGMA quick_check").fetchall()]
            if found != ["ok"]:
                raise sqlite3.DatabaseError(f"quick_check: {found[0]}")
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # a committed turn survives even a power cut
        except sqlite3.Error as exc:
            if hasattr(self, "_db"):
                self._db.close()
            raise self._problem(exc, "SQLITE_CORRUPT") from None
        try:
            self.migrate()
        except StoreUnavailable:
            self._db.close()
            raise
        self._backup_if_due()

    def describe(self) -> str:
        return f"SQLite {self.path}" if self.path else "SQLite di memori"

    def _problem(self, exc: sqlite3.Error, default: str = "") -> StoreUnavailable:
        """What an error from SQLite means for the operator: a damaged file (with what to do) or a passing trouble."""
        name = getattr(exc, "sqlite_errorname", "") or default
        if name in _DAMAGE and self.path is not None:
            return StoreDamaged(f"Berkas penyimpanan {self.path} rusak ({_DAMAGE[name]}); berkas itu dibiarkan apa "
                                "adanya.", damage_advice(self.path))
        return StoreUnavailable(f"{self.describe()} {_TROUBLE.get(name, f'tidak dapat dipakai ({exc})')}")

    @contextmanager
    def _transaction(self) -> Iterator[Run]:
        with self._db_lock:
            try:
                # IMMEDIATE: take the write lock at the start, so a read-then-write never fails half-way.
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._problem(exc) from exc
            try:
                yield self._db.execute
                self._db.execute("COMMIT")
            except BaseException as exc:
                try:
                    self._db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # the transaction is gone already (a damaged file ends it)
                if isinstance(exc, sqlite3.OperationalError) or type(exc) is sqlite3.DatabaseError:
                    raise self._problem(exc) from exc
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

    def _hourly(self) -> None:
        self._backup_if_due()

    def _backup_if_due(self) -> None:
        if self.path is None:
            return
        newest = newest_backup(self.path)
        if newest is not None and time.time() - newest.stat().st_mtime < BACKUP_EVERY_S:
            return
        try:
            made = write_backup(self.path)
        except (OSError, sqlite3.Error) as exc:  # a missed backup must never stop a turn; the next hour tries again
            log.warning("daily backup failed", extra={"error": str(exc)})
            return
        log.info("daily backup", extra={"file": str(made)})

    def close(self) -> None:
        with self._db_lock:
            self._db.close()


# The daily backup and what to do with a damaged file ----------------------------------------------------------
def backups(path: Path) -> list[Path]:
    """The kept backups of one state file, oldest first (named by date)."""
    return sorted((path.parent / BACKUP_DIR).glob(f"{path.stem}-*{path.suffix}"))


def newest_backup(path: Path) -> Path | None:
    found = backups(path)
    return found[-1] if found else None


def write_backup(path: Path) -> Path:
    """Copy the live file with SQLite's online backup API (writers go on meanwhile), check the copy whole, and only
    then put it in place of today's; keep the newest BACKUPS_KEPT. A copy that fails its check replaces nothing."""
    folder = path.parent / BACKUP_DIR
    folder.mkdir(mode=0o700, exist_ok=True)  # users' drafts: readable by the service's user only
    target = folder / f"{path.stem}-{time.strftime('%Y-%m-%d')}{path.suffix}"
    partial = folder / f".{target.name}.{os.getpid()}.partial"
    source, copy = sqlite3.connect(path), sqlite3.connect(partial)
    try:
        source.backup(copy)
        if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("the copy failed its check")
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, ready to be copied back
    except BaseException:
        copy.close()
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
        copy.close()
    os.replace(partial, target)
    for old in backups(path)[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target


def damage_advice(path: Path) -> str:
    """What an operator can do about a damaged state file, with the backup named."""
    newest = newest_backup(path)
    lines = ["Pilih salah satu (dengan IKI_DATA_DIR yang sama), lalu jalankan lagi:",
             "  • mulai baru: iki doctor --move-aside — berkas rusak dipindah ke samping (tidak dihapus), "
             "penyimpanan baru kosong; draf lama tidak ikut."]
    if newest is not None:
        taken = time.strftime("%Y-%m-%d %H:%M", time.localtime(newest.stat().st_mtime))
        lines.append(f"  • pulihkan salinan harian {newest} (dibuat {taken}): iki doctor --restore-backup — berkas "
                     "rusak dipindah ke samping dulu; perubahan sejak salinan itu tidak ikut.")
    else:
        lines.append(f"  • belum ada salinan harian di {path.parent / BACKUP_DIR}; bila Anda punya salinan sendiri, "
                     f"pindahkan berkas rusak dengan iki doctor --move-aside lalu salin salinan itu ke {path}.")
    return "\n".join(lines)


def move_aside(path: Path) -> Path:
    """Move a damaged state file (and its -wal and -shm, which belong to it) to <name>.rusak-<time>; nothing is
    deleted. The name it now has."""
    stamp, number = time.strftime("%Y%m%d-%H%M%S"), 1
    aside = path.with_name(f"{path.name}.rusak-{stamp}")
    while aside.exists():  # never over an earlier one
        number += 1
        aside = path.with_name(f"{path.name}.rusak-{stamp}-{number}")
    for suffix in ("-wal", "-shm", ""):  # the file itself last: a leftover WAL must never meet a new database
        part = path.with_name(path.name + suffix)
        if part.exists():
            os.replace(part, aside.with_name(aside.name + suffix))
    return aside


def restore_backup(path: Path) -> tuple[Path, Path]:
    """Move the damaged file aside and copy the newest backup into its place: (where the damaged one went, the
    backup used). FileNotFoundError when there is no backup (then nothing was moved)."""
    newest = newest_backup(path)
    if newest is None:
        raise FileNotFoundError(f"belum ada salinan harian di {path.parent / BACKUP_DIR}")
    aside = move_aside(path)
    partial = path.with_name(f".{path.name}.restoring")
    partial.write_bytes(newest.read_bytes())
    os.replace(partial, path)
    return aside, newest
