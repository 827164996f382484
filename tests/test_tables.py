"""Nothing lost or misread in silence: each case the audit once got wrong, in a workbook or CSV made here."""

import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import Workbook

from bot.audit.checking import audit
from bot.audit.nip import read_nip
from bot.audit.sheet_reading import SKIP_IKI_FORMULA, read_export
from bot.inputs import InputError
from bot.sheets import kinds
from bot.sheets.tables import open_table
from tests.test_audit import write_csv

HEADER = ["NIP", "Nama", "Unit", "IKI", "Target", "Jenis", "Bobot"]
IKI = ["Nilai Indeks Profesionalitas ASN", "Persentase rekomendasi monev yang ditindaklanjuti",
       "Persentase dokumen perencanaan yang disetujui tepat waktu", "Jumlah sertifikat hasil kalibrasi alat kesehatan",
       "Persentase usulan BMHP yang terpenuhi"]


def book_with(rows: list[list], path: Path, title: str = "SKP", before: list[str] = ()) -> tuple[Workbook, Path]:
    book = Workbook()
    book.active.title = before[0] if before else title
    for name in before[1:]:
        book.create_sheet(name)
    sheet = book.create_sheet(title) if before else book.active
    for row in rows:
        sheet.append(row)
    return book, path


def test_percent_cells_are_read_as_percent(tmp_path):
    rows = [HEADER] + [["1001", "Ani", "Tim A", text, 1.0, "MI" if i == 0 else "TUSI", 0.1 if i == 0 else 0.225]
                       for i, text in enumerate(IKI)]
    book, path = book_with(rows, tmp_path / "persen.xlsx")
    for row in book.active.iter_rows(min_row=2):
        row[4].number_format = "0%"
        row[6].number_format = "0.0%"
    book.save(path)
    employees, report = read_export(path)
    assert [r.bobot for r in employees[0].rows] == [10.0, 22.5, 22.5, 22.5, 22.5]
    assert employees[0].rows[0].target == "100%"
    result = audit(employees, report)
    assert "WEIGHT_TOTAL" not in result.employees[0].categories  # 0.1 would have been "bobot salah"


def test_a_literal_percent_sign_in_a_format_does_not_scale(tmp_path):
    book, path = book_with([HEADER, ["1001", "Ani", "Tim A", IKI[0], 100, "MI", 10]], tmp_path / "literal.xlsx")
    book.active["G2"].number_format = '0"%"'  # shows 10% but holds 10
    book.save(path)
    employees, _ = read_export(path)
    assert employees[0].rows[0].bobot == 10.0


def test_formulas_without_a_saved_value_are_named_with_their_column(tmp_path):
    rows = [HEADER, ["1001", "Ani", "Tim A", IKI[0], 100, "MI", "=5*2"], ["1001", "Ani", "Tim A", "=A1", 100, "TUSI", 90]]
    book, path = book_with(rows, tmp_path / "rumus.xlsx")  # openpyxl saves formulas without their values
    book.save(path)
    employees, report = read_export(path)
    notes = " ".join(report.notes)
    assert "kolom G («Bobot»): 1 sel berisi rumus tanpa nilai tersimpan" in notes and "baris 2" in notes
    assert "kolom D («IKI»)" in notes
    assert report.skipped[SKIP_IKI_FORMULA] == 1 and report.adds_up


def test_duplicate_headers_are_both_read_and_named(tmp_path):
    header = ["NIP", "Nama", "IKI", "IKI", "Bobot"]
    rows = [["1", "Ani", IKI[0], "", 10], ["1", "Ani", "", IKI[1], 90], ["2", "Budi", IKI[2], IKI[3], 100]]
    path = write_csv(tmp_path / "ganda.csv", header, rows)
    employees, report = read_export(path)
    assert [r.indikator for e in employees for r in e.rows] == [IKI[0], IKI[1], IKI[2]]  # the second column fills a gap
    note = next(n for n in report.notes if "judul ganda" in n)
    assert "kolom C («IKI») dan D («IKI»)" in note and "1 baris isinya berbeda (misalnya baris 4)" in note


