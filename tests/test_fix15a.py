"""Round 15 (tester13): numbers and corrections that landed in the wrong field (each test failed before its fix)."""

from tests.talk import prima_at_step_m, said

GIZI = "Persentase pasien rawat inap yang mendapat asuhan gizi sesuai standar"


def test_a_change_of_mind_at_the_data_awal_question_corrects_the_target(engine):
    """tester13 #3: «95%» answered the target, then «eh bentar, 90 aja deh» at the data-awal question was saved as
    the data awal; it puts the target right and asks the data awal again."""
    prima_at_step_m(engine, "u")
    engine.handle("u", GIZI)
    engine.handle("u", "95%")
    replies = engine.handle("u", "eh bentar, 90 aja deh")
    iki = engine.state("u").skp.iki[0]
    assert iki.target == "90%" and iki.baseline is None
    assert "diganti" in said(replies) and "data awal" in said(replies).lower()
