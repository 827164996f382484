"""Reads an SKP export (one row per IKI) into employees and their IKI rows, with a reading report whose counts add
up: every row below the header is either read or skipped for a stated reason."""

import gc
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from bot.audit.nip import Nip, read_nip
from bot.inputs import InputError
from bot.lang.numbers import format_number, parse_target
from bot.models import MAX_TEXT_CHARS, NIP_DIGITS, Peran
from bot.rules.lexicon import is_text_target
from bot.sheets.cells import NO_VALUE, Cell, Percent, text
from bot.sheets.tables import (
    Table,
    aliases_of,
    is_total_label,
    middle_heads_words,
    middle_role,
    open_table,
    role_in,
    role_words,
    unit_key,
)


class IkiRow(NamedTuple):
    """One IKI as read: its row in the file, then its values under IkiDraft's field names. A tuple, not an object:
    a ministry export holds a million of them."""

    row: int
    indikator: str
    rhk: str | float
    target: str | float
    satuan: str | float
    aspek: str | float
    jenis: str | float
    parent: str | float
    rhk_atasan: str | float
    bobot: str | float  # a number, or the text as written when it is not one ("sepuluh")


IKI_FIELDS = IkiRow._fields[1:]  # the columns read for each IKI, in IkiRow's order
WANTED = ("nip", "nama", "jabatan", "unit", "peran") + IKI_FIELDS
MAX_LISTED = 100_000  # skipped rows listed one by one in the workbook; beyond this they are only counted
NO_UNIT = "(tanpa unit)"  # the unit of an employee whose row names none
SKIP_EMPTY = "baris kosong"
SKIP_NO_EMPLOYEE = "NIP dan nama kosong: IKI ini tidak bisa dikaitkan ke pegawai"
SKIP_NO_IKI = "kolom IKI kosong"
SKIP_TOTAL = "baris jumlah (bukan IKI)"
SKIP_NO_ROW = "tanpa NIP, nama dan IKI (catatan, tempat dan tanggal, atau tanda tangan di bawah tabel)"
SKIP_SIGNATURE = "tempat, tanggal dan tanda tangan di bawah formulir (bukan IKI)"
UNLISTED = (SKIP_EMPTY, SKIP_SIGNATURE)  # counted in the reading report, not listed in «Baris ditolak»
SKIP_NOTE = "catatan, bukan IKI (hanya teks di kolom yang tidak dipakai)"
SKIP_IKI_FORMULA = "kolom IKI berisi rumus tanpa nilai tersimpan"
UNREAD = "tidak terbaca, dilewati (IKI di dalamnya tidak diaudit)"
SKIP_TOO_LONG = f"teks IKI lebih dari {format_number(MAX_TEXT_CHARS)} karakter (mungkin beberapa sel tergabung)"


@dataclass
class Rejected:
    row: int
    why: str


@dataclass(slots=True)
class EmployeeRows:
    key: str  # one per person: normalised NIP, or NIP+name+unit when the NIP lost digits, or the name
    nip: str
    nama: str
    jabatan: str
    unit: str
    damaged_nip: bool
    roles: Counter
    rows: list[IkiRow]
    file: str = ""  # the file the rows came from when several were audited as one: a row number alone is ambiguous

    @property
    def peran(self) -> Peran:
        return self.roles.most_common(1)[0][0]


