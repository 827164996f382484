"""The SKP draft as an XLSX workbook in e-Kinerja's field order, ready to copy into the form, with a sheet of the
rules' findings. A draft that still has errors is marked as a draft on its sheet and in the file name."""

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from bot.models import Severity, SkpDraft, SkpResult
from bot.rules import check_skp
from bot.rules.measures import aspek_of
from bot.skp.rhk import draft_rhk

# e-Kinerja Kemenkes "Ubah Indikator Kinerja Utama" form, top to bottom (seed deck, slide "Tampilan SKP 2026").
HEADERS = ("Aspek", "Rencana Kinerja", "Indikator", "Target", "Satuan", "Jenis IKI", "Bobot")


DRAFT_NAME, READY_NAME = "draf-skp-BELUM-SIAP.xlsx", "draf-skp.xlsx"
_SEVERITY = {Severity.error: "Harus diperbaiki", Severity.warning: "Perlu dicek", Severity.info: "Info"}


def file_name(result: SkpResult) -> str:
    return DRAFT_NAME if result.has_error else READY_NAME


def skp_workbook(skp: SkpDraft, result: SkpResult | None = None) -> bytes:
    result = result or check_skp(skp)
    book = Workbook()
    sheet = book.active
    sheet.title = "SKP (DRAF - ada temuan)" if result.has_error else "SKP"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for iki in skp.iki:
        rhk = iki.rhk or next(iter(draft_rhk(iki.indikator)), "")
        sheet.append([
            aspek_of(iki).value.capitalize(),
            rhk,
            iki.indikator,
            iki.target if iki.target is not None else "",
            iki.satuan or "",
            iki.jenis.label if iki.jenis else "",
            iki.bobot if iki.bobot is not None else "",
        ])
    for column, width in zip("ABCDEFG", (12, 60, 60, 10, 12, 12, 8)):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    _findings_sheet(book, result)
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _findings_sheet(book: Workbook, result: SkpResult) -> None:
    sheet = book.create_sheet("Temuan")
    sheet.append(["IKI", "Tingkat", "Aturan", "Temuan", "Saran"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    rows = [("SKP", f) for f in result.findings]
    rows += [(str(number), f) for number, iki in enumerate(result.iki, start=1) for f in iki.findings]
    for where, finding in rows:
        sheet.append([where, _SEVERITY[finding.severity], finding.rule, finding.message, finding.suggestion or ""])
        if finding.severity is Severity.error:
            for cell in sheet[sheet.max_row]:
                cell.fill = PatternFill("solid", fgColor="FDE2E1")
    if not rows:
        sheet.append(["", "", "", "Tidak ada temuan: draf ini memenuhi aturan Asisten IKI.", ""])
    for column, width in zip("ABCDE", (6, 16, 18, 80, 60)):
        sheet.column_dimensions[column].width = width
