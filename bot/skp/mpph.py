"""MPPH (Matriks Pembagian Peran dan Hasil): a leader's indicators split among the team, checked, and exported."""

import re
from collections import defaultdict
from io import BytesIO
from typing import Literal

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from pydantic import BaseModel, Field

from bot import knowledge
from bot.lang.numbers import format_number, parse_target
from bot.lang.text import phrase_set, tokens
from bot.models import Finding, IkiDraft, Severity
from bot.render import target_text
from bot.retrieval.codes import codes_in, is_code, without_codes
from bot.rules import check_iki
from bot.rules.analysis import analyse, counted_noun, implied_satuan
from bot.rules.lexicon import condition_words, list_joins, region_words
from bot.rules.registry import Rule, section
from bot.skp.mpph_rules import Place  # importing it registers the MPPH checks
from bot.skp.mpph_sheets import IKI_COLUMNS, IKI_SHEET, LEVEL_TWO_SHEET, MATRIX_SHEET, VERSION_COLUMNS, VERSION_SHEET
from bot.skp.regions import abroad, coverage, numbered_parts, provinces_in, region_label, regions_text, spelled
from bot.skp.rhk import draft_rhk
from bot.skp.skp_form import opens_with_jabatan

# The five ways the seed deck splits a leader's result among the team.
Method = Literal["aspek", "wilayah", "kuantitatif", "layanan", "milestone"]
METHOD_LABELS = {"aspek": "pembagian aspek/sub-aspek", "wilayah": "pembagian wilayah",
                 "kuantitatif": "pembagian beban kuantitatif", "layanan": "pendekatan layanan",
                 "milestone": "pendekatan output antara (milestone)"}
# A method's button where its label is longer than a phone's button shows (about 30 characters; tester26 #22).
METHOD_BUTTONS = {"milestone": "Output antara (milestone)"}


def method_button(key: str) -> str:
    return METHOD_BUTTONS.get(key) or METHOD_LABELS[key].capitalize()


SHARE_SLACK = 0.5  # shares written rounded («33,3% ×3») still add up to the whole


def makes_whole(shares: list[float]) -> bool:
    """Shares of the work that add up to 100%, rounding allowed («33,3% ×3»)."""
    return abs(sum(shares) - 100) <= SHARE_SLACK


class Person(BaseModel):
    nama: str
    jabatan: str = ""
    peran: Literal["ketua", "anggota"] = "anggota"
    atasan: str | None = None  # a ketua's name: the member is in the 2-level MPPH under that ketua


class Role(BaseModel):
    pegawai: str
    bagian: str = ""  # the aspect, region, share, service or milestone this person carries
    iki: str | None = None
    rhk: str | None = None
    target: str | float | None = None
    satuan: str | None = None
    sendiri: bool = False  # the leader's own part («saya sendiri; koordinasi nasional»): no member, no member IKI
    keterangan: str | None = None  # a remark typed after the name («apt. Maya Sari (staf sy yg PPPK)»): no part of it
    triwulan: int | None = None  # a milestone's quarter («Rina; draf pedoman tersusun; TW II»): its target is when
    porsi: str | None = None  # a share of the work told beside the target («40%» of a Persentase said to be one)

    @property
    def named(self) -> str:
        """The name with its remark in brackets after it («Budi (baru pindah dari Dinkes)»): the one way a kept remark
        is shown, in the chat, «Ubah peran N» and the workbook (play41 #5)."""
        return with_remark(self.pegawai, self.keterangan)


def with_remark(name: str, remark: str | None) -> str:
    return f"{name} ({remark})" if remark else name


def remarks_of(draft: "MpphDraft") -> dict[str, str]:
    """Each member's remark, the first one typed for them: their name cells in the workbook carry it."""
    found: dict[str, str] = {}
    for leader in draft.indikator:
        for role in leader.peran:
            if role.keterangan and not role.sendiri:
                found.setdefault(role.pegawai, role.keterangan)
    return found


