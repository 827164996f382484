"""MPPH (Matriks Pembagian Peran dan Hasil): a leader's indicators split among the team, checked, and exported."""

from collections import defaultdict
from io import BytesIO
from typing import Literal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from pydantic import BaseModel, Field

from bot.lang.numbers import format_number, parse_target
from bot.models import Category, Finding, IkiDraft, Severity
from bot.render import target_text
from bot.rules import check_iki
from bot.rules.analysis import analyse
from bot.rules.lexicon import condition_words, region_words
from bot.skp.rhk import draft_rhk

# The five ways the seed deck splits a leader's result among the team.
Method = Literal["aspek", "wilayah", "kuantitatif", "layanan", "milestone"]
METHOD_LABELS = {"aspek": "pembagian aspek/sub-aspek", "wilayah": "pembagian wilayah",
                 "kuantitatif": "pembagian beban kuantitatif", "layanan": "pendekatan layanan",
                 "milestone": "pendekatan output antara (milestone)"}


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


class LeaderIndicator(BaseModel):
    id: str
    indikator: str
    rhk: str = ""
    target: str | float | None = None
    satuan: str | None = None
    metode: Method = "aspek"
    wilayah: list[str] = Field(default_factory=list)  # for metode wilayah: every region to cover once
    peran: list[Role] = Field(default_factory=list)


class MpphDraft(BaseModel):
    pimpinan: Person
    cascading_langsung: bool = True
    indikator: list[LeaderIndicator]
    tim: list[Person]


class MatrixCell(BaseModel):
    rhk: str
    iki: str
    target: str


class MpphResult(BaseModel):
    findings: list[Finding]
    cells: dict[str, dict[str, list[MatrixCell]]]  # pegawai → indicator id → the roles they carry
    member_iki: dict[str, list[IkiDraft]]  # pegawai → IKI ready for their SKP

    @property
    def has_error(self) -> bool:
        return any(f.severity is Severity.error for f in self.findings)


def _finding(rule: str, category: Category, severity: Severity, message: str) -> Finding:
    return Finding(rule=rule, category=category, severity=severity, message=message)


def _insert_part(indikator: str, part: str) -> str:
    """"Persentase puskesmas yang melapor" + "di Jawa Barat" → "Persentase puskesmas di Jawa Barat yang melapor":
    the member's part goes where the measured thing ends and its condition begins."""
    words = indikator.split()
    at = next((i for i, w in enumerate(words[2:], start=2) if w.lower() in condition_words()), len(words))
    return " ".join(words[:at] + [part] + words[at:])


def member_indikator(leader: LeaderIndicator, part: str) -> str:
    """The member's IKI for their part of the leader's indicator, phrased as the member's own result."""
    part = part.strip()
    lowered = part.lower()
    region = bool(lowered) and lowered.split()[0] in region_words()  # "Provinsi Jawa Barat", "wilayah barat"
    if leader.metode == "wilayah" or (leader.metode == "kuantitatif" and region):
        return _insert_part(leader.indikator, part if lowered.startswith("di ") else f"di {part}")
    if leader.metode == "aspek":
        score = analyse(IkiDraft(indikator=leader.indikator)).measure_class == "score"
        aspect = lowered.startswith(("aspek", "sub-aspek", "sub aspek", "komponen", "unsur", "kriteria", "tahap"))
        if score and aspect:
            return f"{leader.indikator} {part}"  # the deck's own form: "Nilai penerapan sistem merit … aspek pengadaan"
        return _insert_part(leader.indikator, f"({part if aspect else 'aspek ' + part})")
    if leader.metode == "layanan":
        service = part[len("layanan "):] if lowered.startswith("layanan ") else part
        return f"Persentase layanan {service} yang diselesaikan sesuai standar waktu layanan"
    if leader.metode == "milestone":
        done = "sesuai rencana" if " yang " in f" {lowered} " else "yang diselesaikan tepat waktu sesuai rencana"
        return f"Persentase {part} {done}"
    return leader.indikator


