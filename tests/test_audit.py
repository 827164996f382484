"""`iki audit`: lenient headers, every unreadable row reported, per-employee and per-unit figures, reports written."""

import csv
from pathlib import Path

from openpyxl import load_workbook

from bot.audit.analysis import Distribution, audit
from bot.audit.reading import read_sheet
from bot.models import Category
from evals.unit_export import write_export

GOOD = ["Nilai Indeks Profesionalitas ASN", "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti",
        "Persentase peserta webinar SBBL yang mencapai nilai post-test minimal 80",
        "Persentase ketersediaan usulan BMHP pendukung SBBL", "Jumlah sertifikat hasil kalibrasi alat kesehatan"]


def write_csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def unit_csv(tmp_path: Path) -> Path:
    rows = [["1001", "Ani", "Tim SBBL", "Anggota", text, "100%", "Core MI" if i == 0 else "TUSI", 10 if i == 0 else 22.5]
            for i, text in enumerate(GOOD)]
    rows += [["1002", "Budi", "Tim SBBL", "Anggota", "Melakukan monev SBBL", "4", "TUSI", 100]]
    rows += [["", "", "Tim SBBL", "Anggota", "Melakukan rapat", "1", "TUSI", 10],  # no employee: rejected
             ["1003", "Citra", "Tim Hukum", "Ketua Tim", "", "", "", ""],  # no IKI: rejected
             ["1003", "Citra", "Tim Hukum", "Ketua Tim", "Jumlah laporan kegiatan", "12", "inti", "dua puluh"]]
    return write_csv(tmp_path / "unit.csv", ["N I P", "Nama Pegawai", "Unit Kerja", "Peran", "Indikator Kinerja Individu",
                                             "Target", "Jenis IKI", "Bobot (%)"], rows)


def test_lenient_headers_and_every_bad_row_reported(tmp_path):
    sheet = read_sheet(unit_csv(tmp_path))
    assert len(sheet.rows) == 7
    assert [r.row for r in sheet.rejected] == [8, 9]
    assert [r.row for r in sheet.dropped_values] == [10]  # jenis "inti" and bobot "dua puluh" unreadable, IKI kept


def test_per_employee_and_unit_figures(tmp_path):
    result = audit(read_sheet(unit_csv(tmp_path)))
    ani, budi, citra = sorted(result.employees, key=lambda e: e.employee)
    assert ani.count == 5 and ani.activity == 0 and not ani.count_flag
    assert [f.category for f in ani.result.findings] == [Category.BEYOND_MISSING]
    assert budi.count == 1 and budi.count_flag == "kurang" and budi.activity_share == 1.0
    assert budi.has(Category.MANDATORY_MISSING)
    assert citra.peran == "ketua_tim" and citra.activity == 1
    units = {u.unit: u for u in result.units}
    assert set(units) == {"Tim SBBL", "Tim Hukum"} and units["Tim SBBL"].iki == 6


def test_distribution_finds_outliers():
    d = Distribution.of({"a": 8, "b": 9, "c": 10, "d": 9, "e": 92, "f": 1, "g": 8})
    assert (d.minimum, d.median, d.maximum) == (1, 9, 92) and set(d.outliers) == {"e", "f"}


def test_cli_writes_both_reports_and_a_summary(run_iki, tmp_path):
    source = write_export(tmp_path / "ekspor.xlsx", employees=40, iki_per_employee=6)
    done = run_iki("audit", str(source), "--out", str(tmp_path / "laporan"))
    assert done.returncode == 0, done.stderr
    assert "Audit SKP: 40 pegawai" in done.stdout and "IKI berbasis kegiatan" in done.stdout
    page = (tmp_path / "laporan" / "audit.html").read_text(encoding="utf-8")
    assert "<svg" in page and "Sebaran jumlah IKI per pegawai" in page
    book = load_workbook(tmp_path / "laporan" / "audit.xlsx", read_only=True)
    assert book.sheetnames == ["Ringkasan", "Pegawai", "IKI", "Baris ditolak"]


def test_unreadable_files_are_explained(run_iki, tmp_path):
    (tmp_path / "x.txt").write_text("a", encoding="utf-8")
    assert "format berkas" in run_iki("audit", str(tmp_path / "x.txt")).stderr
    no_iki = write_csv(tmp_path / "tanpa.csv", ["NIP", "Nama"], [["1", "A"]])
    done = run_iki("audit", str(no_iki))
    assert done.returncode == 2 and "tidak ada kolom IKI" in done.stderr
