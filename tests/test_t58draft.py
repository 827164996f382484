"""tester58's drafting findings, each phrased unlike the tester's message: an outside answer carrying no «pertanyaan
tentang pedoman» note and naming who keeps the system asked about (F22)."""

import pytest

from tests.talk import said


@pytest.mark.parametrize("message, keeper", [
    pytest.param("akun SAKTI saya terkunci, siapa yang bisa buka?", "admin/operator SAKTI", id="sakti-locked"),
    pytest.param("kata sandi SIMRS sy lupa, gimana ya", "SIMRS atau IT", id="simrs-password"),
])
def test_outside_question_names_the_keeper_of_the_system(engine, message, keeper):
    text = said(engine.handle("o", message))
    assert "di luar pedoman" in text and keeper in text, text
    assert "Saya anggap ini pertanyaan" not in text, text


def test_outside_question_without_a_keeper_keeps_the_general_pointer(engine):
    text = said(engine.handle("o", "tunjangan kinerja bulan ini kapan dibayar?"))
    assert "di luar pedoman" in text and "bagian kepegawaian" in text, text
    assert "Saya anggap ini pertanyaan" not in text and "SAKTI" not in text, text
