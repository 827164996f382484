"""Indonesian word forms the rewriter derives instead of listing (bot/lang/words.py)."""

import pytest

from bot.lang.words import nominal, passive_of


@pytest.mark.parametrize("verb, noun", [
    ("merawat", "perawatan"), ("menulis", "penulisan"), ("mengawasi", "pengawasan"), ("menyiapkan", "penyiapan"),
    ("mendampingi", "pendampingan"), ("menghitung", "penghitungan"), ("memeriksa", "pemeriksaan"),
    ("memverifikasi", "verifikasi"), ("menganalisis", "analisis"), ("mengirimkan", "pengiriman"),
])
def test_the_noun_of_a_men_verb(verb, noun):
    assert nominal(verb) == noun


@pytest.mark.parametrize("word", ["menteri", "mental", "pasien", "rapat", "meja"])
def test_words_that_are_no_men_verb_have_no_noun(word):
    assert nominal(word) is None


@pytest.mark.parametrize("verb, passive", [
    ("menghitung", "dihitung"), ("memberikan", "diberikan"), ("menetapkan", "ditetapkan"), ("membayar", "dibayar"),
    ("memperbaiki", "diperbaiki"), ("mengelola", "dikelola"), ("mengirim", "dikirim"),
])
def test_the_passive_of_a_men_verb(verb, passive):
    assert passive_of(verb) == passive


@pytest.mark.parametrize("word", ["mengode", "pasien", "rapat", "menteri"])
def test_no_passive_for_an_unsure_root_or_a_word_that_is_no_verb(word):
    """Sastrawi reads «mengode» as meng-ode (a three-letter root): no «diode»."""
    assert passive_of(word) is None
