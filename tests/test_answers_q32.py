"""Answers users read (q32): wrong «Ya.»/«Tidak.» leads left on main after q31 (each test failed before its fix)."""

import pytest

from bot.retrieval.limits import claimed_limit, count_lead

LIMITS = "Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI."


@pytest.mark.parametrize(("question", "lead"), [
    ("IKI non pimpinan paling banyak cuma 5 kan?", "Tidak."),
    ("iki staf maksimal 5 aja ya", "Tidak."),
    ("IKI non pimpinan paling banyak 10 kan?", "Ya."),
    ("IKI staf minimal 5 kan?", "Ya."),
    ("boleh ga IKI sy 8?", "Ya."),  # one's own count within the limits, no limit claimed
])
def test_a_claimed_limit_holds_only_at_the_answers_limit_on_that_side(question, lead):
    """«paling banyak cuma 5» against «paling sedikit 5 dan paling banyak 10»: 5 lies within the range, but the claim
    is that the most is 5, which the answer denies (the least is 5)."""
    assert count_lead(question, LIMITS) == lead


def test_a_count_past_a_limit_claims_no_limit():
    assert claimed_limit("boleh ga IKI lebih dari 10?") is None
    assert claimed_limit("IKI paling banyak cuma 5 kan?") == ("most", 5)


@pytest.mark.parametrize(("question", "lead"), [
    ("IKI non pimpinan paling banyak cuma 5 kan?", "Tidak."),
    ("IKI non pimpinan paling banyak cuma 5 kan", "Tidak."),
    ("bukti dukung wajib diupload tiap hari?", "Tidak."),
    ("bukti dukung logbook harus diupload tiap hari kan?", "Tidak."),
    ("apa sy jg wajib isi catatan harian di e-kinerja?", "Ya."),
    ("cpns baru wajib isi catatan harian jg?", "Ya."),
])
def test_the_lead_a_user_reads(shared_retriever, question, lead):
    """The seed (Balai Labkesmas Makassar, 21 Agt 2024): every ASN Kemenkes fills in the catatan harian, which «dapat
    disertai dengan bukti dukung» (optional); the bukti line is no answer on the catatan harian itself."""
    assert shared_retriever.ask(question).answer.startswith(lead)

