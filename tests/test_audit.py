"""`iki audit`: lenient headers, a reading report that adds up, per-employee and per-unit figures, reports written."""

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.audit.checking import Distribution, audit
from bot.audit.sheet_reading import read_export
from bot.inputs import OutputError
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


def test_reading_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc

    from bot.inputs import InputError

    source = unit_csv(tmp_path)
    read_export(source)
    assert gc.isenabled()
    gc.disable()
    try:
        read_export(source)
        assert not gc.isenabled()
    finally:
        gc.enable()

    def breaks(rows, total):
        yield next(rows)
        raise InputError("berkas terpotong")

    with pytest.raises(InputError):
        read_export(source, progress=breaks)
    assert gc.isenabled()


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
    weights = {row.bobot for e in employees for row in e.rows}
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
    # tester21a #23: the headers that are read, not a path in the source tree
    assert "judul yang dikenali: IKI/Indikator: «iki», «indikator»" in done.stderr and "columns.yaml" not in done.stderr


def test_a_large_export_keeps_the_html_small(tmp_path):
    from bot.audit.report import write_html

    source = write_export(tmp_path / "ekspor.xlsx", employees=3000, iki_per_employee=10)
    employees, report = read_export(source)
    write_html(audit(employees, report), tmp_path / "audit.html", source.name)
    assert (tmp_path / "audit.html").stat().st_size < 400_000


class RecordedPhase:
    """One phase as a progress bar sees it: label, unit, the total it was given, what was counted."""

    def __init__(self, label: str, unit: str, total: int | None):
        self.label, self.unit, self.total, self.counted, self.open = label, unit, total, 0, False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, *exc):
        self.open = False

    def update(self, n: int = 1) -> None:
        assert self.open, f"{self.label} counted outside its phase"
        self.counted += n


class RecordingProgress:
    def __init__(self):
        self.phases: list[RecordedPhase] = []

    def __call__(self, label: str, unit: str, total: int | None = None) -> RecordedPhase:
        self.phases.append(RecordedPhase(label, unit, total))
        return self.phases[-1]


def test_run_audit_as_a_function_without_progress(tmp_path):
    from bot.audit import run_audit

    source = write_export(tmp_path / "ekspor.xlsx", employees=40, iki_per_employee=6)
    out = tmp_path / "laporan"
    out.mkdir()
    done = run_audit(source, out)
    assert (done.xlsx, done.html) == (out / "audit.xlsx", out / "audit.html")
    assert sorted(p.name for p in out.iterdir()) == ["audit.html", "audit.xlsx"]  # no .partial left behind
    assert list(done.timings) == ["baca", "periksa", "tulis"] and all(s >= 0 for s in done.timings.values())
    assert done.comparison is None and done.workers == 1 and len(done.audit.employees) == 40
    assert done.audit.reading.adds_up and done.audit.reading.source == "ekspor.xlsx"
    book = load_workbook(done.xlsx, read_only=True)
    assert book.sheetnames == ["Ringkasan", "Pegawai", "IKI", "Baris ditolak", "Pembacaan"]
    people = [row[0] for row in book["Pegawai"].iter_rows(min_row=2, values_only=True)]
    assert people == [e.nip or e.nama for e in done.audit.employees]
    assert "Sebaran jumlah IKI per pegawai" in done.html.read_text(encoding="utf-8")


