"""Webhook mode end to end: the fake Bot API delivers updates by POST with the secret token, as Telegram does,
to the real python-telegram-bot Application behind our web server; replies come back through the fake."""

import asyncio
import inspect
import json
import re
import urllib.error
import urllib.request

import pytest

from bot.conversation import Engine
from bot.settings import Settings
from bot.storage import Store, open_store
from bot.telegram.app import WebhookUpdates, build_application
from bot.telegram.webhook import (
    BODY_TIMEOUT_S,
    HEADER_TIMEOUT_S,
    SECRET_HEADER,
    STORE_CHECK_EVERY_S,
    Health,
    start_server,
)
from evals.fake_telegram import TOKEN, FakeTelegram
from evals.hardening_evals import attack_slowly
from evals.scripted_users import check_order, drive, oracle, prima_script
from evals.servers import free_port

SECRET = "rahasia-webhook_123"
USER = 4242
pytestmark = pytest.mark.slow  # a real web server and the Bot API's deliveries over loopback


class WebhookBot:
    """Our webhook server on the test's event loop, fed by the fake's delivery threads."""

    def __init__(self, fake: FakeTelegram, engine: Engine, store: Store):
        self.fake, self.engine, self.port, self.health = fake, engine, free_port(), Health()
        self.app = build_application(Settings(telegram_token=TOKEN, telegram_base_url=fake.base_url), engine, store,
                                     webhook=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> "WebhookBot":
        await self.app.initialize()
        await self.app.start()
        self.server = start_server("127.0.0.1", self.port, "telegram", SECRET, WebhookUpdates(self.app), self.health)
        self.fake.deliver_to([f"{self.url}/telegram"], SECRET, connections=4)
        return self

    async def __aexit__(self, *exc) -> None:
        self.server.stop()
        await self.app.stop()
        await self.app.shutdown()


def http(url: str, body: dict | None = None, secret: str | None = None) -> tuple[int, str]:
    headers = {"Content-Type": "application/json"} | ({SECRET_HEADER: secret} if secret is not None else {})
    request = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


@pytest.fixture
def engine(store, shared_retriever):
    return Engine(store, retriever=lambda: shared_retriever)


async def test_replies_come_back_through_the_webhook_in_order(engine, store):
    scripts = {USER: prima_script(USER, 2), USER + 1: prima_script(USER + 1, 1)}
    with FakeTelegram() as fake:
        async with WebhookBot(fake, engine, store) as bot:
            status, body = await asyncio.to_thread(http, f"{bot.url}/healthz")
            assert status == 503 and json.loads(body)["status"] == "not ready"
            assert (await asyncio.to_thread(http, f"{bot.url}/telegram", {"update_id": 1}, SECRET))[0] == 503
            bot.health.set_ready({"indeks": 0.1})
            assert (await asyncio.to_thread(http, f"{bot.url}/healthz"))[0] == 200
            before = prima_turns((await asyncio.to_thread(http, f"{bot.url}/metrics"))[1])
            await asyncio.to_thread(drive, fake, scripts, 120)
            metrics = (await asyncio.to_thread(http, f"{bot.url}/metrics"))[1]
    blocks, states = oracle(scripts)
    for user in scripts:
        check_order(fake.received(user), blocks[user])
        assert engine.state(str(user)).skp == states[user].skp
    assert prima_turns(metrics) == before + 2 and 'iki_turn_seconds_bucket{command="tombol"' in metrics


def prima_turns(metrics: str) -> float:
    """The /prima turns counted so far (counters live for the whole test process)."""
    found = re.search(r'^iki_turns_total\{command="/prima"\} (\S+)$', metrics, re.MULTILINE)
    return float(found.group(1)) if found else 0.0


async def test_a_forged_update_is_refused_and_changes_nothing(engine, store):
    with FakeTelegram() as fake:
        async with WebhookBot(fake, engine, store) as bot:
            bot.health.set_ready({})
            await asyncio.to_thread(drive, fake, {USER: [("text", "/prima")]}, 60)
            before = engine.state(str(USER))
            forged = {"update_id": 999, "message": {"message_id": 1, "date": 0, "text": "/hapus",
                                                    "from": {"id": USER, "is_bot": False, "first_name": "x"},
                                                    "chat": {"id": USER, "type": "private"},
                                                    "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}}
            for secret in (None, "", "tebakan", SECRET + "x"):
                status, _ = await asyncio.to_thread(http, f"{bot.url}/telegram", forged, secret)
                assert status == 403
            press = {"update_id": 1000, "callback_query": {"id": "1", "chat_instance": "c", "data": "confirm:hapus",
                                                           "from": forged["message"]["from"], "message": forged["message"]}}
            assert (await asyncio.to_thread(http, f"{bot.url}/telegram", press, "salah"))[0] == 403
            await asyncio.sleep(0.3)
    assert engine.state(str(USER)) == before and before.prima is not None
    assert store.outcome(999) is None and not any("Hapus" in t for t in fake.received(USER))


async def test_a_redelivered_update_is_not_applied_twice(engine, store):
    with FakeTelegram() as fake:
        async with WebhookBot(fake, engine, store) as bot:
            bot.health.set_ready({})
            await asyncio.to_thread(drive, fake, {USER: prima_script(USER, 1)[:6]}, 60)
            drafted = engine.state(str(USER))
            last = max(fake.deliveries)
            fake.redeliver(last)  # Telegram did not see our answer in time and sends the update again
            await asyncio.to_thread(fake.wait_for, lambda _: fake.deliveries[last].done, 60)
    assert engine.state(str(USER)) == drafted
    assert sum("IKI diterima" in t for t in fake.received(USER)) == 1


async def test_replies_that_could_not_be_sent_are_sent_when_telegram_delivers_again(engine, store):
    with FakeTelegram() as fake:
        async with WebhookBot(fake, engine, store) as bot:
            bot.health.set_ready({})
            fake.failures = {"sendMessage": 4}  # every retry of the first reply fails: the answer is 500
            update_id = fake.send_text(USER, "/cek Jumlah rapat koordinasi imunisasi")
            await asyncio.to_thread(fake.wait_for, lambda _: fake.deliveries[update_id].done, 90)
    attempts = [status for _, status in fake.deliveries[update_id].attempts]
    assert attempts[0] == "500" and attempts[-1] == "200"
    texts = fake.received(USER)
    assert sum("berbasis kegiatan" in t for t in texts) == 1 and any("Usulan IKI" in t for t in texts)
    assert store.outcome(update_id).sent


async def test_slow_connections_are_closed_and_the_server_keeps_answering():
    """350 half-sent requests stayed open for good (tornado's default waits an hour); no secret was needed."""
    port, health = free_port(), Health()
    server = start_server("127.0.0.1", port, "telegram", SECRET, WebhookUpdates(None), health,
                          header_timeout_s=1.0, body_timeout_s=1.0)
    try:
        still_open, last_closed, alive = await asyncio.to_thread(attack_slowly, port, 5.0)
    finally:
        server.stop()
    assert still_open == 0 and 0.8 < last_closed < 3.5 and alive == 200


def test_the_server_uses_short_timeouts_by_default():
    assert HEADER_TIMEOUT_S <= 30 and BODY_TIMEOUT_S <= 30
    assert inspect.signature(start_server).parameters["header_timeout_s"].default == HEADER_TIMEOUT_S


async def test_an_update_id_past_what_the_store_keeps_is_a_bad_request():
    port, health = free_port(), Health()
    server = start_server("127.0.0.1", port, "telegram", SECRET, WebhookUpdates(None), health)
    health.set_ready({})
    try:
        for update_id in (2**63, -1, True, 1.5):
            status, _ = await asyncio.to_thread(http, f"http://127.0.0.1:{port}/telegram", {"update_id": update_id}, SECRET)
            assert status == 400, update_id
    finally:
        server.stop()


async def test_readiness_fails_while_the_database_is_down_and_liveness_does_not(tmp_path, postgres_server):
    store = open_store(Settings(data_dir=tmp_path, database_url=postgres_server.create_database()))
    port, health = free_port(), Health()
    server = start_server("127.0.0.1", port, "telegram", SECRET, WebhookUpdates(None), health)
    get = lambda path: asyncio.to_thread(http, f"http://127.0.0.1:{port}/{path}")  # noqa: E731
    try:
        assert (await get("readyz"))[0] == 503 and (await get("livez"))[0] == 200  # warming up
        health.set_ready({"penyimpanan": 0.1}, store_ping=store.ping)
        status, body = await get("readyz")
        assert status == 200 and json.loads(body)["checks"] == {"penyimpanan": "ok"}
        await asyncio.to_thread(postgres_server.stop)
        try:
            await asyncio.sleep(STORE_CHECK_EVERY_S)
            for path in ("readyz", "healthz"):
                status, body = await get(path)
                assert status == 503 and json.loads(body)["status"] == "not ready", body
                assert json.loads(body)["checks"]["penyimpanan"] != "ok"
            assert (await get("livez"))[0] == 200
        finally:
            await asyncio.to_thread(postgres_server.start)
        await asyncio.sleep(STORE_CHECK_EVERY_S)
        for _ in range(20):  # the pool reconnects by itself
            if (await get("readyz"))[0] == 200:
                break
            await asyncio.sleep(0.5)
        assert (await get("readyz"))[0] == 200
    finally:
        server.stop()
        store.close()
