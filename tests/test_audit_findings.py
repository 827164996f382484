"""`iki audit` as the Biro OSDM reads it back per person (tester51 Persona 3, P2-9): every error that makes an IKI
need fixing reaches the employee's row, /ekspor files read whatever /profil holds, one person counted once."""

from openpyxl import load_workbook

from bot.audit.checking import audit
from bot.audit.report import summary
from bot.audit.run import run_audit
from bot.audit.sheet_reading import read_export
from bot.audit.xlsx_report import issues
from tests.test_audit import write_csv

HEADER = ["NIP", "Nama", "Unit Kerja", "Indikator Kinerja Individu", "Target", "Satuan", "Jenis IKI", "Bobot (%)"]
CLEAN = [("Persentase rekomendasi hasil monev yang ditindaklanjuti", "90", "%", "Core TUSI", 22.5),
         ("Persentase peserta pelatihan yang mencapai nilai post-test minimal 80", "85", "%", "Core TUSI", 22.5),
         ("Persentase usulan BMHP yang diverifikasi tepat waktu", "90", "%", "Core TUSI", 22.5),
         ("Persentase keluhan pasien yang ditindaklanjuti dalam 3 hari kerja", "90", "%", "Core TUSI", 22.5),
         ("Nilai Indeks Profesionalitas ASN", "85", "nilai", "Core MI", 10)]


def _rows(nip: str, nama: str, iki) -> list[list]:
    return [[nip, nama, "Poli Rawat Jalan", *row] for row in iki]


def _unit(tmp_path):
    putri = [("Persentase semua pasien yang diidentifikasi dengan benar", "", "%", "Core TUSI", 22.5),
             ("Persentase injeksi yang selalu sesuai SOP", "95", "%", "Core TUSI", 22.5), *CLEAN[2:]]
    kevin = [("Percentage of outpatient queue system uptime", "99", "%", "Core TUSI", 22.5), *CLEAN[1:]]
    rows = (_rows("199001012020122001", "Ns. Putri Ayu", putri) + _rows("199001012020121002", "Kevin", kevin)
            + _rows("199001012020122003", "Sari", CLEAN))
    return write_csv(tmp_path / "rawat_jalan.csv", HEADER, rows, delimiter=",")


def test_errors_other_than_activity_reach_the_employees_row_and_the_headline(tmp_path):
    source = _unit(tmp_path)
    result = audit(*read_export(source), workers=1)
    putri, kevin, sari = result.employees
    assert putri.activity == 0 and putri.other_errors == {"ABSOLUTE": [1, 2], "MISSING_TARGET": [1]}
    assert kevin.other_errors == {"LANGUAGE": [1]} and sari.other_errors == {}
    said = summary(result)
    assert "IKI dengan galat lain (selain IKI kegiatan): 3 IKI pada 2 pegawai (66,7% pegawai)" in said
    assert "target mutlak 2" in said and "target bukan angka 1" in said and "IKI berbahasa Inggris 1" in said
    out = tmp_path / "laporan"
    out.mkdir()
    run_audit(source, out, workers=1)
    people = list(load_workbook(out / "audit.xlsx", read_only=True)["Pegawai"].iter_rows(values_only=True))
    notes = {row[1]: row[people[0].index("Catatan")] for row in people[1:]}
    counted = {row[1]: row[people[0].index("IKI dengan galat lain (selain IKI kegiatan)")] for row in people[1:]}
    assert notes["Ns. Putri Ayu"] == "target mutlak: IKI 1 dan 2; target bukan angka: IKI 1"
    assert notes["Kevin"] == "IKI berbahasa Inggris: IKI 1"
    assert not notes["Sari"] and counted == {"Ns. Putri Ayu": 2, "Kevin": 1, "Sari": 0}
    page = (out / "audit.html").read_text(encoding="utf-8")
    assert "<td>Ns. Putri Ayu</td><td>Poli Rawat Jalan</td><td>5</td><td>0,0%</td><td>target mutlak: IKI 1 dan 2" in page


