"""`iki audit` on the files a unit sends: the /ekspor workbooks (one person each, identity above the table), several
of them or their folder audited as one, and a form's blank «…» never taken for a NIP (tester24 #1, #3)."""

from pathlib import Path

from bot.audit.checking import audit
from bot.audit.sheet_reading import read_export, read_exports
from bot.cli import main
from bot.models import IkiDraft, Jenis, Pegawai, SkpDraft
from bot.skp.export import skp_workbook

IKI = [("Persentase sampel rujukan yang diperiksa sesuai standar waktu", "95%", Jenis.core_tusi, 45),
       ("Persentase hasil uji yang dilaporkan ke SILKES tepat waktu", "90%", Jenis.core_tusi, 45),
       ("Nilai Indeks Profesionalitas ASN", "85", Jenis.core_mi, 10)]


def exported(folder: Path, name: str, pegawai: Pegawai, iki=IKI) -> Path:
    """One member's /ekspor workbook, as the chat writes it."""
    skp = SkpDraft(iki=[IkiDraft(indikator=t, target=g, jenis=j, bobot=b) for t, g, j, b in iki], pegawai=pegawai)
    path = folder / name
    path.write_bytes(skp_workbook(skp))
    return path


def test_an_ekspor_workbook_is_read_with_the_identity_above_its_table(tmp_path):
    path = exported(tmp_path, "dewi.xlsx", Pegawai(nama="Dewi Lestari", nip="199002152023212001",
                                                  jabatan="Pranata Laboratorium Kesehatan Ahli Pertama",
                                                  unit="Balai Labkesmas Makassar"))
    employees, report = read_export(path)
    assert [(e.nama, e.nip, e.unit, len(e.rows)) for e in employees] == [
        ("Dewi Lestari", "199002152023212001", "Balai Labkesmas Makassar", 3)]
    assert report.adds_up and report.rows_read == 3
    assert "NIP dan nama kosong: IKI ini tidak bisa dikaitkan ke pegawai" not in report.skipped  # the signatures
    assert any("formulir SKP" in note for note in report.notes)


def test_a_unit_folder_of_ekspor_files_is_one_audit_and_blank_nips_merge_no_one(tmp_path, capsys):
    unit = tmp_path / "balai"
    unit.mkdir()
    exported(unit, "dewi.xlsx", Pegawai(nama="Dewi Lestari", nip="199002152023212001", unit="Balai Labkesmas"))
    # no NIP in /profil: the file says «NIP …»; three such people stay three
    exported(unit, "kevin.xlsx", Pegawai(nama="Kevin Pratama", unit="Balai Labkesmas"))
    exported(unit, "hendra.xlsx", Pegawai(nama="dr. Hendra Wijaya", jabatan="Ketua Tim Lab Rujukan",
                                          unit="Balai Labkesmas"), IKI[:2])
    exported(unit, "rahmat.xlsx", Pegawai(nama="Rahmat Hidayat", unit="Balai Labkesmas"))
    employees, report = read_exports(sorted(unit.iterdir()))
    assert sorted((e.nama, len(e.rows)) for e in employees) == [
        ("Dewi Lestari", 3), ("Kevin Pratama", 3), ("Rahmat Hidayat", 3), ("dr. Hendra Wijaya", 2)]
    assert report.adds_up and len(report.parts) == 4
    result = audit(employees, report, workers=1)
    assert len(result.employees) == 4
    assert main(["audit", str(unit), "--out", str(tmp_path / "lap"), "--workers", "1"]) == 0
    printed = capsys.readouterr().out
    assert "Audit SKP: 4 pegawai, 11 IKI" in printed and "Pembacaan 4 berkas" in printed
    assert main(["audit", str(unit / "dewi.xlsx"), str(unit / "kevin.xlsx"), "--out", str(tmp_path / "lap2"),
                 "--workers", "1"]) == 0
    assert "Audit SKP: 2 pegawai, 6 IKI" in capsys.readouterr().out


