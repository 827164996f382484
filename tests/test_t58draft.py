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


def test_rhk_stem_of_an_output_and_its_passive_is_output_based():
    """F9: «Fornas yang ditetapkan» has no activity verb: it is the RHK's own result, never «berbasis kegiatan»."""
    from bot.skp.rhk import plan_rhk

    plan = plan_rhk("Pedoman akreditasi yang disahkan")
    assert plan.verdict is None and plan.drafts and plan.drafts[0].startswith("Pedoman akreditasi disahkan"), plan


@pytest.mark.parametrize("typed, name", [
    pytest.param("Menyusun Riskesdas provinsi", "Riskesdas", id="syllable-name"),
    pytest.param("Menetapkan fornas tahun ini", "Fornas", id="typed-lower"),
])
def test_rewrite_keeps_a_name_opening_the_text_capitalised(typed, name):
    from bot.models import IkiDraft
    from bot.rewrite import rewrite

    candidates = rewrite(IkiDraft(indikator=typed)).candidates
    assert candidates and all(f" {name} " in c.indikator for c in candidates), candidates


def test_rewrite_keeps_a_bracketed_list_whole_and_the_watched_ward():
    """F8: «(IDO, ISK, VAP, phlebitis)» was cut to its first item and «di ruang rawat inap» lost."""
    from bot.models import IkiDraft
    from bot.rewrite import rewrite

    typed = "surveilans infeksi (ISK, VAP, plebitis) di ruang ICU tiap hari"
    candidates = rewrite(IkiDraft(indikator=typed)).candidates
    assert candidates, candidates
    for c in candidates:
        assert "(ISK, VAP, plebitis)" in c.indikator and "di ruang ICU" in c.indikator, c.indikator