@dataclass
class ReadingReport:
    source: str
    where: str = ""
    header_row: int = 1
    rows_in_file: int = 0  # rows below the header
    rows_read: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason → rows
    skipped_rows: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    parts: list["ReadingReport"] = field(default_factory=list)  # one per file when several were audited as one
    one_person: bool = False  # a one-person form (an /ekspor workbook), not a table of many
    left_out: str = ""  # a file of a folder not read, and why («mpph.xlsx: matriks MPPH, bukan SKP; dilewati»)
    unreadable: bool = False  # left out because it could not be read (a broken or empty file), not by design

    @property
    def unread(self) -> list["ReadingReport"]:
        """The files of several audited as one that could not be read: the report holds the rest, and says them."""
        return [part for part in self.parts if part.unreadable]

    @property
    def adds_up(self) -> bool:
        return self.rows_in_file == self.rows_read + sum(self.skipped.values())

    def skip(self, row: int, why: str, written: str = "") -> None:
        """`written`: the row's text, shown beside its reason in the list of rows not read."""
        self.skipped[why] += 1
        if why not in UNLISTED and len(self.skipped_rows) < MAX_LISTED:
            self.skipped_rows.append(Rejected(row, f"{why}: «{written[:120]}»" if written else why))

    def lines(self) -> list[str]:
        """The reading report printed on every run; its sum is checked, not assumed."""
        skipped = sum(self.skipped.values())
        reasons = "; ".join(f"{_n(n)} {why}" for why, n in self.skipped.most_common())
        check = "cocok" if self.adds_up else "TIDAK COCOK — laporkan berkas ini"
        if self.left_out:
            return [f"{self.left_out}."]
        if self.parts:
            unread = f"; {_n(len(self.unread))} berkas tidak terbaca, dilewati" if self.unread else ""
            return ([f"Pembacaan {self.source}: {_n(self.rows_in_file)} baris data = {_n(self.rows_read)} dibaca + "
                     f"{_n(skipped)} dilewati ({check}){unread}."] + [f"  Catatan: {note}." for note in self.notes]
                    + [f"  {line}" for part in self.parts for line in part.lines()])
        lines = [f"Pembacaan {self.source} ({self.where}, judul kolom di baris {self.header_row}): "
                 f"{_n(self.rows_in_file)} baris data = {_n(self.rows_read)} dibaca + {_n(skipped)} dilewati ({check})."]
        if skipped:
            lines.append(f"  Dilewati: {reasons}.")
        if self.unknown_columns:
            lines.append(f"  Kolom tidak dipakai: {', '.join(self.unknown_columns[:12])}.")
        lines += [f"  Catatan: {note}." for note in self.notes]
        return lines


def _own_sheets_said(notes: list[str]) -> list[str]:
    """An /ekspor form's other sheets (rencana aksi, catatan harian, realisasi, temuan, versions) said as what they are,
    in one note, never each as «tidak memuat judul kolom yang dikenali» (tester56 F24)."""
    from bot.skp.export import FINDINGS_SHEET
    from bot.year.sheets import SHEETS, VERSIONS

    own = [name for name in (*SHEETS, VERSIONS, FINDINGS_SHEET) if any(n.startswith(f"lembar «{name}»:") for n in notes)]
    if not own:
        return notes
    kept = [note for note in notes if not any(note.startswith(f"lembar «{name}»:") for name in own)]
    return kept + [f"lembar Asisten IKI lainnya ({', '.join(f'«{name}»' for name in own)}): rencana, catatan, realisasi "
                   "atau temuan di samping SKP, bukan daftar IKI; tidak diaudit"]


def _no_unit(unused: list[str], form: bool = False) -> str:
    """Said when no column reads as the unit: every employee falls in one unit, so the units' ranking and a
    comparison per unit say nothing (tester19 #8). A one-person /ekspor form gives its unit above the table from
    /profil's Unit kerja: that is what to fill, never another column to rename (tester26 #16)."""
    if form:
        return (f"unit kerja kosong di atas tabel: pegawai ini dianggap unit «{NO_UNIT}», jadi peringkat unit dan "
                "perbandingan per unit tidak berarti; isi Unit kerja di /profil, lalu /ekspor ulang dan jalankan audit "
                "lagi")
    named = ", ".join(f"«{alias}»" for alias in aliases_of("skp_export", "unit")[:5])
    which = (f"; bila unit ada di salah satu kolom yang tidak dipakai ({', '.join(f'«{h}»' for h in unused[:6])}), "
             "ganti judulnya menjadi salah satu judul yang dikenali" if unused
             else "; bila berkas punya kolom unit, beri judul yang dikenali")
    return (f"tidak ada kolom unit: semua pegawai dianggap satu unit «{NO_UNIT}», jadi peringkat unit dan "
            f"perbandingan per unit tidak berarti{which} ({named}), lalu jalankan audit lagi")


def _continues(jabatan: Cell, unit: Cell, peran: Cell, indikator: Cell) -> bool:
    """A row that goes on under the employee above: every cell naming a person blank (a row with its own unit or role
    but no NIP or name is someone unnamed, not a continuation) and an IKI written."""
    return not any(text(cell).strip() for cell in (jabatan, unit, peran)) and bool(text(indikator).strip())


