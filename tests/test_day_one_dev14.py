"""Day-one dev14 outside PRIMA step 4: an IKI typed with «target 2026 60%» keeps 60% as its target (/rhk saves it so),
and a Ketua Tim's numbered member list under a head line («anggota sy:\n1. Rina Marpaung - regional 1 …») typed at
/mpph's first step is read as roles and split from the one IKI of the leader's draft."""

from bot.conversation.mpph_flow import read_roles
from bot.rules.draft_reading import read
from bot.skp.mpph import LeaderIndicator
from tests.talk import said

IKI = "IKK nya: Persentase RS rujukan yg menyelenggarakan telemedisin ke FKTP jejaringnya, target 2026 60%"
MEMBERS = ("anggota sy:\n1. Rina Marpaung - regional 1 (sumatera)\n2. Yusuf Hakim - regional 2 (jawa bali)\n"
           "3. Dewi Kartika - regional 3 (kalimantan, sulawesi)\n4. Andi Pratama - aplikasi & data, dukung semua regional")


def test_the_year_a_target_marker_names_is_no_target():
    assert read("Persentase RS rujukan yg terlayani telemedisin, target 2026 60%").target == "60%"
    assert read("Persentase RS rujukan yg terlayani telemedisin, target tahun 2026 60%").target == "60%"
    assert read("Jumlah SK kenaikan pangkat yang terbit, target 2026").target == "2026"  # no number after it


def test_rhk_keeps_the_target_typed_in_the_iki_sentence(engine):
    engine.handle("u", "/rhk")
    engine.handle("u", IKI)
    saved = said(engine.press("u", "fill:save"))
    iki = engine.state("u").skp.iki
    assert len(iki) == 1 and iki[0].target == "60%" and "Target satu tahun" not in saved
    assert "2026" not in iki[0].indikator


def test_a_numbered_member_list_under_its_head_is_read_as_roles():
    roles, problems = read_roles(MEMBERS, LeaderIndicator(id="I1", indikator="Persentase RS …", target="60%"))
    assert [role.pegawai for role in roles] == ["Rina Marpaung", "Yusuf Hakim", "Dewi Kartika", "Andi Pratama"]
    assert not problems


def test_members_typed_first_at_mpph_split_the_one_iki_of_the_leaders_draft(engine):
    engine.handle("u", "/rhk")
    engine.handle("u", IKI)
    engine.press("u", "fill:save")
    engine.handle("u", "/mpph")
    text = said(engine.handle("u", MEMBERS))
    flow = engine.state("u").mpph
    assert "IKI 1 draf Anda" in text and flow.current.target == "60%"
    assert [role.pegawai for role in flow.current.peran] == ["Rina Marpaung", "Yusuf Hakim", "Dewi Kartika",
                                                             "Andi Pratama"]


def test_members_typed_first_with_no_draft_are_kept_and_the_indicator_asked(engine):
    engine.handle("u", "/mpph")
    text = said(engine.handle("u", MEMBERS))
    flow = engine.state("u").mpph
    assert flow.current is None and flow.ahead and "indikatornya dulu" in text
