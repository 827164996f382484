"""An RHK pasted with «iki sy apa aja?» gets IKI proposed under it (bot.skp.rhk iki_for_rhk), picked several at once
with the RHK kept; a question about RHK in general stays a guidance question (d13-pkm06)."""

from bot.conversation.intent import rhk_asking_iki
from bot.rules.measures import aspek_of
from bot.skp.rhk import iki_for_rhk
from tests.talk import said

RHK = "Layanan arsip dinamis terkelola sesuai ketentuan"


def test_an_rhk_quoted_or_after_a_colon_and_asked_for_its_iki_is_read():
    assert rhk_asking_iki(f"ini rhk dr atasan sy: «{RHK}» — iki sy apa aja ya?") == RHK
    assert rhk_asking_iki(f"RHK atasan: {RHK}. indikatornya apa yg cocok?") == RHK


def test_a_question_about_rhk_or_an_rhk_not_asked_about_is_not():
    for message in ("rhk itu apa", "bedanya rhk sm iki apa sih", f"rhk sy: {RHK}",
                    "ini rhk dr katim: «rapat» — iki sy apa?"):
        assert rhk_asking_iki(message) is None, message


def test_proposals_measure_the_rhks_subject_and_a_di_word_that_is_no_verb_stays_in_it():
    proposed = [c.indikator for c in iki_for_rhk(RHK)]
    assert proposed[0] == "Persentase layanan arsip dinamis yang terkelola sesuai ketentuan"
    assert iki_for_rhk("Meningkatnya cakupan imunisasi dasar lengkap") == []  # no verb after a subject to split at


def test_the_proposals_are_offered_and_two_picked_are_saved_with_the_rhk(engine):
    rhk = "Masyarakat di lokus prioritas mendapatkan informasi promosi kesehatan sesuai standar"
    text = said(engine.handle("r1", f"ini rhk dr katim sy: «{rhk}» — iki sy apa aja ya?"))
    assert "Persentase masyarakat di lokus prioritas yang mendapatkan informasi" in text
    assert "Sumber:" not in text
    assert "Sumber:" in said(engine.handle("r1", "bedanya rhk sm iki apa sih"))  # the guidance answers it
    text = said(engine.handle("r1", "ok ambil yg 1 sama 2"))
    assert "2 IKI tersimpan" in text and "Target satu tahun" in text
    assert [iki.rhk for iki in engine.state("r1").skp.iki] == [rhk, rhk]


def test_two_wordings_of_one_task_picked_together_ask_which_one(engine):
    engine.handle("r2", "sy ngurus arsip surat masuk, iki nya apa ya yg cocok?")
    text = said(engine.handle("r2", "ambil yg 1 sama 2"))
    assert "satu IKI yang sama" in text and "Usulan mana yang dipakai?" in text
    assert engine.state("r2").skp.iki == []


def test_targets_named_by_yg_and_a_number_in_words_go_to_those_iki(engine):
    rhk = "Masyarakat di lokus prioritas mendapatkan informasi promosi kesehatan sesuai standar"
    engine.handle("r3", f"ini rhk dr katim sy: «{rhk}» — iki sy apa aja ya?")
    engine.handle("r3", "ok ambil yg 1 sama 2")
    engine.handle("r3", "yg 1 delapan puluh lima persen, yg 2 tujuh puluh persen")
    assert [iki.target for iki in engine.state("r3").skp.iki][0] == "85%"
    engine.handle("r3", "eh salah, yg 2 tujuh puluh lima")
    assert engine.state("r3").skp.iki[1].target.startswith("75")


def test_the_proposals_come_under_one_heading_naming_the_rhk_and_each_reason_names_the_aspek_it_is_saved_with(engine):
    rhk = "Masyarakat di lokus prioritas mendapatkan informasi promosi kesehatan sesuai standar"
    replies = engine.handle("r4", f"ini rhk dr katim sy: «{rhk}» — iki sy apa aja ya?")
    text = said(replies)
    assert text.count("Saya susun usulan IKI") == 1 and text.count(rhk) == 1 and "ambil 1 dan 2" in text
    engine.handle("r4", "ok ambil yg 1 sama 2 sama 3")
    for candidate, iki in zip(iki_for_rhk(rhk), engine.state("r4").skp.iki, strict=True):
        assert candidate.alasan.startswith(f"aspek {aspek_of(iki).value} — "), (candidate.alasan, iki.indikator)


def test_a_percent_typed_for_an_index_iki_is_kept_as_its_number_and_said_so(engine):
    rhk = "Masyarakat di lokus prioritas mendapatkan informasi promosi kesehatan sesuai standar"
    engine.handle("r5", f"ini rhk dr katim sy: «{rhk}» — iki sy apa aja ya?")
    engine.handle("r5", "ok ambil yg 1 sama 2")
    text = said(engine.handle("r5", "yg 1 80 persen, yg 2 tujuh puluh persen"))
    assert "saya baca sebagai nilai 70" in text
    assert text.count("saya baca sebagai") == 1  # the Persentase's 80% is no score
