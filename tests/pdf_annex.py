"""PDFs in the shape of a regulation's annex, written for the tests with fpdf2: a title above the table, the header
repeated on every page, long names wrapped inside their cells, and cells merged across rows or the whole width."""

from pathlib import Path

HEADER = ["Tingkat", "Kode", "Nama Indikator", "Target 2026", "Satuan", "Induk", "PIC"]
WIDTHS = (13, 15, 92, 17, 17, 15, 60)

Cell = str | tuple[str, dict] | None  # text; text with {"rowspan": n} or {"colspan": n}; None: covered by a span


def annex_pdf(path: Path, pages: list[list[list[Cell]]], widths: tuple[int, ...] = WIDTHS) -> Path:
    """One table per page, each starting with the header, as a printed annex repeats it."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=8)
    for number, rows in enumerate(pages, start=1):
        pdf.add_page()
        if number == 1:
            pdf.cell(0, 8, "LAMPIRAN PERATURAN MENTERI KESEHATAN: INDIKATOR KINERJA", new_x="LMARGIN", new_y="NEXT")
        with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=True) as table:
            for cells in [HEADER] + rows:
                row = table.row()
                for cell in cells:
                    if cell is None:
                        continue
                    text, spans = cell if isinstance(cell, tuple) else (cell, {})
                    row.cell(text, **spans)
    pdf.output(str(path))
    return path