def _role_from_jabatan() -> str:
    by_role: dict[str, list[str]] = {}
    for word, value in role_words().items():
        by_role.setdefault(value, []).append(word.capitalize())
    read = "; ".join(f"{'/'.join(words)} … sebagai {value.replace('_', ' ')}" for value, words in by_role.items())
    # «Kepala Ruangan …» leads a team inside the unit: said, so a reader knows why it is no unit leader (roles35)
    inside = "/".join(f"Kepala {word.capitalize()}" for word in middle_heads_words()[:3])
    return (f"tidak ada kolom peran: peran dibaca dari jabatan ({read}, kecuali {inside} … sebagai "
            f"{middle_role().value.replace('_', ' ')}; selain itu anggota)")


def _wrong_nips(employees) -> str:
    """A NIP column that holds NIPs (most of 18 digits) and a few that are not: typos the unit must correct before the
    report goes back to them (tester21a #7). A column of other ids («1001») says nothing."""
    written = [e for e in employees if e.nip and not e.damaged_nip]
    wrong = [e for e in written if not (e.nip.isdigit() and len(e.nip) == NIP_DIGITS)]
    if not wrong or len(wrong) * 2 > len(written):
        return ""
    shown = ", ".join(f"{'baris ' + str(e.rows[0].row) + ' ' if e.rows else ''}({e.nama}: «{e.nip}»"
                      f"{f', {len(e.nip)} angka' if e.nip.isdigit() else ''})" for e in wrong[:3])
    return (f"kolom NIP: {_n(len(wrong))} pegawai dengan NIP yang bukan {NIP_DIGITS} angka, misalnya {shown}; periksa "
            "NIP-nya di berkas sumber (salah ketik atau digit hilang), lalu jalankan audit lagi")


def _typo_nips_joined(employees: dict[str, "EmployeeRows"]) -> str:
    """A row whose NIP is mistyped (17 digits) under the name and unit of exactly one employee with a whole NIP is that
    employee's row: joined and said, never counted as one more person (tester58 F21)."""
    def whole(e) -> bool:
        return e.nip.isdigit() and len(e.nip) == NIP_DIGITS and not e.damaged_nip

    def person(e) -> tuple:
        return " ".join(e.nama.lower().split()), unit_key(e.unit)

    said = []
    for key, e in list(employees.items()):
        if not e.nip or e.damaged_nip or whole(e) or not e.nama:
            continue
        same = [o for o in employees.values() if o is not e and whole(o) and person(o) == person(e)]
        if len(same) != 1:
            continue
        same[0].rows.extend(e.rows)
        same[0].roles.update(e.roles)
        del employees[key]
        said.append(f"{_rows_text([r.row for r in e.rows])} ({e.nama}: «{e.nip}»)")
    if not said:
        return ""
    return (f"kolom NIP: {'; '.join(said[:3])} digabung dengan pegawai bernama sama di unit yang sama (NIP "
            f"{NIP_DIGITS} angka); perbaiki NIP di berkas sumber")


def _without_nip(employees) -> str:
    """People of a table with a NIP column whose NIP cell is blank: named, with their rows, so the unit fills it; the
    report's «NIP/ID» shows their name instead and two people of one name would be one (tester56 F24)."""
    blank = [e for e in employees if not e.nip and e.key.startswith("nama:")]
    if not blank:
        return ""
    shown = "; ".join(f"{e.nama} ({_rows_text([r.row for r in e.rows])})" for e in blank[:5])
    more = f"; dan {_n(len(blank) - 5)} lainnya" if len(blank) > 5 else ""
    return (f"kolom NIP kosong untuk {_n(len(blank))} pegawai: {shown}{more}; pegawai tanpa NIP dikenali dari nama (di kolom "
            "«NIP/ID» tertulis namanya); isi NIP-nya di berkas sumber, lalu jalankan audit lagi")


def _rows_text(rows: list[int]) -> str:
    """«baris 2–6», «baris 4», «baris 2, 5 dan 9»: an employee's rows as a reviewer finds them."""
    if not rows:
        return "tanpa baris IKI"
    if len(rows) > 1 and rows == list(range(rows[0], rows[-1] + 1)):
        return f"baris {rows[0]}–{rows[-1]}"
    shown = list(map(str, rows[:6])) + (["…"] if len(rows) > 6 else [])
    return "baris " + (shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} dan {shown[-1]}")


_PARENT = IKI_FIELDS.index("parent") - 1  # among the values read as they are (after indikator, before bobot)
_TARGET = IKI_FIELDS.index("target") - 1
_CODE_PART_DIGITS = 3  # a code's parts run to three digits («IKK 33.3.1», codes.py): a number may have lost up to two 0s


