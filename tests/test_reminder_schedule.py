"""The reminders' schedule: each turn keeps the earliest moment a reminder could fall due, and a tick loads only the
users whose moment has come (once across replicas), posts what is due and writes their next moment; an old data dir
(no schedule rows) still gets its reminders. next_due agrees with due_reminders asked at every tick."""

import sqlite3
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, time, timedelta

import pytest

from bot.clock import WIB
from bot.conversation import Engine
from bot.conversation.state import UserState
from bot.settings import Settings
from bot.storage import open_store
from bot.storage.migrations import LATEST, MIGRATIONS
from bot.storage.sqlite import SqliteStore
from bot.year.models import YearState
from bot.year.reminders import (
    dialog_held,
    dialog_on,
    due_reminders,
    logbook_on,
    logbook_weekly,
    next_due,
    pause,
    set_quiet_hours,
    set_weekends_off,
    switch_off,
)
from bot.year.versions import agree
from tests.test_year_reminders import SET, SKP


def _at(moment: str) -> datetime:
    return datetime.fromisoformat(moment).replace(tzinfo=WIB)


def _agreed(**reminders) -> YearState:
    year = agree(YearState(), SKP, date(2026, 1, 5))
    settings = year.reminders
    for change in reminders.values():
        settings = change(settings)
    return year.model_copy(update={"reminders": settings})


def _nudge(since: datetime = SET) -> YearState:
    year = _agreed()
    return year.model_copy(update={"reminders": logbook_on(year.reminders, since)})


# next_due, the pure part ------------------------------------------------------------------------------------------
def test_nothing_switched_on_has_no_moment():
    assert next_due(YearState(), SKP, _at("2026-03-12T10:00")) is None  # a draft: the realisasi prompt has nothing
    assert next_due(_agreed(off=lambda s: switch_off(s)), SKP, _at("2026-03-12T10:00")) is None


def test_the_nudge_is_next_at_its_hour_and_skips_what_was_just_posted_and_holidays():
    year = _nudge()
    assert next_due(year, SKP, _at("2026-03-12T10:00")) == _at("2026-03-12T16:00")
    assert next_due(year, SKP, _at("2026-03-12T16:20")) == _at("2026-03-12T16:20")  # due now, not yet posted
    year, posted = _nudge(_at("2026-02-02T09:00")), frozenset({"pengingat:catat:2026-02-16"})
    # Tuesday 17 February 2026 is Tahun Baru Imlek: the next nudge after Monday's is Wednesday's
    assert next_due(year, SKP, _at("2026-02-16T16:00"), posted) == _at("2026-02-18T16:00")


def test_the_realisasi_prompt_is_next_on_the_first_working_day_after_the_quarter():
    year = _agreed()  # the prompt is on by default once the SKP is agreed
    assert next_due(year, SKP, _at("2026-03-12T10:00")) == _at("2026-04-01T07:30")


def _schedule_ticks(year: YearState, ticks: list[datetime]) -> list[tuple[str, datetime]]:
    """What a tick that loads the user only when the schedule says so posts: (key, first tick posting it)."""
    out, moment = {}, next_due(year, SKP, ticks[0])
    for now in ticks:
        if moment is None or now < moment:
            continue
        keys = frozenset(r.key for r in due_reminders(year, SKP, now))
        for key in keys:
            out.setdefault(key, now)
        moment = next_due(year, SKP, now, keys)
        assert moment is None or moment > now
    return sorted(out.items())


def _every_tick(year: YearState, ticks: list[datetime]) -> list[tuple[str, datetime]]:
    out = {}
    for now in ticks:
        for reminder in due_reminders(year, SKP, now):
            out.setdefault(reminder.key, now)
    return sorted(out.items())


