"""`iki import-renstra`: a whole catalog is checked first; one bad row means nothing is imported."""

import csv

import pytest
from openpyxl import Workbook

# Every import rebuilds the whole index; with the shared retriever built first, the process's embedder already
# knows the guidelines' vectors and embeds only the imported rows (see conftest._remember_vectors).
pytestmark = pytest.mark.usefixtures("shared_retriever")

HEADER = ["level", "code", "name", "target_2026", "unit", "parent", "pic", "source"]
GOOD = [
    ["IT", "IT 1", "Usia Harapan Hidup Sehat", "63,5", "tahun", "", "Ditjen Kesprimkom", "uji"],
    ["ISS", "ISS 5", "Cakupan penerima pemeriksaan kesehatan gratis", "46", "%", "IT 1", "Ditjen Kesprimkom", "uji"],
    ["IKP", "IKP 5.1", "Persentase kab/kota dengan cakupan CKG >80%", "60", "%", "ISS 5", "Dit. Yankes Keluarga", "uji"],
    ["IKK", "IKK 5.1.1", "Persentase bayi baru lahir penerima pemeriksaan kesehatan gratis", "70", "%", "IKP 5.1", "Dit. Yankes Keluarga", "uji"],
    ["IKK", "IKK 5.1.4", "Persentase sekolah dengan skrining kesehatan gratis anak sekolah", "50", "%", "IKP 5.1", "Dit. Yankes Keluarga", "uji"],
]


def write_csv(path, rows, header=HEADER):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_import_csv_replaces_the_catalog_and_rebuilds_the_index(run_iki, tmp_path):
    done = run_iki("import-renstra", str(write_csv(tmp_path / "renstra.csv", GOOD)))
    assert done.returncode == 0, done.stderr
    assert "5 indikator diimpor" in done.stderr and "Indeks dibangun" in done.stdout
    assert "indeks indicators" in done.stderr and " dokumen" in done.stderr  # progress with time left (tqdm)
    found = run_iki("search", "--json", "--k", "1", "skrining kesehatan anak sekolah")
    assert '"code": "IKK 5.1.4"' in found.stdout and '"IT 1", "ISS 5", "IKP 5.1", "IKK 5.1.4"' in found.stdout


def test_import_xlsx_with_indonesian_headers(run_iki, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Tingkat", "Kode", "Nama Indikator", "Target 2026", "Satuan", "Induk", "PIC", "Sumber"])
    for row in GOOD:
        sheet.append(row)
    book.save(tmp_path / "renstra.xlsx")
    done = run_iki("import-renstra", str(tmp_path / "renstra.xlsx"))
    assert done.returncode == 0, done.stderr


def test_import_reads_the_sheet_with_the_header_and_percent_targets(run_iki, tmp_path):
    book = Workbook()
    book.active.title = "Petunjuk"
    book.active.append(["Katalog indikator ada di lembar berikut"])
    sheet = book.create_sheet("Katalog")
    sheet.append(["Katalog Renstra 2025-2029"])
    sheet.append(["Tingkat", "Kode", "Nama Indikator", "Target 2026", "Satuan", "Induk", "PIC", "Sumber"])
    for row in GOOD:
        sheet.append(row[:3] + [float(row[3].replace(",", ".")) / 100] + row[4:])
        sheet.cell(sheet.max_row, 4).number_format = "0.0%"  # 46% is stored as 0.46
    book.save(tmp_path / "renstra.xlsx")
    done = run_iki("import-renstra", str(tmp_path / "renstra.xlsx"))
    assert done.returncode == 0, done.stderr
    assert "data dibaca dari lembar «Katalog»" in done.stderr
    imported = (tmp_path / "data" / "renstra.csv").read_text(encoding="utf-8")
    assert "IKK 5.1.1,Persentase bayi baru lahir penerima pemeriksaan kesehatan gratis,70," in imported


def test_bad_rows_are_all_reported_and_nothing_is_imported(run_iki, tmp_path):
    bad = GOOD + [
        ["IKK", "IKK 5.1", "kode salah pola", "70", "%", "IKP 5.1", "X", "uji"],
        ["IKX", "IKX 1", "tingkat tidak dikenal", "", "", "", "X", "uji"],
        ["IKP", "IKP 9.9", "", "tinggi", "%", "ISS 9", "X", "uji"],
        ["IKK", "IKK 5.1.1", "duplikat", "70", "%", "IKP 5.1", "Dit. Yankes Keluarga", "uji"],
    ]
    done = run_iki("import-renstra", str(write_csv(tmp_path / "bad.csv", bad)))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    for expected in ("baris 7, kolom code", "baris 8, kolom level", "baris 9, kolom name", "baris 9, kolom target_2026",
                     "baris 10, kolom code", "tidak ada yang diimpor"):
        assert expected in done.stderr
    assert not (tmp_path / "data" / "renstra.csv").exists()


def test_wrong_file_type_or_missing_file(run_iki, tmp_path):
    (tmp_path / "renstra.txt").write_text("x", encoding="utf-8")
    assert "format berkas" in run_iki("import-renstra", str(tmp_path / "renstra.txt")).stderr
    missing = run_iki("import-renstra", str(tmp_path / "tidak-ada.csv"))
    assert missing.returncode == 2 and "tidak ditemukan" in missing.stderr


def test_iki_index_rebuilds_on_demand(run_iki):
    first, second = run_iki("index"), run_iki("index")  # the second finds the index current and rebuilds anyway
    assert first.returncode == second.returncode == 0
    assert "Indeks dibangun: 52 indikator" in second.stdout and "indeks indicators" in second.stderr
