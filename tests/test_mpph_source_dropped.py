"""A Ketua drops (/buang) the IKI an MPPH indicator of theirs is shared out from (tester58 F20): /buang says so, the
matrix and its workbook carry the note that the source is gone, and «urungkan» takes the note back with the IKI."""

from io import BytesIO

from openpyxl import load_workbook

from bot.conversation import Engine
from tests.talk import mpph_divided, said


def _sheet_text(replies) -> str:
    book = load_workbook(BytesIO(next(r.file for r in replies if r.file).data))
    return "\n".join(str(c) for row in book["MPPH 1 Tingkat"].iter_rows(values_only=True) for c in row if c)


def test_dropping_the_source_iki_is_noted_in_the_matrix_and_its_workbook_until_undone():
    engine = Engine()
    mpph_divided(engine, "s", "/mpph Persentase balita yang ditimbang di posyandu; 85%", "wilayah",
                 "Wulan; Jawa Tengah; 85%\nAris; DI Yogyakarta; 85%", "selesai", "cakupannya hanya ini")
    engine.press("s", "mpph:save")
    assert len(engine.state("s").skp.iki) == 1
    text = said(engine.handle("s", "/buang 1"))
    assert "Indikator 1 di MPPH tim Anda bersumber dari IKI ini" in text, text
    matrix = said(engine.handle("s", "/mpph"))
    assert "IKI sumber Indikator 1" in matrix and "sudah dibuang" in matrix, matrix
    assert "sudah dibuang" in _sheet_text(engine.press("s", "mpph:done"))
    engine.handle("s", "urungkan")
    assert len(engine.state("s").skp.iki) == 1
    assert "sudah dibuang" not in said(engine.handle("s", "/mpph"))
