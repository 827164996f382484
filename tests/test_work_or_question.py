"""Work or question (issue 16): a how-word taught is the work's object, a last clause asking which IKI fits makes the
clauses before it work to draft from, and an English question inside a PRIMA step gets the step's help."""

import pytest

from bot.conversation import Engine
from bot.conversation.intent import Route, classify, work_asking_iki
from bot.conversation.plain import AS_QUESTION


def said(replies) -> str:
    return "\n".join(r.text for r in replies)


@pytest.mark.parametrize("text", ["ngajarin kader posyandu cara ukur lingkar lengan",
                                  "sy penyuluh, kasih info cara minum obat ke pasien"])
def test_how_word_after_teaching_is_no_question(text):
    assert classify(text).route is not Route.question


@pytest.mark.parametrize("text", ["cara menentukan target IKI", "mohon info cara mengisi SKP",
                                  "ngajarin kader cara ukur lingkar lengan, itu masuk jenis apa?"])
def test_how_word_asking_stays_a_question(text):
    assert classify(text).route is Route.question


def test_trailing_iki_question_gives_the_work():
    assert work_asking_iki("sy ngurus arsip surat masuk di bagian umum, iki nya apa ya yg cocok?") \
        == "sy ngurus arsip surat masuk di bagian umum"
    assert work_asking_iki("audit kinerja satker, reviu LK. iki nya apa ya selain jumlah LHA?") is not None


@pytest.mark.parametrize("text", ["kalau kerjaan sy cuma administrasi, boleh ga iki nya pakai persentase?",
                                  "kerjaan sy input data, bedanya iki apa sama rhk?", "iki nya apa ya yg cocok?"])
def test_question_about_guidance_is_not_work(text):
    assert work_asking_iki(text) is None


def test_trailing_iki_question_gets_suggestions():
    engine = Engine(rate_limit=10**6)
    replies = engine.handle("wq", "saya verifikasi klaim BPJS rawat jalan tiap hari, itu bisa jd IKI?")
    assert AS_QUESTION not in said(replies) and engine.state("wq").candidates


@pytest.mark.parametrize("text", ["what's next?", "what should I do now?"])
def test_english_question_at_a_step_gets_its_help(text):
    engine = Engine(rate_limit=10**6)
    engine.handle("en", "/prima")
    replies = engine.handle("en", text)
    assert "Bantuan untuk langkah ini" in said(replies) and "Langkah 1 dari 5" in replies[-1].text
