"""Answers users read (q26): by cause, each class checked with phrasings of its own (each test failed before its
fix)."""

import pytest

from bot.retrieval.respell import respelled
from bot.retrieval.yes_no import yes_no_predicate


@pytest.mark.parametrize("question, predicate", [
    ("sy PPPK baru, blm paham apa2. apakah sy jg harus isi logbook tiap hari?", "wajib"),
    ("sy bidan di puskesmas, gatau apa2 soal skp. apakah SKP bisa diubah di tengah tahun?", "boleh"),
    ("halo kak. ada iki wajib buat semua staf kayak IP ASN? sy perawat", "wajib"),
])
def test_a_yes_no_sentence_asks_whatever_the_sentences_around_it_hold(question, predicate):
    """«blm ngerti apa2. apakah sy jg wajib …?»: the sentence holding the predicate opens with «apakah» (or asks
    plainly, an afterthought following its «?»); the «apa» of an earlier sentence asks nothing of it."""
    assert yes_no_predicate(respelled(question)) == predicate


@pytest.mark.parametrize("question", ["sy CPNS, blm tau apa2. apakah yang harus sy siapkan?",
                                      "sy baru. apakah yg harus sy isi dulu?"])
def test_an_opener_before_which_still_asks_which(question):
    assert yes_no_predicate(respelled(question)) is None


@pytest.mark.parametrize("question", [
    "IP ASN masuk core ya bukan beyond? sy kira beyond",
    "indeks profesionalitas ASN itu core kan, bukan beyond?",
    "iki IP ASN jenisnya core bukan beyond ya kak?",
])
def test_a_contrast_of_the_two_jenis_is_led_by_the_side_the_answer_states(shared_retriever, question):
    """«X masuk core ya bukan beyond?»: core against beyond is a contrast only «bukan» sets up; the answer stating
    Core MI alone confirms it."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Ya.") and "Core MI" in answer


@pytest.mark.parametrize("question", [
    "pegawai honorer di puskesmas skp nya gmn? mereka jg isi logbook ga?",
    "kami punya tenaga kontrak di lab. apa mereka jg nyusun IKI? trus bobotnya sama?",
    "penilaian 360 derajat buat perilaku kerja di SKP itu gimana? siapa aja yg nilai?",
    "is the 360 degree feedback part of the SKP behaviour score?",
])
def test_an_outside_question_in_skp_words_is_declined(shared_retriever, question):
    """Non-ASN staff asked of in any sentence that asks, not only the last (search.yaml `not_asn`), and an appraisal
    method the guidance never names (`outside_topics`): declined with where to ask, no passage borrowed."""
    answer = shared_retriever.ask(question)
    assert "di luar pedoman yang saya punya" in answer.answer and not answer.passages


@pytest.mark.parametrize("question, lead", [
    ("must every non-leader staff have at least 5 IKI? I only have 3", "Ya."),
    ("is it right that staff need at least 5 IKI and at most 10?", "Ya."),
    ("can I have at most 12 IKI?", "Tidak."),
])
def test_a_limit_asked_in_english_is_held_against_the_one_the_answer_states(shared_retriever, question, lead):
    """«at least 5», «at most 10» are limits as «paling sedikit», «paling banyak» are (search.yaml `yesno.limits`)."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(lead) and "paling sedikit 5" in answer




@pytest.mark.parametrize("question", [
    "beyond sy ada 3, tiap IKI beyond 20% jadi totalnya 60 kan?",
    "IKI MI sy 2, masing2 10 total 20 ya?",
])
def test_a_total_claimed_beside_each_ones_value_is_held_against_the_jenis_weight(shared_retriever, question):
    """«masing2 20 ya total 40?»: the value of each leads nothing, but the total said beside it is the jenis's
    whole, which the weight table fixes (search.yaml `total_words`)."""
    assert shared_retriever.ask(question).answer.startswith("Tidak.")


def test_a_total_equal_to_the_jenis_weight_is_not_denied(shared_retriever):
    assert not shared_retriever.ask("tiap IKI beyond bobotnya 10, sy punya 2 jadi total 20 kan?").answer.startswith(
        "Tidak.")
