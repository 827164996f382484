"""The leader-side load check (`iki eval team`, through the real engine) at a small scale on both backends: no
decision lost or doubled;
and the check itself can fail: without the member's lock it sees the damage."""

import contextlib
import time

import bot.conversation.team_decisions as team_decisions
import evals.team_load as team_load
from bot.storage import open_store
from tests import test_store

settings, store = test_store.settings, test_store.store  # the two-backend fixtures


def test_two_replicas_settle_every_skp_with_no_decision_lost_or_doubled(store, settings):
    other = open_store(settings)
    try:
        figures = team_load.run_load((store, other), members=20, leaders=4, workers=6)
    finally:
        other.close()
    assert (figures["lost"], figures["doubled"], figures["stopped_by_store"], figures["errors"]) == (0, 0, 0, 0)
    assert figures["decisions_recorded"] == figures["decisions_expected"] == 20 * 6
    assert figures["ditetapkan"] == figures["paired"] == figures["redeem_ok"] == 20
    assert figures["redeem_refused"] == 20 and figures["strangers_allowed"] == 0
    assert figures["presses_refused"] == 20 * 3 + 20  # the second copy of every press refused (a typed answer is one update)
    assert figures["applied_replies"] == 20 * 6  # each decision confirmed to the leader once


def test_without_the_members_lock_the_check_sees_the_damage(tmp_path, monkeypatch):
    from bot.storage.sqlite import SqliteStore

    stores = (SqliteStore(tmp_path / "s.sqlite3"), SqliteStore(tmp_path / "s.sqlite3"))
    for replica in stores:
        monkeypatch.setattr(replica, "user_lock", lambda user, wait=None: contextlib.nullcontext())
    apply_press = team_decisions.apply_press

    def slow(*args, **kwargs):  # between reading the record and writing it, the other replica reads it too
        time.sleep(0.005)
        return apply_press(*args, **kwargs)

    monkeypatch.setattr(team_decisions, "apply_press", slow)
    figures = team_load.run_load(stores, members=12, leaders=3, workers=8)
    assert figures["lost"] + figures["doubled"] + figures["stopped_by_store"] + figures["errors"] > 0
