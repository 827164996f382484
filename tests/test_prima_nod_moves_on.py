"""A bare nod or «lanjut» at PRIMA's steps 1–3 where it picks nothing moves the user on, never «Siap.» with the same
question again (d10-san05: ten «ok»/«lanjut» in a row all answered «Siap.» at step 1, the draft left empty)."""

import pytest

from bot.conversation import Engine
from bot.models import Peran
from tests.talk import said, typed

NOTHING_FOUND = "sanitarian BKK bandara soekarno hatta"


def _searched_nothing(engine: Engine) -> str:
    reply = said(typed(engine, "u", "/prima", NOTHING_FOUND))
    assert "Tidak ada indikator Renstra yang cukup cocok" in reply and not engine.state("u").hits, reply
    return reply


@pytest.mark.parametrize("nod", ["ok", "oke", "lanjut", "lanjut aja", "sip"])
def test_a_nod_after_a_search_that_found_nothing_keeps_the_words_typed_and_goes_to_step_2(nod):
    engine = Engine()
    _searched_nothing(engine)
    reply = said(engine.handle("u", nod))
    state = engine.state("u")
    assert state.prima.step == "R" and "Siap." not in reply, reply
    assert "Langkah 2 dari 5" in reply and "sanitarian" in state.prima.indicator.name, reply


@pytest.mark.parametrize("nod", ["ok", "lanjut", "siap"])
def test_a_nod_at_step_1_with_nothing_typed_skips_it(nod):
    engine = Engine()
    engine.handle("u", "/prima")
    reply = said(engine.handle("u", nod))
    assert engine.state("u").prima.step == "R" and "saya lewati" in reply and "Siap." not in reply, reply


@pytest.mark.parametrize("nod", ["ok", "lanjut", "oke lanjut"])
def test_a_nod_at_step_2_is_no_strategy_and_moves_on(nod):
    engine = Engine()
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    reply = said(engine.handle("u", nod))
    state = engine.state("u")
    assert state.prima.step == "I" and not state.prima.strategies and "Apa peran Anda" in reply, reply


@pytest.mark.parametrize("going", ["lanjut", "Lanjut", "lanjutin", "lanjutkan"])
def test_lanjut_at_the_role_question_takes_the_usual_answers_said(going):
    engine = Engine()
    typed(engine, "u", "/prima", "Lewati", "triase pasien, resusitasi, observasi pasien, serah terima ke ruangan")
    reply = said(engine.handle("u", going))
    state = engine.state("u")
    assert state.prima.step == "M" and state.skp.peran is Peran.anggota, reply
    assert "Saya anggap Anda anggota tim" in reply and "Siap." not in reply, reply


def test_ok_under_several_indicators_found_picks_none_and_stays():
    engine = Engine()
    typed(engine, "u", "/prima", "skrining bayi baru lahir")
    state = engine.state("u")
    state.hits = state.hits * 2  # two rows offered: a nod picks neither
    engine._store.save("u", state.model_dump_json())
    engine.handle("u", "ok")
    assert engine.state("u").prima.step == "P"


@pytest.mark.parametrize("back", ["ok balik lg ke yg td", "kembali ke prima"])
def test_going_back_after_a_detour_at_step_4_asks_it_again_and_is_no_iki(back):
    # d11-kkp05: at step 4's starting points «ok balik lg ke yg td» was checked as an IKI («Sifat: …»)
    engine = Engine()
    typed(engine, "u", "/prima", "Lewati", "inspeksi sanitasi TPM bandara, pengawasan kualitas air bersih pesawat",
          "Anggota tim", "Tidak langsung", "/batal", "/tanya berapa jumlah IKI yang boleh dimiliki?")
    reply = said(engine.handle("u", back))
    assert "Sifat:" not in reply and "Langkah 4 dari 5" in reply, reply
    assert engine.state("u").prima.current is None


def test_a_line_saved_by_its_suggestion_at_step_4_is_not_drafted_again_by_simpan():
    # a list pasted at step 4, «no 3 pake usulan 1» saved line 3's suggestion; «simpan» then drafted it once more
    from tests.test_day_one_dev3_round2 import TREASURY

    engine = Engine()
    typed(engine, "u", "/prima", "Lewati", "verifikasi SPP, nerbitin SPM", "Anggota tim", "Tidak langsung", TREASURY,
          "no 3 pake usulan 1, no 5 yaudah buang")
    saved = engine.state("u").skp.iki[0].indikator
    reply = said(engine.handle("u", "simpan"))
    state = engine.state("u")
    waiting = [state.prima.current.indikator] + [d.indikator for d in state.prima.queue]
    assert len(waiting) == 3 and saved not in waiting and saved not in reply, reply


@pytest.mark.parametrize("save", ["ok semua bagus, simpan", "simpan semua", "sip mantap simpan semuanya",
                                  "yaudah simpan aja semuanya ya kak"])
def test_a_save_of_every_starting_point_at_step_4_saves_them_all_and_asks_their_fields(save):
    # d10-apk02: «ok semua bagus, simpan» under step 4's starting points was checked as an IKI («Sifat: …»)
    engine = Engine()
    typed(engine, "u", "/prima", "Lewati", "konseling pasien pulang, rekonsiliasi obat", "Anggota tim",
          "Tidak langsung")
    shown = list(engine.state("u").prima.proposals)
    reply = said(engine.handle("u", save))
    saved = [i.indikator for i in engine.state("u").skp.iki]
    assert len(shown) == 2 and all(p.indikator in saved for p in shown) and "Sifat:" not in reply, reply
    assert "Target satu tahun" in reply, reply


@pytest.mark.parametrize("pick", ["simpan yg konseling aja", "simpan 1"])
def test_a_save_naming_one_starting_point_is_no_save_of_all(pick):
    engine = Engine()
    typed(engine, "u", "/prima", "Lewati", "konseling pasien pulang, rekonsiliasi obat", "Anggota tim",
          "Tidak langsung")
    engine.handle("u", pick)
    assert len([i for i in engine.state("u").skp.iki if "Profesionalitas" not in i.indikator]) < 2
