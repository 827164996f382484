"""What the engine remembers per user: the SKP draft, where they are in a flow, pending choices."""

from datetime import date

from pydantic import BaseModel, Field

from bot.models import Candidate, IkiDraft, Jenis, SkpDraft
from bot.skp.mpph import LeaderIndicator, Person
from bot.team.record import LeaderSettings, MemberRecord
from bot.year.models import LinkChoice, LogEntry, Realisasi, YearState


class ChosenIndicator(BaseModel):
    code: str
    name: str
    path: list[str] = Field(default_factory=list)
    target: str = ""
    poor_fit: bool = False  # picked from near misses, or marked «kurang cocok»: never a reason for Core CL


class Drafting(BaseModel):
    """One IKI completed field by field (iki_fields.py): PRIMA step M, or «Simpan ke draf» after /cek, /rhk, a list."""

    current: IkiDraft | None = None
    field: str = "indikator"  # which field the next message fills
    pending_bobot: float | None = None  # a weight past the guidance, kept only after "tetap simpan"
    proposed: str = ""  # a guessed value («70an» → "70") waiting for a yes
    # the other reading offered beside `proposed`, and its button's label: the value as typed beside a fraction's
    # percent («0,85» → "85%", «Tetap 0,85%»), the upper end beside the lower of a range («80-90%» → "80%", «90%»)
    other: str = ""
    other_label: str = ""
    answered: str = ""  # the field answered last, so «eh salah, 20 aja» replaces it
    last_number: str = ""  # the number field answered last (target, baseline, bobot), when a jenis came after it
    saved: int | None = None  # where that IKI sits in the SKP once saved (0-based), for a correction after saving
    # the IKI completed just before this one in a queue (0-based) and its last number field: «eh salah, 25 aja» before
    # this one gets any answer corrects that one, not this one's target
    previous: int | None = None
    previous_field: str = ""
    # the IKI (its text) whose 100% target, typed where another question was open, was just said to be absolute: the
    # next message alone may give way («yaudah 95») and lower it (d6-arsiparis01)
    absolute_told: str = ""
    # the IKI (1-based places) whose 100% target was just called absolute in a note: «kok gitu? 100 kan bagus» next
    # asks about that note, answered with the rule's reason, never read as the open field's value (d22-dev07)
    absolute_noted: list[int] = Field(default_factory=list)


class PrimaState(Drafting):
    step: str = "P"  # P, R, I, M, A; sub-steps inside M are in `field`
    indicator: ChosenIndicator | None = None
    strategies: str = ""
    typed: str = ""  # the last words searched in step P (not a pick such as "nomer 2")
    misses: int = 0  # searches in step P in a row that found nothing to pick
    strays: int = 0  # messages in a row that answered none of the buttons waiting (steps 3 and 5): two pause PRIMA
    paused: bool = False  # stopped with /batal, progress kept: /prima offers to continue
    queue: list[IkiDraft] = Field(default_factory=list)  # IKI of a pasted list, each drafted in turn in step M
    # IKI typed ahead or pasted that passed with their target: saved to the draft at once (0-based), completed in turn
    waiting: list[int] = Field(default_factory=list)
    proposals: list[Candidate] = Field(default_factory=list)  # step R's activities, rewritten and checked, to start from
    # the proposals were drafted together from the work told (prima_offer.py): shown with the targets told for them
    # (`offer_targets`, by their text; the mandatory IKI's by its name) and «Simpan semua usulan», until a message is
    # about neither; a proposal picked takes its target
    together: bool = False
    # values told for IKI before any was proposed («target TCM 3000 sampel setahun, input SITB max 24 jam» at step 2):
    # held, and set on the proposals once step 4 drafts them
    told_targets: list[str] = Field(default_factory=list)
    offer_targets: dict[str, str] = Field(default_factory=dict)
    unproposed: list[str] = Field(default_factory=list)  # step R's activities no starting point could be drafted for
    spelling: list[str] = Field(default_factory=list)  # the IKI as the reader spelt it, kept only on «Betulkan ejaan»
    index: int | None = None  # the IKI being completed, once saved early (it passed and has its target), 0-based
    ahead: int | None = None  # the IKI typed ahead with its target in the last message (0-based): «eh salah, 15 aja»
    # the step (and field) the last step back left, «I:direct»: «undo» right after puts the user back there
    backed_from: str = ""


