"""`iki audit NEW --compare OLD`: employees matched by NIP however written; joined, left, rewritten, unchanged."""

from openpyxl import load_workbook

from bot.audit.checking import audit
from bot.audit.compare import compare
from bot.audit.sheet_reading import read_export
from tests.test_audit import write_csv

HEADER = ["NIP", "Nama", "Unit", "IKI", "Target", "Jenis", "Bobot"]
GOOD = ["Nilai Indeks Profesionalitas ASN", "Persentase dokumen perencanaan yang disetujui tepat waktu",
        "Persentase usulan BMHP yang terpenuhi", "Jumlah sertifikat hasil kalibrasi alat kesehatan",
        "Persentase pegawai yang mengikuti pelatihan teknis"]


def employee(nip: str, nama: str, unit: str, texts: list[str]) -> list[list]:
    weights = [10] + [90 / (len(texts) - 1)] * (len(texts) - 1)
    return [[nip, nama, unit, t, "100%", "MI" if i == 0 else "TUSI", round(w, 2)] for i, (t, w) in enumerate(zip(texts, weights))]


def exports(tmp_path):
    old = (employee("199001012020121001", "Ani", "Tim SBBL", GOOD[:4] + ["Melakukan monitoring dan evaluasi SBBL"])
           + employee("00123", "Budi", "Tim SBBL", GOOD)
           + employee("199201012020122002", "Citra", "Tim Hukum", GOOD)  # leaves
           + employee("'199301012020121003", "Dedi", "Tim Hukum", GOOD[:4] + ["Melaksanakan rapat koordinasi hukum"]))
    new = (employee("1990 0101 2020 12 1 001", "Ani", "Tim SBBL",  # spaces
                    GOOD[:4] + ["Persentase rekomendasi hasil monitoring dan evaluasi SBBL yang ditindaklanjuti"])
           + employee("123", "Budi", "Tim SBBL", GOOD)  # a number cell that lost its leading zeros
           + employee("199301012020121003", "Dedi", "Tim Hukum", GOOD[:4] + ["Melaksanakan rapat koordinasi hukum"])
           + employee("199401012020122004", "Eka", "Tim Hukum", GOOD))  # joins
    return write_csv(tmp_path / "lama.csv", HEADER, old), write_csv(tmp_path / "baru.csv", HEADER, new)


def audited(path):
    return audit(*read_export(path))


def test_compare_matches_messy_nips_and_lists_joined_left_rewritten_unchanged(tmp_path):
    old_path, new_path = exports(tmp_path)
    result = compare(audited(old_path), audited(new_path), old_path.name, new_path.name)
    assert result.matched == 3
    assert [e.nama for e in result.joined] == ["Eka"] and [e.nama for e in result.left] == ["Citra"]
    assert result.unchanged == 2  # Budi and Dedi
    assert [(r.nama, r.before) for r in result.rewritten] == [("Ani", "Melakukan monitoring dan evaluasi SBBL")]
    assert "ditindaklanjuti" in result.rewritten[0].after
    units = {u.unit: u for u in result.units}
    assert len(units["Tim SBBL"].rewritten) == 1 and units["Tim SBBL"].new.activity < units["Tim SBBL"].old.activity
    assert result.new.activity < result.old.activity
    assert result.sentence().startswith("Dibanding lama.csv, kementerian") and "mendekati pedoman" in result.sentence()


def test_compare_moving_away_from_the_guidance_says_so(tmp_path):
    old_path, new_path = exports(tmp_path)
    result = compare(audited(new_path), audited(old_path), new_path.name, old_path.name)
    assert "menjauh dari pedoman" in result.sentence()


def test_cli_compare_writes_paired_bars_and_sheets(run_iki, tmp_path):
    old_path, new_path = exports(tmp_path)
    done = run_iki("audit", str(new_path), "--compare", str(old_path), "--out", str(tmp_path / "laporan"))
    assert done.returncode == 0, done.stderr
    assert "Perbandingan dengan lama.csv: 3 pegawai cocok (NIP), 1 masuk, 1 keluar" in done.stdout
    assert "IKI berbasis kegiatan:" in done.stdout and "poin" in done.stdout and "kementerian" in done.stdout
    page = (tmp_path / "laporan" / "audit.html").read_text(encoding="utf-8")
    assert "ekspor lama" in page and "IKI yang ditulis ulang" in page and "Melakukan monitoring" in page
    book = load_workbook(tmp_path / "laporan" / "audit.xlsx", read_only=True)
    assert {"Perbandingan unit", "Pegawai masuk-keluar", "IKI ditulis ulang"} <= set(book.sheetnames)
    moved = [r for r in book["Pegawai masuk-keluar"].iter_rows(values_only=True)][1:]
    assert sorted((r[0], r[2]) for r in moved) == [("keluar", "Citra"), ("masuk", "Eka")]


def test_a_one_unit_comparison_speaks_of_that_unit_not_the_ministry(tmp_path):
    # tester19 #10: a Direktorat's two exports were said to move «the ministry» toward the guidance.
    old = employee("1001", "Ani", "Dit Kesling", GOOD[:4] + ["Melakukan monitoring dan evaluasi SBBL"])
    new = employee("1001", "Ani", "Dit Kesling", GOOD[:4] + ["Persentase rekomendasi monev SBBL yang ditindaklanjuti"])
    old_path, new_path = write_csv(tmp_path / "lama.csv", HEADER, old), write_csv(tmp_path / "baru.csv", HEADER, new)
    sentence = compare(audited(old_path), audited(new_path), old_path.name, new_path.name).sentence()
    assert sentence.startswith("Dibanding lama.csv, unit «Dit Kesling» bergerak") and "kementerian" not in sentence