def _number_code(value: float) -> str:
    """A parent code a spreadsheet kept as a number, as typed: 5.1 → «5.1», 2.0 → «2» (never «5,1»: a code's dot)."""
    return str(int(value)) if value.is_integer() else repr(value)


def _parents_as_numbers(rows: list[tuple[int, str]], employees) -> str:
    """The parent cells that held numbers, read as the codes typed; ambiguous where a number could have dropped a
    trailing 0 (5.10 is stored as 5.1) and the file also names the longer code as text, else the risk said once."""
    written = {row.parent for e in employees for row in e.rows if type(row.parent) is str}
    numbered = {code for _, code in rows}
    twins = {code: longer for code in numbered if "." in code for zeros in range(1, _CODE_PART_DIGITS)
             if len(code.rpartition(".")[2]) + zeros <= _CODE_PART_DIGITS
             and (longer := code + "0" * zeros) in written - numbered}
    shown = ", ".join(f"baris {row} ({code})" for row, code in rows[:3])
    said = (f"kolom induk: {_n(len(rows))} baris berisi kode yang tersimpan sebagai angka, dibaca sebagai kode yang "
            f"tertulis, misalnya {shown}")
    if twins:
        named = "; ".join(f"«{code}» bisa juga kode {longer}, yang ditulis di baris lain" for code, longer in
                          sorted(twins.items())[:3])
        return (f"{said}. Tidak pasti: {named} (angka membuang nol di belakang: 5.10 tersimpan 5.1). Format kolom "
                "induk sebagai Teks di Excel, tulis ulang kodenya, lalu jalankan audit lagi")
    if any("." in code for code in numbered):
        return (f"{said}. Angka membuang nol di belakang (5.10 tersimpan 5.1): bila ada kode seperti itu, format kolom "
                "induk sebagai Teks di Excel, tulis ulang kodenya, lalu jalankan audit lagi")
    return said


def _worded_targets(rows: list[tuple[int, str]]) -> list[str]:
    """Targets written without a digit: «sembilan puluh» read as 90 (the rules read it so too), said with its rows;
    one holding no number («tinggi», «-») said as unreadable, its IKI reported «target bukan angka». A named grade
    («WTP») is a target as a Renstra states it, left to its rule. Never a blank nobody hears of (files35 #1)."""
    read: list[str] = []
    unread: list[str] = []
    parsed: dict[str, str | None] = {}
    for row, written in rows:
        if written not in parsed:
            target = parse_target(written)
            parsed[written] = None if target is None else format_number(target.value) + (
                "%" if target.is_percent else f" {target.unit}" if target.unit else "")
        if parsed[written] is not None:
            read.append(f"baris {row} («{written}» → {parsed[written]})")
        elif not is_text_target(written):
            unread.append(f"baris {row} («{written}»)")
    notes = []
    if read:
        notes.append(f"kolom target: {_n(len(read))} baris berisi angka yang ditulis dengan kata, dibaca sebagai angka: "
                     + ", ".join(read[:5]) + (" …" if len(read) > 5 else ""))
    if unread:
        notes.append(f"kolom target: {_n(len(unread))} baris tanpa angka yang terbaca, misalnya "
                     + ", ".join(unread[:5]) + "; IKI-nya tercatat «target bukan angka» di lembar IKI. Tulis targetnya "
                     "dengan angka (misalnya 90% atau 25 dokumen), lalu jalankan audit lagi")
    return notes


def one_unit_spelling(employees: list[EmployeeRows]) -> str:
    """Unit names differing only by «dan»/«&», case, punctuation or spacing (`unit_key`) are one unit, named as most
    of its employees write it: every employee put under that name, and the names taken as one said (tester54 F21:
    «Biro Keuangan dan BMN» and «Biro Keuangan & BMN» were two units in «Ringkasan»). Empty when none were."""
    spellings: dict[str, Counter] = {}
    for employee in employees:
        spellings.setdefault(unit_key(employee.unit), Counter())[employee.unit] += 1
    named = {key: counts.most_common(1)[0][0] for key, counts in spellings.items() if len(counts) > 1}
    if not named:
        return ""
    for employee in employees:
        employee.unit = named.get(unit_key(employee.unit), employee.unit)
    said = "; ".join(f"{', '.join(f'«{other}» ({_n(n)} pegawai)' for other, n in spellings[key].items() if other != name)}"
                     f" sebagai «{name}»" for key, name in named.items())
    return (f"kolom unit: nama unit yang hanya berbeda «dan»/«&», huruf besar/kecil, tanda baca atau spasi dibaca sebagai "
            f"satu unit: {said}. Bila itu memang unit yang berbeda, beri nama yang jelas berbeda lalu jalankan audit lagi")


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def role(text_value: str, words: dict[str, str] | None = None) -> Peran:
    return role_in(text_value, words) or Peran.anggota