class FillState(Drafting):
    """An IKI from /cek, /rhk or a pasted list: «Simpan ke draf» saves it, then the flow asks what it lacks."""

    field: str = ""  # "" while only the «Simpan ke draf» button answers (the next message is not taken as a value)
    index: int | None = None  # its place in the SKP once saved; None until then
    typed: str = ""  # the text as typed, when the rules read it differently («Simpan seperti ditulis»)
    queue: list[int] = Field(default_factory=list)  # further saved IKI (0-based) still lacking a field
    lines: dict[str, int] = Field(default_factory=dict)  # a pasted list's line number → its IKI in the SKP (0-based)
    reminded: int = 0  # commands since the open field was last answered or asked (draft_save.remind)
    edit_spared: bool = False  # one /ubah since then not counted as moving on (play38), a run of them is
    # the draft's size when the IKI was offered: once another IKI is saved, a guessed «Pakai usulan 1» is not this one
    offered_at: int | None = None
    # the IKI and field last asked when a message came («3:baseline»), and how many messages came since that question
    # was first met: «ga jadi» undoes the save only at the first (d7-nutrisionis-rs01: six messages later, after a
    # question about Beyond, «ga jadi deh tahun depan aja» took a table's first IKI out of the draft)
    met: str = ""
    waited: int = 0
    # «belum ada data awal semua»: no IKI of this save is asked its data awal (set later with /ubah N baseline)
    no_baseline: bool = False


class ListedIki(BaseModel):
    """One line of the last pasted list, as typed (its number is its place in the list)."""

    text: str
    target: str | None = None
    jenis: Jenis | None = None  # «… 80 TUSI 20»: the jenis and weight typed on the line, kept for its draft
    bobot: float | None = None
    rhk: str | None = None  # a pasted table's RHK column: the user's own RHK, kept for its draft
    dropped: bool = False  # «no 4 buang aja»: never saved with the lines that pass
    # the line as typed when «simpan semua» saved its first suggestion in its place: «no N masukin apa adanya» puts it back
    as_written: "ListedIki | None" = None


class MpphVersion(BaseModel):
    """The team's MPPH as it stood once the leader's SKP was agreed (1), or after a perubahan of its roles (2, 3 …)
    with the reason the guidance allows, the day it was recorded and the day it holds from (tester55 F8)."""

    number: int
    on: date
    since: date | None = None  # «per 1 juli»: when the change holds from
    reason: str = ""  # a perubahan_skp.yaml reason key; "" for the matrix as agreed
    note: str = ""
    indicators: list[LeaderIndicator] = Field(default_factory=list)


