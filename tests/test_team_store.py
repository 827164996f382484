"""The leader's side of the store, every behaviour on both backends (the `settings` fixture of test_store.py):
pairing codes, pairs, the append-only audit trail and its anonymisation, and concurrency across two replicas."""

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import pytest

from bot.clock import WIB
from bot.storage import open_store
from bot.storage.base import LockBusy
from bot.storage.team import AuditEntry, DuplicateEntry, code_hash
from bot.team import pairing
from bot.team.access import Act, Press
from bot.team.guidance import guidance
from bot.team.record import Status
from bot.team.review import fingerprint, submit
from evals.team_load import MemberState, act_on, press, sample_skp
from tests import test_store

settings, store = test_store.settings, test_store.store  # the two-backend fixtures

NOW = datetime(2026, 1, 12, 9, 0, tzinfo=WIB)
GUESSES = (10, 3600.0)


@pytest.fixture
def other(settings):
    """A second replica over the same database."""
    opened = open_store(settings)
    yield opened
    opened.close()


def pair(store, member: str, leader: str, now: datetime = NOW):
    code = pairing.new_member_code(store, member, now)
    redeemed = pairing.redeem(store, code, leader, now)
    assert redeemed.status == "ok", redeemed
    return redeemed.pair


def rows(store, table: str) -> list[tuple]:
    with store._transaction() as run:
        return [tuple(r) for r in run(f"SELECT * FROM {table}", ()).fetchall()]


# Pairing codes ---------------------------------------------------------------------------------------------
def test_a_member_code_pairs_the_leader_who_redeems_it_and_only_its_hash_is_kept(store):
    code = pairing.new_member_code(store, "m1", NOW)
    assert len(code) >= 24 and pairing.looks_like_code(code)
    kept = rows(store, "pairing_codes")
    assert len(kept) == 1 and code not in json.dumps(kept) and kept[0][0] == code_hash(code)
    checked = pairing.check(store, code, "l1", NOW)
    assert (checked.status, checked.member, checked.reviewer) == ("ok", "m1", "l1")
    assert store.reviewer_of("m1") is None  # checking is not redeeming
    redeemed = pairing.redeem(store, code, "l1", NOW)
    assert redeemed.status == "ok" and redeemed.ended is None
    assert store.reviewer_of("m1") == redeemed.pair and redeemed.pair.via == "kode"
    assert store.members_of("l1") == [redeemed.pair] and store.reviewers() == {"l1": 1}
    assert [e.action for e in store.audit_trail("m1")] == ["pasangan_mulai"]


def test_a_code_works_once_within_its_days_and_wrong_or_own_codes_pair_nobody(store):
    code = pairing.new_member_code(store, "m1", NOW)
    late = NOW + timedelta(days=guidance().pairing.valid_days, seconds=1)
    assert pairing.redeem(store, code, "l1", late).status == "expired"
    assert pairing.redeem(store, code, "m1", NOW).status == "own"
    assert pairing.redeem(store, code + "x", "l1", NOW).status == "unknown"
    assert pairing.redeem(store, code, "l1", NOW + timedelta(days=6)).status == "ok"
    assert pairing.redeem(store, code, "l2", NOW).status == "used"
    assert pairing.redeem(store, code, "l1", NOW).status == "used"
    assert store.reviewer_of("m1").reviewer == "l1"
    for status in ("expired", "used", "own", "unknown", "cycle", "limited"):
        assert pairing.refusal_text(pairing.Redemption(status)).endswith(".")


def test_a_new_code_replaces_the_members_unused_one(store):
    first = pairing.new_member_code(store, "m1", NOW)
    second = pairing.new_member_code(store, "m1", NOW)
    assert pairing.check(store, first, "l1", NOW).status == "unknown"
    assert pairing.check(store, second, "l1", NOW).status == "ok"