def _value(cell: Cell) -> str | float:
    """Numbers stay numbers (a weight of 22.5 never goes through text); a percent cell reads as 20%."""
    if type(cell) is str:
        return cell.strip()
    if isinstance(cell, Percent):
        return text(cell)
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return float(cell)
    return text(cell).strip()


def _bobot(cell: Cell) -> str | float:
    return float(cell) if isinstance(cell, Percent) else _value(cell)  # 20% of a weight is weight 20


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while rows are built, and while they are checked (bot.audit.checking).
    IkiRow instances stay tracked by it (plain tuples of strings and numbers are dropped from its watch), so a million
    of them made it run again and again for nothing: reading and checking make no reference cycles
    (tests/test_audit_once.py). Measured: 0.5–1 s less per million rows read."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def unnamed_name(path: Path) -> str:
    """An /ekspor form's owner when its Nama and NIP are blank: named by the file, «tanpa nama (skp-….xlsx)»."""
    return f"tanpa nama ({path.name})"


def read_exports(paths: list[Path], progress: Callable[[Iterator, int | None], Iterator] | None = None
                 ) -> tuple[list[EmployeeRows], ReadingReport]:
    """Several exports audited as one (a unit's /ekspor files, one per person): employees in the order first met, one
    reading report whose lines give each file's. Raises InputError naming the file that cannot be read."""
    if len(paths) == 1:
        return read_export(paths[0], progress)
    employees: dict[str, EmployeeRows] = {}
    read_from: dict[str, tuple[Path, ReadingReport]] = {}  # an employee's key → the file their kept rows came from
    by_name: dict[str, str] = {}  # a name → the key of the first employee so named, for a file without their NIP
    twice: list[str] = []  # the same SKP found in two files, said in the report
    report = ReadingReport(f"{len(paths)} berkas", "", 0)
    for path in paths:
        try:
            found, part = read_export(path, progress)
        except NotAnSkp as exc:
            report.parts.append(ReadingReport(path.name, left_out=exc.said))
            continue
        except (InputError, UnicodeDecodeError) as exc:
            # One employee's broken or empty file never stops a unit's audit (tester56 F5): the others are audited,
            # this one named with why and what to do, in «Pembacaan» and «Baris ditolak», and the exit status says so.
            why = str(exc) if isinstance(exc, InputError) else "teks bukan UTF-8; simpan sebagai UTF-8, lalu ulangi"
            why = why.removeprefix(path.name).lstrip(" :,")  # the file is named once, in front
            report.parts.append(ReadingReport(path.name, left_out=f"{path.name}: {UNREAD} — {why}", unreadable=True))
            report.skipped_rows.append(Rejected(0, f"{path.name}: {UNREAD} — {why}"))
            continue
        report.parts.append(part)
        report.rows_in_file += part.rows_in_file
        report.rows_read += part.rows_read
        report.skipped.update(part.skipped)
        report.skipped_rows += [Rejected(r.row, f"{part.source}: {r.why}") for r in part.skipped_rows]
        for employee in found:
            employee.file = part.source
            key = _same_person(employee, employees, by_name)
            kept = employees.setdefault(key, employee)
            if kept is employee:
                read_from[key] = (path, part)
                by_name.setdefault(_name_key(employee.nama), key)
                continue
            earlier_path, earlier = read_from[key]
            if not _same_skp(kept, employee, earlier, part):
                # one export cut into several files, a person at the end of one and the start of the next: rows of both
                kept.rows += employee.rows
                kept.roles.update(employee.roles)
                continue
            # The same person's SKP in two files (a leader's /ekspor tim beside the member's own /ekspor): counted
            # once, from the member's own file, else the newer one (tester51 P2-9: 12 IKI, «IKI ganda» 100%).
            newer = part.one_person > earlier.one_person or (
                part.one_person == earlier.one_person and path.stat().st_mtime >= earlier_path.stat().st_mtime)
            keep, drop, dropped_from = (employee, kept, earlier) if newer else (kept, employee, part)
            keep.nip = keep.nip or drop.nip
            employees[key] = keep
            if newer:
                read_from[key] = (path, part)
            why = f"pegawai yang sama ada di berkas lain (dibaca dari {read_from[key][1].source})"
            report.rows_read -= len(drop.rows)
            report.skipped[why] += len(drop.rows)
            report.skipped_rows += [Rejected(r.row, f"{dropped_from.source}: {why}") for r in drop.rows]
            reason = "berkas pegawai itu sendiri" if read_from[key][1].one_person and not dropped_from.one_person \
                else "berkas yang lebih baru"
            twice.append(f"{keep.nama or keep.nip} ({dropped_from.source} dan {read_from[key][1].source}): dibaca "
                         f"sekali, dari {read_from[key][1].source} ({reason}); {_n(len(drop.rows))} baris IKI di "
                         f"{dropped_from.source} tidak dihitung")
    if all(part.left_out for part in report.parts):
        raise InputError("tidak ada SKP pegawai di berkas-berkas ini: " + "; ".join(p.left_out for p in report.parts))
    if merged := one_unit_spelling(list(employees.values())):
        report.notes.append(merged)
    if twice:
        report.notes.append(f"SKP pegawai yang sama ada di dua berkas, {_n(len(twice))} pegawai: "
                            + "; ".join(twice[:5]) + (f"; dan {_n(len(twice) - 5)} lainnya" if len(twice) > 5 else ""))
    return list(employees.values()), report


