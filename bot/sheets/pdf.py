"""Tables in a PDF, such as a regulation's annex: every page's ruled table row by row (pdfplumber), a cell's wrapped
lines joined back into one text, and a cell covered by a merged cell given as None."""

import logging
from collections.abc import Iterator
from pathlib import Path

from bot.inputs import InputError

MAX_PAGES = 2_000  # the Renstra annex runs to a few hundred pages at most
# Ruled tables first (annexes are printed with cell borders); a page without one is read by text alignment.
_RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_ALIGNED = {"vertical_strategy": "text", "horizontal_strategy": "text"}

PdfRow = tuple[int, list[str | None]]  # (page number, cells)


def join_lines(first: str, second: str) -> str:
    """Two pieces of one cell's text split by a line or page break, joined back as they were written: with a space,
    or without one inside a number ("IKK 33.4." + "13", "33.4.1" + "3") and after a slash or hyphen before a
    letter ("kabupaten/" + "kota")."""
    first, second = first.rstrip(), second.strip()
    if not first or not second:
        return first or second
    if first[-1].isdigit() or first.endswith("."):
        glued = second[0].isdigit()
    else:
        glued = first.endswith(("/", "-")) and second[0].isalnum()
    return first + ("" if glued else " ") + second


def _cell(value: str | None) -> str | None:
    if value is None:
        return None
    text = ""
    for line in value.replace("\u00a0", " ").splitlines():
        text = join_lines(text, " ".join(line.split()))
    return text


def rows(path: Path) -> Iterator[PdfRow]:
    """Every table row on every page, top to bottom; InputError (Indonesian) when the PDF cannot be read."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings of odd PDFs are not the user's business
    try:
        document = pdfplumber.open(path)
    except (PdfminerException, PDFPasswordIncorrect, PDFEncryptionError) as exc:
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(f"{path.name} dilindungi kata sandi; simpan ulang tanpa kata sandi lalu ulangi") from None
        raise InputError(f"{path.name} tidak bisa dibaca sebagai PDF ({type(cause).__name__}); unduh ulang berkasnya "
                         "atau ekspor lampirannya sebagai .xlsx") from None
    with document:
        if len(document.pages) > MAX_PAGES:
            raise InputError(f"{path.name}: {len(document.pages)} halaman, lebih dari batas {MAX_PAGES}; "
                             "pisahkan lampiran katalognya saja")
        for page in document.pages:
            tables = page.extract_tables(_RULED) or page.extract_tables(_ALIGNED)
            for table in tables:
                for cells in table:
                    yield page.page_number, [_cell(c) for c in cells]
            page.close()  # free the page's parsed objects: an annex of hundreds of pages stays small in memory