class LeaderIndicator(BaseModel):
    id: str  # a Renstra code ("IKK 5.1.1") when the indicator has one; else a label ("Indikator 1", "K1")
    indikator: str
    rhk: str = ""
    target: str | float | None = None
    satuan: str | None = None
    metode: Method = "aspek"
    wilayah: list[str] = Field(default_factory=list)  # for metode wilayah: every region to cover once
    peran: list[Role] = Field(default_factory=list)
    # A wilayah split that leaves regions to nobody in the roles says who holds them (rule MPPH-SCOPE): the leader
    # themself, another team (named in pemegang_lain), or no one because the indicator covers only these regions.
    sisa_wilayah: Literal["pimpinan", "lain", "tidak_ada"] | None = None
    pemegang_lain: str = ""
    # the day the leader's own IKI of this indicator left their SKP (/buang), ISO date; "" while it is there (rule
    # MPPH-SOURCE-DROPPED: the matrix still shares out what the leader no longer holds)
    dibuang: str = ""

    @property
    def parts(self) -> list[str]:
        """The parts whose regions are counted: every member's, and the leader's own where it names regions (their
        «koordinasi nasional dan analisis data» is no region left unplaced)."""
        return [role.bagian for role in self.peran if not role.sendiri or provinces_in(role.bagian)[0]]

    @property
    def abroad(self) -> bool:
        """A wilayah split by parts outside Indonesia («kawasan Asia Tenggara»: regions.abroad): each part is taken
        as named, and no region of Indonesia is left to anyone (tester57 F6)."""
        return self.metode == "wilayah" and not self.wilayah and abroad(self.indikator, [r.bagian for r in self.peran])

    @property
    def shares_whole(self) -> bool:
        """Every member's part carries a share of the work (porsi) and the shares add up to the whole (100%): regions
        no member holds are then outside every share, said so, never a silent contradiction (play41 #6)."""
        members = [role for role in self.peran if not role.sendiri]
        shares = [parse_target(role.porsi) for role in members if role.porsi]
        if not members or len(shares) < len(members) or not all(s is not None and s.is_percent for s in shares):
            return False
        return makes_whole([s.value for s in shares])

    @property
    def own_parts(self) -> list[str]:
        return [role.bagian for role in self.peran if role.sendiri]

    @property
    def code(self) -> str | None:
        """The Renstra code this indicator has: its id when that is one, else one written in its text."""
        if is_code(self.id):
            return self.id
        found = codes_in(self.indikator)
        return found[0] if found else None


class MpphDraft(BaseModel):
    pimpinan: Person
    cascading_langsung: bool = True
    indikator: list[LeaderIndicator]
    tim: list[Person]
    # each indicator's number in the leader's own SKP draft (by its id), where it is saved there: the parent the
    # members' IKI name in the workbook when the indicator has no Renstra code
    nomor_skp: dict[str, int] = Field(default_factory=dict)


class MatrixCell(BaseModel):
    rhk: str
    iki: str
    target: str


class MpphResult(BaseModel):
    findings: list[Finding]
    cells: dict[str, dict[str, list[MatrixCell]]]  # pegawai → indicator id → the roles they carry
    member_iki: dict[str, list[IkiDraft]]  # pegawai → IKI ready for their SKP
    role_iki: list[IkiDraft | None] = Field(default_factory=list)  # every role in order (indicator, role); None: no IKI
    notes: dict[str, str] = Field(default_factory=dict)  # indicator id → who holds the regions no role holds

    @property
    def has_error(self) -> bool:
        return any(f.severity is Severity.error for f in self.findings)


def _insert_part(indikator: str, part: str) -> str:
    """"Persentase puskesmas yang melapor" + "di Jawa Barat" → "Persentase puskesmas di Jawa Barat yang melapor":
    the member's part goes where the measured thing ends and its condition begins."""
    words = indikator.split()
    at = next((i for i, w in enumerate(words[2:], start=2) if w.lower() in condition_words()), len(words))
    return " ".join(words[:at] + [part] + words[at:])


