"""The leader's side of the store, SQL written once for both backends: one-time pairing codes (only their hashes are
kept), member–reviewer pairs, and the append-only audit trail, keyed by per-user pseudonyms so that deleting a user's
key anonymises whatever entries about them are kept. Mixed into Store (base.py)."""

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from typing import Any, Literal

PAIRS = "pairs"  # the name pairing writes are serialised under: a cycle check and its insert are one step
KEEP_CODES_S = 30 * 24 * 3600  # an expired code is kept this long, so a late try still hears "kedaluwarsa"
MAX_CHAIN = 10_000  # a reviewer chain longer than this is a corrupt table, not an organisation

# What a code check found. "ok": the code may be redeemed by this user; the rest say why not.
CodeStatus = Literal["ok", "unknown", "expired", "used", "own", "cycle", "already", "limited"]
Role = Literal["anggota", "atasan"]


def code_hash(code: str) -> str:
    """What is kept of a pairing code: a hash (a code is 128+ random bits, so a plain SHA-256 cannot be reversed)."""
    return hashlib.sha256(code.strip().encode()).hexdigest()


@dataclass(frozen=True)
class Pair:
    """A member and their one reviewer; `id` changes with every new pairing (a button carries it, so an old
    leader's button goes stale)."""

    id: str
    member: str
    reviewer: str
    via: str  # "kode": the member's /atasan code; "undangan": a Ketua Tim's invite
    started_at: float


@dataclass(frozen=True)
class CodeInfo:
    creator: str
    member: str | None  # None: a Ketua Tim's invite, whoever redeems it becomes the member
    label: str  # an invite: the member's name as the MPPH has it
    payload: str  # an invite: what the member's PRIMA starts with (JSON the store does not read)
    expires_at: float

    @property
    def invite(self) -> bool:
        return self.member is None


@dataclass(frozen=True)
class Redemption:
    """What checking or redeeming a code did. `member`/`reviewer`: who the pair is (or would be)."""

    status: CodeStatus
    code: CodeInfo | None = None
    member: str | None = None
    reviewer: str | None = None
    pair: Pair | None = None  # the new pair, when redeemed
    ended: Pair | None = None  # the pair it replaced: that reviewer has lost access
    wait_s: int = 0  # "limited": seconds until the next try


@dataclass(frozen=True)
class AuditEntry:
    """One decision or event on a member's SKP record, as written (ids in clear; the store keeps pseudonyms)."""

    owner: str  # the member whose SKP it is
    actor: str
    actor_role: Role
    action: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    at: float = 0.0
    ref: str | None = None  # at most one entry per (owner, ref): a decision is never recorded twice


@dataclass(frozen=True)
class AuditRecord:
    """An entry as kept: owner and actor as pseudonyms (see Store.pseudonym)."""

    owner_key: str
    seq: int
    actor_key: str
    actor_role: Role
    action: str
    before: dict[str, Any]
    after: dict[str, Any]
    at: float
    ref: str | None


@dataclass(frozen=True)
class Forgotten:
    """Who must be told that pairings ended when a user's team data was removed."""

    reviewer: str | None
    members: list[str]


class DuplicateEntry(Exception):
    """An audit entry with a ref already recorded for that owner: the whole transaction was rolled back."""


