"""Spreadsheets people give us (XLSX/XLS/ODS or CSV, and for a catalog a PDF annex): the sheet and row holding the
header found, headers matched to our fields via knowledge/columns.yaml, and everything read differently from the file
said aloud in `notes`."""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from bot import knowledge
from bot.inputs import InputError
from bot.lang.text import PhraseSet, tokens
from bot.models import Peran
from bot.sheets import bounded, csvfile, kinds, pdf, workbook
from bot.sheets.cells import NO_VALUE, Cell, text

EXCEL_ROWS = 1_048_576
HEADER_SCAN = 30  # a title block above the header rarely runs longer
# Per table kind: groups of fields of which at least one must be present, and how to name the group to a user.
REQUIRED = {
    "skp_export": [(("indikator",), "IKI/Indikator"), (("nip", "nama"), "NIP atau Nama")],
    "renstra": [(("code",), "Kode indikator")],
}
# Per table kind read from a PDF: a row with all of these empty carries on the row above it (a name wrapped onto the
# next row or page).
CONTINUES = {"renstra": ("level", "code")}
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@knowledge.cached
def _columns() -> dict:
    return knowledge.data("columns")


def _key(header: str) -> str:
    return " ".join(tokens(header))


def field_names(header: list[str], table: str) -> list[str | None]:
    """Our field name for each header cell of a table kind ("renstra", "skp_export"); None when unknown."""
    aliases = {_key(alias): name for name, names in _columns()[table].items() for alias in names}
    return [aliases.get(_key(h)) or aliases.get(_key(_BRACKETS.sub(" ", h))) or _unqualified(h, aliases, table)
            for h in header]


def _unqualified(header: str, aliases: dict[str, str], table: str) -> str | None:
    """«Unit Kerja Eselon II» → unit: a header's words before the level it names (columns.yaml
    `header_qualifiers`), when they name a field that holds an organisation."""
    qualifiers = _columns()["header_qualifiers"]
    words = tokens(_BRACKETS.sub(" ", header))
    cut = next((i for i, word in enumerate(words) if word in qualifiers["words"]), 0)
    name = aliases.get(" ".join(words[:cut])) if cut else None
    return name if name in qualifiers["fields"].get(table, ()) else None


def aliases_of(table: str, name: str) -> list[str]:
    """The headers knowledge/columns.yaml lists for one field, as written there: for a message naming them."""
    return list(_columns()[table][name])


def role_words() -> dict[str, str]:
    """Word in a Peran column → our role value."""
    return {word: role for role, words in _columns()["role_words"].items() for word in words}


@knowledge.cached
def _middle_heads() -> tuple[PhraseSet, PhraseSet, Peran]:
    heads = _columns()["middle_heads"]
    return PhraseSet(heads["after_kepala"]), PhraseSet(heads["titles"]), Peran(heads["role"])


def middle_head(words: list[str], i: int) -> int:
    """How many words at `i` name a post leading a team inside a unit («kepala ruangan», «kepala seksi», «karu»:
    columns.yaml `middle_heads`), 0 when they name none: such a «kepala» is no head of the unit."""
    after, titles, _ = _middle_heads()
    if words[i] == "kepala" and (found := after.match_at(words, i + 1)):
        return 1 + len(found)
    return len(titles.match_at(words, i) or ())


def middle_heads_in(words: list[str]) -> list[tuple[int, int]]:
    """(position, length) of each post leading a team inside a unit in the words (`middle_head`)."""
    return [(i, n) for i in range(len(words)) if (n := middle_head(words, i))]


def middle_heads_words() -> list[str]:
    """The words after «kepala» that name a post inside a unit, as columns.yaml lists them («ruangan», «instalasi» …)."""
    return list(_columns()["middle_heads"]["after_kepala"])


def middle_head_phrases() -> list[str]:
    """Every phrase naming a post leading a team inside a unit («kepala seksi», «karu»: columns.yaml `middle_heads`)
    and the Ketua Tim's own words (`role_words` of that role): the posts that are no pimpinan unit kerja, for a reader
    of phrases (the yes-no answers' `only.scope.sides`)."""
    heads = _columns()["middle_heads"]
    own = _columns()["role_words"][heads["role"]]
    return [*(f"kepala {word}" for word in heads["after_kepala"]), *heads["titles"], *own]


