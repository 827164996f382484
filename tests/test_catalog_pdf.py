"""Reading a catalog: the regulation's PDF annex as planners hold it (multi-page tables, repeated headers, names and
codes wrapped across lines or pages, merged cells), numbers written back exactly, and a report whose counts add up.
The PDFs are written here, in the annex's shape (tests/pdf_annex.py)."""

import pytest

from bot.inputs import InputError
from bot.lang.numbers import parse_number
from bot.retrieval.catalog import number_text, read_catalog
from tests.pdf_annex import annex_pdf

LONG = ("Persentase kabupaten/kota yang melaksanakan pengendalian faktor risiko penyakit tidak menular secara terpadu "
        "di seluruh puskesmas")


@pytest.fixture
def annex(tmp_path):
    pages = [
        [[("SASARAN STRATEGIS 33: TATA KELOLA", {"colspan": 7}), None, None, None, None, None, None],
         [("IKK", {"rowspan": 2}), "IKK 33.4.13", "Opini BPK atas laporan keuangan", "WTP", "", "ISS 33",
          ("Sekretariat Jenderal", {"rowspan": 2})],
         [None, "IKK 33.4.14", LONG, "1.575.000", "Orang", "ISS 33", None],
         ["IKK", "IKK 33.4.15", "Nilai Reformasi Birokrasi Direktorat Jenderal", "90", "%", "ISS 33", "Setjen"]],
        [["", "", "Kesehatan Primer dan Komunitas", "", "", "", ""],  # the name above, carried onto this page
         ["IKP", "IKP 5.1", "", "", "", "ISS 5", "Dit. Kesga"],
         ["IKX", "IKX 1", "tingkat salah", "", "", "", "X"]],
    ]
    return annex_pdf(tmp_path / "lampiran.pdf", pages)


def test_a_pdf_annex_is_read_across_pages_with_every_row_accounted_for(annex):
    reading = read_catalog(annex)
    rows = {i.code: i for i in reading.indicators}
    assert list(rows) == ["IKK 33.4.13", "IKK 33.4.14", "IKK 33.4.15", "IKP 5.1"]
    assert rows["IKK 33.4.14"].name == LONG  # wrapped inside its cell, joined back with single spaces
    assert rows["IKK 33.4.15"].name == "Nilai Reformasi Birokrasi Direktorat Jenderal Kesehatan Primer dan Komunitas"
    assert rows["IKK 33.4.14"].level == "IKK" and rows["IKK 33.4.14"].pic == "Sekretariat Jenderal"  # merged cells
    assert rows["IKK 33.4.13"].target_text == "WTP" and rows["IKK 33.4.13"].target_2026 is None
    assert rows["IKK 33.4.14"].target_2026 == 1_575_000
    assert rows["IKP 5.1"].name == ""  # kept: found by its code only
    assert reading.rows_in_file == 8 and reading.adds_up
    report = "\n".join(reading.lines())
    for expected in ("8 baris = 4 dibaca + 4 dilewati (cocok)", "judul kelompok", "judul kolom yang diulang",
                     "lanjutan baris di atasnya", "baris 9 (halaman 2), kolom level: «IKX»", "tanpa nama indikator",
                     "target berupa teks", "kolom «Tingkat»: 1 sel gabungan", "kolom «PIC»: 1 sel gabungan"):
        assert expected in report, expected


def test_a_code_wrapped_in_a_narrow_column_is_joined_back(tmp_path):
    rows = [["IKK", "IKK 33.4.13", "Nilai Reformasi Birokrasi Direktorat Jenderal", "92,16", "%", "ISS 33", "Setjen"],
            ["IKD", "IKD 16.5.10", "Persentase kelengkapan rekam medis dalam 24 jam", "90", "%", "IKP 16.5", "RS"]]
    pdf = annex_pdf(tmp_path / "sempit.pdf", [rows], widths=(12, 7, 90, 18, 14, 14, 40))  # "IKK 33.4." + "13"
    reading = read_catalog(pdf)
    assert [i.code for i in reading.indicators] == ["IKK 33.4.13", "IKD 16.5.10"]
    assert reading.indicators[0].target_2026 == 92.16


def test_a_pdf_without_a_table_says_what_to_do(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Lampiran ini hasil pindaian: hanya teks, tanpa tabel.")
    pdf.output(str(tmp_path / "pindaian.pdf"))
    with pytest.raises(InputError, match="tidak ada tabel yang terbaca"):
        read_catalog(tmp_path / "pindaian.pdf")


def test_a_file_called_pdf_that_is_not_one(tmp_path):
    (tmp_path / "katalog.pdf").write_text("level,code\nIKK,IKK 5.1.1\n", encoding="utf-8")
    with pytest.raises(InputError, match="bukan PDF"):
        read_catalog(tmp_path / "katalog.pdf")


@pytest.mark.parametrize("value, written", [(1_575_000, "1.575.000"), (63.5, "63,5"), (0.875, "0,875"), (99.7, "99,7"),
                                            (800_000_000, "800.000.000"), (1575.5, "1.575,5"), (4, "4"),
                                            (0.0000001, "0,0000001")])
def test_numbers_are_written_as_the_ministry_writes_them_and_read_back_exactly(value, written):
    assert number_text(value) == written and parse_number(written) == value
