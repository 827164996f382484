"""Ground: where per-user state, applied updates, rate limits, refusals, the outbox, pairings and the audit trail
live: SQLite under IKI_DATA_DIR by default, PostgreSQL when IKI_DATABASE_URL is set. Both behind one interface
(`Store`)."""

from bot.settings import Settings
from bot.storage.base import MAX_UPDATE_ID, LockBusy, Outcome, Posted, Store, StoreDamaged, StoreUnavailable
from bot.storage.team import AuditEntry, AuditRecord, DuplicateEntry, Pair, Redemption

__all__ = ["MAX_UPDATE_ID", "AuditEntry", "AuditRecord", "DuplicateEntry", "LockBusy", "Outcome", "Pair", "Posted",
           "Redemption", "Store", "StoreDamaged", "StoreUnavailable", "open_store", "what_to_check"]


def open_store(settings: Settings, max_connections: int = 24) -> Store:
    if settings.database_url:
        from bot.storage.postgres import PostgresStore

        return PostgresStore(settings.database_url, max_connections=max_connections)
    from bot.storage.sqlite import SqliteStore

    return SqliteStore(settings.state_db)


def what_to_check(settings: Settings) -> str:
    """The hint for a store that cannot be used, for the backend these settings pick."""
    if settings.database_url:
        return "Periksa IKI_DATABASE_URL dan apakah PostgreSQL berjalan; kosongkan untuk SQLite di IKI_DATA_DIR."
    return (f"Periksa berkas {settings.state_db}: boleh dibaca dan ditulisi pengguna ini, disk tidak penuh, dan tidak "
            "ada proses lain yang menguncinya lama.")