def middle_role() -> Peran:
    """The role of a post leading a team inside a unit (columns.yaml `middle_heads` `role`)."""
    return _middle_heads()[2]


def role_in(text_value: str, words: dict[str, str] | None = None) -> Peran | None:
    """The role a Peran cell or a jabatan names («Kepala Balai» → pimpinan unit, «Kepala Ruangan ICU» → ketua tim),
    None when it names none."""
    words = words if words is not None else role_words()
    found = tokens(text_value)
    for i, word in enumerate(found):
        if middle_head(found, i):
            return middle_role()
        if word in words:
            return Peran(words[word])
    return None


@knowledge.cached
def _total_labels() -> frozenset[str]:
    return frozenset(_key(label) for label in _columns()["total_rows"])


def is_total_label(cell_text: str) -> bool:
    """«Jumlah Bobot», «TOTAL»: a total row's label in the IKI column (columns.yaml `total_rows`). Short texts only
    are compared: an export has a million IKI cells."""
    return len(cell_text) <= 24 and _key(cell_text) in _total_labels()


@knowledge.cached
def _unit_joins() -> frozenset[str]:
    return frozenset(_columns()["unit_joins"])


def unit_key(name: str) -> str:
    """One unit however its name is spelt: «Biro Keuangan dan BMN», «Biro Keuangan & BMN», «biro keuangan dan
    B.M.N.» are one (case, punctuation and spacing aside, a join word of columns.yaml `unit_joins` as «dan»)."""
    joins = _unit_joins()
    return "".join("dan" if word in joins else word for word in re.findall(r"[^\W_]+|&", name.casefold()))


