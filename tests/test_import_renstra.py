"""`iki import-renstra`: every row is read or skipped with its reason and the counts add up; rows without a name
and text targets are imported and noted; what is written reads back the same before it replaces the old catalog."""

import csv
import json
from pathlib import Path

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


def test_rows_that_cannot_be_read_are_skipped_with_their_reason_and_the_rest_imported(run_iki, tmp_path):
    bad = GOOD + [
        ["IKK", "IKK 5.1", "kode salah pola", "70", "%", "IKP 5.1", "X", "uji"],
        ["IKX", "IKX 1", "tingkat tidak dikenal", "", "", "", "X", "uji"],
        ["IKP", "IKP 9.9", "", "tinggi", "%", "ISS 9", "X", "uji"],
        ["IKK", "IKK 5.1.1", "duplikat", "70", "%", "IKP 5.1", "Dit. Yankes Keluarga", "uji"],
    ]
    done = run_iki("import-renstra", str(write_csv(tmp_path / "bad.csv", bad)))
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "9 baris = 6 dibaca + 3 dilewati (cocok)" in done.stderr
    for expected in ("baris 7, kolom kode", "baris 8, kolom level", "baris 10, kolom kode: IKK 5.1.1 untuk unit yang sama",
                     "tanpa nama indikator", "target berupa teks"):
        assert expected in done.stderr
    imported = (tmp_path / "data" / "renstra.csv").read_text(encoding="utf-8")
    assert "IKP 9.9,,tinggi" in imported and "IKK 5.1," not in imported and "duplikat" not in imported


def test_the_shipped_catalog_imports_and_every_later_command_reads_it(run_iki, tmp_path):
    """Issue 16 and 17: the shipped file's 16 nameless rows stopped the import, and its KAPJ row (1,575,000 Orang)
    was written as «1.575e+06», which no later command could read (a traceback on every start)."""
    done = run_iki("import-renstra", str(Path("knowledge/renstra.csv").resolve()))
    assert done.returncode == 0, done.stderr
    assert "52 baris = 52 dibaca + 0 dilewati (cocok)" in done.stderr and "16 baris tanpa nama indikator" in done.stderr
    assert "IKP 19.1,Jumlah Masyarakat yang memiliki Polis Koordinasi Antar Penyelenggara Jaminan (KAPJ),1.575.000,Orang" in \
        (tmp_path / "data" / "renstra.csv").read_text(encoding="utf-8")
    found = run_iki("search", "IKP 19.1")
    assert found.returncode == 0 and "Traceback" not in found.stderr
    assert "target 2026: 1.575.000 Orang" in found.stdout
    nameless = run_iki("search", "--json", "IKK 5.1.2")
    assert json.loads(nameless.stdout)["results"][0]["code"] == "IKK 5.1.2"


def test_a_text_target_is_kept_as_written_and_shown(run_iki, tmp_path):
    rows = GOOD + [["IKM", "IKM 33.7", "Opini BPK atas laporan keuangan Kementerian Kesehatan", "WTP", "Opini", "", "Setjen", "uji"]]
    assert run_iki("import-renstra", str(write_csv(tmp_path / "wtp.csv", rows))).returncode == 0
    shown = run_iki("search", "IKM 33.7")
    assert "target 2026: WTP\n" in shown.stdout  # the target as written, never «WTP Opini» (tester53 P3-8)
    hit = json.loads(run_iki("search", "--json", "IKM 33.7").stdout)["results"][0]
    assert hit["target_text"] == "WTP" and hit["target_2026"] is None


def test_a_catalog_that_would_not_read_back_never_replaces_the_old_one(run_iki, tmp_path, monkeypatch):
    from bot.retrieval import catalog

    assert run_iki("import-renstra", str(write_csv(tmp_path / "first.csv", GOOD))).returncode == 0
    before = (tmp_path / "data" / "renstra.csv").read_text(encoding="utf-8")
    monkeypatch.setattr(catalog, "number_text", lambda value: f"{value:g}x")  # a writer that garbles numbers
    done = run_iki("import-renstra", str(write_csv(tmp_path / "second.csv", GOOD[:3])))
    assert done.returncode == 2 and "katalog lama tetap dipakai" in done.stderr
    assert (tmp_path / "data" / "renstra.csv").read_text(encoding="utf-8") == before
    assert not list((tmp_path / "data").glob("*partial*"))


