"""Day-one answers outside PRIMA (issue 16, seventh round): a value taken at a field is said back; ..."""

from bot.conversation import Engine
from tests.test_day_one_round6 import at_field, said


def test_a_number_word_taken_at_the_target_question_is_said_back():
    engine, user = Engine(), "u-r7-echo"
    at_field(engine, user, "target")
    replies = engine.handle(user, "seratus persen")
    assert engine.state(user).skp.iki[0].target == "100%"
    assert "Target 100% tercatat" in said(replies)
    replies = engine.handle(user, "72")
    assert "Data awal 72% tercatat" in said(replies)


LIST = ("1. Jumlah sampel yg diperiksa 3000 sampel\n2. Persentase hasil uji mikrobiologi yg dikirim tepat waktu 90%\n"
        "3. Melakukan sterilisasi alat")


def test_a_list_line_asked_about_is_shown_and_offered_never_saved_by_looking():
    engine, user = Engine(), "u-r7-look"
    engine.handle(user, LIST)
    replies = engine.handle(user, "no 1 itu jumlah sampel yg diperiksa 3000, itu output kan?")
    assert engine.state(user).skp.iki == []
    assert any(b.data.startswith("fill:") for r in replies for b in r.buttons)  # «Simpan ke draf» offered
    engine.press(user, "list:detail:1")
    assert engine.state(user).skp.iki == []
