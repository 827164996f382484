"""Answers users read (q40): a word doubled with «2» is no count; failing before its fix."""

from bot.retrieval.limits import count_lead, counted

_LIMITS = "Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI menurut Surat Sekjen."


def test_a_doubled_word_is_no_second_count():
    """«… ke siapa2?» read its «2» as a count beside «14»: two counts, so none was asked."""
    question = "rencana sy input 13 IKI, aman kan tanpa lapor apa2?"
    assert "13" not in counted(question)
    assert count_lead("IKI sy ada 12. gpp kan ga bilang ke siapa2?", _LIMITS) == "Tidak."
