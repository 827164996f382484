"""`iki eval team`: 200 members and 20 leaders settle their SKP on two store objects ("replicas") over one real
PostgreSQL, with concurrent workers: pairing by code, submit, per-IKI decisions (every press sent twice, once per
replica, at once), a fix and a resubmission, approve-all. Prints decisions made, lost and doubled (target 0/0).

It drives the team domain and the store directly, the way the engine will: a leader's action holds the leader's
lock, takes the member's lock (bounded wait), loads the member's record, applies the step and commits it with its
audit entries in one transaction."""

import random
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from pydantic import BaseModel, Field

from bot.clock import WIB
from bot.models import IkiDraft, SkpDraft
from bot.storage import Store
from bot.storage.base import LockBusy
from bot.storage.team import DuplicateEntry
from bot.team.access import MEMBER_LOCK_WAIT_S, UNKNOWN, Act, Press, apply_press, leader_refusal, parse
from bot.team.pairing import new_member_code, redeem
from bot.team.record import MemberRecord, Status, Verdict
from bot.team.results import Applied, Refused
from bot.team.review import fingerprint, submit

MEMBERS, LEADERS, IKI_PER_SKP, WORKERS = 200, 20, 5, 16
DECIDING = {Verdict.setujui.value, Verdict.kembalikan.value, Verdict.ubah_target.value}
START = datetime(2026, 1, 12, 9, 0, tzinfo=WIB)


class MemberState(BaseModel):
    """The two parts of a member's state the team side reads and writes (the engine's UserState has both)."""

    skp: SkpDraft = Field(default_factory=SkpDraft)
    team: MemberRecord = Field(default_factory=MemberRecord)


def act_on(store: Store, owner: str, step: Callable[[MemberState], Applied], wait: float | None = None) -> Applied | str:
    """Apply a step to the owner's record under the owner's lock and commit it with its entries: the Applied, or
    the refusal's message (nothing written)."""
    with store.user_lock(owner, wait=wait):
        raw = store.load(owner)
        state = MemberState.model_validate_json(raw) if raw else MemberState()
        try:
            applied = step(state)
        except Refused as refused:
            return refused.message
        store.commit_turn(owner, MemberState(skp=applied.skp, team=applied.record).model_dump_json(),
                          audit=applied.entries)
        return applied


def press(store: Store, leader: str, data: str, now: datetime, comment: str = "", target: str = "") -> Applied | str:
    """A leader's button as the engine will run it: in the leader's turn, the member's lock taken with a bounded
    wait, the pairing read under it, the press checked and applied, committed with its audit entries."""
    seen = parse(data)
    if seen is None:
        return UNKNOWN
    with store.user_lock(leader):
        return act_on(store, seen.owner, lambda state: apply_press(
            seen, state.team, state.skp, actor=leader, current=store.reviewer_of(seen.owner), now=now,
            comment=comment, target=target), wait=MEMBER_LOCK_WAIT_S)


def sample_skp(member: int) -> SkpDraft:
    """Five IKI with weights that add up (Core 100%)."""
    weights = [30, 30, 20, 10, 10]
    return SkpDraft(iki=[IkiDraft(indikator=f"Persentase dokumen tahap {i + 1} unit {member} yang diselesaikan tepat "
                                            "waktu", rhk=f"Terselesaikannya dokumen tahap {i + 1}", target="90%",
                                  jenis="core_tusi" if i < 4 else "core_mi", bobot=weights[i])
                        for i in range(IKI_PER_SKP)])


@dataclass
class Tally:
    accepted: Counter = field(default_factory=Counter)  # ref → presses the domain applied
    refused: int = 0
    busy: int = 0  # LockBusy: tried again
    stopped: int = 0  # DuplicateEntry: a second record of one decision, rolled back by the store
    lock: threading.Lock = field(default_factory=threading.Lock)

    def note(self, owner: str, outcome: Applied | str) -> None:
        with self.lock:
            if isinstance(outcome, str):
                self.refused += 1
                return
            for entry in outcome.entries:
                if entry.action in DECIDING:
                    self.accepted[(owner, entry.ref)] += 1


