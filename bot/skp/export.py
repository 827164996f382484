"""The SKP draft as an XLSX workbook a reviewer accepts: the employee and period on top, the IKI numbered, in e-Kinerja's
field order (targets as numbers, the unit once in Satuan) followed by what e-Kinerja does not ask but a reviewer checks
(direction, baseline, quarterly targets, the indicator cascaded from, the leader's RHK), the signatures, and a sheet
of the rules' findings. A draft that still has errors, or an IKI without target, jenis or bobot, is marked as a draft on
its sheet, in its title and in the file name (bot.skp.readiness); an SKP agreed with /tetapkan is exported as agreed,
its version and the day it was agreed filled in, whatever findings its «Temuan» sheet lists."""

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from bot.lang.dates import long_date
from bot.lang.decorations import undecorated
from bot.lang.numbers import parse_target
from bot.models import IkiDraft, IkiResult, Pegawai, Severity, SkpDraft, SkpResult
from bot.rewrite import rewrite
from bot.rules import check_skp
from bot.rules.measures import aspek_of, direction
from bot.skp import skp_form
from bot.skp.dialog_pack import QUARTERS, Quarter, quarters
from bot.skp.readiness import incomplete, ready, satuan_of
from bot.skp.rhk import draft_rhk

# e-Kinerja Kemenkes "Ubah Indikator Kinerja Utama" form, top to bottom (seed deck, slide "Tampilan SKP 2026").
HEADERS = ("Aspek", "Rencana Kinerja", "Indikator", "Target", "Satuan", "Jenis IKI", "Bobot")
# After the form's fields: what a reviewer checks beside them (PermenPANRB 6/2022 and 8/2021, issue 16).
EXTRA_HEADERS = ("Arah target", "Data awal (baseline)", *(f"Target {q}" for q in QUARTERS), "Kode indikator induk (IKK/IKP)",
                 "RHK/indikator atasan yang diintervensi", "Bagian yang dipegang sendiri (MPPH)")
COLUMNS = HEADERS + EXTRA_HEADERS
# The sheet numbers its IKI in a first column, as /skp and the «Temuan» sheet name them («IKI 3»): a reviewer finds
# the row a finding is about (tester20a #20).
NUMBER_HEADER = "No"
_WIDTHS = (5, 12, 48, 48, 9, 11, 12, 8, 8, 12, 11, 11, 11, 11, 16, 44, 36)

UNNAMED = "tanpa-nama"  # leads the file's name of a user without a /profil name, before their file_owner tag
DRAFT_NAME, READY_NAME, SET_NAME = "draf-skp-BELUM-SIAP.xlsx", "draf-skp.xlsx", "skp-ditetapkan-v{number}.xlsx"
_SEVERITY = {Severity.error: "Harus diperbaiki", Severity.warning: "Perlu dicek", Severity.info: "Info"}
FINDINGS_SHEET = "Temuan"  # the rules' findings beside the SKP sheet; `iki audit` knows it as ours


@dataclass(frozen=True)
class Agreement:
    """The SKP exported is one the user agreed (/tetapkan): its version, the day that version was agreed (a perubahan's
    day for a later one) and the day version 1 was."""

    number: int
    on: date
    first_on: date

    def words(self) -> str:
        """«ditetapkan 20/01/2026», «ditetapkan, versi 2: perubahan SKP 07/09/2026 (versi 1 ditetapkan 20/01/2026)»."""
        if self.number == 1:
            return f"ditetapkan {long_date(self.on)}"
        return (f"ditetapkan, versi {self.number}: perubahan SKP {long_date(self.on)} "
                f"(versi 1 ditetapkan {long_date(self.first_on)})")


def file_name(skp: SkpDraft, result: SkpResult, agreed: Agreement | None = None, owner: str = "") -> str:
    """The file's name says what it is: an SKP ditetapkan (/tetapkan) and its version, whatever findings are left (it
    was agreed as it is: tester22b #13), a ready draft, or a draft with findings left; and whose, led by the /profil
    name when there is one: a unit's files reach the Biro OSDM side by side, and in one data folder they no longer
    overwrite each other (tester24 #9); `owner` (file_owner) tags it without one."""
    kind = SET_NAME.format(number=agreed.number) if agreed is not None else READY_NAME if ready(skp, result) \
        else DRAFT_NAME
    return owned_name(skp.pegawai.nama, kind, owner)


def owned_name(nama: str, kind: str, owner: str = "") -> str:
    """A file's name led by its owner's /profil name («rahmat-hidayat-s-km-mpph.xlsx»), `kind` alone without one: every
    file the chat sends (the SKP, the dialog pack, the MPPH) so, a leader's files for four people apart (tester48 P2-6).
    Without a name, «tanpa-nama-» and `owner` (file_owner) lead it: two colleagues' «skp-ditetapkan-v1.xlsx» no longer
    overwrite each other in one folder, and the name says /profil is empty (tester51 P3-2)."""
    slug = name_slug(nama) or (f"{UNNAMED}-{owner}" if owner else "")
    return f"{slug}-{kind}" if slug else kind


