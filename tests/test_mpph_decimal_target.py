"""A member's target with a decimal comma closing a role line (tester59 F7): «Nama: bagian, 2,75» is one target,
never a part ending «…, 2» with target 75, in every form a role line may take; a comma inside the part still stays."""

import pytest

from bot.conversation import Engine
from bot.conversation.mpph_roles import line_roles
from bot.skp.mpph import LeaderIndicator
from tests.talk import mpph_divided, said

INDEX = LeaderIndicator(id="Indikator 1", indikator="Indeks kepuasan layanan laboratorium", target="3,25",
                        metode="aspek")


@pytest.mark.parametrize("line, part, target", [
    ("Rudi: aspek waktu tunggu hasil, 2,75", "aspek waktu tunggu hasil", "2,75"),
    ("Rudi: aspek waktu tunggu hasil, target 2,75", "aspek waktu tunggu hasil", "2,75"),
    ("Rudi: aspek waktu tunggu hasil, 2.75", "aspek waktu tunggu hasil", "2.75"),
    ("Rudi: aspek waktu tunggu hasil; 2,75", "aspek waktu tunggu hasil", "2,75"),
    ("Rudi - aspek waktu tunggu hasil - 2,75", "aspek waktu tunggu hasil", "2,75"),
    ("Rudi; aspek waktu tunggu hasil; 2,75", "aspek waktu tunggu hasil", "2,75"),
    ("Rudi: aspek waktu tunggu hasil, 92,5%", "aspek waktu tunggu hasil", "92,5%"),
    ("Rudi - aspek keramahan petugas, loket - 92,5 %", "aspek keramahan petugas, loket", "92,5 %"),
])
def test_a_decimal_comma_target_closing_a_role_line_is_one_target(line, part, target):
    [role] = line_roles(line, INDEX)
    assert (role.pegawai, role.bagian, role.target) == ("Rudi", part, target)


def test_two_members_on_one_line_each_keep_their_decimal_target():
    roles = line_roles("Rudi: aspek waktu tunggu, 2,75, Sinta: aspek kebersihan ruang, 3,1", INDEX)
    assert [(r.pegawai, r.bagian, r.target) for r in roles] == [("Rudi", "aspek waktu tunggu", "2,75"),
                                                                 ("Sinta", "aspek kebersihan ruang", "3,1")]


def test_the_matrix_shows_the_decimal_target_and_sums_it_whole():
    engine = Engine()
    text = said(mpph_divided(engine, "k", "/mpph Indeks kepuasan layanan laboratorium; 3,25", "aspek",
                             "Rudi: aspek waktu tunggu hasil, 3,25\nSinta: aspek kebersihan ruang, 3,25", "selesai"))
    assert "aspek waktu tunggu hasil (target 3,25)" in text and "dan 3" not in text, text
    assert "berjumlah 6,5 dari 3,25" in text, text
