"""An exclusive lock on a file (flock), shared by threads and processes on one machine alike; and re-entrance for
any lock, per thread of control."""

import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no cross-process lock; one process per data dir there
    fcntl = None
_in_process: dict[str, threading.Lock] = defaultdict(threading.Lock)  # the fallback without flock


POLL_S = 0.02  # how often a bounded wait tries again


@contextmanager
def file_lock(path: Path, on_wait: Callable[[], None] | None = None, wait: float | None = None) -> Iterator[None]:
    """Blocks until held, or raises TimeoutError after `wait` seconds. Each call opens its own descriptor, so two
    threads of one process exclude each other too; the kernel releases the lock when the holder closes it or dies
    (a killed holder never leaves it stuck)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait:
                    on_wait()
                if wait is None:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                else:
                    _poll(lambda: _try_flock(fd), wait)
            yield
        else:
            lock = _in_process[str(path)]
            if not lock.acquire(timeout=-1 if wait is None else wait):
                raise TimeoutError(str(path))
            try:
                yield
            finally:
                lock.release()
    finally:
        os.close(fd)


def _try_flock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _poll(attempt: Callable[[], bool], wait: float) -> None:
    """Try until `attempt` succeeds; TimeoutError once `wait` seconds have passed."""
    deadline = time.monotonic() + wait
    while not attempt():
        if time.monotonic() >= deadline:
            raise TimeoutError("lock not free in time")
        time.sleep(POLL_S)


@contextmanager
def reentrant(held: ContextVar[frozenset], key: Hashable, take: Callable[[], AbstractContextManager]) -> Iterator[None]:
    """Hold `take()` for `key`, unless this thread of control (`held`, a context variable) holds it already."""
    current = held.get()
    if key in current:
        yield
        return
    with take():
        token = held.set(current | {key})
        try:
            yield
        finally:
            held.reset(token)
