"""Jenis and weights of the draft typed while one IKI's field is asked (d6-analis01): «yang rancangan permenkes itu
CL, sisanya tusi» gives the IKI its words name Core CL and the others Core TUSI, never a data awal; «bobot CL 25 25,
tusi 15 15 10, MI 10, beyond 20» at one IKI's weight question gives every IKI named by its jenis its weight."""

from tests.talk import typed

LINES = ("Jumlah rancangan peraturan menteri kesehatan yang disusun, 3 rancangan\n"
         "Persentase policy brief yang digunakan sebagai bahan pengambilan kebijakan pimpinan, 70\n"
         "Persentase masukan kebijakan yang ditindaklanjuti unit teknis, 60")


def _jenis(engine):
    return [iki.jenis.label if iki.jenis else None for iki in engine.state("u").skp.iki]


def test_one_iki_named_by_its_words_and_the_rest_given_their_jenis(engine):
    typed(engine, "u", LINES, "simpan semua")
    typed(engine, "u", "yang rancangan permenkes itu CL, sisanya tusi")
    assert _jenis(engine) == ["Core CL", "Core TUSI", "Core TUSI"]
    assert all(iki.baseline is None for iki in engine.state("u").skp.iki)


def test_weights_of_several_jenis_at_one_iki_weight_question_go_to_each_jenis(engine):
    typed(engine, "u", LINES, "simpan semua", "yang rancangan permenkes itu CL, sisanya tusi", "IP ASN 80")
    typed(engine, "u", "Persentase rancangan regulasi yang diundangkan tepat waktu sesuai program legislasi target 75",
          "Belum ada data awal", "CL")
    skp = engine.state("u").skp
    assert skp.iki[-1].jenis.label == "Core CL" and skp.iki[-1].bobot is None  # its weight is asked now
    typed(engine, "u", "bobot CL 25 25, tusi 20 20, MI 10")
    skp = engine.state("u").skp
    weights = {iki.indikator.split()[1]: iki.bobot for iki in skp.iki}
    assert [iki.bobot for iki in skp.iki if iki.jenis.label == "Core CL"] == [25, 25]
    assert [iki.bobot for iki in skp.iki if iki.jenis.label == "Core TUSI"] == [20, 20]
    assert weights["Indeks"] == 10
