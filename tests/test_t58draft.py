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


def test_mistyped_command_offers_a_button_that_runs_it_with_the_text_typed(engine):
    """F24: «/prma» was answered «Ketik: /prima» with nothing to tap; the button runs the command, words kept."""
    replies = engine.handle("c", "/rhkk Layanan arsip dinamis terkelola sesuai ketentuan")
    buttons = [b for r in replies for b in r.buttons]
    assert [b.label for b in buttons] == ["Jalankan /rhk"], said(replies)
    answered = said(engine.press("c", buttons[0].data))
    assert "belum dikenal" not in answered and "arsip" in answered.lower(), answered


def test_mistyped_command_near_two_offers_both(engine):
    replies = engine.handle("c", "/catatn")
    assert [b.label for r in replies for b in r.buttons][:2] == ["Jalankan /catat", "Jalankan /catatan"], said(replies)