@knowledge.cached
def _joined() -> re.Pattern:
    """A list joining word (lexicon list_joins) as a whole word."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(list_joins())))})\b", re.IGNORECASE)


def _as_list(part: str) -> str:
    """"Jawa, Bali" → "Jawa dan Bali", "Papua, Maluku, NTT, NTB" → "Papua, Maluku, NTT, dan NTB": a part typed as a
    comma list reads as one in the member's IKI (a list already joined by "dan"/"serta", lexicon list_joins, stays
    as typed)."""
    items = [item.strip() for item in part.split(",") if item.strip()]
    if len(items) < 2 or _joined().search(part):
        return part
    return regions_text(items, serial=True)


def member_indikator(leader: LeaderIndicator, part: str, counted: bool = False) -> str:
    """The member's IKI for their part of the leader's indicator, phrased as the member's own result (counted: a
    milestone whose target is a count, not a share)."""
    part = _as_list(spelled(part.strip()))
    lowered = part.lower()
    region = bool(lowered) and lowered.split()[0].rstrip(".") in region_words()  # "Provinsi Jawa Barat", "Kab. Gowa"
    if leader.metode == "kuantitatif" and not region:
        part = _share_part(part)
        lowered = part.lower()
        region = bool(lowered) and lowered.split()[0].rstrip(".") in region_words()  # «porsi kab barat»
        if not region and (place := _quantity_region(leader, part)):
            part, lowered, region = place, place.lower(), True
        elif not region and part and lowered not in _rest_words():
            return f"{leader.indikator} pada {part}"  # «lab mikrobiologi»: the part, never the leader's words
    if leader.metode == "wilayah" and leader.abroad and lowered.split()[:1] \
            and phrase_set("mpph", "mitra_awal").match_at(tokens(part), 0):  # a partner abroad, no place
        return _insert_part(leader.indikator, f"dengan {part}")
    if leader.metode == "wilayah" or (leader.metode == "kuantitatif" and region):
        return _insert_part(leader.indikator, part if lowered.startswith("di ") else f"di {part}")
    if leader.metode == "aspek":
        score = analyse(IkiDraft(indikator=leader.indikator)).measure_class == "score"
        aspect = lowered.startswith(("aspek", "sub-aspek", "sub aspek", "komponen", "unsur", "kriteria", "tahap"))
        named = part if aspect else f"aspek {part}"
        if not part:
            return leader.indikator
        if score and aspect:
            return f"{leader.indikator} {named}"  # the deck's own form: "Nilai penerapan sistem merit … aspek pengadaan"
        # After the whole indicator, never inside it: "Persentase kabupaten/kota (aspek …) yang melaporkan …" broke
        # the measured thing from its condition, and the RHK drafted from it kept the bracket.
        return f"{leader.indikator} pada {named}"
    if leader.metode == "layanan":
        service = part[len("layanan "):] if lowered.startswith("layanan ") else part
        return f"Persentase layanan {service} yang diselesaikan sesuai standar waktu layanan"
    if leader.metode == "milestone":
        done = "sesuai rencana" if " yang " in f" {lowered} " else "yang diselesaikan tepat waktu sesuai rencana"
        return f"{'Jumlah' if counted else 'Persentase'} {part} {done}"
    return leader.indikator


def _quantity_region(leader: LeaderIndicator, part: str) -> str:
    """The region a share of a quantity names, so each member's IKI says where their count comes from (tester16 #9:
    «Rina; Sumatera; 80» and «Budi; Jawa Bali; 100» got the same IKI): the part itself when it names regions, the
    regions the other parts leave when it is the rest («Dedi pegang sisanya»: mpph.yaml sisa_ada), else "" (a share
    such as «separuh» or «beban» names no place)."""
    if provinces_in(part)[0]:
        return part
    said = " ".join(word for word in part.lower().split() if not word.isdigit())  # «sisanya 50»: its share typed after
    if said not in _rest_words():
        return ""
    others = [role.bagian for role in leader.peran if role.bagian.strip() and role.bagian.strip() != part]
    held = coverage(others)
    return regions_text(held.missing, serial=True) if others and not held.unread else ""


def _share_part(part: str) -> str:
    """A beban kuantitatif part without the words that only name a share (mpph.yaml bagian_awal before it, porsi_saja
    and numbers): «porsi kab barat» → «kab barat», «separuh» → "", «sisanya» stays for _quantity_region."""
    data = knowledge.data("mpph")
    words = part.split()
    while words and words[0].lower() in data["bagian_awal"]:
        words.pop(0)
    share = set(data["porsi_saja"])
    if all(word.lower().strip(".,%") in share or re.fullmatch(r"[\d.,/%]+", word) for word in words):
        return ""
    return " ".join(words)


@knowledge.cached
def _rest_words() -> frozenset[str]:
    """The words for the rest of a split («sisanya», «selebihnya»: knowledge/mpph.yaml sisa_ada)."""
    return frozenset(word.lower() for word in knowledge.data("mpph")["sisa_ada"])


def member_iki(leader: LeaderIndicator, role: Role, level_one: bool = True) -> IkiDraft:
    """The member's IKI: written in the role, or phrased from the leader's indicator and the member's part."""
    counted = _counted_stage(role)
    if leader.metode == "milestone" and not role.iki:
        indikator, as_count = _milestone_output(leader, role.bagian, counted)
        if counted and not as_count:  # a count turned into its report's share: «TW I» or «1» is all of it on time
            role = role.model_copy(update={"target": "100%", "satuan": "%"})
    else:
        indikator = role.iki or member_indikator(leader, role.bagian, counted)
    rhk = role.rhk or next(iter(draft_rhk(indikator)), indikator)
    # the unit typed with the part's own target («60 RS» of a % indicator) is the member's IKI's, never the leader's
    typed = parse_target(role.target) if role.target not in (None, "") else None
    target, satuan = role.target, role.satuan or (typed.unit if typed else None) or leader.satuan
    if leader.metode == "milestone":  # the member's own output, in its own unit: never the leader's «%»
        own = IkiDraft(indikator=indikator.strip(), target=target)
        typed = parse_target(target) if target is not None else None  # «2 dokumen»: the unit typed
        satuan = role.satuan or (typed.unit if typed else None) or implied_satuan(own) or counted_noun(own)
        counted = analyse(own).measure_class == "count"
        target = target if target is not None else ("1" if counted and role.triwulan else None)
    return IkiDraft(indikator=indikator.strip(), rhk=rhk, target=target, satuan=satuan, triwulan_selesai=role.triwulan,
                    # Direct splits of the leader's result are Core CL; services, milestones and 2-level roles TUSI.
                    jenis="core_cl" if level_one and direct_split(leader) else "core_tusi",
                    parent=leader.code, rhk_atasan=leader.rhk or leader.indikator)