class TeamStore:
    """Pairing and the audit trail; needs the Store's _transaction, _sql, _serialise and rate_slot."""

    # Pairing codes ----------------------------------------------------------------------------------------
    def create_code(self, code: str, creator: str, now: float, valid_s: float, invite_label: str | None = None,
                    payload: str = "") -> None:
        """Keep a new code's hash. Without `invite_label` it is the creator's own /atasan code (an earlier unused
        one stops working); with it, a Ketua Tim's invite for that named member (replacing an unused one for the
        same name), carrying `payload`."""
        with self._transaction() as run:
            if invite_label is None:
                run(self._sql("DELETE FROM pairing_codes WHERE creator = ? AND member IS NOT NULL AND used_at IS NULL"),
                    (creator,))
            else:
                run(self._sql("DELETE FROM pairing_codes WHERE creator = ? AND member IS NULL AND label = ? "
                              "AND used_at IS NULL"), (creator, invite_label))
            run(self._sql("INSERT INTO pairing_codes (code_hash, creator, member, label, payload, created_at, expires_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                (code_hash(code), creator, None if invite_label is not None else creator, invite_label or "", payload,
                 now, now + valid_s))

    def has_open_code(self, creator: str, now: float) -> bool:
        """Whether the creator's own /atasan code is still unused and valid (a new one would replace it)."""
        with self._transaction() as run:
            return run(self._sql("SELECT 1 FROM pairing_codes WHERE creator = ? AND member IS NOT NULL AND used_at IS NULL "
                                 "AND expires_at > ?"), (creator, now)).fetchone() is not None

    def check_code(self, code: str, user: str, now: float, guesses: tuple[int, float]) -> Redemption:
        """What redeeming `code` would do for `user`, without redeeming it. A code no one made spends one of the
        user's `guesses` (limit, window seconds, in the shared rate-limit window under its own key); once they are
        spent, no code is looked up until the window frees one: guessing codes is slow."""
        limited = self._guessing(user, guesses)
        if limited:
            return limited
        with self._transaction() as run:
            judged = self._judge(run, code_hash(code), user, now)
        return self._guessed(user, guesses, judged)

    def redeem_code(self, code: str, user: str, now: float, guesses: tuple[int, float]) -> Redemption:
        """Redeem once, atomically: the code is marked used, the member's old pair (if any) ends and the new one
        starts, with their audit entries, in one transaction; of two replicas redeeming one code, one wins."""
        limited = self._guessing(user, guesses)
        if limited:
            return limited
        hashed = code_hash(code)
        with self._transaction() as run:
            self._serialise(run, PAIRS)
            judged = self._judge(run, hashed, user, now)
            if judged.status != "ok":
                return self._guessed(user, guesses, judged)
            taken = run(self._sql("UPDATE pairing_codes SET used_at = ?, used_by = ? WHERE code_hash = ? "
                                  "AND used_at IS NULL"), (now, user, hashed))
            if taken.rowcount != 1:
                return Redemption("used", judged.code)
            ended = self._end(run, judged.member, now, "ganti atasan", judged.reviewer)
            pair = Pair(secrets.token_hex(4), judged.member, judged.reviewer,
                        "undangan" if judged.code.invite else "kode", now)
            run(self._sql("INSERT INTO pairs (id, member, reviewer, via, started_at) VALUES (?, ?, ?, ?, ?)"),
                (pair.id, pair.member, pair.reviewer, pair.via, now))
            self._append(run, [AuditEntry(pair.member, user, "atasan" if user == pair.reviewer else "anggota",
                                          "pasangan_mulai", {"ganti": ended is not None}, {"lewat": pair.via}, now,
                                          f"pasangan:{pair.id}")])
            return Redemption("ok", judged.code, pair.member, pair.reviewer, pair, ended)

    def _guessing(self, user: str, guesses: tuple[int, float]) -> Redemption | None:
        wait = self.rate_slot(f"kode:{user}", *guesses, take=False)
        return Redemption("limited", wait_s=wait) if wait else None

    def _guessed(self, user: str, guesses: tuple[int, float], judged: Redemption) -> Redemption:
        if judged.status == "unknown":
            self.rate_slot(f"kode:{user}", *guesses)
        return judged

    def _judge(self, run, hashed: str, user: str, now: float) -> Redemption:
        row = run(self._sql("SELECT creator, member, label, payload, expires_at, used_at FROM pairing_codes "
                            "WHERE code_hash = ?"), (hashed,)).fetchone()
        if row is None:
            return Redemption("unknown")
        info = CodeInfo(row[0], row[1], row[2], row[3], row[4])
        if row[5] is not None:
            return Redemption("used", info)
        if info.expires_at <= now:
            return Redemption("expired", info)
        member, reviewer = (user, info.creator) if info.invite else (info.member, user)
        if member == reviewer:
            return Redemption("own", info, member, reviewer)
        current = self._current(run, member)
        if current is not None and current.reviewer == reviewer:
            return Redemption("already", info, member, reviewer, current)
        if self._reviews(run, member, reviewer):
            return Redemption("cycle", info, member, reviewer)
        return Redemption("ok", info, member, reviewer)

    def _reviews(self, run, upper: str, lower: str) -> bool:
        """Whether `upper` is `lower`'s reviewer, or their reviewer's, and so on up the chain."""
        seen, person = set(), lower
        while person is not None and person not in seen and len(seen) < MAX_CHAIN:
            seen.add(person)
            current = self._current(run, person)
            person = current.reviewer if current else None
            if person == upper:
                return True
        return False

    # Pairs ------------------------------------------------------------------------------------------------
    def reviewer_of(self, member: str) -> Pair | None:
        """The member's current pair, or None."""
        with self._transaction() as run:
            return self._current(run, member)

    def members_of(self, reviewer: str) -> list[Pair]:
        """The reviewer's current members, oldest pairing first."""
        with self._transaction() as run:
            rows = run(self._sql("SELECT id, member, reviewer, via, started_at FROM pairs WHERE reviewer = ? "
                                 "AND ended_at IS NULL ORDER BY started_at, member"), (reviewer,)).fetchall()
        return [Pair(*row) for row in rows]

    def reviewers(self) -> dict[str, int]:
        """Every current reviewer and how many members they have (the weekly digest goes through them)."""
        with self._transaction() as run:
            rows = run("SELECT reviewer, COUNT(*) FROM pairs WHERE ended_at IS NULL GROUP BY reviewer", ()).fetchall()
        return {reviewer: count for reviewer, count in rows}

    def end_pair(self, member: str, now: float, why: str, actor: str) -> Pair | None:
        """End the member's current pair (the member leaves, or the reviewer steps back); the pair that ended."""
        with self._transaction() as run:
            self._serialise(run, PAIRS)
            return self._end(run, member, now, why, actor)

    def _current(self, run, member: str) -> Pair | None:
        row = run(self._sql("SELECT id, member, reviewer, via, started_at FROM pairs WHERE member = ? "
                            "AND ended_at IS NULL"), (member,)).fetchone()
        return None if row is None else Pair(*row)

    def _end(self, run, member: str, now: float, why: str, actor: str) -> Pair | None:
        current = self._current(run, member)
        if current is None:
            return None
        run(self._sql("UPDATE pairs SET ended_at = ?, ended_why = ? WHERE id = ?"), (now, why, current.id))
        role = "anggota" if actor == member else "atasan"
        self._append(run, [AuditEntry(member, actor, role, "pasangan_berakhir", {"lewat": current.via}, {"sebab": why},
                                      now, f"akhir:{current.id}")])
        return current

    # The audit trail --------------------------------------------------------------------------------------
    def append_audit(self, entries: list[AuditEntry]) -> None:
        """Append entries (in order) that come with no state change; DuplicateEntry when a ref was recorded."""
        with self._transaction() as run:
            self._append(run, entries)

    def audit_trail(self, owner: str, since: float | None = None) -> list[AuditRecord]:
        """Everything recorded on a member's SKP, oldest first (from `since` on)."""
        return self._records("owner_key", owner, since)

    def audit_by(self, actor: str, since: float | None = None) -> list[AuditRecord]:
        """Everything a user did on anyone's record (a leader's own decisions), oldest first."""
        return self._records("actor_key", actor, since)

    def pseudonym(self, user: str) -> str | None:
        """How the trail names this user (None: nothing recorded, or their key was deleted)."""
        with self._transaction() as run:
            return self._key(run, user, create=False)

    def forget_team(self, user: str, now: float) -> Forgotten:
        """A user's /hapus, for the team side: pairs involving them end (their members get an entry saying so)
        and are removed, their codes go, the entries they made on their own record are deleted, and their key is
        deleted, so the entries others made about them (a leader's decisions) stay, no longer linkable to them."""
        with self._transaction() as run:
            self._serialise(run, PAIRS)
            own = self._current(run, user)
            members = [row[0] for row in run(self._sql("SELECT member FROM pairs WHERE reviewer = ? AND ended_at IS NULL "
                                                       "ORDER BY started_at, member"), (user,)).fetchall()]
            for member in members:
                self._end(run, member, now, "atasan menghapus datanya", user)
            run(self._sql("DELETE FROM pairs WHERE member = ? OR reviewer = ?"), (user, user))
            run(self._sql("DELETE FROM pairing_codes WHERE creator = ? OR used_by = ?"), (user, user))
            key = self._key(run, user, create=False)
            if key is not None:
                run(self._sql("DELETE FROM audit WHERE owner_key = ? AND actor_key = ?"), (key, key))
                run(self._sql("DELETE FROM audit_keys WHERE user_id = ?"), (user,))
        return Forgotten(own.reviewer if own else None, members)

    def _append(self, run, entries) -> None:
        for entry in entries:
            owner = self._key(run, entry.owner)
            self._serialise(run, f"audit:{owner}")
            if entry.ref is not None and run(self._sql("SELECT 1 FROM audit WHERE owner_key = ? AND ref = ?"),
                                             (owner, entry.ref)).fetchone():
                raise DuplicateEntry(entry.ref)
            seq = run(self._sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM audit WHERE owner_key = ?"), (owner,)).fetchone()[0]
            run(self._sql("INSERT INTO audit (owner_key, seq, actor_key, actor_role, action, before_json, after_json, at, "
                          "ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                (owner, seq, self._key(run, entry.actor), entry.actor_role, entry.action,
                 json.dumps(entry.before, ensure_ascii=False, sort_keys=True),
                 json.dumps(entry.after, ensure_ascii=False, sort_keys=True), entry.at, entry.ref))

    def _records(self, column: str, user: str, since: float | None) -> list[AuditRecord]:
        # One owner's entries in the order they were appended; one actor's across owners by time.
        order = "seq" if column == "owner_key" else "at, owner_key, seq"
        where, params = f"{column} = ?", ()
        if since is not None:
            where, params = where + " AND at >= ?", (since,)
        with self._transaction() as run:
            key = self._key(run, user, create=False)
            if key is None:
                return []
            rows = run(self._sql(f"SELECT owner_key, seq, actor_key, actor_role, action, before_json, after_json, at, ref "
                                 f"FROM audit WHERE {where} ORDER BY {order}"), (key, *params)).fetchall()
        return [AuditRecord(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6]), r[7], r[8]) for r in rows]

    def _key(self, run, user: str, create: bool = True) -> str | None:
        """The user's pseudonym: a hash of the id with a random salt of theirs (one-way; gone with the salt)."""
        if create:
            run(self._sql("INSERT INTO audit_keys (user_id, salt) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING"),
                (user, secrets.token_hex(16)))
        row = run(self._sql("SELECT salt FROM audit_keys WHERE user_id = ?"), (user,)).fetchone()
        return None if row is None else hashlib.sha256(f"{row[0]}:{user}".encode()).hexdigest()[:24]

    def _prune_team(self, run, now: float) -> None:
        # Codes carry the engine's clock (IKI_NOW may fix it in the past), so "old" is measured against the newest
        # code made, not the wall clock: a code made a minute ago under a fixed clock is never pruned as ancient.
        newest = run("SELECT MAX(created_at) FROM pairing_codes", ()).fetchone()[0]
        if newest is not None:
            run(self._sql("DELETE FROM pairing_codes WHERE expires_at < ?"), (min(now, newest) - KEEP_CODES_S,))
