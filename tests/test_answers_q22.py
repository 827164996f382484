"""Answers users read (q22): by cause, each class checked with phrasings of its own (each test failed before its
fix)."""

import pytest

from bot.retrieval.claims import restated


@pytest.mark.parametrize("question", [
    "sy mutasi dr Pemprov Jateng, dulu SKP sy isinya butir kegiatan. di Kemenkes boleh pake butir kegiatan lg buat IKI?",
    "dulu di pemda IKI sy butir kegiatan semua. skrg boleh ga butir kegiatan itu dipake jd IKI?",
    "butir kegiatan yg lama boleh dipakai lagi sbg IKI kan?",
])
def test_an_answer_telling_a_thing_is_not_done_permits_nothing(shared_retriever, question):
    """«butir kegiatan gaya lama tidak disalin begitu saja menjadi IKI» holds most words of «boleh pake butir
    kegiatan buat IKI?» and led it «Ya.»: told with a negation, it permits nothing."""
    assert not shared_retriever.ask(question).answer.startswith("Ya.")


def test_the_permitted_reading_needs_a_sentence_without_a_negation():
    answer = ("Karena PermenPANRB 6/2022 mengukur kinerja berupa hasil, butir kegiatan gaya lama tidak disalin begitu "
              "saja menjadi IKI, tetapi dirumuskan ulang sebagai hasil yang dapat diukur.")
    assert restated("boleh pake butir kegiatan lg buat IKI?", answer, "permitted_share") == ""
    assert restated("boleh pake butir kegiatan lg buat IKI?", answer.replace("tidak disalin begitu saja", "disalin"),
                    "permitted_share") == "Ya."


@pytest.mark.parametrize("question, first, second", [
    ("IKI berapa banyak? trs bobot beyond brp?", "paling sedikit 5", "Beyond 20%"),
    ("bobot beyond brp? trs IKI berapa banyak?", "Beyond 20%", "paling sedikit 5"),
    ("deadline SKP kapan? trus jumlah IKI minimal brp ya", "8 Februari", "paling sedikit 5"),
    ("jumlah IKI minimal brp ya, trus deadline SKP kapan?", "paling sedikit 5", "8 Februari"),
])
def test_two_questions_are_answered_in_the_order_asked(shared_retriever, question, first, second):
    """«IKI berapa banyak? trs bobot beyond brp?» got the Beyond weight first: the answer the whole message ranks
    best answered the second part, and the first part's answer came after it."""
    answer = shared_retriever.ask(question).answer
    assert first in answer and second in answer and answer.index(first) < answer.index(second)


@pytest.mark.parametrize("question", [
    "sy udh 3 thn di lab kesehatan daerah, kerjaan sy tiap hari periksa sampel air dan makanan, bikin laporan hasil "
    "uji, kadang ikut sampling ke lapangan. trs IKI sy harus gmn?",
    "sy teknisi elektromedis di balai, kerjaan sy tiap hari kalibrasi alkes rumah sakit, ngecek alat, bikin "
    "sertifikatnya. IKI sy hrs gimana ya?",
    "aku pranata humas di RS vertikal, tiap hari bikin konten medsos, liputan acara, jawab pertanyaan pasien lewat "
    "DM. IKI aku mesti gimana?",
])
def test_a_story_of_ones_work_then_how_gets_the_steps_of_writing_an_iki(shared_retriever, question):
    """A long story of one's work with «trs IKI sy harus gmn?» at the end was answered by an answer matching the
    story's words (a lab example, the steps of output antara): the last sentence asks, the story only says which
    steps and example fit."""
    assert shared_retriever.ask(question).answer.startswith("Menulis IKI dimulai dari RHK")


@pytest.mark.parametrize("question, lead", [
    ("sy denger SKP tuh statis ya, sekali ditetapkan jan gak bisa diubah smp des. bener?", "Tidak."),
    ("SKP yg udh ditetapkan ga bisa diubah lg. betul?", "Tidak."),
    ("katanya IKI beyond itu ga wajib. bener?", "Ya."),
])
def test_a_bare_bener_asks_the_claim_of_the_sentence_before(shared_retriever, question, lead):
    """«… gak bisa diubah smp des. bener?» read «bener» alone as the claim: the sentence before is what is asked."""
    assert shared_retriever.ask(question).answer.startswith(lead)