class MpphState(BaseModel):
    step: str = "indicator"  # indicator (→ target) → method → roles → done; scope/holder (who holds the rest), edit;
    # reason → since: a role changed after the SKP was agreed, its perubahan asked (mpph_versions.py)
    indicators: list[LeaderIndicator] = Field(default_factory=list)
    team: list[Person] = Field(default_factory=list)
    current: LeaderIndicator | None = None
    editing: int | None = None  # the role being changed, numbered as the matrix shows them
    edited: int | None = None  # the role changed last: «*eh targetnya tetap 1 ding» next puts it right (tester57 F12)
    scope: int = 0  # the indicator whose remaining regions are asked about
    ahead: list[str] = Field(default_factory=list)  # a method or role lines typed before their step: taken there
    reopened: bool = False  # the matrix shown again by /mpph: an indicator line typed next is one more indicator
    reminded: bool = False  # its «masih terbuka» said once since the matrix was last shown: not on every turn (tester52 P2-6)
    queued: list[str] = Field(default_factory=list)  # more indicator lines pasted at step 1: split one after another
    # The leader's RHK a Ketua said they hold whole in /rhk just before: the first indicator here measures it, so the
    # IKI saved to their draft carries it as their RHK and as the leader's RHK intervened (tester55 F7), never a
    # rewording; a later indicator keeps its own RHK (mpph38 #5).
    rhk: str = ""
    rhk_iki: str = ""  # the IKI /rhk proposed for it: step 1's example
    shares_kept: list[str] = Field(default_factory=list)  # indicators whose parts' «%» were asked (porsi or target)
    share_save: bool = False  # «Simpan ke draf» pressed as the porsi question opened: the own part saved once answered
    # the leader's own IKI saved while a question of the matrix was open (who holds the rest): what they lack (data
    # awal, bobot …) asked once the matrix is done, as a list save asks it (play41 F9)
    fields_waiting: list[str] = Field(default_factory=list)
    rest_ahead: str = ""  # who holds the rest («regional 4 sama 5 dipegang tim lain») said before the roles: the scope's
    versions: list[MpphVersion] = Field(default_factory=list)  # after the SKP is agreed: the matrix kept per perubahan
    # A perubahan of the roles asked or told: its reason key, day asked and the day it holds from («andi mutasi per
    # 1 juli»: told with the team's change, recorded with no question)
    change_reason: str = ""
    change_note: str = ""
    change_since: date | None = None
    change_on: date | None = None


class EditState(BaseModel):
    """An IKI field waiting for its new value (/ubah, or the Ubah button of /skp)."""

    index: int  # 0-based position in the SKP draft
    field: str  # indikator | target | satuan | jenis | bobot | rhk | aspek | baseline
    pending: str = ""  # a weight refused for overshooting, kept if the user says "tetap simpan"
    retarget: bool = False  # the target asked because a new text or unit no longer fits it: that change is made


class DroppedIki(BaseModel):
    """The IKI /buang removed last, kept so «Urungkan» puts it back in its place with all its fields."""

    index: int  # 0-based position it had in the SKP draft
    iki: IkiDraft
    after: str = ""  # the draft's fingerprint right after: a typed undo is for this removal only while it still holds
    also: list["DroppedIki"] = Field(default_factory=list)  # the others one «/buang 3 5» removed with it


DroppedIki.model_rebuild()


class EditedIki(BaseModel):
    """The IKI /ubah changed last as it was before, so «undo», «balikin yg tadi» puts the old value back while the
    draft is still as that change left it (tester20a #5)."""

    index: int  # 0-based position of the IKI changed
    before: IkiDraft
    after: str  # the draft's fingerprint right after the change


class YearChange(BaseModel):
    """What the year's records were before the last realisasi kept, catatan deleted or catatan re-linked, so «undo»,
    «balikin yg tadi» takes it back while the records and the SKP are still as it left them (tester22b #23)."""

    realisasi: list[Realisasi]  # every realisasi as before
    entries: list[tuple[int, LogEntry]]  # the entries it deleted or changed, with their place in the list, as before
    choices: list[LinkChoice]  # the user's re-links as before
    after: str  # the records' and the SKP's fingerprint right after (year_undo.fingerprint)
    undone: bool = False  # this turn took it back: the turn notes nothing, and nothing is left to undo


class SavedBatch(BaseModel):
    """The draft as it was before the last save of several IKI (a pasted list's), so «undo», «batalin simpan tadi»
    takes that save back while the draft still holds the same IKI texts (fields filled since do not count)."""

    before: list[IkiDraft]
    texts: list[str]  # the draft's IKI texts right after the save
    dropped: list[int] = []  # the list's lines the same message threw out (1-based): taken back with the save


class ProfilState(BaseModel):
    """/profil waiting for an answer: the field the next message fills (the rest may come pasted with it)."""

    field: str = ""  # nama | nip | jabatan | unit | atasan
    skipped: list[str] = Field(default_factory=list)  # fields the user chose to leave empty for now
    passed: int = 0  # other commands run while it waited: asked again after the first, let go after the second


