"""The audit as a reviewer reads it (tester56 F24): a person without a NIP is named, the IKI sheet names each row's
file when several files are audited, every IKI alike in one SKP is flagged (not only the first pair), a form's
signature block is no rejected row, the assistant's own side sheets are said as what they are, numbers read as
Indonesian writes them."""

import openpyxl

from bot.audit import run_audit
from bot.audit.report import summary
from bot.audit.sheet_reading import read_export, read_exports
from bot.models import Pegawai
from tests.test_audit_forms import exported

HEADER = ["NIP", "Nama", "Jabatan", "Unit kerja", "Peran", "Indikator", "Target", "Satuan", "Jenis IKI", "Bobot"]
UNIT = "Puskesmas Sukamaju"


def rekap(path, rows):
    book = openpyxl.Workbook()
    book.active.title = "Rekap"
    book.active.append(HEADER)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def person(nip, nama, texts, bobot=None):
    weights = bobot or [90 // len(texts)] * len(texts)
    return [[nip, nama, "Bidan Ahli Pertama", UNIT, "anggota", t, 90, "%", "Core TUSI", w] for t, w in zip(texts, weights)] \
        + [[nip, nama, "Bidan Ahli Pertama", UNIT, "anggota", "Nilai Indeks Profesionalitas ASN", 80, "Nilai", "Core MI", 10]]


POSYANDU = [f"Persentase balita posyandu {n} yang ditimbang setiap bulan" for n in ("satu", "dua")]
DESA = [f"Persentase ibu hamil desa {n} yang mendapat pelayanan antenatal sesuai standar" for n in range(1, 6)]
OWN = ["Persentase sasaran imunisasi yang dilayani sesuai jadwal",
       "Persentase kunjungan nifas yang tercatat lengkap", "Persentase rujukan maternal yang tepat waktu",
       "Persentase kelas ibu hamil yang terlaksana sesuai rencana"]


def test_a_person_without_a_nip_is_named_with_their_rows(tmp_path):
    path = rekap(tmp_path / "rekap.xlsx", person("199201012019022001", "Rina", OWN) + person(None, "Yuli Astuti", OWN))
    _, report = read_export(path)
    note = next(n for n in report.notes if "NIP kosong" in n)
    assert "Yuli Astuti (baris 7–11)" in note and "isi NIP" in note and "Rina" not in note


def test_every_iki_alike_in_one_skp_is_flagged_and_the_iki_sheet_names_the_file(tmp_path):
    unit = tmp_path / "unit"
    unit.mkdir()
    rekap(unit / "bidan.xlsx", person("199201012019022001", "Rina", DESA))
    exported(unit, "ani.xlsx", Pegawai(nama="Ani Rahayu", nip="199105052019022003", unit=UNIT))
    (tmp_path / "lap").mkdir()
    done = run_audit(sorted(unit.iterdir()), tmp_path / "lap", workers=1)
    sheet = openpyxl.load_workbook(done.xlsx)["IKI"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, r)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    twins = {r["Baris"]: r["IKI ganda"] for r in rows if r["IKI ganda"]}
    assert sorted(twins) == [2, 3, 4, 5, 6]  # five villages, not the first two only
    assert twins[2] == "sama dengan baris 3–6" and twins[4] == "sama dengan baris 2, 3 dan 5, 6"
    assert header[0] == "Berkas" and {r["Berkas"] for r in rows if r["Nama"] == "Rina"} == {"bidan.xlsx"}


def test_a_forms_signature_block_and_side_sheets_are_said_as_what_they_are(tmp_path):
    path = exported(tmp_path, "ani.xlsx", Pegawai(nama="Ani Rahayu", nip="199105052019022003", unit=UNIT))
    book = openpyxl.load_workbook(path)
    book.create_sheet("Catatan Harian").append(["Tanggal", "Uraian", "RHK", "IKI", "Kuantitas"])
    book["Catatan Harian"].append(["2026-02-03", "timbang balita posyandu", "", "IKI 1", 30])
    book.save(path)
    _, report = read_export(path)
    assert report.adds_up and not report.skipped_rows  # the place, date and signatures are no rejected rows
    assert any("tanda tangan" in why for why in report.skipped)
    assert not any("judul kolom yang dikenali" in n for n in report.notes)
    assert any("«Catatan Harian»" in n and "bukan daftar IKI" in n for n in report.notes)


def test_the_median_is_written_as_indonesian_writes_it(tmp_path):
    rows = person("199201012019022001", "Rina", OWN) + person("199201012019022002", "Sari", OWN[:3] + POSYANDU[:1] +
                                                               ["Persentase bumil KEK yang mendapat PMT"],
                                                               [18] * 5)
    employees, report = read_exports([rekap(tmp_path / "a.xlsx", rows)])
    from bot.audit.checking import audit

    printed = summary(audit(employees, report, workers=1))
    assert "median 5,5" in printed and "median 5.5" not in printed
