"""One value after «yg» and words naming another IKI of the draft, while one IKI's field is asked, is that IKI's
target, the reason after it said back, never work to draft (day35, d6-sanitarian01: «yang air bersih 100 dong, itu
menyangkut nyawa orang»)."""

import pytest

from tests.talk import said, typed

LINES = ("Persentase SSCEC yang diterbitkan sesuai standar waktu layanan\n"
         "Persentase rekomendasi hasil pengawasan TTU yang ditindaklanjuti\n"
         "Persentase sampel air bersih kapal yang memenuhi syarat")


@pytest.mark.parametrize("message, reason", [
    ("yang air bersih 100 dong, itu menyangkut nyawa orang", "nyawa"),
    ("yg air bersih 100%, krn menyangkut keselamatan", "keselamatan"),
    ("yg air bersih 100 aja", ""),
])
def test_a_value_naming_another_iki_is_its_target_at_a_field_question(engine, message, reason):
    typed(engine, "u", LINES, "simpan semua", "90")  # the SSCEC IKI's target; its data awal is asked
    replies = typed(engine, "u", message)
    skp = engine.state("u").skp
    assert [iki.target for iki in skp.iki] == ["90%", None, "100%"]
    assert skp.iki[0].baseline is None and len(skp.iki) == 3
    assert reason in said(replies) and "data awal" in said(replies).lower()


def test_in_prima_too(engine):
    typed(engine, "u", "/prima", "Lewati", "pemeriksaan sanitasi kapal dan penerbitan SSCEC, pengawasan TTU di bandara, "
                                          "pengawasan air bersih kapal", "Anggota tim", "Tidak langsung")
    typed(engine, "u", "simpan yg SSCEC, TTU, sama air bersih", "90")
    replies = typed(engine, "u", "yang air bersih 100 dong, itu menyangkut nyawa orang")
    skp = engine.state("u").skp
    water = next(iki for iki in skp.iki if "air bersih" in iki.indikator)
    assert water.target == "100%" and "nyawa" in said(replies)
