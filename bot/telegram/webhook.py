"""The web side of webhook mode (tornado, which python-telegram-bot's webhook extra already brings):
POST /<path> for Telegram, checked against the secret token; GET /healthz; GET /metrics (Prometheus text).

Unlike python-telegram-bot's own webhook server, an update is answered only after its turn and replies are
done: Telegram sends a chat's next update after the previous one is answered, so one user's messages are
handled in order even across replicas, and an update whose replica dies is delivered again.
"""

import hmac
import json
import logging
from collections.abc import Awaitable, Callable

import tornado.web
from tornado.httpserver import HTTPServer

from bot import metrics

log = logging.getLogger("asisten_iki.webhook")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024  # updates are a few KB; refuse anything far larger before reading it

Process = Callable[[dict], Awaitable[int]]  # update JSON → HTTP status


class Health:
    """What /healthz reports: not ready while warming up, then ready with the seconds each part took."""

    def __init__(self) -> None:
        self.ready = False
        self.detail: dict = {"status": "not ready", "step": "memuat"}

    def set_ready(self, seconds: dict[str, float]) -> None:
        self.ready, self.detail = True, {"status": "ready", "seconds": seconds}

    def set_step(self, step: str) -> None:
        if not self.ready:
            self.detail = {"status": "not ready", "step": step}


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
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("no update_id")
        except ValueError:
            self.set_status(400)
            self.finish("bad update")
            return
        self.set_status(await self.process(data))
        self.finish()


class _Healthz(tornado.web.RequestHandler):
    def initialize(self, health: Health) -> None:
        self.health = health

    def get(self) -> None:
        self.set_status(200 if self.health.ready else 503)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(self.health.detail))


class _Metrics(tornado.web.RequestHandler):
    def get(self) -> None:
        body, content_type = metrics.exposition()
        self.set_header("Content-Type", content_type)
        self.finish(body)


def start_server(listen: str, port: int, path: str, secret: str, process: Process, health: Health) -> HTTPServer:
    """Listen on the running asyncio loop; /healthz answers at once, the webhook once health says ready."""
    app = tornado.web.Application([
        (f"/{path.strip('/')}", _Webhook, {"secret": secret, "process": process, "health": health}),
        (r"/healthz", _Healthz, {"health": health}),
        (r"/metrics", _Metrics),
    ])
    server = HTTPServer(app, max_body_size=MAX_BODY, xheaders=True)
    server.listen(port, address=listen)
    return server
