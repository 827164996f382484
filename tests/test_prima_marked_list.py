"""Lines pasted as a list (bullets or numbers, under at most one line introducing them) where PRIMA asks for IKI, at
step 4 or at the role question before it, are read as a list, one IKI a line, never one IKI typed out with its header
(d15-xxx03)."""

import pytest

from tests.talk import prima_at_step_m, said, typed

_LIST = ("here's my list:\n- policy brief rekomendasi posisi Indonesia di WHA\n- MoU yg ditandatangani ditindaklanjuti\n"
         "- database mitra kerja sama terupdate\n- koordinasi dgn unit teknis")


def test_a_marked_list_at_step_4_is_read_line_by_line(engine):
    prima_at_step_m(engine, "u")
    replies = typed(engine, "u", _LIST)
    assert len(engine.state("u").listed) == 4 and "daftar 4 IKI" in said(replies)


@pytest.mark.parametrize("lines", [_LIST, "1. laporan kinerja triwulan tepat waktu\n2. rekonsiliasi data BMN tiap bulan"])
def test_a_marked_list_at_the_role_question_is_read_line_by_line(engine, lines):
    typed(engine, "u", "/prima", "Lewati", "Lewati")
    assert engine.state("u").prima.step == "I"
    typed(engine, "u", lines)
    assert len(engine.state("u").listed) == len(lines.splitlines()) - lines.startswith("here")
