"""The audit workbook, written row by row with xlsxwriter in constant-memory mode (a 1M-IKI audit stays small in RAM):
units, employees, the IKI that have findings, the rows not read, the reading report, and the comparison if any."""

import re
from collections.abc import Callable
from pathlib import Path

import xlsxwriter
import xlsxwriter.xmlwriter

from bot.audit.checking import OTHER_ERRORS, Audit, EmployeeAudit, Figures, WeightsGiven, duplicate_rows, weights_given
from bot.knowledge import category_label, policy, remembered
from bot.lang.numbers import format_number, parse_number
from bot.models import Category, Peran
from bot.rules.weights import WEIGHT_SLACK, as_fractions, fraction_note
from bot.sheets.tables import column_letter

EXCEL_ROWS = 1_048_576


def heading(category: Category) -> str:
    """A finding category's name (rules.yaml `categories`) as a column heading: «Bobot salah», «IKI ganda»."""
    label = category_label(category)
    return label[:1].upper() + label[1:]


@remembered
def named(codes: str) -> str:
    """A verdict's categories («REPORT_COUNT, NO_MEASURE») each with its name in the bureau's words (rules.yaml
    `categories`): «REPORT_COUNT (IKI menghitung laporan atau dokumen), NO_MEASURE (IKI tanpa kata ukuran)». The code
    stays, as the chat answers what it means; cached, the same few combinations repeat on row after row."""
    return ", ".join(f"{code} ({category_label(code)})" for code in codes.split(", ") if code)


def issues(e: EmployeeAudit) -> list[str]:
    """What an employee should fix, in the bureau's words."""
    found = []
    if e.count_flag:
        found.append(f"jumlah IKI {e.count} ({e.count_flag} dari {policy().iki_count.range_text})")
    for category in (Category.WEIGHT_TOTAL, Category.MANDATORY_MISSING, Category.UNTAGGED, Category.DUPLICATE):
        if e.has(category):
            found.append(category_label(category))
    if e.has(Category.WEIGHT_TOTAL):
        at = found.index(category_label(Category.WEIGHT_TOTAL))
        found[at] += f": {weight_note(weights_given(e.source.rows))}"
        # 0.4, 0.3 …: the same weights written as fractions (tester17 #5)
        fraction = as_fractions([w for row in e.source.rows
                                 if (w := row.bobot if isinstance(row.bobot, (int, float)) else parse_number(row.bobot))
                                 is not None])
        if fraction is not None:
            found[at] += f" ({fraction_note(fraction)})"
    if e.activity:
        found.append(f"{e.activity} {category_label(Category.ACTIVITY)}")
    found += [f"{category_label(code)}: IKI {_numbers(numbers)}" for code, numbers in e.other_errors.items()]
    return found


def _numbers(numbers: list[int]) -> str:
    """«1», «1 dan 3», «1, 2 dan 5»: the IKI an error was found on, as the employee numbers them."""
    shown = list(map(str, numbers))
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} dan {shown[-1]}"


def weight_note(given: WeightsGiven) -> str:
    """An employee's weights as summed, then what is wrong with them, beside the guidance (tester19 #10, tester59
    F27: «Core 100%, Beyond 20%, 1 IKI tanpa bobot» alone read as right): «Core 100%, Beyond 10% — salah: Beyond 10%,
    bukan 20% (panduan: Core 100%, Beyond 20%)»."""
    weights = policy().weights
    parts = [f"Core {format_number(given.core)}%"]
    guide = [f"Core {weights.core_total}%"]
    if given.has_beyond or given.beyond:
        parts.append(f"Beyond {format_number(given.beyond)}%")
        guide.append(f"Beyond {weights.beyond_total}%")
    if given.untyped:
        parts.append(f"tanpa jenis {format_number(given.untyped)}%")
    if given.unweighted:
        parts.append(f"{given.unweighted} IKI tanpa bobot")
    wrong = _weights_wrong(given)
    return f"{', '.join(parts)}" + (f" — salah: {', '.join(wrong)}" if wrong else "") + f" (panduan: {', '.join(guide)})"


