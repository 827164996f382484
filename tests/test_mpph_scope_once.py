"""The regions no member holds are named once per reply: by the scope question when it follows the matrix (the check
above it says only that the scope is still asked), by the matrix's note when members' shares of the work make the
whole and so close the scope (play41 #6)."""

from bot.conversation import Engine
from tests.talk import mpph_divided, said


def test_the_scope_question_names_the_regions_left_and_the_check_above_it_does_not():
    engine = Engine()
    text = said(mpph_divided(engine, "a", "/mpph Persentase puskesmas yang melaporkan PWS KIA tepat waktu; 85%",
                             "wilayah", "Lina; Kalimantan; 85%\nOmar; Sulawesi; 85%", "selesai"))
    assert engine.state("a").mpph.step == "scope", text
    assert text.count("Maluku dan Papua") == 1 and "Siapa yang memegangnya?" in text, text
    assert "semua indikator sudah diintervensi" not in text and "tinggal cakupan wilayah Indikator 1" in text, text


def test_shares_of_a_count_that_make_the_whole_close_the_scope_too():
    engine = Engine()
    text = said(mpph_divided(engine, "b", "/mpph Jumlah desa yang melaksanakan STBM; 400 desa", "wilayah",
                             "Lina; Kalimantan; 25%\nOmar; Sulawesi; 75%", "selesai"))
    flow = engine.state("b").mpph
    assert flow.step == "done" and [r.porsi for r in flow.indicators[0].peran] == ["25%", "75%"], text
    assert text.count("Maluku dan Papua") == 1 and "seluruh cakupan Indikator 1" in text, text


def test_shares_changed_short_of_the_whole_open_the_scope_question_again():
    engine = Engine()
    mpph_divided(engine, "c", "/mpph Jumlah desa yang melaksanakan STBM; 400 desa", "wilayah",
                 "Lina; Kalimantan; 25%\nOmar; Sulawesi; 75%", "selesai")
    engine.press("c", "mpph:edit:2")
    text = said(engine.handle("c", "Omar; Sulawesi; 200; porsi beban 50%"))
    assert engine.state("c").mpph.step == "scope" and "Siapa yang memegangnya?" in text, text