def test_a_merged_header_cell_keeps_its_column(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Nama", "NIP", "IKI", None, None])
    sheet.append([None, None, "Indikator", "Target", "Bobot"])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:B2")
    sheet.merge_cells("C1:E1")
    sheet.append(["Ani", "1001", IKI[0], "100%", 10])
    book.save(tmp_path / "gabung.xlsx")
    employees, report = read_export(tmp_path / "gabung.xlsx")
    assert employees[0].nama == "Ani" and employees[0].nip == "1001" and report.header_row == 2
    assert any("judul «Nama» adalah sel gabungan A1:A2; kolom A" in n for n in report.notes)


def test_data_on_the_second_sheet_is_found_and_said(tmp_path):
    book, path = book_with([["Rekap SKP 2026"], HEADER, ["1001", "Ani", "Tim A", IKI[0], 100, "MI", 10]],
                           tmp_path / "lembar.xlsx", title="Data SKP", before=["Petunjuk"])
    book["Petunjuk"].append(["Isi lembar berikutnya"])
    book.save(path)
    employees, report = read_export(path)
    assert len(employees) == 1 and "lembar «Data SKP»" in report.where
    assert any("data dibaca dari lembar «Data SKP»" in n for n in report.notes)


def test_no_sheet_with_a_header_lists_the_sheets(tmp_path):
    book, path = book_with([["Nama", "Catatan"], ["Ani", "-"]], tmp_path / "tanpa.xlsx", title="B", before=["A"])
    book.save(path)
    with pytest.raises(InputError) as caught:
        read_export(path)
    assert "Lembar yang ada: «A» (tidak ada judul yang dikenali); «B» (Nama, Catatan)" in str(caught.value)


def test_a_table_with_no_header_we_read_names_its_first_row(tmp_path):
    # tester26 #15: headers Tanggal, Barang, Harga were said as «tidak ada judul yang dikenali»
    book, path = book_with([["Tanggal", "Barang", "Harga"], ["2026-01-02", "Kertas", "50000"]], tmp_path / "belanja.xlsx")
    book.save(path)
    with pytest.raises(InputError) as caught:
        read_export(path)
    assert "(judul kolom yang ada: baris pertama: Tanggal, Barang, Harga)" in str(caught.value)


def test_an_18_digit_nip_stored_as_a_number_is_reported_and_never_merged(tmp_path):
    path = tmp_path / "nip.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    for r, (nip, nama) in enumerate([(199001012020121001, "Ani"), (199001012020121002, "Budi"),
                                     (199001012020121003, "Citra"), (199001012020121003, "Citra")], start=1):
        sheet.write_row(r, 0, [nip, nama, "Tim A", IKI[r % 4], 100, "TUSI", 50])  # Excel keeps 15 digits
    book.close()
    employees, report = read_export(path)
    assert sorted(e.nama for e in employees) == ["Ani", "Budi", "Citra"]
    assert all(e.nip == "199001012020121???" and e.damaged_nip for e in employees)
    note = next(n for n in report.notes if "kehilangan digit" in n)
    assert "4 baris (3 pegawai)" in note and "baris 2" in note


@pytest.mark.parametrize(("cell", "key", "damaged"), [
    ("199001012020121001", "199001012020121001", False), ("1990 0101 202012 1 001", "199001012020121001", False),
    ("'199001012020121001", "199001012020121001", False), ("00123", "123", False), (123.0, "123", False),
    (1.99001012020121e17, "199001012020121", True), ("1,99001E+17", "199001", True),
])
def test_nips_as_written_in_exports(cell, key, damaged):
    nip = read_nip(cell)
    assert (nip.key, nip.damaged) == (key, damaged)


def test_an_unclosed_csv_quote_never_turns_rows_into_one(tmp_path):
    path = tmp_path / "kutip.csv"
    path.write_text("NIP;Nama;IKI;Bobot\n1;Ani;\"Persentase laporan yang diverifikasi;10\n1;Ani;Jumlah dokumen;45\n"
                    "1;Ani;Nilai IP ASN;45\n", encoding="utf-8")
    employees, report = read_export(path)
    assert [r.indikator for r in employees[0].rows] == ["Persentase laporan yang diverifikasi", "Jumlah dokumen", "Nilai IP ASN"]
    assert any("tanda kutip" in n and "baris 2–4" in n for n in report.notes)


def test_a_quoted_line_break_inside_a_cell_stays_one_row(tmp_path):
    path = tmp_path / "baris.csv"
    path.write_text('NIP;Nama;IKI;Bobot\n1;Ani;"Persentase laporan\n(diverifikasi)";10\n1;Ani;Jumlah dokumen;90\n', encoding="utf-8")
    employees, report = read_export(path)
    assert len(employees[0].rows) == 2 and not any("tanda kutip" in n for n in report.notes)


def test_semicolon_and_windows_1252_csv(tmp_path):
    rows = [["1001", "Ani Sétiawati", "Tim A", IKI[0], "100%", "MI", "10,5"]]
    path = write_csv(tmp_path / "ansi.csv", HEADER, rows, delimiter=";", encoding="cp1252")
    employees, report = read_export(path)
    assert employees[0].nama == "Ani Sétiawati" and employees[0].rows[0].bobot == "10,5"
    assert "pemisah «;»" in report.where and "Windows-1252" in report.where
    assert any("bukan UTF-8" in n for n in report.notes)