def test_run_audit_tells_the_progress_each_phase_and_what_it_counted(tmp_path):
    from bot.audit import run_audit

    source = write_export(tmp_path / "baru.xlsx", employees=40, iki_per_employee=6)
    old = write_export(tmp_path / "lama.xlsx", employees=30, iki_per_employee=5, seed=8)
    progress = RecordingProgress()
    done = run_audit(source, tmp_path, progress, old=old, workers=1)
    assert [(p.label, p.unit) for p in progress.phases] == [
        ("membaca", " baris"), ("memeriksa", " IKI"), ("membaca (lama)", " baris"), ("memeriksa (lama)", " IKI"),
        ("menulis", " baris")]
    assert not any(p.open for p in progress.phases)
    read, check, read_old, check_old, write = progress.phases
    reading = done.audit.reading
    assert read.counted == read.total == reading.rows_in_file > 0
    assert check.counted == check.total == reading.rows_read
    _, old_reading = read_export(old)
    assert read_old.counted == read_old.total == old_reading.rows_in_file != reading.rows_in_file
    assert check_old.counted == check_old.total == old_reading.rows_read
    book = load_workbook(done.xlsx, read_only=True)
    assert {"Perbandingan unit", "Pegawai masuk-keluar", "IKI ditulis ulang"} <= set(book.sheetnames)
    assert write.total is None and write.counted == sum(sheet.max_row - 1 for sheet in book.worksheets)
    compared = done.comparison
    assert compared.old_name == "lama.xlsx"
    assert compared.matched + len(compared.joined) == len(done.audit.employees) == 40
    assert compared.matched + len(compared.left) == 30


def test_a_failed_write_leaves_the_previous_report_under_the_real_name(tmp_path, monkeypatch):
    from bot.audit import run_audit

    source = write_csv(tmp_path / "ekspor.csv", ["NIP", "Nama", "IKI", "Bobot"], [["1", "Ani", GOOD[0], 100]])
    out = tmp_path / "laporan"
    out.mkdir()
    (out / "audit.xlsx").write_bytes(b"laporan bulan lalu")
    written = []

    def broken_write(result, path, comparison=None, on_rows=None):
        written.append(path)
        path.write_bytes(b"PK setengah")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("bot.audit.xlsx_report.write_xlsx", broken_write)
    with pytest.raises(OutputError, match="disk penuh.*tidak berubah"):
        run_audit(source, out)
    assert written and written[0].name != "audit.xlsx"
    assert (out / "audit.xlsx").read_bytes() == b"laporan bulan lalu" and not (out / "audit.html").exists()


