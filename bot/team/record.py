"""What the team side keeps, as plain data: a member's record (the SKP's review and its versions, feedback,
dialog kinerja with catatan, the cadence their leader set) and a leader's own settings. The engine keeps the
member's record next to the SKP draft in the member's state, so one lock (the member's) covers both."""

from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from bot.models import IkiDraft, SkpDraft


class Status(StrEnum):
    """Where the SKP stands between the member and the leader; both sides see it."""

    draf = "draf"
    diajukan = "diajukan"
    dikembalikan = "dikembalikan"
    ditetapkan = "ditetapkan"
    perubahan_diajukan = "perubahan_diajukan"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class Verdict(StrEnum):
    setujui = "setujui"
    kembalikan = "kembalikan"
    ubah_target = "ubah_target"  # the leader sets the target (with a reason) and approves the IKI with it

    @property
    def approves(self) -> bool:
        return self is not Verdict.kembalikan

    @property
    def label(self) -> str:
        return {"setujui": "disetujui", "kembalikan": "dikembalikan", "ubah_target": "disetujui, target diubah"}[self.value]


class Decision(BaseModel):
    index: int  # 0-based position of the IKI in the SKP
    verdict: Verdict
    fingerprint: str  # the IKI as it stood after the decision: an edit since makes the decision stale
    comment: str = ""  # kembalikan: what to fix; ubah_target: why the target changed
    target_before: str | None = None
    target_after: str | None = None
    round: int  # the submission it was made in (an approval carries over to the next one if the IKI is unchanged)
    at: datetime
    returned: IkiDraft | None = None  # kembalikan: the IKI as returned, so sending it again says what changed


class Version(BaseModel):
    """An SKP as the leader set it: version 1 at penetapan, one more for every approved perubahan."""

    number: int  # 1 = the SKP as the leader set it (ditetapkan)
    on: date
    skp: SkpDraft
    reason: str = ""  # a perubahan's reason key (knowledge/perubahan_skp.yaml); empty for version 1
    note: str = ""


class Change(BaseModel):
    """A perubahan SKP the member proposed, waiting for the leader."""

    reason: str
    note: str = ""
    round: int
    at: datetime


class Review(BaseModel):
    status: Status = Status.draf
    round: int = 0  # submissions so far; a leader's button carries it, so one from an earlier round is stale
    submitted_at: datetime | None = None
    decisions: list[Decision] = Field(default_factory=list)  # one per decided IKI of the current submission
    versions: list[Version] = Field(default_factory=list)
    change: Change | None = None
    returned: str = ""  # the leader's comment on the last perubahan sent back
    sent: SkpDraft | None = None  # the SKP as last submitted
    sent_before: SkpDraft | None = None  # as submitted the time before: the leader's marks of what a resubmission changed

    def decision(self, index: int) -> Decision | None:
        return next((d for d in self.decisions if d.index == index), None)

    @property
    def in_force(self) -> Version | None:
        return self.versions[-1] if self.versions else None


class Feedback(BaseModel):
    id: str  # "u1", "u2" … within the member's record
    kind: str  # knowledge/team.yaml feedback kinds
    text: str
    iki: int | None = None  # 0-based; None: general
    iki_text: str = ""  # the indicator as it read when the feedback was given
    pair: str  # the pairing it was given under
    at: datetime
    reply: str = ""
    replied_at: datetime | None = None


class Catatan(BaseModel):
    category: str  # knowledge/team.yaml catatan categories
    text: str


class Dialog(BaseModel):
    id: str  # "d1", "d2" …
    held_on: date
    catatan: list[Catatan]
    pair: str
    recorded_at: datetime
    read_at: datetime | None = None  # the member confirmed reading the catatan


class MemberRecord(BaseModel):
    review: Review = Field(default_factory=Review)
    feedback: list[Feedback] = Field(default_factory=list)
    dialogs: list[Dialog] = Field(default_factory=list)
    cadence: str = ""  # set by the leader for this member; empty: the leader's team cadence


class LeaderSettings(BaseModel):
    cadence: str = ""  # for the whole team; empty: the guidance's default
    digest: Literal["otomatis", "ya", "tidak"] = "otomatis"  # one weekly digest instead of a message per event


def member_called(skp: SkpDraft) -> str:
    """How a notice to the leader names the member: their /profil name, so a leader of several knows who (tester21a
    #17: «Anggota tim Anda sudah membaca …» with two members), else the team's word."""
    return skp.pegawai.nama or "Anggota tim Anda"
