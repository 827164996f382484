"""Answers users read (q39): a count said to lie within a limit after a pointer word; each failing before its fix."""

from bot.retrieval.limits import count_lead

_LIMITS = "Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI menurut Surat Sekjen."


def test_a_count_said_to_meet_a_limit_after_a_pointer_is_the_count_asked():
    """«IKI anggota sy 8, itu masuk batas maksimal kan?» was led «Tidak.» (no count read, «maksimal» against the
    answer's «minimal»)."""
    assert count_lead("jumlah IKI bawahan sy 7, itu masih memenuhi batas maksimum kan?", _LIMITS) == "Ya."
    assert count_lead("IKI tim kami 11, masih masuk batas maksimal ga?", _LIMITS) == "Tidak."
    assert count_lead("IKI sy 4, itu udah sesuai minimal kan?", _LIMITS) == "Tidak."
    # a clause telling more than a pointer before the meeting is no count asked
    assert count_lead("IKI sy 7, tapi isinya laporan semua, masuk batas maksimal kan?", _LIMITS) == ""


def test_a_count_within_the_range_is_led_yes(shared_retriever):
    answer = shared_retriever.ask("IKI staf saya 9, itu masih masuk batas maksimal kan?", k=3).answer
    assert answer.startswith("Ya."), answer


def test_a_letter_typed_twice_is_read_once():
    """dev37: «targeet IKI sy …» was no «target»."""
    from bot.retrieval.respell import respelled
    assert respelled("targett IKI saya udah bener?").startswith("target IKI")
    assert respelled("bobbot core brp?").startswith("bobot")
    # words written with a doubled letter stay as typed
    assert respelled("saat ini maaf") == "saat ini maaf"



def test_a_question_word_doubled_asks_nothing():
    """dev38: «gpp kan langsung aja tanpa ngomong ke siapa2?» read «siapa» as asking who, so no yes-no was asked."""
    from bot.retrieval.respell import respelled
    from bot.retrieval.yes_no import yes_no_predicate
    asked = respelled("IKI sy isi sendiri tanpa lapor apa2, boleh kan?")
    assert "apa2" in asked and yes_no_predicate(asked) == "boleh"
    assert respelled("cara2 nya gmn?").startswith("cara ")
