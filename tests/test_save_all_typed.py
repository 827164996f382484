"""«simpan semua» typed under a pasted list is the list's «Simpan semua seperti ditulis» (play40 F2): every line is
saved as the user wrote it, none replaced by a suggestion they did not pick, none dropped; a first line written the
old way («Terselenggaranya …») is a line of the list, never its header."""

from bot.conversation import Engine
from tests.talk import said

_PASTE = ("Terselenggaranya bimbingan teknis surveilans bagi petugas kabupaten\n"
          "Mengikuti rapat koordinasi lintas sektor\n"
          "Jumlah SOP pelayanan yang disusun\n"
          "Persentase kasus DBD yang dilaporkan dalam 24 jam\n"
          "Persentase fasyankes yang melapor SKDR tepat waktu")


def test_every_line_is_saved_as_typed_in_its_order():
    engine = Engine()
    shown = said(engine.handle("u", _PASTE))
    assert "saya anggap judul" not in shown
    replies = engine.handle("u", "ok simpan semuanya")
    assert [i.indikator for i in engine.state("u").skp.iki] == _PASTE.splitlines()
    assert "tidak ada yang saya ganti dengan usulan" in said(replies)


def test_the_failing_lines_are_named_by_their_list_and_draft_numbers():
    engine = Engine()
    engine.handle("u", "/cek Persentase sampel air minum yang diperiksa sesuai standar")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "Selesai dulu")
    assert len(engine.state("u").skp.iki) == 1
    engine.handle("u", _PASTE)
    text = said(engine.handle("u", "simpan semua"))
    assert [i.indikator for i in engine.state("u").skp.iki][1:] == _PASTE.splitlines()
    assert "baris 1 (IKI 2 di draf)" in text and "baris 2 (IKI 3 di draf)" in text