def test_changing_the_reviewer_ends_the_old_ones_access(store):
    old = pair(store, "m1", "l1")
    again = pairing.new_member_code(store, "m1", NOW)
    assert pairing.redeem(store, again, "l1", NOW).status == "already"  # nothing to change, code stays unused
    redeemed = pairing.redeem(store, again, "l2", NOW + timedelta(hours=1))
    assert redeemed.status == "ok" and redeemed.ended == old
    assert store.reviewer_of("m1").reviewer == "l2" and store.members_of("l1") == []
    letters = pairing.paired_letters(redeemed, NOW)
    assert {a.user for a in letters} == {"m1", "l1"} and "tidak lagi" in letters[-1].text
    assert [e.action for e in store.audit_trail("m1")] == ["pasangan_mulai", "pasangan_berakhir", "pasangan_mulai"]


def test_a_leader_has_many_members_and_can_be_someone_elses_member(store):
    for member in ("m1", "m2", "m3"):
        pair(store, member, "ketua")
    pair(store, "ketua", "kepala")
    assert [p.member for p in store.members_of("ketua")] == ["m1", "m2", "m3"]
    assert store.reviewer_of("ketua").reviewer == "kepala"
    assert store.reviewers() == {"ketua": 3, "kepala": 1}


def test_a_cycle_is_refused_directly_and_up_the_chain(store):
    pair(store, "b", "a")  # a reviews b
    back = pairing.new_member_code(store, "a", NOW)
    assert pairing.redeem(store, back, "b", NOW).status == "cycle"
    pair(store, "c", "b")  # b reviews c: a → b → c
    up = pairing.new_member_code(store, "a", NOW)
    assert pairing.redeem(store, up, "c", NOW).status == "cycle"
    assert store.reviewer_of("a") is None


def test_two_replicas_pairing_each_other_at_once_make_one_pair_not_a_cycle(store, other):
    codes = {"a": pairing.new_member_code(store, "a", NOW), "b": pairing.new_member_code(store, "b", NOW)}
    start = threading.Barrier(2)

    def redeem(replica, member, leader):
        start.wait(10)
        return pairing.redeem(replica, codes[member], leader, NOW).status

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(redeem, (store, other), ("a", "b"), ("b", "a")))
    assert sorted(results) == ["cycle", "ok"]
    assert len(store.reviewers()) == 1


def test_two_replicas_redeeming_one_code_at_once_only_one_wins(store, other):
    for round_ in range(5):
        member = f"m{round_}"
        code = pairing.new_member_code(store, member, NOW)
        start = threading.Barrier(2)

        def redeem(replica, leader, code=code):
            start.wait(10)
            return pairing.redeem(replica, code, leader, NOW).status

        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(redeem, (store, other), ("l1", "l2")))
        assert sorted(results) == ["ok", "used"]
        winner = store.reviewer_of(member).reviewer
        assert [p.member for p in store.members_of(winner)].count(member) == 1
        assert [e.action for e in other.audit_trail(member)] == ["pasangan_mulai"]


def test_guessing_codes_is_rate_limited_per_user_across_replicas(store, other):
    code = pairing.new_member_code(store, "m1", NOW)
    limit = guidance().pairing.guess_limit[0]
    for i in range(limit):
        replica = (store, other)[i % 2]
        assert pairing.check(replica, f"{'x' * 24}{i}", "penebak", NOW).status == "unknown"
    blocked = pairing.redeem(other, code, "penebak", NOW)
    assert blocked.status == "limited" and blocked.wait_s > 0 and "menit" in pairing.refusal_text(blocked)
    assert store.reviewer_of("m1") is None
    assert pairing.redeem(store, code, "l1", NOW).status == "ok"  # per user: someone else is not limited


def test_a_right_code_spends_no_guess(store):
    for n in range(guidance().pairing.guess_limit[0] + 2):  # a leader pairing many members in one hour
        pair(store, f"m{n}", "ketua")
    assert len(store.members_of("ketua")) == guidance().pairing.guess_limit[0] + 2


