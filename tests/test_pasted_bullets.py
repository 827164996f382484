"""Word bullets pasted as «•<TAB>text» read as bullets on every line, never as a cell of their own (tester9 #19)."""

import pytest

from bot.lang.text import clean_lines


@pytest.mark.parametrize("bullet", ["•", "▪", "◦", "\uf0b7", "-", "a)"])
def test_a_bullet_cell_is_dropped_on_every_line(bullet):
    pasted = f"1.\tJumlah sampel yang diperiksa\n{bullet}\tJumlah rapat koordinasi\n{bullet}\tMenyusun SOP pemeriksaan"
    assert clean_lines(pasted).splitlines() == ["Jumlah sampel yang diperiksa", "Jumlah rapat koordinasi",
                                               "Menyusun SOP pemeriksaan"]


def test_a_numbered_spreadsheet_row_keeps_its_fields():
    assert clean_lines("12\tPersentase sampel\t95\t%\tCore TUSI\t30") == "Persentase sampel, 95 %, Core TUSI 30"


def test_a_pasted_line_with_its_target_jenis_and_weight_written_without_commas_keeps_none_in_the_iki(engine):
    # tester21a #2: «… 95% core tusi bobot 40» kept «95% core tusi» in the IKI (and its RHK, the leader's card, the
    # export) with no target and no jenis; with commas it was read.
    said = "\n".join(r.text for r in engine.handle("u", "\n".join([
        "1. Persentase alat lab terkalibrasi tepat waktu 95% core tusi bobot 40",
        "2. Jumlah sertifikat kalibrasi alat yg terbit 120 sertifikat core tusi bobot 50",
        "3. Nilai Indeks Profesionalitas ASN 80 core MI bobot 10"])))
    assert "1. Persentase alat lab terkalibrasi tepat waktu (target 95%, Core TUSI, bobot 40%)" in said
    assert "2. Jumlah sertifikat kalibrasi alat yang terbit (target 120 sertifikat, Core TUSI, bobot 50%)" in said
    assert "3. Nilai Indeks Profesionalitas ASN (target 80, Core MI, bobot 10%)" in said


def test_a_first_bullet_naming_work_without_a_measure_word_is_a_line_of_the_list():
    # d5-rekammedis01: the first bullet, its marker taken off, was dropped as an intro line
    from bot.conversation.iki_list import read_list

    pasted = read_list("kelengkapan pengisian resume medis pasien pulang\n"
                       "pengembalian berkas RM rawat inap tepat waktu\n"
                       "Persentase klaim BPJS pending karena koding\n"
                       "penyediaan berkas rekam medis rawat jalan ≤ 10 menit")
    assert [line.listed.text for line in pasted.lines][0] == "kelengkapan pengisian resume medis pasien pulang"
    assert len(pasted.lines) == 4


def test_a_first_line_in_the_words_of_an_intro_stays_the_intro():
    from bot.conversation.iki_list import read_list

    pasted = read_list("ini IKI sy tahun lalu\nkelengkapan pengisian resume medis pasien pulang\n"
                       "pengembalian berkas RM rawat inap tepat waktu\nPersentase klaim BPJS pending karena koding\n"
                       "penyediaan berkas rekam medis rawat jalan ≤ 10 menit")
    assert [line.listed.text for line in pasted.lines][0] == "kelengkapan pengisian resume medis pasien pulang"
