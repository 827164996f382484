"""tester16 #4: a reopened chat (a restart) asks the question left open last, not an older one under it."""

from bot.conversation import Engine
from bot.storage.sqlite import SqliteStore
from tests.talk import labels, prima_at_step_m, said


def test_the_mpph_matrix_shown_over_a_target_question_is_what_the_chat_reopens_on(tmp_path):
    """The matrix (its buttons) came back as the older «Target satu tahun …» question; «#7» (Tambah indikator lain)
    then got «Pilihan 7 tidak ada»."""
    store = SqliteStore(tmp_path / "state.sqlite3")
    engine = Engine(store, retriever=lambda: None)
    engine.handle("k", "/cek Persentase pedoman tatalaksana hipertensi di FKTP yang ditetapkan pimpinan sesuai jadwal")
    assert "Target satu tahun" in said(engine.press("k", "fill:save"))
    engine.handle("k", "/mpph")
    engine.handle("k", "Jumlah sertifikat hasil kalibrasi alat kesehatan; 100 Sertifikat")
    engine.press("k", "mpph:method:kuantitatif")
    engine.handle("k", "Ani; 60\nBudi; 40")
    matrix = engine.press("k", "mpph:roles")
    reopened = Engine(store, retriever=lambda: None).pending("k")
    shown = [b.data for r in matrix for b in r.buttons]
    again = [b.data for r in reopened for b in r.buttons]
    assert again[: len(shown)] == shown  # «#7» presses the matrix's seventh button, as before the restart
    assert "Matriks MPPH" in said(reopened[:1]) and "Target satu tahun" not in said(reopened[:1])
    assert "Masih terbuka: target" in said(reopened)  # the question under it is not lost


def test_an_open_rewrite_offer_is_what_the_chat_reopens_on(tmp_path):
    """The «Pakai usulan 1/2» offer for an IKI that failed the rules came back as the step-4 menu, where «#2» meant
    «Selesai, lanjut ke dialog»."""
    store = SqliteStore(tmp_path / "state.sqlite3")
    engine = Engine(store, retriever=lambda: None)
    prima_at_step_m(engine, "u")
    offered = engine.handle("u", "Persentase teknisi yang mengikuti pelatihan PM alat medis")
    assert "Pakai usulan 2" in labels(offered)
    reopened = Engine(store, retriever=lambda: None).pending("u")
    assert labels(reopened)[:2] == ["Pakai usulan 1", "Pakai usulan 2"]
    assert reopened[0].buttons[1].data == "prima:use:2"
    assert "Usulan IKI berbasis output" in said(reopened[:1]) and "PRIMA masih terbuka" in said(reopened)
    picked = said(Engine(store, retriever=lambda: None).press("u", "prima:use:2"))
    assert "Target satu tahun" in picked


def test_the_open_question_alone_when_it_was_the_last_one(tmp_path):
    store = SqliteStore(tmp_path / "state.sqlite3")
    engine = Engine(store, retriever=lambda: None)
    prima_at_step_m(engine, "u")
    engine.handle("u", "Jumlah sertifikat hasil kalibrasi alat kesehatan")
    reopened = Engine(store, retriever=lambda: None).pending("u")
    assert "Target satu tahun" in said(reopened) and "Tombol pesan terakhir" not in said(reopened)
