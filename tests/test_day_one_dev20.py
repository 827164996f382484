"""Day-one dev20: a user's own post beside a question on cascading («sy staf …, apakah IKI sy masih cascading?») is
no request to split an indicator among members; step 2's strategies typed at step 1 after chat's openers («nah terus
strateginya …») are the strategies, never a catalog search."""

import pytest

from bot.conversation.intent import request_in
from bot.conversation.prima_moves import strategies_from
from tests.talk import said


@pytest.mark.parametrize("text", [
    "halo, saya anggota tim gizi, bingung apakah IKI saya masih cascading dari renstra?",
    "sy staff di bagian umum. IKI sy ada yg turunan cascading ga ya dari atasan",
])
def test_the_users_own_post_beside_cascading_opens_no_mpph(text):
    found = request_in(text)
    assert found is None or found.command != "mpph"


def test_a_split_among_members_still_opens_mpph():
    assert request_in("tolong bantu cascading IKI ke staf saya").command == "mpph"


@pytest.mark.parametrize("text, kept", [
    ("oke jadi strategi unit: pelatihan kader, supervisi posyandu", "strategi unit: pelatihan kader, supervisi posyandu"),
    ("Nah strateginya eh pendampingan puskesmas", "strateginya eh pendampingan puskesmas"),
    ("strategi: a, b", "strategi: a, b"),
])
def test_strategies_after_chat_openers(text, kept):
    assert strategies_from(text) == kept


@pytest.mark.parametrize("text", ["nah ini IKI sy", "strateginya", "terus terus terus terus strategi pelatihan"])
def test_no_strategies_without_the_word_or_after_a_long_lead(text):
    assert strategies_from(text) is None


def test_strategies_after_openers_at_step_one_are_kept_and_the_role_asked(engine):
    engine.handle("u", "/prima")
    engine.handle("u", "persentase balita gizi buruk yang ditangani")
    replies = engine.handle("u", "ok terus strateginya eh pelacakan kasus terus pemberian PMT pemulihan gitu kak")
    prima = engine.state("u").prima
    assert prima.step == "I" and "pelacakan kasus" in prima.strategies
    assert "Tidak ada indikator Renstra" not in said(replies)


def _list_at_step_four(engine):
    from tests.talk import prima_at_step_m

    prima_at_step_m(engine, "u")
    return engine.handle("u", "- Persentase resep rawat jalan yang dilayani kurang dari 30 menit\n"
                              "- Persentase obat high alert yang diberi label sesuai standar\n"
                              "- Persentase pasien pulang yang mendapat konseling obat")


def test_targets_in_order_under_a_list_pasted_at_step_four_save_its_lines(engine):
    _list_at_step_four(engine)
    engine.handle("u", "95, 85, 70")
    targets = {iki.indikator: iki.target for iki in engine.state("u").skp.iki}
    assert len(targets) == 3
    assert [str(t).removesuffix("%").removesuffix(".0") for t in targets.values()] == ["95", "85", "70"]


def test_a_count_of_values_unlike_the_lines_saves_none_and_says_why(engine):
    _list_at_step_four(engine)
    text = said(engine.handle("u", "95, 85"))
    assert not engine.state("u").skp.iki and "tidak bisa memastikan nilai mana" in text


@pytest.mark.parametrize("text, kept", [
    ("nah IKI saya sendiri: persentase laporan audit yang ditindaklanjuti, IP ASN",
     "persentase laporan audit yang ditindaklanjuti, IP ASN"),
    ("sekarang iki saya sendiri", None),  # a turn to the own draft, read as before
    ("Persentase IKI sy sendiri", None),  # too little after the words
])
def test_own_iki_told_after_their_words_in_mpph(text, kept):
    from bot.conversation.mpph_reading import own_iki_after

    assert own_iki_after(text) == kept


def test_own_iki_told_at_the_mpph_indicator_step_are_read_as_the_leaders_own(engine):
    engine.handle("u", "/mpph")
    replies = engine.handle("u", "oke, IKI sy sendiri dulu: Persentase rekomendasi hasil audit yang ditindaklanjuti "
                                 "tepat waktu 90%")
    text = said(replies)
    assert "belum terbaca sebagai indikator" not in text
    assert engine.state("u").mpph is None  # set aside for /mpph, never its indicator
    assert "rekomendasi hasil audit" in text


@pytest.mark.parametrize("text, values", [
    ("targets: eighty five percent, 90%", [85.0, 90.0]),
    ("ninety-two percent", [92.0]),
    ("one hundred %", [100.0]),
])
def test_english_number_words_before_a_percent_word_are_a_figure(text, values):
    from bot.lang.values import numbers_in

    found = numbers_in(text)
    assert [n.value for n in found] == values and all(n.unit == "%" for n in found)


@pytest.mark.parametrize("text", ["Percentage of two regulations harmonized", "within five days", "one of them"])
def test_english_number_words_without_a_percent_word_stay_words(text):
    from bot.lang.values import numbers_in

    assert numbers_in(text) == []


def test_a_replacement_naming_another_iki_leaves_the_one_typed_ahead(engine):
    from tests.talk import typed_ahead_in_prima

    typed_ahead_in_prima(engine)
    ahead = engine.state("u").skp.iki[-1].indikator
    engine.handle("u", "yang pertama ganti jadi Persentase rekomendasi kebijakan yang dimanfaatkan unit teknis, 70")
    assert ahead in [iki.indikator for iki in engine.state("u").skp.iki]  # the policy brief typed ahead is kept


def test_a_replacement_right_after_an_iki_typed_ahead_still_replaces_it(engine):
    from tests.talk import typed_ahead_in_prima

    typed_ahead_in_prima(engine)
    engine.handle("u", "eh ganti jadi Persentase policy brief yang dimanfaatkan pimpinan, 50")
    assert "dimanfaatkan pimpinan" in engine.state("u").skp.iki[-1].indikator


def test_a_few_words_of_a_named_iki_put_right_at_a_field_question_change_that_iki(engine):
    engine.handle("u", "Persentase pasien pasca stroke yang mencapai skor Barthel 60 setelah 8x terapi 75%")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "Persentase pasien rawat jalan yang puas dengan layanan fisioterapi 85%")
    engine.handle("u", "Simpan ke draf")
    iki = engine.state("u").skp.iki
    assert len(iki) == 2
    targets = [str(i.target) for i in iki]
    engine.handle("u", "oh iya yg stroke tadi salah, 8x jadi 6x sesi")
    iki = engine.state("u").skp.iki
    assert "setelah 6x sesi terapi" in iki[0].indikator and [str(i.target) for i in iki] == targets


def test_a_value_changed_after_a_field_word_is_no_words_swap():
    from bot.conversation.named_rewording import words_swapped
    from bot.conversation.state import UserState
    from bot.models import IkiDraft

    state = UserState()
    state.skp.iki = [IkiDraft(indikator="Persentase pasien stroke yang dinilai dalam 90 menit", target="90%")]
    assert words_swapped(state, "yg stroke target 90 jd 95") is None
    assert words_swapped(state, "90 jd 95") is None  # no word naming the IKI beside the words
