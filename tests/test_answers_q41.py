"""Answers users read (q41): yes-no questions read in general, whatever the exact words (each test failed before
its fix)."""

import pytest

from bot.retrieval.claims import claim
from bot.retrieval.yes_no import negated_predicate


@pytest.mark.parametrize("question, predicate", [
    ("kl IKI sy lebih dr 10 langsung ga boleh sama sekali?", "boleh"),
    ("IKI lebih dari 10 berarti tidak boleh sama sekali?", "boleh"),
    ("jadi SKP yg udh ditetapkan ga bisa diubah sampai desember?", "boleh"),
    ("logbook berarti ga wajib diisi tiap hari?", "wajib"),
])
def test_a_denied_predicate_asked_plainly_by_its_question_mark(question, predicate):
    """A denial ending in «?» asks whether it holds, with no tag closing it («… ga boleh sama sekali?»)."""
    assert negated_predicate(question) == predicate


@pytest.mark.parametrize("question", [
    "kalo ga boleh lebih dari 10, trus gmn?",
    "IKI yg ga boleh dipakai apa aja?",
    "kenapa logbook ga wajib diisi tiap hari?",
])
def test_a_denial_inside_another_question_asks_no_yes_or_no(question):
    assert negated_predicate(question) is None


@pytest.mark.parametrize("question, lead", [
    ("kl IKI sy lebih dr 10 langsung ga boleh sama sekali?", "Tidak."),
    ("jadi SKP yg udh ditetapkan ga bisa diubah sampai desember?", "Tidak."),
    ("logbook berarti ga wajib diisi tiap hari?", "Tidak."),
])
def test_a_denial_asked_plainly_is_led_by_the_answer(shared_retriever, question, lead):
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(lead), answer


@pytest.mark.parametrize("question", [
    "gmn caranya nulis target biar ga absolut? pimpinan minta \"semua\" dokumen selesai",
    "cara bikin target yg ga mutlak gimana?",
    "how do I write a target that is not absolute?",
])
def test_a_how_to_whose_task_no_steps_open_on_gets_the_answer_opening_on_it(shared_retriever, question):
    """dev23: steps of another task near the top («Menulis IKI dimulai dari RHK …») went before the best answer,
    which opens on the task asked about (a target not written absolutely)."""
    answer = shared_retriever.ask(question).answer
    assert "mutlak" in answer and "absolut" in answer, answer


@pytest.mark.parametrize("question, opening", [
    ("gmn cara nulis RHK yg bener?", "Menulis RHK"),
    ("cara isi rencana aksi di e-kinerja gmn?", "Rencana aksi diisi"),
])
def test_steps_of_the_task_asked_still_answer_a_how_to(shared_retriever, question, opening):
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(opening), answer


@pytest.mark.parametrize("question, words", [
    ("waktunya mepet bgt nih, apakah boleh sy tetapkan aja IKI anggota tanpa dialog kinerja dulu?",
     ["boleh", "sy", "tetapkan", "aja", "iki", "anggota", "tanpa", "dialog", "kinerja", "dulu"]),
    ("timnya kecil, apa bener IKI anggota hrs diturunkan dr IKI ketua tim?",
     ["iki", "anggota", "hrs", "diturunkan", "dr", "iki", "ketua", "tim"]),
    ("IKI wajib 5, bener ga?", ["iki", "wajib", "5"]),  # the opener's clause claims nothing: the claim stays whole
])
def test_a_claim_starts_at_an_opener_after_a_comma(question, words):
    """A clause before «apakah»/«apa bener» tells the asker's case; it made «apakah» a question word inside the claim,
    and the whole was read as no confirmation."""
    assert claim(question) == words


def test_a_permission_asked_after_a_case_told_is_denied_by_the_answer(shared_retriever):
    answer = shared_retriever.ask("sy kepala instalasi. waktunya mepet, apakah boleh sy tetapkan aja IKI anggota tanpa "
                                  "dialog kinerja dulu? cukup sy kirim lewat e-kinerja").answer
    assert answer.startswith("Tidak."), answer