def broken_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    csv_renamed = tmp_path / "ekspor.xlsx"
    csv_renamed.write_text("NIP;Nama;IKI\n1;Ani;Jumlah dokumen\n", encoding="utf-8")
    good, _ = book_with([HEADER, ["1", "Ani", "Tim", IKI[0], 1, "MI", 10]], tmp_path / "utuh.xlsx")
    good.save(tmp_path / "utuh.xlsx")
    truncated = tmp_path / "terpotong.xlsx"
    truncated.write_bytes((tmp_path / "utuh.xlsx").read_bytes()[:1500])
    empty = tmp_path / "kosong.csv"
    empty.write_bytes(b"")
    html = tmp_path / "web.xls"
    html.write_text("<html><table><tr><td>NIP</td></tr></table></html>", encoding="utf-8")
    xlsx_as_csv = tmp_path / "buku.csv"
    xlsx_as_csv.write_bytes((tmp_path / "utuh.xlsx").read_bytes())
    return {"csv renamed": (csv_renamed, "bukan berkas Excel"), "truncated": (truncated, "rusak atau tidak lengkap"),
            "empty": (empty, "kosong (0 byte)"), "html": (html, "halaman web"), "xlsx as csv": (xlsx_as_csv, "bukan CSV")}


@pytest.mark.parametrize("command", ["audit", "import-renstra"])
def test_broken_files_get_a_clear_message_and_exit_2(run_iki, tmp_path, command):
    for name, (path, words) in broken_files(tmp_path).items():
        done = run_iki(command, str(path))
        assert done.returncode == 2, (name, done.stderr)
        assert words in done.stderr and path.name in done.stderr and "Traceback" not in done.stderr, (name, done.stderr)


def test_files_beyond_the_stated_limits_are_refused(tmp_path, monkeypatch):
    path = write_csv(tmp_path / "besar.csv", HEADER, [["1", "Ani", "Tim", IKI[0], 1, "MI", 10]] * 5)
    monkeypatch.setattr(kinds, "MAX_BYTES", 100)
    with pytest.raises(InputError, match="terlalu besar"):
        open_table(path, "skp_export")
    monkeypatch.setattr(kinds, "MAX_BYTES", 10**9)
    monkeypatch.setattr(kinds, "MAX_ROWS", 3)
    with pytest.raises(InputError, match="lebih dari 3 baris"):
        read_export(path)


def test_a_zip_bomb_workbook_is_refused(tmp_path, monkeypatch):
    good, path = book_with([HEADER, ["1", "Ani", "Tim", IKI[0], 1, "MI", 10]], tmp_path / "bom.xlsx")
    good.save(path)
    unpacked = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    monkeypatch.setattr(kinds, "max_unpacked_bytes", lambda: unpacked // 2)  # what the memory budget allows
    with pytest.raises(InputError, match="terlalu besar setelah dibuka"):
        read_export(path)


def test_out_is_checked_before_the_input_is_read(run_iki, tmp_path):
    source = write_csv(tmp_path / "ekspor.csv", HEADER, [["1", "Ani", "Tim", IKI[0], 1, "MI", 10]])
    blocker = tmp_path / "berkas"
    blocker.write_text("x", encoding="utf-8")
    done = run_iki("audit", str(source), "--out", str(blocker / "laporan"))
    assert done.returncode == 2 and "tidak bisa dibuat atau ditulisi" in done.stderr and "membaca" not in done.stderr
    same = run_iki("audit", str(source), "--out", str(source))
    assert same.returncode == 2 and "menimpa berkas input ekspor.csv" in same.stderr
    assert source.read_text(encoding="utf-8").startswith("NIP")
    inside = tmp_path / "laporan"
    inside.mkdir()
    book, named = book_with([HEADER, ["1", "Ani", "Tim", IKI[0], 1, "MI", 10]], inside / "audit.xlsx")
    book.save(named)  # last month's export saved as audit.xlsx in the report folder
    before = named.read_bytes()
    overwrite = run_iki("audit", str(named), "--out", str(inside))
    assert overwrite.returncode == 2 and "menimpa berkas input audit.xlsx" in overwrite.stderr
    assert named.read_bytes() == before


def test_a_level_in_a_header_is_dropped_only_for_a_field_holding_an_organisation():
    # tester19 #8: an export's «Unit Kerja Eselon II» is its unit; a Renstra's «Unit Eselon I» is its PIC, never its
    # «unit» (the satuan).
    from bot.sheets.tables import field_names

    assert field_names(["Unit Kerja Eselon II", "Unit Eselon I/II"], "skp_export") == ["unit", "unit"]
    assert field_names(["Unit Eselon I", "Unit Kerja Eselon I", "Satuan"], "renstra") == [None, "pic", "unit"]
