"""play38: /ubah of one IKI while «Simpan ke draf» asks another IKI's quarter (or any field) kept the question in the
state but never asked it again under «IKI N diubah», and the next command let it go."""

from bot.conversation import Engine
from tests.talk import said, typed

_TWO = "Persentase keluhan pasien yang ditindaklanjuti\nJumlah pedoman mutu laboratorium yang ditetapkan direktur"


def _at_the_quarter_question(engine: Engine) -> None:
    typed(engine, "u", _TWO, "simpan semua", "target 85, 1 pedoman", "belum ada data awal semua",
          "tusi semua, bagi rata")
    assert engine.state("u").fill.field == "triwulan_selesai"


def test_a_change_made_through_the_menu_asks_the_open_quarter_again():
    engine = Engine()
    _at_the_quarter_question(engine)
    typed(engine, "u", "/ubah 1")
    engine.press("u", "skp:field:1:target")
    replies = engine.handle("u", "90")
    shown = said(replies)
    assert "IKI 1 diubah" in shown and "Masih terbuka: triwulan selesai untuk «Jumlah pedoman" in shown
    assert "triwulan_selesai" not in shown  # the field's name in words, never the code's
    assert "TW III" in [b.label for b in replies[-1].buttons]
    engine.handle("u", "TW III")
    pedoman = engine.state("u").skp.iki[1]
    assert pedoman.triwulan_selesai == 3 and engine.state("u").skp.iki[0].target == "90%"


def test_an_edit_typed_whole_is_no_move_away_from_the_open_question():
    engine = Engine()
    _at_the_quarter_question(engine)
    typed(engine, "u", "/ubah 1 bobot 40")
    replies = engine.handle("u", "/skp")
    assert "Masih terbuka: triwulan selesai" in said(replies)
    engine.handle("u", "TW II")
    assert engine.state("u").skp.iki[1].triwulan_selesai == 2