def _milestone_output(leader: LeaderIndicator, part: str, counted: bool) -> tuple[str, bool]:
    """A milestone's IKI the IKI rules pass, and whether it counts: the stage as typed, its numbered label dropped
    («tahap 1 rapat persiapan» is the work «rapat persiapan»); else what the work produces when it names it
    («penyusunan draf pedoman» → «draf pedoman», counted or else its share); else the share of its report done on
    time (mpph.yaml milestone_output: a count of reports is refused, Surat Sekjen 2026). None passing: the first, its
    findings said to the leader, who is asked for the stage's output."""
    work, said = _stage_work(part), knowledge.data("mpph")["milestone_output"]
    tried = [(work, counted)]
    made = " ".join(work.split()[1:])
    if tokens(work)[:1] and tokens(work)[0] in said["produces"] and made \
            and phrase_set("rewrite/patterns", "work_items", "heads").match_at(tokens(made), 0):
        tried += [(made, counted), (made, False)]
    tried.append((f"{said['report']} {work}", False))
    wordings = [(member_indikator(leader, stage, as_count), as_count) for stage, as_count in tried]
    return next((w for w in wordings if not _refused(w[0])), wordings[0])


def _stage_work(part: str) -> str:
    """The work a milestone part names, without the label numbering it: «tahap 1 rapat persiapan», «Tahap II: survei
    lapangan» → the work (mpph.yaml numbered_parts); a part that is only its label stays as typed."""
    words = part.split()
    if len(words) > 2 and words[0].lower() in numbered_parts() and _STAGE_NUMBER.fullmatch(words[1].rstrip(":.-,")):
        rest = " ".join(words[2:]).lstrip(":-–, ").strip()
        return rest or part
    return part