@pytest.mark.parametrize("question", [
    "halo kak, sy CPNS baru masuk jan 2026 di Poltekkes. kata senior sy IKI sy cukup 3 aja krn masih baru, bener gak sih?",
    "IKI sy cukup 4 aja kan?",
    "kata atasan IKI cukup 3 aja krn sy baru, bener ga?",
])
def test_a_count_said_enough_is_held_against_the_limits(shared_retriever, question):
    """«IKI sy cukup 3 aja» is a count of IKI as «IKI sy cuma 3» is: held against «paling sedikit 5»."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Tidak.") and "paling sedikit 5" in answer


@pytest.mark.parametrize("question, lead, said", [
    ("atasan boleh nolak SKP sy?", "Ya.", "meminta perbaikan"),
    ("kak, SKP sy dibalikin sm atasan, emg boleh ya atasan gitu?", "Ya.", "meminta perbaikan"),
    ("atasan sy siapa ya hrsnya", "", "RHK atasan yang diintervensi"),
    ("SKP sy diajuin ke atasan yg mana sih?", "", "RHK atasan yang diintervensi"),
    ("sy pindah tim mulai bulan ini, skp nya gmn?", "", "Perubahan SKP tidak dilakukan sepihak"),
    ("bulan dpn sy dipindah ke tim lain, trus SKP nya gimana?", "", "Perubahan SKP tidak dilakukan sepihak"),
    ("abis pindah unit, SKP lama sy diapain ya?", "", "Perubahan SKP tidak dilakukan sepihak"),
])
def test_who_sets_the_skp_and_a_team_change(shared_retriever, question, lead, said):
    """«atasan boleh nolak SKP sy?» was led «Tidak.» by «Atasan tidak boleh menilai … suka atau tidak suka», «atasan
    sy siapa ya hrsnya» was declined, «sy pindah tim …» got PRIMA's step M: the guidance says who sets an SKP (the
    leader whose RHK one's own supports) and that a move asks for a perubahan SKP."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(lead) and said in answer


@pytest.mark.parametrize("question", ["IKI sy cukup 6 aja kan?", "IKI sy cuma 6 aja kan?", "IKI sy cukup 6 aja, boleh kan?"])
def test_a_count_said_enough_within_the_limits_is_led_yes(shared_retriever, question):
    """«IKI sy cukup 6 aja kan?» was led «Tidak.»: the «only» read as a claim that no more is allowed, though 6 lies
    within 5–10; one's own count said to be enough is held against the limits."""
    assert shared_retriever.ask(question).answer.startswith("Ya.")


@pytest.mark.parametrize("question", ["IKI paling banyak 8 ya?", "IKI sy cukup 3 aja kan?"])
def test_a_limit_claimed_or_a_count_below_it_is_still_denied(shared_retriever, question):
    assert shared_retriever.ask(question).answer.startswith("Tidak.")


@pytest.mark.parametrize("question", [
    "dulu di pemda IKI sy butir kegiatan semua. skrg boleh ga butir kegiatan itu dipake jd IKI?",
    "sebelumnya di pemprov sy pake butir kegiatan, di kemenkes IKI nya gmn?",
])
def test_a_former_employer_after_a_past_word_is_where_the_user_comes_from(shared_retriever, question):
    """«dulu di pemda …» was declined as a question about another employer: a past word before it tells an origin."""
    assert "di luar pedoman" not in shared_retriever.ask(question).answer


@pytest.mark.parametrize("question, first, then", [
    ("logbook itu wajib buat semua ASN ya kak? trs hrs pake bukti dukung ga?", "Ya. Logbook", "bukti dukung"),
    ("logbook tuh wajib buat semua ASN ya? trus hrs ada bukti dukung ga?", "Ya. Logbook", "bukti dukung"),
    ("apa logbook wajib diisi semua ASN? trs hrs pake bukti dukung ga?", "Ya. Logbook", "bukti dukung"),
])
def test_a_yes_no_first_part_keeps_its_own_lead_first(shared_retriever, question, first, then):
    """«logbook wajib ya? trs hrs pake bukti dukung ga?» read «Tidak.» first: the bukti dukung answer (the best of
    the whole message) led it, and the first part's «Ya. …» came second."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(first) and then in answer


def test_not_necessarily_different_denies_no_difference():
    """«IKI anggota tidak harus berbeda» contradicted «… each member handles different provinces?»: a negation before
    a word of need denies the need, not the word after it."""
    from bot.retrieval.claims import contradicted
    from bot.retrieval.respell import respelled

    answer = ("Membagi satu IKI ketua tim ke anggota per wilayah dilakukan begini: tulis IKI yang sama untuk setiap "
              "anggota (IKI anggota tidak harus berbeda) dengan cakupan wilayahnya di rumusan.")
    assert contradicted(respelled("Can a team leader's IKI be split among members by region, e.g. each member "
                                  "handles different provinces?"), answer) == ""


@pytest.mark.parametrize("question", [
    "boleh ga IKI ketua tim dibagi per wilayah, mis. tiap anggota pegang provinsi beda?",
    "IKI katim boleh dibagi ke anggota per wilayah kan? tiap anggota pegang provinsi beda",
])
def test_a_way_told_with_a_purpose_still_permits(shared_retriever, question):
    """The permitted reading passes over a negation of need («tidak harus berbeda») and of purpose («agar tidak
    tumpang tindih»): the way told still permits the thing."""
    assert shared_retriever.ask(question).answer.startswith("Ya.")