def file_owner(user_id: str) -> str:
    """A short tag of one user for their files' names when /profil has no name: the same on every export, and too short
    to tell the user id back (six hex digits of a hash: thousands of ids share each one)."""
    return hashlib.sha256(f"ekspor:{user_id}".encode()).hexdigest()[:6]


def retagged(name: str, user_id: str, tag: str) -> str:
    """A file's name `owned_name` tagged for `user_id` without a /profil name («tanpa-nama-3fa2c1-draf-skp.xlsx»)
    tagged with `tag` instead («ani-2026-01-12-draf-skp.xlsx»): for a door where the user id is the person's own
    chosen name; any other name as it is."""
    owned = f"{UNNAMED}-{file_owner(user_id)}-"
    return f"{tag}-{name.removeprefix(owned)}" if name.startswith(owned) else name


def name_slug(name: str) -> str:
    """«Rahmat Hidayat, S.KM» → «rahmat-hidayat-s-km»: a person's name as a file name's part ("" when none)."""
    return re.sub(r"[^\w-]+", "-", name.lower()).strip("-_")


def iki_row(iki: IkiDraft, first: int = 1, planned: list[Quarter] | None = None) -> list:
    """One IKI in COLUMNS order; a target, baseline or quarter that reads as a number is written as one. first: the
    first triwulan an SKP agreed mid-year covers; planned: its quarterly targets through the year's versions
    (bot.year.quarter_plan), the same the year's sheets and /capaian read."""
    target = parse_target(iki.target)
    baseline = parse_target(iki.baseline)
    satuan = satuan_of(iki)
    rhk = undecorated(iki.rhk or next(iter(draft_rhk(iki.indikator)), ""))
    steps = [cell_number(q.value) if q.value is not None else q.note for q in planned or quarters(iki, first)]
    return [
        aspek_of(iki).value.capitalize(),
        rhk,
        undecorated(iki.indikator),
        cell_number(target.value) if target else (iki.target if iki.target is not None else ""),
        satuan,
        iki.jenis.label if iki.jenis else "",
        cell_number(iki.bobot) if iki.bobot is not None else "",
        direction(iki) if target else "",
        cell_number(baseline.value) if baseline else (iki.baseline or ""),
        *steps,
        iki.parent or "",
        iki.rhk_atasan or "",
        iki.bagian or "",
    ]


def skp_workbook(skp: SkpDraft, result: SkpResult | None = None, first: int = 1,
                 agreed: Agreement | None = None, starts: Mapping[str, int] | None = None,
                 planned: Mapping[str, list[Quarter]] | None = None, notes: list[str] | None = None) -> bytes:
    """agreed: the SKP is one agreed with /tetapkan, titled and dated as such; else a draft marked by its findings.
    starts: the first triwulan of an IKI a perubahan brought in later than `first`, by its text; planned: each IKI's
    quarterly targets through the year's versions, by its text; notes: said under the table (whose quarterly targets
    an earlier version planned)."""
    result = result or check_skp(skp)
    book = Workbook()
    sheet = book.active
    done = agreed is not None or ready(skp, result)
    sheet.title = "SKP" if done else "SKP (DRAF - ada temuan)" if result.has_error else "SKP (DRAF - belum lengkap)"
    sheet.append([skp_form.title() + (f" — {agreed.words()}" if agreed is not None else "" if done
                                      else " — DRAF, masih ada temuan" if result.has_error
                                      else " — DRAF, isian IKI belum lengkap")])
    sheet["A1"].font = Font(bold=True, size=13)
    for label, value in skp_form.identity(skp.pegawai):
        sheet.append([label, None, value])  # the NIP stays text: as a number Excel keeps 15 of its 18 digits
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    sheet.append([])
    header_row = sheet.max_row + 1
    sheet.append([NUMBER_HEADER, *COLUMNS])
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for number, iki in enumerate(skp.iki, start=1):
        sheet.append([number, *iki_row(iki, (starts or {}).get(iki.indikator, first),
                                       (planned or {}).get(iki.indikator))])
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for note in notes or []:
        sheet.append(["", "", "", note])
    _signatures(sheet, skp, agreed)
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    _findings_sheet(book, skp, result)
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# «/ekspor tim»'s one file for the whole team: who each row belongs to before the IKI's columns, under headers
# `iki audit` reads (knowledge/columns.yaml skp_export), so the Biro OSDM audits the file as it comes (tester24 #2).
TEAM_IDENTITY = ("NIP", "Nama", "Jabatan", "Unit kerja", "Peran", "Atasan")
TEAM_SHEET = "SKP tim"