_STAGE_NUMBER = re.compile(r"(?:ke-?)?(?:\d+|[ivx]+)", re.IGNORECASE)


def _refused(indikator: str) -> bool:
    return any(f.severity is Severity.error for f in check_iki(IkiDraft(indikator=indikator)).findings)


def _counted_stage(role: Role) -> bool:
    """A milestone whose target is a count, not a share of it done on time: only its quarter given («TW II»), a unit
    that is no percent («1 draf»), or a bare number no share of a stage would be (under mpph.yaml
    milestone_count_below: «1» is one draft, never 1%)."""
    target = parse_target(role.target) if role.target is not None else None
    if target is None:
        return role.triwulan is not None
    if target.unit:
        return not target.is_percent
    return target.value < knowledge.data("mpph")["milestone_count_below"]


def own_iki(leader: LeaderIndicator) -> IkiDraft:
    """The leader's own IKI for this indicator, for their own SKP: the part of it they hold themself when it is a
    scope or a share («dr. Sari (ketua); Regional Barat; 90%»: mpph38 #1); else the whole indicator (they answer
    for all of it, «koordinasi nasional»), or only the team's regions when another team holds the rest."""
    indikator = leader.indikator
    if leader.code and indikator.startswith(leader.code):
        indikator = without_codes(indikator) or indikator
    if (held := own_scope(leader)) is not None:
        iki = member_iki(leader.model_copy(update={"indikator": indikator}), held)
        # their RHK when /rhk gave it; the indicator they split is what their part intervenes
        return iki.model_copy(update={"rhk": leader.rhk or iki.rhk, "rhk_atasan": leader.rhk or leader.indikator,
                                      "bagian": own_part(leader)})
    if leader.metode == "wilayah" and leader.sisa_wilayah == "lain":
        held = coverage(leader.parts).named
        indikator = member_indikator(leader.model_copy(update={"indikator": indikator}), regions_text(held))
    target = parse_target(leader.target)
    # The leader's RHK (a Ketua holding it whole: theirs too) is the RHK intervened, this Core CL's parent (tester55 F7)
    return IkiDraft(indikator=indikator, rhk=leader.rhk or next(iter(draft_rhk(indikator)), None), target=leader.target,
                    satuan=leader.satuan or (target.unit if target else None), jenis="core_cl", parent=leader.code,
                    rhk_atasan=leader.rhk or None, bagian=own_part(leader))


def own_scope(leader: LeaderIndicator) -> Role | None:
    """The leader's own roles as one role when they hold a scope or a share of the indicator, as a member would: in
    a wilayah split a part naming regions or a numbered region («Regional Barat», «regional 6 sama 7»), in a beban
    kuantitatif split a part with its number. None when they hold none, or hold work over the whole («koordinasi
    nasional dan analisis data»), whose IKI stays the whole indicator."""
    mine = [role for role in leader.peran if role.sendiri]
    if not mine or leader.metode not in ("wilayah", "kuantitatif", "aspek"):
        return None
    if leader.metode == "wilayah":
        scoped = leader.abroad or all(provinces_in(role.bagian)[0] or region_label(role.bagian) for role in mine)
    elif leader.metode == "aspek":  # an aspect held as a member holds one, never work over the whole
        scoped = all(role.bagian.strip() and not phrase_set("mpph", "bagian_menyeluruh").find(tokens(role.bagian)) for role in mine)
    else:
        scoped = all(role.target is not None for role in mine)
    if not scoped:
        return None
    if len(mine) == 1:
        return mine[0]
    targets = [parse_target(role.target) for role in mine if role.target is not None]
    if leader.metode == "kuantitatif" and len(targets) == len(mine) and all(targets):
        target = format_number(sum(t.value for t in targets))  # two shares held: their sum
    else:
        target = mine[0].target  # a percentage split by region: the same percentage in each
    return Role(pegawai=mine[0].pegawai, bagian=regions_text([role.bagian for role in mine]), target=target,
                sendiri=True)


