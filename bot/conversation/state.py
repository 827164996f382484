"""What the engine remembers per user: the SKP draft, where they are in a flow, pending choices."""

from pydantic import BaseModel, Field

from bot.models import Candidate, IkiDraft, SkpDraft
from bot.skp.mpph import LeaderIndicator, Person


class ChosenIndicator(BaseModel):
    code: str
    name: str
    path: list[str] = Field(default_factory=list)
    target: str = ""


class PrimaState(BaseModel):
    step: str = "P"  # P, R, I, M, A; sub-steps inside M are in `field`
    indicator: ChosenIndicator | None = None
    strategies: str = ""
    typed: str = ""  # the last words searched in step P
    # The IKI being drafted in step M, and which of its fields the next message fills.
    current: IkiDraft | None = None
    field: str = "indikator"
    pending_bobot: float | None = None  # a weight past the guidance, kept only after "tetap simpan"
    paused: bool = False  # stopped with /batal, progress kept: /prima offers to continue


class MpphState(BaseModel):
    step: str = "indicator"  # indicator → method → roles → done; scope/holder (who holds the rest), edit (one role)
    indicators: list[LeaderIndicator] = Field(default_factory=list)
    team: list[Person] = Field(default_factory=list)
    current: LeaderIndicator | None = None
    editing: int | None = None  # the role being changed, numbered as the matrix shows them
    scope: int = 0  # the indicator whose remaining regions are asked about


class EditState(BaseModel):
    """An IKI field waiting for its new value (/ubah, or the Ubah button of /skp)."""

    index: int  # 0-based position in the SKP draft
    field: str  # indikator | target | satuan | jenis | bobot | rhk | aspek | baseline
    pending: str = ""  # a weight refused for overshooting, kept if the user says "tetap simpan"


class ProfilState(BaseModel):
    """/profil waiting for an answer: the field the next message fills (the rest may come pasted with it)."""

    field: str = ""  # nama | nip | jabatan | unit | atasan
    skipped: list[str] = Field(default_factory=list)  # fields the user chose to leave empty for now


class RhkState(BaseModel):
    leader: str  # a leader's RHK the member drafts their own from
    part_kind: str = ""  # aspek | wilayah | output_antara | layanan, once chosen


class UserState(BaseModel):
    skp: SkpDraft = Field(default_factory=SkpDraft)
    prima: PrimaState | None = None
    mpph: MpphState | None = None
    rhk: RhkState | None = None
    edit: EditState | None = None
    profil: ProfilState | None = None
    candidates: list[Candidate] = Field(default_factory=list)  # rewrites offered by the last /cek or step M
    confirm: str = ""  # an action waiting for "yes", e.g. "hapus"
    pending: str = ""  # a plain message the bot asked about ("periksa sebagai IKI atau tanya pedoman?")
    hits: list[ChosenIndicator] = Field(default_factory=list)  # indicators offered in step P
