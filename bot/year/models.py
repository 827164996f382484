"""What the year keeps per user, as JSON: rencana aksi, catatan harian with bukti, realisasi per triwulan, reminder
settings and the SKP's versions. Every field has a default so a state saved by an older version still loads."""

from datetime import date, datetime, time
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot import knowledge
from bot.models import SkpDraft

SCHEMA = 1  # bump with a migration note when a field changes meaning (adding one with a default needs none)


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore")  # a field a newer version added is dropped, not an error


class Stage(_Record):
    name: str
    months: list[int]  # 1 = Januari … 12 = Desember
    share: float | None = None  # the part of a count target this stage delivers; None when it delivers none
    share_set: bool = False  # typed by the user: kept when the other shares are balanced
    done: date | None = None

    @field_validator("months")
    @classmethod
    def _months_in_year(cls, months: list[int]) -> list[int]:
        kept = sorted({m for m in months if 1 <= m <= 12})
        if not kept:
            raise ValueError("tahapan harus punya bulan antara Januari dan Desember")
        return kept


class RencanaAksi(_Record):
    iki: str  # the IKI's indikator text: the key that ties every record to the SKP
    pattern: str = ""  # the kind of result the stages were proposed from (knowledge/rencana_aksi.yaml)
    stages: list[Stage] = Field(default_factory=list)
    accepted: date | None = None


class EvidenceKind(StrEnum):
    photo = "photo"
    document = "document"
    path = "path"  # a file named in the terminal chat
    link = "link"  # a web address sent as bukti (a shared drive's file): `name` holds it, nothing is fetched


class Evidence(_Record):
    kind: EvidenceKind
    file_id: str = ""  # Telegram's file_id: the file itself stays with Telegram
    name: str = ""
    size: int | None = None
    mime: str = ""
    sha256: str = ""  # when the bytes were fetched
    path: str = ""  # a copy under IKI_EVIDENCE_DIR, or the terminal's path
    added: datetime | None = None


class EntryStatus(StrEnum):
    linked = "linked"
    outside = "outside"  # di luar SKP
    unsure = "unsure"  # waiting for the user to pick the IKI


class LogEntry(_Record):
    id: str
    day: date
    text: str
    status: EntryStatus = EntryStatus.unsure
    iki: str | None = None  # the linked IKI's key when linked
    candidates: list[str] = Field(default_factory=list)  # the IKI offered while unsure
    stage: int | None = None  # 0-based stage of the IKI's rencana aksi
    quantity: float | None = None  # counted toward a count IKI
    figure: float | None = None  # a percentage IKI's figure reported in the line («HI 3%»): its latest is the period's
    figure_unit: str = ""  # the figure's unit when it is a time («menit» of an average time IKI); "" is a percentage
    rate: tuple[float, float] | None = None  # the figure's numerator and denominator («20 perawat, 17 patuh»)
    # the line's rate toward another percentage IKI it was offered beside («periksa 5 kapal, terbit 5 sertifikat»
    # linked to the count of certificates is 5 of 5 ships for the percentage too), by IKI key
    also: dict[str, tuple[float, float]] = Field(default_factory=dict)
    minutes: int | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    created: datetime | None = None
    touched: datetime | None = None  # when the user last changed it by its id («c7 di luar SKP»): a file sent next goes to it


class RealisasiSource(StrEnum):
    typed = "typed"
    logbook = "logbook"  # the sum of the quarter's linked quantities, as the user asked


class Realisasi(_Record):
    iki: str
    quarter: int = Field(ge=1, le=4)
    value: float  # the quarter's value in the IKI's unit: a count of that quarter, a percentage, a time
    numerator: float | None = None
    denominator: float | None = None
    source: RealisasiSource = RealisasiSource.typed
    note: str = ""
    recorded: datetime | None = None
    # a count's figure asked «TW II saja, atau total sejak Januari?» and not answered yet: kept as the quarter's own
    # (nothing typed is lost), said «belum pasti» wherever it is shown until the answer decides
    asked: bool = False


def _default(section: str, key: str):
    """A reminder default from knowledge/pengingat.yaml ("16:00" read as a time)."""
    value = knowledge.data("pengingat")[section][key]
    return time.fromisoformat(value) if isinstance(value, str) else value