def own_part(leader: LeaderIndicator) -> str | None:
    """What the leader holds of the indicator, for the form's «Bagian yang dipegang sendiri»: the parts they kept;
    else, when every part went to members, that they answer for the whole as it was shared (a reviewer reads who
    holds what, never an empty cell: tester55 F7); None before any role is written."""
    if leader.own_parts:
        return "; ".join(leader.own_parts)
    shared = [f"{role.pegawai} ({role.bagian})" if role.bagian else role.pegawai for role in leader.peran]
    return f"Penanggung jawab seluruh indikator; dibagi dalam MPPH: {'; '.join(shared)}" if shared else None


def leader_findings(leader: LeaderIndicator) -> list[Finding]:
    """The IKI rules' errors on the leader's own wording: said once at step 1 and once per indicator, never again on
    every member IKI that inherits them (the wording often comes from the PK, which the leader cannot change)."""
    return [f for f in check_iki(IkiDraft(indikator=leader.indikator)).findings if f.severity is Severity.error]


def check_mpph(draft: MpphDraft) -> MpphResult:
    """The MPPH rules (catalog section mpph) on each role, each indicator and the whole draft, in the order a reader
    meets them; each member's IKI through the IKI rules, errors only."""
    rules = section("mpph")
    whole = Place(draft)
    findings: list[Finding] = []
    cells: dict[str, dict[str, list[MatrixCell]]] = defaultdict(lambda: defaultdict(list))
    members: dict[str, list[IkiDraft]] = defaultdict(list)
    in_order: list[IkiDraft | None] = []
    for leader in draft.indikator:
        inherited = {f.rule: f for f in leader_findings(leader)}
        passed_on = set()
        for role in leader.peran:
            if role.sendiri:  # the leader's own part: theirs, in their own IKI
                in_order.append(None)
                continue
            findings += _run(rules, Place(draft, leader, role))
            if role.pegawai not in whole.team:
                in_order.append(None)
                continue  # MPPH-UNKNOWN-MEMBER: someone outside the team gets no IKI
            iki = member_iki(leader, role, role.pegawai in whole.level_one)
            in_order.append(iki)
            members[role.pegawai].append(iki)
            share = f" (porsi beban {role.porsi})" if role.porsi else ""  # the share told beside it, never lost
            cells[role.pegawai][leader.id].append(MatrixCell(rhk=iki.rhk or "", iki=iki.indikator,
                                                             target=target_text(iki) + share))
            for f in check_iki(iki).findings:
                if f.severity is Severity.error and f.rule in inherited:
                    passed_on.add(f.rule)  # the leader's wording, said once below
                elif f.severity is Severity.error:
                    findings.append(f.model_copy(update={"message": f"{role.pegawai}, «{iki.indikator}»: {f.message}"}))
        findings += [inherited[rule].model_copy(update={
            "severity": Severity.warning,
            "message": f"Rumusan {leader.id} sendiri: {inherited[rule].message} IKI anggota mewarisi rumusan ini; bila "
                       "indikatornya dari PK/Renstra, biarkan, dan bahas di dialog kinerja."})
            for rule in inherited if rule in passed_on]
        findings += _run(rules, Place(draft, leader))
    findings += _run(rules, whole)
    notes = {leader.id: note for leader in draft.indikator if (note := notes_of(leader))}
    return MpphResult(findings=findings, cells={k: dict(v) for k, v in cells.items()}, member_iki=dict(members),
                      role_iki=in_order, notes=notes)


def _run(rules: list[Rule], at: Place) -> list[Finding]:
    return [f for rule in rules if rule.per == at.per for f in rule.findings(at)]