def column_letter(index: int) -> str:
    """0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Table:
    name: str  # the file's name, for messages
    where: str  # "lembar «SKP»" or "CSV, pemisah «;», UTF-8"
    header_row: int  # as the user sees it: the first row is 1
    header: list[str]
    fields: list[str | None]
    total_rows: int | None  # rows below the header, when known before reading (for the progress bar)
    notes: list[str] = field(default_factory=list)  # what was read differently from a plain table, in Indonesian
    rows: Iterator[tuple[int, list[Cell]]] = iter(())
    # Rows of the file that are not data, with why (a PDF's repeated header, a continuation line folded into the row
    # above): filled while `rows` is read, so a reading report can count every row.
    set_aside: list[tuple[int, str]] = field(default_factory=list)
    page_of: dict[int, int] = field(default_factory=dict)  # a PDF's row number → its page
    # A workbook's merged cells below the header (0-based ranges): one value for every row and column they cover, as
    # a planner merges one PIC over a block of indicators.
    merged: workbook.Merged = field(default_factory=list)
    # A one-person form (the SKP sheet /ekspor writes): fields given once in a «Nama | Dewi» block above the header,
    # the value of every row whose `anchor` field is filled (rows below the table, a signature block, are no one's).
    form: dict[str, Cell] = field(default_factory=dict)
    # The form's fields labelled above the table but left blank («Nama | …»: /profil never filled): still a one-person
    # form, whose reader says whose it is (tester51 P3-2: the whole folder's audit stopped on such a file).
    form_blank: tuple[str, ...] = ()
    anchor: tuple[str, ...] = ()
    sheets: tuple[str, ...] = ()  # every sheet of the workbook, by name (a file our own exports wrote is known by them)

    @property
    def unknown_columns(self) -> list[str]:
        return [h for h, f in zip(self.header, self.fields) if h and f is None]

    def records(self, wanted: tuple[str, ...], rest: bool = False) -> Iterator[tuple[int, list[Cell]]]:
        """(row number, the cells of the wanted fields in that order, "" when absent) for every row below the
        header, empty rows included; with `rest`, then, on a row whose wanted cells are blank, the first text of a
        column no wanted field reads (a note written in «No»: the row is no blank one), else "". Where two columns carry one field, the first non-empty cell wins and rows
        where they disagree are counted in a note; formulas saved without a value are counted per column."""
        columns = {name: [i for i, f in enumerate(self.fields) if f == name] for name in wanted}
        repeated = {name: found for name, found in columns.items() if len(found) > 1}
        picks = [found[0] if len(found) == 1 else None for found in columns.values()]
        slots = [(k, columns[name]) for k, name in enumerate(wanted) if name in repeated]
        disagree: dict[str, list[int]] = {name: [] for name in repeated}
        no_value: dict[int, list[int]] = {}
        formed = [(k, self.form[name]) for k, name in enumerate(wanted) if name in self.form and not columns[name]]
        anchors = [k for k, name in enumerate(wanted) if name in self.anchor]
        form_open, form_begun = bool(formed), False  # a form's table ends at its first row without the anchor
        others = [i for i, f in enumerate(self.fields) if f not in wanted] if rest else []
        for number, cells in self._unmerged(self.rows):
            width = len(cells)
            record = [cells[i] if i is not None and i < width else "" for i in picks]
            if rest:  # looked for on blank rows only: a million filled rows pay one any()
                record.append("" if any(record) else next(
                    (cell for i in others if i < width and type(cell := cells[i]) is str and cell.strip()), ""))
            if form_open:
                anchored = any(text(record[k]).strip() for k in anchors)
                form_open = anchored or not form_begun
                form_begun = form_begun or anchored
                if anchored:
                    for k, value in formed:
                        record[k] = value
            for k, found in slots:
                values = [cells[i] for i in found if i < width and cells[i] not in ("", None, NO_VALUE)]
                record[k] = values[0] if values else ""
                if len({text(v).strip() for v in values}) > 1:
                    disagree[wanted[k]].append(number)
            if NO_VALUE in cells:
                for i, value in enumerate(cells):
                    if value is NO_VALUE:
                        no_value.setdefault(i, []).append(number)
            yield number, record
        self._explain(repeated, disagree, no_value)

    def _unmerged(self, rows: Iterator[tuple[int, list[Cell]]]) -> Iterator[tuple[int, list[Cell]]]:
        """Rows with every cell a merged cell covers holding its top-left cell's value (Excel keeps it there only);
        how many per column is said in a note."""
        if not self.merged:
            yield from rows
            return
        starts = sorted(self.merged)
        active: list[tuple[int, int, int, Cell]] = []  # last row (1-based), first and last column, value
        filled: dict[int, int] = {}
        for number, cells in rows:
            while starts and starts[0][0][0] + 1 <= number:
                (r1, c1), (r2, c2) = starts.pop(0)
                if r1 + 1 == number and c1 < len(cells):
                    active.append((r2 + 1, c1, c2, cells[c1]))
            active = [a for a in active if a[0] >= number]
            for _, c1, c2, value in active:
                for c in range(c1, min(c2 + 1, len(cells))):
                    if cells[c] == "" and value != "":
                        cells[c] = value
                        filled[c] = filled.get(c, 0) + 1
            yield number, cells
        for c, count in sorted(filled.items()):
            self.notes.append(f"kolom {column_letter(c)} («{self.header[c] if c < len(self.header) else ''}»): "
                              f"{count} sel di bawah sel gabungan dibaca dengan isi sel gabungan itu")

    def _explain(self, repeated: dict[str, list[int]], disagree: dict[str, list[int]], no_value: dict[int, list[int]]):
        for name, columns in repeated.items():
            letters = " dan ".join(f"{column_letter(i)} («{self.header[i]}»)" for i in columns)
            rows = disagree[name]
            clash = (f"; di {len(rows)} baris isinya berbeda (misalnya baris {_some(rows)}) dan yang dipakai kolom "
                     f"{column_letter(columns[0])}" if rows else "; isinya tidak pernah berbeda")
            self.notes.append(f"judul ganda: kolom {letters} sama-sama dibaca sebagai «{name}». Kolom "
                              f"{column_letter(columns[0])} dipakai, kolom lain mengisi bila kosong{clash}. "
                              "Beri judul berbeda bila isinya memang lain")
        for i, rows in sorted(no_value.items()):
            self.notes.append(f"kolom {column_letter(i)} («{self.header[i] if i < len(self.header) else ''}»): "
                              f"{len(rows)} sel berisi rumus tanpa nilai tersimpan (misalnya baris {_some(rows)}); "
                              "dibaca kosong. Buka berkas di Excel, simpan ulang (nilai rumus ikut tersimpan), lalu ulangi")


def _some(rows: list[int], n: int = 5) -> str:
    return ", ".join(map(str, rows[:n])) + (" …" if len(rows) > n else "")


@dataclass
class _Header:
    index: int  # position among the scanned rows
    row: int  # 0-based row in the file
    header: list[str]
    fields: list[str | None]
    score: int
    missing: list[str]
    last: int = -1  # 0-based row of the header's last row: a header spread over two rows ends one row lower
    joined: list[str] = field(default_factory=list)  # how a two-row header's cells were joined, for a note

    def __post_init__(self):
        self.last = max(self.last, self.row)


def _scored(index: int, row: int, header: list[str], kind: str) -> _Header:
    fields = field_names(header, kind)
    present = {f for f in fields if f}
    missing = [label for group, label in REQUIRED[kind] if not present & set(group)]
    # A qualifying header beats any other; then more of our fields; then the earlier row.
    return _Header(index, row, header, fields, (0 if missing else 1000) + len(present), missing)


def _best_header(rows: list[tuple[int, list[Cell]]], kind: str, merged: workbook.Merged = (),
                 two_rows: bool = True) -> _Header | None:
    texts = {row: [text(c).strip() for c in cells] for row, cells in rows}
    best = None
    for index, (row, _) in enumerate(rows):
        found = _scored(index, row, _filled(row, texts, merged), kind)
        if any(found.fields) and (best is None or found.score > best.score):
            best = found
    if best is None or not two_rows:
        return best
    below = _two_rows(best, rows, texts, merged, kind, best.index)
    return below if below is not best else _two_rows(best, rows, texts, merged, kind, best.index - 1)


def _two_rows(found: _Header, rows: list[tuple[int, list[Cell]]], texts: dict[int, list[str]],
              merged: workbook.Merged, kind: str, top: int) -> _Header:
    """The header read over two rows, scanned rows `top` and `top + 1` (one of them the header found), when the
    lower row carries sub-headings under the upper one: «Target» merged over «2026 | Satuan» reads «Target 2026» and
    «Satuan» (the joined words when knowledge/columns.yaml lists them, else the sub-heading alone, else the upper
    one). Taken when the lower row holds nothing in the columns every data row fills (a code) and either a cell of
    the upper row is merged down into it or the join reads more of our fields; otherwise the header as found."""
    if top < 0 or top + 1 >= len(rows) or rows[top + 1][0] != rows[top][0] + 1:
        return found
    upper_row, lower_row = rows[top][0], rows[top + 1][0]
    upper = _filled(upper_row, texts, merged)
    down = {c for (r1, c1), (r2, c2) in merged if r1 <= upper_row < lower_row <= r2 for c in range(c1, c2 + 1)}
    lower = [("" if c in down else t) for c, t in enumerate(texts[lower_row])]
    if not any(lower):
        return found
    keys = {f for group, _ in REQUIRED[kind] for f in group}
    upper_fields = field_names(upper, kind)
    if any(f in keys and c < len(lower) and lower[c] for c, f in enumerate(upper_fields)):
        return found  # the lower row is data: it fills a column every row fills
    width = max(len(upper), len(lower))
    header, joined = upper + [""] * (width - len(upper)), []
    for c, sub in enumerate(lower):
        if sub:
            options = [f"{header[c]} {sub}".strip(), sub] + ([header[c]] if header[c] else [])
            header[c] = next((o for o in options if field_names([o], kind)[0]), options[0])
            joined.append(f"«{header[c]}»" + (f" (dari «{upper[c]}» + «{sub}»)" if c < len(upper) and upper[c]
                                                and header[c] != sub else ""))
    merged_down = any(c < len(upper) and upper[c] for c in down)
    two = _scored(top, upper_row, header, kind)
    if two.missing or not (merged_down or two.score > found.score):
        return found
    two.last, two.joined = lower_row, joined
    return two


def _filled(row: int, texts: dict[int, list[str]], merged: workbook.Merged) -> list[str]:
    """A merged header cell's text in every column and row it covers (Excel keeps it in the top-left cell only)."""
    header = list(texts[row])
    for (r1, c1), (r2, c2) in merged:
        if r1 <= row <= r2:
            if len(header) <= c2:
                header += [""] * (c2 + 1 - len(header))
            top = texts.get(r1, [])
            label = top[c1] if c1 < len(top) else ""
            for c in range(c1, c2 + 1):
                header[c] = header[c] or label
    return header


