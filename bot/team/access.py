"""Who may do what on whose SKP, decided from the pairing as the store has it now and the SKP's state, never from
which buttons were shown: a forged or replayed press, a stale button after the pairing changed, or a member
pressing a leader's button is refused with a clear Indonesian message and changes nothing."""

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.models import SkpDraft
from bot.storage.team import Pair
from bot.team.record import MemberRecord, Review, Verdict
from bot.team.results import Applied, Refused
from bot.team.review import (
    approve_all,
    approve_change,
    change_refusal,
    decide,
    decision_refusal,
    return_change,
    submission_refusal,
)

SCOPE = "tim"  # the part of a button's data before the first ":" (the engine's button scope)
# A leader's turn acting on a member's record takes the member's lock too (after its own), waiting at most this
# long: past it the action is refused as busy (LockBusy) and can be pressed again.
MEMBER_LOCK_WAIT_S = 10.0

UNKNOWN = ("Tombol ini tidak dikenali, jadi tidak ada yang dijalankan. Buka /tim untuk melihat SKP anggota tim "
           "Anda, atau /skp untuk SKP Anda sendiri.")
OWN_SKP = ("Keputusan ini diambil atasan Anda, bukan pemilik SKP, jadi tidak ada yang berubah. Lihat status SKP Anda "
           "dengan /skp.")
NOT_REVIEWER = ("Anda bukan atasan yang terhubung dengan pegawai ini, jadi tidak ada yang dijalankan. Bila Anda "
                "atasannya, minta ia mengirim /atasan dan meneruskan kodenya kepada Anda.")
STALE_PAIR = ("Tombol ini dari pasangan atasan dan pegawai yang sudah berakhir, jadi tidak ada yang dijalankan. Buka "
              "/tim untuk melihat anggota tim Anda sekarang.")
MEMBER_ONLY = "Tindakan ini hanya untuk pemilik SKP, jadi tidak ada yang berubah."


class Act(StrEnum):
    """Leader actions a button can carry (short codes: Telegram allows 64 bytes of button data)."""

    setujui = "s"
    kembalikan = "k"
    ubah_target = "u"
    setujui_semua = "a"
    setujui_perubahan = "ps"
    kembalikan_perubahan = "pk"

    @property
    def on_iki(self) -> bool:
        return self in (Act.setujui, Act.kembalikan, Act.ubah_target)

    @property
    def on_change(self) -> bool:
        return self in (Act.setujui_perubahan, Act.kembalikan_perubahan)

    @property
    def asks(self) -> str:
        """What the engine asks the leader before applying it: "catatan", "target" (value and reason) or ""."""
        return {Act.kembalikan: "catatan", Act.kembalikan_perubahan: "catatan", Act.ubah_target: "target"}.get(self, "")


_OWNER = r"[^:\s]{1,64}"
_DATA = re.compile(rf"^{SCOPE}:(?P<act>s|k|u|a|ps|pk):(?P<owner>{_OWNER}):(?P<pair>[0-9a-f]{{8}}):(?P<round>\d{{1,6}})"
                   r"(?::(?P<index>\d{1,3}):(?P<fp>[0-9a-f]{8}))?$")


@dataclass(frozen=True)
class Press:
    """A leader's button: the action, whose SKP, under which pairing and submission, and (for one IKI) which IKI
    as the leader saw it. Everything in it is checked again when pressed."""

    act: Act
    owner: str
    pair: str
    round: int
    index: int | None = None
    fingerprint: str | None = None

    def data(self) -> str:
        tail = f":{self.index}:{self.fingerprint}" if self.act.on_iki else ""
        return f"{SCOPE}:{self.act.value}:{self.owner}:{self.pair}:{self.round}{tail}"


def parse(data: str) -> Press | None:
    """The press a button's data stands for, or None for anything malformed (forged, truncated, another scope)."""
    found = _DATA.match(data or "")
    if found is None:
        return None
    act = Act(found["act"])
    if act.on_iki != (found["index"] is not None):
        return None
    index = int(found["index"]) if found["index"] is not None else None
    return Press(act, found["owner"], found["pair"], int(found["round"]), index, found["fp"])


def leader_refusal(actor: str, owner: str, current: Pair | None, pair_seen: str | None = None) -> str | None:
    """Why `actor` may not act as `owner`'s leader: it is their own SKP, they are not the current reviewer, or the
    button was made under a pairing that has ended. None: allowed."""
    if actor == owner:
        return OWN_SKP
    if current is None or current.member != owner or current.reviewer != actor:
        return NOT_REVIEWER
    if pair_seen is not None and pair_seen != current.id:
        return STALE_PAIR
    return None


def member_refusal(actor: str, owner: str) -> str | None:
    """A member's action (submit, withdraw, reply, confirm a catatan) on an SKP that is not the actor's."""
    return None if actor == owner else MEMBER_ONLY


def press_refusal(actor: str, press: Press | None, current: Pair | None, review: Review, skp: SkpDraft) -> str | None:
    """Everything that makes a leader's button do nothing: unreadable data, the wrong person, an ended pairing, or
    a state that moved on (another submission, an IKI changed or already decided, nothing waiting)."""
    if press is None:
        return UNKNOWN
    refusal = leader_refusal(actor, press.owner, current, press.pair)
    if refusal:
        return refusal
    if press.act.on_iki:
        return decision_refusal(review, skp, round=press.round, index=press.index, fingerprint_seen=press.fingerprint)
    if press.act.on_change:
        return change_refusal(review, round=press.round)
    return submission_refusal(review, round=press.round)


def apply_press(seen: Press | None, record: MemberRecord, skp: SkpDraft, *, actor: str, current: Pair | None,
                now: datetime, comment: str = "", target: str = "", reason: str = "") -> Applied:
    """A leader's press, checked again (press_refusal) and applied to the member's record; Refused otherwise.
    `current`: the member's pair as the store has it, read under the member's lock. `comment`: the catatan of a
    return or the reason of a new target; `reason`: a perubahan's reason id when the leader names another."""
    refusal = press_refusal(actor, seen, current, record.review, skp)
    if refusal:
        raise Refused(refusal)
    common = {"actor": actor, "owner": seen.owner, "round": seen.round, "now": now}
    if seen.act is Act.setujui_semua:
        return approve_all(record, skp, **common)
    if seen.act is Act.setujui_perubahan:
        return approve_change(record, skp, reason=reason, **common)
    if seen.act is Act.kembalikan_perubahan:
        return return_change(record, skp, comment=comment, **common)
    verdict = {Act.setujui: Verdict.setujui, Act.kembalikan: Verdict.kembalikan, Act.ubah_target: Verdict.ubah_target}
    return decide(record, skp, index=seen.index, verdict=verdict[seen.act], fingerprint_seen=seen.fingerprint,
                  comment=comment, target=target, **common)