class RhkState(BaseModel):
    leader: str = ""  # a leader's RHK the member drafts their own from; "" while a bare /rhk waits for its text
    part_kind: str = ""  # aspek | wilayah | output_antara | layanan | seluruh, once chosen; "iki" = its IKI is asked
    drafted: str = ""  # the RHK drafted, waiting for the IKI that measures it
    jenis: str = ""  # the jenis that IKI gets (core_cl when a Ketua holds the whole RHK)
    proposed: list[Candidate] = Field(default_factory=list)  # IKI proposed for the whole RHK: «Simpan usulan N ke draf»
    paused: bool = False  # set aside by a message that was something else; a bare /rhk takes it up again


class TeamAsk(BaseModel):
    """A team question waiting for the user's next message (team_chat.py): a leader's comment or new target on a
    member's IKI, feedback, a dialog's catatan; a member's reply or a perubahan's explanation."""

    kind: str  # catatan | target | alasan | umpanbalik | balas | dialog | kirim | keterangan | tarik | catatansemua
    data: str = ""  # the leader's press (button data), or the member, feedback or dialog it is about
    value: str = ""  # what was answered before: the new target, the feedback kind, the perubahan reason, catatan
    changes: list[str] = Field(default_factory=list)  # tarik: each change typed («2 bobot 30»), made once withdrawn


class YearAsk(BaseModel):
    """A year question waiting (year_chat.is_waiting): a recap to confirm, the reason of a perubahan SKP, a quarter's
    realisasi; "go" carries a reason given to the /ubah or /buang it lets through; "refused" a figure just refused,
    whose next figure puts it right."""

    kind: str  # recap | alasan | sama (today's perubahan's reason, to confirm) | go | realisasi | running | percent | split | tahap (a rencana change waiting for its IKI)
    line: str = ""  # the recap line, or the command waiting for its reason
    reason: str = ""
    note: str = ""  # the explanation typed with the reason: kept on the version, not asked again
    quarter: int | None = None
    asked_on: date | None = None  # the day «Isi realisasi TW I» was pressed: a bare figure answers it for a few days
    walk: int | None = None  # the IKI «Isi realisasi TW I» asks about now, one at a time (issue 18)


