"""tester17b #5: a pasted list stays offered after one line's «Rincian» suggestion is taken, and a question about
its other lines is answered about the list."""

from tests.talk import labels, press, prima_at_step_m, said

PASTE = ("1)\tPersentase puskesmas yg melaksanakan skrining hipotiroid kongenital pd bayi baru lahir sesuai juknis 85%\n"
         "2)\tPersentase kab/kota yg melaporkan hasil skrining PJB kritis tepat waktu 80%\n"
         "3)\tJuknis CKG bayi baru lahir yg ditetapkan 1 dokumen\n"
         "4)\tPersentase rekomendasi hasil supervisi ke dinkes prov yg ditindaklanjuti 75%\n"
         "5)\tJumlah inovasi dashboard pemantauan CKG BBL yg dimanfaatkan daerah 1 inovasi")


def _suggestion_saved(engine, user: str) -> list:
    """The list pasted at step M, line 1's «Rincian» opened, its first suggestion taken and saved whole."""
    prima_at_step_m(engine, user)
    replies = engine.handle(user, PASTE)
    assert "Susun 3 IKI yang lolos" in labels(replies)
    replies = press(engine, user, replies, "Rincian 1")
    replies = press(engine, user, replies, "Pakai usulan 1")
    replies = engine.handle(user, "85")
    replies = press(engine, user, replies, "Belum ada data awal")
    replies = press(engine, user, replies, "Core TUSI")
    replies = press(engine, user, replies, "Pakai saran")
    assert len(engine.state(user).skp.iki) == 1 and engine.state(user).prima.field == "indikator", said(replies)
    return replies


def test_the_list_is_offered_again_once_a_rincian_suggestion_is_saved(engine):
    replies = _suggestion_saved(engine, "r5a")
    assert "Susun 3 IKI yang lolos" in labels(replies), said(replies)
    assert "masih tersimpan" in said(replies)
    replies = press(engine, "r5a", replies, "Susun 3 IKI yang lolos")
    assert "Persentase kab/kota" in said(replies)


def test_a_question_about_the_other_lines_is_answered_about_the_list(engine):
    _suggestion_saved(engine, "r5b")
    replies = engine.handle("r5b", "lho yg 4 lainnya td mana? sy kan paste 5")
    assert "nomor 2, 4, 5" in said(replies), said(replies)
    assert "Susun 3 IKI yang lolos" in labels(replies)
