"""«simpan semua» under a pasted list whose SKP is not said to be agreed (draft42): every line is saved, nothing lost,
and each failing one asked in turn (its suggestion in its place, as written, or skip: out of the draft), none replaced
by a suggestion unpicked nor kept as written unasked (play40 F2, draft42); «Simpan semua seperti ditulis», tapped or its words typed, saves every line as
written, alike; an English line is asked either way, its translation offered, never saved translated unasked. A first
line written the old way («Terselenggaranya …») is a line of the list, never its header."""

from bot.conversation import Engine
from tests.talk import labels, press, said

_PASTE = ("Terselenggaranya bimbingan teknis surveilans bagi petugas kabupaten\n"
          "Mengikuti rapat koordinasi lintas sektor\n"
          "Melakukan monitoring dan evaluasi program gizi\n"
          "Persentase kasus DBD yang dilaporkan dalam 24 jam\n"
          "Persentase fasyankes yang melapor SKDR tepat waktu")
_PASSING = _PASTE.splitlines()[3:]
_ENGLISH = "Percentage of outbreak alerts verified within 24 hours"


def _drafted(engine) -> list[str]:
    return [i.indikator for i in engine.state("u").skp.iki]


def test_a_typed_save_all_keeps_every_line_and_asks_each_failing_one():
    engine = Engine()
    assert "saya anggap judul" not in said(engine.handle("u", _PASTE))
    replies = engine.handle("u", "ok simpan semuanya")
    assert _drafted(engine) == _PASTE.splitlines()  # nothing lost while the user decides
    assert "Baris 1" in said(replies) and {"Pakai usulan", "Tetap seperti ditulis", "Lewati"} <= set(labels(replies))
    assert "Target satu tahun" not in said(replies)  # one question at a time: fields come after the lines
    replies = press(engine, "u", replies, "Tetap seperti ditulis")  # line 1 as typed
    assert "Baris 2" in said(replies)
    replies = press(engine, "u", replies, "Lewati")  # line 2 skipped: out of the draft, still in the list
    assert "Baris 3" in said(replies)
    replies = press(engine, "u", replies, "Pakai usulan")  # line 3 by its suggestion, picked, in its place
    drafted = _drafted(engine)
    assert drafted[0] == _PASTE.splitlines()[0] and _PASTE.splitlines()[1] not in drafted
    assert _PASTE.splitlines()[2] not in drafted and len(drafted) == 4 and drafted[2:] == _PASSING
    assert engine.state("u").listed[2].as_written.text == _PASTE.splitlines()[2]  # put back by «apa adanya»
    text = said(replies)
    assert "baris 2 dilewati" in text and "Target satu tahun" in text
    assert engine.state("u").listed[1].text == _PASTE.splitlines()[1]  # the skipped line is not lost


def test_the_tapped_and_the_typed_keep_all_save_alike():
    tapped, typed = Engine(), Engine()
    replies = tapped.handle("u", _PASTE)
    assert "hanya bila SKP Anda sudah disepakati" in said(replies)
    press(tapped, "u", replies, "Simpan semua seperti ditulis")
    typed.handle("u", _PASTE)
    typed.handle("u", "simpan semua seperti ditulis")
    assert _drafted(tapped) == _drafted(typed) == _PASTE.splitlines()


def test_an_english_line_is_offered_in_indonesian_never_put_so_unasked():
    engine = Engine()
    engine.handle("u", f"{_PASSING[0]}\n{_ENGLISH}\n{_PASSING[1]}")
    replies = engine.handle("u", "simpan semua")
    assert _drafted(engine)[1].startswith("Percentage of outbreak")  # as typed until the user picks
    assert "Bahasa Inggris" in said(replies) and "Persentase peringatan KLB" in said(replies)
    assert {"Pakai terjemahan", "Tulis ulang", "Lewati"} <= set(labels(replies))
    press(engine, "u", replies, "Pakai terjemahan")
    assert _drafted(engine)[1].startswith("Persentase peringatan KLB") and len(_drafted(engine)) == 3


def test_an_english_line_under_the_keep_all_button_is_asked_too():
    engine = Engine()
    replies = engine.handle("u", f"Jumlah SOP pelayanan yang disusun\n{_ENGLISH}\n{_PASSING[0]}")
    replies = press(engine, "u", replies, "Simpan semua seperti ditulis")
    assert "Bahasa Inggris" in said(replies) and "Tetap seperti ditulis" not in labels(replies)
    assert not any("KLB" in text for text in _drafted(engine))
    replies = press(engine, "u", replies, "Lewati")
    assert "dilewati" in said(replies) and _drafted(engine) == ["Jumlah SOP pelayanan yang disusun", _PASSING[0]]


def test_a_line_dropped_by_its_words_while_the_lines_are_asked_is_out_and_never_asked():
    engine = Engine()
    engine.handle("u", _PASTE)
    engine.handle("u", "simpan semua")
    replies = engine.handle("u", "yg rapat koordinasi itu hapus aja")
    assert not any("rapat koordinasi" in text for text in _drafted(engine)), said(replies)
    assert "Baris 1" in said(replies)  # the line on screen asked again
    replies = press(engine, "u", replies, "Tetap seperti ditulis")
    assert "Baris 3" in said(replies) and "Baris 2" not in said(replies)