def _retrying(fn: Callable[[], Applied | str], tally: Tally) -> Applied | str:
    while True:
        try:
            return fn()
        except LockBusy:
            with tally.lock:
                tally.busy += 1
        except DuplicateEntry as exc:
            with tally.lock:
                tally.stopped += 1
            return f"dihentikan store: {exc}"


def _twice(pool: ThreadPoolExecutor, stores: tuple[Store, Store], leader: str, data: str, now: datetime, tally: Tally,
           owner: str, **words) -> list:
    """The same press on both replicas at once (a double tap, a redelivery to the other replica)."""
    return [pool.submit(lambda s=s: tally.note(owner, _retrying(lambda: press(s, leader, data, now, **words), tally)))
            for s in stores]


def run_load(stores: tuple[Store, Store], members: int = MEMBERS, leaders: int = LEADERS,
             workers: int = WORKERS, seed: int = 19) -> dict:
    """The whole scenario on two stores over one database; the figures."""
    rng = random.Random(seed)
    people = [f"anggota-{m}" for m in range(members)]
    heads = [f"atasan-{n}" for n in range(leaders)]
    leader_of = {p: heads[m % leaders] for m, p in enumerate(people)}
    tally, timings, now = Tally(), {}, START
    with ThreadPoolExecutor(workers) as pool:
        # Pairing: the member makes a code on one replica; the leader redeems it on both at once (one wins).
        started = time.perf_counter()
        codes = {p: new_member_code(stores[m % 2], p, now) for m, p in enumerate(people)}
        redeemed = [pool.submit(redeem, s, codes[p], leader_of[p], now) for p in people for s in stores]
        wins = Counter(r.result().status for r in redeemed)
        timings["pairing"] = time.perf_counter() - started

        # Submission, then round 1: IKI 1 returned, IKI 2 target changed, the rest approved; each press twice.
        started = time.perf_counter()
        for m, p in enumerate(people):
            stores[m % 2].save(p, MemberState(skp=sample_skp(m)).model_dump_json())
        list(pool.map(lambda mp: act_on(stores[mp[0] % 2], mp[1], lambda st: submit(
            st.team, st.skp, owner=mp[1], now=now)), enumerate(people)))
        timings["submit"] = time.perf_counter() - started
        started = time.perf_counter()
        futures = []
        jobs = []
        for p in people:
            state = MemberState.model_validate_json(stores[0].load(p))
            pair = stores[0].reviewer_of(p).id
            for i, iki in enumerate(state.skp.iki):
                act, words = ((Act.kembalikan, {"comment": "Perjelas ukuran tepat waktunya."}) if i == 0 else
                              (Act.ubah_target, {"comment": "Sesuai PK unit.", "target": "95%"}) if i == 1 else
                              (Act.setujui, {}))
                jobs.append((leader_of[p], Press(act, p, pair, 1, i, fingerprint(iki)).data(), p, words))
        rng.shuffle(jobs)
        for leader, data, owner, words in jobs:
            futures += _twice(pool, stores, leader, data, now + timedelta(days=1), tally, owner, **words)
        for future in futures:
            future.result()
        timings["round_1"] = time.perf_counter() - started

        # The member fixes IKI 1 and resubmits; the leader approves all (twice at once) and the SKP is set.
        started = time.perf_counter()

        def fix_and_submit(p: str) -> Applied | str:
            def step(st: MemberState) -> Applied:
                fixed = st.skp.iki[0].model_copy(update={"indikator": st.skp.iki[0].indikator + " (maksimal H+5)"})
                skp = st.skp.model_copy(update={"iki": [fixed, *st.skp.iki[1:]]})
                return submit(st.team, skp, owner=p, now=now + timedelta(days=2))
            return act_on(stores[people.index(p) % 2], p, step)

        list(pool.map(fix_and_submit, people))
        futures = []
        for p in people:
            pair = stores[1].reviewer_of(p).id
            futures += _twice(pool, stores, leader_of[p], Press(Act.setujui_semua, p, pair, 2).data(),
                              now + timedelta(days=3), tally, p)
        for future in futures:
            future.result()
        timings["round_2"] = time.perf_counter() - started

    figures = _figures(stores, people, heads, leader_of, tally, wins, timings)
    return figures | {"workers": workers, "store": stores[0].kind}