def test_an_ekspor_file_without_a_profile_name_is_audited_apart_and_named_by_its_file(tmp_path, capsys):
    from bot.cli import main
    from bot.models import Pegawai
    from tests.test_audit_forms import exported

    unit = tmp_path / "ekspor"
    unit.mkdir()
    exported(unit, "skp-ditetapkan-v1.xlsx", Pegawai())  # /profil never filled: Nama «…», NIP «…»
    exported(unit, "skp-ditetapkan-v1-b.xlsx", Pegawai())
    exported(unit, "dewi-skp-ditetapkan-v1.xlsx", Pegawai(nama="Dewi Lestari", unit="Balai Labkesmas"))
    employees, report = read_export(unit / "skp-ditetapkan-v1.xlsx")
    assert [(e.nama, len(e.rows)) for e in employees] == [("tanpa nama (skp-ditetapkan-v1.xlsx)", 3)]
    assert report.adds_up and any("isi /profil" in note for note in report.notes)
    assert main(["audit", str(unit), "--out", str(tmp_path / "lap"), "--workers", "1"]) == 0
    printed = capsys.readouterr().out
    assert "Audit SKP: 3 pegawai, 9 IKI" in printed  # the two without a name kept apart, the signatures no IKI
    assert "«tanpa nama (skp-ditetapkan-v1-b.xlsx)»" in printed


def test_a_leaders_team_file_beside_a_members_own_counts_the_member_once(tmp_path, capsys):
    import os

    from bot.cli import main
    from bot.models import IkiDraft, Pegawai, SkpDraft
    from bot.skp.export import team_workbook
    from tests.test_audit_forms import IKI, exported

    folder = tmp_path / "ekspor"
    folder.mkdir()
    andi = Pegawai(nama="Andi Saputra, S.Kep", unit="Ruang Melati")
    skp = SkpDraft(iki=[IkiDraft(indikator=t, target=g, jenis=j, bobot=b) for t, g, j, b in IKI], pegawai=andi)
    team = folder / "skp-tim-tim.xlsx"
    team.write_bytes(team_workbook([(Pegawai(), "Ketua Tim", "", SkpDraft()), (andi, "Anggota", "", skp)]))
    own = exported(folder, "andi-saputra-s-kep-skp-ditetapkan-v2.xlsx", andi)
    os.utime(team, (own.stat().st_mtime + 60,) * 2)  # the team file newer: the member's own file still wins
    assert main(["audit", str(folder), "--out", str(tmp_path / "lap"), "--workers", "1"]) == 0
    printed = capsys.readouterr().out
    assert "Audit SKP: 1 pegawai, 3 IKI" in printed and "pegawai dengan «IKI ganda»: 0,0%" in printed
    assert ("Andi Saputra, S.Kep (skp-tim-tim.xlsx dan andi-saputra-s-kep-skp-ditetapkan-v2.xlsx): dibaca sekali, "
            "dari andi-saputra-s-kep-skp-ditetapkan-v2.xlsx (berkas pegawai itu sendiri); 3 baris IKI di "
            "skp-tim-tim.xlsx tidak dihitung") in printed
    assert "(cocok)" in printed and "TIDAK COCOK" not in printed


def test_one_export_cut_into_two_files_keeps_a_person_split_across_them_whole(tmp_path):
    from tests.test_audit_forms import read_exports

    rows = _rows("199001012020122003", "Sari", CLEAN)
    first = write_csv(tmp_path / "bagian1.csv", HEADER, rows[:2], delimiter=",")
    second = write_csv(tmp_path / "bagian2.csv", HEADER, rows[2:], delimiter=",")
    employees, report = read_exports([first, second])
    assert [(e.nama, len(e.rows)) for e in employees] == [("Sari", 5)] and report.adds_up


