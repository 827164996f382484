"""One index builder at a time: a file lock for the local index, a lock collection on a Chroma server."""

import logging
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.storage.locks import file_lock

log = logging.getLogger("asisten_iki.index")

WAITING = "Indeks sedang dibangun oleh proses lain; menunggu sampai selesai …"
LOCK_COLLECTION = "iki-index-build-lock"
# A builder refreshes its lock after every batch; a lock not refreshed for this long belongs to a dead builder.
STALE_S = 120.0
POLL_S = 1.0


class LocalBuildLock:
    def __init__(self, path: Path):
        self.path = path

    @contextmanager
    def hold(self) -> Iterator[Callable[[], None]]:
        with file_lock(self.path, on_wait=lambda: log.warning(WAITING)):
            yield lambda: None  # the kernel knows the holder is alive: nothing to refresh


class ServerBuildLock:
    """Creating a collection is atomic on the server: whoever creates the lock collection holds the lock.

    Two waiters that both find a stale lock may both take over; they then build the same collections from the
    same documents with upserts, so the result is the same index, only built twice.
    """

    def __init__(self, client):
        self.client = client

    @contextmanager
    def hold(self) -> Iterator[Callable[[], None]]:
        me, waited = uuid.uuid4().hex, False
        while True:
            lock = self._try_create(me)
            if lock is not None:
                break
            if self._stale():
                self._delete()
                continue
            if not waited:
                log.warning(WAITING)
                waited = True
            time.sleep(POLL_S)

        def beat() -> None:
            lock.modify(metadata={"holder": me, "beat": time.time()})

        try:
            yield beat
        finally:
            self._delete()

    def _try_create(self, me: str):
        from chromadb.errors import ChromaError

        try:
            return self.client.create_collection(LOCK_COLLECTION, metadata={"holder": me, "beat": time.time()},
                                                 embedding_function=None)
        except (ChromaError, ValueError):  # already exists: someone holds it
            return None

    def _stale(self) -> bool:
        from chromadb.errors import ChromaError

        try:
            metadata = self.client.get_collection(LOCK_COLLECTION, embedding_function=None).metadata or {}
        except (ChromaError, ValueError):
            return False  # released meanwhile: try to take it again
        return time.time() - float(metadata.get("beat", 0)) > STALE_S

    def _delete(self) -> None:
        from chromadb.errors import ChromaError

        try:
            self.client.delete_collection(LOCK_COLLECTION)
        except (ChromaError, ValueError):
            pass
