"""A question typed at the weight question answers nothing, whatever number it holds (tester17b #2: «lho kok sisa 0?
tadi sy ikut saran bobotnya» was saved as bobot 0%): it is answered with the weights so far and why that much is left,
and the weight is asked again."""

import pytest

from bot.conversation import Engine
from tests.talk import said, typed


def at_weight(engine: Engine, user: str) -> None:
    works = ["berkas usulan kenaikan pangkat", "laporan keuangan satker", "dokumen pengadaan barang"]
    pasted = "\n".join(f"{n}. Persentase {w} yang diselesaikan tepat waktu, target 90%, Core TUSI"
                       for n, w in enumerate(works, start=1))
    typed(engine, user, pasted, "simpan semua", "Belum ada data awal")
    assert engine.state(user).fill.field == "bobot"


@pytest.mark.parametrize("question", ["lho kok sisa 0? tadi sy ikut saran bobotnya", "kok sisanya 0 sih",
                                      "masa 0", "knp cuma 0 yg tersisa"])
def test_a_question_at_the_weight_step_is_answered_and_the_weight_asked_again(question):
    engine = Engine()
    at_weight(engine, "u")
    replies = engine.handle("u", question)
    state = engine.state("u")
    assert [iki.bobot for iki in state.skp.iki] == [None] * 3
    text = said(replies)
    assert "Bobot di SKP Anda sekarang" in text and "Core TUSI 90%" in text
    assert state.fill.field == "bobot" and "Bobot IKI ini" in text


@pytest.mark.parametrize("answer, weight", [("30", 30), ("20?", 20), ("30 aja", 30)])
def test_a_weight_typed_plainly_or_asked_back_alone_is_the_weight(answer, weight):
    engine = Engine()
    at_weight(engine, "u")
    engine.handle("u", answer)
    assert engine.state("u").skp.iki[0].bobot == weight


def test_the_weight_suggested_leaves_room_for_the_iki_of_the_list_whose_jenis_is_not_asked_yet():
    """tester17b #4: six pasted IKI without a jenis, each made Core TUSI when asked, were suggested 22,5% (TUSI 90%
    over four) until the sixth had 0% left; the suggestion counts the IKI of the list that will be TUSI too."""
    engine = Engine()
    works = ["berkas usulan kenaikan pangkat", "laporan keuangan satker", "dokumen pengadaan barang", "surat keluar unit",
             "data kepegawaian pegawai", "usulan mutasi pegawai"]
    pasted = "\n".join(f"{n}. Persentase {w} yang diselesaikan tepat waktu, target 90%"
                       for n, w in enumerate(works, start=1))
    typed(engine, "u", pasted, "simpan semua")
    for _ in works:  # each IKI: no data awal yet, Core TUSI, then the weight suggested
        engine.handle("u", "Belum ada data awal")
        assert engine.state("u").fill.field == "jenis"
        typed(engine, "u", "Core TUSI", "ok")
    assert [iki.bobot for iki in engine.state("u").skp.iki] == [15] * 6
