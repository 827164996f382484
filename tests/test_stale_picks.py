"""A suggestion button or pick that names no suggestion on screen says what to do, never takes another or reads its
number as a target (day35: d10-hum07 «Tidak ada usulan» under a list, «usulan 2» under one suggestion saved usulan 1
at 2%)."""

import pytest

from tests.talk import labels, said, typed

ENGLISH_LIST = ("1. Percentage of negative issues answered within 1x24 hours\n2. Social media engagement rate\n"
                "3. Number of events documented")


def test_a_stale_suggestion_button_under_a_list_says_where_the_lines_suggestions_are(engine):
    """d10-hum07: the /cek suggestions were used; their old button tapped under a pasted list names the list's own."""
    shown = typed(engine, "u", "/cek Number of press releases published")
    old = next(b for r in shown for b in r.buttons if b.label == "Pakai usulan 1")
    typed(engine, "u", "Pakai usulan 1", "70%", "TUSI", ENGLISH_LIST)
    replies = engine.press("u", old.data)
    assert "tidak berlaku" in said(replies) and "Rincian" in said(replies)
    assert {"Rincian 1", "Rincian 2", "Rincian 3"} <= {label.partition(":")[0] for label in labels(replies)}
    assert len(engine.state("u").skp.iki) == 1


@pytest.mark.parametrize("pick", ["Pakai usulan 1", "pake usulan 1 aja", "usulan 1"])
def test_a_pick_typed_under_a_list_with_one_refused_line_is_that_lines(engine, pick):
    """«Pakai usulan 1» typed with no suggestion on screen under a list with one line the rules refuse: that line's
    first suggestion, said so (d10-hum07: «Tidak ada usulan»)."""
    typed(engine, "u", "1. Persentase dokumen perencanaan yang disahkan tepat waktu\n2. Number of events documented")
    replies = typed(engine, "u", pick)
    assert "baris 2" in said(replies)
    skp = engine.state("u").skp
    assert len(skp.iki) == 1 and skp.iki[0].indikator.startswith(("Persentase", "Jumlah"))
    assert engine.state("u").listed[1].text == skp.iki[0].indikator


@pytest.mark.parametrize("pick", ["Pakai usulan 1", "pake usulan 2 aja"])
def test_a_pick_typed_under_a_list_with_several_refused_lines_asks_which_line(engine, pick):
    """Several lines wait: which line is asked with their «Rincian N», never a guess (d3-perencana01 held line 7)."""
    typed(engine, "u", ENGLISH_LIST)
    replies = typed(engine, "u", pick)
    assert "baris yang mana" in said(replies)
    assert [label.partition(":")[0] for label in labels(replies)] == ["Rincian 1", "Rincian 2", "Rincian 3"]
    assert engine.state("u").skp.iki == []


@pytest.mark.parametrize("pick", ["usulan 2", "pakai usulan 2", "pake usulan no 3 aja", "usulan 2 target 90"])
def test_a_number_naming_a_missing_suggestion_is_neither_a_target_nor_another_suggestion(engine, pick):
    """Only one suggestion shown: «usulan 2» saved usulan 1 at 2%. Said there is one, and asked again."""
    typed(engine, "u", "/cek System uptime SIMRS")
    assert len(engine.state("u").candidates) == 1
    replies = typed(engine, "u", pick)
    assert "hanya 1" in said(replies) and labels(replies) == ["Pakai usulan 1"]
    assert engine.state("u").skp.iki == [] and len(engine.state("u").candidates) == 1


@pytest.mark.parametrize("save", ["ya yg itu simpan", "oke simpan aja"])
def test_a_save_naming_no_suggestion_under_several_asks_which(engine, save):
    """d4-spesialis01: «ya yg itu simpan» under three /cek suggestions was «maksudnya apa?»: which one is asked, with
    their buttons, nothing saved."""
    typed(engine, "u", "/cek Melakukan pelayanan medik spesialistik rawat jalan tiap 10 pasien")
    count = len(engine.state("u").candidates)
    assert count > 1
    replies = typed(engine, "u", save)
    assert "yang mana" in said(replies) and labels(replies) == [f"Pakai usulan {n}" for n in range(1, count + 1)]
    assert engine.state("u").skp.iki == []
