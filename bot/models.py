"""The one schema for drafts and findings, shared by the rules, the rewriter, the CLI and the chat."""

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.knowledge import cached, data, policy
from bot.lang.numbers import parse_number

# One IKI, one question, one search: longer text is several things pasted together (and costs every reader).
MAX_TEXT_CHARS = 2000


class Aspek(StrEnum):
    kuantitas = "kuantitas"
    kualitas = "kualitas"
    waktu = "waktu"
    biaya = "biaya"


class Jenis(StrEnum):
    core_cl = "core_cl"
    core_tusi = "core_tusi"
    core_mi = "core_mi"
    beyond = "beyond"

    @property
    def is_core(self) -> bool:
        return self is not Jenis.beyond

    @property
    def label(self) -> str:
        return {"core_cl": "Core CL", "core_tusi": "Core TUSI", "core_mi": "Core MI", "beyond": "Beyond"}[self]


class Peran(StrEnum):
    anggota = "anggota"
    ketua_tim = "ketua_tim"
    pimpinan_unit = "pimpinan_unit"

    @property
    def label(self) -> str:
        return {"anggota": "Anggota", "ketua_tim": "Ketua Tim", "pimpinan_unit": "Pimpinan Unit"}[self]


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class Category(StrEnum):
    """Fixed vocabulary other tools depend on: add members, never rename them."""

    ACTIVITY = "ACTIVITY"
    REPORT_COUNT = "REPORT_COUNT"
    NO_MEASURE = "NO_MEASURE"
    ABSOLUTE = "ABSOLUTE"
    VAGUE = "VAGUE"
    MISSING_TARGET = "MISSING_TARGET"
    UNIT_MISMATCH = "UNIT_MISMATCH"
    DOCUMENT_OUTPUT = "DOCUMENT_OUTPUT"
    PARENT_MISSING = "PARENT_MISSING"
    LANGUAGE = "LANGUAGE"  # an IKI not written in Bahasa Indonesia (issue 16)
    WORK_VOLUME = "WORK_VOLUME"  # a count of routine work handled, not its result (issue 16)
    BASELINE = "BASELINE"  # a target looser than where the unit stands now (tester18 #5)
    TWO_MEASURES = "TWO_MEASURES"  # one IKI measuring two things at once, one target for both (tester59 F8)
    COUNT_RANGE = "COUNT_RANGE"
    WEIGHT_TOTAL = "WEIGHT_TOTAL"
    WEIGHT_SPLIT = "WEIGHT_SPLIT"
    MANDATORY_MISSING = "MANDATORY_MISSING"
    UNTAGGED = "UNTAGGED"
    DUPLICATE = "DUPLICATE"
    BEYOND_MISSING = "BEYOND_MISSING"
    # MPPH checks (bot/skp/mpph_rules.py)
    UNINTERVENED = "UNINTERVENED"
    NO_ROLE = "NO_ROLE"
    SPLIT_SUM = "SPLIT_SUM"
    REGION_COVERAGE = "REGION_COVERAGE"
    UNKNOWN_MEMBER = "UNKNOWN_MEMBER"
    SOURCE_DROPPED = "SOURCE_DROPPED"  # the leader's own IKI of an indicator dropped from their SKP (tester58 F20)


class Kind(StrEnum):
    output = "output"
    activity = "activity"


@cached
def _jenis_words() -> dict[str, Jenis]:
    """Spellings users type for jenis IKI (lexicon.yaml `jenis_words`), each mapped to the schema value."""
    return {word: Jenis(value) for value, words in data("rules/lexicon")["jenis_words"].items() for word in words}


_JENIS_PARTS = re.compile(r"[()\[\]/]")  # «Beyond (BYD)», «TUSI/Core TUSI»: a name and its short form


def read_jenis(value: str) -> Jenis | str:
    """A jenis as written: a known spelling, or a name with its short form beside it whose known parts name one jenis
    («Beyond (BYD)»); else the text lowered, which validation refuses."""
    words = _jenis_words()
    key = " ".join(value.strip().lower().replace("_", " ").split())
    if key in words:
        return words[key]
    known = {words[part] for part in (" ".join(p.split()) for p in _JENIS_PARTS.split(key)) if part in words}
    return known.pop() if len(known) == 1 else value.strip().lower()


def _blank_to_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


