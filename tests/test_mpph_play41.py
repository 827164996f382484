"""play41 leftovers in /mpph: a member's remark shown wherever their name is (#5); a share told beside the target
kept in «Ubah peran N» and on retyping its line (#6)."""

from io import BytesIO

from openpyxl import load_workbook

from bot.conversation import Engine
from bot.conversation.mpph_matrix import current_draft
from bot.skp.mpph import check_mpph, mpph_workbook
from bot.skp.mpph_sheets import IKI_SHEET, MATRIX_SHEET
from tests.talk import mpph_divided, said, typed


def _sheet_names(book, title):
    return [row[0] for row in book[title].iter_rows(values_only=True)]


def test_a_remark_after_a_name_shows_in_the_matrix_the_role_edit_and_the_workbook():
    engine = Engine()
    mpph_divided(engine, "k", "/mpph Persentase dokumen anggaran yang tersusun tepat waktu; 95%", "aspek",
                 "Yuni Astuti, tenaga kontrak; aspek RKA; 95%\nHendra; aspek DIPA; 95%")
    matrix = said(typed(engine, "k", "selesai"))
    assert "Yuni Astuti (tenaga kontrak), Anggota:" in matrix and "Hendra (Anggota)" in matrix, matrix
    asked = said(engine.press("k", "mpph:edit:1"))
    assert "Peran 1 sekarang: Yuni Astuti (tenaga kontrak); aspek RKA" in asked, asked
    state = engine.state("k")
    draft = current_draft(state)
    book = load_workbook(BytesIO(mpph_workbook(draft, check_mpph(draft))))
    assert "Yuni Astuti (tenaga kontrak)" in _sheet_names(book, MATRIX_SHEET)
    assert "Yuni Astuti (tenaga kontrak)" in _sheet_names(book, IKI_SHEET) and "Hendra" in _sheet_names(book, IKI_SHEET)
    # the part changed by retyping the line without the remark: the person is the same, so is the remark
    engine.handle("k", "Yuni Astuti; aspek revisi RKA; 95%")
    state = engine.state("k")
    role = (state.mpph or state.mpph_last).indicators[0].peran[0]
    assert (role.pegawai, role.keterangan, role.bagian) == ("Yuni Astuti", "tenaga kontrak", "aspek revisi RKA")


def _shared(engine, user):
    mpph_divided(engine, user, "/mpph Persentase puskesmas yang melapor SKDR tepat waktu; 85%", "wilayah",
                 "Rina; Sumatera; 50%\nDoni; Kalimantan; 50%", "selesai")
    engine.press(user, "mpph:share:porsi")
    engine.press(user, "mpph:rest:tidak_ada")


def test_the_role_edit_shows_the_share_and_a_retyped_line_keeps_or_changes_it():
    engine = Engine()
    _shared(engine, "s")
    asked = said(engine.press("s", "mpph:edit:2"))
    assert "Doni; Kalimantan; 85%; porsi beban 50%" in asked, asked
    engine.handle("s", "Doni; Kalimantan dan Sulawesi; 85%")  # retyped without its share: the share stays
    roles = (engine.state("s").mpph or engine.state("s").mpph_last).indicators[0].peran
    assert (roles[1].bagian, roles[1].porsi) == ("Kalimantan dan Sulawesi", "50%")
    engine.press("s", "mpph:edit:1")
    engine.handle("s", "Rina; Sumatera; 85%; porsi beban 40%")  # the share field as shown, changed
    roles = (engine.state("s").mpph or engine.state("s").mpph_last).indicators[0].peran
    assert (roles[0].bagian, str(roles[0].target), roles[0].porsi, roles[0].iki) == ("Sumatera", "85%", "40%", None)


