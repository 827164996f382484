"""`iki audit`: lenient headers, a reading report that adds up, per-employee and per-unit figures, reports written."""

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.audit.checking import Distribution, audit
from bot.audit.sheet_reading import read_export
from bot.models import Category
from evals.unit_export import header_aliases, write_export

GOOD = ["Nilai Indeks Profesionalitas ASN", "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti",
        "Persentase peserta webinar SBBL yang mencapai nilai post-test minimal 80",
        "Persentase ketersediaan usulan BMHP pendukung SBBL", "Jumlah sertifikat hasil kalibrasi alat kesehatan"]


def write_csv(path: Path, header: list[str], rows: list[list], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def unit_csv(tmp_path: Path) -> Path:
    rows = [["1001", "Ani", "Tim SBBL", "Anggota", text, "100%", "Core MI" if i == 0 else "TUSI", 10 if i == 0 else 22.5]
            for i, text in enumerate(GOOD)]
    rows += [["1002", "Budi", "Tim SBBL", "Anggota", "Melakukan monev SBBL", "4", "TUSI", 100]]
    rows += [["", "", "Tim SBBL", "Anggota", "Melakukan rapat", "1", "TUSI", 10],  # no employee: skipped
             ["1003", "Citra", "Tim Hukum", "Ketua Tim", "", "", "", ""],  # no IKI: skipped
             ["1003", "Citra", "Tim Hukum", "Ketua Tim", "Jumlah laporan kegiatan", "12", "inti", "dua puluh"],
             ["", "", "", "", "", "", "", ""]]  # empty: skipped, counted
    return write_csv(tmp_path / "unit.csv", ["N I P", "Nama Pegawai", "Unit Kerja", "Peran", "Indikator Kinerja Individu",
                                             "Target", "Jenis IKI", "Bobot (%)"], rows)


def test_lenient_headers_and_a_reading_report_that_adds_up(tmp_path):
    employees, report = read_export(unit_csv(tmp_path))
    assert report.rows_read == 7 and report.rows_in_file == 10 and report.adds_up
    assert [r.row for r in report.skipped_rows] == [8, 9]
    assert report.skipped["baris kosong"] == 1
    assert "10 baris data = 7 dibaca + 3 dilewati (cocok)" in report.lines()[0]
    result = audit(employees, report)
    assert [r.row for r in result.dropped] == [10]  # jenis "inti" and bobot "dua puluh" unreadable, IKI kept


def test_per_employee_and_unit_figures(tmp_path):
    employees, report = read_export(unit_csv(tmp_path))
    result = audit(employees, report)
    ani, budi, citra = sorted(result.employees, key=lambda e: e.employee)
    assert ani.count == 5 and ani.activity == 0 and not ani.count_flag
    assert ani.categories == {"BEYOND_MISSING"}
    assert budi.count == 1 and budi.count_flag == "kurang" and budi.activity_share == 1.0
    assert budi.has(Category.MANDATORY_MISSING)
    assert citra.peran == "ketua_tim" and citra.activity == 1
    units = {u.unit: u for u in result.units}
    assert set(units) == {"Tim SBBL", "Tim Hukum"} and units["Tim SBBL"].iki == 6


def test_parallel_check_gives_the_same_audit_as_serial(tmp_path, monkeypatch):
    monkeypatch.setattr("bot.audit.checking.CHUNK_ROWS", 200)  # several chunks from a small export
    source = write_export(tmp_path / "ekspor.xlsx", employees=300, iki_per_employee=6)
    employees, report = read_export(source)
    serial, parallel = audit(employees, report, workers=1), audit(employees, report, workers=2)
    assert parallel.workers == 2
    assert [(e.employee, e.categories, e.iki) for e in serial.employees] == \
           [(e.employee, e.categories, e.iki) for e in parallel.employees]


def test_distribution_finds_outliers():
    d = Distribution.of({"a": 8, "b": 9, "c": 10, "d": 9, "e": 92, "f": 1, "g": 8})
    assert (d.minimum, d.median, d.maximum) == (1, 9, 92) and set(d.outliers) == {"e", "f"}


@pytest.mark.parametrize("variant", range(max(len(v) for v in header_aliases().values())))
def test_generated_export_with_every_header_variant_reads_whole(tmp_path, variant):
    source = write_export(tmp_path / f"v{variant}.xlsx", employees=30, iki_per_employee=5, variant=variant)
    employees, report = read_export(source)
    assert report.adds_up and report.rows_read == report.rows_in_file and not report.unknown_columns
    assert len(employees) == 30


def test_generated_messy_values_are_read_as_written(tmp_path):
    source = write_export(tmp_path / "ekspor.xlsx", employees=200, iki_per_employee=6)
    employees, report = read_export(source)
    weights = {row[7] for e in employees for row in e.rows}
    # 10 written as 10, 0.1 in a percent cell, "10 %", "10%": all one weight; never 0.1
    assert 10.0 in weights and 0.1 not in weights and "10 %" in weights
    result = audit(employees, report)
    assert result.share(lambda e: e.has(Category.WEIGHT_TOTAL)) < 0.05  # only "sepuluh" and odd counts
    assert len(employees) == 200  # NIPs as text, with spaces, apostrophes or lost digits: one person each


def test_the_same_export_as_csv_and_xlsx_gives_the_same_audit(tmp_path):
    results = []
    for name in ("ekspor.csv", "ekspor.xlsx"):
        employees, report = read_export(write_export(tmp_path / name, employees=150, iki_per_employee=7))
        # Keyed by name: a CSV keeps an 18-digit NIP whole where the workbook stored it as a number and lost digits.
        results.append([(e.nama, e.categories, e.iki) for e in audit(employees, report).employees])
    assert results[0] == results[1]


def test_cli_writes_both_reports_and_a_summary(run_iki, tmp_path):
    source = write_export(tmp_path / "ekspor.xlsx", employees=40, iki_per_employee=6)
    done = run_iki("audit", str(source), "--out", str(tmp_path / "laporan"))
    assert done.returncode == 0, done.stderr
    assert "Audit SKP: 40 pegawai" in done.stdout and "IKI berbasis kegiatan" in done.stdout
    assert "dibaca" in done.stdout and "(cocok)" in done.stdout
    for phase in ("membaca", "memeriksa", "menulis"):
        assert phase in done.stderr
    page = (tmp_path / "laporan" / "audit.html").read_text(encoding="utf-8")
    assert "<svg" in page and "Sebaran jumlah IKI per pegawai" in page and "Pembacaan berkas" in page
    book = load_workbook(tmp_path / "laporan" / "audit.xlsx", read_only=True)
    assert book.sheetnames == ["Ringkasan", "Pegawai", "IKI", "Baris ditolak", "Pembacaan"]
    people = list(book["Pegawai"].iter_rows(values_only=True))
    assert len(people) == 41


def test_unreadable_files_are_explained(run_iki, tmp_path):
    (tmp_path / "x.pdf").write_text("a", encoding="utf-8")
    assert "format berkas" in run_iki("audit", str(tmp_path / "x.pdf")).stderr
    no_iki = write_csv(tmp_path / "tanpa.csv", ["NIP", "Nama"], [["1", "A"]])
    done = run_iki("audit", str(no_iki))
    assert done.returncode == 2 and "tidak ada kolom IKI" in done.stderr


def test_a_large_export_keeps_the_html_small(tmp_path):
    from bot.audit.report import write_html

    source = write_export(tmp_path / "ekspor.xlsx", employees=3000, iki_per_employee=10)
    employees, report = read_export(source)
    write_html(audit(employees, report), tmp_path / "audit.html", source.name)
    assert (tmp_path / "audit.html").stat().st_size < 400_000
