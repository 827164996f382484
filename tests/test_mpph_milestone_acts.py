"""An MPPH milestone stage named by the act that makes a document («finalisasi & penetapan SK dirjen», «uji coba
draf di 5 puskesmas») never becomes «Jumlah <act> yang diselesaikan»: the rules refuse counting those acts
(tester54 #14), so the member's IKI measures what the stage delivers."""

import pytest

from bot.models import IkiDraft
from bot.rules import check_iki
from bot.skp.mpph import LeaderIndicator, Role, member_iki

LEADER = LeaderIndicator(id="Indikator 1", indikator="Jumlah pedoman tatalaksana depresi di FKTP yang ditetapkan",
                         target="1", satuan="pedoman", metode="milestone")


@pytest.mark.parametrize("act", ["finalisasi", "penetapan", "pembahasan", "uji coba", "penyempurnaan"])
def test_counting_the_acts_that_make_a_document_is_activity(act):
    verdict = check_iki(IkiDraft(indikator=f"Jumlah {act} pedoman tatalaksana"))
    assert any(f.category.value == "ACTIVITY" for f in verdict.findings)


@pytest.mark.parametrize("stage, target", [("finalisasi & penetapan SK dirjen", "1"),
                                           ("uji coba draf di 5 puskesmas", "5 puskesmas")])
def test_a_milestone_named_by_its_act_gives_a_member_iki_the_rules_pass(stage, target):
    iki = member_iki(LEADER, Role(pegawai="Siti", bagian=stage, target=target))
    assert not iki.indikator.startswith("Jumlah") and not check_iki(IkiDraft(indikator=iki.indikator)).has_error
