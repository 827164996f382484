"""`iki eval hardening`: bad inputs, faults and attacks replayed against the real parts (issue 17: nothing leaks,
nothing crashes, nothing is overwritten).

A case is one row of CASES: a name, what is done, what must be true, and the function that does it in a scratch
folder and returns None when it holds, else what was seen instead (or raises Unmet). The runner starts each case in
a process of its own (`python -m evals.hardening_evals NAME DIR`) and prints per case whether it held, its peak RSS
and the tracebacks in everything it printed or logged; the total of tracebacks must be 0. Adding a case is one entry.
"""

import asyncio
import contextlib
import hashlib
import io
import json
import logging
import os
import resource
import selectors
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from evals.fake_telegram import SECRET_HEADER, TOKEN, FakeTelegram
from evals.servers import free_port

ROOT = Path(__file__).resolve().parent.parent
TRACEBACK = "Traceback (most recent call last)"
RESULT = "HARDENING-RESULT "  # the last line a case process prints: its outcome as JSON
CASE_TIMEOUT_S = 150.0

OWNER = 4242  # a registered user with a saved draft
GROUP, BASIC_GROUP, CHANNEL = -1001234567890, -4242, -1009876543210
DRAFT = "Persentase RAHASIA-DRAF-4242 yang ditindaklanjuti"
WEBHOOK_SECRET = "rahasia-webhook_123"


@dataclass(frozen=True)
class Case:
    name: str
    does: str  # what is done
    must: str  # what must be true
    run: Callable[[Path], str | None]  # scratch folder → None when it holds, else what was seen instead


class Unmet(Exception):
    """What a case saw instead of what must be true (no traceback: the case ran, the product failed it)."""


def unmet(*checks: tuple[bool, str]) -> str | None:
    """The first check that does not hold, as (holds, what was seen instead) pairs."""
    return next((seen for holds, seen in checks if not holds), None)


# What cases share -------------------------------------------------------------------------------------------
def iki(scratch: Path, *args: str, env: dict[str, str] | None = None, stdin: str = "") -> tuple[int, str]:
    """`iki ARGS` in this (the case's own) process, with IKI_DATA_DIR in scratch: (exit code, stdout and stderr)."""
    from bot import cli
    from bot.settings import get_settings

    saved = dict(os.environ)
    os.environ.update({"IKI_DATA_DIR": str(scratch / "data"), **(env or {})})
    get_settings.cache_clear()
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed), \
                _replaced(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8")):
            code = cli.main(list(args))
    finally:
        os.environ.clear()
        os.environ.update(saved)
        get_settings.cache_clear()
        sys.stderr.write(printed.getvalue())  # the runner looks for tracebacks in all a case printed
    return code, printed.getvalue()


@contextlib.contextmanager
def _replaced(owner: object, name: str, value: object) -> Iterator[None]:
    old = getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, old)