def test_shares_of_the_whole_close_the_scope_and_name_the_regions_left_out_once():
    engine = Engine()
    mpph_divided(engine, "w", "/mpph Persentase desa yang melaksanakan STBM pilar 1; 70%", "wilayah",
                 "Tono; Papua; 60%\nAyu; Maluku; 40%", "selesai")
    replies = engine.press("w", "mpph:share:porsi")
    text = said(replies)
    assert engine.state("w").mpph.step == "done", text  # no question of who holds the rest
    assert not any(b.data.startswith("mpph:rest:") for r in replies for b in r.buttons), text
    assert text.count("Sumatera") == 1 and "seluruh pekerjaan Indikator 1" in text, text
    assert "dipegang pimpinan/ketua sendiri" not in text and "belum ada yang memegang" not in text, text
    engine.press("w", "mpph:save")
    assert "Termasuk wilayah yang Anda pegang langsung" not in said(engine.press("w", "mpph:save"))


def test_shares_short_of_the_whole_keep_the_plain_scope_question():
    engine = Engine()
    mpph_divided(engine, "h", "/mpph Persentase desa yang melaksanakan STBM pilar 1; 70%", "wilayah",
                 "Tono; Papua; 30%\nAyu; Maluku; 20%", "selesai")
    text = said(engine.press("h", "mpph:share:porsi"))
    assert "Siapa yang memegangnya?" in text and "sudah berjumlah 100%" not in text, text
    assert "tanpa porsi beban" not in said(engine.press("h", "mpph:rest:pimpinan"))


def test_the_leaders_own_iki_saved_from_the_matrix_is_asked_what_it_lacks_one_by_one():
    engine = Engine()
    mpph_divided(engine, "o", "/mpph Jumlah fasyankes yang terakreditasi; 240 fasyankes", "aspek",
                 "Dewi; aspek puskesmas; 160\nFajar; aspek klinik pratama; 80", "selesai")
    replies = engine.press("o", "mpph:save")
    text = said(replies)
    assert "/ubah 1 bobot" not in text and engine.state("o").fill is not None, text
    assert any(b.data.startswith("fill:") for b in replies[-1].buttons), text  # the question is the last word
    text = said(engine.handle("o", "150"))  # what was asked first answered: on to the next field, never the matrix
    assert engine.state("o").fill is not None and "bobot iki ini" in text.lower(), text


def test_a_save_while_the_rest_of_the_regions_is_asked_keeps_that_question_last_then_asks_what_the_iki_lacks():
    # play41 F9 (draft42): saved while the matrix asked who holds the rest, the own IKI only got «/ubah 1 bobot …»;
    # a list save asks data awal, then bobot: so does this one, once that question is answered
    engine = Engine()
    mpph_divided(engine, "q", "/mpph Persentase desa yang melaksanakan STBM pilar 1; 70%", "wilayah",
                 "Tono; Papua; 70%\nAyu; Maluku; 70%")
    replies = engine.press("q", "mpph:save")
    assert engine.state("q").mpph.step == "scope" and "/ubah 1 bobot" not in said(replies)
    assert "saya tanyakan setelah pertanyaan di bawah dijawab" in said(replies)
    assert any(b.data.startswith("mpph:rest:") for b in replies[-1].buttons)
    assert engine.state("q").fill is None  # one question at a time
    replies = engine.press("q", "mpph:rest:pimpinan")
    assert engine.state("q").fill is not None and "data awal" in said(replies[-1:]).lower(), said(replies)
    text = said(engine.handle("q", "55"))
    assert "bobot iki ini" in text.lower(), text


def test_turning_to_the_own_draft_while_the_saved_part_is_asked_lets_the_question_go():
    engine = Engine()
    mpph_divided(engine, "g", "/mpph Jumlah fasyankes yang terakreditasi; 240 fasyankes", "aspek",
                 "Dewi; aspek puskesmas; 160\nFajar; aspek klinik pratama; 80", "selesai")
    engine.press("g", "mpph:save")
    text = said(engine.handle("g", "lanjut skp sy sendiri ya"))
    assert engine.state("g").fill is None and "IKI Anda sendiri" in text and "harus berupa angka" not in text, text
    assert len(engine.state("g").skp.iki) == 1  # the part saved stays in the draft
