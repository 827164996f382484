"""Builds the python-telegram-bot Application: thin handlers over the engine, polling or webhook.

Every update goes through the turn runner (bot.conversation.turns): applied once (deduplicated by update_id in
the store), with the user's lock held until its replies are sent, so one user's answers arrive in order.
"""

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

from telegram import BotCommand, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import metrics
from bot.conversation import COMMANDS, Engine, Reply
from bot.conversation.engine import user_tag
from bot.conversation.turns import Turns, command_label
from bot.settings import Settings
from bot.storage import Store, StoreUnavailable
from bot.telegram.sending import optional, send_replies

log = logging.getLogger("asisten_iki.telegram")

REFUSAL = ("Maaf, Asisten IKI di sini hanya untuk pegawai yang terdaftar. "
           "Hubungi pengelola kinerja di unit Anda bila Anda seharusnya punya akses.")
APOLOGY = "Maaf, terjadi kesalahan di sisi kami. Draf Anda tetap tersimpan; coba lagi sebentar lagi."
# Threads that run turns (engine work, database, waiting for the user's lock and for sends). The engine is
# mostly CPU under the GIL, so more threads add no speed; they keep waiting turns from blocking others.
TURN_THREADS = 16


class MissingToken(Exception):
    pass


class UserOrder:
    """Within one process, a user's updates enter the turn runner in the order they arrived (asyncio locks are
    first come, first served); across processes the store's lock takes over."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def turn(self, user_id: str) -> AsyncIterator[None]:
        lock, users = self._locks.get(user_id, (asyncio.Lock(), 0))
        self._locks[user_id] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[user_id]
            if users == 1:
                del self._locks[user_id]  # nobody waiting: do not keep a lock per user forever
            else:
                self._locks[user_id] = (lock, users - 1)


class WebhookUpdates:
    """What the webhook server calls with each update's JSON: process it fully, then say which HTTP status
    Telegram gets (500 when the replies could not be sent, so the update comes back)."""

    def __init__(self, application: Application):
        self.application = application
        self.in_flight = 0

    async def __call__(self, data: dict) -> int:
        try:
            update = Update.de_json(data, self.application.bot)
        except Exception:  # not an update python-telegram-bot can read
            return 400
        self.in_flight += 1
        try:
            await self.application.process_update(update)
        finally:
            self.in_flight -= 1
        undelivered: set[int] = self.application.bot_data["undelivered"]
        if update.update_id in undelivered:
            undelivered.discard(update.update_id)
            return 500
        return 200


def _engine(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    return context.application.bot_data["engine"]


async def _in_thread(context: ContextTypes.DEFAULT_TYPE, call: Callable, *args):
    return await asyncio.get_running_loop().run_in_executor(context.application.bot_data["threads"], call, *args)


async def _allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    allowed: set[str] = context.application.bot_data["allowed"]
    user = update.effective_user
    if not allowed or (user and str(user.id) in allowed):
        return True
    key = str(user.id) if user else "?"
    store: Store = context.application.bot_data["store"]
    try:
        first = await _in_thread(context, store.first_refusal, key)  # remembered in the store: one per user, ever
    except StoreUnavailable:
        first = False
    if first and update.effective_chat:
        await send_replies(context.bot, update.effective_chat.id, [Reply(REFUSAL)])
    log.info("refused", extra={"user": user_tag(key)})
    return False


async def _run(update: Update, context: ContextTypes.DEFAULT_TYPE, user_id: str, label: str,
               turn: Callable[[], list[Reply]]) -> None:
    """The turn and the sending of its replies, in a worker thread, holding the user's place in line."""
    chat_id = update.effective_chat.id
    loop = asyncio.get_running_loop()

    def deliver(replies: list[Reply]) -> None:
        asyncio.run_coroutine_threadsafe(send_replies(context.bot, chat_id, replies), loop).result()

    context.application.create_task(
        optional(lambda: context.bot.send_chat_action(chat_id, ChatAction.TYPING), "sendChatAction"))
    async with context.application.bot_data["order"].turn(user_id):
        await _in_thread(context, context.application.bot_data["turns"].run, user_id, update.update_id, turn,
                         deliver, label)


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not update.effective_user or not update.effective_chat:
        return  # channel posts and the like: nobody to answer
    if not await _allowed(update, context):
        return
    user_id, message, engine = str(update.effective_user.id), update.effective_message, _engine(context)
    if message.text is not None:
        await _run(update, context, user_id, command_label(message.text),
                   lambda: engine.handle(user_id, message.text, update_id=update.update_id))
    else:
        await _run(update, context, user_id, command_label(None), lambda: engine.unsupported(user_id, _kind(message)))


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    context.application.create_task(optional(query.answer, "answerCallbackQuery"))
    if not await _allowed(update, context):
        return
    user_id, engine = str(update.effective_user.id), _engine(context)
    await _run(update, context, user_id, command_label(None, button=True),
               lambda: engine.press(user_id, query.data or "", update_id=update.update_id))


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    if isinstance(update, Update) and isinstance(context.error, TelegramError):
        # The turn is applied, but its replies could not be sent: a webhook answers 500 so Telegram delivers the
        # update again, and the runner then sends the stored replies. (Polling has no one to tell.)
        if context.application.bot_data["webhook"]:
            context.application.bot_data["undelivered"].add(update.update_id)
        metrics.ERRORS.labels("send").inc()
        log.warning("replies not delivered", extra={"error": type(context.error).__name__})
        return
    metrics.ERRORS.labels("bug").inc()
    log.error("update failed", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat:
        await optional(lambda: context.bot.send_message(update.effective_chat.id, APOLOGY), "sendMessage(apology)")


def _kind(message) -> str:
    for attribute, word in (("photo", "foto"), ("voice", "pesan suara"), ("audio", "audio"), ("video", "video"),
                            ("sticker", "stiker"), ("document", "berkas"), ("location", "lokasi"), ("contact", "kontak")):
        if getattr(message, attribute, None):
            return word
    return "pesan jenis ini"


async def _post_init(application: Application) -> None:
    commands = [BotCommand(name, description) for name, description in COMMANDS]
    await optional(lambda: application.bot.set_my_commands(commands), "setMyCommands")


def require_token(settings: Settings) -> str:
    if not settings.telegram_token or not settings.telegram_token.get_secret_value().strip():
        raise MissingToken(
            "IKI_TELEGRAM_TOKEN belum diisi. Buat bot lewat @BotFather, lalu jalankan misalnya: "
            "IKI_TELEGRAM_TOKEN=123456:ABC… iki telegram"
        )
    return settings.telegram_token.get_secret_value()


def build_application(settings: Settings, engine: Engine, store: Store | None = None, webhook: bool = False) -> Application:
    """store: the engine's store (the default); webhook: no updater, updates come from our web server."""
    builder = ApplicationBuilder().token(require_token(settings)).concurrent_updates(True)
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url).base_file_url(settings.telegram_base_url.replace("/bot", "/file/bot"))
    if webhook:
        builder = builder.updater(None)
    application = builder.post_init(_post_init).build()
    store = store or engine._store  # noqa: SLF001 — the engine was given its store by the caller
    application.bot_data.update(engine=engine, store=store, allowed=settings.allowed_user_ids, turns=Turns(store),
                                order=UserOrder(), undelivered=set(), webhook=webhook,
                                threads=ThreadPoolExecutor(TURN_THREADS, thread_name_prefix="turn"))
    # Commands and plain text both go to the engine, which reads the command itself.
    application.add_handler(MessageHandler(filters.ALL & ~filters.UpdateType.EDITED, on_message))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_error_handler(on_error)
    return application