def _totals_off(given: WeightsGiven) -> list[tuple[str, float, int]]:
    """The jenis totals that differ from the guidance's (policy.yaml weights): (jenis, summed, expected)."""
    weights, off = policy().weights, []
    if abs(given.core - weights.core_total) >= WEIGHT_SLACK:
        off.append(("Core", given.core, weights.core_total))
    if (given.has_beyond or given.beyond) and abs(given.beyond - weights.beyond_total) >= WEIGHT_SLACK:
        off.append(("Beyond", given.beyond, weights.beyond_total))
    return off


def _weights_wrong(given: WeightsGiven) -> list[str]:
    """What differs from the guidance's totals, each said with what it should be."""
    wrong = [f"{jenis} {format_number(summed)}%, bukan {expected}%" for jenis, summed, expected in _totals_off(given)]
    if given.untyped:
        wrong.append(f"bobot {format_number(given.untyped)}% pada IKI tanpa jenis")
    if given.unweighted:
        wrong.append(f"{given.unweighted} IKI belum diberi bobot")
    return wrong


def actions(e: EmployeeAudit) -> list[str]:
    """What the employee should do, most important first (tester59 F27: the sheet said what was wrong, not what to
    do): the count of IKI, activity-based IKI rewritten as results, the mandatory IKI, weights, jenis, duplicates,
    other errors."""
    count, done = policy().iki_count, []
    if e.count_flag == "lebih":
        done.append(f"kurangi ke ≤{count.max} IKI (kini {e.count})")
    elif e.count_flag == "kurang":
        done.append(f"tambah ke ≥{count.min} IKI (kini {e.count})")
    if e.activity:
        done.append(f"tulis ulang {e.activity} IKI kegiatan jadi hasil")
    if e.has(Category.MANDATORY_MISSING):
        done.append("tambah IP ASN")
    if e.has(Category.WEIGHT_TOTAL):
        given = weights_given(e.source.rows)
        if given.unweighted:
            done.append(f"beri bobot {given.unweighted} IKI")
        done += [f"sesuaikan bobot {jenis} jadi {expected}%" for jenis, _, expected in _totals_off(given)]
    if e.has(Category.UNTAGGED):
        done.append("isi jenis setiap IKI")
    if e.has(Category.DUPLICATE):
        done.append("gabung atau hapus IKI ganda")
    if e.other_error_iki:
        done.append(f"perbaiki {e.other_error_iki} IKI lain (lihat Catatan)")
    return done


def need_of(e: EmployeeAudit) -> tuple[float, int]:
    """Who needs help first: the guidance's main concern is activity-based IKI, so the share of them leads and the
    other notes (weights, duplicates, the count) only order employees alike in it (tester19 #11)."""
    return -e.activity_share, -len(issues(e))


def priorities(employees: list[EmployeeAudit]) -> dict[str, int]:
    """Each employee with something to do, by key, and their place in the order of who to help first (1 first)."""
    waiting = sorted((e for e in employees if actions(e)), key=need_of)
    return {e.employee: rank for rank, e in enumerate(waiting, start=1)}


class _Sheets:
    """Sheets filled top to bottom; a table longer than Excel allows continues on «Name (2)»."""

    def __init__(self, book: xlsxwriter.Workbook, on_rows: Callable[[int], None] | None):
        self.book, self.on_rows = book, on_rows
        self.bold = book.add_format({"bold": True, "bg_color": "#E8F5EE"})
        self.percent = book.add_format({"num_format": "0.0%"})

    def table(self, name: str, header: list[str], rows, percent_columns: tuple[int, ...] = (), widths=()) -> None:
        part, sheet, r, done = 1, None, EXCEL_ROWS, 0
        lines: list[str] = []
        texts: dict[str, str] = {}
        for row in rows:
            if r >= EXCEL_ROWS:
                if sheet is not None:
                    _flush(sheet, lines, r)
                sheet = self._start(name if part == 1 else f"{name} ({part})", header, widths)
                part, r = part + 1, 1
                number_style = f' s="{self.percent._get_xf_index()}"'
            lines.append(_row_xml(r, row, percent_columns, number_style, texts))
            r += 1
            done += 1
            if done % 10_000 == 0:
                _flush(sheet, lines, r)
                if self.on_rows:
                    self.on_rows(10_000)
        if sheet is None:
            self._start(name, header, widths)
        else:
            _flush(sheet, lines, r)
        if self.on_rows:
            self.on_rows(done % 10_000)

    def _start(self, name: str, header: list[str], widths):
        sheet = self.book.add_worksheet(name[:31])
        sheet.write_row(0, 0, header, self.bold)
        sheet._write_single_row(1)  # the header goes out now: the rows after it are written as XML below
        sheet.freeze_panes(1, 0)
        for c, width in enumerate(widths):
            sheet.set_column(c, c, width)
        return sheet