SETTINGS = {
    "daily nudge": lambda s: logbook_on(s, SET),
    "weekly nudge at 9, weekends off": lambda s: set_weekends_off(logbook_weekly(s, SET, 0, time(9, 0)), True),
    "nudge with quiet hours over midnight and a leave": lambda s: pause(
        set_quiet_hours(logbook_on(s, SET, time(20, 0), [0, 2, 4, 5]), time(21, 0), time(6, 0)),
        date(2026, 3, 16), date(2026, 4, 10)),
    "dialog monthly in quiet morning hours": lambda s: set_quiet_hours(dialog_on(s, SET), time(6, 0), time(9, 30)),
    "dialog every two months from the last one": lambda s: dialog_held(dialog_on(s, SET, 2), date(2026, 2, 20)),
    "everything, weekends off and a leave over the quarter's end": lambda s: pause(set_weekends_off(
        dialog_on(logbook_on(s, SET), SET), True), date(2026, 3, 30), date(2026, 4, 3)),
}


@pytest.mark.parametrize("name", list(SETTINGS))
def test_the_schedule_posts_what_ticking_every_user_every_time_posts(name):
    year = _agreed(change=SETTINGS[name])
    ticks = [_at("2026-03-01T00:00") + timedelta(minutes=30 * n) for n in range(2 * 24 * 75)]  # March to mid-May
    expected = _every_tick(year, ticks)
    assert expected  # something falls due in the period
    assert _schedule_ticks(year, ticks) == expected


# The store and the engine -----------------------------------------------------------------------------------------
def _loads(store, monkeypatch) -> Counter:
    counted: Counter = Counter()
    original = store.load

    def load(user_id):
        counted[user_id] += 1
        return original(user_id)

    monkeypatch.setattr(store, "load", load)
    return counted


def _save(store, user_id: str, state: UserState, now: datetime) -> None:
    """A turn's commit, as Turns writes it."""
    from bot.conversation.year_pengingat import next_at

    store.commit_turn(user_id, state.model_dump_json(), next_at=next_at(state, now))


def _tick(engines, moment: str) -> list:
    got = []
    for engine in engines:
        for due in engine.tick(_at(moment)):
            got.append(due)
            engine.delivered(due)
    return got


def test_a_tick_loads_only_a_due_user_once_and_reschedules_it(tmp_path, monkeypatch):
    store = SqliteStore(tmp_path / "s.sqlite3")
    engine = Engine(store, clock=lambda: _at("2026-03-12T09:00"))
    now = _at("2026-03-12T09:00")
    _save(store, "nudged", UserState(skp=SKP, year=_nudge()), now)
    _save(store, "off", UserState(skp=SKP, year=_agreed(off=lambda s: switch_off(s))), now)
    _save(store, "draft", UserState(skp=SKP), now)
    loads = _loads(store, monkeypatch)
    assert _tick([engine], "2026-03-12T15:00") == []
    got = _tick([engine], "2026-03-12T16:00")
    assert [(d.user_id, d.key) for d in got] == [("nudged", "nudged:pengingat:catat:2026-03-12")]
    assert store.scheduled("nudged") == _at("2026-03-13T16:00").timestamp()
    for moment in ("2026-03-12T16:01", "2026-03-12T23:00", "2026-03-13T15:59"):
        assert _tick([engine], moment) == []
    assert len(_tick([engine], "2026-03-13T16:00")) == 1
    assert loads == Counter({"nudged": 2})  # once per nudge; the others never
    assert store.scheduled("off") is None and store.scheduled("draft") is None
    store.close()


def test_a_turn_writes_the_schedule_and_the_terminal_produces_for_its_user_only(tmp_path, monkeypatch):
    store = SqliteStore(tmp_path / "s.sqlite3")
    engine = Engine(store, clock=lambda: _at("2026-03-12T09:00"))
    _save(store, "other", UserState(skp=SKP, year=_nudge()), _at("2026-03-12T09:00"))
    engine.handle("u1", "ini SKP saya:\n1. Jumlah berkas usulan kenaikan pangkat yang diverifikasi - 600 berkas")
    assert store.scheduled("u1") is None  # a draft: nothing can come
    loads = _loads(store, monkeypatch)
    engine.due("u1", _at("2026-03-12T16:30"))
    assert set(loads) == {"u1"}
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def test_two_replicas_ticking_at_once_load_and_post_once(backend, tmp_path, request, monkeypatch):
    settings = Settings(data_dir=tmp_path) if backend == "sqlite" else \
        Settings(data_dir=tmp_path, database_url=request.getfixturevalue("postgres_url"))
    stores = [open_store(settings), open_store(settings)]
    engines = [Engine(store, clock=lambda: _at("2026-03-12T09:00")) for store in stores]
    for n in range(30):
        _save(stores[0], f"u{n}", UserState(skp=SKP, year=_nudge()), _at("2026-03-12T09:00"))
    loads = [_loads(store, monkeypatch) for store in stores]
    with ThreadPoolExecutor(2) as pool:
        ticks = list(pool.map(lambda engine: engine.tick(_at("2026-03-12T16:00")), engines))
    sent = Counter(due.key for tick in ticks for due in tick)
    assert len(sent) == 30 and set(sent.values()) == {1}
    assert sum(loads[0].values()) + sum(loads[1].values()) == 30  # each user loaded by one replica only
    for store in stores:
        store.close()


