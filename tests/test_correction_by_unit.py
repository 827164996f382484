"""A correction whose value carries a count's unit goes to the IKI counted in that unit, and the reply names it; a
count never becomes a Persentase's data awal (tester56 F3: «yg kapal HQC 1.250 kapal» saved as IKI 1's data awal)."""

LIST = "\n".join(["- Persentase bayi yang mendapat imunisasi dasar lengkap di wilayah puskesmas",
                  "- Jumlah kader posyandu yang tersertifikasi pemantauan pertumbuhan",
                  "- Persentase ibu hamil yang mendapat tablet tambah darah"])


def _filled(engine):
    engine.handle("u", LIST)
    engine.press("u", "list:save:fixed")
    engine.handle("u", "92%")  # IKI 1's target
    engine.handle("u", "88%")  # IKI 1's data awal
    engine.handle("u", "target sisanya 150 kader, 90%")


def test_a_corrected_count_goes_to_the_iki_counted_in_it(engine):
    _filled(engine)
    said = "\n".join(r.text for r in engine.handle("u", "eh keliru, yg kader posyandu 175 kader"))
    skp = engine.state("u").skp
    assert skp.iki[1].target == "175 kader", said
    assert skp.iki[0].baseline == "88%"
    assert "IKI 2" in said


def test_a_count_naming_no_iki_is_refused_for_a_percentage(engine):
    _filled(engine)
    said = "\n".join(r.text for r in engine.handle("u", "eh salah, 40 dokumen"))
    skp = engine.state("u").skp
    assert skp.iki[0].baseline == "88%" and skp.iki[0].target == "92%", said
    assert "bukan persen" in said
