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
    (4, "the leader's side: pairing codes (hashes only), member-reviewer pairs, the append-only audit trail and the "
        "per-user keys its pseudonyms are made with (deleting a key anonymises the entries left behind)", [
        "CREATE TABLE IF NOT EXISTS pairing_codes (code_hash TEXT PRIMARY KEY, creator TEXT NOT NULL, member TEXT, "
        "label TEXT NOT NULL DEFAULT '', payload TEXT NOT NULL DEFAULT '', created_at DOUBLE PRECISION NOT NULL, "
        "expires_at DOUBLE PRECISION NOT NULL, used_at DOUBLE PRECISION, used_by TEXT)",
        "CREATE INDEX IF NOT EXISTS pairing_codes_creator ON pairing_codes (creator)",
        "CREATE TABLE IF NOT EXISTS pairs (id TEXT PRIMARY KEY, member TEXT NOT NULL, reviewer TEXT NOT NULL, "
        "via TEXT NOT NULL, started_at DOUBLE PRECISION NOT NULL, ended_at DOUBLE PRECISION, ended_why TEXT)",
        "CREATE UNIQUE INDEX IF NOT EXISTS pairs_current ON pairs (member) WHERE ended_at IS NULL",
        "CREATE INDEX IF NOT EXISTS pairs_reviewer ON pairs (reviewer, ended_at)",
        "CREATE TABLE IF NOT EXISTS audit_keys (user_id TEXT PRIMARY KEY, salt TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS audit (owner_key TEXT NOT NULL, seq INTEGER NOT NULL, actor_key TEXT NOT NULL, "
        "actor_role TEXT NOT NULL, action TEXT NOT NULL, before_json TEXT NOT NULL, after_json TEXT NOT NULL, "
        "at DOUBLE PRECISION NOT NULL, ref TEXT, PRIMARY KEY (owner_key, seq))",
        "CREATE UNIQUE INDEX IF NOT EXISTS audit_ref ON audit (owner_key, ref)",
        "CREATE INDEX IF NOT EXISTS audit_actor ON audit (actor_key, at)",
    ]),
    (5, "the reminders' schedule: per user, the earliest moment a reminder could fall due (NULL: none can), so a "
        "tick loads only those users; `version` moves with every turn so a tick never writes over a newer moment. "
        "Users kept before it are due at once: the first ticks schedule them", [
        "CREATE TABLE IF NOT EXISTS reminder_schedule (user_id TEXT PRIMARY KEY, next_at DOUBLE PRECISION, "
        "version INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX IF NOT EXISTS reminder_schedule_next ON reminder_schedule (next_at)",
        "INSERT INTO reminder_schedule (user_id, next_at, version) SELECT id, 0, 0 FROM users",
    ]),
]

LATEST = MIGRATIONS[-1][0]