def test_a_blank_mark_in_the_nip_column_is_no_nip(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("NIP,Nama,Unit,Indikator,Target,Jenis,Bobot\n"
                    "…,Cici,Balai X,Persentase sampel darah yang diuji tepat waktu,95%,Core TUSI,90\n"
                    "-,Dodi,Balai X,Nilai IP ASN,85,Core MI,10\n", encoding="utf-8")
    employees, _ = read_export(path)
    assert [(e.nama, len(e.rows)) for e in employees] == [("Cici", 1), ("Dodi", 1)]


def test_compare_takes_a_folder_of_ekspor_files_and_matches_a_blank_nip_by_name(tmp_path, capsys):
    """tester24 #21c: exports whose rows carry names but no NIP (every /ekspor whose /profil lacks it) gave «0 pegawai
    cocok (NIP)»; a NIP filled in /profil since then, or a folder of last year's files, must still match."""
    old, new = tmp_path / "lama", tmp_path / "baru"
    old.mkdir()
    new.mkdir()
    exported(old, "kevin.xlsx", Pegawai(nama="Kevin Pratama", unit="Balai Labkesmas"))
    exported(old, "dewi.xlsx", Pegawai(nama="Dewi Lestari", unit="Balai Labkesmas"))  # NIP not yet in /profil
    exported(old, "sari.xlsx", Pegawai(nama="Sari", nip="199101012020122001", unit="Balai Labkesmas"))
    exported(new, "kevin.xlsx", Pegawai(nama="Kevin Pratama", unit="Balai Labkesmas"))
    exported(new, "dewi.xlsx", Pegawai(nama="Dewi Lestari", nip="199002152023212001", unit="Balai Labkesmas"))
    exported(new, "sari.xlsx", Pegawai(nama="Sari", nip="199101012020122002", unit="Balai Labkesmas"))  # another Sari
    assert main(["audit", str(new), "--compare", str(old), "--out", str(tmp_path / "lap"), "--workers", "1"]) == 0
    printed = capsys.readouterr().out
    assert "2 pegawai cocok (NIP), 1 masuk, 1 keluar" in printed, printed
    assert "1 pegawai tanpa NIP di salah satu ekspor dicocokkan lewat nama" in printed


def test_an_ekspor_form_without_a_unit_says_to_fill_it_in_profil_never_to_rename_columns(tmp_path):
    # tester26 #16: «ganti judulnya («No», «Arah target», «Data awal (baseline)» …) menjadi … «unit kerja»» for a
    # one-person /ekspor file whose /profil had no Unit kerja
    path = exported(tmp_path, "dewi.xlsx", Pegawai(nama="Dewi Lestari", nip="199002152023212001"))
    notes = " ".join(read_export(path)[1].notes)
    assert "isi Unit kerja di /profil, lalu /ekspor ulang" in notes and "ganti judulnya" not in notes


def test_a_broken_or_empty_file_in_a_unit_folder_is_named_and_the_rest_audited(tmp_path, capsys):
    """tester56 F5: one bad file of many never stops the unit's audit; the report names it, the exit status says so."""
    import openpyxl

    unit = tmp_path / "puskesmas"
    unit.mkdir()
    exported(unit, "ani.xlsx", Pegawai(nama="Ani Rahayu", nip="199105052019022003", unit="Puskesmas Cempaka"))
    (unit / "absensi.xlsx").write_text("nama;jam masuk\nAni;07.30\n", encoding="utf-8")  # a CSV renamed
    openpyxl.Workbook().save(unit / "belum-diisi.xlsx")  # a workbook with no cell filled
    employees, report = read_exports(sorted(unit.iterdir()))
    assert [e.nama for e in employees] == ["Ani Rahayu"] and report.adds_up
    assert sorted(part.source for part in report.unread) == ["absensi.xlsx", "belum-diisi.xlsx"]
    lines = report.lines()
    assert any(line.strip().startswith("absensi.xlsx: tidak terbaca") and ".csv" in line for line in lines)
    out = tmp_path / "lap"
    assert main(["audit", str(unit), "--out", str(out), "--workers", "1"]) == 3
    assert "2 berkas tidak terbaca" in capsys.readouterr().err
    rejected = [row for row in openpyxl.load_workbook(out / "audit.xlsx")["Baris ditolak"].iter_rows(
        min_row=2, values_only=True) if row[0] == "(berkas)"]
    assert sorted(row[1].split(":")[0] for row in rejected) == ["absensi.xlsx", "belum-diisi.xlsx"]
    # every file unreadable: nothing to audit, nothing written
    for path in unit.glob("ani.xlsx"):
        path.unlink()
    assert main(["audit", str(unit), "--out", str(tmp_path / "lap2"), "--workers", "1"]) == 2
    assert not (tmp_path / "lap2").exists()
