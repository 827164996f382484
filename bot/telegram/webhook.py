"""The web side of webhook mode (tornado, which python-telegram-bot's webhook extra already brings):
POST /<path> for Telegram, checked against the secret token; GET /readyz (also /healthz: warmed up and the store
answering, else 503), GET /livez (the process answers), GET /metrics (Prometheus text).

Unlike python-telegram-bot's own webhook server, an update is answered only after its turn and replies are
done: Telegram sends a chat's next update after the previous one is answered, so one user's messages are
handled in order even across replicas, and an update whose replica dies is delivered again.
"""

import asyncio
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable

import tornado.web
from tornado.httpserver import HTTPServer

from bot import metrics
from bot.logs import mask
from bot.storage import MAX_UPDATE_ID

log = logging.getLogger("asisten_iki.webhook")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024  # updates are a few KB; refuse anything far larger before reading it
# A request's headers, and then its body, must arrive within these: a client that sends a few bytes at a time would
# otherwise hold its connection forever (tornado's default is an hour). Telegram sends an update in one go; an
# idle kept-alive connection is closed after HEADER_TIMEOUT_S too, and Telegram simply opens a new one.
HEADER_TIMEOUT_S = 10.0
BODY_TIMEOUT_S = 10.0
# Readiness asks the store at most this often (a load balancer may ask every second), and waits this long for it.
STORE_CHECK_EVERY_S = 2.0
STORE_CHECK_TIMEOUT_S = 3.0

Process = Callable[[dict], Awaitable[int]]  # update JSON → HTTP status


class Health:
    """What readiness reports: not ready while warming up; then ready with the seconds each part took, as long as
    the store answers (a replica whose database is gone can apply no turn, so a load balancer should skip it)."""

    def __init__(self) -> None:
        self.ready = False
        self.detail: dict = {"status": "not ready", "step": "memuat"}
        self._store_ping: Callable[[], None] | None = None
        self._store_problem: str | None = None
        self._checked = self._asked = float("-inf")
        self._asking: asyncio.Future | None = None

    def set_ready(self, seconds: dict[str, float], store_ping: Callable[[], None] | None = None) -> None:
        """store_ping: a blocking call that raises when the store cannot be used (Store.ping)."""
        self.ready, self.detail, self._store_ping = True, {"status": "ready", "seconds": seconds}, store_ping

    def set_step(self, step: str) -> None:
        if not self.ready:
            self.detail = {"status": "not ready", "step": step}

    async def report(self) -> tuple[int, dict]:
        """(HTTP status, JSON body) for a readiness probe."""
        if not self.ready:
            return 503, self.detail
        problem = await self._store()
        if problem is not None:
            return 503, {"status": "not ready", "checks": {"penyimpanan": problem}}
        return 200, {**self.detail, "checks": {"penyimpanan": "ok"}}

    async def _store(self) -> str | None:
        """The store's last answer, asked again when older than STORE_CHECK_EVERY_S. One question at a time: probes
        meanwhile wait for the same one, and a store that hangs ties up one thread, not one per probe."""
        if self._store_ping is None:
            return None
        if self._asking is None and time.monotonic() - self._checked >= STORE_CHECK_EVERY_S:
            self._asked = time.monotonic()
            self._asking = asyncio.get_running_loop().run_in_executor(None, self._ask_store)
            self._asking.add_done_callback(lambda _: setattr(self, "_asking", None))
        if self._asking is not None:
            left = STORE_CHECK_TIMEOUT_S - (time.monotonic() - self._asked)
            try:
                await asyncio.wait_for(asyncio.shield(self._asking), max(left, 0.0))
            except asyncio.TimeoutError:
                return f"tidak menjawab dalam {STORE_CHECK_TIMEOUT_S:g} detik"
        return self._store_problem

    def _ask_store(self) -> None:
        try:
            self._store_ping()
            problem = None
        except Exception as exc:  # what the store says is reported, never raised at the prober
            problem = mask(str(exc) or type(exc).__name__)
        if problem != self._store_problem:
            (log.warning if problem else log.info)("store check", extra={"error": problem or "-"})
        self._store_problem, self._checked = problem, time.monotonic()


class _Webhook(tornado.web.RequestHandler):
    def initialize(self, secret: str, process: Process, health: Health) -> None:
        self.secret, self.process, self.health = secret, process, health

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            metrics.ERRORS.labels("forbidden").inc()
            log.warning("webhook refused: wrong or missing secret token", extra={"remote": self.request.remote_ip})
            self.set_status(403)
            self.finish("forbidden")
            return
        if not self.health.ready:
            self.set_status(503)  # Telegram tries again later; another replica may take it
            self.finish("not ready")
            return
        try:
            data = json.loads(self.request.body)
            if not isinstance(data, dict) or not _storable(data.get("update_id")):
                raise ValueError("no update_id the store can keep")
        except ValueError:
            self.set_status(400)
            self.finish("bad update")
            return
        self.set_status(await self.process(data))
        self.finish()


def _storable(update_id: object) -> bool:
    """A whole number in the range the store keeps (JSON true is no update id, nor is 2**63)."""
    return isinstance(update_id, int) and not isinstance(update_id, bool) and 0 <= update_id <= MAX_UPDATE_ID


class _Ready(tornado.web.RequestHandler):
    def initialize(self, health: Health) -> None:
        self.health = health

    async def get(self) -> None:
        status, body = await self.health.report()
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body, ensure_ascii=False))


class _Alive(tornado.web.RequestHandler):
    """Liveness: the process and its event loop answer. A down database is not a reason to restart a replica."""

    def get(self) -> None:
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"status": "alive"}))


class _Metrics(tornado.web.RequestHandler):
    def get(self) -> None:
        body, content_type = metrics.exposition()
        self.set_header("Content-Type", content_type)
        self.finish(body)


def start_server(listen: str, port: int, path: str, secret: str, process: Process, health: Health,
                 header_timeout_s: float = HEADER_TIMEOUT_S, body_timeout_s: float = BODY_TIMEOUT_S) -> HTTPServer:
    """Listen on the running asyncio loop; the probes answer at once, the webhook once health says ready."""
    app = tornado.web.Application([
        (f"/{path.strip('/')}", _Webhook, {"secret": secret, "process": process, "health": health}),
        (r"/(?:readyz|healthz)", _Ready, {"health": health}),
        (r"/livez", _Alive),
        (r"/metrics", _Metrics),
    ])
    server = HTTPServer(app, max_body_size=MAX_BODY, xheaders=True, idle_connection_timeout=header_timeout_s,
                        body_timeout=body_timeout_s)
    server.listen(port, address=listen)
    return server
