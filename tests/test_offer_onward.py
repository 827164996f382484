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



@pytest.mark.parametrize("onward", ["nah itu. lanjut", "ok lanjut"])
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


def test_a_bare_lanjut_after_targets_were_told_saves_the_proposals(engine):
    user = "u-onward-told"
    _proposed(engine, user)
    engine.handle(user, "95%")  # the first proposal's target
    assert engine.state(user).prima.offer_targets
    engine.handle(user, "lanjut")
    assert engine.state(user).skp.iki and engine.state(user).skp.iki[0].target == "95%"


def test_a_bare_lanjut_before_anything_was_told_moves_on_without_the_proposals(engine):
    # d3-bendahara01: «lanjut» here was followed by a list of their own; the proposals never went in
    user = "u-onward-bare"
    _proposed(engine, user)
    engine.handle(user, "lanjut")
    assert engine.state(user).skp.iki == []
