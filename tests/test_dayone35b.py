"""Day one, set 19 (dayone35b): at /mpph's method question, role lines whose parts name the method («anggota: Dewi
regional barat, …») are the method and the roles, both kept; a bracket after a member's name naming their post
(«Dewi (PFM Ahli Pertama) regional barat») is who they are, never their part."""

import pytest

from tests.talk import said

_LEADER = ("IKI sy:\n1) Persentase produk PKRT beredar yg memenuhi syarat 92,5%\n"
           "2) Jumlah sampel PKRT yg diuji di lab 1.200 sampel")


@pytest.mark.parametrize("line, name, part", [
    ("Dewi (PFM Ahli Pertama) regional barat", "Dewi", "regional barat"),
    ("Sinta (Pengawas Farmasi dan Makanan Ahli Muda) regional tengah", "Sinta", "regional tengah"),
    ("Doni (Jawa, Bali) 80%", "Doni", "Jawa, Bali"),  # a bracket of regions stays the part
])
def test_a_bracketed_post_after_a_name_is_not_the_part(line, name, part):
    from bot.team.member_rows import read_row

    row = read_row(line)
    assert (row.name, row.part) == (name, part)


def test_roles_typed_at_the_method_question_are_kept_with_the_method_they_name(engine):
    engine.handle("u", "/mpph")
    engine.handle("u", _LEADER)
    text = said(engine.handle("u", "anggota: Dewi (PFM Ahli Pertama) regional barat, Yoga (PFM Ahli Pertama) "
                                   "regional timur, Sinta (Pengawas Farmasi dan Makanan Ahli Muda) regional tengah"))
    flow = engine.state("u").mpph
    assert flow.current.metode == "wilayah"
    assert [(r.pegawai, r.bagian) for r in flow.current.peran] == [
        ("Dewi", "regional barat"), ("Yoga", "regional timur"), ("Sinta", "regional tengah")]
    assert "Tercatat 3 peran" in text
