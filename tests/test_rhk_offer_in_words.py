"""An IKI typed under /rhk and offered «Simpan ke draf?» is answered in words as well as by the button (tester48
P2-3): a yes word saves it, a jenis word saves it with that jenis, a target typed in its line saves it at once with
that target; anything else keeps the offer and says how to answer."""

from bot.models import Jenis
from tests.talk import said, typed

RHK = "Meningkatnya akses masyarakat terhadap air minum aman"
IKI = "Persentase kab/kota yg menyelenggarakan STBM pilar air minum"


def _offered(engine, user, iki=IKI):
    replies = typed(engine, user, "/rhk", RHK, "saya pegang seluruhnya", iki)
    return said(replies)


def test_a_yes_in_words_saves_the_offered_iki_with_its_rhk(engine):
    assert "Simpan ke draf SKP?" in _offered(engine, "w1")
    text = said(engine.handle("w1", "ok simpan"))
    assert "Tersimpan ke draf sebagai IKI ke-1" in text
    (iki,) = engine.state("w1").skp.iki
    assert iki.indikator.startswith("Persentase kab/kota yang menyelenggarakan STBM") and iki.rhk == RHK
    assert iki.jenis is Jenis.core_cl  # the Ketua's whole RHK: cascaded directly, as the flow said


def test_a_jenis_word_saves_it_with_that_jenis(engine):
    for user, answer in (("w2", "tusi aja"), ("w3", "iya simpan, jenisnya tusi")):
        _offered(engine, user)
        assert "Tersimpan ke draf" in said(engine.handle(user, answer)), answer
        assert [iki.jenis for iki in engine.state(user).skp.iki] == [Jenis.core_tusi], answer


def test_the_target_typed_with_the_iki_is_kept_and_it_is_saved_at_once(engine):
    text = _offered(engine, "w4", f"{IKI}, target 75%")
    assert "Tersimpan ke draf sebagai IKI ke-1" in text and "Target dan bobotnya saya tanyakan" not in text
    assert [iki.target for iki in engine.state("w4").skp.iki] == ["75%"]


def test_anything_else_keeps_the_offer_and_says_how_to_answer(engine):
    _offered(engine, "w5")
    text = said(engine.handle("w5", "hmm"))
    assert "Masih menunggu" in text and "ya simpan" in text
    assert engine.state("w5").skp.iki == []
    assert "Tersimpan ke draf" in said(engine.handle("w5", "ya"))


def test_a_refusal_or_a_question_is_no_yes(engine):
    _offered(engine, "w6")
    engine.handle("w6", "bedanya tusi sama cl apa ya?")
    engine.handle("w6", "ga jadi")
    assert engine.state("w6").skp.iki == []