def _merged_header_notes(found: _Header, merged: workbook.Merged, texts_above: dict[tuple[int, int], str]) -> list[str]:
    notes = []
    for (r1, c1), (r2, c2) in merged:
        if r1 <= found.row <= r2 and any(found.fields[c] for c in range(c1, min(c2 + 1, len(found.fields)))):
            label = found.header[c1] if c1 < len(found.header) else texts_above.get((r1, c1), "")
            span = f"{column_letter(c1)}{r1 + 1}:{column_letter(c2)}{r2 + 1}"
            columns = column_letter(c1) if c1 == c2 else f"{column_letter(c1)}–{column_letter(c2)}"
            notes.append(f"judul «{label}» adalah sel gabungan {span}; kolom {columns} dibaca sebagai «{label}»"
                         + ("" if c1 == c2 else f" (isi kolom {column_letter(c1)} dipakai lebih dulu)"))
    return notes


def _spellings(kind: str) -> str:
    """The headers a required column may carry, as columns.yaml lists them (tester21a #23: the message pointed at that
    file, which a user of the installed tool never sees)."""
    return "; ".join(f"{label}: " + ", ".join(f"«{a}»" for field in fields for a in aliases_of(kind, field)[:6])
                     for fields, label in REQUIRED[kind])


def _first_row(rows: list[tuple[int, list[Cell]]]) -> list[str]:
    """The texts of the first row holding any: the headers a table carries when none is one we read."""
    return next(([text(c).strip() for c in cells if text(c).strip()] for _, cells in rows
                 if any(text(c).strip() for c in cells)), [])


