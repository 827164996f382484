"""A target typed with a strict «<» or «>» is kept and shown as written, wherever it is typed (d11-kkp05: «HI < 1%»
among targets in order was shown «≤ 1%»); «maks», «≤» stay a ceiling «≤»."""

import pytest

from bot.conversation import Engine
from tests.talk import said, typed

WORK = "inspeksi sanitasi TPM bandara, pengawasan vektor, pengawasan kualitas air bersih pesawat"


@pytest.mark.parametrize("targets, shown", [("85%, < 1%, 90%, 80", "< 1%"), ("85, <1%, 90, 80", "< 1%"),
                                            ("85%, maks 1%, 90%, 80", "≤ 1%"), ("85%, ≤ 1%, 90%, 80", "≤ 1%")])
def test_targets_in_order_under_the_iki_proposed_together_keep_the_sign_typed(targets, shown):
    engine = Engine()
    typed(engine, "u", "/prima", "Lewati", "Lewati", WORK)
    reply = said(engine.handle("u", f"targetnya: {targets}"))
    other = "≤ 1%" if shown == "< 1%" else "< 1%"
    assert f"target {shown}" in reply and other not in reply, reply


@pytest.mark.parametrize("cell, shown", [("<5", "< 5%"), ("< 5", "< 5%"), ("≤5", "≤ 5%")])
def test_a_pasted_table_cell_keeps_the_sign_typed(cell, shown):
    engine = Engine()
    reply = said(typed(engine, "u", f"1\tPersentase pengulangan foto (reject rate)\t{cell}\t%\n"
                                    "2\tPersentase pasien dilayani sesuai SPO\t100\t%"))
    assert f"(target {shown})" in reply, reply
