"""Values in order typed under a pasted list, one for each passing line not in the draft yet, save those lines with
their targets, with no flow open and at PRIMA's steps 1–3 (d10-ktm06: «95, 80, 85» was held for step 4 inside PRIMA
and «Saya belum bisa membaca pesan itu» outside it)."""

import pytest

from bot.conversation import Engine
from tests.talk import said, typed

LIST = ("1. persentase provinsi yg melaksanakan BIAS sesuai juknis\n"
        "2. persentase rekomendasi hasil supervisi imunisasi yg ditindaklanjuti\n"
        "3. jumlah rapat koordinasi imunisasi\n4. IP ASN")


@pytest.mark.parametrize("values", ["95, 80, 85", "95 80 85", "target 95, 80, 85", "95%, 80%, 85 urut ya"])
@pytest.mark.parametrize("opening", [[], ["/prima"]])
def test_one_value_for_each_waiting_line_saves_them_with_those_targets(values, opening):
    engine = Engine()
    typed(engine, "u", *opening, LIST, "no 3 hapus aja", values)
    saved = [(i.indikator, i.target) for i in engine.state("u").skp.iki]
    assert [t for _, t in saved] == ["95%", "80%", "85"] and "rapat" not in " ".join(i for i, _ in saved), saved


@pytest.mark.parametrize("values", ["95, 80", "95, 80, 85, 90"])
def test_a_count_that_differs_from_the_waiting_lines_saves_none(values):
    engine = Engine()
    typed(engine, "u", LIST, "no 3 hapus aja", values)
    assert not engine.state("u").skp.iki


def test_a_count_that_differs_says_why_with_the_lines_waiting():
    engine = Engine()
    reply = said(typed(engine, "u", LIST, "no 3 hapus aja", "95, 80"))
    assert "belum ada yang saya simpan" in reply and "nomor 1, 2 dan 4" in reply and "Saya belum bisa membaca" not in reply


def test_words_saying_the_order_are_no_unit_of_the_last_target_asked_in_turn():
    """Once a fixed line sent the list to the draft (its targets asked in turn), «… 80 urut ya» still sets 80."""
    engine = Engine()
    typed(engine, "u", LIST, "no 3 ganti persentase rekomendasi rapat koordinasi imunisasi yang ditindaklanjuti")
    assert len(engine.state("u").skp.iki) == 4
    typed(engine, "u", "95%, 80%, 85%, 90 urut ya")
    assert [i.target for i in engine.state("u").skp.iki] == ["95%", "80%", "85%", "90"]
