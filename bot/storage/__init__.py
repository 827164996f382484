"""Ground: where per-user state, applied updates, rate limits and refusals live: SQLite under IKI_DATA_DIR by default,
PostgreSQL when IKI_DATABASE_URL is set. Both behind one interface (`Store`)."""

from bot.settings import Settings
from bot.storage.base import Outcome, Posted, Store, StoreUnavailable

__all__ = ["Outcome", "Posted", "Store", "StoreUnavailable", "open_store"]


def open_store(settings: Settings, max_connections: int = 24) -> Store:
    if settings.database_url:
        from bot.storage.postgres import PostgresStore

        return PostgresStore(settings.database_url, max_connections=max_connections)
    from bot.storage.sqlite import SqliteStore

    return SqliteStore(settings.state_db)