def mpph_workbook(draft: MpphDraft, result: MpphResult, versions: list[tuple] = ()) -> bytes:
    """The matrices, every member's IKI, and (versions: one row each, VERSION_COLUMNS) which version of the matrix
    the file is, as /mpph versi lists them (mpph38 #6)."""
    book = Workbook()
    book.remove(book.active)
    add_mpph_sheets(book, draft, result, versions)
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_mpph_sheets(workbook: bytes, draft: MpphDraft, result: MpphResult, versions: list[tuple] = ()) -> bytes:
    """A Ketua's /ekspor workbook with their MPPH's sheets after its own, as mpph.xlsx has them: one file handed in
    (tester57 F16)."""
    book = load_workbook(BytesIO(workbook))
    add_mpph_sheets(book, draft, result, versions)
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def add_mpph_sheets(book: Workbook, draft: MpphDraft, result: MpphResult, versions: list[tuple] = ()) -> None:
    """The MPPH's sheets (matrices, «IKI per pegawai», «Versi MPPH») added to a workbook after the sheets it has."""
    ketua = {p.nama for p in draft.tim if p.peran == "ketua"}
    level_one = [p for p in draft.tim if not p.atasan]
    _matrix_sheet(book, MATRIX_SHEET, draft.pimpinan, draft, level_one, result)
    for leader_name in sorted({p.atasan for p in draft.tim if p.atasan and p.atasan in ketua}):
        head = next(p for p in draft.tim if p.nama == leader_name)
        team = [head] + [p for p in draft.tim if p.atasan == leader_name]
        _matrix_sheet(book, f"{LEVEL_TWO_SHEET}{leader_name}"[:31], head, draft, team, result)
    people = {p.nama: p for p in draft.tim}
    remarks = remarks_of(draft)
    parents = {leader.rhk or leader.indikator: parent_label(draft, leader) for leader in draft.indikator}
    iki_sheet = book.create_sheet(IKI_SHEET)
    iki_sheet.append(list(IKI_COLUMNS))
    for name, ikis in result.member_iki.items():
        person = people.get(name) or Person(nama=name)
        for iki in ikis:
            target = parse_target(iki.target)  # the number in Target, its unit once in Satuan
            iki_sheet.append([with_remark(name, remarks.get(name)), jabatan(person, remarks.get(name)), iki.rhk,
                              iki.indikator, target.value if target else iki.target,
                              iki.satuan or (target.unit if target else None), iki.jenis.label if iki.jenis else "",
                              iki.parent or parents.get(iki.rhk_atasan) or "-", iki.rhk_atasan,
                              person.atasan or draft.pimpinan.nama])
    if versions:
        sheet = book.create_sheet(VERSION_SHEET)
        sheet.append(list(VERSION_COLUMNS))
        for row in versions:
            sheet.append(list(row))
        for cell in sheet[1]:
            cell.font = Font(bold=True)


UNNAMED = "(nama belum diisi)"  # a leader's row in the workbook before /profil names them
NO_JABATAN = "(jabatan belum diisi)"  # a member whose post nobody told: left for the reviewer, never made up


def jabatan(person: Person, remark: str | None = None) -> str:
    """The jabatan as given, else the post said of them in the remark after their name («Dewi (PFM Ahli Pertama)»,
    a word of mpph.yaml jabatan_member or skp_form.yaml jabatan_words), else «Ketua Tim» for a Ketua the matrix
    names so; else a placeholder to fill, never a title made up (tester59 F8: «Anggota Tim» for everyone)."""
    if person.jabatan:
        return person.jabatan
    if remark and (phrase_set("mpph", "jabatan_member").find(tokens(remark)) or opens_with_jabatan(remark)):
        return remark[:1].upper() + remark[1:]
    return "Ketua Tim" if person.peran == "ketua" else NO_JABATAN


def parent_label(draft: MpphDraft, leader: LeaderIndicator) -> str:
    """What the members' IKI of an indicator descend from, for «Kode indikator induk»: its Renstra code, else its
    number in the leader's own SKP draft, else its label in this matrix (the column the matrix sheet gives it)."""
    if leader.code:
        return leader.code
    if number := draft.nomor_skp.get(leader.id):
        return f"IKI {number} SKP atasan"  # (the row's «Atasan» names them)
    return f"{leader.id} (matriks MPPH)"


def direct_split(leader: LeaderIndicator) -> bool:
    """A direct cascade's split (mpph.yaml direct_methods): its members' parts are Core CL like the leader's IKI."""
    return leader.metode in knowledge.data("mpph")["direct_methods"]


