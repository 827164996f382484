"""Answers users read (q40): a word doubled with «2» is no count; failing before its fix."""

from bot.retrieval.limits import count_lead, counted

_LIMITS = "Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI menurut Surat Sekjen."


def test_a_doubled_word_is_no_second_count():
    """«… ke siapa2?» read its «2» as a count beside «14»: two counts, so none was asked."""
    question = "rencana sy input 13 IKI, aman kan tanpa lapor apa2?"
    assert "13" not in counted(question)
    assert count_lead("IKI sy ada 12. gpp kan ga bilang ke siapa2?", _LIMITS) == "Tidak."


def test_a_count_before_its_term_told_with_a_purpose_asks_the_limit_alone():
    """dev38: «mau masukin 14 IKI biar lengkap … gpp kan langsung aja …» ranked the weights answer («langsung»)."""
    assert counted("sy analis, mau isi 12 IKI supaya semua tugas tercatat. boleh kan langsung diinput?") \
        == "IKI berapa jumlah boleh"
    # a count before its term told without a purpose keeps its words
    assert counted("boleh ga 3 IKI cascading langsung aja?") != "IKI berapa jumlah boleh"


def test_a_count_before_its_term_leads_the_limit_answer(shared_retriever):
    answer = shared_retriever.ask("aku mau bikin 15 IKI biar semua kegiatan masuk, gpp kan tanpa diskusi dulu?",
                                  k=3).answer
    assert answer.startswith("Tidak."), answer
    assert "10" in answer, answer