def _name_key(nama: str) -> str:
    return " ".join(nama.lower().split())


def _same_person(employee: EmployeeRows, employees: dict[str, EmployeeRows], by_name: dict[str, str]) -> str:
    """The key an employee read from one more file is kept under: their own (the same NIP, or the same name where
    neither file has a NIP), or that of someone of the same name met before when one of the two files lacks the NIP
    (a leader's team file of members without /profil NIP beside a member's own)."""
    if employee.key in employees or employee.key.startswith("berkas:"):
        return employee.key
    named = by_name.get(_name_key(employee.nama)) if employee.nama else None
    if named is not None and not (employee.nip and employees[named].nip):
        return named
    return employee.key


def _same_skp(kept: EmployeeRows, employee: EmployeeRows, earlier: ReadingReport, part: ReadingReport) -> bool:
    """The same person's SKP twice, not one export cut into files: a one-person form is a whole SKP, and two tables
    holding one IKI text alike for them hold the same SKP."""
    if earlier.one_person or part.one_person:
        return True
    return bool({row.indikator for row in kept.rows} & {row.indikator for row in employee.rows})


class NotAnSkp(InputError):
    """A workbook our own exports wrote that holds no one's SKP (the leader's MPPH matrix): skipped in a folder,
    refused alone."""

    def __init__(self, path: Path, what: str):
        self.said = f"{path.name}: {what}, bukan SKP; dilewati"
        super().__init__(f"{path.name} adalah {what} (ekspor /mpph), bukan SKP pegawai; audit berkas /ekspor "
                         "para pegawai (atau foldernya)")


def _mpph_matrix(table: Table) -> bool:
    """The leader's MPPH workbook (bot.skp.mpph.mpph_workbook): its matrix sheet beside the IKI sheet read, or that
    sheet's columns exactly as the export writes them (a sheet saved alone)."""
    from bot.skp.mpph_sheets import IKI_COLUMNS, IKI_SHEET, MATRIX_SHEET

    header = tuple(h.strip().casefold() for h in table.header if h and h.strip())
    return (table.where == f"lembar «{IKI_SHEET}»" and MATRIX_SHEET in table.sheets) or \
        header == tuple(c.casefold() for c in IKI_COLUMNS)


def _mpph_sheets(names: tuple[str, ...]) -> frozenset[str]:
    """The sheets of a workbook that are the MPPH's (bot.skp.mpph_sheets, and its 2-level matrices)."""
    from bot.skp.mpph_sheets import IKI_SHEET, LEVEL_TWO_SHEET, MATRIX_SHEET, VERSION_SHEET

    return frozenset(n for n in names if n in (MATRIX_SHEET, IKI_SHEET, VERSION_SHEET) or n.startswith(LEVEL_TWO_SHEET))


