"""An exclusive lock on a file (flock), shared by threads and processes on one machine alike."""

import os
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no cross-process lock; one process per data dir there
    fcntl = None
_in_process: dict[str, threading.Lock] = defaultdict(threading.Lock)  # the fallback without flock


@contextmanager
def file_lock(path: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Blocks until held. Each call opens its own descriptor, so two threads of one process exclude each other
    too; the kernel releases the lock when the holder closes it or dies (a killed holder never leaves it stuck)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait:
                    on_wait()
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        else:
            with _in_process[str(path)]:
                yield
    finally:
        os.close(fd)
