"""Transport-agnostic conversation engine shared by the terminal chat and (later) Telegram."""

from bot.conversation.engine import Button, Engine, Reply

__all__ = ["Button", "Engine", "Reply"]
