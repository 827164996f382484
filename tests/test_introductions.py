"""A self-introduction gets a greeting saying what the assistant does for that role (tester9 #15)."""

import pytest

from tests.talk import labels, said


@pytest.mark.parametrize("intro", ["pagi, sy ketua tim imunisasi rutin di direktorat imunisasi ditjen P2",
                                   "halo sy kepala balai labkesmas makassar"])
def test_a_leader_hears_the_leaders_tools(engine, intro):
    replies = engine.handle("i1", intro)
    assert "/mpph" in said(replies) and "Periksa sebagai IKI" not in labels(replies)


def test_a_member_hears_how_to_start(engine):
    replies = engine.handle("i2", "sy arsiparis di biro umum")
    assert "/prima" in said(replies) and "cerita" in said(replies)
    assert "Periksa sebagai IKI" not in labels(replies)


def test_an_introduction_that_describes_work_is_still_drafted(engine):
    replies = engine.handle("i3", "sy staf keuangan, ngurus SPJ 40 per bulan")
    assert "Pakai usulan 1" in labels(replies)