def _no_header(name: str, kind: str, seen: list[tuple[str, _Header | None, list[str]]]) -> InputError:
    def headers(h: _Header | None, first: list[str]) -> str:
        shown = [x for x in h.header if x][:10] if h else []
        if not shown and first:  # tester26 #15: «Tanggal, Barang, Harga» were «tidak ada judul yang dikenali»
            return "baris pertama: " + ", ".join(first[:10])
        return ", ".join(shown) if shown else "tidak ada judul yang dikenali"

    needed = " dan ".join(label for _, label in REQUIRED[kind])
    if len(seen) == 1:
        where, best, first = seen[0]
        missing = best.missing if best else [label for _, label in REQUIRED[kind]]
        return InputError(f"{name}{where}: tidak ada kolom {' dan '.join(missing)} (judul kolom yang ada: "
                          f"{headers(best, first)}). "
                          f"Baris judul harus memuat kolom {needed}; judul yang dikenali: {_spellings(kind)}")
    listed = "; ".join(f"«{sheet}» ({headers(best, first)})" for sheet, best, first in seen)
    return InputError(f"{name}: tidak ada lembar yang memuat kolom {needed}. Lembar yang ada: {listed}. "
                      "Pindahkan tabel ke satu lembar dengan baris judul, atau perbaiki judul kolomnya")


def _blank_mark(value: str) -> bool:
    """«…», «-», «___»: a field a form left to be written in by hand, not a value."""
    return not any(ch.isalnum() for ch in value)


def _form_block(rows: list[tuple[int, list[Cell]]], kind: str) -> tuple[dict[str, Cell], tuple[str, ...]]:
    """Fields written once above a table as «label | value» rows (an SKP form's identity: «Nama | Dewi Lestari»,
    «NIP | 1990…»): the label a column alias of `kind`, its value the next filled cell; a blank mark is no value, its
    field returned apart (labelled, left blank)."""
    form: dict[str, Cell] = {}
    blank: list[str] = []
    for _, cells in rows:
        filled = [(c, text(c).strip()) for c in cells if text(c).strip()]
        if len(filled) != 2:
            continue
        name = field_names([filled[0][1]], kind)[0]
        if not name or name in form or name in blank:
            continue
        if _blank_mark(filled[1][1]):
            blank.append(name)
        else:
            form[name] = filled[1][0]
    return form, tuple(blank)