def test_a_hand_edited_catalog_with_a_bad_row_still_starts(run_iki, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    write_csv(data / "renstra.csv", GOOD + [["IKP", "IKP 19.1", "Polis KAPJ", "1.575e+06", "Orang", "", "Setjen", "uji"],
                                            ["IKX", "rusak", "baris rusak", "", "", "", "", ""]])
    done = run_iki("search", "IKP 19.1")
    assert done.returncode == 0 and "target 2026: 1.575.000 Orang" in done.stdout


def test_import_pdf_annex(run_iki, tmp_path):
    from tests.pdf_annex import annex_pdf

    pages = [[[level, code, name, target, unit, parent, pic] for level, code, name, target, unit, parent, pic, _ in GOOD[:3]],
             [[level, code, name, target, unit, parent, pic] for level, code, name, target, unit, parent, pic, _ in GOOD[3:]]]
    done = run_iki("import-renstra", str(annex_pdf(tmp_path / "lampiran.pdf", pages)))
    assert done.returncode == 0, done.stderr
    assert "6 baris = 5 dibaca + 1 dilewati (cocok)" in done.stderr and "judul kolom yang diulang" in done.stderr
    found = run_iki("search", "--json", "--k", "1", "skrining kesehatan anak sekolah")
    assert json.loads(found.stdout)["results"][0]["code"] == "IKK 5.1.4"


def test_wrong_file_type_or_missing_file(run_iki, tmp_path):
    (tmp_path / "renstra.txt").write_text("x", encoding="utf-8")
    assert ".csv atau .pdf" in run_iki("import-renstra", str(tmp_path / "renstra.txt")).stderr
    missing = run_iki("import-renstra", str(tmp_path / "tidak-ada.csv"))
    assert missing.returncode == 2 and "tidak ditemukan" in missing.stderr


def test_iki_index_rebuilds_on_demand(run_iki):
    first, second = run_iki("index"), run_iki("index")  # the second finds the index current and rebuilds anyway
    assert first.returncode == second.returncode == 0
    assert "Indeks dibangun: 52 indikator" in second.stdout and "indeks indicators" in second.stderr


@pytest.mark.parametrize("name_header", ["Indikator Kinerja", "Uraian Indikator", "Nama IKK", "Nama Indikator (IKK)"])
def test_common_spellings_of_the_name_column_are_read_as_the_name(run_iki, tmp_path, name_header):
    """tester18 #1: «Indikator Kinerja» was not read as the name: 40 nameless rows imported «cocok», search empty."""
    header = ["Tingkat", "Kode", name_header, "Target 2026", "Satuan", "Induk", "Unit Penanggung Jawab", "Sumber"]
    done = run_iki("import-renstra", str(write_csv(tmp_path / "renstra.csv", GOOD, header)))
    assert done.returncode == 0, done.stderr
    assert "tanpa nama indikator" not in done.stderr
    found = run_iki("search", "--json", "--k", "1", "skrining kesehatan anak sekolah")
    hit = json.loads(found.stdout)["results"][0]
    assert hit["code"] == "IKK 5.1.4" and hit["pic"] == "Dit. Yankes Keluarga"


def test_an_import_whose_rows_mostly_have_no_name_stops_before_replacing_the_catalog(run_iki, tmp_path):
    assert run_iki("import-renstra", str(write_csv(tmp_path / "first.csv", GOOD))).returncode == 0
    before = (tmp_path / "data" / "renstra.csv").read_text(encoding="utf-8")
    header = ["Tingkat", "Kode", "Rumusan Kinerja", "Target 2026", "Satuan", "Induk", "PIC", "Sumber"]
    done = run_iki("import-renstra", str(write_csv(tmp_path / "second.csv", GOOD, header)))
    assert done.returncode == 2
    assert "5 dari 5 baris indikator tidak punya nama" in done.stderr
    assert "kolom Nama Indikator tidak ditemukan" in done.stderr and "«Rumusan Kinerja»" in done.stderr
    assert "«indikator kinerja»" in done.stderr and "tidak diubah" in done.stderr
    assert (tmp_path / "data" / "renstra.csv").read_text(encoding="utf-8") == before
    emptied = [row[:2] + [""] + row[3:] for row in GOOD[:4]] + GOOD[4:]
    done = run_iki("import-renstra", str(write_csv(tmp_path / "third.csv", emptied)))
    assert done.returncode == 2 and "4 dari 5 baris" in done.stderr and "kolom «name»" in done.stderr
    assert (tmp_path / "data" / "renstra.csv").read_text(encoding="utf-8") == before


def test_a_share_with_a_count_target_is_read_with_its_thousands_and_noted(run_iki, tmp_path):
    # tester51 P2-8: «Persentase dosen …» with target «1.575.000 orang» was imported without a note
    rows = GOOD + [["IKK", "IKK 6.1.3", "Persentase dosen Poltekkes Kemenkes yang tersertifikasi pendidik",
                    "1.575.000 orang", "", "", "Ditjen SDMK", "uji"],
                   ["IKK", "IKK 6.1.6", "Jumlah lulusan Poltekkes Kemenkes", "1.575.000 orang", "", "", "Ditjen SDMK",
                    "uji"]]
    done = run_iki("import-renstra", str(write_csv(tmp_path / "poltekkes.csv", rows)))
    assert done.returncode == 0, done.stderr
    assert "1 baris persentase dengan target yang bukan persen" in done.stderr and "(baris 7)" in done.stderr
    assert "target berupa teks" not in done.stderr  # the number and its unit, read as such
    hit = json.loads(run_iki("search", "--json", "IKK 6.1.6").stdout)["results"][0]
    assert hit["target_2026"] == 1575000 and hit["unit"] == "orang" and hit["target_text"] is None
