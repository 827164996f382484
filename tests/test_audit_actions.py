"""The audit says what to do, not only what is wrong (tester59 F27): each employee's actions in a «Tindakan» column
and their place in a «Prioritas» order; a wrong-weights note names what differs after the sums; refused rows in the
file's order."""

from openpyxl import load_workbook

from bot.audit import run_audit
from bot.audit.checking import audit
from bot.audit.sheet_reading import read_export
from bot.audit.xlsx_report import actions, issues, priorities
from tests.test_audit import write_csv

HEAD = ["NIP", "Nama", "Unit", "IKI", "Target", "Jenis", "Bobot"]
OK = [("Persentase SPM yang diverifikasi tepat waktu", "95%", "Core TUSI", 30),
      ("Persentase laporan keuangan yang rekonsiliasi tepat waktu", "100%", "Core TUSI", 20),
      ("Jumlah rekomendasi perbaikan SPJ yang ditindaklanjuti", "12 rekomendasi", "Core TUSI", 20),
      ("Persentase tagihan yang dibayar sesuai jadwal", "95%", "Core TUSI", 20),
      ("Nilai IP ASN", "80", "Core MI", 10)]


def _rows(nip: str, name: str, iki) -> list[list]:
    return [[nip, name, "Bagian Keuangan", text, target, jenis, weight] for text, target, jenis, weight in iki]


def _unit(tmp_path):
    rows = _rows("1", "Rudi", OK)
    rows += _rows("2", "Sinta", [(f"Menginput data SPJ kegiatan {n}", "12 kali", "Core TUSI", 8) for n in range(1, 13)])
    rows += _rows("3", "Tono", [*OK[:4], (OK[4][0], OK[4][1], OK[4][2], None)])  # IP ASN without a weight
    # a row kept without its value, then one refused whole: the sheet lists them by row, not by how refused
    rows += [["4", "Umi", "Bagian Keuangan", "Persentase SPM yang dibayar", "95%", "Core TUSI", "abc"],
             ["", "", "Bagian Keuangan", "Persentase SPM …", "95%", "Core TUSI", 10]]
    return write_csv(tmp_path / "unit.csv", HEAD, rows)


def test_each_employee_is_told_what_to_do_in_order_of_need(tmp_path):
    result = audit(*read_export(_unit(tmp_path)))
    by_name = {e.nama: e for e in result.employees}
    sinta = actions(by_name["Sinta"])
    assert sinta[0] == "kurangi ke ≤10 IKI (kini 12)" and "tambah IP ASN" in sinta
    assert any(a.startswith("tulis ulang") and "IKI kegiatan jadi hasil" in a for a in sinta)
    assert "beri bobot 1 IKI" in actions(by_name["Tono"]) and actions(by_name["Rudi"]) == []
    ranks = priorities(result.employees)
    assert ranks[by_name["Sinta"].employee] == 1 and by_name["Rudi"].employee not in ranks


def test_wrong_weights_name_what_differs_after_the_sums(tmp_path):
    tono = next(e for e in audit(*read_export(_unit(tmp_path))).employees if e.nama == "Tono")
    said = next(i for i in issues(tono) if i.startswith("bobot salah"))
    assert said.index("Core 90%") < said.index("— salah:") and "1 IKI belum diberi bobot" in said, said


def test_the_sheets_hold_the_actions_and_the_refused_rows_in_order(tmp_path):
    out = tmp_path / "laporan"
    out.mkdir()
    run_audit(_unit(tmp_path), out, workers=1)
    book = load_workbook(out / "audit.xlsx", read_only=True)
    people = list(book["Pegawai"].iter_rows(values_only=True))
    head = people[0]
    assert head.index("Prioritas") < head.index("Tindakan") < head.index("Catatan")
    sinta = next(row for row in people if row[1] == "Sinta")
    assert sinta[head.index("Prioritas")] == 1 and "tambah IP ASN" in sinta[head.index("Tindakan")]
    refused = [row[0] for row in book["Baris ditolak"].iter_rows(min_row=2, values_only=True)]
    assert len(refused) == 2 and refused == sorted(refused), refused
