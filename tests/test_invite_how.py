"""«anggota sy blm pny akun bot, gmn caranya mrk dpt iki dr mpph?» is a question about this assistant (tester54 #15:
answered «di luar pedoman»): the MPPH's «Undang anggota» and /start KODE, never a guidance passage."""

import pytest

from bot.conversation import Engine
from tests.talk import said


@pytest.mark.parametrize("asked", ["anggota sy blm pny akun bot, gmn caranya mrk dpt iki dr mpph?",
                                   "gmn caranya undang anggota"])
def test_how_members_get_their_part_is_the_invitation(asked):
    reply = said(Engine().handle("u", asked))
    assert "«Undang anggota»" in reply and "/start KODE" in reply and "di luar pedoman" not in reply


def test_how_to_split_among_members_stays_the_guidance():
    assert "«Undang anggota»" not in said(Engine().handle("u", "cara bagi iki ke anggota gmn"))
