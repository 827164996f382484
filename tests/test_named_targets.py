"""Targets for several IKI of the draft given in one message by their own words (d5-keuangan01, d5-gizi01)."""

import pytest

from tests.talk import said, typed, typed_ahead_in_prima

BUDGET = ("Persentase usulan revisi anggaran yang diselesaikan sesuai standar waktu layanan\n"
          "Persentase dokumen RKA-K/L satker yang lolos penelaahan tanpa perbaikan\n"
          "Persentase kesepakatan rapat koordinasi penganggaran yang ditindaklanjuti satker\n"
          "Persentase POK satker yang direviu dan ditetapkan tepat waktu")


def _targets(engine, user):
    return [iki.target for iki in engine.state(user).skp.iki]


def test_targets_named_by_their_words_go_to_each_iki_while_the_first_is_asked(engine):
    user = "u-named"
    typed(engine, user, BUDGET, "simpan semua")
    typed(engine, user, "target revisi sembilan puluh lima persen, RKA 80, rapat 75, POK 90")
    assert _targets(engine, user) == ["95%", "80%", "75%", "90%"]


def test_targets_named_after_a_lead_with_a_colon_replace_those_set_and_fill_the_rest(engine):
    user = "u-named-rest"
    typed(engine, user, BUDGET, "simpan semua", "/ubah 1 target 90%")
    typed(engine, user, "sisanya: revisi 95, RKA 85, rapat 80, POK 95")
    assert _targets(engine, user) == ["95%", "85%", "80%", "95%"]
    assert engine.state(user).skp.iki[0].baseline is None  # no data awal read from it


def test_a_correction_naming_another_iki_by_its_words_replaces_its_target(engine):
    user = "u-named-fix"
    typed(engine, user, BUDGET, "simpan semua", "revisi 95, RKA 80, rapat 75, POK 90")
    replies = engine.handle(user, "eh salah, yg rapat 85")
    assert _targets(engine, user) == ["95%", "80%", "85%", "90%"]
    assert "data awal" in said(replies).lower()  # the open question asked again, not answered by the 85
    assert engine.state(user).skp.iki[0].baseline is None


def test_values_by_name_for_iki_that_all_have_targets_are_not_taken_as_targets(engine):
    user = "u-named-weights"
    typed(engine, user, BUDGET, "simpan semua", "revisi 95, RKA 80, rapat 75, POK 90")
    engine.handle(user, "revisi 30, RKA 25, rapat 15, POK 20")  # weights or data awal: never new targets
    assert _targets(engine, user) == ["95%", "80%", "75%", "90%"]


def test_bare_values_name_no_iki(engine):
    user = "u-named-bare"
    typed(engine, user, BUDGET, "simpan semua")
    engine.handle(user, "90, 85")  # no words: never a crash, never targets by name
    assert engine.state(user).skp.iki[0].target in ("90%", "90")


def test_in_prima_targets_named_while_a_field_is_asked_go_to_each_iki_and_one_naming_none_is_said(engine):
    # d5-karu01: «ronde 80, edukasi ortu 90, IP ASN 85» at the data awal question: all read as the mandatory's target
    user = "u-named-prima"
    typed_ahead_in_prima(engine, user)  # three IKI in the draft, the first one's data awal asked
    assert engine.state(user).prima.field == "baseline"
    replies = engine.handle(user, "target dipantau 70, policy brief 45, kajian 80")
    assert [i.target for i in engine.state(user).skp.iki] == ["60%", "70%", "45%"]
    assert engine.state(user).skp.iki[0].baseline is None
    assert "«kajian 80»" in said(replies)


def test_values_by_name_while_a_weight_is_asked_are_no_targets(engine):
    from bot.conversation.named_targets import named

    user = "u-named-at-weight"
    typed(engine, user, BUDGET, "simpan semua")
    state = engine.state(user)  # no IKI has a target yet
    assert named(state, "revisi 30, RKA 25, rapat 15, POK 20")  # at the target or data awal question: targets
    assert not named(state, "revisi 30, RKA 25, rapat 15, POK 20", "bobot")  # at the weight question: weights
    assert named(state, "target revisi 95, RKA 80", "bobot")  # said to be targets


def test_a_name_sharing_a_word_with_two_iki_goes_to_the_one_holding_all_its_words(engine):
    # d5-rekammedis01: «penyediaan berkas 90%» named nothing, «berkas» standing in two IKI
    user = "u-named-all"
    typed(engine, user, "Persentase berkas rekam medis yang memenuhi standar mutu\n"
          "Persentase ketersediaan berkas rekam medis rawat jalan sesuai kebutuhan\n"
          "Persentase klaim BPJS pending karena koding", "simpan semua")
    reply = said(engine.handle(user, "target: klaim pending 5%, penyediaan berkas 90%"))
    assert _targets(engine, user)[1:] == ["90%", "5%"], reply


def test_in_prima_a_value_named_for_the_mandatory_iki_beside_others_lands_on_it_only(engine):
    # d5-karu01: «ronde 80, edukasi ortu 90, IP ASN 85» at a field question set IP ASN to 80, the first value typed
    from bot.rules.skp_rules import is_mandatory

    user = "u-named-mandatory"
    typed_ahead_in_prima(engine, user)  # three IKI in the draft, the first one's data awal asked
    replies = engine.handle(user, "kajian 80, IP ASN 85")
    mandatory = [iki for iki in engine.state(user).skp.iki if is_mandatory(iki)]
    assert [iki.target for iki in mandatory] == ["85"], said(replies)
    assert engine.state(user).skp.iki[0].baseline is None and "«kajian 80»" in said(replies)