class IkiDraft(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    indikator: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    rhk: str | None = None
    # Kept as written so a check can say what is wrong with it; parse with bot.lang.numbers.parse_target.
    target: str | float | None = None
    satuan: str | None = None
    aspek: Aspek | None = None
    jenis: Jenis | None = None
    bobot: float | None = Field(default=None, ge=0)
    parent: str | None = None
    # Where the unit stands now (PermenPANRB 8/2021 bases targets on it): a rate or a ceiling moves from here.
    baseline: str | float | None = None
    # The leader's RHK (or indicator) this IKI intervenes: the SKP form's "RHK pimpinan yang diintervensi".
    rhk_atasan: str | None = None
    # Targets per quarter (TW I–IV) agreed with the leader, e.g. a season that runs only in TW III–IV; None: the
    # dialog pack proposes them from the kind of measure.
    target_triwulan: list[str | float | None] | None = Field(default=None, min_length=4, max_length=4)
    # The quarter (1–4) a one-off deliverable ("1 dashboard") is due: nothing is counted before it.
    triwulan_selesai: int | None = Field(default=None, ge=1, le=4)
    # The parts of a shared indicator this person holds themself (MPPH: a leader's «konsolidasi data nasional»).
    bagian: str | None = None

    @field_validator("rhk", "satuan", "parent", "baseline", "rhk_atasan", mode="before")
    @classmethod
    def _empty_is_missing(cls, value: object) -> object:
        return _blank_to_none(value)

    @field_validator("target", mode="before")
    @classmethod
    def _target_kept_as_written(cls, value: object) -> object:
        if isinstance(value, bool):
            raise ValueError("target harus angka atau teks, bukan true/false")
        return value

    @field_validator("aspek", mode="before")
    @classmethod
    def _aspek_any_case(cls, value: object) -> object:
        value = _blank_to_none(value)
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("jenis", mode="before")
    @classmethod
    def _jenis_alias(cls, value: object) -> object:
        value = _blank_to_none(value)
        if isinstance(value, str):
            return read_jenis(value)
        return value

    @field_validator("bobot", mode="before")
    @classmethod
    def _bobot_percent(cls, value: object) -> object:
        value = _blank_to_none(value)
        if isinstance(value, str):
            number = parse_number(re.sub(r"\s*(?:%|persen)\s*$", "", value.strip(), flags=re.IGNORECASE))
            if number is None:
                raise ValueError(f"bobot «{value}» bukan angka")
            value = number
        if isinstance(value, (int, float)) and value > policy().weights.ceiling:
            raise ValueError(f"terlalu besar; paling tinggi {policy().weights.ceiling}")
        return value


NIP_DIGITS = 18  # a civil servant's NIP: birth date, appointment month, sex and a serial


class Pegawai(BaseModel):
    """Who the SKP belongs to, as /profil asks it: the workbook's and the dialog pack's identity and signatures."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    nama: str = ""
    nip: str = ""  # NIP_DIGITS digits, kept as written with its spaces
    pppk: bool = False  # a PPPK member: the 18-digit number is the NI PPPK, the SKP the same as a PNS's
    jabatan: str = ""
    unit: str = ""
    atasan: str = ""  # the pejabat penilai kinerja: a name, a position, or both
    nip_atasan: str = ""  # the atasan's NIP for the signature block, 18 digits
    # When /profil last took the atasan or their NIP (epoch seconds; 0: before this was recorded, so before any
    # pairing). An atasan typed before the paired leader confirmed no longer signs: the paired leader's /profil does.
    atasan_at: float = 0.0

    @property
    def filled(self) -> bool:
        return any((self.nama, self.nip, self.jabatan, self.unit, self.atasan))

    @property
    def nip_label(self) -> str:
        """What the employee's number is called: «NI PPPK» for a PPPK member, «NIP» for a PNS."""
        return "NI PPPK" if self.pppk else "NIP"


class SkpDraft(BaseModel):
    model_config = ConfigDict(extra="ignore")

    peran: Peran = Peran.anggota
    cascading_langsung: bool = False
    iki: list[IkiDraft] = Field(default_factory=list)
    pegawai: Pegawai = Field(default_factory=Pegawai)


class Finding(BaseModel):
    rule: str
    category: Category
    severity: Severity
    message: str
    suggestion: str | None = None


class IkiResult(BaseModel):
    indikator: str
    kind: Kind
    findings: list[Finding]
    # Set when the draft was tidied before the rules ran (numbering, "IKI:", "yg", ALL CAPS …): what they read.
    read_as: str | None = None
    reading_notes: list[str] = Field(default_factory=list)
    target_read: str | None = None  # a target taken from inside the sentence

    @property
    def has_error(self) -> bool:
        return any(f.severity is Severity.error for f in self.findings)


class SkpResult(BaseModel):
    findings: list[Finding]
    iki: list[IkiResult]

    @property
    def has_error(self) -> bool:
        return any(f.severity is Severity.error for f in self.findings) or any(r.has_error for r in self.iki)


class Candidate(BaseModel):
    indikator: str
    satuan: str
    alasan: str
    # what it measures is the rewriter's guess from the kind of work («Persentase sasaran rapat koordinasi …»): shown
    # to choose from, never saved unasked (play38)
    guessed: bool = False


class RewriteResult(BaseModel):
    input: str
    candidates: list[Candidate]