@contextlib.contextmanager
def captured_logs() -> Iterator[list[logging.LogRecord]]:
    """Every log record while the block runs (the case's stderr still gets them, for the traceback count)."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler, root = Keep(logging.INFO), logging.getLogger()
    root.addHandler(handler)
    try:
        yield records
    finally:
        root.removeHandler(handler)


def draft_state() -> str:
    from bot.conversation.state import UserState
    from bot.models import IkiDraft, SkpDraft

    return UserState(skp=SkpDraft(iki=[IkiDraft(indikator=DRAFT, target="90%")])).model_dump_json()


def telegram(scratch: Path, act: Callable[[FakeTelegram], object], until: Callable[[FakeTelegram], object],
             **settings: str) -> FakeTelegram:
    """The real Application (long polling) over a SQLite store in scratch where OWNER has a saved draft, against the
    fake Bot API: act(fake) sends updates; returns once until(fake) holds and nothing more went out for a while."""
    from bot.conversation import Engine
    from bot.settings import Settings
    from bot.storage.sqlite import SqliteStore
    from bot.telegram.app import build_application

    store = SqliteStore(scratch / "state.sqlite3")
    store.save(str(OWNER), draft_state())
    with FakeTelegram() as fake:
        app = build_application(Settings(telegram_token=TOKEN, telegram_base_url=fake.base_url, **settings),
                                Engine(store), store)
        asyncio.run(_polled(fake, app, act, until))
    store.close()
    return fake


async def _polled(fake: FakeTelegram, app, act, until) -> None:
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        await asyncio.to_thread(act, fake)  # an act may wait for the bot's answers before it goes on
        try:
            await asyncio.to_thread(fake.wait_for, lambda _: until(fake), 30)
        except TimeoutError:
            raise Unmet(f"the bot did not get there in 30 s; calls: {[m for m, _ in fake.calls][-12:]}") from None
        count = -1
        while count != len(fake.calls):  # whatever else would go out, goes out now
            count = len(fake.calls)
            await asyncio.sleep(0.5)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


def everything_sent(fake: FakeTelegram) -> str:
    """Every text, caption and file the bot sent or tried to send, anywhere, as one string to search."""
    return json.dumps([p for _, p in fake.calls + fake.refused], default=lambda b: b.decode("latin-1"), ensure_ascii=False)


def http(url: str, body: bytes | None = None, headers: dict | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


# The bot answers in groups -----------------------------------------------------------------------------------
def _group_command(command: str, chat_id: int, chat_type: str) -> Callable[[Path], str | None]:
    def run(scratch: Path) -> str | None:
        fake = telegram(scratch, lambda f: (f.send_text(OWNER, command, chat_id=chat_id, chat_type=chat_type),
                                            f.send_text(OWNER, "/bantuan")),
                        lambda f: f.sent("leaveChat") and f.received(OWNER), allowed_users=str(OWNER))
        said = fake.received(chat_id)
        return unmet((DRAFT not in everything_sent(fake), "the draft went out"),
                     (not fake.sent("sendDocument"), "a file went out"),
                     (len(said) <= 1, f"{len(said)} messages in the group"),
                     (all("chat pribadi" in text for text in said), f"the group read: {said}"),
                     (fake.sent("leaveChat", chat_id), "the bot stayed in the group"))
    return run


def added_to_group(scratch: Path) -> str | None:
    fake = telegram(scratch, lambda f: f.add_to_chat(GROUP, "supergroup", by_user=OWNER),
                    lambda f: f.sent("leaveChat", GROUP))
    said = fake.received(GROUP)
    return unmet((len(said) <= 1 and all("chat pribadi" in t for t in said), f"the group read: {said}"))


def channel_post(scratch: Path) -> str | None:
    fake = telegram(scratch, lambda f: f.post_in_channel(CHANNEL, "/skp"), lambda f: f.sent("leaveChat", CHANNEL))
    return unmet((not fake.sent(chat_id=CHANNEL) and not fake.refused, "the bot posted in the channel"))


def not_the_chat_owner(scratch: Path) -> str | None:
    """Another user's id in OWNER's private chat (not an update Telegram sends; a forged or replayed one)."""
    forged = {"message_id": 1, "date": int(time.time()), "text": "/hapus", "from": {"id": 999, "is_bot": False,
              "first_name": "x"}, "chat": {"id": OWNER, "type": "private"},
              "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}

    def act(fake: FakeTelegram) -> None:
        fake.push({"message": forged})
        fake.push({"callback_query": {"id": "9", "chat_instance": "c", "data": "confirm:hapus", "from": forged["from"],
                                      "message": forged}})
        fake.send_text(OWNER, "/skp")

    fake = telegram(scratch, act, lambda f: any(DRAFT in t for t in f.received(OWNER)))
    return unmet((not any("Hapus" in t or "dihapus" in t for t in fake.received(OWNER)), "the forged /hapus was answered"),
                 (not fake.received(999), "the forger got an answer"))


# Settings that let everyone in, or print a secret ------------------------------------------------------------
def _refuses_allowed_users(value: str) -> Callable[[Path], str | None]:
    def run(scratch: Path) -> str | None:
        code, said = iki(scratch, "telegram", env={"IKI_ALLOWED_USERS": value, "IKI_TELEGRAM_TOKEN": TOKEN,
                                                   "IKI_TELEGRAM_BASE_URL": f"http://127.0.0.1:{free_port()}/bot"})
        return unmet((code == 2, f"exit {code}: the bot started"), ("IKI_ALLOWED_USERS" in said, f"said: {said[:200]}"))
    return run


def _secret_not_echoed(name: str, value: str, secret: str) -> Callable[[Path], str | None]:
    def run(scratch: Path) -> str | None:
        code, said = iki(scratch, "check", "-", env={name: value}, stdin='{"indikator": "Jumlah rapat"}\n')
        return unmet((code == 2 and name in said, f"exit {code}, said: {said[:200]}"),
                     (secret not in said, f"the secret was printed: {said[:200]}"))
    return run


def secrets_in_logs(scratch: Path) -> str | None:
    """A library's exception quoting the token (python-telegram-bot's InvalidToken does), a URL with its password
    and a stray token-shaped string, logged the way the service logs."""
    from telegram.error import InvalidToken

    from bot import logs
    from bot.settings import Settings, log_salt

    settings = Settings(data_dir=scratch / "data", telegram_token="5550001111:AAH-secret-token-value-0123456789abc",
                        telegram_webhook_secret="whsecret-abc", llm_api_key="sk-apikey-xyz",
                        database_url='postgresql://iki:Pw"with\\quote@db:5432/iki')
    token = settings.telegram_token.get_secret_value()
    printed = io.StringIO()
    with contextlib.redirect_stderr(printed):
        logs.configure("INFO", secrets=settings.secrets(), salt=log_salt(settings))
        log = logging.getLogger("asisten_iki.hardening")
        try:
            raise InvalidToken(f"The token `{token}` was rejected by the server.")
        except InvalidToken:
            log.error("update failed", exc_info=True, extra={"url": settings.database_url})
        logging.getLogger("telegram.ext.Updater").error(f"POST https://api.telegram.org/bot{token}/getUpdates failed "
                                                        "with key sk-apikey-xyz and secret whsecret-abc")
        log.warning("stray", extra={"text": "9990001111:AAHthisIsNotOurTokenButLooksLikeOne12345"})
    lines = printed.getvalue()
    leaked = [s for s in ("secret-token-value", "sk-apikey-xyz", "whsecret-abc", 'Pw"with', 'Pw\\"with',
                          "AAHthisIsNotOurToken") if s in lines]
    return unmet((lines.count("\n") == 3, f"{lines.count(chr(10))} log lines"), (not leaked, f"in the log: {leaked}"))


def unreachable_store_report(scratch: Path) -> str | None:
    code, said = iki(scratch, "telegram", env={"IKI_TELEGRAM_TOKEN": TOKEN,
                                              "IKI_DATABASE_URL": f"postgresql://iki:Db-Pass-42@127.0.0.1:{free_port()}/iki"})
    return unmet((code == 2 and "✗ penyimpanan" in said, f"exit {code}, said: {said[:300]}"),
                 ("Db-Pass-42" not in said, "the password was printed"))


def pseudonyms_salted(scratch: Path) -> str | None:
    from bot import logs
    from bot.settings import LOG_SALT_FILE, Settings, log_salt

    first = log_salt(Settings(data_dir=scratch / "data"))
    again = log_salt(Settings(data_dir=scratch / "data"))  # a restart: the kept salt
    logs.configure("INFO", salt=first)
    salted = logs.pseudonym(str(OWNER))
    unsalted = hashlib.sha256(str(OWNER).encode()).hexdigest()[:10]
    mode = (scratch / "data" / LOG_SALT_FILE).stat().st_mode & 0o777
    return unmet((salted != unsalted, "the pseudonym is the unsalted hash"), (first == again, "the salt changed"),
                 (mode == 0o600, f"the salt file has mode {oct(mode)}"))


# The webhook server ------------------------------------------------------------------------------------------
SLOW_CONNECTIONS = 100


def slow_connections(scratch: Path) -> str | None:
    """Half send their headers a byte a second, half a body shorter than its Content-Length; none sends a secret."""
    from bot.telegram.webhook import BODY_TIMEOUT_S, HEADER_TIMEOUT_S, Health, start_server

    port = free_port()
    limit = max(HEADER_TIMEOUT_S, BODY_TIMEOUT_S) + 5

    async def serve() -> tuple[int, float, int]:
        server = start_server("127.0.0.1", port, "telegram", WEBHOOK_SECRET, _never, Health())
        try:
            return await asyncio.to_thread(attack_slowly, port, limit)
        finally:
            server.stop()

    still_open, last_closed, alive = asyncio.run(serve())
    return unmet((still_open == 0, f"{still_open} of {SLOW_CONNECTIONS} connections still open after {limit:g} s"),
                 (alive == 200, f"/livez answered {alive} during the attack"),
                 (last_closed <= limit, f"the last one closed after {last_closed:.1f} s"))


async def _never(data: dict) -> int:
    raise AssertionError("no update may get through")


def attack_slowly(port: int, limit: float) -> tuple[int, float, int]:
    """(connections the server has not closed by `limit`, seconds until the last was closed, /livez status meanwhile)."""
    watch, started, trickling = selectors.DefaultSelector(), time.monotonic(), []
    for i in range(SLOW_CONNECTIONS):
        conn = socket.create_connection(("127.0.0.1", port))
        if i % 2:
            conn.sendall(b"POST /telegram HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n" + b"{" * 10)
        else:
            conn.sendall(b"POST /telegram HTTP/1.1\r\n")
            trickling.append(conn)
        watch.register(conn, selectors.EVENT_READ)
    alive, open_count, last = 0, SLOW_CONNECTIONS, 0.0
    while open_count and time.monotonic() - started < limit:
        if not alive and time.monotonic() - started > 1:
            alive = http(f"http://127.0.0.1:{port}/livez")[0]
        for key, _ in watch.select(timeout=1.0):
            try:
                closed = key.fileobj.recv(4096) == b""
            except ConnectionError:
                closed = True
            if closed:
                watch.unregister(key.fileobj)
                key.fileobj.close()
                open_count, last = open_count - 1, time.monotonic() - started
        for conn in trickling:
            with contextlib.suppress(OSError):
                conn.send(b"X")  # one more byte of a header that never ends
    for key in list(watch.get_map().values()):
        key.fileobj.close()
    return open_count, last, alive


def huge_update_id(scratch: Path) -> str | None:
    """update_id 2**63 (one past what the store keeps), by webhook POST and by long polling."""
    from bot.telegram.webhook import Health, start_server

    port, health = free_port(), Health()
    update = {"update_id": 2**63, "message": {"message_id": 5, "date": int(time.time()), "text": "/skp",
                                              "from": {"id": OWNER, "is_bot": False, "first_name": "x"},
                                              "chat": {"id": OWNER, "type": "private"}}}

    async def post() -> int:
        server = start_server("127.0.0.1", port, "telegram", WEBHOOK_SECRET, _never, health)
        health.set_ready({})
        try:
            return (await asyncio.to_thread(http, f"http://127.0.0.1:{port}/telegram", json.dumps(update).encode(),
                                            {"Content-Type": "application/json", SECRET_HEADER: WEBHOOK_SECRET}))[0]
        finally:
            server.stop()

    status = asyncio.run(post())

    def act(fake: FakeTelegram) -> None:
        fake.send_text(OWNER, "/bantuan")
        fake.wait_for(lambda _: fake.received(OWNER))
        fake.push(update)  # after the others: long polling asks for ids above it from then on

    with captured_logs() as records:
        fake = telegram(scratch, act, lambda f: f.received(OWNER))
    failed = [r.getMessage() for r in records if r.exc_info or r.levelno >= logging.ERROR]
    return unmet((status == 400, f"the webhook answered {status}"), (not failed, f"logged: {failed}"),
                 (len(fake.received(OWNER)) == 1, f"answered: {fake.received(OWNER)[1:]}"))


def readiness_with_a_stuck_store(scratch: Path) -> str | None:
    """Another connection holds the SQLite write lock (a stuck writer, a copy tool): the store cannot apply a turn."""
    from bot.storage.sqlite import SqliteStore
    from bot.telegram.webhook import STORE_CHECK_EVERY_S, STORE_CHECK_TIMEOUT_S, Health, start_server

    path, port, health = scratch / "state.sqlite3", free_port(), Health()
    store = SqliteStore(path)

    async def probe() -> dict[str, tuple[int, str]]:
        server = start_server("127.0.0.1", port, "telegram", WEBHOOK_SECRET, _never, health)
        health.set_ready({"penyimpanan": 0.1}, store_ping=store.ping)
        get = lambda what: asyncio.to_thread(http, f"http://127.0.0.1:{port}/{what}")  # noqa: E731
        seen = {"up": await get("readyz")}
        blocker = sqlite3.connect(path, timeout=0, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        await asyncio.sleep(STORE_CHECK_EVERY_S)
        seen |= {"down": await get("readyz"), "healthz": await get("healthz"), "livez": await get("livez")}
        blocker.execute("ROLLBACK")
        blocker.close()
        await asyncio.sleep(STORE_CHECK_EVERY_S + STORE_CHECK_TIMEOUT_S)
        seen["back"] = await get("readyz")
        server.stop()
        return seen

    seen = asyncio.run(probe())
    store.close()
    return unmet((seen["up"][0] == 200, f"ready before: {seen['up']}"),
                 (seen["down"][0] == 503 and "penyimpanan" in seen["down"][1], f"/readyz with the store stuck: {seen['down']}"),
                 (seen["healthz"][0] == 503, f"/healthz with the store stuck: {seen['healthz']}"),
                 (seen["livez"][0] == 200, f"/livez with the store stuck: {seen['livez']}"),
                 (seen["back"][0] == 200, f"/readyz once the store answers again: {seen['back']}"))


# A damaged state.sqlite3 -------------------------------------------------------------------------------------
def fill_store(path: Path) -> None:
    """A state file with users' drafts in it (enough pages that damage in the middle hits data)."""
    from bot.storage.sqlite import SqliteStore

    store = SqliteStore(path)
    for user in range(200):
        store.save(str(user), draft_state())
    store.close()


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


