"""Transport-agnostic conversation engine shared by the terminal chat and Telegram."""

from bot.conversation.engine import COMMANDS, Engine
from bot.conversation.replies import Button, Reply, ReplyFile

__all__ = ["COMMANDS", "Button", "Engine", "Reply", "ReplyFile"]
