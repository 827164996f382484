"""What a team action returns: the member's new record and SKP with the audit entries and the messages for the
other side it made, or a refusal with a clear Indonesian message (nothing changed)."""

from dataclasses import dataclass, field
from typing import Literal

from bot.models import SkpDraft
from bot.storage.team import AuditEntry
from bot.team.record import MemberRecord


class Refused(Exception):
    """The action was not applied; str() says why and what to do, in Indonesian."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Notice:
    """A message for someone other than the actor, posted once under `key` through the outbox."""

    to: Literal["anggota", "atasan"]
    key: str
    text: str


@dataclass(frozen=True)
class Addressed:
    """A notice with its recipient resolved: what the engine posts (user, key, text)."""

    user: str
    key: str
    text: str


def address(notices: list[Notice], owner: str, reviewer: str | None) -> list[Addressed]:
    """Notices of a step on `owner`'s record, to the member or their reviewer (none to a reviewer not there)."""
    found = []
    for notice in notices:
        user = owner if notice.to == "anggota" else reviewer
        if user:
            found.append(Addressed(user, f"{notice.key}:{notice.to}", notice.text))
    return found


@dataclass
class Applied:
    """Commit `record` and `skp` to the member's state with `entries` in one transaction, then post `notices`."""

    record: MemberRecord
    skp: SkpDraft
    entries: list[AuditEntry] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