def _form_covers(best: _Header, given: set[str], kind: str) -> bool:
    """Every required group the header lacks is given by the form above it (labelled there, even left blank)."""
    present = {f for f in best.fields if f} | given
    return all(present & set(group) for group, _ in REQUIRED[kind])


def open_table(path: Path, kind: str, pdf: bool = False, skip: frozenset[str] = frozenset()) -> Table:
    """The table in a file, header found; raises InputError (Indonesian, naming file and sheet) when unreadable.
    pdf: a PDF is accepted too (a catalog printed as a regulation's annex). A workbook is read in a child process
    held to the memory budget (bot.sheets.bounded); its rows stream back. skip: sheets never read (a Ketua's /ekspor
    carries its MPPH's sheets beside the SKP)."""
    found = kinds.check_file(path, pdf)
    if found == "text":
        return _csv_table(path, kind)
    if found == "pdf":
        return _pdf_table(path, kind)
    if not bounded.available():
        return _workbook_table(path, kind, skip)
    items = bounded.stream(lambda: _table_then_rows(path, kind, skip), kinds.memory_budget_mb(),
                           lambda where: kinds.too_big(path.name, where))
    table = next(items)
    table.rows = items
    return table


def _table_then_rows(path: Path, kind: str, skip: frozenset[str] = frozenset()) -> Iterator:
    """In the reading child: the table without its rows first, then the rows."""
    table = _workbook_table(path, kind, skip)
    rows, table.rows = table.rows, iter(())
    yield table
    yield from rows


def _workbook_table(path: Path, kind: str, skip: frozenset[str] = frozenset()) -> Table:
    sheets = [sheet for sheet in workbook.sheets(path) if sheet.name not in skip]
    if not sheets or all(s.rows == 0 for s in sheets):
        raise InputError(f"{path.name} tidak berisi data di lembar mana pun; isi tabelnya atau ekspor ulang")
    seen, candidates = [], []
    for sheet in sheets:
        head = list(islice(sheet.sheet.iter_rows(), HEADER_SCAN)) if sheet.sheet and sheet.rows else []
        offset = sheet.sheet.start[0] if sheet.sheet and sheet.sheet.start and head and any(v != "" for v in head[0]) else 0
        pad = [""] * (sheet.sheet.start[1] if sheet.sheet and sheet.sheet.start else 0)
        rows = [(offset + i, pad + values) for i, values in enumerate(head)]
        best = _best_header(rows, kind, sheet.merged)
        seen.append((sheet.name, best, _first_row(rows)))
        form, blank = _form_block(rows[: best.index], kind) if best and best.missing else ({}, ())
        if best and (not best.missing or ((form or blank) and _form_covers(best, {*form, *blank}, kind))):
            # a table with rows beats a header left without any (a template sheet before the filled one)
            candidates.append((sheet.rows > best.last + 1, best.score, -len(candidates), sheet, best, rows, (form, blank)))
    if not candidates:
        raise _no_header(path.name, kind, [(f" (lembar «{n}»)" if len(seen) == 1 else n, b, f) for n, b, f in seen])
    *_, sheet, best, rows, (form, blank) = max(candidates, key=lambda c: c[:3])
    texts_above = {(r, c): text(v) for r, cells in rows for c, v in enumerate(cells)}
    notes = _merged_header_notes(best, sheet.merged, texts_above) if best.last == best.row else [_two_rows_note(best)]
    if len(sheets) > 1:
        tables = {c[3].name: c[4] for c in candidates}
        notes[:0] = [f"data dibaca dari lembar «{sheet.name}»"] + [
            _sheet_left(s, first, tables.get(s.name)) for s, (_, _, first) in zip(sheets, seen) if s is not sheet]
    if not sheet.xlsx:
        notes.append(f"{path.suffix} tidak menyimpan tanda format persen yang bisa dibaca di sini: sel 20% dibaca 0,2. "
                     "Simpan sebagai .xlsx agar bobot dan target persen pasti terbaca benar")
    if sheet.rows >= EXCEL_ROWS:
        notes.append(f"lembar «{sheet.name}» terisi sampai batas baris Excel (1.048.576); ekspornya mungkin terpotong. "
                     "Periksa jumlah pegawai, atau ekspor sebagai CSV atau per unit")
    above = sum(1 for r, cells in rows[: best.index] if any(text(c).strip() for c in cells))
    if form or blank:
        said = ", ".join(f"{name} «{text(value).strip()}»" for name, value in form.items())
        empty = f"{', '.join('NIP' if b == 'nip' else b for b in blank)} kosong («…»)" if blank else ""
        said = (f"{said} dibaca dari atas tabel sebagai identitas setiap baris IKI" if said else "") \
            + ("; " if said and empty else "") + empty
        notes.append(f"berkas satu pegawai (formulir SKP): {said}")
    elif above:
        notes.append(f"judul kolom ada di baris {best.row + 1}; {above} baris di atasnya (judul laporan atau kelompok kolom) "
                     "tidak dibaca sebagai data")
    data = ((row + 1, cells) for row, cells in sheet.iter_rows() if row > best.last)
    below = [m for m in sheet.merged if m[0][0] > best.last and m[1][0] > m[0][0]]
    return Table(path.name, f"lembar «{sheet.name}»", best.row + 1, best.header, best.fields,
                 max(sheet.rows - best.last - 1, 0), notes, data, merged=below, form=form, form_blank=blank,
                 anchor=REQUIRED[kind][0][0] if form or blank else (), sheets=tuple(s.name for s in sheets))


