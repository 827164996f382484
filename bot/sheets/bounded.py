"""A reader of untrusted files run in a child process whose address space is held to a memory budget: a reader that
would grow without end (a looping chain, a sheet claiming billions of cells) dies there, alone and quietly, and the
caller says why. What the child makes comes back over a pipe in batches while it reads on."""

import multiprocessing
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from bot.inputs import InputError

BATCH = 1000  # rows per message: large enough that pickling is cheap per row, small enough to start at once
_channel = None  # inside a child: the pipe to the parent
_MEMORY_SIGNALS = (signal.SIGABRT, signal.SIGKILL, signal.SIGSEGV, signal.SIGBUS)  # Rust aborts on a failed
# allocation; the kernel's OOM killer sends SIGKILL; a failed stack or mmap growth can fault


class ReaderCrashed(RuntimeError):
    """A bug in our own reading code, raised in the child: its traceback, shown as the parent's."""


def available() -> bool:
    """A forked child with a Linux address-space limit (elsewhere the caller reads in its own process)."""
    return "fork" in multiprocessing.get_all_start_methods() and Path("/proc/self/status").exists()


def stage(what: str) -> None:
    """Tell the parent what is being read now ("lembar «SKP»"), so a child stopped by the budget is named."""
    if _channel is not None:
        _channel.send(("stage", what))


def stream(produce: Callable[[], Iterator], budget_mb: int, too_big: Callable[[str], InputError]) -> Iterator:
    """produce()'s items, made in a forked child allowed budget_mb of address space beyond what it inherits.
    InputError in the child is raised here; running out of memory raises too_big(the stage it was at)."""
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sending, produce, budget_mb), daemon=True)
    child.start()
    sending.close()  # the child holds the only writer: its death ends our reads with EOFError
    where = ""
    try:
        while True:
            try:
                kind, value = receiving.recv()
            except EOFError:
                child.join()
                if -child.exitcode in _MEMORY_SIGNALS:
                    raise too_big(where) from None
                raise ReaderCrashed(f"the reading process ended with code {child.exitcode} at {where or 'start'}") from None
            if kind == "items":
                yield from value
            elif kind == "stage":
                where = value
            elif kind == "end":
                return
            elif kind == "error":
                raise InputError(value)
            elif kind == "memory":
                raise too_big(where)
            else:
                raise ReaderCrashed(value)
    finally:
        receiving.close()
        if child.is_alive():
            child.kill()  # the caller stopped early: the child would wait on a full pipe for ever
        child.join()


def _limit(budget_mb: int) -> None:
    import resource

    with open("/proc/self/status", encoding="ascii") as status:
        inherited = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = inherited + budget_mb * 1024**2
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def _child(channel, produce: Callable[[], Iterator], budget_mb: int) -> None:
    global _channel
    _channel = channel
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent stops us
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 2)  # a native reader's abort message and backtrace are not the user's to read
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the child's whole (short) life
    try:
        _limit(budget_mb)
        batch: list = []
        first = True  # the first item (a table's header) goes at once, the rows after it in batches
        for item in produce():
            batch.append(item)
            if first or len(batch) >= BATCH:
                channel.send(("items", batch))
                batch, first = [], False
        channel.send(("items", batch))
        channel.send(("end", None))
    except InputError as exc:
        channel.send(("error", str(exc)))
    except MemoryError:
        batch = []
        channel.send(("memory", None))
    except BaseException:  # noqa: BLE001 - our own bug: the parent raises it with this traceback
        channel.send(("crash", traceback.format_exc()))
