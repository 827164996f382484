"""An open flow's reminder is said once, not on every turn (tester52 P1-5, P2-6): the MPPH matrix's «masih terbuka»
after each question and at every chat opening."""

from bot.conversation import Engine
from tests.talk import labels, mpph_divided, said

MATRIX_OPEN = "Matriks MPPH Anda masih terbuka"


def _matrix_shown(engine):
    engine.handle("u", "/mpph")
    mpph_divided(engine, "u", "Jumlah sertifikat hasil kalibrasi alat kesehatan; 100 Sertifikat", "kuantitatif",
                 "Ani; wilayah barat; 60\nBudi; wilayah timur; 40")
    assert "Selesai, unduh XLSX" in labels(engine.press("u", "mpph:roles"))


def test_the_matrix_reminder_is_said_once_after_questions():
    engine = Engine()
    _matrix_shown(engine)
    first = engine.handle("u", "apa itu IKI?")
    assert MATRIX_OPEN in said(first) and "Selesai, unduh XLSX" in labels(first)
    again = said(engine.handle("u", "apa itu RHK?"))
    assert MATRIX_OPEN not in again and MATRIX_OPEN not in said(engine.pending("u")), again


def test_the_matrix_shown_again_is_reminded_once_more():
    engine = Engine()
    _matrix_shown(engine)
    engine.handle("u", "apa itu IKI?")
    engine.handle("u", "ubah 2 Budi; wilayah timur; 45")
    assert MATRIX_OPEN in said(engine.handle("u", "apa itu RHK?"))



def test_prima_open_is_not_named_after_commands_once_the_skp_is_handed_to_the_leader():
    from bot.team.record import Status
    from tests.talk import prima_at_step_m

    engine = Engine()
    prima_at_step_m(engine, "u")
    engine.handle("u", "Persentase sampel air yang diperiksa sesuai standar, 90")
    assert "PRIMA masih terbuka" in said(engine.handle("u", "/skp"))
    assert "PRIMA masih terbuka" in said(engine.handle("u", "/skp"))  # every command while the draft is the user's
    state = engine.state("u")
    state.team.review.status = Status.diajukan  # submitted to the leader (as /ajukan leaves it)
    engine._store.save("u", state.model_dump_json())
    assert "PRIMA masih terbuka" not in said(engine.handle("u", "/skp"))


def test_a_pasted_lists_lines_left_are_named_once_after_completed_iki():
    """tester52 P1-5: «Daftar yang Anda tempel masih tersimpan. Belum lolos aturan …» after every completed IKI."""
    from tests.talk import typed

    engine = Engine()
    typed(engine, "u", "Persentase sampel air yang diperiksa sesuai standar, 90\nPersentase alat laboratorium yang "
          "terkalibrasi tepat waktu, 95\nMelaksanakan rapat koordinasi bulanan", "simpan yang lolos",
          "belum ada", "tusi", "30", "belum ada", "tusi")
    kept = "Daftar yang Anda tempel masih tersimpan"
    first = engine.handle("u", "30")
    assert kept in said(first) and any(label.startswith("Rincian 3") for label in labels(first)), said(first)
    again = typed(engine, "u", "Persentase sertifikat hasil uji yang terbit tepat waktu, 90", "belum ada", "tusi", "20")
    assert "IKI ke-3 lengkap" in said(again) and kept not in said(again), said(again)
    assert any(label.startswith("Rincian 3") for label in labels(engine.handle("u", "/skp")))  # the list's lines still at /skp
