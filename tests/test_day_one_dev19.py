"""Day-one set 19 (an apoteker at a vertical hospital, a Ketua Tim with /mpph, …): what the first days of dev19
lost."""

from tests.talk import list_saved, said


def test_weights_listed_before_the_mandatory_iki_named_apart_go_to_the_other_iki_in_order():
    """d19-dev01: «bobotnya 25, 25, 20, 20 sm IP ASN 10» was read as nothing (with no question open) or as the IP ASN
    target 25 (at its target question): the last clause, «20 sm IP ASN 10», was taken whole as the mandatory IKI's and
    the list lost its last weight. The numbers before the mandatory IKI's name end the list; the list goes to the
    other IKI in the draft's order, the named one takes its own weight, and no target is set."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "Persentase sampel air yang diperiksa sesuai standar 90%\n"
                       "Persentase hasil uji yang dilaporkan tepat waktu 95%\n"
                       "Persentase alat laboratorium yang terkalibrasi 100%\n"
                       "Nilai Indeks Profesionalitas ASN")
    engine.handle("u", "simpan semua")
    engine.handle("u", "belum ada data awal semua")
    assert engine.state("u").fill.field == "jenis"
    reply = said(engine.handle("u", "bobot 40; 30; 20 dan ip asn 10"))
    skp = engine.state("u").skp
    assert [iki.bobot for iki in skp.iki] == [40, 30, 20, 10]
    assert skp.iki[3].jenis.value == "core_mi" and skp.iki[3].target is None
    assert "Core MI bobot 10%" in reply


def test_a_list_of_weights_one_short_of_the_other_iki_is_said_never_set():
    """The count that does not match the IKI besides the mandatory one is said, nothing set."""
    from bot.conversation import Engine

    engine = Engine()
    list_saved(engine, "u", "Persentase sampel air yang diperiksa sesuai standar\n"
                            "Persentase hasil uji yang dilaporkan tepat waktu\n"
                            "Persentase alat laboratorium yang terkalibrasi\n"
                            "Nilai Indeks Profesionalitas ASN")
    reply = said(engine.handle("u", "bobotnya 50, 40 sama IP ASN 10"))
    assert [iki.bobot for iki in engine.state("u").skp.iki] == [None] * 4
    assert "2 bobot untuk 3 IKI" in reply
