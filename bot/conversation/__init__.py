"""Engine: the conversation, transport-free, shared by the terminal chat and Telegram (commands, flows, turns)."""

from bot.conversation.engine import Engine
from bot.conversation.replies import Button, Reply, ReplyFile

__all__ = ["Button", "Engine", "Reply", "ReplyFile"]
