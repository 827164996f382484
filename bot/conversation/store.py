"""The engine's state store. `StateStore` is the SQLite default (a file, or memory when no path is given);
`bot.storage.open_store` picks PostgreSQL when IKI_DATABASE_URL is set."""

from bot.storage.base import Store
from bot.storage.sqlite import SqliteStore as StateStore

__all__ = ["StateStore", "Store"]
