"""`iki telegram`: load and check everything first, log one "ready" line, then long polling or the webhook."""

import asyncio
import logging
import signal
import sys
import time

from telegram import Update

from bot import logs
from bot.conversation import Engine
from bot.service.warm_start import Ready, log_ready, print_report, warm_start
from bot.settings import Settings, SettingsError, log_salt
from bot.telegram.app import WebhookUpdates, build_application, check_token, require_token
from bot.telegram.sending import with_retry
from bot.telegram.webhook import Health, start_server

log = logging.getLogger("asisten_iki.telegram")

EXIT_OK, EXIT_NOT_READY = 0, 2
DRAIN_S = 30.0  # on shutdown, let updates in progress finish (and be answered) for at most this long


def run(settings: Settings, webhook: str | None = None, listen: str = "0.0.0.0", port: int = 8443,
        path: str = "telegram") -> int:
    logs.configure(settings.log_level, secrets=settings.secrets(), salt=log_salt(settings))
    require_token(settings)
    secret = settings.telegram_webhook_secret.get_secret_value() if settings.telegram_webhook_secret else ""
    if webhook and not secret:
        raise SettingsError("IKI_TELEGRAM_WEBHOOK_SECRET wajib diisi untuk --webhook: tanpa itu siapa pun yang tahu "
                            "URL-nya bisa mengirim pesan atas nama pengguna lain. Isi dengan 1–256 karakter huruf, "
                            "angka, _ atau -, misalnya IKI_TELEGRAM_WEBHOOK_SECRET=$(openssl rand -hex 32).")
    if not settings.allowed_user_ids:
        log.warning("IKI_ALLOWED_USERS kosong: semua orang boleh memakai bot ini")
    if webhook:
        return asyncio.run(_serve_webhook(settings, webhook, listen, port, path, secret))
    started = time.perf_counter()
    ready = warm_start(settings, stop_at_failure=True)
    if not ready.ok:
        return _not_ready(ready)
    asyncio.run(check_token(settings))
    application = build_application(settings, _engine(settings, ready), ready.store)
    log_ready(ready, started)
    application.run_polling()
    return EXIT_OK


def _engine(settings: Settings, ready: Ready) -> Engine:
    retriever = ready.retriever
    return Engine(ready.store, retriever=lambda: retriever, rate_limit=settings.rate_limit_per_minute,
                  assistant=ready.assistant)


def _not_ready(ready: Ready) -> int:
    print("iki: bot belum bisa dijalankan:", file=sys.stderr)
    print_report(ready, sys.stderr)
    return EXIT_NOT_READY


async def _serve_webhook(settings: Settings, url: str, listen: str, port: int, path: str, secret: str) -> int:
    started = time.perf_counter()
    health, updates = Health(), None

    async def process(data: dict) -> int:
        return await updates(data)  # only called once health says ready, when `updates` exists

    # Listen at once, so /healthz can say "not ready" while the model and index load.
    server = start_server(listen, port, path, secret, process, health)
    ready = await asyncio.get_running_loop().run_in_executor(None, warm_start, settings, True, True, True)
    if not ready.ok:
        server.stop()
        return _not_ready(ready)
    try:
        await check_token(settings)
    except SettingsError:
        server.stop()
        raise
    application = build_application(settings, _engine(settings, ready), ready.store, webhook=True)
    updates = WebhookUpdates(application)
    await application.initialize()
    await application.post_init(application)
    await application.start()
    await with_retry(lambda: application.bot.set_webhook(url, secret_token=secret, allowed_updates=Update.ALL_TYPES,
                                                         max_connections=40), "setWebhook")
    health.set_ready(ready.seconds(), store_ping=ready.store.ping)
    log_ready(ready, started)

    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("stopping: no new updates, finishing the ones in progress")
    health.ready, health.detail = False, {"status": "not ready", "step": "berhenti"}
    server.stop()
    deadline = time.monotonic() + DRAIN_S
    while updates.in_flight and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    await application.stop()
    await application.shutdown()
    ready.store.close()
    return EXIT_OK