MEDIA = ("Persentase siaran pers yang dipublikasikan dalam 24 jam\n"
         "Persentase isu negatif yang direspon dalam 1x24 jam\n"
         "Persentase laporan pemantauan media yang valid dan disampaikan tepat waktu\n"
         "Indeks kepuasan media terhadap layanan informasi")


def test_a_remark_in_brackets_holding_a_number_is_no_second_value_of_its_clause(engine):
    # d11-hms07: «kepuasan media 3,5 (skala 4)» made the whole message unreadable by name: the first value went to
    # the IKI asked, whatever the clause named
    user = "u-named-aside"
    typed(engine, user, BUDGET, "simpan semua")
    typed(engine, user, "revisi 95, RKA 80 (tahun lalu 70), rapat 75, POK 90")
    assert _targets(engine, user) == ["95%", "80%", "75%", "90%"]


def test_a_clause_naming_two_iki_goes_to_the_one_no_other_clause_named(engine):
    user = "u-named-taken"
    typed(engine, user, MEDIA, "simpan semua")
    typed(engine, user, "siaran pers 95%, isu negatif 90%, kepuasan media 3,5, monitoring media 90")
    assert _targets(engine, user)[:3] == ["95%", "90%", "90%"]
    assert _targets(engine, user)[3].startswith("3,5")


def test_among_iki_sharing_a_root_the_one_holding_the_word_as_written_is_named(engine):
    # d11-bdn04: «persalinan seratus persen» named «… persalinan normal …» and «ibu bersalin …» alike (root «salin»)
    user = "u-named-written"
    typed(engine, user, "Persentase pasien yang mendapat ANC sesuai standar\n"
          "Persentase pertolongan persalinan normal yang diberikan sesuai standar pelayanan\n"
          "Persentase ibu bersalin yang mendapat IMD", "simpan semua")
    typed(engine, user, "ANC sembilan puluh persen, persalinan seratus persen, IMD delapan puluh lima")
    assert _targets(engine, user) == ["90%", "100%", "85%"]
    other = "u-named-written-2"
    typed(engine, other, "Persentase peserta pelatihan teknis yang lulus uji kompetensi\n"
          "Persentase jadwal latihan evakuasi gedung yang terlaksana\n"
          "Persentase APAR gedung yang diperiksa tepat waktu", "simpan semua")
    typed(engine, other, "target latihan 80, pelatihan 90, APAR 100")
    assert _targets(engine, other) == ["90%", "80%", "100%"]


def test_an_acronym_of_two_capitals_names_the_iki_holding_it(engine):
    # d11-bdn04: «JP dua puluh» named nothing (words of two letters were never read)
    user = "u-named-acronym"
    typed(engine, user, "Persentase pasien yang mendapat ANC sesuai standar\n"
          "Jumlah JP pengembangan kompetensi yang diselesaikan\n"
          "Persentase ibu bersalin yang mendapat IMD", "simpan semua")
    typed(engine, user, "JP dua puluh, ANC 90, IMD 85")
    assert [t.split()[0] for t in _targets(engine, user)] == ["90%", "20", "85%"]


@pytest.mark.parametrize("answer, at", [("RKA 80", 1), ("yg koord 80 ya", 2), ("POK delapan puluh persen", 3)])
def test_one_value_naming_another_iki_without_a_target_is_its_target(engine, answer, at):
    # d11-igd03: «resus seratus persen» at the triage IKI's data awal question was read as that data awal
    user = f"u-other-{at}"
    typed(engine, user, BUDGET, "simpan semua")
    typed(engine, user, answer)
    targets = _targets(engine, user)
    assert targets[at] == "80%" and targets[0] is None
    assert engine.state(user).skp.iki[0].baseline is None


def test_in_prima_one_value_naming_another_saved_iki_is_its_target(engine):
    user = "u-other-prima"
    typed(engine, user, "/prima", "Lewati", "Lewati", "triase pasien, resusitasi, observasi pasien")
    typed(engine, user, "bobotnya dulu ya: triase 30, resus 25, IP ASN 10", "triase 95%")
    typed(engine, user, "resus seratus persen")  # the triage IKI's data awal is asked
    iki = engine.state(user).skp.iki
    assert [i.target for i in iki[:2]] == ["95%", "100%"] and iki[0].baseline is None


def test_a_value_with_words_after_it_only_stays_the_answer_asked(engine):
    user = "u-other-after"
    typed(engine, user, BUDGET, "simpan semua")
    typed(engine, user, "80 dokumen RKA")  # no IKI named before the value: the asked IKI's answer
    assert _targets(engine, user)[1] is None


@pytest.mark.parametrize("fix", ["eh salah, engagement 4 aja", "ralat, podcast 12 aja", "eh salah yg infografis 80"])
def test_a_correction_naming_no_iki_of_the_draft_is_said_back_never_the_field_asked(engine, fix):
    # d11-hms07: «eh salah, engagement 4 aja» (engagement said back as naming no IKI) became the data awal asked
    user = f"u-fix-none-{fix}"
    typed(engine, user, MEDIA, "simpan semua")
    reply = said(engine.handle(user, fix))
    assert "Belum ada IKI tentang" in reply and _targets(engine, user) == [None] * 4


@pytest.mark.parametrize("fix", ["eh salah, maksudnya 85", "ralat, harusnya 85", "eh salah, tadi 85",
                                 "ralat, tolong 85 aja", "eh salah, angkanya 85", "eh salah, 85"])
def test_a_correction_of_talk_only_still_answers_the_field_asked(engine, fix):
    user = f"u-fix-talk-{fix}"
    typed(engine, user, MEDIA, "simpan semua")
    engine.handle(user, fix)
    assert _targets(engine, user)[0] == "85%"
