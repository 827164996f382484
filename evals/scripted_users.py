"""Simulated users for webhook tests and the load runner: each follows a script, waits for the answer before the
next step (as a person does), and sends a step again when the bot says to try again shortly.

What they received is checked against an oracle: the same scripts through a fresh in-memory engine.
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.conversation.commands import command_label
from bot.conversation.turns import STORE_DOWN
from evals.fake_telegram import FakeTelegram

# A step: ("text", "…") typed, or ("press", "prima:skip") a button.
Step = tuple[str, str]


def prima_script(user: int, iki: int) -> list[Step]:
    """PRIMA to step M without searching, then `iki` IKI, each drafted in five turns (text, target, no baseline,
    jenis, weight); every turn is deterministic and each IKI names the user, so a lost, doubled or misplaced turn
    shows in the final draft."""
    steps: list[Step] = [("text", "/prima"), ("press", "prima:skip"), ("press", "prima:skip"),
                         ("press", "prima:role:anggota"), ("press", "prima:direct:0")]
    for i in range(1, iki + 1):
        steps += [("text", f"Persentase rekomendasi audit {user} nomor {i} yang ditindaklanjuti"), ("text", "100%"),
                  ("press", "prima:nobaseline"), ("press", "prima:jenis:core_tusi"), ("text", "10")]
    return steps


@dataclass
class UserRun:
    script: list[Step]
    position: int = 0
    waiting: int | None = None  # update_id sent and not yet answered
    seen: int = 0  # replies received before the step was sent
    retries: int = 0
    next_at: float = 0.0  # with think time: not before this moment


@dataclass
class Results:
    latencies: list[tuple[str, float]] = field(default_factory=list)  # (command label, seconds of the request)
    retries: int = 0  # steps the bot answered with "coba lagi sebentar"
    elapsed: float = 0.0


def drive(fake: FakeTelegram, scripts: dict[int, list[Step]], timeout: float = 300.0,
          on_progress: Callable[[int], None] | None = None, think_s: float = 0.0) -> Results:
    """Run every user's script to the end through the fake's webhook delivery; return the request latencies.

    think_s: pause between an answer and the user's next step (±25 %, seeded); 0 = answer at once. Even pauses
    keep the users' pace steady to the end, so the offered rate holds for the whole run.
    """
    runs = {user: UserRun(script) for user, script in scripts.items()}
    results, started, done_steps = Results(), time.perf_counter(), 0
    pauses = random.Random(11)
    deadline = time.monotonic() + timeout
    while any(r.position < len(r.script) for r in runs.values()):
        if time.monotonic() > deadline:
            left = {u: (r.position, len(r.script)) for u, r in runs.items() if r.position < len(r.script)}
            raise TimeoutError(f"users not done after {timeout:.0f}s: {left}")
        for user, run in runs.items():
            if run.position >= len(run.script):
                continue
            if run.waiting is None:
                if think_s and time.perf_counter() < run.next_at:
                    continue
                kind, value = run.script[run.position]
                run.seen = len(fake.texts.get(str(user), ()))
                run.waiting = fake.send_text(user, value) if kind == "text" else fake.press(user, value)
                continue
            delivery = fake.deliveries[run.waiting]
            if not delivery.done:
                continue
            kind, value = run.script[run.position]
            results.latencies.append((command_label(value, button=kind == "press"), delivery.seconds))
            answers = fake.received(user)[run.seen:]
            run.waiting = None
            run.next_at = time.perf_counter() + (think_s * pauses.uniform(0.75, 1.25) if think_s else 0)
            if STORE_DOWN in answers:
                run.retries += 1
                results.retries += 1
                continue  # the person sends the same message again
            run.position += 1
            done_steps += 1
            if on_progress:
                on_progress(done_steps)
        with fake._cond:
            fake._cond.wait(0.01 if think_s else 0.05)
    results.elapsed = time.perf_counter() - started
    return results


def oracle(scripts: dict[int, list[Step]], retriever: Callable | None = None) -> tuple[dict, dict]:
    """Per user: the reply texts of each step (blocks) and the final state, from a fresh in-memory engine."""
    from bot.conversation import Engine
    from bot.storage.sqlite import SqliteStore

    engine = Engine(SqliteStore(), retriever=retriever, rate_limit=10**6)
    blocks, states = {}, {}
    for user, script in scripts.items():
        blocks[user] = [[r.file.caption if r.file else r.text  # a document goes out with its caption only
                         for r in (engine.handle(str(user), v) if k == "text" else engine.press(str(user), v))]
                        for k, v in script]
        states[user] = engine.state(str(user))
    return blocks, states


def check_order(received: list[str], blocks: list[list[str]]) -> None:
    """The replies arrived in the order of the steps. Allowed on top: a step's replies sent again, whole or in
    part, right after themselves (a replica died after sending and before Telegram saw the answer)."""
    stream = [text for text in received if text != STORE_DOWN]
    position = 0
    for number, block in enumerate(blocks):
        while stream[position : position + len(block)] != block:
            prefix = 0
            while prefix < len(block) and position + prefix < len(stream) and stream[position + prefix] == block[prefix]:
                prefix += 1
            if prefix == 0:
                raise AssertionError(f"step {number + 1}: expected {block[:1]!r}, got {stream[position:position + 2]!r}")
            position += prefix  # a partial send before a replica died; the whole block follows
        position += len(block)
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        while following != block and stream[position : position + len(block)] == block:
            position += len(block)  # the same replies sent again on redelivery
    assert position == len(stream), f"unexpected replies after the script: {stream[position:][:3]!r}"