def _figures(stores, people, heads, leader_of, tally: Tally, wins: Counter, timings: dict) -> dict:
    expected = {(p, ref) for p in people for ref in [f"1:{i}" for i in range(IKI_PER_SKP)] + ["2:0"]}
    recorded: Counter = Counter()
    states = Counter()
    for p in people:
        for entry in stores[1].audit_trail(p):
            if entry.action in DECIDING:
                recorded[(p, entry.ref)] += 1
        state = MemberState.model_validate_json(stores[0].load(p))
        set_ok = state.team.review.status is Status.ditetapkan and state.skp.iki[1].target == "95%"
        states["ditetapkan" if set_ok else state.team.review.status.value] += 1
    lost = len(expected - set(recorded))
    doubled = sum(n - 1 for n in recorded.values() if n > 1) + sum(n - 1 for n in tally.accepted.values() if n > 1) \
        + len(set(recorded) - expected)
    paired = sum(1 for p in people if (pair := stores[0].reviewer_of(p)) and pair.reviewer == leader_of[p])
    strangers = sum(1 for p in people for h in heads[:3]
                    if h != leader_of[p] and leader_refusal(h, p, stores[1].reviewer_of(p)) is None)
    return {"members": len(people), "leaders": len(heads), "decisions_expected": len(expected),
            "decisions_recorded": sum(recorded.values()), "lost": lost, "doubled": doubled,
            "presses_refused": tally.refused, "lock_busy_retries": tally.busy, "stopped_by_store": tally.stopped, "paired": paired,
            "redeem_ok": wins["ok"], "redeem_refused": sum(n for s, n in wins.items() if s != "ok"),
            "strangers_allowed": strangers, "ditetapkan": states["ditetapkan"], "seconds": timings}


def team_load() -> dict:
    from bot.storage.postgres import PostgresStore
    from evals.servers import LocalPostgres

    with tempfile.TemporaryDirectory() as tmp:
        pg = LocalPostgres(Path(tmp) / "pg").start()
        try:
            url = pg.create_database("team")
            stores = (PostgresStore(url, max_connections=2 * WORKERS + 4), PostgresStore(url, max_connections=2 * WORKERS + 4))
            try:
                figures = run_load(stores)
            finally:
                for store in stores:
                    store.close()
        finally:
            pg.stop()
    _print(figures)
    return figures


def _print(f: dict) -> None:
    import os

    seconds = f["seconds"]
    deciding = seconds["round_1"] + seconds["round_2"]
    print(f"Uji beban sisi atasan: {f['members']} anggota, {f['leaders']} atasan, 2 replika (dua objek store) di satu "
          f"{f['store']}, {f['workers']} pekerja serentak, {os.cpu_count()} inti; setiap tekanan tombol dikirim dua "
          "kali (sekali per replika, bersamaan).")
    print(f"{'':<34}{'sekarang':>12}{'target':>10}")
    rows = [("keputusan dibuat", f"{f['decisions_recorded']}/{f['decisions_expected']}", "semua"),
            ("keputusan hilang", f["lost"], 0), ("keputusan ganda", f["doubled"], 0),
            ("SKP ditetapkan", f"{f['ditetapkan']}/{f['members']}", "semua"),
            ("pasangan terbentuk", f"{f['paired']}/{f['members']}", "semua"),
            ("kode ditebus (menang/ditolak)", f"{f['redeem_ok']}/{f['redeem_refused']}", f"{f['members']}/{f['members']}"),
            ("bukan atasan tetapi diizinkan", f["strangers_allowed"], 0),
            ("tekanan ganda ditolak", f["presses_refused"], "-"), ("kunci sibuk, dicoba lagi", f["lock_busy_retries"], "-"),
            ("catatan ganda dihentikan store", f["stopped_by_store"], 0),
            ("keputusan per detik", f"{f['decisions_expected'] / deciding:.0f}" if deciding else "-", "-")]
    for title, now, target in rows:
        print(f"{title:<34}{now!s:>12}{target!s:>10}")
    print("Waktu per tahap (detik): " + ", ".join(f"{k} {v:.1f}" for k, v in seconds.items()))
    print("Sebelum (base16): belum ada sisi atasan, jadi tidak ada angka pembanding.")
