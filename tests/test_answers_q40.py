"""Answers users read (q40): a «siapa» question asks who, and gets the answer that names who (each test failed
before its fix)."""

import pytest

from bot.retrieval.answer import fits
from bot.retrieval.question_parts import wanted_kinds


@pytest.mark.parametrize("question, kinds", [
    ("siapa yang menyetujui SKP saya?", ["who"]),
    ("SKP di-approve sm siapa", ["who"]),
    ("who approves my SKP?", ["who"]),
    ("siapa saja yang ikut dialog kinerja?", ["list"]),  # «siapa saja» asks for a list
    ("siapa aja anggota timnya", ["list"]),
])
def test_siapa_asks_who_unless_it_asks_for_a_list(question, kinds):
    assert wanted_kinds(question) == kinds


@pytest.mark.parametrize("text, names", [
    ("Atasan yang menetapkan SKP Anda adalah pimpinan yang rencana hasil kerjanya Anda dukung", True),
    ("SKP ditandatangani pegawai dan ditetapkan pimpinan paling lambat akhir Januari", True),
    ("Penilaian dilakukan oleh atasan langsung", True),
    ("Di PK Kepala Biro OSDM, indikator direktif realisasi anggaran bertarget 96%", False),
    ("Rencana pengembangan diri pegawai disusun tiap tahun", False),
])
def test_an_answer_names_who_when_a_role_is_said_to_be_it(text, names):
    assert fits(text, "who") is names


@pytest.mark.parametrize("question", [
    "bentar, skp ini nanti yg approve siapa ya? lgsg kepala biro?",
    "yg nyetujuin SKP sy siapa?",
    "SKP di-approve sm siapa",
    "siapa sih yg acc SKP kita nanti? kepala pusat?",
    "who approves my SKP?",
])
def test_who_approves_an_skp_is_the_atasan_of_the_dialog_kinerja(shared_retriever, question):
    """«… yg approve siapa ya? lgsg kepala biro?» got the PK of the Kepala Biro OSDM (its office named), «yg
    nyetujuin SKP sy siapa?» the three steps of setting an SKP: neither says who."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Atasan yang menetapkan SKP Anda"), answer


def test_who_signs_an_skp_is_still_told_by_the_answer_that_says_so(shared_retriever):
    answer = shared_retriever.ask("siapa yg harus tanda tangan SKP?").answer
    assert "ditandatangani pegawai dan ditetapkan pimpinan" in answer, answer


@pytest.mark.parametrize("question", [
    "SKP yg udh ditetapkan ga bisa diubah lg. betul?",
    "jadi SKP yg udh ditetapkan itu ga bisa diubah lg ya?",
])
def test_a_denial_is_answered_by_the_answer_saying_the_words_denied(shared_retriever, question):
    """dev-para: «… ga bisa diubah lg. betul?» got «Tidak. Setiap perubahan SKP … harus lewat dialog kinerja» (the
    same subject, not what is denied) since q38 added that answer; the near answer saying «SKP boleh diubah» answers
    it."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Tidak. SKP boleh diubah"), answer
