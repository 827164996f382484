"""Round 13 (tester9, tester10): what the blind testers left (each test failed before its fix)."""

from bot.conversation import Engine
from bot.storage.sqlite import SqliteStore
from tests.talk import labels, prima_at_step_m, said

LIST = ("1. Persentase resep rawat jalan yang dilayani dalam waktu 30 menit\n"
        "2. Jumlah pasien rawat inap yang mendapat konseling obat saat pulang\n"
        "3. Persentase kesesuaian peresepan dengan formularium nasional")


def test_a_list_pasted_at_step_m_is_offered_again_when_the_chat_reopens(tmp_path):
    """tester9 #24: a list pasted in step M was gone when the chat reopened the next day: the resumed step showed no
    «Susun N IKI», and «#1» hit another button."""
    store = SqliteStore(tmp_path / "state.sqlite3")
    engine = Engine(store, retriever=lambda: None)
    prima_at_step_m(engine, "u")
    assert "Susun 3 IKI yang lolos" in labels(engine.handle("u", LIST))
    reopened = Engine(store, retriever=lambda: None).pending("u")
    assert "Susun 3 IKI yang lolos" in labels(reopened) and "masih tersimpan" in said(reopened)
    assert reopened[-1].buttons  # the list's buttons come last, so «#1» is its first one


def test_a_list_taken_into_the_draft_is_not_offered_again(tmp_path):
    from bot.models import IkiDraft

    store = SqliteStore(tmp_path / "state.sqlite3")
    engine = Engine(store, retriever=lambda: None)
    prima_at_step_m(engine, "u")
    engine.handle("u", LIST)
    state = engine.state("u")
    state.skp.iki = [IkiDraft(indikator="Jumlah pasien rawat inap yang mendapat konseling obat saat pulang", target="1200")]
    store.save("u", state.model_dump_json())
    reopened = Engine(store, retriever=lambda: None).pending("u")
    assert "masih tersimpan" not in said(reopened) and "Langkah 4" in said(reopened)


def _mpph_matrix(engine, user="k"):
    engine.handle(user, "/mpph")
    engine.handle(user, "Persentase kabupaten/kota yang mencapai imunisasi dasar lengkap pada bayi, target 95%")
    engine.press(user, "mpph:method:aspek")


def test_a_question_under_the_mpph_matrix_gets_the_matrix_help_with_its_buttons(engine):
    """tester9 #14: under the matrix «maksudnya gmn kak?» got «di luar pedoman»."""
    _mpph_matrix(engine)
    engine.handle("k", "Andi; aspek pencatatan; 95%\nBudi; aspek pelaporan; 95%")
    engine.press("k", "mpph:roles")
    assert engine.state("k").mpph.step == "done"
    for question in ("maksudnya gmn kak?", "contohnya?"):
        replies = engine.handle("k", question)
        assert "matriks MPPH" in said(replies) and "di luar pedoman" not in said(replies)
        assert "Undang anggota" in labels(replies)


def test_a_question_while_roles_are_written_gets_the_roles_help(engine):
    _mpph_matrix(engine)
    replies = engine.handle("k", "maksudnya?")
    assert "satu baris per orang" in said(replies) and "di luar pedoman" not in said(replies)
    assert engine.state("k").mpph.step == "roles" and not engine.state("k").mpph.current.peran
