"""«saya ada cascade langsung ke IKK direktorat soal regulasi, jadi CL dong?»: a user saying their work cascades
directly is told yes, Core CL, with the CL 50 / TUSI 40 / MI 10 split and how to name the IKK code, not only that no
IKI names a code yet (d6-analis01)."""

from tests.talk import said


def test_a_direct_cascade_said_is_confirmed_with_its_weights(engine):
    engine.handle("u", "/cek Persentase rancangan regulasi yang diundangkan tepat waktu sesuai program legislasi")
    text = said(engine.handle("u", "saya ada cascade langsung ke IKK direktorat soal regulasi, jadi CL dong?"))
    assert "Core CL" in text and "CL 50%" in text and "TUSI 40%" in text and "MI 10%" in text
    assert "/ubah N induk KODE" in text


def test_asking_which_ikk_reaches_me_is_not_told_the_split(engine):
    text = said(engine.handle("u", "IKK mana yg turun ke tim sy?"))
    assert "CL 50%" not in text and "kode indikator Renstra" in text
