"""A 100% typed at the target question of a Persentase is said to be absolute, and a number given way right after
(«yaudah 95») lowers that target whatever question is open (d6-arsiparis01: no warning, and the 95 became the data
awal)."""

from tests.talk import said, typed


def _asked_target(engine, user="u"):
    replies = typed(engine, user, "/cek Persentase arsip vital yang terlindungi sesuai ketentuan")
    return typed(engine, user, "Simpan ke draf") if "Target satu tahun" not in said(replies) else replies


def test_a_full_target_is_said_absolute_and_given_way_lowers_it(engine):
    assert "Target satu tahun" in said(_asked_target(engine))
    text = said(engine.handle("u", "100"))
    assert "target mutlak" in text and "data awal" in text
    text = said(engine.handle("u", "yaudah 95"))
    iki = engine.state("u").skp.iki[0] if engine.state("u").skp.iki else engine.state("u").fill.current
    assert iki.target == "95%" and iki.baseline is None
    assert "sebelumnya 100%" in text and "data awal" in text


def test_a_bare_number_after_it_is_still_the_data_awal(engine):
    _asked_target(engine)
    engine.handle("u", "100")
    engine.handle("u", "90")
    iki = engine.state("u").skp.iki[0] if engine.state("u").skp.iki else engine.state("u").fill.current
    assert iki.target == "100%" and iki.baseline == "90%"


def test_a_full_target_typed_at_the_jenis_question_is_said_absolute_and_given_way_lowers_it(engine):
    """«100» at the jenis question goes to the next IKI without a target: said to be absolute there too, and
    «yaudah 95» right after lowers that 100, never the target of the IKI after it."""
    engine.handle("u", "Jumlah arsip yang dialihmediakan\nPersentase arsip vital yang terlindungi sesuai ketentuan\n"
                       "Persentase arsip inaktif yang dipindahkan sesuai jadwal retensi")
    replies = engine.handle("u", "Simpan semua")
    if "Target satu tahun" not in said(replies):
        replies = engine.handle("u", "Simpan 3 IKI lolos ke draf")
    assert "Target satu tahun" in said(replies)
    assert "Jenis IKI ini" in said(engine.handle("u", "3000 lembar"))
    text = said(engine.handle("u", "100"))
    assert "target mutlak" in text
    text = said(engine.handle("u", "yaudah 95"))
    iki = engine.state("u").skp.iki
    assert iki[1].target == "95%" and iki[2].target in (None, "")
    assert "sebelumnya 100%" in text and "Jenis IKI ini" in text