def read_export(path: Path, progress: Callable[[Iterator, int | None], Iterator] | None = None
                ) -> tuple[list[EmployeeRows], ReadingReport]:
    """Employees in the order first met, and the reading report. Raises InputError when the file cannot be read,
    NotAnSkp when it is a workbook of ours holding no SKP."""
    table = open_table(path, "skp_export")
    if _mpph_matrix(table):
        getattr(table.rows, "close", lambda: None)()  # a reading child stops at once
        mpph = _mpph_sheets(table.sheets)
        if not set(table.sheets) - mpph:
            raise NotAnSkp(path, "matriks MPPH")
        table = open_table(path, "skp_export", skip=mpph)  # a Ketua's /ekspor: its SKP, its MPPH beside (tester57 F16)
    form = bool(table.form or table.form_blank)
    report = ReadingReport(path.name, table.where, table.header_row, unknown_columns=table.unknown_columns,
                           one_person=form)
    given = set(table.fields) | set(table.form)  # a one-person form gives its identity above the table
    if "nip" not in given and not form:
        report.notes.append("tidak ada kolom NIP: pegawai dikenali dari nama, dan dua pegawai bernama sama tergabung")
    if "unit" not in given:
        report.notes.append(_no_unit(table.unknown_columns, form))
    # A one-person form whose Nama and NIP were left blank (an /ekspor before /profil was filled): its IKI are one
    # employee named by the file, kept apart from everyone else (tester51 P3-2).
    unnamed = unnamed_name(path) if form and not any(text(table.form.get(f, "")).strip() for f in ("nip", "nama")) else ""
    unnamed_open, unnamed_begun = bool(unnamed), False
    if unnamed:
        report.notes.append(f"Nama dan NIP di atas tabel kosong («…»): berkas Asisten IKI (/ekspor) dari pegawai yang belum "
                            f"mengisi /profil; IKI-nya diaudit sebagai satu pegawai «{unnamed}», terpisah dari pegawai "
                            "lain. Minta pemiliknya isi /profil (nama dan NIP), lalu /ekspor ulang")
    if "peran" not in given and "jabatan" in given:
        report.notes.append(_role_from_jabatan())
    employees: dict[str, EmployeeRows] = {}
    damaged: list[tuple[int, str]] = []
    words = role_words()
    # Rows of one employee repeat their NIP, name, unit and role: read each distinct value once, keep one copy.
    nips: dict[Cell, Nip | None] = {}
    roles: dict[str, Peran] = {}
    shared: dict[str, str] = {}
    above: tuple | None = None  # the last row naming an employee (its number first), for the rows under it
    carried: list[int] = []
    parents_as_numbers: list[tuple[int, str]] = []  # (row, the code read) where the parent cell held a number
    worded: list[tuple[int, str]] = []  # (row, the target as written) where it holds no digit
    records = table.records(WANTED, rest=True)
    if progress:
        records = progress(records, table.total_rows)
    with collector_paused():
        for number, (nip_cell, nama, jabatan, unit, peran, *values, other) in records:
            report.rows_in_file += 1
            if type(values[0]) is str and is_total_label(values[0]):
                report.skip(number, SKIP_TOTAL)
                continue
            nip = nips[nip_cell] if nip_cell in nips else nips.setdefault(nip_cell, read_nip(nip_cell))
            nama = nama.strip() if type(nama) is str else text(nama).strip()
            if unnamed_open and nip is None and not nama:
                # the form's table ends at its first row without an IKI: the signature block below is no one's IKI
                if text(values[0]).strip():
                    nama, unnamed_begun = unnamed, True
                elif unnamed_begun:
                    unnamed_open = False
            if nip is None and not nama and above and above[0] == number - 1 and _continues(jabatan, unit, peran, values[0]):
                # Identity written on an employee's first row only, the cells below left blank (not merged): the
                # row is the employee's above, as a merged cell would say (tester21a #1).
                _, nip_cell, nip, nama, jabatan, unit, peran = above
                carried.append(number)
            if nip is not None or nama:
                above = (number, nip_cell, nip, nama, jabatan, unit, peran)
            if nip is None and not nama:
                empty = not any(text(v).strip() for v in (nip_cell, jabatan, unit, peran, *values))
                # no IKI either: a note, a place and date or a signature under the table, not an IKI lost
                # below a one-person form's table: its signature block, never an IKI lost
                named = text(values[0]).strip() and not form
                if empty and any(ch.isalpha() for ch in other):
                    # words in a column no field reads («catatan: data Rudi belum lengkap» under «No»; never a row's
                    # number alone, «7», of a numbered blank row): listed with its text, not counted blank (tester54 F21)
                    report.skip(number, SKIP_NOTE, " ".join(other.split()))
                else:
                    # below a one-person form (our /ekspor): its place, date and signatures, counted but never listed
                    # among the rows a reviewer must look at (tester56 F24)
                    report.skip(number, SKIP_EMPTY if empty else SKIP_NO_EMPLOYEE if named else
                                SKIP_SIGNATURE if form else SKIP_NO_ROW)
                continue
            indikator, *plain, bobot = values  # IKI_FIELDS: indikator, the values read as they are, bobot
            unit = text(unit).strip() or NO_UNIT
            if unnamed and nama == unnamed and nip is None:
                key = f"berkas:{path.resolve()}"
            elif nip is None:
                key = "nama:" + " ".join(nama.lower().split())
            elif nip.damaged:
                # Three people whose NIPs share the first 15 digits must stay three: name and unit tell them apart.
                key = f"rusak:{nip.key}|{' '.join(nama.lower().split())}|{unit_key(unit)}"
                damaged.append((number, nip.shown))
            else:
                key = "nip:" + nip.key
            employee = employees.get(key)
            if employee is None:
                jabatan = text(jabatan).strip()
                employee = employees[key] = EmployeeRows(
                    key, nip.shown if nip else "", nama, shared.setdefault(jabatan, jabatan), shared.setdefault(unit, unit),
                    bool(nip and nip.damaged), Counter(), [])
            # No role written: the jabatan says it («Kepala Balai», «Ketua Tim Kerja …»), so a leader is not held to
            # the members' 5–10 (tester21a #6).
            peran = text(peran).strip() or text(jabatan).strip()
            employee.roles[roles[peran] if peran in roles else roles.setdefault(peran, role(peran, words))] += 1
            # A row whose IKI cannot be read is skipped, but its employee is counted and listed (with 0 IKI when it
            # was their only row): the person with no IKI is the one the bureau must see.
            if indikator is NO_VALUE:
                report.skip(number, SKIP_IKI_FORMULA)
                continue
            indikator = indikator.strip() if type(indikator) is str else text(indikator).strip()
            if not indikator:
                report.skip(number, SKIP_NO_IKI)
                continue
            if len(indikator) > MAX_TEXT_CHARS:
                report.skip(number, SKIP_TOO_LONG)
                continue
            plain = [shared.setdefault(v, v) if type(v) is str else v for v in map(_value, plain)]
            if type(plain[_PARENT]) is float:  # «5.1» stored as a number: the code typed, said in the report
                plain[_PARENT] = shared.setdefault(code := _number_code(plain[_PARENT]), code)
                parents_as_numbers.append((number, code))
            target = plain[_TARGET]
            if type(target) is str and target and not any(ch.isdigit() for ch in target):
                worded.append((number, target))
            employee.rows.append(IkiRow(number, indikator, *plain, _bobot(bobot)))
            report.rows_read += 1
    report.notes += _own_sheets_said(table.notes) if form else table.notes
    if carried:
        report.notes.append(f"kolom NIP dan nama: {_n(len(carried))} baris tanpa NIP dan nama dibaca sebagai IKI pegawai "
                            f"di baris atasnya (identitas hanya ditulis di baris pertama tiap pegawai), misalnya baris "
                            f"{', '.join(map(str, carried[:3]))}. Bila ada baris yang bukan milik pegawai di atasnya, "
                            "isi NIP dan nama di setiap baris lalu jalankan audit lagi")
    if parents_as_numbers:
        report.notes.append(_parents_as_numbers(parents_as_numbers, employees.values()))
    report.notes += _worded_targets(worded)
    if joined := _typo_nips_joined(employees):
        report.notes.append(joined)
    if wrong := _wrong_nips(employees.values()):
        report.notes.append(wrong)
    if "nip" in table.fields and (nameless := _without_nip(employees.values())):
        report.notes.append(nameless)
    if merged := one_unit_spelling(list(employees.values())):
        report.notes.append(merged)
    if damaged:
        people = len({e.key for e in employees.values() if e.damaged_nip})
        shown = ", ".join(f"baris {n} ({s})" for n, s in damaged[:3])
        report.notes.append(f"kolom NIP: {_n(len(damaged))} baris ({_n(people)} pegawai) berisi NIP yang tersimpan sebagai angka dan "
                            f"kehilangan digit (Excel hanya menyimpan 15 digit), misalnya {shown}. Pegawai ini dibedakan "
                            "lewat NIP+nama+unit dan tidak digabung dengan pegawai lain. Format kolom NIP sebagai Teks "
                            "di Excel lalu ekspor ulang")
    return list(employees.values()), report
