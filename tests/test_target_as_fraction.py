"""A part of a whole typed for a Persentase's target or data awal («9 dari 12 puskesmas», «3/4», «tiga perempat») is
that percentage, said back with the fraction it was read from, and the data awal is checked against it (tester57 F5:
«12 dari 15 desa» was offered only as «Ya, 12%», then a data awal of 25 was flagged as above that target)."""

import pytest

from bot.lang.values import share_in
from tests.talk import list_saved, prima_at_step_m, said, typed


@pytest.mark.parametrize("text, value, read_from", [
    ("9 dari 12 puskesmas", 75, "9 dari 12"), ("9 puskesmas dr 12", 75, "9 puskesmas dr 12"), ("4/5", 80, "4/5"),
    ("kira2 tiga perempat lah", 75, "tiga perempat"), ("separuh aja", 50, "separuh"), ("2/3", 66.7, "2/3"),
])
def test_a_fraction_is_read_as_its_percentage(text, value, read_from):
    share = share_in(text)
    assert share.value == value and share.unit == "%" and share.share_of == read_from


@pytest.mark.parametrize("text", ["85", "85 persen", "13 dari 12", "setengah tahun 40", "setengah tahun",
                                  "rata2 3 jam dari 40 sampel"])
def test_no_fraction_or_no_share_reads_none(text):
    assert share_in(text) is None


def _target_asked(engine, iki: str, user: str = "u"):
    replies = typed(engine, user, f"/cek {iki}")
    if "Target satu tahun" not in said(replies):
        replies = typed(engine, user, "Simpan ke draf")
    assert "Target satu tahun" in said(replies)


def _current(engine, user: str = "u"):
    state = engine.state(user)
    return state.skp.iki[0] if state.skp.iki else state.fill.current


def test_a_percentage_target_typed_as_a_fraction_is_said_with_it_and_the_data_awal_compared_to_it(engine):
    _target_asked(engine, "Persentase puskesmas yang melaporkan data SIHA tepat waktu")
    text = said(engine.handle("u", "9 dari 12 puskesmas"))
    assert _current(engine).target == "75%" and "75%" in text and "«9 dari 12»" in text
    text = said(engine.handle("u", "60"))  # below 75: no «above the target» question
    assert _current(engine).baseline == "60%" and "melampaui" not in text


def test_a_count_keeps_the_part_it_counts(engine):
    _target_asked(engine, "Jumlah puskesmas yang melaporkan data SIHA tepat waktu")
    engine.handle("u", "9 dari 12 puskesmas")
    assert _current(engine).target.startswith("9")


def test_a_fraction_at_the_target_of_several_saved_together_is_one_value(engine):
    engine.handle("u", "Persentase puskesmas yang melaporkan data SIHA tepat waktu\n"
                       "Persentase kasus HIV baru yang mendapat ARV sesuai standar\n"
                       "Persentase ODHIV yang diperiksa viral load sesuai jadwal")
    replies = engine.handle("u", "simpan semua")
    assert "Target satu tahun" in said(replies)
    engine.handle("u", "4/5")
    iki = engine.state("u").skp.iki
    assert iki[0].target == "80%" and iki[1].target in (None, "") and iki[2].target in (None, "")


def test_in_prima_a_worded_share_is_the_target_and_a_fraction_the_data_awal(engine):
    prima_at_step_m(engine, "u")
    engine.handle("u", "Persentase kader posyandu yang terlatih sesuai modul")
    text = said(engine.handle("u", "tiga perempat"))
    assert "75%" in text and "«tiga perempat»" in text
    engine.handle("u", "2/5")
    iki = engine.state("u").skp.iki[0]
    assert iki.target == "75%" and iki.baseline == "40%"


def test_ubah_reads_a_fraction_for_a_persentase_and_says_so(engine):
    list_saved(engine, "u", "Persentase puskesmas yang melaporkan data SIHA tepat waktu\n"
                            "Persentase kasus HIV baru yang mendapat ARV sesuai standar")
    text = said(engine.handle("u", "/ubah 2 target 18 dari 20 kasus"))
    assert engine.state("u").skp.iki[1].target == "90%" and "«18 dari 20»" in text


def test_two_high_values_joined_by_a_slash_stay_targets_in_order(engine):
    """«90/95» at the first of two Persentase waiting may be their targets in order: never read as 94,7%."""
    engine.handle("u", "Persentase puskesmas yang melaporkan data SIHA tepat waktu\n"
                       "Persentase kasus HIV baru yang mendapat ARV sesuai standar")
    assert "Target satu tahun" in said(engine.handle("u", "simpan semua"))
    engine.handle("u", "90/95")
    assert [iki.target for iki in engine.state("u").skp.iki] == ["90%", "95%"]