def _sheet_left(sheet: workbook.SheetData, first: list[str], table: _Header | None) -> str:
    """Why a sheet of the workbook was not read, one per sheet: the reading report names every sheet (files35 #1: an
    empty «Rekap» beside the data was never mentioned)."""
    if table is not None:
        if sheet.rows <= table.last + 1:
            return f"lembar «{sheet.name}»: judul kolom tanpa baris data, dilewati"
        return (f"lembar «{sheet.name}»: memuat tabel seperti ini juga dan TIDAK dibaca; audit lembar itu sebagai berkas "
                "terpisah bila perlu")
    if not first:
        return (f"lembar «{sheet.name}»: kosong, dilewati" if sheet.rows <= HEADER_SCAN else
                f"lembar «{sheet.name}»: {HEADER_SCAN} baris pertamanya kosong, tanpa judul kolom; dilewati")
    return (f"lembar «{sheet.name}»: tidak memuat judul kolom yang dikenali (baris pertama: {', '.join(first[:4])}), "
            "dilewati")


def _two_rows_note(found: _Header) -> str:
    return (f"judul kolom dua baris (baris {found.row + 1}–{found.last + 1}), dibaca bergabung: {', '.join(found.joined)}; "
            "data dimulai di baris berikutnya")


def _csv_table(path: Path, kind: str) -> Table:
    encoding = csvfile.encoding_of(path)
    options = []
    for delimiter in csvfile.DELIMITERS:
        head = list(islice(csvfile.records(path, encoding, delimiter), HEADER_SCAN))
        best = _best_header([(n - 1, cells) for n, cells in head], kind)
        options.append((best.score if best else 0, delimiter, best, head))
    score, delimiter, best, head = max(options, key=lambda o: o[0])  # ties keep the earlier: ";" before ","
    if best is None or best.missing:
        raise _no_header(path.name, kind, [("", best, _first_row(head))])
    notes: list[str] = []
    if encoding == "cp1252":
        notes.append("berkas bukan UTF-8; dibaca sebagai Windows-1252 (CSV dari Excel). Periksa huruf beraksen; "
                     "simpan sebagai «CSV UTF-8» agar pasti")
    if best.row:
        notes.append(f"judul kolom ada di baris {best.row + 1}; baris di atasnya tidak dibaca")
    if best.last > best.row:
        notes.append(_two_rows_note(best))
    rows = csvfile.records(path, encoding, delimiter, len(best.header), notes)
    data = ((n, cells) for n, cells in _limited(rows, path.name) if n > best.last + 1)
    label = {"\t": "tab"}.get(delimiter, delimiter)
    where = f"CSV, pemisah «{label}», {'UTF-8' if encoding == 'utf-8-sig' else 'UTF-16' if encoding == 'utf-16' else 'Windows-1252'}"
    return Table(path.name, where, best.row + 1, best.header, best.fields, None, notes, data)


