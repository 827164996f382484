"""Answers users read (q42): dev29's misses by the reading they need, each class checked with phrasings of its own
(each test failed before its fix)."""

import pytest

from bot.retrieval.respell import respelled


@pytest.mark.parametrize("question, read", [
    ("kumaha nyieun rencana aksi keur tim?", "bagaimana membuat rencana aksi untuk tim?"),
    ("naon eta MPPH?", "apa itu MPPH?"),
    ("iraha tenggat SKP?", "kapan tenggat SKP?"),
    ("piye carane gawe IKI?", "bagaimana caranya membuat IKI?"),
    ("IKI kudu piro?", "IKI harus berapa?"),
    ("logbook msk penilaian jg?", "logbook masuk penilaian juga?"),
    ("logbook tu wajib ga?", "logbook itu wajib tidak?"),
])
def test_regional_and_chat_words_are_read_as_indonesian(question, read):
    """dev29: Sundanese («kumaha nyieun … keur …») and Javanese («piye carane …») asking words, and the chat's «msk»,
    «jg», «tu», were words no answer holds."""
    assert respelled(question) == read


@pytest.mark.parametrize("question, wanted", [
    ("kumaha nyieun IKI beyond keur perawat?", "nilai tambah"),
    ("piye carane gawe IKI beyond?", "nilai tambah"),
    ("naon eta MPPH?", "Matriks Pembagian Peran"),
])
def test_a_question_in_regional_words_gets_the_answer_of_its_indonesian_twin(shared_retriever, question, wanted):
    assert wanted in shared_retriever.ask(question).answer


@pytest.mark.parametrize("question", ["perilaku kerja msk SKP jg?", "perilaku kerja jg msk SKP kan?"])
def test_a_yes_no_in_chat_shorthand_is_led(shared_retriever, question):
    assert shared_retriever.ask(question).answer.startswith("Ya.")
