"""Several replicas, faults included: two real `iki telegram --webhook` processes share one PostgreSQL and one
Chroma server behind the fake Bot API, which spreads every user's updates over both. One replica is killed with
SIGKILL mid-load; later PostgreSQL is stopped mid-load and started again."""

import signal
import threading

import pytest

from bot.conversation.state import UserState
from bot.storage.postgres import PostgresStore
from evals.fake_telegram import TOKEN, FakeTelegram
from evals.scripted_users import check_order, drive, oracle, prima_script
from evals.servers import Replica, wait_until

SECRET = "replika-rahasia"
# Real processes on purpose: replicas are separate processes, one killed with SIGKILL, sharing real servers.
pytestmark = pytest.mark.slow


@pytest.fixture
def replicas(tmp_path, postgres_server, chroma_server):
    database_url = postgres_server.create_database()
    with FakeTelegram() as fake:
        started = [Replica(name, tmp_path, fake.base_url, TOKEN, SECRET, database_url, chroma_server.url)
                   for name in ("a", "b")]
        try:
            # Both start at once on an empty Chroma server: one builds the index, the other waits for it.
            for replica in started:
                wait_until(replica.ready, 300, "replica", interval=0.5)
            fake.deliver_to([f"{r.url}/telegram" for r in started], SECRET, connections=8)
            yield fake, started, PostgresStore(database_url)
        finally:
            for replica in started:
                replica.stop()


def test_two_replicas_keep_order_and_lose_nothing_when_one_is_killed(replicas):
    fake, (first, _), store = replicas
    scripts = {user: prima_script(user, 3) for user in range(7000, 7016)}
    steps = sum(len(s) for s in scripts.values())

    def kill_first_replica_a_third_of_the_way(done: int) -> None:
        if done >= steps // 3 and first.process.poll() is None:
            first.process.send_signal(signal.SIGKILL)

    drive(fake, scripts, timeout=600, on_progress=kill_first_replica_a_third_of_the_way)
    assert first.process.wait(10) == -signal.SIGKILL
    served = {target for d in fake.deliveries.values() for target, status in d.attempts if status == "200"}
    assert len(served) == 2  # both replicas answered updates before the kill
    assert any(status != "200" for d in fake.deliveries.values() for _, status in d.attempts)  # redelivered
    blocks, states = oracle(scripts)
    for user in scripts:
        check_order(fake.received(user), blocks[user])
        assert UserState.model_validate_json(store.load(str(user))) == states[user], f"user {user}: draft differs from what they sent"


def test_a_database_restart_fails_turns_politely_then_recovers(replicas, postgres_server):
    fake, _, store = replicas
    scripts = {user: prima_script(user, 2) for user in range(8000, 8008)}
    outage = threading.Event()

    def stop_the_database_for_a_while(done: int) -> None:
        if done >= 24 and not outage.is_set():
            outage.set()
            postgres_server.stop()  # longer than the store's 5 s connection timeout: turns must fail, not hang
            threading.Timer(8.0, postgres_server.start).start()

    results = drive(fake, scripts, timeout=600, on_progress=stop_the_database_for_a_while)
    assert outage.is_set() and results.retries > 0  # users were told "coba lagi sebentar" and sent again
    blocks, states = oracle(scripts)
    for user in scripts:
        check_order(fake.received(user), blocks[user])
        assert UserState.model_validate_json(store.load(str(user))) == states[user]
