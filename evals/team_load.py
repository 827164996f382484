"""`iki eval team`: 200 members and 20 leaders settle their SKP through the real conversation engine, two replicas
(two Engine objects over two store objects) on one real PostgreSQL: pairing by code (/atasan, /start, «Ya» pressed on
both replicas), /ajukan, per-IKI decisions (every press sent to both replicas at once; a comment, a new target and
its reason delivered to both as one update), a fix with /ubah and a resubmission, approve-all. Each leader works
through their members one action after another, leaders at the same time. Prints decisions made, lost and doubled
(target 0/0).

`act_on` and `press` drive the team domain and the store directly, the way the engine does (tests use them)."""

import itertools
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
from bot.conversation.team_desk import BUSY, RECORDED
from bot.conversation.turns import STORE_DOWN
from bot.models import IkiDraft, SkpDraft
from bot.storage import Store
from bot.team.access import MEMBER_LOCK_WAIT_S, UNKNOWN, Act, Press, apply_press, leader_refusal, parse
from bot.team.record import MemberRecord, Status, Verdict
from bot.team.results import Applied, Refused
from bot.team.review import fingerprint

MEMBERS, LEADERS, IKI_PER_SKP, WORKERS = 200, 20, 5, 16
DECIDING = {Verdict.setujui.value, Verdict.kembalikan.value, Verdict.ubah_target.value}
START = datetime(2026, 1, 12, 9, 0, tzinfo=WIB)
APPLIED = "Pegawai diberi tahu."  # what the leader reads when a press was recorded (team_decisions._told)


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
    applied: int = 0  # engine replies that said a decision was recorded
    twice: int = 0  # one action both replicas said they recorded
    errors: Counter = field(default_factory=Counter)  # turns that failed, by exception
    lock: threading.Lock = field(default_factory=threading.Lock)

    def note(self, owner: str, outcome: Applied | str | list[str]) -> None:
        """What the domain applied (an Applied), or what the leader read from each replica's copy of one action
        (the engine): exactly one copy may say it was recorded; the other is refused, or is the same update
        delivered twice and answers nothing."""
        with self.lock:
            if isinstance(outcome, list):
                applied = sum(1 for said in outcome if APPLIED in said)
                self.applied += applied
                self.twice += max(0, applied - 1)
                self.refused += sum(1 for said in outcome if said and APPLIED not in said)
                self.stopped += sum(1 for said in outcome if RECORDED in said)
                return
            if isinstance(outcome, str):
                self.refused += 1
                return
            for entry in outcome.entries:
                if entry.action in DECIDING:
                    self.accepted[(owner, entry.ref)] += 1


class Replicas:
    """Two engines (replicas) over two store objects on one database, with one fixed clock; every turn counted."""

    def __init__(self, stores: tuple[Store, Store], now: datetime):
        from bot.conversation import Engine

        self.now = now
        self.engines = tuple(Engine(s, retriever=lambda: None, rate_limit=10**6, clock=lambda: self.now) for s in stores)
        self._ids = itertools.count(1)

    def say(self, replica: int, user: str, text: str, update_id: int | None = None) -> str:
        return _text(self.engines[replica].handle(user, text, update_id=update_id))

    def press(self, replica: int, user: str, data: str, update_id: int | None = None) -> str:
        return _text(self.engines[replica].press(user, data, update_id=update_id))

    def both(self, pool: ThreadPoolExecutor, act: str, user: str, words: str, tally: "Tally", same_update: bool) -> list[str]:
        """The same press or message on both replicas at once: a double tap (two updates), or one update delivered
        to both (a redelivery: the same update id). A «busy» answer is tried again, as a person would."""
        update = next(self._ids) if same_update else None

        def one(replica: int) -> str:
            mine = update
            while True:
                try:
                    said = getattr(self, act)(replica, user, words, mine)
                except Exception as exc:  # noqa: BLE001 - a failed turn is a figure (target 0), not the end of the run
                    with tally.lock:
                        tally.errors[type(exc).__name__] += 1
                    return ""
                if BUSY not in said and STORE_DOWN not in said:
                    return said
                with tally.lock:
                    tally.busy += 1
                if mine is not None:
                    mine = next(self._ids)  # the busy answer was that update's: a fresh try is a new one
        return [f.result() for f in [pool.submit(one, r) for r in (0, 1)]]