# The body rows are written as the sheet's XML, straight into the row file xlsxwriter keeps in constant-memory mode,
# the cells as its own writer would write them (inline strings, numbers with up to 16 digits): a million cells through
# its per-cell writer took ~3 s of an audit of 10,000 employees, most of it checks and escapes a plain text never needs.
_COLUMNS = [column_letter(c) for c in range(64)]
_SPECIAL = re.compile("[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")  # what a cell's text may need escaped
_STRING_MAX = 32_767  # Excel's longest cell text, in UTF-16 units
_TEXTS_KEPT = 200_000


def _row_xml(r: int, row, percent_columns: tuple[int, ...], number_style: str, texts: dict[str, str]) -> str:
    """One row's <row> element: texts as inline strings (empty ones and None left out), anything else a number.
    texts: each text's element, made once (a name, a unit, a finding's categories repeat on row after row)."""
    n = r + 1
    cells = [f'<row r="{n}">']
    for c, value in enumerate(row):
        if type(value) is str:
            if value:
                element = texts.get(value)
                if element is None:
                    if len(texts) >= _TEXTS_KEPT:
                        texts.clear()
                    element = texts[value] = _text_xml(value)
                cells.append(f'<c r="{_COLUMNS[c]}{n}" t="inlineStr"><is>{element}</is></c>')
        elif value is not None:
            style = number_style if c in percent_columns else ""
            cells.append(f'<c r="{_COLUMNS[c]}{n}"{style}><v>{value:.16G}</v></c>')
    cells.append("</row>")
    return "".join(cells)


def _text_xml(value: str) -> str:
    """A text's <t> element as xlsxwriter writes it: control characters as _xHHHH_ (and a literal _xHHHH_ escaped),
    &, < and > as entities, leading or trailing spaces kept."""
    if len(value) > _STRING_MAX // 2 and len(value.encode("utf-16-le", "surrogatepass")) // 2 > _STRING_MAX:
        value = value.encode("utf-16-le", "surrogatepass")[: 2 * _STRING_MAX].decode("utf-16-le", "ignore")
    if _SPECIAL.search(value):
        value = xlsxwriter.xmlwriter.XMLwriter._escape_control_characters(value)
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if value[:1].isspace() or value[-1:].isspace():
        return f'<t xml:space="preserve">{value}</t>'
    return f"<t>{value}</t>"


def _flush(sheet, lines: list[str], next_row: int) -> None:
    """The rows gathered so far into the sheet's row file, its used range grown to them."""
    if lines:
        sheet.fh.write("".join(lines))
        sheet._check_dimensions(next_row - 1, max(sheet.dim_colmax or 0, 0))
        lines.clear()


def _figures(f: Figures) -> list[float]:
    return [value for _, value in f.items()]


