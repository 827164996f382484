"""Day-one set 22 leftovers: a pick of a suggestion and lines of the list saved in one message."""

from tests.talk import said

LIST = ("/cek\n1. Persentase dokumen perizinan yang diverifikasi tepat waktu 90%\n"
        "2. Jumlah rapat koordinasi perizinan 10 kali\n"
        "3. Persentase pengaduan perizinan yang diselesaikan dalam 5 hari kerja 85%")


def test_a_pick_and_lines_named_after_it_do_both(engine):
    """d22-dev02: «pakai usulan 2 ya, lalu masukin no 1 dan 3 juga» under a list line's suggestions: the second
    suggestion saved for its line and lines 1 and 3 saved too, «1 dan» never a target of the suggestion."""
    engine.handle("u", LIST)
    engine.handle("u", "/cek 2")
    state = engine.state("u")
    assert len(state.candidates) >= 2
    second = state.candidates[1].indikator
    text = said(engine.handle("u", "pakai usulan 2 ya, lalu masukin no 1 dan 3 juga"))
    saved = [i.indikator for i in engine.state("u").skp.iki]
    assert second in saved and len(saved) == 3, (saved, text)
    assert "tidak bisa 1" not in text


def test_an_ordinal_beside_a_noun_for_the_options_picks_by_place():
    """«pakai saran kedua» picks the second option as «yg kedua» does; a noun alone picks nothing."""
    from bot.conversation.choices import typed_choice

    labels = ["Pakai usulan 1", "Pakai usulan 2", "Pakai usulan 3"]
    assert typed_choice("pakai saran kedua", labels) == 1 and typed_choice("usulan ketiga aja", labels) == 2
    assert typed_choice("pakai saran", labels) is None
