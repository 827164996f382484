"""The lines of a pasted list left out of the draft are named as the list's lines, with their number in the draft
where it differs, and each «Rincian» button names its line's words (play40 F7: «nomor 1» and «Rincian 1» were read
as the draft's IKI 1, while the draft's IKI 1 was the list's line 2)."""

from bot.conversation import Engine
from tests.talk import labels, said

_LIST = ("Melaksanakan penyuluhan PHBS di sekolah\n"
         "Persentase sekolah yang menerapkan PHBS sesuai standar\n"
         "Mengikuti rapat koordinasi UKS")


def test_lines_left_out_are_named_as_the_lists_with_buttons_naming_them():
    engine = Engine()
    engine.handle("u", "/cek Persentase posyandu aktif yang melapor tepat waktu")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "85")
    engine.handle("u", _LIST)
    engine.press("u", "list:save:fixed")  # line 2 saved: the draft's IKI 2
    shown = engine.handle("u", "/skp")
    text = said(shown)
    assert "Belum lolos aturan: baris 1 dan baris 3 daftar Anda" in text and "(nomor 1" not in text
    assert [label for label in labels(shown) if label.startswith("Rincian")] == [
        "Rincian 1: Melaksanakan penyu…", "Rincian 3: Mengikuti rapat ko…"]


def test_a_line_saved_as_typed_is_named_with_its_draft_number():
    engine = Engine()
    engine.handle("u", "/cek Persentase posyandu aktif yang melapor tepat waktu")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "85")
    engine.handle("u", _LIST)
    engine.handle("u", "simpan semua")
    text = said(engine.handle("u", "/skp"))
    assert "baris 1 (IKI 2 di draf) dan baris 3 (IKI 4 di draf)" in text