def own_iki_split(leader: LeaderIndicator) -> bool:
    """A split whose members' parts carry an IKI of their own (layanan, milestone: every method not a direct one)."""
    return leader.metode is not None and not direct_split(leader)


def cascade_note(leader: LeaderIndicator) -> str:
    """Why the members' IKI of a non-direct split are Core TUSI while the leader's IKI holding the indicator is Core
    CL, said once under the indicator (mpph39: read as inconsistent tags); empty for a direct split."""
    if direct_split(leader) or not any(not role.sendiri for role in leader.peran):
        return ""
    return (f"IKI anggota dari {METHOD_LABELS[leader.metode]} bertanda Core TUSI (cascading tidak langsung); IKI "
            "Ketua yang memegang indikator ini tetap Core CL")


def notes_of(leader: LeaderIndicator) -> str:
    """The notes under an indicator in the matrix and the workbook's «Catatan» row: who holds the rest, the tags."""
    return ". ".join(note for note in (remainder_note(leader), cascade_note(leader)) if note)


def remainder_note(leader: LeaderIndicator) -> str:
    """Who holds the regions no role holds, as the leader said (MPPH-SCOPE); empty when nothing is left over."""
    if leader.metode != "wilayah" or leader.sisa_wilayah == "tidak_ada" or leader.abroad:
        return ""
    missing = coverage(leader.parts).missing
    if not missing or (leader.sisa_wilayah is None and not leader.shares_whole):
        return ""
    if leader.sisa_wilayah is None:  # members' shares make the whole work: the scope closed by them (play41 #6)
        return (f"Porsi beban anggota berjumlah 100%, jadi pembagian ini seluruh pekerjaan {leader.id}; "
                f"{regions_text(missing)} tidak termasuk")
    holder = "pimpinan/ketua sendiri" if leader.sisa_wilayah == "pimpinan" else leader.pemegang_lain or "tim lain"
    outside = " tanpa porsi beban (porsi beban anggota sudah berjumlah 100%)" if leader.shares_whole else ""
    return f"Wilayah di luar pembagian ({regions_text(missing)}): dipegang {holder}{outside}"


def _matrix_sheet(book, title: str, head: Person, draft: MpphDraft, people: list[Person], result: MpphResult) -> None:
    sheet = book.create_sheet(title)
    remarks = remarks_of(draft)
    sheet.append(["Pegawai", "Jabatan"] + [f"Output/Indikator {i.id}" for i in draft.indikator])
    # The leader's own parts stand in their row (the Ketua's, on a 2-level sheet, are their roles as a member).
    own = [f"\nDipegang langsung: {', '.join(i.own_parts)}" if i.own_parts and head is draft.pimpinan else ""
           for i in draft.indikator]
    sheet.append([head.nama, jabatan(head)] + [f"{i.indikator} (target {target_text(i)}){mine}"
                                               for i, mine in zip(draft.indikator, own)])
    for person in people:
        if person is head:
            continue
        row = [with_remark(person.nama, remarks.get(person.nama)), jabatan(person, remarks.get(person.nama))]
        for leader in draft.indikator:
            roles = result.cells.get(person.nama, {}).get(leader.id, [])
            row.append("\n\n".join(f"{c.rhk}\nIKI: {c.iki}\nTarget: {c.target}" for c in roles) or "-")
        sheet.append(row)
    notes = [result.notes.get(leader.id, "") for leader in draft.indikator]
    if any(notes):
        sheet.append(["Catatan", ""] + notes)
    warned = [f for f in result.findings if f.severity is not Severity.info]
    if head is draft.pimpinan and warned:  # what the chat warned of, on the page a reviewer reads (tester57 F16)
        sheet.append(["Pemeriksaan", "", "\n".join(f"! {finding.message}" for finding in warned)])
    for cell in sheet[1] + sheet[2]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 24
    for column in range(3, 3 + len(draft.indikator)):
        sheet.column_dimensions[sheet.cell(1, column).column_letter].width = 60
