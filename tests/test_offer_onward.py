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


def test_a_save_counting_the_proposals_shown_saves_them_and_forms_no_iki(engine):
    # d6-cpns01: «simpan yg tiga itu» under three proposals formed an IKI «Jumlah simpan tiga» with target 3
    user = "u-onward-counted"
    _proposed(engine, user)
    proposed = [p.indikator for p in engine.state(user).prima.proposals if not is_mandatory(p)]
    count = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima"}[len(proposed)]
    engine.handle(user, f"simpan yg {count} itu")
    saved = [iki.indikator for iki in engine.state(user).skp.iki]
    assert [iki.indikator for iki in engine.state(user).skp.iki if not is_mandatory(iki)] == proposed, saved
    assert all(iki.target is None for iki in engine.state(user).skp.iki if not is_mandatory(iki))


def test_a_save_naming_some_proposals_saves_those_only_and_says_back_a_name_that_names_none(engine):
    # d6-sanitarian01: «simpan yg SSCEC, HI, TTU, sama air bersih» saved every proposal shown, one the user left out
    user = "u-onward-named"
    engine.handle(user, "/prima")
    engine.handle(user, "KKP, kita ngurusin sanitasi kapal, vektor di pelabuhan, IHR")
    engine.handle(user, "pemeriksaan sanitasi kapal dan penerbitan SSCEC, survei jentik di buffer area pelabuhan, "
                        "pengawasan TTU di bandara, pengawasan air bersih kapal")
    assert engine.state(user).prima.together
    proposals = [p.indikator for p in engine.state(user).prima.proposals]
    named = [p for p in proposals if "SSCEC" in p or "TTU" in p]
    assert len(named) == 2 and len(proposals) > 2, proposals
    reply = "\n".join(r.text for r in engine.handle(user, "simpan yg SSCEC, HI, sama TTU"))
    saved = [iki.indikator for iki in engine.state(user).skp.iki if not is_mandatory(iki)]
    assert saved == named and "«HI»" in reply, reply


def test_a_save_naming_starting_points_at_step_4_saves_those_and_says_back_a_name_holding_no_one(engine):
    # d6-pralab01: «simpan yg TAT, PME, sama sampel ditolak aja» under step 4's starting points was checked as an IKI
    from tests.talk import prima_at_step_m

    user = "u-starting-named"
    prima_at_step_m(engine, user, "pemeriksaan spesimen PCR, uji mutu eksternal PME, terima sampel dari puskesmas")
    starting = [p.indikator for p in engine.state(user).prima.proposals]
    pme = [p for p in starting if "PME" in p]
    assert len(pme) == 1 and not engine.state(user).prima.together, starting
    reply = "\n".join(r.text for r in engine.handle(user, "simpan yg PME sama sampel ditolak aja"))
    assert [iki.indikator for iki in engine.state(user).skp.iki] == pme, reply
    assert "«sampel ditolak»" in reply and "Sifat" not in reply, reply


def test_bare_values_in_order_at_a_target_question_go_to_the_iki_waiting_in_order(engine):
    # d6-cpns01: «12 rekap, 90, 85» at the first saved IKI's target question: only «Persentase tidak bisa 12 rekap»,
    # the 90 and 85 for the next two lost
    user = "u-onward-in-order"
    _proposed(engine, user)
    engine.handle(user, "simpan")
    state = engine.state(user)
    own = [i for i, iki in enumerate(state.skp.iki) if not is_mandatory(iki)]
    assert state.prima.field == "target" and state.prima.index == own[0] and len(own) >= 2
    values = [80, 90, 85, 70, 75][: len(own)]
    engine.handle(user, ", ".join(str(v) for v in values))
    assert [engine.state(user).skp.iki[i].target for i in own] == [f"{v}%" for v in values]


def test_bobot_sama_rata_at_a_field_question_in_prima_spreads_each_jenis_over_its_iki(engine):
    # d5-karu01: «bobot sama rata» at the jenis question of step 4 was «Pilih salah satu tombol»
    user = "u-onward-evenly"
    _proposed(engine, user)
    engine.handle(user, "simpan")
    engine.handle(user, "80")
    engine.handle(user, "belum ada data awal")
    assert engine.state(user).prima.field == "jenis"
    reply = "\n".join(r.text for r in engine.handle(user, "bobot sama rata"))
    iki = engine.state(user).skp.iki
    assert "Bobot dibagi rata" in reply and all(i.bobot is not None and i.jenis is not None for i in iki), reply
    assert sum(i.bobot for i in iki) == pytest.approx(100) and engine.state(user).prima.field != "jenis", reply


def test_accepting_the_list_and_adding_one_saves_the_list_and_keeps_the_addition(engine):
    # d5-perawaticu01: «pakai semua, tambah satu: kepatuhan cuci tangan 5 moment» was checked as one IKI («semua»);
    # then it waited to be drafted after the list's questions, a turn the user never reached: saved with the list
    user = "u-onward-add-one"
    _proposed(engine, user)
    proposed = [p.indikator for p in engine.state(user).prima.proposals if not is_mandatory(p)]
    reply = "\n".join(r.text for r in engine.handle(user, "pakai semua, tambah satu: kepatuhan cuci tangan 5 moment"))
    state = engine.state(user)
    added = ["Persentase kepatuhan cuci tangan 5 moment"]
    assert [i.indikator for i in state.skp.iki if not is_mandatory(i)] == proposed + added, reply
    assert "kepatuhan cuci tangan 5 moment" in reply and "Sifat" not in reply, reply
    assert not state.prima.queue


def test_a_target_for_work_no_iki_names_is_not_put_on_the_iki_asked(engine):
    # d5-perawaticu01: «yg dekubitus targetnya 100% ya» at another IKI's target question set that IKI to 100%
    user = "u-onward-names-none"
    _proposed(engine, user)
    engine.handle(user, "simpan")
    state = engine.state(user)
    asked = state.prima.index
    reply = "\n".join(r.text for r in engine.handle(user, "yg dekubitus targetnya 100% ya, ga boleh ada yg baru"))
    assert engine.state(user).skp.iki[asked].target is None and "«dekubitus»" in reply, reply
    engine.handle(user, "yg ini 90")
    assert engine.state(user).skp.iki[asked].target == "90%"


def test_a_value_for_the_rest_beside_the_mandatory_iki_s_goes_to_every_iki_without_a_target(engine):
    # d5-perawaticu01: «sisanya 95 semua, IP ASN 80» at a target question: only IP ASN set, the rest said back
    user = "u-onward-rest"
    _proposed(engine, user)
    engine.handle(user, "simpan")
    engine.handle(user, "sisanya 85 semua, IP ASN 80")
    state = engine.state(user)
    assert [i.target for i in state.skp.iki if not is_mandatory(i)] == ["85%"] * len(
        [i for i in state.skp.iki if not is_mandatory(i)])
    assert [i.target for i in state.skp.iki if is_mandatory(i)] == ["80"] and state.prima.field != "target"


@pytest.mark.parametrize("onward", ["lanjutkan", "Lanjutkan", "lanjutin", "terusin"])
def test_a_bare_going_on_verb_under_the_proposals_is_never_an_iki_to_check(engine, onward):
    # d11-kkp05: «Lanjutkan» was checked as an IKI («Sifat: berbasis kegiatan»), «Lanjut» moved on
    from tests.talk import said

    user = f"u-bare-{onward}"
    _proposed(engine, user)
    text = said(engine.handle(user, onward))
    assert "Sifat:" not in text and "PRIMA masih terbuka" in text
    assert engine.state(user).prima.proposals and engine.state(user).prima.together  # the list kept
