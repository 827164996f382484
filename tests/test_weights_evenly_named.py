"""«bobot tusi sama rata, beyond 10» while a field is asked: the TUSI weight spread evenly over the TUSI IKI and the
one Beyond IKI given 10, never 10 read as the data awal (d6-sanitarian01)."""

from tests.talk import typed

LINES = ("1. Persentase hasil pemeriksaan sanitasi kapal yang memenuhi standar, 90\n"
         "2. Persentase rekomendasi hasil pengawasan TTU di bandara yang ditindaklanjuti, 85\n"
         "3. Nilai Indeks Profesionalitas ASN, 80")


def test_one_jenis_spread_evenly_and_another_named_with_its_weight(engine):
    typed(engine, "u", LINES, "simpan semua")
    typed(engine, "u", "tambah beyond: Jumlah inovasi layanan sanitasi kapal berbasis digital 1 inovasi")
    typed(engine, "u", "bobot tusi sama rata, beyond 10")
    skp = engine.state("u").skp
    weights = {iki.indikator.split()[1]: (iki.jenis.label if iki.jenis else None, iki.bobot) for iki in skp.iki}
    assert weights["hasil"] == ("Core TUSI", 45) and weights["rekomendasi"] == ("Core TUSI", 45)
    assert weights["inovasi"] == ("Beyond", 10)
    assert all(iki.baseline != "10%" for iki in skp.iki)


def test_in_prima_the_jenis_and_weights_of_several_iki_in_one_message_are_set_as_outside_it(engine):
    # d6-sanitarian01 at PRIMA step 4: «bobot tusi …» while the data awal is asked was read as that data awal
    from tests.talk import typed_ahead_in_prima

    typed_ahead_in_prima(engine)
    typed(engine, "u", "tusi semua 30 30 30")
    skp = engine.state("u").skp
    assert [(iki.jenis.label if iki.jenis else None, iki.bobot) for iki in skp.iki] == [("Core TUSI", 30)] * 3
    assert skp.iki[0].baseline is None
