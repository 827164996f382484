"""«lanjut» under the IKI PRIMA proposed together saves them (d5-perawaticu01, d5-epid01), and the mandatory IKI
they saved takes a later «IP ASN 82» as its target, never a second copy."""

import pytest

from bot.rules.skp_rules import is_mandatory


def _proposed(engine, user):
    """PRIMA to step 4 as the epidemiologist of d5-epid01 did: her own words for the unit, the work typed at step 2, the role
    said in words; the IKI are proposed together."""
    engine.handle(user, "/prima")
    engine.handle(user, "unit sy ada indikator ttg respon sinyal SKDR / kewaspadaan dini KLB, tp kodenya lupa")
    engine.handle(user, "pakai tulisan saya aja")
    engine.handle(user, "- verifikasi sinyal SKDR dalam 24 jam\n- penyelidikan epidemiologi KLB bersama dinkes")
    engine.handle(user, "saya anggota tim surveilans, katim nya dr. Yusuf")



@pytest.mark.parametrize("onward", ["lanjut", "nah itu. lanjut", "ok lanjut"])
def test_going_on_under_the_proposals_saves_them(engine, onward):
    user = f"u-onward-{onward}"
    _proposed(engine, user)
    proposed = len(engine.state(user).prima.proposals)
    assert proposed and engine.state(user).prima.together
    engine.handle(user, onward)
    assert len(engine.state(user).skp.iki) >= proposed  # the proposals (and the mandatory IKI) in the draft


def test_the_mandatory_iki_saved_with_the_proposals_takes_a_later_target(engine):
    user = "u-onward-ipasn"
    _proposed(engine, user)
    engine.handle(user, "simpan")
    assert any(is_mandatory(iki) for iki in engine.state(user).skp.iki)
    engine.handle(user, "IP ASN 82")
    mandatory = [iki for iki in engine.state(user).skp.iki if is_mandatory(iki)]
    assert len(mandatory) == 1 and mandatory[0].target == "82"