def _limited(rows: Iterator[tuple[int, list[str]]], name: str) -> Iterator[tuple[int, list[str]]]:
    for count, row in enumerate(rows, start=1):
        if count > kinds.MAX_ROWS:
            raise InputError(f"{name}: lebih dari {kinds.number(kinds.MAX_ROWS)} baris (batas {kinds.limits_text()}); "
                             "bagi berkas per unit lalu ulangi")
        yield row



def _pdf_table(path: Path, kind: str) -> Table:
    """The one table running through a PDF's pages: its header found on the first rows, the header each page repeats
    set aside, rows wrapped onto the next row or page folded back, merged cells filled from the row above."""
    found = list(pdf.rows(path))
    if not found:
        raise InputError(f"{path.name}: tidak ada tabel yang terbaca di PDF ini (mungkin hasil pindaian/gambar). "
                         "Minta berkas .xlsx atau PDF asli dari perencana, lalu ulangi")
    head = [(i, [c or "" for c in cells]) for i, (_, cells) in enumerate(found[:HEADER_SCAN])]
    best = _best_header(head, kind, two_rows=False)  # a page's repeated header is told by its one row
    if best is None or best.missing:
        raise _no_header(path.name, kind, [("", best, _first_row(head))])
    pages = sorted({page for page, _ in found})
    where = f"PDF, tabel di halaman {pages[0]}" + (f"–{pages[-1]}" if len(pages) > 1 else "")
    table = Table(path.name, where, best.row + 1, best.header, best.fields, len(found) - best.row - 1)
    table.rows = _pdf_records(found[best.row + 1 :], best, kind, table)
    table.page_of = {n: page for n, (page, _) in enumerate(found, start=1)}
    table.notes.append("nomor baris PDF adalah urutan baris tabel lintas halaman (baris pertama tabel = 1)")
    return table


def _pdf_records(found: list[pdf.PdfRow], header: _Header, kind: str, table: Table) -> Iterator[tuple[int, list[Cell]]]:
    """Data rows numbered as the table's rows (the header is row 1, across pages); a row is yielded once the rows
    that carry it on have been folded in."""
    key = _key_of(header.header)
    keys = [i for i, f in enumerate(header.fields) if f in CONTINUES.get(kind, ())]
    filled: dict[int, int] = {}  # column → cells filled from a merged cell above
    pending: tuple[int, list[str]] | None = None
    for number, (_, cells) in enumerate(found, start=header.row + 2):
        texts = [c or "" for c in cells]
        if _key_of(texts) == key:
            table.set_aside.append((number, "judul kolom yang diulang di halaman baru"))
            continue
        if sum(c is not None for c in cells) == 1 and len(cells) > 1 and any(texts):
            table.set_aside.append((number, "judul kelompok (satu sel selebar tabel), bukan indikator"))
            continue
        if pending and any(texts) and not any(texts[i] for i in keys if i < len(texts)):
            before = pending[1]
            for i, value in enumerate(texts[: len(before)]):
                before[i] = pdf.join_lines(before[i], value)
            table.set_aside.append((number, "lanjutan baris di atasnya (teks yang terpotong ke baris atau halaman "
                                            "berikutnya), digabung ke baris itu"))
            continue
        if pending:
            yield pending
        if pending and any(texts):
            for i, value in enumerate(cells):
                if value is None and i < len(pending[1]):
                    texts[i] = pending[1][i]  # covered by a cell merged down from the row above
                    filled[i] = filled.get(i, 0) + 1
        pending = (number, texts)
    if pending:
        yield pending
    for i, count in sorted(filled.items()):
        table.notes.append(f"kolom «{header.header[i]}»: {count} sel gabungan (satu sel untuk beberapa baris) dibaca "
                           "dengan isi baris di atasnya")


def _key_of(cells: list[str]) -> str:
    return "|".join(_key(c) for c in cells)
