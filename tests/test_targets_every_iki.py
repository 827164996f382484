"""After several IKI are saved at once, every IKI of the draft still without a target is asked, in the draft's order
(play40 F8: an IKI saved alone before the paste, its question let go, was never asked again and stayed without a
target in /ekspor)."""

from bot.conversation import Engine
from tests.talk import said

_LIST = ("Persentase ibu hamil yang mendapat tablet tambah darah\n"
         "Persentase balita yang ditimbang di posyandu setiap bulan\n"
         "Persentase kader posyandu yang terlatih")


def _one_saved_then_let_go(engine):
    engine.handle("u", "/cek Persentase desa yang melaksanakan STBM sesuai standar")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "Selesai dulu")
    assert engine.state("u").skp.iki[0].target is None


def test_the_iki_saved_before_is_asked_first_and_said_why():
    engine = Engine()
    _one_saved_then_let_go(engine)
    engine.handle("u", _LIST)
    replies = engine.press("u", "list:save:fixed")
    text = said(replies)
    assert "IKI 1 yang tersimpan sebelumnya juga belum punya target" in text
    assert text.rstrip().splitlines()[-1].startswith("Target satu tahun untuk «Persentase desa yang melaksanakan STBM")


def test_targets_typed_in_order_start_at_the_first_iki_without_one():
    engine = Engine()
    _one_saved_then_let_go(engine)
    engine.handle("u", _LIST)
    engine.handle("u", "simpan semua")
    engine.handle("u", "70, 90, 85, 80")
    assert [str(i.target) for i in engine.state("u").skp.iki] == ["70%", "90%", "85%", "80%"]
