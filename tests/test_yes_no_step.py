"""A bare yes or no answers a step's yes-no question (tester9 #17)."""

from tests.talk import said, typed


def test_a_bare_no_answers_prima_yes_no_question(engine):
    """tester9 #17: «tidak» at «berkontribusi langsung?» is «Tidak langsung», not a question for the guidance."""
    typed(engine, "p1", "/prima", "pelayanan farmasi rumah sakit", "#1",
          "strategi: konseling obat pasien pulang (data form konseling)", "anggota tim")
    assert engine.state("p1").prima.field == "direct"
    text = said(engine.handle("p1", "tidak"))
    assert "Langkah 4 dari 5" in text
    assert engine.state("p1").skp.cascading_langsung is False
