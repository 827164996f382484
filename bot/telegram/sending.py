"""Engine replies → Bot API calls, with retries for network errors and logged failures for optional calls."""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.conversation import Reply

log = logging.getLogger("asisten_iki.telegram")
T = TypeVar("T")
ATTEMPTS = 4
BACKOFF_S = 0.5


async def with_retry(call: Callable[[], Awaitable[T]], what: str) -> T:
    """Retry network failures with exponential backoff and honour flood-control waits; never retry bad requests."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await call()
        except RetryAfter as exc:
            delay = float(exc.retry_after if isinstance(exc.retry_after, (int, float)) else exc.retry_after.total_seconds())
        except (BadRequest, Forbidden):
            raise
        except NetworkError:
            if attempt == ATTEMPTS:
                raise
            delay = BACKOFF_S * 2 ** (attempt - 1)
        log.warning("retry", extra={"call": what, "attempt": attempt, "delay_s": delay})
        await asyncio.sleep(delay)
    raise NetworkError(f"{what}: no attempt left")  # only reached after repeated RetryAfter


async def optional(call: Callable[[], Awaitable[object]], what: str) -> None:
    """A call the conversation does not need (chat action, command menu): log a failure and go on."""
    try:
        await call()
    except TelegramError as exc:
        log.warning("optional call failed", extra={"call": what, "error": type(exc).__name__})


SHORT_LABEL, PER_ROW = 12, 4  # «Rincian 12», «Ubah 3»: short buttons share a row, so 30 of them stay one screen


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    rows: list[list[InlineKeyboardButton]] = []
    for b in reply.buttons:
        button = InlineKeyboardButton(b.label, callback_data=b.data)
        if len(b.label) <= SHORT_LABEL and rows and len(rows[-1]) < PER_ROW and len(rows[-1][-1].text) <= SHORT_LABEL:
            rows[-1].append(button)
        else:
            rows.append([button])
    return InlineKeyboardMarkup(rows)


async def send_replies(bot: Bot, chat_id: int, replies: list[Reply]) -> None:
    for reply in replies:
        markup = keyboard(reply)
        if reply.file:
            file = reply.file
            await optional(lambda: bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT), "sendChatAction")
            await with_retry(lambda: bot.send_document(
                chat_id, document=InputFile(file.data, filename=file.name), caption=file.caption[:1024],
                reply_markup=markup), "sendDocument")
        else:
            await with_retry(lambda: bot.send_message(chat_id, reply.text, reply_markup=markup), "sendMessage")
