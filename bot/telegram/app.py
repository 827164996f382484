"""Builds the python-telegram-bot Application: thin handlers over the engine, polling or webhook."""

import asyncio
import logging

from telegram import BotCommand, Update
from telegram.constants import ChatAction
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.conversation import COMMANDS, Engine, Reply
from bot.conversation.engine import user_tag
from bot.settings import Settings
from bot.telegram.sending import optional, send_replies

log = logging.getLogger("asisten_iki.telegram")

REFUSAL = ("Maaf, Asisten IKI di sini hanya untuk pegawai yang terdaftar. "
           "Hubungi pengelola kinerja di unit Anda bila Anda seharusnya punya akses.")
APOLOGY = "Maaf, terjadi kesalahan di sisi kami. Draf Anda tetap tersimpan; coba lagi sebentar lagi."


class MissingToken(Exception):
    pass


def _engine(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    return context.application.bot_data["engine"]


async def _allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    allowed: set[str] = context.application.bot_data["allowed"]
    user = update.effective_user
    if not allowed or (user and str(user.id) in allowed):
        return True
    refused: set[str] = context.application.bot_data.setdefault("refused", set())
    key = str(user.id) if user else "?"
    if key not in refused and update.effective_chat:
        refused.add(key)  # one polite refusal, then silence
        await send_replies(context.bot, update.effective_chat.id, [Reply(REFUSAL)])
    log.info("refused", extra={"user": user_tag(key)})
    return False


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not update.effective_user or not update.effective_chat:
        return  # channel posts and the like: nobody to answer
    if not await _allowed(update, context):
        return
    chat_id, user_id = update.effective_chat.id, str(update.effective_user.id)
    await optional(lambda: context.bot.send_chat_action(chat_id, ChatAction.TYPING), "sendChatAction")
    message = update.effective_message
    if message.text is not None:
        replies = await asyncio.to_thread(_engine(context).handle, user_id, message.text)
    else:
        replies = _engine(context).unsupported(user_id, _kind(message))
    await send_replies(context.bot, chat_id, replies)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await optional(query.answer, "answerCallbackQuery")
    if not await _allowed(update, context):
        return
    replies = await asyncio.to_thread(_engine(context).press, str(update.effective_user.id), query.data or "")
    await send_replies(context.bot, update.effective_chat.id, replies)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
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


def build_application(settings: Settings, engine: Engine) -> Application:
    if not settings.telegram_token or not settings.telegram_token.get_secret_value().strip():
        raise MissingToken(
            "IKI_TELEGRAM_TOKEN belum diisi. Buat bot lewat @BotFather, lalu jalankan misalnya: "
            "IKI_TELEGRAM_TOKEN=123456:ABC… iki telegram"
        )
    builder = ApplicationBuilder().token(settings.telegram_token.get_secret_value()).concurrent_updates(True)
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url).base_file_url(settings.telegram_base_url.replace("/bot", "/file/bot"))
    application = builder.post_init(_post_init).build()
    application.bot_data["engine"] = engine
    application.bot_data["allowed"] = settings.allowed_user_ids
    # Commands and plain text both go to the engine, which reads the command itself.
    application.add_handler(MessageHandler(filters.ALL & ~filters.UpdateType.EDITED, on_message))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_error_handler(on_error)
    return application