def member_iki(leader: LeaderIndicator, role: Role, level_one: bool = True) -> IkiDraft:
    """The member's IKI: written in the role, or phrased from the leader's indicator and the member's part."""
    indikator = role.iki or member_indikator(leader, role.bagian)
    rhk = role.rhk or next(iter(draft_rhk(indikator)), indikator)
    return IkiDraft(indikator=indikator.strip(), rhk=rhk, target=role.target, satuan=role.satuan or leader.satuan,
                    # Direct splits of the leader's result are Core CL; services, milestones and 2-level roles TUSI.
                    jenis="core_cl" if level_one and leader.metode in ("aspek", "wilayah", "kuantitatif") else "core_tusi",
                    parent=leader.id)


def check_mpph(draft: MpphDraft) -> MpphResult:
    findings: list[Finding] = []
    names = {p.nama for p in draft.tim}
    level_one = {p.nama for p in draft.tim if not p.atasan}
    cells: dict[str, dict[str, list[MatrixCell]]] = defaultdict(lambda: defaultdict(list))
    members: dict[str, list[IkiDraft]] = defaultdict(list)
    for leader in draft.indikator:
        if not leader.peran:
            findings.append(_finding("MPPH-UNINTERVENED", Category.UNINTERVENED, Severity.error,
                                     f"Indikator {leader.id} «{leader.indikator}» belum diintervensi siapa pun. "
                                     "Bagikan perannya ke minimal satu pegawai."))
        for role in leader.peran:
            if role.pegawai not in names:
                findings.append(_finding("MPPH-UNKNOWN-MEMBER", Category.UNKNOWN_MEMBER, Severity.error,
                                         f"«{role.pegawai}» pada indikator {leader.id} tidak ada di daftar tim. "
                                         "Tambahkan ke tim atau perbaiki namanya."))
                continue
            iki = member_iki(leader, role, role.pegawai in level_one)
            members[role.pegawai].append(iki)
            cells[role.pegawai][leader.id].append(MatrixCell(rhk=iki.rhk or "", iki=iki.indikator, target=target_text(iki)))
            for f in check_iki(iki).findings:
                if f.severity is Severity.error:
                    findings.append(f.model_copy(update={"message": f"{role.pegawai}, «{iki.indikator}»: {f.message}"}))
        findings.extend(_split_findings(leader, level_one))
    for person in draft.tim:
        if person.nama not in cells:
            findings.append(_finding("MPPH-NO-ROLE", Category.NO_ROLE, Severity.warning,
                                     f"{person.nama} belum mendapat peran hasil. Beri peran pada salah satu indikator, "
                                     "atau sepakati tugasnya lewat pendekatan layanan."))
    return MpphResult(findings=findings, cells={k: dict(v) for k, v in cells.items()}, member_iki=dict(members))


def _split_findings(leader: LeaderIndicator, level_one: set[str]) -> list[Finding]:
    """Splits of the leader's own target: the roles of people reporting straight to the leader.

    A count split by quantity must add up. A percentage split by aspect or region is not summed: each part is
    checked against the leader's own percentage. Regions are covered once each."""
    findings = _region_findings(leader) if leader.metode == "wilayah" else []
    if leader.metode not in ("kuantitatif", "aspek", "wilayah"):
        return findings
    total_target = parse_target(leader.target)
    roles = [r for r in leader.peran if r.pegawai in level_one]
    parts = [parse_target(r.target) for r in roles]
    if total_target is None or any(p is None for p in parts) or not parts:
        return findings + [_finding("MPPH-SPLIT-SUM", Category.SPLIT_SUM, Severity.error,
                                    f"Target indikator {leader.id} atau target perannya belum berupa angka, jadi "
                                    "pembagiannya belum bisa diperiksa. Tulis target setiap peran sebagai angka.")]
    if total_target.is_percent and leader.metode != "kuantitatif":
        below = [f"{r.pegawai} ({format_number(p.value)}%)" for r, p in zip(roles, parts) if p.value < total_target.value]
        if below:
            findings.append(_finding("MPPH-SPLIT-SUM", Category.SPLIT_SUM, Severity.warning,
                                     f"Target persentase {leader.id} tidak dijumlahkan; setiap bagian sebaiknya paling "
                                     f"sedikit {format_number(total_target.value)}% seperti target pimpinan. Di bawahnya: "
                                     f"{', '.join(below)}."))
        return findings
    total = sum(p.value for p in parts)
    if abs(total - total_target.value) < 0.01:
        return findings
    if leader.metode == "aspek":
        # Aspects and sub-aspects may overlap (the deck's own 380 Nilai splits into 388,5): say it, do not block.
        return findings + [_finding("MPPH-SPLIT-SUM", Category.SPLIT_SUM, Severity.info,
                                    f"Target per aspek untuk {leader.id} berjumlah {format_number(total)} dari "
                                    f"{format_number(total_target.value)}. Wajar bila sub-aspek tumpang tindih; pastikan "
                                    "setiap aspek LKE sudah ada pemiliknya.")]
    severity = Severity.error if leader.metode == "kuantitatif" else Severity.warning
    return findings + [_finding("MPPH-SPLIT-SUM", Category.SPLIT_SUM, severity,
                                f"Target yang dibagi untuk {leader.id} berjumlah {format_number(total)}, sedangkan target "
                                f"pimpinan {format_number(total_target.value)}. Sesuaikan pembagian beban agar jumlahnya sama.")]


