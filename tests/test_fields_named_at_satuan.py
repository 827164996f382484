"""«simpan, target 0» typed at «Satuan targetnya?» names the target again: never stored as the unit, the satuan asked
again (d4-spesialis01: the satuan became «simpan, target 0» and the data awal question quoted it)."""

from tests.talk import said, typed


def test_a_target_named_at_the_satuan_question_is_no_unit(engine):
    replies = typed(engine, "u", "/cek Angka kematian neonatus di NICU tidak ada", "targetnya harus 0 dong masa boleh mati")
    assert "Satuan targetnya" in said(replies)
    text = said(engine.handle("u", "simpan, target 0"))
    iki = engine.state("u").skp.iki[0]
    assert iki.satuan != "simpan, target 0" and iki.target == "0"
    assert "bukan satuan" in text and "Satuan targetnya" in text
    engine.handle("u", "kematian")
    assert engine.state("u").skp.iki[0].satuan == "kematian"