def team_workbook(people: list[tuple[Pegawai, str, str, SkpDraft]], first: int = 1) -> bytes:
    """One sheet, one row per IKI of every person (pegawai, peran, atasan, SKP), their identity on each row (the NIP as
    text); a person without IKI gets one row, so the reader sees them with 0 IKI."""
    book = Workbook()
    sheet = book.active
    sheet.title = TEAM_SHEET
    sheet.append([*TEAM_IDENTITY, *COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for pegawai, peran, atasan, skp in people:
        who = [pegawai.nip, pegawai.nama, pegawai.jabatan, pegawai.unit, peran, atasan]
        for iki in skp.iki or [None]:
            sheet.append(who + (iki_row(iki, first) if iki else []))
    for index, width in enumerate((20, 24, 28, 24, 12, 24) + _WIDTHS[1:], start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    sheet.freeze_panes = "A2"
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def header_row(sheet) -> int:
    """The row holding COLUMNS, after the «No» column (below the identity block)."""
    return next(row[0].row for row in sheet.iter_rows() if row[0].value == NUMBER_HEADER and len(row) > 1
                and row[1].value == HEADERS[0])


def cell_number(value: float) -> int | float:
    """A value as the cell holds it: 94,425 of a trajectory as 94.43, never 94.42500000000001 (tester56 F23)."""
    value = round(float(value), 2)
    return int(value) if value.is_integer() else value


def _signatures(sheet, skp: SkpDraft, agreed: Agreement | None = None) -> None:
    """The signature block; the day is left to write in until the SKP is agreed, then it is that version's day."""
    day = f"{long_date(agreed.on)}" if agreed is not None else "____________________"
    sheet.append([])
    sheet.append(["", "", f"Disepakati, tanggal {day} ({skp_form.period()})"])
    top = sheet.max_row + 1
    for column, (who, jabatan, name, nip) in zip((3, 4), skp_form.signatures(skp.pegawai)):
        for offset, text in enumerate((who, jabatan, "", "", name, nip)):
            sheet.cell(top + offset, column, text)
        sheet.cell(top, column).font = Font(bold=True)


def _named(number: int, iki: IkiDraft) -> str:
    """«3. Jumlah laporan …»: a finding's IKI by its number on the SKP sheet and its words, so a reviewer reads it
    without looking it up (play41 #7)."""
    return f"{number}. {iki.indikator}"


def _proposed(iki: IkiDraft, checked: IkiResult) -> str:
    """The first rule-passing rewrite the chat's «Rincian N» / /cek offers for the IKI (bot.rewrite, the one source
    of suggestions), said for the «Saran» column; "" when it offers none (play41 #7: Saran was empty though the chat
    had rewrites)."""
    found = rewrite(iki, checked=checked).candidates
    return f"Usulan IKI: «{found[0].indikator}»." if found else ""


def _findings_sheet(book: Workbook, skp: SkpDraft, result: SkpResult) -> None:
    sheet = book.create_sheet(FINDINGS_SHEET)
    sheet.append(["IKI", "Tingkat", "Aturan", "Temuan", "Saran"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    rows = [("SKP", f, "") for f in result.findings]
    for number, (iki, checked) in enumerate(zip(skp.iki, result.iki), start=1):
        proposed = _proposed(iki, checked) if checked.findings else ""
        rows += [(_named(number, iki), f, proposed) for f in checked.findings]
    for where, finding, proposed in rows:
        saran = " ".join(part for part in (finding.suggestion or "", proposed) if part)
        sheet.append([where, _SEVERITY[finding.severity], finding.rule, finding.message, saran])
        if finding.severity is Severity.error:
            for cell in sheet[sheet.max_row]:
                cell.fill = PatternFill("solid", fgColor="FDE2E1")
    empty = incomplete(skp)
    for number, missing in empty:  # the form's fields left empty: the SKP cannot be entered yet
        sheet.append([_named(number, skp.iki[number - 1]), _SEVERITY[Severity.error], "ISIAN-KOSONG", f"Belum diisi: {', '.join(missing)}.",
                      f"Lengkapi dengan /ubah {number}."])
        for cell in sheet[sheet.max_row]:
            cell.fill = PatternFill("solid", fgColor="FDE2E1")
    if not rows and not empty:
        sheet.append(["", "", "", "Tidak ada temuan: draf ini memenuhi aturan Asisten IKI.", ""])
    # the IKI column holds its words too («3. Jumlah laporan …»), wide enough to read them (draft42 item 4)
    for column, width in zip("ABCDE", (50, 16, 18, 80, 60)):
        sheet.column_dimensions[column].width = width