def header_wiped(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def page_overwritten(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 4] = os.urandom(4096)
    path.write_bytes(bytes(data))


def _damaged(damage: Callable[[Path], None]) -> Callable[[Path], str | None]:
    def run(scratch: Path) -> str | None:
        path = scratch / "data" / "state.sqlite3"
        fill_store(path)
        damage(path)
        before = path.read_bytes()
        code, chat = iki(scratch, "chat", stdin="/skp\n")
        started, said = iki(scratch, "telegram", env={"IKI_TELEGRAM_TOKEN": TOKEN})
        return unmet((code == 2 and "rusak" in chat and "--move-aside" in chat, f"iki chat: exit {code}: {chat[:300]}"),
                     (started == 2 and "✗ penyimpanan" in said and "rusak" in said, f"iki telegram: exit {started}: {said[:300]}"),
                     ("PostgreSQL" not in chat + said, "a SQLite user was told to check PostgreSQL"),
                     ("--restore-backup" in chat, "the daily backup was not offered"),
                     (path.read_bytes() == before, "the damaged file was changed"))
    return run


def restore_the_backup(scratch: Path) -> str | None:
    from bot.storage.sqlite import write_backup

    path = scratch / "data" / "state.sqlite3"
    fill_store(path)
    write_backup(path)  # the daily backup, as the store makes it
    healthy, said = iki(scratch, "doctor", "--restore-backup")
    if healthy != 2 or "tidak rusak" not in said:
        return f"a healthy file was replaced: exit {healthy}: {said[:200]}"
    truncated(path)
    damaged = path.read_bytes()
    code, said = iki(scratch, "doctor", "--restore-backup")
    aside = list(path.parent.glob("state.sqlite3.rusak-*"))
    return unmet((code == 0, f"exit {code}: {said[:300]}"),
                 (len(aside) == 1 and aside[0].read_bytes() == damaged, "the damaged file was not kept aside as it was"),
                 (_drafts(path) == 200, f"{_drafts(path)} of 200 drafts restored"))


def _drafts(path: Path) -> int:
    from bot.storage.sqlite import SqliteStore

    store = SqliteStore(path)
    try:
        return sum(DRAFT in (store.load(str(user)) or "") for user in range(200))
    finally:
        store.close()


# The table ---------------------------------------------------------------------------------------------------
CASES: list[Case] = [
    Case("grup-skp", "/skp in a supergroup, by a registered user with a saved draft",
         "the draft goes nowhere; the group reads at most one line (use a private chat); the bot leaves",
         _group_command("/skp", GROUP, "supergroup")),
    Case("grup-ekspor", "/ekspor in a basic group, by a registered user with a saved draft",
         "no file goes out; at most one line; the bot leaves", _group_command("/ekspor", BASIC_GROUP, "group")),
    Case("grup-ditambahkan", "the bot is added to a supergroup", "at most one line, then the bot leaves",
         added_to_group),
    Case("kanal", "a /skp post in a channel the bot was added to", "nothing is posted there; the bot leaves",
         channel_post),
    Case("bukan-pemilik-chat", "/hapus and its confirm button with from.id ≠ chat.id in a private chat",
         "neither is answered or applied; the owner's draft stays", not_the_chat_owner),
    Case("izin-koma-saja", "iki telegram with IKI_ALLOWED_USERS=\" , \"",
         "refuses to start (exit 2) naming IKI_ALLOWED_USERS", _refuses_allowed_users(" , ")),
    Case("izin-angka-lebar", "iki telegram with IKI_ALLOWED_USERS=«４２４２» (full-width digits)",
         "refuses to start (exit 2) naming IKI_ALLOWED_USERS", _refuses_allowed_users("４２４２")),
    Case("rahasia-webhook-secret", "an invalid IKI_TELEGRAM_WEBHOOK_SECRET (a space, + and =)",
         "the error names the variable, never its value",
         _secret_not_echoed("IKI_TELEGRAM_WEBHOOK_SECRET", "has space!+=abc", "has space!+=abc")),
    Case("rahasia-url-basis-data", "IKI_DATABASE_URL with a wrong scheme and a password",
         "the error names the variable, never the password",
         _secret_not_echoed("IKI_DATABASE_URL", "mysql://iki:Sup3r-Secret@db/iki", "Sup3r-Secret")),
    Case("rahasia-log", "the token, passwords and keys in exceptions and library messages, logged by the service",
         "no log line shows any of them", secrets_in_logs),
    Case("rahasia-penyimpanan-tak-terjangkau", "iki telegram with an unreachable PostgreSQL URL holding a password",
         "refuses to start with ✗ penyimpanan, without the password", unreachable_store_report),
    Case("pseudonim-bergaram", "a user id's log pseudonym, twice (a restart between)",
         "not the unsalted SHA-256; the same across restarts; the salt file readable by its owner only",
         pseudonyms_salted),
    Case("webhook-koneksi-lambat", f"{SLOW_CONNECTIONS} connections to the webhook send headers or a body slowly",
         "the server closes every one within its timeouts and keeps answering", slow_connections),
    Case("update-id-2^63", "an update with update_id 2**63, by webhook POST and by long polling",
         "400 from the webhook; refused in polling with no traceback and no reply", huge_update_id),
    Case("readyz-penyimpanan-macet", "another connection holds the SQLite write lock while /readyz is asked",
         "/readyz and /healthz 503 naming the store, /livez 200, ready again once the lock is gone",
         readiness_with_a_stuck_store),
    Case("sqlite-rusak-acak", "state.sqlite3 overwritten with random bytes; iki chat, then iki telegram",
         "both say the file is damaged and offer --move-aside / --restore-backup; no traceback; the file untouched",
         _damaged(garbage)),
    Case("sqlite-rusak-terpotong", "state.sqlite3 cut to a third; iki chat, then iki telegram",
         "as above", _damaged(truncated)),
    Case("sqlite-rusak-header", "state.sqlite3's first 100 bytes zeroed; iki chat, then iki telegram",
         "as above", _damaged(header_wiped)),
    Case("sqlite-rusak-halaman", "one page inside state.sqlite3 overwritten; iki chat, then iki telegram",
         "as above", _damaged(page_overwritten)),
    Case("sqlite-pulihkan-salinan", "iki doctor --restore-backup on a healthy file, then on a damaged one",
         "a healthy file is never replaced; a damaged one is kept aside byte for byte and the backup's drafts return",
         restore_the_backup),
]


# The runner --------------------------------------------------------------------------------------------------
@dataclass
class Outcome:
    failure: str | None
    rss_mb: float | None
    tracebacks: int
    seconds: float


def run_case(case: Case) -> Outcome:
    with tempfile.TemporaryDirectory(prefix="iki-hardening-") as scratch:
        return run_process([sys.executable, "-m", "evals.hardening_evals", case.name, scratch])


def run_process(command: list[str]) -> Outcome:
    """One case process: its outcome from its last line, and the tracebacks in all it printed."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("IKI_")}  # the operator's settings stay out
    started = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True,
                              timeout=CASE_TIMEOUT_S)
        printed, code = done.stdout + done.stderr, done.returncode
    except subprocess.TimeoutExpired as exc:
        printed, code = (exc.stdout or b"").decode() + (exc.stderr or b"").decode(), None
    seconds = time.perf_counter() - started
    tracebacks = printed.count(TRACEBACK)
    result = next((line[len(RESULT):] for line in reversed(printed.splitlines()) if line.startswith(RESULT)), None)
    if result is None:
        why = f"timed out after {CASE_TIMEOUT_S:g} s" if code is None else f"the case process ended with {code}"
        return Outcome(f"{why}: {printed.strip()[-300:]}", None, tracebacks, seconds)
    outcome = json.loads(result)
    return Outcome(outcome["failure"], outcome["rss_mb"], tracebacks, seconds)


def eval_hardening() -> dict:
    print("Uji ketahanan (issue 17): masukan buruk, gangguan dan serangan terhadap bagian yang sebenarnya; tiap kasus "
          "di prosesnya sendiri (yang dilakukan dan yang harus benar: CASES di evals/hardening_evals.py).")
    print(f"{'kasus':<36} {'hasil':>6} {'RSS puncak':>11} {'traceback':>10} {'detik':>7}")
    outcomes = {}
    for case in CASES:
        outcome = outcomes[case.name] = run_case(case)
        rss = f"{outcome.rss_mb:.0f} MB" if outcome.rss_mb is not None else "?"
        print(f"{case.name:<36} {'lulus' if outcome.failure is None else 'GAGAL':>6} {rss:>11} {outcome.tracebacks:>10} "
              f"{outcome.seconds:>7.1f}", flush=True)
        if outcome.failure is not None:
            print(f"    dilakukan: {case.does}\n    harus: {case.must}\n    terlihat: {outcome.failure}")
    failures = sum(o.failure is not None for o in outcomes.values())
    tracebacks = sum(o.tracebacks for o in outcomes.values())
    peak = max((o.rss_mb for o in outcomes.values() if o.rss_mb is not None), default=0.0)
    print(f"kasus dicoba {len(CASES)} · gagal {failures} (target 0) · traceback terlihat {tracebacks} (target 0) · "
          f"RSS puncak terbesar {peak:.0f} MB")
    return {"cases": len(CASES), "failures": failures, "tracebacks": tracebacks,
            "peak_rss_mb": {name: o.rss_mb for name, o in outcomes.items()}}


def _run_one(name: str, scratch: str) -> int:
    """In the case's own process: run it, print its outcome as the last line."""
    from bot import logs

    logs.configure("INFO")  # its logs go to stderr, where the runner looks for tracebacks
    case = next(c for c in CASES if c.name == name)
    try:
        failure = case.run(Path(scratch))
    except Unmet as exc:
        failure = str(exc)
    except Exception:  # noqa: BLE001 (a crash is a finding: printed, counted, and the case failed)
        traceback.print_exc()
        failure = "the case raised (traceback above)"
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    print(RESULT + json.dumps({"failure": failure, "rss_mb": round(rss_mb, 1)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_run_one(sys.argv[1], sys.argv[2]))
