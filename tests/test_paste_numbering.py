"""After «simpan yg lolos» the draft's numbers are not the pasted list's: «no N» right after is said to be draft
IKI N, with what line N of the list became, never silently one reading or the other (issue 16)."""

from bot.conversation import Engine
from tests.talk import said

PASTE = ("1. Jumlah laporan monev yang disusun\n2. Persentase sampel yang diperiksa sesuai TAT\n"
         "3. Melaksanakan rapat koordinasi\n4. Persentase rekomendasi hasil audit yang ditindaklanjuti\n"
         "5. Jumlah SK kenaikan pangkat yang terbit tepat waktu")


def saved() -> Engine:
    engine = Engine()
    engine.handle("u", PASTE)
    engine.handle("u", "simpan yg lolos")  # lines 2, 4, 5 become IKI 1, 2, 3
    assert len(engine.state("u").skp.iki) == 3
    return engine


def test_no_n_after_saving_from_a_paste_says_which_iki_it_is_taken_as():
    engine = saved()
    reply = said(engine.handle("u", "no 2 targetnya 90%"))
    assert "IKI 2 di draf (baris 4 daftar yang Anda tempel)" in reply
    assert "baris 2 daftar itu kini IKI 1 di draf" in reply
    assert engine.state("u").skp.iki[1].target == "90%"
    reply = said(saved().handle("u", "no 3 targetnya 80%"))
    assert "IKI 3 di draf (baris 5 daftar yang Anda tempel); baris 3 daftar itu tidak tersimpan di draf" in reply


def test_a_number_both_readings_agree_on_needs_no_note():
    engine = Engine()
    engine.handle("u", "1. Persentase sampel yang diperiksa sesuai TAT\n2. Persentase rekomendasi hasil audit yang "
                       "ditindaklanjuti\n3. Melaksanakan rapat koordinasi")
    engine.handle("u", "simpan yg lolos")  # lines 1, 2 are IKI 1, 2
    assert engine.state("u").fill.lines == {"1": 0, "2": 1}
    reply = said(engine.handle("u", "no 2 targetnya 90%"))
    assert "saya baca sebagai" not in reply and engine.state("u").skp.iki[1].target == "90%"