def _text(replies) -> str:
    return "\n".join(r.text for r in replies)


def run_load(stores: tuple[Store, Store], members: int = MEMBERS, leaders: int = LEADERS,
             workers: int = WORKERS, seed: int = 19) -> dict:
    """The whole scenario through the real engine (two replicas) on two stores over one database; the figures.
    Each leader works through their members one action after another (a leader is one person), leaders at once."""
    people = [f"anggota-{m}" for m in range(members)]
    heads = [f"atasan-{n}" for n in range(leaders)]
    leader_of = {p: heads[m % leaders] for m, p in enumerate(people)}
    team = {h: [p for p in people if leader_of[p] == h] for h in heads}
    tally, timings, now = Tally(), {}, START
    chat = Replicas(stores, now)
    wins: Counter = Counter()
    # The pool runs one leader (or member) sequence per task; each step inside fans out to both replicas.
    with ThreadPoolExecutor(workers) as pool, ThreadPoolExecutor(2 * workers) as fan:
        started = time.perf_counter()
        codes = {p: _code(chat.say(m % 2, p, "/atasan")) for m, p in enumerate(people)}

        def pair_all(head: str) -> None:
            for p in team[head]:
                chat.both(fan, "say", head, f"/start {codes[p]}", tally, same_update=False)
                for said in chat.both(fan, "press", head, "pasang:ya", tally, same_update=False):
                    wins["ok" if said.startswith("Terhubung") else "refused"] += 1
        list(pool.map(pair_all, heads))
        timings["pairing"] = time.perf_counter() - started

        started = time.perf_counter()
        for m, p in enumerate(people):
            stores[m % 2].save(p, MemberState(skp=sample_skp(m)).model_dump_json())

        def submit_one(mp: tuple[int, str]) -> None:
            m, p = mp
            chat.say(m % 2, p, "/ajukan")
            chat.both(fan, "press", p, "pasang:ajukan", tally, same_update=False)
        list(pool.map(submit_one, enumerate(people)))
        timings["submit"] = time.perf_counter() - started

        # Round 1: IKI 1 returned with a comment, IKI 2 target changed (value, reason), the rest approved; every
        # press twice at once (a double tap), every typed answer delivered to both replicas (one update).
        started = time.perf_counter()

        def round_1(head: str) -> None:
            jobs = []
            for p in team[head]:
                state = MemberState.model_validate_json(stores[0].load(p))
                pair = stores[0].reviewer_of(p).id
                for i, iki in enumerate(state.skp.iki):
                    act = Act.kembalikan if i == 0 else Act.ubah_target if i == 1 else Act.setujui
                    jobs.append((p, Press(act, p, pair, 1, i, fingerprint(iki)).data(), act))
            rng_local = random.Random(f"{seed}:{head}")
            rng_local.shuffle(jobs)
            for p, data, act in jobs:
                pressed = chat.both(fan, "press", head, data, tally, same_update=False)
                if act is Act.setujui:
                    tally.note(p, pressed)
                elif act is Act.kembalikan:  # both copies ask for the comment; the comment is recorded once
                    tally.note(p, chat.both(fan, "say", head, "Perjelas ukuran tepat waktunya.", tally, True))
                elif act is Act.ubah_target:
                    chat.both(fan, "say", head, "95%", tally, True)
                    tally.note(p, chat.both(fan, "say", head, "Sesuai PK unit.", tally, True))
        list(pool.map(round_1, heads))
        timings["round_1"] = time.perf_counter() - started

        # The member fixes IKI 1 and resubmits (/ubah, /ajukan); the leader approves all (twice at once).
        started = time.perf_counter()
        chat.now = now + timedelta(days=2)

        def fix_and_submit(mp: tuple[int, str]) -> None:
            m, p = mp
            chat.say(m % 2, p, "/ubah 1 target 85%")
            chat.say(m % 2, p, "/ajukan")
            chat.both(fan, "press", p, "pasang:ajukan", tally, same_update=False)
        list(pool.map(fix_and_submit, enumerate(people)))
        chat.now = now + timedelta(days=3)

        def round_2(head: str) -> None:
            for p in team[head]:
                pair = stores[1].reviewer_of(p).id
                tally.note(p, chat.both(fan, "press", head, Press(Act.setujui_semua, p, pair, 2).data(), tally, False))
        list(pool.map(round_2, heads))
        timings["round_2"] = time.perf_counter() - started
    figures = _figures(stores, people, heads, leader_of, tally, wins, timings)
    return figures | {"workers": workers, "store": stores[0].kind}


