"""An agreed SKP of three IKI over an engine with a SQLite store: the set-up the year tests share (their `at` clock
fixture is in conftest.py)."""

import re

import pytest

from bot.conversation import Engine
from bot.storage.sqlite import SqliteStore
from tests.talk import said

SKP = """1. Jumlah berkas usulan kenaikan pangkat yang diverifikasi dan diusulkan ke BKN - 600 berkas
2. Persentase usulan kenaikan pangkat yang ditetapkan tepat pada periode TMT - 95%
3. Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun - 150 SK"""


def tap(engine: Engine, user: str, replies, label: str):
    data = next(b.data for r in replies for b in r.buttons if label.lower() in b.label.lower())
    return engine.press(user, data)


def agreed(engine: Engine, user: str = "u1", skp: str = SKP) -> None:
    """`skp` (one IKI a line) pasted, every line saved, and the SKP agreed."""
    replies = engine.handle(user, f"ini SKP saya:\n{skp}")
    tap(engine, user, replies, "Simpan semua")
    replies = engine.handle(user, "/tetapkan")
    assert f"Tetapkan SKP ini ({len(skp.splitlines())} IKI)" in said(replies)
    assert "SKP ditetapkan (versi 1, " in said(tap(engine, user, replies, "Ya"))


@pytest.fixture(name="engine")
def agreed_engine(tmp_path, at):
    """An engine on a SQLite store, on 10 March 2026, holding the agreed SKP: the `engine` of the tests reading the
    year's plain lines."""
    yield from agreed_over(tmp_path, at)


def agreed_over(tmp_path, at, skp: str = SKP, day: str = "2026-03-10T15:00", then: str | None = None):
    """The body of a test file's `engine` fixture: an engine over a SQLite store holding `skp` agreed at `day`, the
    clock moved to `then` after, if given."""
    at(day)
    store = SqliteStore(tmp_path / "s.sqlite3")
    engine = Engine(store)
    agreed(engine, skp=skp)
    if then:
        at(then)
    yield engine
    store.close()


def agreed_then(engine: Engine, at, *steps: str, user: str = "u1"):
    """The agreed SKP, then each step in turn: a moment («2026-04-01T09:00») sets the clock through `at`, any other
    step is a message typed. Returns the replies to the last message."""
    agreed(engine, user)
    return steps_taken(engine, at, *steps, user=user)


def steps_taken(engine: Engine, at, *steps: str, user: str = "u1"):
    """Each step in turn: a moment («2026-04-01T09:00») sets the clock through `at`, any other step is a message
    typed. Returns the replies to the last message."""
    replies = []
    for step in steps:
        if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", step):
            at(step)
        else:
            replies = engine.handle(user, step)
    return replies


def sqlite_engine(tmp_path, at):
    """The body of a test file's `engine` fixture: an engine over a SQLite store, on 5 January 2026."""
    at("2026-01-05T09:00")
    store = SqliteStore(tmp_path / "s.sqlite3")
    yield Engine(store)
    store.close()
