"""A question outside the guidance typed right after a pasted list (tester59 F2): the words it shares with a line
never make it a question about that line; «di luar pedoman», no passage, no source."""

import pytest

from tests.talk import said

LIST = """IKI\ttarget
Penyusunan laporan keuangan semester\t2 laporan
Melakukan rekonsiliasi kas dengan bendahara\t12 kali
Persentase tagihan yang dibayar tepat waktu\t95%
Rapat koordinasi anggaran dengan PPK\t12 kali
Nilai IP ASN\t80"""

OUTSIDE = "di luar pedoman"


@pytest.mark.parametrize("question", [
    "eh iya, tunjangan kinerja pranata keuangan kelas 7 berapa sih sekarang?",
    "oh ya uang lembur utk rapat koordinasi anggaran itu diitung ga ya?",
])
def test_an_outside_question_after_a_list_is_outside_the_guidance(engine, question):
    engine.handle("u", LIST)
    text = said(engine.handle("u", question))
    assert OUTSIDE in text and "Sumber" not in text and "Sifat:" not in text and "kegiatan, bukan hasil" not in text


def test_an_outside_question_while_a_saved_lines_field_is_asked_is_outside_too(engine):
    engine.handle("u", LIST)
    engine.handle("u", "simpan no 3")
    text = said(engine.handle("u", "btw tukin kelas 7 brp ya skrg?"))
    assert OUTSIDE in text and "Sumber" not in text


def test_a_line_about_that_subject_is_still_asked_about_by_its_words(engine):
    # a kepegawaian officer's own line names «kenaikan pangkat»: a question naming it is that line's
    engine.handle("u", "Melakukan verifikasi usulan kenaikan pangkat\nPersentase SK yang terbit tepat waktu\n"
                       "Nilai IP ASN")
    text = said(engine.handle("u", "yg verifikasi usulan kenaikan pangkat itu knp salah?"))
    assert OUTSIDE not in text and "kenaikan pangkat" in text
