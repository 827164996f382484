"""Forward-only schema migrations, one list for SQLite and PostgreSQL (plain SQL both understand)."""

# (version, why, statements). Append; never edit a released entry: databases in the field have applied it.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "per-user state (the table the first SQLite store created)", [
        "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, state TEXT NOT NULL)",
    ]),
    (2, "updates applied (dedupe redeliveries, replies kept until sent), rate limit window, refusals", [
        "CREATE TABLE IF NOT EXISTS updates (update_id BIGINT PRIMARY KEY, user_id TEXT NOT NULL, replies TEXT, "
        "sent INTEGER NOT NULL DEFAULT 0, at DOUBLE PRECISION NOT NULL)",
        "CREATE INDEX IF NOT EXISTS updates_at ON updates (at)",
        "CREATE TABLE IF NOT EXISTS rate_events (user_id TEXT NOT NULL, at DOUBLE PRECISION NOT NULL)",
        "CREATE INDEX IF NOT EXISTS rate_events_user_at ON rate_events (user_id, at)",
        "CREATE TABLE IF NOT EXISTS refusals (user_id TEXT PRIMARY KEY, at DOUBLE PRECISION NOT NULL)",
    ]),
    (3, "outbox: messages due to a user (reminders, news from another user), each posted once under its key", [
        "CREATE TABLE IF NOT EXISTS outbox (key TEXT PRIMARY KEY, user_id TEXT NOT NULL, due_at DOUBLE PRECISION NOT NULL, "
        "replies TEXT NOT NULL, claimed_at DOUBLE PRECISION, sent_at DOUBLE PRECISION)",
        "CREATE INDEX IF NOT EXISTS outbox_due ON outbox (sent_at, due_at)",
    ]),
]

LATEST = MIGRATIONS[-1][0]