class UserState(BaseModel):
    skp: SkpDraft = Field(default_factory=SkpDraft)
    prima: PrimaState | None = None
    mpph: MpphState | None = None
    mpph_last: MpphState | None = None  # the matrix last finished or closed, opened again by /mpph
    rhk: RhkState | None = None
    edit: EditState | None = None
    profil: ProfilState | None = None
    candidates: list[Candidate] = Field(default_factory=list)  # rewrites offered by the last /cek or step M
    candidate_target: str = ""  # a target typed before picking one of them («target seratus persen»)
    # the target typed with the failing IKI they rewrite: no suggestion was looked at yet, so only work the user says is
    # their next («sy jg ngurus …») takes the first one with it; other talk leaves them unchosen (tester19 #5)
    target_with_iki: str = ""
    # the pasted list's line they were offered for («Rincian N»): the one picked takes that line's place in the list
    candidates_line: int = 0
    # the pasted list's line whose detail was shown last («no 5 knp ga boleh?»): «ganti aja jd …» next replaces it
    detail_line: int = 0
    # the list's refused lines still to go through one at a time («satu per satu»): the next one's suggestions are
    # offered once the one on screen is settled (bot/conversation/list_walk.py)
    walk: list[int] = Field(default_factory=list)
    # «simpan semua» under a list some line of which the rules refuse: those lines still to be decided one at a time
    # (its suggestion, as written, or skipped), and the decision taken for each so far, line → «use»/«keep»/«skip»;
    # saved together once the last one is decided (bot/conversation/list_save_all.py)
    keep_asked: list[int] = Field(default_factory=list)
    keep_decided: dict[str, str] = Field(default_factory=dict)
    # the RHK a pasted line carried («Kolom RHK Anda saya simpan …»), for the suggestions shown for that line only
    candidate_rhk: str = ""
    # the IKI the field questions completed last (0-based) and the number field answered last in it: «eh salah, 20
    # aja» typed once nothing is asked puts that value right
    completed: int | None = None
    completed_field: str = ""
    # «N field» of the IKI a typed field edit changed in the last message («yg no 1 targetnya 90% aja deh»): «eh ga
    # jadi, 92% aja» next puts that value right
    edited_field: str = ""
    # the logbook entry whose count the last reply asked («Jumlahnya berapa?»): a number alone next is its count
    count_asked: str = ""
    # «yang mana yang harusnya 8?» asked of the entries holding 6 («6:8:c1,c2»): a file sent next is attached and the
    # question asked again, never dropped (tester53 P1-15)
    renumber_asked: str = ""
    candidate_rhk_for: list[str] = Field(default_factory=list)
    candidate_work: str = ""  # the one task they were drafted from («menyusun inventaris digital alat»), if one
    # the IKI a check failed, kept while its suggestions are on screen: «tetep mau itu», «simpan apa adanya» saves it
    checked: IkiDraft | None = None
    # the draft's IKI a failing check rewrites (its text, and the suggestions offered for it): the one picked replaces
    # it in place, never a second IKI beside it (tester55 F3)
    # suggestions drafted from a message saying the work is an innovation or Beyond («mau tambah inovasi …»): the jenis
    # suggested for the one picked is Beyond (tester55 F17)
    beyond_told: list[str] = Field(default_factory=list)
    replacing: str = ""
    replacing_for: list[str] = Field(default_factory=list)
    # the draft's IKI (0-based) a /cek just said it already holds, nothing offered: «simpan ke draf» typed next is
    # told so again, never the last list's lines saved (d2-lab03)
    held_shown: int | None = None
    # the draft's IKI (0-based) a question just looked at («jumlah pasien asuhan gizi itu ok ga sih?»): «ya udh ganti
    # Persentase …» next gives it those words (named_rewording.asked_reworded)
    draft_asked: int | None = None
    task_of: dict[str, int] = Field(default_factory=dict)  # a work description's suggestions: the task each is for
    # a work description's suggestions when one of several tasks' was picked: those of the tasks not picked yet (their
    # numbers, 1-based, in `later_numbers`) offered again under the same numbers once the picked IKI is complete
    later: list[Candidate] = Field(default_factory=list)
    later_numbers: list[int] = Field(default_factory=list)
    shown_numbers: list[int] = Field(default_factory=list)  # the suggestions on screen when only some are (1-based)
    fill: FillState | None = None  # an IKI offered for «Simpan ke draf», or saved and being completed
    listed: list[ListedIki] = Field(default_factory=list)  # the last pasted list («Rincian N», /cek N)
    # whose the last pasted list is when introduced as someone else's («temen sy …»): checked, never saved to the draft
    listed_owner: str = ""
    # the list pasted before the last one and whose it was: «dr daftar sy yg 12 baris no 4, 6» picks from it
    listed_before: list[ListedIki] = Field(default_factory=list)
    listed_before_owner: str = ""
    listed_lettered: bool = False  # its lines were marked «a)», «b)»: «yg b», «a sm c» name them (line_acts)
    listed_marks: list[str] = Field(default_factory=list)  # its lines' own numbers when sub-numbered («1.1», «1.2»):
    # «1.3 jd …», «target 1.1 itu …» name them (line_acts.by_mark)
    refused: list[int] = Field(default_factory=list)  # its lines just picked and refused by the rules (1-based)
    confirm: str = ""  # an action waiting for "yes", e.g. "hapus"
    dropped: DroppedIki | None = None  # the IKI removed last, until «Urungkan» or the next removal
    edited: EditedIki | None = None  # the IKI /ubah changed last, as it was before the change
    last_save: SavedBatch | None = None  # the draft before the last save of several IKI, for its undo (save_undo.py)
    # «belum ada data awal semua»: no IKI saved later is asked its data awal either (tester59 F26); /ubah N baseline
    no_baseline_all: bool = False
    year_change: YearChange | None = None  # the records before the last realisasi, deletion or re-link (year_undo.py)
    # a list's part that reached Telegram's message limit, raw, and when it came: the next message may be its rest
    cut_part: str = ""
    cut_at: str = ""
    pending: str = ""  # a plain message the bot asked about ("periksa sebagai IKI atau tanya pedoman?")
    unplaced_offered: bool = False  # the figures typed before the SKP had IKI were offered (year.unplaced)
    reminders_shown: bool = False  # the last answer showed the reminder settings: «jam setengah 4 sore» changes them
    picks_asked_on: date | None = None  # the day the entries still waiting for their IKI were asked again
    picks_asked: dict[str, int] = Field(default_factory=dict)  # entry id → times its IKI was asked again
    searched: bool = False  # the last answer was a catalog search: «kalau utk tim BMN?» searches again
    mandatory_offered: bool = False  # the last answer offered to add the mandatory IKI: «ok tambahin, target 85»
    # the user asked to add it («iya tambahin ip asn, target brp biasanya?») and its target was asked: «80» next is it
    mandatory_target_asked: bool = False
    beyond_idea: str = ""  # work just asked about as Beyond: «boleh, target 1 dashboard …» next is its IKI
    hits: list[ChosenIndicator] = Field(default_factory=list)  # indicators offered in step P
    team: MemberRecord = Field(default_factory=MemberRecord)  # this user's SKP between them and their leader
    leader: LeaderSettings = Field(default_factory=LeaderSettings)  # this user as a leader: cadence, digest
    tim: TeamAsk | None = None  # a team question waiting for an answer
    # /ajukan offered the pasted list in its order (some lines not in the draft): «IKI N» next means the list's line N.
    listed_offer: bool = False
    # the pasted list's lines still waiting, as last named after a completed IKI: named again only once they change
    # (tester52 P1-5: the same «Belum lolos aturan … Rincian 2, 3, 5, 8, 9» after every IKI)
    listed_left_said: str = ""
    code: str = ""  # a pairing code opened with /start, waiting for «Ya» (never in a button: a replay must not use it)
    year: YearState = Field(default_factory=YearState)  # the year after January: rencana, catatan, realisasi (issue 18)
    year_ask: YearAsk | None = None
    # the last reply's choice-only buttons (label, data), for one message: «ya» or «2» typed presses one (offered.py)
    offered: list[tuple[str, str]] = Field(default_factory=list)
    # the last reply's buttons (label, data), whatever it asks, for one message: a whole label typed presses it
    shown: list[tuple[str, str]] = Field(default_factory=list)
    # the buttons of the turns before, most recent first (conversation.yaml typed_press.earlier_turns of them): still
    # on screen in Telegram, so their whole label typed presses one (offered.earlier_press)
    earlier: list[list[tuple[str, str]]] = Field(default_factory=list)
    # each message that showed them: its gist and how many of `shown` are its own, so a reopened chat shows the
    # buttons under the words they answer (offered.screen)
    screen: list[tuple[str, int]] = Field(default_factory=list)
    # the one button of the last reply when that reply asks («Simpan ke draf SKP? [Simpan ke draf]»), for one message:
    # a plain «ya» presses it (offered.py)
    single: str = ""
    english_noted: list[str] = Field(default_factory=list)  # flows («» outside any) where the English note was said
    # the day of the user's last turn: a chat opened weeks later says when the draft was left (Engine._returning)
    last_turn: date | None = None
    greeted: bool = False  # the last turn greeted the user («halo»): read by the next turn only (Turn.greeted)
    team_named: list[str] = Field(default_factory=list)  # «anggota sy Rina, Dodi, Sari»: the team told (team_told.py)
