"""A question asked is never dropped unseen when the user moves on (play40 F9): /profil opened over a field question,
then another command: the profile's question is the one named open (it takes the next message), the field question
comes back once the profile is let go, and the profile's letting go is said with how to return."""

from bot.conversation import Engine
from tests.talk import said


def _profile_over_a_target_question(engine):
    engine.handle("u", "/cek Persentase pasien rawat jalan yang dilayani kurang dari 60 menit")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "/profil")
    assert engine.state("u").profil is not None and engine.state("u").fill is not None


def test_the_profile_question_is_the_one_named_after_another_command():
    engine = Engine()
    _profile_over_a_target_question(engine)
    shown = said(engine.handle("u", "/skp"))
    assert "Masih terbuka: Profil — Nama lengkap" in shown and "Masih terbuka: target" not in shown
    engine.handle("u", "dr. Rina Marlina")
    assert engine.state("u").skp.pegawai.nama == "dr. Rina Marlina"


def test_the_field_question_comes_back_when_the_profile_is_let_go():
    engine = Engine()
    _profile_over_a_target_question(engine)
    engine.handle("u", "/skp")
    shown = said(engine.handle("u", "/bantuan"))
    assert "Pertanyaan profil saya tutup dulu" in shown and "/profil" in shown
    assert "Masih terbuka: target untuk «Persentase pasien rawat jalan" in shown
