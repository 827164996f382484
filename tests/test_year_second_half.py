"""Staff back in the second half of the year (tester22b): a realisasi question of one triwulan does not hold in the
next, an IKI removed in words after /tetapkan is removed, a catatan named by its date is the one of that date, a
figure in another time unit is converted, a «total» figure is the running total, and old SKP versions can be read."""

import pytest

from tests.agreed_year import agreed_then, sqlite_engine
from tests.talk import said


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def test_a_realisasi_question_of_tw_ii_does_not_send_octobers_figures_to_tw_ii(engine, at):
    # tester22b #1: «isi realisasi tw 2» typed in July made October's «iki 2 94,5» overwrite TW II's 90%
    agreed_then(engine, at, "2026-07-13T10:00", "isi realisasi tw 2", "IKI 2: 90%", "2026-10-05T09:00")
    told = said(engine.handle("u1", "iki 2 94,5"))
    assert "IKI 2 TW III: 94,5%" in told and "TW II:" not in told
    kept = {(r.quarter, r.value) for r in engine.state("u1").year.realisasi if r.iki.startswith("Persentase")}
    assert kept == {(2, 90.0), (3, 94.5)}


def test_a_realisasi_question_holds_for_an_earlier_quarter_asked_in_this_one(engine, at):
    # a late TW II asked for in October still takes the figures typed under it
    told = said(agreed_then(engine, at, "2026-10-05T09:00", "isi realisasi tw 2", "IKI 2: 90%"))
    assert "IKI 2 TW II: 90%" in told


@pytest.mark.parametrize("typed", ["buang iki 2 sm 3", "hapus IKI 2 dan 3", "buang no 2 sama 3", "delete iki 2 & 3"])
def test_several_iki_removed_in_words_after_tetapkan_are_removed_never_a_realisasi_or_an_entry(engine, at, typed):
    # tester22b #1b: «buang iki 4 sm 5» after /tetapkan kept «IKI 4 TW II: 5» as a realisasi; «buang no 3, 4 sama 5»
    # was kept as a catatan «di luar SKP»
    told = said(agreed_then(engine, at, "2026-09-07T11:00", typed))
    year = engine.state("u1").year
    assert not year.realisasi and not year.entries
    assert "perubahan SKP" in told and "Apa alasannya?" in told
    assert "pengawasan" not in told  # nothing else read
    told = said(engine.handle("u1", "mutasi"))
    assert len(engine.state("u1").skp.iki) == 1 and "versi 2" in told

