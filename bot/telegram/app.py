"""Builds the python-telegram-bot Application: thin handlers over the engine, polling or webhook.

Every update is one engine turn (bot.conversation.turns): taken in arrival order, applied once (deduplicated by
update_id in the store), with the user's lock held until its replies are sent, so one user's answers arrive in order.
"""

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

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
from bot.conversation import Engine, Reply
from bot.conversation.commands import menu
from bot.logs import pseudonym
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
TICK_S = 60  # how often due messages are looked for: reminders are set to the minute


class MissingToken(Exception):
    pass


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
    log.info("refused", extra={"user": pseudonym(key)})
    return False


async def _run(update: Update, context: ContextTypes.DEFAULT_TYPE, user_id: str, turn: Callable) -> None:
    """One engine turn, `turn(update_id=…, deliver=…)`, in a worker thread, in the user's place in line; its
    replies are sent while the turn still holds the user's lock."""
    chat_id = update.effective_chat.id
    loop = asyncio.get_running_loop()

    def deliver(replies: list[Reply]) -> None:
        asyncio.run_coroutine_threadsafe(send_replies(context.bot, chat_id, replies), loop).result()

    context.application.create_task(
        optional(lambda: context.bot.send_chat_action(chat_id, ChatAction.TYPING), "sendChatAction"))
    async with _engine(context).turns.in_order(user_id):
        await _in_thread(context, lambda: turn(update_id=update.update_id, deliver=deliver))


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not update.effective_user or not update.effective_chat:
        return  # channel posts and the like: nobody to answer
    if not await _allowed(update, context):
        return
    user_id, message, engine = str(update.effective_user.id), update.effective_message, _engine(context)
    if message.text is not None:
        await _run(update, context, user_id, lambda **door: engine.handle(user_id, message.text, **door))
    else:
        await _run(update, context, user_id, lambda **door: engine.unsupported(user_id, _kind(message), **door))


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    context.application.create_task(optional(query.answer, "answerCallbackQuery"))
    if not await _allowed(update, context):
        return
    user_id, engine = str(update.effective_user.id), _engine(context)
    await _run(update, context, user_id, lambda **door: engine.press(user_id, query.data or "", **door))


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
    commands = [BotCommand(name, description) for name, description in menu()]
    await optional(lambda: application.bot.set_my_commands(commands), "setMyCommands")


async def tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every TICK_S: what fell due (reminders, news from another user) goes out, each through one replica only."""
    engine = context.application.bot_data["engine"]
    for due in await _in_thread(context, engine.tick):
        try:
            await send_replies(context.bot, int(due.user_id), due.replies)
        except (TelegramError, ValueError):
            log.warning("due message not delivered", extra={"user": pseudonym(due.user_id)})
            continue  # left claimed: another tick takes it over after the reclaim time
        await _in_thread(context, engine.delivered, due)


def require_token(settings: Settings) -> str:
    if not settings.telegram_token or not settings.telegram_token.get_secret_value().strip():
        raise MissingToken(
            "IKI_TELEGRAM_TOKEN belum diisi. Buat bot lewat @BotFather, lalu jalankan misalnya: "
            "IKI_TELEGRAM_TOKEN=123456:ABC… iki telegram"
        )
    return settings.telegram_token.get_secret_value()


def build_application(settings: Settings, engine: Engine, store: Store, webhook: bool = False,
                      tick_s: float = TICK_S) -> Application:
    """store: the one the engine was given (refusals are remembered there); webhook: no updater, updates come from
    our web server; tick_s: how often due messages are sent."""
    builder = ApplicationBuilder().token(require_token(settings)).concurrent_updates(True)
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url).base_file_url(settings.telegram_base_url.replace("/bot", "/file/bot"))
    if webhook:
        builder = builder.updater(None)
    application = builder.post_init(_post_init).build()
    application.bot_data.update(engine=engine, store=store, allowed=settings.allowed_user_ids, undelivered=set(),
                                webhook=webhook,
                                threads=ThreadPoolExecutor(TURN_THREADS, thread_name_prefix="turn"))
    application.job_queue.run_repeating(tick, interval=tick_s, first=tick_s, name="tick")
    # Commands and plain text both go to the engine, which reads the command itself.
    application.add_handler(MessageHandler(filters.ALL & ~filters.UpdateType.EDITED, on_message))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_error_handler(on_error)
    return application
