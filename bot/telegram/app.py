"""Builds the python-telegram-bot Application: thin handlers over the engine, polling or webhook.

Every update is one engine turn (bot.conversation.turns): taken in arrival order, applied once (deduplicated by
update_id in the store), with the user's lock held until its replies are sent, so one user's answers arrive in order.
Only private chats reach the engine, written in by the chat's own user: a draft is never posted to a group.
"""

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from telegram import Bot, BotCommand, Chat, ChatMember, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import metrics
from bot.conversation import Engine, Reply
from bot.conversation.commands import menu
from bot.conversation.replies import APOLOGY
from bot.logs import pseudonym
from bot.settings import Settings, SettingsError
from bot.storage import MAX_UPDATE_ID, Store, StoreUnavailable
from bot.telegram.sending import optional, send_replies

log = logging.getLogger("asisten_iki.telegram")

REFUSAL = ("Maaf, Asisten IKI di sini hanya untuk pegawai yang terdaftar. "
           "Hubungi pengelola kinerja di unit Anda bila Anda seharusnya punya akses.")
PRIVATE_ONLY = "Asisten IKI hanya dipakai lewat chat pribadi: buka chat dengan bot ini, lalu ketik /start."
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


async def _admitted(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether an update may reach the engine: an update id the store can keep, a private chat, written in by that
    chat's own user, who is allowed. Anything else gets at most one short line with nobody's data in it."""
    chat, user = update.effective_chat, update.effective_user
    if not 0 <= update.update_id <= MAX_UPDATE_ID:
        log.warning("update refused", extra={"reason": "update_id out of range"})
        return False
    if chat is None:
        return False  # nowhere to answer (a button under an inline message)
    if chat.type != ChatType.PRIVATE:
        await _leave(chat, context)
        return False
    if user is None or user.id != chat.id:
        # In a private chat the chat's id is its user's id: anything else is not an update Telegram sends.
        log.warning("update refused", extra={"reason": "sender is not the chat's owner"})
        return False
    return await _allowed(user.id, context)


async def _allowed(user_id: int, context: ContextTypes.DEFAULT_TYPE) -> bool:
    allowed: set[str] = context.application.bot_data["allowed"]
    key = str(user_id)
    if not allowed or key in allowed:
        return True
    if await _first_refusal(key, context):
        await send_replies(context.bot, user_id, [Reply(REFUSAL)])  # their private chat
    log.info("refused", extra={"user": pseudonym(key)})
    return False


async def _first_refusal(key: str, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Remembered in the store: one refusal per user (or group), ever."""
    store: Store = context.application.bot_data["store"]
    try:
        return await _in_thread(context, store.first_refusal, key)
    except StoreUnavailable:
        return False


async def _leave(chat: Chat, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot serves private chats only. A group is told so once (nothing of anyone's), then left; a channel is
    left without a word, which would go to every subscriber."""
    log.info("leaving a chat that is not private", extra={"chat_type": chat.type})
    if chat.type in (ChatType.GROUP, ChatType.SUPERGROUP) and await _first_refusal(f"chat:{chat.id}", context):
        await optional(lambda: context.bot.send_message(chat.id, PRIVATE_ONLY), "sendMessage(private only)")
    await optional(lambda: context.bot.leave_chat(chat.id), "leaveChat")


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
    if not await _admitted(update, context):
        return
    user_id, message, engine = str(update.effective_user.id), update.effective_message, _engine(context)
    if message.text is not None:
        await _run(update, context, user_id, lambda **door: engine.handle(user_id, message.text, **door))
    elif message.photo or message.document:  # bukti dukung of a logbook entry: Telegram keeps the file
        item = _evidence(message)
        await _run(update, context, user_id, lambda **door: engine.evidence(user_id, item, message.caption or "", **door))
    else:
        await _run(update, context, user_id, lambda **door: engine.unsupported(user_id, _kind(message), **door))


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    context.application.create_task(optional(query.answer, "answerCallbackQuery"))
    if not await _admitted(update, context):
        return
    user_id, engine = str(update.effective_user.id), _engine(context)
    await _run(update, context, user_id, lambda **door: engine.press(user_id, query.data or "", **door))


async def on_membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Added to a group or a channel: leave at once, before anyone writes there."""
    chat, change = update.effective_chat, update.my_chat_member
    if chat is not None and chat.type != ChatType.PRIVATE and change.new_chat_member.status in (
            ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.RESTRICTED):
        await _leave(chat, context)


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
    if isinstance(update, Update) and update.effective_chat and update.effective_chat.type == ChatType.PRIVATE:
        await optional(lambda: context.bot.send_message(update.effective_chat.id, APOLOGY), "sendMessage(apology)")


def _evidence(message):
    """The file's id and metadata (the biggest size of a photo); the bytes stay with Telegram."""
    from bot.conversation.year_evidence import evidence_item

    if message.photo:
        photo = message.photo[-1]
        return evidence_item("photo", name="foto.jpg", file_id=photo.file_id, size=photo.file_size, mime="image/jpeg")
    doc = message.document
    return evidence_item("document", name=doc.file_name or "", file_id=doc.file_id, size=doc.file_size,
                         mime=doc.mime_type or "")


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


def _bot_api(settings: Settings) -> dict[str, str]:
    """Where the Bot API is: Telegram's, or a self-hosted server (IKI_TELEGRAM_BASE_URL)."""
    if not settings.telegram_base_url:
        return {}
    return {"base_url": settings.telegram_base_url, "base_file_url": settings.telegram_base_url.replace("/bot", "/file/bot")}


async def check_token(settings: Settings) -> None:
    """Ask Telegram whether it knows the token, before the bot starts: a refused token is a setting to fix, said
    without the token (python-telegram-bot's own error quotes it, and its start-up retry loop logs a traceback).
    An unreachable Telegram is no verdict: the bot starts and python-telegram-bot keeps trying."""
    try:
        async with Bot(require_token(settings), **_bot_api(settings)):  # initialize() asks getMe
            pass
    except InvalidToken:
        raise SettingsError("IKI_TELEGRAM_TOKEN ditolak Telegram (salah ketik, atau sudah dicabut). Salin token bot "
                            "yang berlaku dari @BotFather (/mybots → API Token), lalu jalankan lagi.") from None
    except TelegramError as exc:
        log.warning("token not checked: Bot API unreachable", extra={"error": type(exc).__name__})


def build_application(settings: Settings, engine: Engine, store: Store, webhook: bool = False,
                      tick_s: float = TICK_S) -> Application:
    """store: the one the engine was given (refusals are remembered there); webhook: no updater, updates come from
    our web server; tick_s: how often due messages are sent."""
    builder = ApplicationBuilder().token(require_token(settings)).concurrent_updates(True)
    if settings.telegram_base_url:
        builder = builder.base_url(_bot_api(settings)["base_url"]).base_file_url(_bot_api(settings)["base_file_url"])
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
    application.add_handler(ChatMemberHandler(on_membership, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_error_handler(on_error)
    return application
