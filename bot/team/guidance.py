"""The leader's side as the guidance and the product fix it (knowledge/team.yaml, knowledge/perubahan_skp.yaml),
typed and cached: pairing numbers, feedback kinds, catatan categories, dialog cadences, digest, perubahan reasons."""

from pydantic import BaseModel, ValidationError

from bot import knowledge


class Choice(BaseModel):
    """One entry of a fixed vocabulary: the id kept in records, the label people read."""

    id: str
    label: str
    button: str = ""  # the label on a button when the label is longer than a phone shows (about 30 characters)

    @property
    def button_label(self) -> str:
        return self.button or self.label


class Category(Choice):
    words: list[str] = []  # how a leader may write it in a catatan ("diklat: …")
    general: bool = False  # «rekomendasi: diklat …»: a body opening with another category's word is that category


class Cadence(Choice):
    months: int


class LeaderChange(BaseModel):
    """How a member says their leader changed: a leader word near a change word."""

    leaders: list[str]
    changes: list[str]
    personal: list[str]
    window: int


class MemberRecords(BaseModel):
    """How a leader asks to change a member's own records: an edit verb, then a record word."""

    verbs: list[str]
    records: list[str]


class FeedbackAsked(BaseModel):
    """How a leader asks the assistant to pass feedback to a member: a giving verb, a feedback word, whom it goes to."""

    verbs: list[str]
    words: list[str]
    to: list[str]
    reach: int
    unless: list[str]


class Pairing(BaseModel):
    source: str
    code_bytes: int
    valid_days: int
    guesses: dict[str, float]
    leader_change: LeaderChange
    member_records: MemberRecords
    feedback_asked: FeedbackAsked

    @property
    def valid_s(self) -> float:
        return self.valid_days * 86400.0

    @property
    def guess_limit(self) -> tuple[int, float]:
        return int(self.guesses["limit"]), float(self.guesses["window_s"])


class Digest(BaseModel):
    source: str
    members_from: int
    weekday: int
    hour: int


class TeamGuidance(BaseModel):
    pairing: Pairing
    feedback: list[Choice]
    catatan: list[Category]
    cadences: list[Cadence]
    default_cadence: str
    agenda_days_before: int
    digest: Digest
    reasons: list[Choice]  # why an SKP may change after it was set
    reasons_source: str

    def feedback_kind(self, kind: str) -> Choice | None:
        return next((k for k in self.feedback if k.id == kind), None)

    def category(self, category: str) -> Category | None:
        return next((c for c in self.catatan if c.id == category), None)

    def cadence(self, cadence: str) -> Cadence | None:
        return next((c for c in self.cadences if c.id == cadence), None)

    def reason(self, reason: str) -> Choice | None:
        return next((r for r in self.reasons if r.id == reason), None)


@knowledge.cached
def guidance() -> TeamGuidance:
    team, changes = knowledge.data("team"), knowledge.data("perubahan_skp")
    try:
        return TeamGuidance(pairing=team["pairing"], feedback=team["feedback"]["kinds"],
                            catatan=team["catatan"]["categories"], cadences=team["dialog"]["cadences"],
                            default_cadence=team["dialog"]["default"],
                            agenda_days_before=team["dialog"]["agenda_days_before"], digest=team["digest"],
                            reasons=[{"id": key, "label": value["label"], "button": value.get("button", "")}
                                     for key, value in changes["reasons"].items()],
                            reasons_source=changes["source"])
    except (KeyError, TypeError, ValidationError) as exc:
        raise knowledge.KnowledgeError(f"knowledge/team.yaml atau knowledge/perubahan_skp.yaml tidak lengkap atau "
                                       f"salah bentuk ({exc.__class__.__name__}); pakai versi dari repositori") from None