def write_xlsx(result: Audit, path: Path, comparison=None, on_rows: Callable[[int], None] | None = None) -> None:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False, "strings_to_urls": False})
    sheets = _Sheets(book, on_rows)
    outside = f"Di luar {policy().iki_count.range_text}"
    weight, duplicate = heading(Category.WEIGHT_TOTAL), heading(Category.DUPLICATE)
    units = result.units + [result.all]
    shares = [label[:1].upper() + label[1:] for key, label in Figures.labels().items() if key != "activity"]
    sheets.table("Ringkasan", ["Unit", "Pegawai", "IKI", "Min IKI", "Median IKI", "Maks IKI", "Pencilan",
                               "Porsi IKI kegiatan", *shares],
                 ([u.unit, len(u.employees), u.iki, (d := u.distribution).minimum, d.median, d.maximum, len(d.outliers),
                   *_figures(u.figures)] for u in units), (7, 8, 9, 10, 11), (34, 9, 9, 8, 10, 8, 9, 12, 11, 11, 11, 10))
    ranks = priorities(result.employees)  # who to help first, and what each should do (tester59 F27)
    sheets.table("Pegawai", ["NIP/ID", "Nama", "Jabatan", "Unit", "Peran", "Jumlah IKI", "IKI kegiatan", "Porsi kegiatan",
                             outside, weight, "Tanpa IP ASN", "Tanpa jenis", duplicate, OTHER_ERRORS, "Prioritas",
                             "Tindakan", "Catatan"],
                 ([e.nip or e.nama, e.nama, e.jabatan, e.unit, Peran(e.peran).label, e.count, e.activity, e.activity_share,
                   e.count_flag, _yes(e.has(Category.WEIGHT_TOTAL)), _yes(e.has(Category.MANDATORY_MISSING)),
                   _yes(e.has(Category.UNTAGGED)), _yes(e.has(Category.DUPLICATE)), e.other_error_iki,
                   ranks.get(e.employee, ""), "; ".join(actions(e)), "; ".join(issues(e))]
                  for e in result.employees), (7,),
                 (20, 24, 22, 28, 10, 10, 10, 10, 10, 10, 10, 10, 10, 14, 10, 50, 50))
    # Only IKI with a finding: all 1M rows would not fit one Excel sheet and would bury the ones to fix.
    # several files audited as one: each row names its file, «baris 12» being in every one of them (tester56 F24)
    files = bool(result.reading.parts)
    sheets.table("IKI", ["Berkas"] * files + ["Baris", "NIP/ID", "Nama", "Unit", "Indikator", "Sifat", "Temuan (galat)",
                                             "Peringatan", duplicate],
                 _iki_rows(result.employees, files), (), (30,) * files + (8, 20, 22, 26, 70, 10, 50, 50, 20))
    reading = result.reading
    # in the file's order, whichever way each row was refused (tester59 F27: 114, 116, 117, 115)
    refused = sorted([(r.row, r.why, "tidak diaudit") for r in reading.skipped_rows]
                     + [(r.row, r.why, "IKI diaudit tanpa nilai itu") for r in result.dropped],
                     key=lambda row: (row[0] is not None and row[0] != "", _row_order(row[0])))
    sheets.table("Baris ditolak", ["Baris", "Alasan", "Tindakan"],
                 [[row or "(berkas)", why, done] for row, why, done in refused], (), (8, 80, 28))
    sheets.table("Pembacaan", ["Laporan pembacaan"], ([line.strip()] for line in reading.lines()), (), (160,))
    if comparison is not None:
        comparison.write_sheets(sheets)
    book.close()


def _row_order(row) -> tuple:
    """A refused row's place: its number («12», or «berkas.xlsx baris 12» of several files read as one)."""
    text = str(row or "")
    digits = re.findall(r"\d+", text)
    return (re.sub(r"\d+", "", text), int(digits[-1]) if digits else 0)


def _iki_rows(employees: list[EmployeeAudit], files: bool = False):
    """The IKI sheet's rows, one per IKI with a finding; an employee's own cells read once for all their IKI. files:
    each row opens with its file's name."""
    for e in employees:
        who, nama, unit = e.nip or e.nama, e.nama, e.unit
        lead = [e.source.file] if files else []
        twins = duplicate_rows(e)  # «IKI ganda» is the SKP's: its rows alike listed, each naming the others
        for row, v in zip(e.source.rows, e.iki):
            if v.errors or v.warnings or row.row in twins:
                yield [*lead, row.row, who, nama, unit, row.indikator, "kegiatan" if v.activity else "output", named(v.errors),
                       named(v.warnings), f"sama dengan baris {_runs(twins[row.row])}" if row.row in twins else ""]


def _runs(rows: list[int]) -> str:
    """«13», «12 dan 14–25»: rows with their runs shortened, so fourteen IKI alike stay readable in one cell."""
    runs: list[list[int]] = []
    for row in sorted(rows):
        if runs and row == runs[-1][-1] + 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    shown = [f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} dan {shown[-1]}"


def _yes(flag: bool) -> str:
    return "ya" if flag else ""
