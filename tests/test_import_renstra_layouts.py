"""A planner's own Renstra workbook (tester18 #2): a title row, a header over two rows («Target» merged over
«2026 | Satuan»), the level in its own column beside a bare number («IKP | 2.1»), PIC cells merged per block. It
is read whole; a row that still cannot be read is skipped with its reason and the rest imported."""

import csv

import pytest
from openpyxl import Workbook

from bot.retrieval.catalog import read_catalog

pytestmark = pytest.mark.usefixtures("shared_retriever")

ROWS = [
    ("IKP", "2.1", "Persentase kabupaten/kota yang melaksanakan surveilans berbasis laboratorium", 70, "%", "ISS 2", "Ditjen P2"),
    ("IKK", "2.1.1", "Persentase sinyal SKDR yang direspon kurang dari 24 jam", 90, "%", "IKP 2.1", "Direktorat Surveilans"),
    ("IKK", "2.1.2", "Persentase KLB yang ditanggulangi kurang dari 24 jam", 95, "%", "IKP 2.1", None),
    ("IKK", "2.1.x", "Baris dengan nomor rusak", 10, "%", "IKP 2.1", None),
    ("IKP", "5.1", "Opini BPK atas laporan keuangan Kementerian Kesehatan", "WTP", "opini", "ISS 5", "Setjen"),
    ("IKK", "5.1.1", "Persentase BMN yang tercatat dan direkonsiliasi tepat waktu", 100, "%", "IKP 5.1", "Biro Keuangan dan BMN"),
]


def planner_book(path, two_rows: bool):
    book = Workbook()
    sheet = book.active
    sheet.title = "Renstra Unit"
    sheet["A1"] = "MATRIKS INDIKATOR KINERJA (olahan perencana)"
    sheet.merge_cells("A1:G1")
    sheet.append([])
    if two_rows:
        sheet.append(["Tingkat", "Kode", "Indikator Kinerja", "Target", "", "Induk", "Unit Penanggung Jawab"])
        sheet.append(["", "", "", "2026", "Satuan", "", ""])
        sheet.merge_cells("D3:E3")
        for column in "ABCFG":
            sheet.merge_cells(f"{column}3:{column}4")
    else:
        sheet.append(["Tingkat", "Kode", "Indikator Kinerja", "Target 2026", "Satuan", "Induk", "Unit Penanggung Jawab"])
    first = sheet.max_row + 1
    for row in ROWS:
        sheet.append(list(row))
    sheet.merge_cells(f"G{first + 1}:G{first + 3}")  # one PIC for the block
    book.save(path)
    return path


@pytest.mark.parametrize("two_rows", [True, False])
def test_a_planner_workbook_is_imported_and_the_row_that_cannot_be_read_reported(run_iki, tmp_path, two_rows):
    done = run_iki("import-renstra", str(planner_book(tmp_path / "renstra.xlsx", two_rows)))
    assert done.returncode == 0, done.stderr
    assert "6 baris = 5 dibaca + 1 dilewati (cocok)" in done.stderr
    bad = 8 if two_rows else 7
    assert f"baris {bad}, kolom kode: «2.1.x» tidak sesuai pola kode IKK" in done.stderr
    assert ("judul kolom dua baris (baris 3–4)" in done.stderr) == two_rows
    imported = (tmp_path / "data" / "renstra.csv").read_text(encoding="utf-8")
    assert "IKK,IKK 2.1.1,Persentase sinyal SKDR yang direspon kurang dari 24 jam,90,%,IKP 2.1" in imported
    assert "IKP,IKP 5.1,Opini BPK atas laporan keuangan Kementerian Kesehatan,WTP,opini,ISS 5,Setjen" in imported
    found = run_iki("search", "respon sinyal SKDR")
    assert "IKK 2.1.1" in found.stdout


def test_a_pic_merged_over_a_block_belongs_to_every_row_of_it(tmp_path):
    reading = read_catalog(planner_book(tmp_path / "renstra.xlsx", two_rows=True))
    pics = {i.code: i.pic for i in reading.indicators}
    assert pics["IKK 2.1.1"] == pics["IKK 2.1.2"] == "Direktorat Surveilans" and pics["IKP 5.1"] == "Setjen"
    assert any("«Unit Penanggung Jawab»): 2 sel di bawah sel gabungan" in note for note in reading.notes)


def test_a_two_row_header_without_merged_cells_is_joined(tmp_path):
    path = tmp_path / "renstra.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Tingkat", "Kode", "Uraian Indikator", "Target", "", "Induk"])
        writer.writerow(["", "", "", "2026", "Satuan", ""])
        writer.writerow(["IKK", "IKK 5.1.1", "Persentase bayi baru lahir yang diperiksa", "70", "%", "IKP 5.1"])
    reading = read_catalog(path)
    assert reading.rows_in_file == 1 and not reading.skipped
    [row] = reading.indicators
    assert (row.code, row.target_2026, row.unit) == ("IKK 5.1.1", 70, "%")


def test_a_data_row_under_the_header_is_never_taken_for_a_second_header_row(tmp_path):
    path = tmp_path / "renstra.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Tingkat", "Kode", "Nama Indikator", "Target", "Satuan"])
        writer.writerow(["IKK", "IKK 5.1.1", "Persentase bayi baru lahir yang diperiksa", "70", "%"])
    assert [i.code for i in read_catalog(path).indicators] == ["IKK 5.1.1"]


def test_nothing_readable_says_where_the_header_was_found_and_why_the_rows_failed(run_iki, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Matriks indikator"])
    sheet.append([])
    sheet.append(["Tingkat", "Kode", "Indikator Kinerja", "Target 2026"])
    sheet.append(["IKX", "9.9", "Tingkat tak dikenal", 10])
    sheet.append(["", "kode?", "Tanpa tingkat", 10])
    book.save(tmp_path / "rusak.xlsx")
    done = run_iki("import-renstra", str(tmp_path / "rusak.xlsx"))
    assert done.returncode == 2
    assert "baris pertama tabel harus judul kolom" not in done.stderr
    assert "judul kolom di baris 3" in done.stderr and "«Indikator Kinerja»" in done.stderr
    assert "baris 4, kolom level: «IKX»" in done.stderr and "tidak diubah" in done.stderr


def test_a_total_row_in_a_file_without_a_level_column_is_named_as_such(tmp_path):
    """tester52 P3-8: «Jumlah Total» under a «Kode | Indikator | Target | Satuan» table was reported as «kolom level
    tidak terbaca … kolom level: «»» — a column the file does not have; the report names the columns in Indonesian."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Kode", "Indikator", "Target 2026", "Satuan", "Penanggung Jawab"])
    sheet.append(["IKK 2.3.2", "Persentase rekomendasi hasil kajian yang ditindaklanjuti daerah", "75%", "%", "BBTKLPP"])
    sheet.append(["IKK 2.3.5", "Persentase layanan sistem informasi laboratorium yang tersedia", "99,5", "%", "TI"])
    sheet.append(["Jumlah Total", "", "", "", ""])
    book.save(tmp_path / "pk.xlsx")
    reading = read_catalog(tmp_path / "pk.xlsx")
    report = "\n".join(reading.lines())
    assert [i.code for i in reading.indicators] == ["IKK 2.3.2", "IKK 2.3.5"]
    assert "kolom kode: «Jumlah Total» bukan kode indikator" in report and "baris jumlah" in report, report
    assert "kolom level" not in report and "kolom code" not in report