def test_a_jenis_written_with_its_short_form_in_brackets_is_read(tmp_path):
    # tester51 P3-7: «Beyond (BYD)» was «jenis nilainya tidak dikenal» and the employee counted under «IKI tanpa jenis»
    from bot.models import Category, Jenis, read_jenis

    iki = [*CLEAN[:3], ("Jumlah inovasi layanan poli yang diterapkan", "1", "inovasi", "Beyond (BYD)", 10),
           (CLEAN[3][0], "90", "%", "Core TUSI", 22.5), CLEAN[4]]
    source = write_csv(tmp_path / "u.csv", HEADER, _rows("199001012020122003", "Sari", iki), delimiter=",")
    result = audit(*read_export(source), workers=1)
    assert not result.dropped and not result.employees[0].has(Category.UNTAGGED)
    assert read_jenis("Beyond (BYD)") is Jenis.beyond and read_jenis("Core TUSI (tugas dan fungsi)") is Jenis.core_tusi
    assert read_jenis("Core TUSI (CL)") == "core tusi (cl)"  # two jenis named: never one picked


def test_a_finding_the_satuan_alone_brings_is_named_as_the_unit(tmp_path):
    # tester51 P3-3: «Persentase rekomendasi … yang ditindaklanjuti» under Satuan «kali» was «kegiatan · REPORT_COUNT»,
    # though the text alone passes `iki check`: the unit column is what to fix
    rewritten = "Persentase rekomendasi rapat koordinasi poli yang ditindaklanjuti"
    iki = [(rewritten, "90", "kali", "Core TUSI", 22.5), ("Jumlah laporan rapat koordinasi poli", "12", "%", "Core TUSI",
                                                          22.5), *CLEAN[2:]]
    source = write_csv(tmp_path / "u.csv", HEADER, _rows("199001012020122003", "Budi", iki), delimiter=",")
    out = tmp_path / "laporan"
    out.mkdir()
    result = run_audit(source, out, workers=1).audit
    budi = result.employees[0]
    assert [(v.activity, v.errors) for v in budi.iki[:2]] == [(False, "UNIT_MISMATCH"),
                                                              (True, "REPORT_COUNT, UNIT_MISMATCH")]
    rows = list(load_workbook(out / "audit.xlsx", read_only=True)["IKI"].iter_rows(min_row=2, values_only=True))
    assert rows[0][4:7] == (rewritten, "output", "UNIT_MISMATCH (satuan tidak cocok)")
    assert "satuan tidak cocok: IKI 1 dan 2" in issues(budi)


def test_texts_rewritten_to_output_under_an_old_unit_count_as_rewritten_in_the_comparison(tmp_path):
    # tester51 P3-3: Budi's 4 IKI rewritten, the Satuan still «kali»: «1 IKI ditulis ulang dari kegiatan ke output»
    before = [("Melaksanakan rapat koordinasi poli", "12", "kali", "Core TUSI", 45),
              ("Membantu pelaksanaan survei kepuasan pasien", "2", "kali", "Core TUSI", 45), CLEAN[4]]
    after = [("Persentase rekomendasi rapat koordinasi poli yang ditindaklanjuti", "90", "kali", "Core TUSI", 45),
             ("Persentase rekomendasi survei kepuasan pasien yang ditindaklanjuti", "80", "kali", "Core TUSI", 45),
             CLEAN[4]]
    old = write_csv(tmp_path / "januari.csv", HEADER, _rows("199001012020121002", "Budi", before), delimiter=",")
    new = write_csv(tmp_path / "juni.csv", HEADER, _rows("199001012020121002", "Budi", after), delimiter=",")
    out = tmp_path / "laporan"
    out.mkdir()
    result = run_audit(new, out, old=old, workers=1)
    assert result.audit.all.activity_share == 0 and result.audit.employees[0].other_errors == {"UNIT_MISMATCH": [1, 2]}
    assert "2 IKI ditulis ulang dari kegiatan ke output" in result.comparison.lines()[0]
