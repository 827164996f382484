"""Doors: Telegram, python-telegram-bot handlers that only translate between updates and the engine."""