def test_a_ketua_tim_invite_makes_the_redeemer_a_member_and_carries_the_prima_start(store):
    start = pairing.InviteStart(nama="Budi", parts=[pairing.InvitePart(
        indicator_id="K1", indikator="Persentase puskesmas yang melapor", bagian="Jawa Barat",
        iki={"indikator": "Persentase puskesmas di Jawa Barat yang melapor"})])
    stale = pairing.new_invites(store, "ketua", [start], NOW)["Budi"]
    codes = pairing.new_invites(store, "ketua", [start, pairing.InviteStart(nama="Sari")], NOW)
    assert set(codes) == {"Budi", "Sari"}
    assert pairing.check(store, stale, "budi-telegram", NOW).status == "unknown"  # re-inviting replaces the unused one
    assert pairing.check(store, codes["Budi"], "ketua", NOW).status == "own"
    redeemed = pairing.redeem(store, codes["Budi"], "budi-telegram", NOW)
    assert (redeemed.status, redeemed.member, redeemed.reviewer) == ("ok", "budi-telegram", "ketua")
    assert redeemed.pair.via == "undangan" and pairing.invite_start(redeemed) == start
    assert "Budi menerima undangan" in pairing.paired_letters(redeemed, NOW)[0].text


def test_ending_a_pair_records_it_and_leaves_no_reviewer(store):
    first = pair(store, "m1", "l1")
    assert store.end_pair("m1", NOW.timestamp(), "anggota melepas atasan", "m1") == first
    assert store.reviewer_of("m1") is None and store.end_pair("m1", NOW.timestamp(), "lagi", "m1") is None
    assert store.audit_trail("m1")[-1].action == "pasangan_berakhir"


# The audit trail -------------------------------------------------------------------------------------------
def entry(ref: str | None, action: str = "setujui", actor: str = "l1", at: float = 1.0) -> AuditEntry:
    return AuditEntry("m1", actor, "atasan" if actor != "m1" else "anggota", action, {"iki": 1}, {"keputusan": action},
                      NOW.timestamp() + at, ref)


def test_entries_are_appended_in_order_with_pseudonyms_never_ids(store):
    store.append_audit([entry("1:0"), entry("1:1", "kembalikan", at=2.0)])
    store.append_audit([entry(None, "jadwal_dialog", at=3.0)])
    trail = store.audit_trail("m1")
    assert [(r.seq, r.action) for r in trail] == [(1, "setujui"), (2, "kembalikan"), (3, "jadwal_dialog")]
    assert trail[0].owner_key == store.pseudonym("m1") and trail[0].actor_key == store.pseudonym("l1")
    assert "m1" not in json.dumps(rows(store, "audit")) and "l1" not in json.dumps(rows(store, "audit"))
    assert [r.action for r in store.audit_trail("m1", since=NOW.timestamp() + 2)] == ["kembalikan", "jadwal_dialog"]
    assert [r.ref for r in store.audit_by("l1")] == ["1:0", "1:1", None]


def test_a_decision_is_never_recorded_twice_and_its_state_rolls_back_with_it(store, other):
    store.commit_turn("m1", json.dumps({"v": 1}), audit=[entry("1:0")])
    with pytest.raises(DuplicateEntry):
        other.commit_turn("m1", json.dumps({"v": 2}), audit=[entry("2:0"), entry("1:0")])
    assert json.loads(store.load("m1")) == {"v": 1}  # the state and the first entry rolled back too
    assert [r.ref for r in other.audit_trail("m1")] == ["1:0"]