def test_a_tick_never_writes_over_the_moment_a_newer_turn_wrote(tmp_path):
    store = SqliteStore(tmp_path / "s.sqlite3")
    _save(store, "u1", UserState(skp=SKP, year=_nudge()), _at("2026-03-12T09:00"))
    now = _at("2026-03-12T16:00").timestamp()
    [(user, version)] = store.claim_scheduled(now, now + 600, 10)
    assert store.claim_scheduled(now, now + 600, 10) == []  # claimed: another replica takes others
    _save(store, "u1", UserState(skp=SKP, year=_agreed(off=lambda s: switch_off(s))), _at("2026-03-12T16:00"))
    store.reschedule([(user, version, now + 3600)])  # worked out from the state before the turn
    assert store.scheduled("u1") is None
    store.close()


def test_an_old_data_dir_without_schedule_rows_still_gets_its_reminders(tmp_path):
    path = tmp_path / "state.sqlite3"
    db = sqlite3.connect(path)
    with db:
        db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        for version, _, statements in MIGRATIONS:
            if version <= 4:  # the schema before the schedule
                for statement in statements:
                    db.execute(statement)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
        db.execute("INSERT INTO users (id, state) VALUES (?, ?)",
                   ("lama", UserState(skp=SKP, year=_nudge()).model_dump_json()))
    db.close()
    store = SqliteStore(path)
    assert store.schema_version() == LATEST
    engine = Engine(store, clock=lambda: _at("2026-03-12T16:00"))
    assert [d.key for d in _tick([engine], "2026-03-12T16:00")] == ["lama:pengingat:catat:2026-03-12"]
    assert store.scheduled("lama") == _at("2026-03-13T16:00").timestamp()
    store.save("lama", UserState(skp=SKP, year=_nudge()).model_dump_json())  # a writer that knows no schedule
    assert store.scheduled("lama") == 0.0  # due at once: the next tick works it out
    assert _tick([engine], "2026-03-14T10:00") == []  # a Saturday
    assert store.scheduled("lama") == _at("2026-03-16T16:00").timestamp()
    store.close()


def test_one_user_whose_reminder_fails_does_not_stop_the_others(tmp_path, monkeypatch):
    from bot.conversation import year_pengingat

    store = SqliteStore(tmp_path / "s.sqlite3")
    engine = Engine(store, clock=lambda: _at("2026-03-12T09:00"))
    for user in ("a", "b", "c"):
        _save(store, user, UserState(skp=SKP, year=_nudge()), _at("2026-03-12T09:00"))
    words = year_pengingat.reminder_replies

    def broken_for_b(state, due, now):
        if state.skp.pegawai.nama == "rusak":
            raise ValueError("a state this code cannot word")
        return words(state, due, now)

    broken = UserState(skp=SKP.model_copy(update={"pegawai": SKP.pegawai.model_copy(update={"nama": "rusak"})}),
                       year=_nudge())
    _save(store, "b", broken, _at("2026-03-12T09:00"))
    monkeypatch.setattr(year_pengingat, "reminder_replies", broken_for_b)
    assert sorted(d.user_id for d in _tick([engine], "2026-03-12T16:00")) == ["a", "c"]
    assert store.scheduled("b") == _at("2026-03-12T16:10").timestamp()  # claimed: tried again when the lease ends
    store.close()
