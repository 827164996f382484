"""The dialog pack's rencana aksi for an IKI with no plan accepted names that IKI's own work in each triwulan (its
proposed stages, bot.year.rencana), never one template with the result pasted in («Penyelesaian, evaluasi, dan tindak
lanjut pasien stroke»: tester55 F10); the RHK of a score names the thing scored, not «Nilai»."""

from bot.models import IkiDraft
from bot.skp.dialog_pack import _content, proposed_steps
from bot.skp.rhk import draft_rhk
from bot.year.rencana import quarter_actions
from tests.agreed_year import agreed_engine as engine  # noqa: F401 (the fixture)
from tests.talk import said

TEMPLATE = [action.split("{")[0].rstrip(" :") for _, action in _content()["rencana_aksi"]]


def test_each_quarter_names_the_ikis_own_work():
    iki = IkiDraft(indikator="Persentase ibu hamil yang mendapat tablet tambah darah", target="90%")
    steps = proposed_steps(iki, 1, None, quarter_actions(iki))
    assert [s.quarter for s in steps] == ["TW I", "TW II", "TW III", "TW IV"]
    assert all("tablet tambah darah" in s.action for s in steps), [s.action for s in steps]
    assert not any(s.action.startswith(t) for s in steps for t in TEMPLATE)
    later = proposed_steps(iki, 3, None, quarter_actions(iki, 3))  # from July: its own work from its first month
    assert [s.quarter for s in later] == ["TW III", "TW IV"] and "tablet tambah darah" in later[0].action


def test_the_dialog_command_prints_the_own_stages(engine):  # noqa: F811
    text = said(engine.handle("u1", "/dialog"))
    assert "kenaikan pangkat" in text and not any(t in text for t in TEMPLATE), text


def test_a_scores_rhk_is_the_thing_scored_reaching_its_level():
    assert draft_rhk("Nilai Indeks Kepuasan Masyarakat puskesmas")[0].startswith(
        "Indeks Kepuasan Masyarakat puskesmas dicapai secara optimal")
    assert draft_rhk("Skor audit kepatuhan APD")[0].startswith("Audit kepatuhan APD dicapai secara optimal")
