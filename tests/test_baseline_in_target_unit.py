"""The data awal question gives its example in the IKI's own unit: a waiting time in minutes is never told «misalnya
80%» (a played quarter: an instalasi gizi nutritionist)."""

from tests.talk import prima_at_step_m, said


def test_the_data_awal_example_follows_the_unit_of_the_target(engine):
    prima_at_step_m(engine, "u")
    replies = engine.handle("u", "Rata-rata waktu tunggu penyajian makanan pasien rawat inap, target maks 30 menit")
    asked = said(replies)
    assert "data awal" in asked
    assert "80%" not in asked and "dalam menit" in asked


def test_a_percentage_keeps_its_percent_example(engine):
    prima_at_step_m(engine, "u")
    replies = engine.handle("u", "Persentase pasien baru rawat inap yang mendapat skrining gizi sesuai standar, "
                                 "target 90%")
    assert "misalnya 80%" in said(replies)
