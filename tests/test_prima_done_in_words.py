"""Step 4 of PRIMA left in words («udah cukup, lanjut», «done, next step pls», «selesai») at any of its questions, as
its «Selesai, lanjut ke dialog» button does: never checked as an IKI, never «Bobot/Target harus angka» (tester52
P3-4)."""

import pytest

from bot.conversation import Engine
from tests.talk import press, prima_at_step_m, said

IKI = "Persentase backup database LIMS yang berhasil dipulihkan"


@pytest.mark.parametrize("going", ["udah cukup, lanjut", "done, next step pls", "selesai"])
def test_done_words_at_a_field_question_go_to_step_5(going):
    engine = Engine()
    prima_at_step_m(engine, "u")
    engine.handle("u", IKI)
    engine.handle("u", "90")  # saved; its data awal asked
    reply = said(engine.handle("u", going))
    assert engine.state("u").prima.step == "A" and "Langkah 5 dari 5" in reply, reply
    assert "harus berupa angka" not in reply and len(engine.state("u").skp.iki) == 1, reply


def test_done_words_at_the_iki_question_are_never_an_iki():
    engine = Engine()
    prima_at_step_m(engine, "u")
    engine.handle("u", IKI)
    engine.handle("u", "90")
    press(engine, "u", engine.handle("u", "Selesai dulu"), "Kembali ke IKI")  # back at step 4's IKI question
    assert engine.state("u").prima.field == "indikator"
    reply = said(engine.handle("u", "udah cukup, lanjut"))
    assert engine.state("u").prima.step == "A" and "Dibaca sebagai" not in reply, reply
    assert [iki.indikator for iki in engine.state("u").skp.iki] == [IKI], reply


def test_done_words_with_nothing_saved_ask_for_an_iki_first():
    engine = Engine()
    prima_at_step_m(engine, "u")
    reply = said(engine.handle("u", "udah cukup, lanjut"))
    state = engine.state("u")
    assert state.prima.step == "M" and not state.skp.iki and "Dibaca sebagai" not in reply, reply
    assert "Belum ada IKI yang tersimpan" in reply, reply


def test_an_unsaved_iki_is_said_kept_when_leaving():
    engine = Engine()
    prima_at_step_m(engine, "u")
    engine.handle("u", IKI)
    engine.handle("u", "90")
    press(engine, "u", engine.handle("u", "Selesai dulu"), "Kembali ke IKI")
    engine.handle("u", "Persentase tiket gangguan TI yang diselesaikan dalam 1x24 jam")  # its target asked
    assert engine.state("u").prima.field == "target" and engine.state("u").prima.index is None
    reply = said(engine.handle("u", "selesai"))
    assert engine.state("u").prima.step == "A" and "belum tersimpan" in reply, reply


@pytest.mark.parametrize("going", ["udah cukup, lanjut", "ok done, next pls"])
def test_done_words_at_step_1_after_nothing_found_move_on_never_name_the_unit(going):
    """The lead's play: after a search found nothing at step 1, «udah cukup, lanjut» became the unit's indicator
    «udah cukup, lanjut»; it moves on as a bare «lanjut» does, the words searched before kept as the unit's."""
    engine = Engine()
    engine.handle("u", "/prima")
    engine.handle("u", "kerjaan sy bikin konten medsos kampanye germas")
    reply = said(engine.handle("u", going))
    prima = engine.state("u").prima
    assert prima.step == "R", reply
    assert prima.indicator is not None and "lanjut" not in prima.indicator.name.lower(), prima.indicator