def test_the_range_and_weights_in_every_report_come_from_the_policy(tmp_path, monkeypatch):
    from bot.audit import run_audit
    from bot.audit.report import summary
    from bot.knowledge import policy

    monkeypatch.setattr(policy().iki_count, "min", 4)
    monkeypatch.setattr(policy().iki_count, "max", 12)
    monkeypatch.setattr(policy().weights, "beyond_total", 30)
    source = write_export(tmp_path / "ekspor.xlsx", employees=60, iki_per_employee=6)
    done = run_audit(source, tmp_path, old=source)
    page = done.html.read_text(encoding="utf-8")
    for said in ("Di luar 4–12 IKI", "rentang 4–12", "dalam rentang 4–12 IKI", "di atas 12 perlu", "<th>Di luar 4–12</th>",
                 "(4–12 IKI, berbasis output, bobot Core 100% + Beyond 30%", "pegawai di luar 4–12 IKI"):
        assert said in page, said
    assert 'fill="#2e7d5b"><title>12 IKI' in page and 'fill="#c0392b"><title>13 IKI' in page  # the green band
    assert "Pegawai di luar 4–12 IKI" in summary(done.audit)
    assert "pegawai di luar 4–12 IKI: " in "\n".join(done.comparison.lines())
    book = load_workbook(done.xlsx, read_only=True)
    cells = [str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert "Di luar 4–12" in cells and "pegawai di luar 4–12 IKI (lama)" in cells
    assert not [c for c in cells + [page] if "5–10" in c]


def test_an_employee_whose_only_row_has_no_iki_is_listed_with_none_and_counted(tmp_path):
    # tester9 #22: «Paijo», whose one row had an empty IKI, vanished from «Pegawai» and from the count.
    rows = [["1001", "Ani", "Tim SBBL", "Anggota", text, "100%", "TUSI", 20] for text in GOOD]
    rows += [["1004", "Paijo", "Tim SBBL", "Anggota", "", "", "", ""]]
    employees, report = read_export(write_csv(tmp_path / "u.csv", ["NIP", "Nama", "Unit Kerja", "Peran",
                                                                   "Indikator Kinerja Individu", "Target", "Jenis IKI",
                                                                   "Bobot"], rows))
    assert report.adds_up and [r.row for r in report.skipped_rows] == [7]
    result = audit(employees, report)
    paijo = next(e for e in result.employees if e.nama == "Paijo")
    assert len(result.employees) == 2 and paijo.count == 0 and paijo.count_flag == "kurang"


def test_an_unreadable_value_names_its_field_once(tmp_path):
    employees, report = read_export(unit_csv(tmp_path))
    reasons = [r.why for r in audit(employees, report).dropped]
    assert any("bobot «dua puluh» bukan angka" in why for why in reasons)
    assert not any("bobot bobot" in why or " or " in why for why in reasons)
    # tester17 #5: the jenis choices as users write them, never code ids (pilihan: 'core_cl', 'core_tusi' …)
    jenis = next(why for why in reasons if why.startswith("jenis"))
    assert "pilihan: Core CL, Core TUSI, Core MI atau Beyond" in jenis and "core_" not in jenis


def test_weights_written_as_fractions_are_named_so(tmp_path):
    # tester17 #5: Lina Marlina's 0.4, 0.3 … were only «bobot salah».
    from bot.audit.xlsx_report import issues

    weights = [0.1, 0.4, 0.2, 0.2, 0.1]
    rows = [["1001", "Lina", "Biro Umum", "Anggota", text, "100%", "Core MI" if i == 0 else "TUSI", weights[i]]
            for i, text in enumerate(GOOD)]
    rows += [["1002", "Budi", "Biro Umum", "Anggota", text, "100%", "Core MI" if i == 0 else "TUSI", 30]
             for i, text in enumerate(GOOD)]
    employees, report = read_export(write_csv(tmp_path / "u.csv", ["NIP", "Nama", "Unit Kerja", "Peran",
                                                                   "Indikator Kinerja Individu", "Target", "Jenis IKI",
                                                                   "Bobot"], rows))
    lina, budi = audit(employees, report).employees
    assert any(said.startswith("bobot salah") and said.endswith("(tertulis sebagai pecahan? 0,4 = 40%)")
               for said in issues(lina))
    # «Jumlah sertifikat …» with a 100% target: its unit is said too (tester51 P3-1)
    assert issues(budi) == ["bobot salah: Core 150% — salah: Core 150%, bukan 100% (panduan: Core 100%)",
                            "satuan tidak cocok: IKI 5"]


def test_the_iki_sheet_names_each_finding_beside_its_code(tmp_path):
    # tester11 #14: «Temuan (galat)» held only English codes (REPORT_COUNT, NO_MEASURE), no name a bureau reads.
    from bot.audit import run_audit
    from bot.knowledge import category_label

    source = write_csv(tmp_path / "ekspor.csv", ["NIP", "Nama", "Indikator Kinerja Individu", "Target"],
                       [["1", "Ani", "Jumlah laporan monitoring imunisasi", "12 dokumen"]])
    (tmp_path / "laporan").mkdir()
    run_audit(source, tmp_path / "laporan")
    rows = list(load_workbook(tmp_path / "laporan" / "audit.xlsx", read_only=True)["IKI"].iter_rows(values_only=True))
    found = rows[0].index("Temuan (galat)")
    assert f"REPORT_COUNT ({category_label('REPORT_COUNT')})" in rows[1][found]


@pytest.mark.parametrize("header", ["Unit Kerja Eselon II", "Unit Eselon I/II", "Satker", "Unit Organisasi"])
def test_a_unit_header_naming_its_level_is_the_unit_column(tmp_path, header):
    # tester19 #8: «Unit Kerja Eselon II» was left unread and every employee fell into «(tanpa unit)».
    path = write_csv(tmp_path / "u.csv", ["NIP", "Nama", header, "Indikator"],
                     [["1001", "Ani", "Direktorat Kesling", GOOD[0]], ["1002", "Budi", "Direktorat P2P", GOOD[1]]])
    employees, report = read_export(path)
    assert [e.unit for e in employees] == ["Direktorat Kesling", "Direktorat P2P"]
    assert not report.unknown_columns and not any("kolom unit" in note for note in report.notes)


def test_an_export_without_a_unit_column_says_so_and_what_to_do(tmp_path):
    path = write_csv(tmp_path / "u.csv", ["NIP", "Nama", "Wilayah", "Indikator"],
                     [["1001", "Ani", "Direktorat Kesling", GOOD[0]], ["1002", "Budi", "Direktorat P2P", GOOD[1]]])
    employees, report = read_export(path)
    assert {e.unit for e in employees} == {"(tanpa unit)"}
    said = "\n".join(report.lines())
    assert "tidak ada kolom unit: semua pegawai dianggap satu unit" in said
    assert "«Wilayah»" in said and "«unit kerja»" in said and "jalankan audit lagi" in said


def _kesling(tmp_path: Path) -> Path:
    """tester19 #10, #11: one unit; Hendra's Beyond is 10, not 20; Rina's SKP is mostly activities; Yuliana has a
    duplicate and two activities."""
    header = ["NIP", "Nama", "Unit Kerja", "Peran", "Indikator", "Target", "Jenis", "Bobot"]
    good = GOOD[1:] + ["Persentase TTU yang memenuhi syarat kesehatan"]
    rows = [["1001", "Hendra", "Dit Kesling", "Anggota", t, "80%", "Core MI" if i == 0 else "TUSI", 10 if i == 0 else 30]
            for i, t in enumerate([GOOD[0]] + good[:3])]
    rows += [["1001", "Hendra", "Dit Kesling", "Anggota", good[3], "80%", "Beyond", 10]]
    activities = ["Melaksanakan rapat koordinasi kesling", "Menyusun laporan kegiatan kesling",
                  "Melakukan monev kualitas air", "Sosialisasi STBM"]
    rows += [["1002", "Rina", "Dit Kesling", "Anggota", t, "4", "Core MI" if i == 0 else "TUSI", 10 if i == 0 else 22.5]
             for i, t in enumerate([GOOD[0]] + activities)]
    texts = [GOOD[0], good[0], good[0], activities[0], activities[1]]
    rows += [["1003", "Yuliana", "Dit Kesling", "Ketua Tim", t, "80%", "Core MI" if i == 0 else "TUSI",
              10 if i == 0 else 22.5] for i, t in enumerate(texts)]
    return write_csv(tmp_path / "kesling.csv", header, rows)


def test_wrong_weights_say_the_totals_per_group_and_the_guidance(tmp_path):
    from bot.audit.xlsx_report import issues

    hendra = next(e for e in audit(*read_export(_kesling(tmp_path))).employees if e.nama == "Hendra")
    assert "bobot salah: Core 100%, Beyond 10% — salah: Beyond 10%, bukan 20% (panduan: Core 100%, Beyond 20%)" \
        in issues(hendra)


def test_the_reports_label_shares_of_employees_and_roles_in_words(tmp_path):
    from bot.audit import run_audit
    from bot.audit.report import summary

    source = _kesling(tmp_path)
    said = summary(audit(*read_export(source)))
    assert "pegawai dengan «IKI ganda»: 33,3%" in said and "; IKI ganda:" not in said
    (tmp_path / "laporan").mkdir()
    run_audit(source, tmp_path / "laporan")
    people = list(load_workbook(tmp_path / "laporan" / "audit.xlsx", read_only=True)["Pegawai"].iter_rows(values_only=True))
    peran = people[0].index("Peran")
    assert [row[peran] for row in people[1:]] == ["Anggota", "Anggota", "Ketua Tim"]


def test_the_most_activity_based_employee_leads_those_needing_help(tmp_path):
    from bot.audit.report import write_html

    write_html(audit(*read_export(_kesling(tmp_path))), tmp_path / "audit.html", "kesling.csv")
    page = (tmp_path / "audit.html").read_text(encoding="utf-8")
    people = page[page.index("paling perlu didampingi"):]
    assert people.index("Rina") < people.index("Yuliana") < people.index("Hendra")


def test_identity_on_each_employees_first_row_only_carries_down_to_their_other_rows(tmp_path):
    # tester21a #1: units write NIP and name on an employee's first IKI row and leave the cells below blank (not
    # merged); every other row was dropped as «NIP dan nama kosong» and each employee counted with one IKI.
    header = ["NIP", "Nama", "Jabatan", "Indikator Kinerja Individu", "Target", "Jenis IKI", "Bobot"]
    rows = [["1001", "Ani", "Analis", GOOD[0], "85", "Core MI", 10]]
    rows += [["", "", "", text, "100%", "TUSI", 22.5] for text in GOOD[1:]]
    rows += [["", "", "", "Jumlah Bobot", "", "", 100],  # a total under her rows: not an IKI, and it ends her rows
             ["", "", "", "Melakukan rapat", "1", "TUSI", 10],  # below the total: nobody's
             ["1002", "Budi", "Kepala Subbag", GOOD[1], "100%", "TUSI", 50],
             ["", "", "", GOOD[2], "100%", "TUSI", 50],
             ["", "", "", "", "", "", ""],
             ["", "", "", "Melakukan monev", "4", "TUSI", 10]]  # after a blank row: nobody's
    employees, report = read_export(write_csv(tmp_path / "u.csv", header, rows))
    assert report.adds_up and report.rows_read == 7
    assert {e.nama: len(e.rows) for e in employees} == {"Ani": 5, "Budi": 2}
    assert report.skipped["baris jumlah (bukan IKI)"] == 1 and [r.row for r in report.skipped_rows] == [7, 8, 12]
    assert any("5 baris tanpa NIP dan nama dibaca sebagai IKI pegawai di baris atasnya" in note for note in report.notes)
    # tester21a #19: lines under the table (place and date, a signature) are no IKI lost
    signed = write_csv(tmp_path / "signed.csv", header, rows[:5] + [["", "", "", "", "", "Makassar, 10 Januari 2026", ""],
                                                                    ["", "", "", "", "", "Kepala Balai", ""]])
    _, signed_report = read_export(signed)
    assert signed_report.skipped["tanpa NIP, nama dan IKI (catatan, tempat dan tanggal, atau tanda tangan di bawah tabel)"] == 2
    ani = next(e for e in audit(employees, report).employees if e.nama == "Ani")
    assert ani.count == 5 and not ani.count_flag


def test_a_jabatan_peran_column_is_read_and_a_leader_is_known_by_the_jabatan(tmp_path):
    # tester21a #6: «Jabatan/Peran» was left unread and «Kepala Balai» audited as Anggota, flagged below 5 IKI.
    header = ["NIP", "Nama", "Unit Kerja", "Jabatan/Peran", "Indikator Kinerja Individu", "Target", "Jenis IKI", "Bobot"]
    rows = [["1001", "Fitri", "Balai", "Kepala Balai", text, "100%", "TUSI", 30] for text in GOOD[1:4]]
    rows += [["1002", "Ani", "Balai", "Ketua Tim Kerja Mutu", text, "100%", "TUSI", 20] for text in GOOD]
    rows += [["1003", "Budi", "Balai", "Pranata Laboratorium Kesehatan", text, "100%", "TUSI", 20] for text in GOOD]
    employees, report = read_export(write_csv(tmp_path / "u.csv", header, rows))
    assert "Jabatan/Peran" not in report.unknown_columns
    assert any(note.startswith("tidak ada kolom peran: peran dibaca dari jabatan") for note in report.notes)
    result = {e.nama: e for e in audit(employees, report).employees}
    assert [result[n].peran for n in ("Fitri", "Ani", "Budi")] == ["pimpinan_unit", "ketua_tim", "anggota"]
    assert result["Fitri"].jabatan == "Kepala Balai" and not result["Fitri"].count_flag


def test_a_nip_that_is_not_18_digits_is_named_in_the_reading_report(tmp_path):
    # tester21a #7: a 17-digit NIP and one with a letter passed silently; the report goes back to the unit to fix.
    header = ["NIP", "Nama", "Unit Kerja", "Indikator Kinerja Individu", "Target", "Jenis IKI", "Bobot"]
    nips = ["198001012005011001", "19800101 200501 1 002", "19800101200501100", "19800101200501100X",
            "198001012005011005"]
    rows = [[nip, f"Pegawai {i}", "Balai", GOOD[1], "100%", "TUSI", 100] for i, nip in enumerate(nips)]
    employees, report = read_export(write_csv(tmp_path / "u.csv", header, rows))
    note = next(note for note in report.notes if note.startswith("kolom NIP:"))
    assert "2 pegawai dengan NIP yang bukan 18 angka" in note
    assert "baris 4 (Pegawai 2: «19800101200501100», 17 angka)" in note and "«19800101200501100X»" in note
    # A column of other ids is no NIP column: nothing said.
    rows = [[str(1001 + i), f"Pegawai {i}", "Balai", GOOD[1], "100%", "TUSI", 100] for i in range(3)]
    employees, report = read_export(write_csv(tmp_path / "ids.csv", header, rows))
    assert not any(note.startswith("kolom NIP:") for note in report.notes)


def test_a_mistyped_nip_under_one_employees_name_and_unit_is_that_employee(tmp_path):
    # tester58 F21: one row of «Andi Saputra» with a 17-digit NIP made a 16th person; a namesake elsewhere stays apart.
    header = ["NIP", "Nama", "Unit Kerja", "Indikator Kinerja Individu", "Target", "Jenis IKI", "Bobot"]
    rows = [["198001012006041001", "Andi Saputra", "Balai A", GOOD[1], "100%", "TUSI", 50],
            ["19800101200604100", "andi  saputra", "Balai A", GOOD[1] + " II", "100%", "TUSI", 50],
            ["197901012006041002", "Budi", "Balai A", GOOD[1], "100%", "TUSI", 100],
            ["19790101200604100", "Andi Saputra", "Balai B", GOOD[1], "100%", "TUSI", 100]]
    employees, report = read_export(write_csv(tmp_path / "u.csv", header, rows))
    by_nip = {e.nip: e for e in employees}
    assert len(employees) == 3 and [r.row for r in by_nip["198001012006041001"].rows] == [2, 3]
    note = next(note for note in report.notes if "digabung" in note)
    assert "baris 3 (andi  saputra: «19800101200604100»)" in note and "Balai B" not in note
    assert "19790101200604100" in by_nip  # another unit: a different person, still named as a wrong NIP


def test_iki_check_given_a_units_table_points_to_iki_audit(run_iki, tmp_path):
    # tester21a #18: «iki check unit.csv» answered «baris 1: bukan JSON yang valid» line after line.
    table = write_csv(tmp_path / "unit.csv", ["NIP", "Nama", "Indikator"], [["1", "A", GOOD[1]]])
    done = run_iki("check", str(table))
    assert done.returncode == 2 and f"jalankan «iki audit {table}»" in done.stderr and "baris 1" not in done.stderr


def test_a_parent_code_stored_as_a_number_is_read_as_the_code_and_an_ambiguous_one_is_said(tmp_path):
    """team29: a parent column holding 5.1 as a number dropped every such row's parent with «parent harus berupa
    teks»; 5.10 is stored as 5.1 too, so where the file also names 5.10 the report says the code is not certain."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["NIP", "Nama", "Unit Kerja", "Peran", "Indikator Kinerja Individu", "Target", "Jenis IKI", "Bobot",
                  "Kode Indikator Induk"])
    for text, parent in zip(GOOD, [5.1, 5.1, 2, "5.10", "5.1.1"]):
        sheet.append(["1001", "Ani", "Tim SBBL", "Anggota", text, "100%", "Core CL", 20, parent])
    book.save(tmp_path / "u.xlsx")
    employees, report = read_export(tmp_path / "u.xlsx")
    assert [row.parent for row in employees[0].rows] == ["5.1", "5.1", "2", "5.10", "5.1.1"]
    result = audit(employees, report)
    assert not [r for r in result.dropped if "parent" in r.why]
    note = next(n for n in report.notes if n.startswith("kolom induk"))
    assert "3 baris" in note and "«5.1» bisa juga kode 5.10" in note and "Teks" in note
