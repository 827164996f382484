"""Day-one dev16: a command typed alone on its first line with its text pasted under it («/cek» then a numbered list,
as Telegram users paste) is that command with that text, never an unknown «/cek:»."""

from tests.talk import said

LIST = ("/cek\n1) Persentase rekomendasi kebijakan yang dimanfaatkan unit teknis 60%\n"
        "2) Jumlah FGD dengan pemangku kepentingan 8 kali\n3) Melaksanakan review literatur sistematis")


def test_cek_then_a_list_on_the_next_lines_checks_the_list(engine):
    replies = engine.handle("u", LIST)
    text = said(replies)
    assert "belum dikenal" not in text and "saya baca sebagai /cek" not in text
    assert "daftar 3 IKI" in text and "Rincian 3" in " ".join(b.label for r in replies for b in r.buttons)


def test_cek_then_one_iki_on_the_next_line_checks_it(engine):
    text = said(engine.handle("u", "/cek\nPersentase rekomendasi kebijakan yang dimanfaatkan unit teknis 60%"))
    assert "belum dikenal" not in text and "60%" in text


def test_tanya_then_its_question_on_the_next_line_is_asked(engine):
    text = said(engine.handle("u", "/tanya\napa itu IKI beyond?"))
    assert "belum dikenal" not in text and "Beyond" in text
