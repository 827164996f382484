"""Answers users read (q40): a count of IKI named before its term, and a doubled word, read as the count asked;
each failing before its fix."""

from bot.retrieval.limits import counted


def test_a_doubled_word_is_no_second_count():
    """«… ke siapa2?» read its «2» as a count beside «14», so no count was asked and the question kept its words."""
    question = "rencana sy input 13 IKI, aman kan tanpa lapor apa2?"
    assert "13" not in counted(question)


def test_a_count_before_its_term_told_with_a_purpose_asks_the_limit_alone():
    """dev38: «mau masukin 14 IKI biar lengkap … gpp kan langsung aja …» ranked the weights answer («langsung»)."""
    assert counted("sy analis, mau isi 12 IKI supaya semua tugas tercatat. boleh kan langsung diinput?") \
        == "IKI berapa jumlah boleh"
    # a term right after the count says what is counted: not the term alone
    assert counted("boleh ga 3 IKI cascading langsung aja?") != "IKI berapa jumlah boleh"


def test_a_count_before_its_term_leads_the_limit_answer(shared_retriever):
    answer = shared_retriever.ask("aku mau bikin 15 IKI biar semua kegiatan masuk, gpp kan tanpa diskusi dulu?",
                                  k=3).answer
    assert answer.startswith("Tidak."), answer
    assert "10" in answer, answer