def _code(said: str) -> str:
    return said.split("/start ", 1)[1].split()[0]


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
        + len(set(recorded) - expected) + tally.twice
    paired = sum(1 for p in people if (pair := stores[0].reviewer_of(p)) and pair.reviewer == leader_of[p])
    strangers = sum(1 for p in people for h in heads[:3]
                    if h != leader_of[p] and leader_refusal(h, p, stores[1].reviewer_of(p)) is None)
    return {"members": len(people), "leaders": len(heads), "decisions_expected": len(expected),
            "decisions_recorded": sum(recorded.values()), "lost": lost, "doubled": doubled,
            "presses_refused": tally.refused, "lock_busy_retries": tally.busy, "stopped_by_store": tally.stopped, "paired": paired,
            "redeem_ok": wins["ok"], "redeem_refused": sum(n for s, n in wins.items() if s != "ok"),
            "strangers_allowed": strangers, "ditetapkan": states["ditetapkan"], "applied_replies": tally.applied,
            "errors": sum(tally.errors.values()),
            "seconds": timings}


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
    print(f"Uji beban sisi atasan: {f['members']} anggota, {f['leaders']} atasan, 2 replika (dua Engine, dua objek store) di satu "
          f"{f['store']}, {f['workers']} pekerja serentak, {os.cpu_count()} inti; setiap tekanan tombol dikirim dua "
          "kali (sekali per replika, bersamaan).")
    print(f"{'':<34}{'sekarang':>12}{'target':>10}")
    rows = [("keputusan dibuat", f"{f['decisions_recorded']}/{f['decisions_expected']}", "semua"),
            ("keputusan hilang", f["lost"], 0), ("keputusan ganda", f["doubled"], 0),
            ("SKP ditetapkan", f"{f['ditetapkan']}/{f['members']}", "semua"),
            ("pasangan terbentuk", f"{f['paired']}/{f['members']}", "semua"),
            ("kode ditebus (menang/ditolak)", f"{f['redeem_ok']}/{f['redeem_refused']}", f"{f['members']}/{f['members']}"),
            ("bukan atasan tetapi diizinkan", f["strangers_allowed"], 0),
            ("keputusan dikonfirmasi ke atasan", f"{f['applied_replies']}/{f['decisions_expected']}", "semua"),
            ("tekanan ganda ditolak", f["presses_refused"], "-"), ("kunci sibuk, dicoba lagi", f["lock_busy_retries"], "-"),
            ("catatan ganda dihentikan store", f["stopped_by_store"], 0), ("giliran gagal (galat)", f["errors"], 0),
            ("keputusan per detik", f"{f['decisions_expected'] / deciding:.0f}" if deciding else "-", "-")]
    for title, now, target in rows:
        print(f"{title:<34}{now!s:>12}{target!s:>10}")
    print("Waktu per tahap (detik): " + ", ".join(f"{k} {v:.1f}" for k, v in seconds.items()))
    print("Sebelum (base16): belum ada sisi atasan, jadi tidak ada angka pembanding.")
