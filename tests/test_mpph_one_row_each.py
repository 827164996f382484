"""A member named on two rows of one indicator gets one row, however the second came: on two lines of one paste
(under a title or not), as a share of the work, or typed under the scope question; not only on a hand-over."""

from bot.conversation import Engine
from tests.talk import mpph_divided, said


def _rows(engine: Engine, user: str):
    flow = engine.state(user).mpph or engine.state(user).mpph_last
    return flow.indicators[0].peran


def test_two_lines_of_one_member_in_a_count_split_by_aspect_are_one_row_with_the_counts_summed():
    engine = Engine()
    text = said(mpph_divided(engine, "a", "/mpph Jumlah fasyankes yang terakreditasi; 240 fasyankes", "aspek",
                             "dr. Rina; aspek puskesmas; 100\nFajar; aspek klinik pratama; 80\n"
                             "Rina; aspek rumah sakit; 60", "selesai"))
    rows = _rows(engine, "a")
    assert [r.pegawai for r in rows] == ["dr. Rina", "Fajar"], text
    assert rows[0].bagian == "aspek puskesmas, aspek rumah sakit" and str(rows[0].target).startswith("160"), text
    assert "keduanya saya gabung menjadi satu peran (peran 1)" in text and "MPPH-SPLIT-SUM" not in text, text


def test_two_shares_of_one_member_are_summed_into_one_share():
    engine = Engine()
    mpph_divided(engine, "b", "/mpph Persentase desa yang melaksanakan STBM pilar 1; 70%", "wilayah",
                 "Tono; Papua; 30%\nAyu; Maluku; 40%\nTono; Sulawesi; 30%", "selesai")
    said(engine.press("b", "mpph:share:porsi"))
    rows = _rows(engine, "b")
    assert [(r.pegawai, r.bagian, r.porsi) for r in rows] == [("Tono", "Papua, Sulawesi", "60%"), ("Ayu", "Maluku", "40%")]


def test_a_member_given_the_rest_under_the_scope_question_keeps_one_row():
    engine = Engine()
    mpph_divided(engine, "c", "/mpph Persentase puskesmas yang melaporkan PWS KIA tepat waktu; 85%", "wilayah",
                 "Lina; Kalimantan; 85%\nOmar; Sulawesi; 85%", "selesai")
    assert engine.state("c").mpph.step == "scope"
    engine.handle("c", "Omar; Sumatera, Jawa, Bali dan Nusa Tenggara, Maluku dan Papua; 85%")
    rows = _rows(engine, "c")
    assert [r.pegawai for r in rows] == ["Lina", "Omar"] and rows[1].bagian.startswith("Sulawesi, Sumatera"), rows
