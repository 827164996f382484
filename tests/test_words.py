"""Indonesian word forms the rewriter derives instead of listing (bot/lang/words.py)."""

import pytest

from bot.lang.words import nominal


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
