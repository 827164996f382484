"""The SKP draft as an XLSX workbook in e-Kinerja's field order, ready to copy into the form."""

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from bot.models import SkpDraft
from bot.rhk import draft_rhk

# e-Kinerja Kemenkes "Ubah Indikator Kinerja Utama" form, top to bottom (seed deck, slide "Tampilan SKP 2026").
HEADERS = ("Aspek", "Rencana Kinerja", "Indikator", "Target", "Satuan", "Jenis IKI", "Bobot")


def skp_workbook(skp: SkpDraft) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "SKP"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for iki in skp.iki:
        rhk = iki.rhk or next(iter(draft_rhk(iki.indikator)), "")
        sheet.append([
            (iki.aspek or "kuantitas").capitalize(),
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
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
