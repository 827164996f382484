"""A logbook line opening with a row's number, «no 3: rapat …», «nomor 1 → …», labels the IKI of that row, as «IKI 3:»
does (link52: such lines were asked «IKI mana?» whatever the label said); several numbers or a range label none."""

from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.talk import said


def _linked(engine) -> list[int]:
    iki = [i.indikator for i in engine.state("u1").skp.iki]
    return [iki.index(e.iki) + 1 for e in engine.state("u1").year.entries if e.iki]


def test_a_rows_number_opening_the_line_links_that_iki(engine):
    text = said(engine.handle("u1", "no 2: rapat sm BKN regional soal jadwal usulan"))
    assert "IKI mana yang dimaksud?" not in text and "IKI 2:" in text, text
    text = said(engine.handle("u1", "nomor 3 → koordinasi sm bagian kepegawaian ttg berkas yg kurang"))
    assert "IKI mana yang dimaksud?" not in text and "IKI 3:" in text, text
    assert _linked(engine) == [2, 3]


def test_the_label_may_follow_the_lines_date(engine):
    text = said(engine.handle("u1", "kemarin no 3 - cek berkas yg masuk dr 4 satker"))
    # its words alone point at IKI 1's berkas: the label says the user's own row
    assert "IKI mana yang dimaksud?" not in text and "IKI 3:" in text, text
    assert _linked(engine) == [3]


def test_several_numbers_or_a_range_label_no_row():
    from bot.lang.refs import row_label

    assert [row_label().match(t) and int(row_label().match(t).group(1))
            for t in ("no 3: rapat", "no. 2 - rapat", "nomor 4) susun", "no 3 & 5 beres", "no 2-3 rapat",
                      "no 3 dan 5 udh TL", "no 12")] == [3, 2, 4, None, None, None, None]
