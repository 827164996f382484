"""A Ketua's MPPH after their SKP is agreed (tester55 F8): a role changed is a perubahan as /ubah's is, asked its
reason and the day it holds from and kept as a new version (/mpph versi); a reason told with the team's change, or the
SKP's own perubahan the same day, is taken without asking; «Batalkan perubahan» puts the roles back."""

from bot.conversation import Engine
from tests.talk import said, typed

IKI = "Persentase posyandu yang aktif sesuai standar; 90%"


def _agreed_matrix(at, user: str) -> Engine:
    at("2026-01-15T09:00")
    engine = Engine()
    typed(engine, user, f"/mpph {IKI}")
    engine.press(user, "mpph:method:aspek")
    typed(engine, user, "Lina; posyandu balita; 90%\nHadi; posyandu remaja; 90%\nRudi; posyandu lansia; 90%", "selesai")
    engine.press(user, "mpph:save")
    replies = engine.handle(user, "/tetapkan")
    engine.press(user, next(b.data for r in replies for b in r.buttons if b.label.startswith("Ya")))
    assert engine.state(user).year.agreed
    at("2026-08-04T10:00")
    return engine


def _flow(engine, user):
    return engine.state(user).mpph or engine.state(user).mpph_last


def test_a_role_changed_after_penetapan_asks_its_reason_and_day_and_keeps_a_version(at):
    engine = _agreed_matrix(at, "v1")
    replies = engine.handle("v1", "hapus 3")
    text = said(replies)
    assert "Apa alasannya?" in text and "MPPH versi 2" in text
    assert not [b for r in replies for b in r.buttons if b.data.startswith("mpph:edit")]  # the reason first
    assert "Berlaku mulai tanggal berapa?" in said(engine.press("v1", "mpph:reason:direktif"))
    text = said(engine.handle("v1", "mulai 1 agustus"))
    assert "Perubahan MPPH dicatat: versi 2 (Penugasan baru yang mendesak (direktif pimpinan), berlaku 1 Agustus " \
        "2026)" in text
    flow = _flow(engine, "v1")
    assert [len(v.indicators[0].peran) for v in flow.versions] == [3, 2]
    listed = said(engine.handle("v1", "/mpph versi"))
    assert "Versi 1 · 15 Januari 2026 · saat SKP ditetapkan" in listed and "Versi 2 · 4 Agustus 2026" in listed
    engine.handle("v1", "ubah 1 Lina; posyandu balita dan lansia; 90%")  # the same day: joins version 2
    assert len(_flow(engine, "v1").versions) == 2


def test_a_reason_typed_with_its_day_records_at_once_and_undo_puts_the_roles_back(at):
    engine = _agreed_matrix(at, "v2")
    engine.handle("v2", "ubah 2 Lina; posyandu remaja; 90%")
    text = said(engine.handle("v2", "krn pak hadi dirotasi ke seksi lain per 1/8"))
    assert "versi 2 (Perubahan struktur organisasi atau mutasi jabatan, berlaku 1 Agustus 2026)" in text
    engine.handle("v2", "/mpph")
    at("2026-09-01T10:00")
    engine.handle("v2", "hapus 1")
    text = said(engine.press("v2", "mpph:undo"))
    assert "MPPH kembali seperti versi 2" in text
    roles = _flow(engine, "v2").indicators[0].peran  # Lina holds both parts in one row (the hand-over joined them)
    assert [(r.pegawai, r.bagian) for r in roles] == [("Lina", "posyandu balita, posyandu remaja"), ("Rudi", "posyandu lansia")]


def test_a_change_told_with_the_team_news_is_recorded_with_that_reason_and_day(at):
    engine = _agreed_matrix(at, "v3")
    # the one taking over named: the part is handed over with the news itself (tester58 F6)
    text = said(engine.handle("v3", "pak rudi pensiun per 31 juli, posyandu lansia dipegang hadi"))
    assert "perubahan tim" in text
    assert "Apa alasannya?" in text  # a retirement names no reason the guidance lists: asked
    assert "berlaku 31 Juli 2026" in said(engine.press("v3", "mpph:reason:struktur"))  # its day as told
    engine4 = _agreed_matrix(at, "v4")
    text = said(engine4.handle("v4", "bu lina mutasi ke dinkes per 1 agustus, posyandu balita dipegang hadi"))
    assert "Apa alasannya?" not in text
    assert "Perubahan MPPH dicatat: versi 2 (Perubahan struktur organisasi atau mutasi jabatan, berlaku 1 Agustus" in text


def test_the_matrix_agreed_with_the_skp_no_longer_waits_at_each_opening(at):
    engine = _agreed_matrix(at, "v5")
    assert engine.state("v5").mpph.versions[0].number == 1  # version 1 taken as agreed
    assert "Matriks MPPH Anda masih terbuka" not in said(engine.pending("v5"))
    assert "MPPH Anda yang tersimpan" in said(engine.handle("v5", "/mpph"))
