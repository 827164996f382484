"""Authorisation on every action, from the store's pairing and the SKP's state: forged, replayed and stale presses
for each leader action do nothing but answer with a clear message (the member's record and audit trail unchanged)."""

from datetime import datetime

import pytest

from bot.clock import WIB
from bot.storage.sqlite import SqliteStore
from bot.team import pairing
from bot.team.access import (
    MEMBER_ONLY,
    NOT_REVIEWER,
    OWN_SKP,
    STALE_PAIR,
    UNKNOWN,
    Act,
    Press,
    leader_refusal,
    member_refusal,
    parse,
)
from bot.team.record import Status
from bot.team.results import Applied
from bot.team.review import CHANGED, STALE_ROUND, approve_all, fingerprint, submit
from evals.team_load import MemberState, act_on, press, sample_skp

NOW = datetime(2026, 1, 20, 9, 0, tzinfo=WIB)
WORDS = {Act.kembalikan: {"comment": "Perjelas ukurannya"}, Act.ubah_target: {"comment": "Sesuai PK", "target": "95%"},
         Act.kembalikan_perubahan: {"comment": "Bahas di dialog"}}


def link(store, member: str, leader: str):
    return pairing.redeem(store, pairing.new_member_code(store, member, NOW), leader, NOW).pair


def waiting_for(store, act: Act) -> str:
    """Member m paired with leader l, with something waiting for `act`; the leader's button data for it."""
    current = link(store, "m", "l")
    store.save("m", MemberState(skp=sample_skp(1)).model_dump_json())
    act_on(store, "m", lambda st: submit(st.team, st.skp, owner="m", now=NOW))
    if act.on_change:
        act_on(store, "m", lambda st: approve_all(st.team, st.skp, actor="l", owner="m", round=1, now=NOW))

        def propose(st: MemberState):
            changed = st.skp.model_copy(update={"iki": [st.skp.iki[0].model_copy(update={"target": "99%"}),
                                                        *st.skp.iki[1:]]})
            return submit(st.team, changed, owner="m", now=NOW, reason="direktif")

        act_on(store, "m", propose)
    state = MemberState.model_validate_json(store.load("m"))
    index = 1 if act.on_iki else None
    seen = fingerprint(state.skp.iki[1]) if act.on_iki else None
    return Press(act, "m", current.id, state.team.review.round, index, seen).data()


def snapshot(store) -> tuple:
    return store.load("m"), store.audit_trail("m")


def forged(data: str, **changes) -> str:
    seen = parse(data)
    return Press(**{**seen.__dict__, **changes}).data()


@pytest.mark.parametrize("act", list(Act), ids=lambda a: a.name)
def test_forged_and_stale_presses_change_nothing(act):
    store = SqliteStore()
    data = waiting_for(store, act)
    link(store, "m2", "l2")  # another pair: its leader is a stranger to m
    before = snapshot(store)
    words = WORDS.get(act, {})
    assert press(store, "m", data, NOW, **words) == OWN_SKP  # the member pressing the leader's button
    assert press(store, "l2", data, NOW, **words) == NOT_REVIEWER  # another leader
    assert press(store, "penyusup", data, NOW, **words) == NOT_REVIEWER  # someone with no pairing at all
    for bad in ("", "tim:", data.replace("tim:", "skp:"), data + ":7", data[:-1], data.replace(":m:", ":m:m:"),
                data.replace(f":{act.value}:", ":zz:")):
        assert press(store, "l", bad, NOW, **words) == UNKNOWN, bad
    assert press(store, "l", forged(data, owner="m2"), NOW, **words) == NOT_REVIEWER  # someone else's SKP
    assert press(store, "l", forged(data, pair="00000000"), NOW, **words) == STALE_PAIR
    assert press(store, "l", forged(data, round=parse(data).round + 1), NOW, **words) == STALE_ROUND
    if act.on_iki:
        assert press(store, "l", forged(data, fingerprint="00000000"), NOW, **words) == CHANGED.format(n=2)
        assert "tidak ada" in press(store, "l", forged(data, index=40), NOW, **words)
    assert snapshot(store) == before

    applied = press(store, "l", data, NOW, **words)  # the real press, once
    assert isinstance(applied, Applied)
    after = snapshot(store)
    assert isinstance(press(store, "l", data, NOW, **words), str)  # replayed: refused
    assert snapshot(store) == after

    link(store, "m", "l3")  # the member changes leader
    assert press(store, "l", data, NOW, **words) == NOT_REVIEWER  # the old leader lost access
    assert press(store, "l3", data, NOW, **words) == STALE_PAIR  # the new one cannot use the old button
    assert snapshot(store)[0] == after[0]


def test_a_leaders_step_without_a_button_is_checked_the_same_way():
    store = SqliteStore()
    current = link(store, "m", "l")
    assert leader_refusal("l", "m", current) is None
    assert leader_refusal("m", "m", current) == OWN_SKP
    assert leader_refusal("x", "m", current) == NOT_REVIEWER
    assert leader_refusal("l", "m", None) == NOT_REVIEWER
    assert leader_refusal("l", "m2", current) == NOT_REVIEWER  # the pair is m's, not m2's
    assert leader_refusal("l", "m", current, pair_seen="ffffffff") == STALE_PAIR
    assert member_refusal("m", "m") is None and member_refusal("l", "m") == MEMBER_ONLY


def test_button_data_fits_telegram_and_reads_back():
    longest = Press(Act.setujui_perubahan, "9" * 19, "abcdef01", 999_999)
    assert len(longest.data().encode()) <= 64 and parse(longest.data()) == longest
    on_iki = Press(Act.ubah_target, "1234567890", "abcdef01", 12, 9, "0a1b2c3d")
    assert len(on_iki.data().encode()) <= 64 and parse(on_iki.data()) == on_iki
    assert parse("tim:s:123:abcdef01:1") is None  # an IKI action without its IKI
    assert parse("tim:a:123:abcdef01:1:0:0a1b2c3d") is None  # approve-all with an IKI


def test_the_load_check_scenario_refuses_nothing_legitimate():
    store = SqliteStore()
    data = waiting_for(store, Act.setujui_semua)
    assert isinstance(press(store, "l", data, NOW), Applied)
    assert MemberState.model_validate_json(store.load("m")).team.review.status is Status.ditetapkan
