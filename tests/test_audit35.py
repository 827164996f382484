"""`iki audit` on a whole unit's files (tester54 F21, F22): one unit however its name is spelt, a note row listed
with its text, the «IKI ganda» rows named, no empty report folder after a failed run, a leader's MPPH workbook
skipped in a folder and refused alone."""

from pathlib import Path

import openpyxl
import pytest
import yaml

from bot.audit import run_audit
from bot.audit.sheet_reading import SKIP_EMPTY, SKIP_NOTE, read_export, read_exports
from bot.cli import main
from bot.inputs import InputError
from bot.models import Pegawai
from bot.sheets.tables import unit_key
from bot.skp.mpph import MpphDraft, check_mpph, mpph_workbook
from tests.conftest import ROOT
from tests.test_audit_forms import exported

HEADER = ["No", "NIP", "Nama Pegawai", "Jabatan", "Unit Kerja", "Indikator Kinerja Individu", "Target", "Satuan",
          "Jenis IKI", "Bobot (%)"]
KEU = "Biro Keuangan dan BMN"


def unit_file(path: Path) -> Path:
    """A bureau's hand-made table: one unit spelt two ways, a duplicate IKI, a note under the table."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sri = ["198703152010122001", "Sri Wahyuni", "Pranata Keuangan APBN Mahir", KEU]
    rudi = ["198801012010121002", "Rudi Hartono", "Pengadministrasi Keuangan", "Biro Keuangan & BMN"]
    rows = [[1, *sri, "Persentase SPM yang diterbitkan tepat waktu", 95, "%", "Core TUSI", 50],
            [2, *sri, "Persentase tagihan yang dibayar maksimal 5 hari kerja", 90, "%", "Core TUSI", 40],
            [3, *sri, "Persentase tagihan yang dibayar maksimal 5 hari kerja", 90, "%", "Core TUSI", 10],
            [4, *rudi, "Persentase dokumen pembayaran yang diarsipkan lengkap", 100, "%", "Core TUSI", 90],
            [5, *rudi, "Nilai Indeks Profesionalitas ASN", 80, "nilai", "Core MI", 10],
            [6],  # a numbered row left blank, its number as a number or as text: still a blank row
            ["7"],
            ["catatan: data Rudi belum lengkap"]]
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_unit_names_differing_by_dan_or_ampersand_case_or_punctuation_are_one():
    assert unit_key("Biro Keuangan dan BMN") == unit_key("Biro Keuangan & BMN") == unit_key("biro keuangan DAN B.M.N.")
    assert unit_key("Biro Keuangan dan BMN") != unit_key("Biro Umum dan BMN")


def test_one_unit_spelt_two_ways_is_one_unit_and_the_report_says_so(tmp_path):
    employees, report = read_export(unit_file(tmp_path / "keu.xlsx"))
    assert {e.unit for e in employees} == {KEU}
    note = next(n for n in report.notes if n.startswith("kolom unit"))
    assert "«Biro Keuangan & BMN» (1 pegawai) sebagai «Biro Keuangan dan BMN»" in note


def test_a_note_row_is_listed_with_its_text_and_a_numbered_blank_row_stays_blank(tmp_path):
    _, report = read_export(unit_file(tmp_path / "keu.xlsx"))
    assert report.adds_up and report.skipped[SKIP_EMPTY] == 2 and report.skipped[SKIP_NOTE] == 1
    assert [(r.row, r.why) for r in report.skipped_rows] == [(9, f"{SKIP_NOTE}: «catatan: data Rudi belum lengkap»")]


def test_the_iki_sheet_names_the_duplicate_rows_and_ringkasan_has_one_unit(tmp_path):
    (tmp_path / "lap").mkdir()
    done = run_audit(unit_file(tmp_path / "keu.xlsx"), tmp_path / "lap", workers=1)
    book = openpyxl.load_workbook(done.xlsx)
    assert [row[0] for row in book["Ringkasan"].iter_rows(min_row=2, values_only=True)] == [KEU, "Semua unit"]
    sheet = book["IKI"]
    header = [c.value for c in sheet[1]]
    twins = {row[0]: row[header.index("IKI ganda")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert twins[3] == "sama dengan baris 4" and twins[4] == "sama dengan baris 3"


def test_a_failed_run_leaves_no_report_folder(tmp_path):
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip file at all")
    out = tmp_path / "lap" / "rusak"
    assert main(["audit", str(broken), "--out", str(out), "--workers", "1"]) == 2
    assert not (tmp_path / "lap").exists()
    kept = tmp_path / "ada"
    (kept / "lama.txt").parent.mkdir()
    (kept / "lama.txt").write_text("x")
    assert main(["audit", str(broken), "--out", str(kept), "--workers", "1"]) == 2
    assert (kept / "lama.txt").exists()  # a folder that was there stays


def mpph_file(path: Path) -> Path:
    draft = MpphDraft.model_validate(yaml.safe_load(
        (ROOT / "knowledge" / "examples" / "mpph_biro_osdm.yaml").read_text(encoding="utf-8")))
    path.write_bytes(mpph_workbook(draft, check_mpph(draft)))
    return path


def test_a_leaders_mpph_workbook_in_a_unit_folder_is_skipped_with_a_line(tmp_path):
    dewi = exported(tmp_path, "dewi.xlsx", Pegawai(nama="Dewi Lestari", nip="199002152023212001", unit="Balai"))
    employees, report = read_exports([dewi, mpph_file(tmp_path / "mpph.xlsx")])
    assert [e.nama for e in employees] == ["Dewi Lestari"] and report.adds_up
    assert "  mpph.xlsx: matriks MPPH, bukan SKP; dilewati." in report.lines()


def test_an_mpph_workbook_alone_is_refused(tmp_path):
    with pytest.raises(InputError, match="matriks MPPH"):
        read_exports([mpph_file(tmp_path / "mpph.xlsx")])
    # its IKI sheet saved alone is known by its columns
    book = openpyxl.load_workbook(tmp_path / "mpph.xlsx")
    for name in book.sheetnames[:-1]:
        del book[name]
    book.save(tmp_path / "iki.xlsx")
    with pytest.raises(InputError, match="matriks MPPH"):
        read_export(tmp_path / "iki.xlsx")


def test_a_unit_spelt_otherwise_in_the_older_export_is_compared_as_one(tmp_path):
    new = unit_file(tmp_path / "baru.xlsx")
    book = openpyxl.load_workbook(new)
    for row in book.active.iter_rows(min_row=2):
        if row[4].value:
            row[4].value = "BIRO KEUANGAN & BMN"
    book.save(tmp_path / "lama.xlsx")
    (tmp_path / "lap").mkdir()
    done = run_audit(new, tmp_path / "lap", old=tmp_path / "lama.xlsx", workers=1)
    assert [(u.unit, u.old is not None, u.new is not None) for u in done.comparison.units] == [(KEU, True, True)]