def _region_findings(leader: LeaderIndicator) -> list[Finding]:
    counted = defaultdict(int)
    for role in leader.peran:
        counted[role.bagian.strip().lower()] += 1
    regions = [w.strip().lower() for w in leader.wilayah] or list(counted)
    missing = [w for w in regions if counted[w] == 0]
    twice = [w for w, n in counted.items() if n > 1]
    if not (missing or twice):
        return []
    detail = "; ".join(filter(None, [f"belum ada: {', '.join(missing)}" if missing else "",
                                    f"lebih dari sekali: {', '.join(twice)}" if twice else ""]))
    return [_finding("MPPH-REGION", Category.REGION_COVERAGE, Severity.error,
                     f"Pembagian wilayah indikator {leader.id} harus mencakup setiap wilayah tepat sekali ({detail}).")]


def mpph_workbook(draft: MpphDraft, result: MpphResult) -> bytes:
    book = Workbook()
    book.remove(book.active)
    ketua = {p.nama for p in draft.tim if p.peran == "ketua"}
    level_one = [p for p in draft.tim if not p.atasan]
    _matrix_sheet(book, "MPPH 1 Tingkat", draft.pimpinan, draft, level_one, result)
    for leader_name in sorted({p.atasan for p in draft.tim if p.atasan and p.atasan in ketua}):
        head = next(p for p in draft.tim if p.nama == leader_name)
        team = [head] + [p for p in draft.tim if p.atasan == leader_name]
        _matrix_sheet(book, f"MPPH 2 Tingkat - {leader_name}"[:31], head, draft, team, result)
    iki_sheet = book.create_sheet("IKI per pegawai")
    iki_sheet.append(["Pegawai", "Rencana Hasil Kerja", "Indikator", "Target", "Satuan", "Jenis IKI", "Induk"])
    for name, ikis in result.member_iki.items():
        for iki in ikis:
            target = parse_target(iki.target)  # the number in Target, its unit once in Satuan
            iki_sheet.append([name, iki.rhk, iki.indikator, target.value if target else iki.target,
                              iki.satuan or (target.unit if target else None), iki.jenis.label if iki.jenis else "", iki.parent])
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _matrix_sheet(book, title: str, head: Person, draft: MpphDraft, people: list[Person], result: MpphResult) -> None:
    sheet = book.create_sheet(title)
    sheet.append(["Pegawai", "Jabatan"] + [f"Output/Indikator {i.id}" for i in draft.indikator])
    sheet.append([head.nama, head.jabatan] + [f"{i.indikator} (target {target_text(i)})" for i in draft.indikator])
    for person in people:
        if person is head:
            continue
        row = [person.nama, person.jabatan]
        for leader in draft.indikator:
            roles = result.cells.get(person.nama, {}).get(leader.id, [])
            row.append("\n\n".join(f"{c.rhk}\nIKI: {c.iki}\nTarget: {c.target}" for c in roles) or "-")
        sheet.append(row)
    for cell in sheet[1] + sheet[2]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 34
    for column in range(3, 3 + len(draft.indikator)):
        sheet.column_dimensions[sheet.cell(1, column).column_letter].width = 60