class LogbookNudge(_Record):
    on: bool = False  # off until the user turns it on
    days: list[int] = Field(default_factory=lambda: list(_default("logbook", "days")))  # weekdays, Monday = 0
    at: time = Field(default_factory=lambda: _default("logbook", "at"))
    since: datetime | None = None  # set when switched on or changed: nothing before it is due


class DialogReminder(_Record):
    on: bool = False
    every_months: int = 1  # 1 monthly, 2 every two months
    day: int | None = None  # «tiap bulan tgl 5»: the day of the month asked for; None: the first working day
    at: time = Field(default_factory=lambda: _default("dialog", "at"))
    last: date | None = None  # the last dialog kinerja: the next is counted from it
    since: datetime | None = None


class RealisasiPrompt(_Record):
    on: bool = True
    at: time = Field(default_factory=lambda: _default("realisasi", "at"))
    since: datetime | None = None


class QuietHours(_Record):
    start: time  # e.g. 21:00
    end: time  # e.g. 06:00 (the next morning when before start)


class Pause(_Record):
    start: date
    end: date  # inclusive


class ReminderSettings(_Record):
    logbook: LogbookNudge = Field(default_factory=LogbookNudge)
    dialog: DialogReminder = Field(default_factory=DialogReminder)
    realisasi: RealisasiPrompt = Field(default_factory=RealisasiPrompt)
    quiet: QuietHours | None = None
    weekends_off: bool = False  # no proactive message on Saturday or Sunday
    pauses: list[Pause] = Field(default_factory=list)  # leave: no reminder inside


class LinkChoice(_Record):
    """A line the user moved to another IKI than the bot read: the same user's lines holding its terms follow it."""

    terms: list[str]  # the line's terms as the linker reads them
    iki: str
    entry: str  # the entry the user re-linked


class Unplaced(_Record):
    """A quarter's figure typed before any IKI was saved («IKI 1: 612 dari 680»): kept, and offered once the SKP
    has its IKI, so nothing typed is lost."""

    text: str
    quarter: int = Field(ge=1, le=4)  # the quarter it was typed for
    typed: datetime | None = None


class SkpVersion(_Record):
    number: int  # 1 = the SKP as agreed (ditetapkan)
    on: date
    skp: SkpDraft
    reason: str = ""  # key of knowledge/perubahan_skp.yaml; empty for the first version
    note: str = ""
    completed_on: date | None = None  # its empty jenis or bobot filled in (perubahan_skp.yaml completing), number kept


class YearState(_Record):
    """Everything of the year for one user; the engine keeps it in its UserState as one field."""

    schema_version: int = SCHEMA
    year: int | None = None  # the performance year, set when the SKP is agreed or the first entry is kept
    rencana: list[RencanaAksi] = Field(default_factory=list)
    entries: list[LogEntry] = Field(default_factory=list)
    realisasi: list[Realisasi] = Field(default_factory=list)
    reminders: ReminderSettings = Field(default_factory=ReminderSettings)
    sent: dict[str, str] = Field(default_factory=dict)  # reminder kind → the key last handed to the outbox
    versions: list[SkpVersion] = Field(default_factory=list)
    next_entry: int = 1  # entry ids are "c1", "c2", … and never reused
    pending: Evidence | None = None  # a file sent with no entry to go to, kept until the user picks its entry
    unplaced: list[Unplaced] = Field(default_factory=list)  # figures typed before the SKP had IKI
    choices: list[LinkChoice] = Field(default_factory=list)  # the user's re-links, latest last
    # the entries the user's latest message kept or changed by its id: a file sent next is bukti dukung of one of
    # them, never of an entry an earlier message kept at the same moment (a frozen clock, a burst of messages)
    latest: list[str] = Field(default_factory=list)

    @property
    def agreed(self) -> bool:
        return bool(self.versions)

    def performance_year(self, today: date) -> int:
        """The year the SKP measures: kept once set, so the TW IV prompt in January still reads last year."""
        return self.year or today.year


class YearError(ValueError):
    """What the user asked cannot be done as asked; str() is an Indonesian sentence that says what to do."""