def test_hapus_keeps_the_leaders_decisions_anonymised_and_rewrites_nothing(store):
    pair(store, "m1", "l1")
    pair(store, "l1", "kepala")
    pair(store, "m2", "m1")  # m1 also leads m2
    store.append_audit([entry("ajukan:1", "ajukan", actor="m1"), entry("1:0"), entry("1:1", "kembalikan")])
    store.append_audit([AuditEntry("m2", "m1", "atasan", "setujui", {}, {}, NOW.timestamp() + 5, "1:0")])
    kept_before = {r for r in rows(store, "audit")}
    member_key = store.pseudonym("m1")
    forgotten = store.forget_team("m1", NOW.timestamp())
    assert forgotten.reviewer == "l1" and forgotten.members == ["m2"]
    assert store.reviewer_of("m1") is None and store.reviewer_of("m2") is None and store.members_of("l1") == []
    assert store.pseudonym("m1") is None and store.audit_trail("m1") == []
    left = rows(store, "audit")
    # Nothing kept was changed: every row left is one that was there (the new ones record the ended pairings).
    assert all(r in kept_before or r[4] == "pasangan_berakhir" for r in left)
    on_m1 = [r for r in left if r[0] == member_key]
    assert sorted(r[4] for r in on_m1) == ["kembalikan", "pasangan_mulai", "setujui"]  # the leader's, not m1's own
    assert [r.action for r in store.audit_by("l1")] == ["pasangan_mulai", "setujui", "kembalikan"]
    assert [r.action for r in store.audit_trail("m2")][-1] == "pasangan_berakhir"
    assert "m1" not in json.dumps(rows(store, "pairs") + rows(store, "pairing_codes") + rows(store, "audit_keys"))
    # Coming back later, the same person gets a new key: the old entries stay unlinkable.
    store.append_audit([entry(None, "ajukan", actor="m1")])
    assert store.pseudonym("m1") != member_key and len(store.audit_trail("m1")) == 1
    letters = pairing.forgotten_letters(forgotten, "m1")
    assert {a.user for a in letters} == {"l1", "m2"} and all("m1" not in a.key for a in letters)


# Locks and concurrent decisions ------------------------------------------------------------------------------
def test_a_turn_can_take_another_users_lock_inside_its_own_even_on_a_shared_stripe(store):
    from bot.storage.sqlite import stripe

    partner = next(f"u{n}" for n in range(100_000) if stripe(f"u{n}") == stripe("leader") and f"u{n}" != "leader")
    with store.user_lock("leader"), store.user_lock(partner, wait=2):
        store.save(partner, json.dumps({"ok": True}))
    assert json.loads(store.load(partner)) == {"ok": True}


def test_waiting_for_a_busy_users_lock_gives_up_with_lock_busy(store, other):
    inside, release = threading.Event(), threading.Event()

    def holder():
        with store.user_lock("m1"):
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=holder)
    thread.start()
    inside.wait(10)
    started = time.monotonic()
    with pytest.raises(LockBusy):
        with other.user_lock("m1", wait=0.3):
            pass
    assert 0.25 < time.monotonic() - started < 5
    release.set()
    thread.join(10)
    with other.user_lock("m1", wait=1):
        pass


def test_concurrent_presses_on_two_replicas_lose_and_double_no_decision(store, other):
    members = [f"m{n}" for n in range(4)]
    for n, member in enumerate(members):
        pair(store, member, "l1" if n % 2 else "l2")
        store.save(member, MemberState(skp=sample_skp(n)).model_dump_json())
        assert not isinstance(act_on(store, member, lambda st, m=member: submit(st.team, st.skp, owner=m, now=NOW)), str)
    presses = []
    for n, member in enumerate(members):
        state = MemberState.model_validate_json(store.load(member))
        current = store.reviewer_of(member)
        for i, iki in enumerate(state.skp.iki):
            data = Press(Act.setujui, member, current.id, 1, i, fingerprint(iki)).data()
            presses += [(replica, current.reviewer, data) for replica in (store, other, store)]  # each three times
    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(lambda p: press(p[0], p[1], p[2], NOW), presses))
    applied = [o for o in outcomes if not isinstance(o, str)]
    assert len(applied) == len(members) * 5 and len(outcomes) - len(applied) == 2 * len(applied)
    for member in members:
        refs = [r.ref for r in other.audit_trail(member) if r.action == "setujui"]
        assert sorted(refs) == [f"1:{i}" for i in range(5)]
        state = MemberState.model_validate_json(other.load(member))
        assert state.team.review.status is Status.ditetapkan and len(state.team.review.versions) == 1
