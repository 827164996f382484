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


@pytest.mark.parametrize("values", ["95, 80", "95, 80, 85, 90, 75"])
def test_a_count_that_differs_from_the_waiting_lines_saves_none_and_says_why(values):
    """Lines still waiting outside the draft: which value is whose cannot be told, so none is saved, said why."""
    engine = Engine()
    reply = said(typed(engine, "u", LIST, values))
    assert not engine.state("u").skp.iki, engine.state("u").skp.iki
    assert "belum ada yang saya simpan" in reply and "nomor 1, 2 dan 4" in reply and "Saya belum bisa membaca" not in reply


def test_one_value_for_every_line_of_the_list_goes_by_place():
    """«95, 80, 85, 90» under a list of four whose line 3 fails: one value per line, so by place (d20-dev07); the
    failing line keeps its 85 for when it is put right."""
    engine = Engine()
    reply = said(typed(engine, "u", LIST, "95, 80, 85, 90"))
    assert [i.target for i in engine.state("u").skp.iki] == ["95%", "80%", "90"], reply
    assert engine.state("u").listed[2].target == "85"


def test_after_the_drop_sent_the_lines_to_the_draft_a_count_that_differs_sets_no_target_silently():
    """«no 3 hapus aja» settles the list's last refused line, so its passing lines go to the draft with their targets
    asked in turn (58c8b52a, d13-epi01; keeping them waiting instead lost IKI on the day-one holdouts). Four values for
    three IKI set none and say why, never the first value taken and the rest dropped; two go to the first two in order
    and the third is asked later (draft_save.targets_in_order)."""
    engine = Engine()
    reply = said(typed(engine, "u", LIST, "no 3 hapus aja", "95, 80, 85, 90"))
    assert [i.target for i in engine.state("u").skp.iki] == [None, None, None]
    assert "belum ada target yang saya pasang" in reply
    reply = said(engine.handle("u", "95, 80"))
    assert [i.target for i in engine.state("u").skp.iki] == ["95%", "80%", None] and "IKI ke-3 belum bertarget" in reply


def test_words_saying_the_order_are_no_unit_of_the_last_target_asked_in_turn():
    """Once a fixed line sent the list to the draft (its targets asked in turn), «… 80 urut ya» still sets 80."""
    engine = Engine()
    typed(engine, "u", LIST, "no 3 ganti persentase rekomendasi rapat koordinasi imunisasi yang ditindaklanjuti")
    assert len(engine.state("u").skp.iki) == 4
    typed(engine, "u", "95%, 80%, 85%, 90 urut ya")
    assert [i.target for i in engine.state("u").skp.iki] == ["95%", "80%", "85%", "90"]
