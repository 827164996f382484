"""PRIMA never holds a user at a question they answer with their work instead (issue 18's year conversations: a
user left at «Apa peran Anda?» had every later message for months refused with «Pilih salah satu tombol»), and
the work typed at the wrong step is kept for the IKI proposals, not dropped."""

import pytest

from bot.conversation import Engine
from bot.models import Peran
from tests.talk import at_role, labels, press, said


def test_work_typed_at_the_role_question_is_kept_and_the_usual_answers_taken():
    engine = Engine()
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.handle("u", "verifikasi berkas usulan kenaikan pangkat dan penerbitan SK pensiun")  # step 2
    replies = engine.handle("u", "saya juga pegang rekap cuti pegawai, input data SIASN, dan arsip SK")
    text = said(replies)
    assert "Pilih salah satu tombol" not in text and "Saya anggap Anda anggota tim" in text
    assert "Langkah 4 dari 5" in text and "«Kembali»" in text
    state = engine.state("u")
    assert state.prima.step == "M" and state.skp.peran is Peran.anggota and state.skp.cascading_langsung is False
    assert "rekap cuti pegawai" in state.prima.strategies and "kenaikan pangkat" in state.prima.strategies


def test_a_role_already_given_is_kept_and_only_the_cascade_taken():
    engine = at_role()
    engine.press("u", "prima:role:ketua_tim")
    replies = engine.handle("u", "saya juga pegang rekap cuti pegawai, input data SIASN, dan arsip SK")
    assert "Saya anggap hasil kerja Anda tidak langsung" in said(replies) and "anggota tim" not in said(replies)
    assert engine.state("u").skp.peran is Peran.ketua_tim and engine.state("u").prima.step == "M"


def test_a_second_message_that_answers_no_button_pauses_prima_and_is_read_as_it_is():
    engine = at_role()
    assert "Pilih salah satu tombol" in said(engine.handle("u", "hmm bentar"))
    assert engine.state("u").prima.step == "I" and not engine.state("u").prima.paused
    replies = engine.handle("u", "hari ini verif 12 berkas usulan kenaikan pangkat")
    state = engine.state("u")
    assert "PRIMA saya jeda" in said(replies) and state.prima.paused and state.prima.step == "I"
    assert "Catat sebagai catatan harian" in [b.label for r in replies for b in r.buttons]  # read as what it is
    assert "Lanjutkan" in [b.label for r in engine.handle("u", "/prima") for b in r.buttons]


def test_a_tap_in_between_starts_the_count_again():
    engine = at_role()
    engine.handle("u", "hmm bentar")
    engine.press("u", "prima:role:anggota")
    assert "Pilih salah satu tombol" in said(engine.handle("u", "hmm"))
    assert not engine.state("u").prima.paused


@pytest.fixture
def searching(shared_retriever):
    return Engine(retriever=lambda: shared_retriever, rate_limit=10**6)


def test_work_described_after_a_search_that_found_nothing_is_proposed_as_iki_with_the_targets_told(searching):
    """Y02: the unit's goals searched, then the user's own work: one list of IKI proposed from both at step 4, the
    unit's «TAT 90%» on the IKI naming TAT, the role's usual answers taken and said; never walked on to step 2."""
    engine = searching
    engine.handle("u", "/prima")
    first = "balai kami targetnya layanan lab sesuai TAT 90%, pemeriksaan TB TCM, mutu lewat uji profisiensi"
    assert "Pakai tulisan saya" in [b.label for r in engine.handle("u", first) for b in r.buttons]
    replies = engine.handle("u", "saya di lab mikrobiologi, pegang TCM sama input SITB, ikut PT, dan tim verifikasi")
    state = engine.state("u")
    assert state.prima.indicator is None and "input SITB" in state.prima.strategies  # the search words are no indicator
    assert "Langkah 4 dari 5" in said(replies) and "Saya anggap Anda anggota tim" in said(replies)
    assert "Simpan semua usulan ke draf" in labels(replies)
    tat = next(p.indikator for p in state.prima.proposals if "TAT" in p.indikator)
    assert state.prima.together and state.prima.offer_targets[tat] == "90%"
    assert "Nilai Indeks Profesionalitas ASN" in said(replies)  # the mandatory IKI proposed with them
    assert "«pegang TCM»" in said(replies)  # work no IKI could be drafted for is named, never dropped


def test_targets_told_for_the_proposals_are_set_by_their_words_or_in_order_and_simpan_saves_them(searching):
    """Y04: «pakai usulanmu. target 80%, 10 provinsi, 70%, IP ASN 80»: each value on its proposal (in order; the
    mandatory IKI's by its name), one its measure cannot hold said back and kept; «Simpan» saves the list."""
    engine = searching
    engine.handle("u", "/prima")
    engine.handle("u", "unit saya Direktorat Imunisasi, salah satu indikatornya persentase kab/kota dgn cakupan IDL 95%")
    engine.handle("u", "saya pegang imunisasi kejar & BIAS: analisis data sasaran, bimtek ke daerah, monev")
    proposals = [p.indikator for p in engine.state("u").prima.proposals]
    assert len(proposals) >= 3 and not engine.state("u").prima.offer_targets
    replies = engine.handle("u", "pakai usulanmu. target 80%, 10 provinsi, 70%, IP ASN 80")
    targets = engine.state("u").prima.offer_targets
    assert [targets.get(p) for p in proposals[:3]] == ["80%", None, "70%"]
    assert targets["Nilai Indeks Profesionalitas ASN"] == "80"
    assert "«10 provinsi»" in said(replies) and "Simpan semua usulan ke draf" in labels(replies)
    assert not engine.state("u").skp.iki  # nothing saved before «Simpan»
    replies = press(engine, "u", replies, "Simpan semua usulan ke draf")
    state = engine.state("u")
    assert [iki.indikator for iki in state.skp.iki] == proposals + ["Nilai Indeks Profesionalitas ASN"]
    assert [iki.target for iki in state.skp.iki[:3]] == ["80%", None, "70%"] and not state.prima.proposals
    assert "10 provinsi" in " ".join(state.prima.unproposed)  # named again at the next IKI question


def test_a_typed_simpan_saves_the_proposals(searching):
    engine = searching
    engine.handle("u", "/prima")
    engine.handle("u", "unit saya Direktorat Imunisasi, salah satu indikatornya persentase kab/kota dgn cakupan IDL 95%")
    engine.handle("u", "saya pegang imunisasi kejar & BIAS: analisis data sasaran, bimtek ke daerah, monev")
    count = len(engine.state("u").prima.proposals) + 1  # and the mandatory IKI
    engine.handle("u", "ok simpan aja")
    assert len(engine.state("u").skp.iki) == count and not engine.state("u").prima.proposals


def test_a_user_who_says_they_are_lost_is_guided_through_step_two(searching):
    """lab01: «sy ga ngerti strategi balai kak, sy tiap hari cuma periksa sampel» after a search: step 2, explained."""
    engine = searching
    engine.handle("u", "/prima")
    engine.handle("u", "sy di balai labkesmas makassar, kerjaan sy periksa sampel")
    replies = engine.handle("u", "sy ga ngerti strategi balai kak, sy tiap hari cuma periksa sampel")
    assert "Langkah 2 dari 5" in said(replies) and not engine.state("u").prima.together


def test_a_list_of_ones_own_pasted_under_the_proposals_pauses_prima_and_is_read_as_any_list(searching):
    """d3-bendahara01: the user pastes their own IKI instead of taking the proposals: the list's own buttons
    (saved as any list), PRIMA paused with the proposals kept for /prima."""
    engine = searching
    engine.handle("u", "/prima")
    engine.handle("u", "unit saya Direktorat Imunisasi, salah satu indikatornya persentase kab/kota dgn cakupan IDL 95%")
    engine.handle("u", "saya pegang imunisasi kejar & BIAS: analisis data sasaran, bimtek ke daerah, monev")
    replies = engine.handle("u", "1. Persentase kab/kota yang melaksanakan BIAS sesuai juknis\n"
                                 "2. Persentase rekomendasi hasil monev imunisasi yang ditindaklanjuti")
    state = engine.state("u")
    assert state.prima.paused and state.prima.proposals and "usulan PRIMA tetap tersimpan" in said(replies)
    assert any(label.startswith("Simpan 2 IKI") for label in labels(replies))


def test_a_value_naming_work_no_proposal_measures_becomes_an_iki_of_its_own_words(searching):
    """Y02: «target TCM 3000 sampel setahun, input SITB max 24 jam, metode baru 2» under a list with one IKI about
    TCM's turnaround (a Persentase): each value is an IKI of its own words, measured as the value is (a time as its
    average, a count as its number), the activities they name no longer listed as missing; «Simpan» saves them."""
    engine = searching
    engine.handle("u", "/prima")
    engine.handle("u", "balai kami targetnya layanan lab sesuai TAT 90%, pemeriksaan TB TCM, mutu lewat uji profisiensi")
    engine.handle("u", "saya di lab mikrobiologi, pegang TCM sama input SITB, ikut PT, dan tim verifikasi metode")
    replies = engine.handle("u", "target TCM 3000 sampel setahun, input SITB max 24 jam, metode baru 2. sisanya ok")
    state = engine.state("u")
    targets = state.prima.offer_targets
    assert targets["Jumlah sampel TCM"] == "3.000 sampel" and targets["Jumlah metode baru"] == "2"
    assert targets["Rata-rata waktu input SITB"].endswith("24 jam")
    assert "«pegang TCM»" not in said(replies) and "Simpan semua usulan ke draf" in labels(replies)
    press(engine, "u", replies, "Simpan semua usulan ke draf")
    saved = [iki.indikator for iki in engine.state("u").skp.iki]
    # in the order the work was told: TCM, SITB, PT («ikut PT», the unit's «uji profisiensi»), the new methods
    assert saved[1:] == ["Jumlah sampel TCM", "Rata-rata waktu input SITB",
                         "Persentase parameter uji profisiensi dengan hasil memuaskan", "Jumlah metode baru",
                         "Nilai Indeks Profesionalitas ASN"] and "TAT" in saved[0]


@pytest.mark.parametrize(("activity", "said", "spelled"), [
    ("ikut PT", "mutu lewat uji profisiensi", "ikut uji profisiensi"),
    ("ikut PT siklus 1", "lab kami ikut proficiency testing", "ikut uji profisiensi siklus 1"),
    ("ikut PT", "layanan lab sesuai TAT 90%", "ikut PT"),  # nothing before explains «PT»: left as typed
    ("kerja sama dgn PT Kimia Farma", "pengadaan obat", "kerja sama dgn PT Kimia Farma"),
])
def test_a_shorthand_of_work_is_spelled_out_only_by_the_users_own_earlier_words(activity, said, spelled):
    """Y02: «ikut PT» had no proposal though the unit's goals said «mutu lewat uji profisiensi»: the shorthand is read
    as the longer form the user wrote before (the logbook's shorthand list), never guessed without it."""
    from bot.conversation.prima_offer import spelled_out

    assert spelled_out(activity, said) == spelled


def test_an_iki_formed_from_a_value_goes_beside_the_work_it_names():
    """The list follows the order the work was told; a proposal naming no activity told (the unit's goal) stays
    ahead, and one naming none of them goes last."""
    from bot.conversation.prima_offer import placed

    work = "pegang TCM sama input SITB, ikut PT, dan tim verifikasi metode"
    unit = "mutu lewat uji profisiensi"
    proposals = ["Persentase layanan rujukan tepat waktu", "Persentase parameter uji profisiensi dengan hasil memuaskan"]
    assert placed(proposals, "Jumlah sampel TCM", work, unit) == 1
    assert placed(proposals, "Jumlah metode baru", work, unit) == 2
    assert placed(proposals, "Jumlah kunjungan lapangan", work, unit) == 2


def test_a_bare_value_with_only_its_unit_forms_no_iki():
    """«10 provinsi» names nothing but its unit: no IKI of its own (said back instead); a percentage never forms one."""
    from bot.conversation.answers import read_answer
    from bot.conversation.prima_offer import formed

    assert formed("10 provinsi", read_answer("10 provinsi").numbers[0]) is None
    assert formed("kepuasan pasien 90%", read_answer("kepuasan pasien 90%").numbers[0]) is None
    assert formed("input SITB max 24 jam", read_answer("input SITB max 24 jam").numbers[0]).indikator \
        == "Rata-rata waktu input SITB"


@pytest.mark.parametrize("answer", ["sisanya ok", "ok", "udah sesuai semua", "simpan semuanya ya"])
def test_accepting_the_proposed_list_in_a_short_message_saves_it(answer):
    """«sisanya ok», «ok», «simpan semuanya ya» under the list: saved, never checked as an IKI, small talk or a
    question outside the guidance."""
    engine = at_role()
    engine.handle("u", "saya pegang imunisasi kejar & BIAS: analisis data sasaran, bimtek ke daerah, monev")
    count = len(engine.state("u").prima.proposals) + 1  # and the mandatory IKI
    assert "Tersimpan ke draf" in said(engine.handle("u", answer))
    assert len(engine.state("u").skp.iki) == count


def test_lanjut_under_the_proposed_list_saves_nothing():
    engine = at_role()
    engine.handle("u", "saya pegang imunisasi kejar & BIAS: analisis data sasaran, bimtek ke daerah, monev")
    engine.handle("u", "lanjut")
    assert not engine.state("u").skp.iki and engine.state("u").prima.proposals


def test_targets_told_before_any_iki_is_proposed_are_held_and_set_at_step_four():
    """Targets for several IKI typed at step 2 are no strategy: held (and said so), the step asked again, and set on
    the proposals once step 4 drafts them (an IKI of their own words for those naming other work)."""
    engine = Engine()
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    replies = engine.handle("u", "target TCM 3000 sampel setahun, input SITB max 24 jam, metode baru 2")
    state = engine.state("u")
    assert "saya simpan" in said(replies) and state.prima.step == "R" and not state.prima.strategies
    engine.handle("u", "saya pegang input SITB sama pemeriksaan TCM, dan tim verifikasi metode")
    engine.press("u", "prima:role:anggota")
    replies = engine.press("u", "prima:direct:0")
    state = engine.state("u")
    assert "Target yang Anda tulis sebelumnya" in said(replies) and "Simpan semua usulan ke draf" in labels(replies)
    assert state.prima.offer_targets["Jumlah sampel TCM"] == "3.000 sampel" and not state.prima.told_targets


@pytest.mark.parametrize("told, target", [("100% lah itu nyawa pasien", "100%"),
                                          ("rencana penyinaran gatau sih 95an mungkin", "95%")])
def test_one_target_told_at_the_role_question_is_held_and_the_role_asked_again(told, target):
    """d14-xxx01: a target with its reason (or hedged, named by its work) where the role was asked was a stray
    («Pilih salah satu tombol», then PRIMA paused): held for step 4, said back, the role asked again; step 4 sets it
    on the proposal its words name."""
    engine = Engine()
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.handle("u", "QA linac harian, verifikasi rencana penyinaran pasien sebelum penyinaran, survey paparan radiasi")
    text = said(engine.handle("u", told))
    state = engine.state("u")
    assert "saya simpan" in text and told[-10:] in text and "Apa peran Anda" in text
    assert state.prima.step == "I" and not state.prima.paused and state.prima.strays == 0
    engine.press("u", "prima:role:anggota")
    engine.press("u", "prima:direct:0")
    targets = engine.state("u").prima.offer_targets
    assert [t for name, t in targets.items() if "rencana penyinaran" in name] == [target]


SANITASI = "inspeksi sanitasi TPM bandara, pengawasan vektor, pengawasan kualitas air bersih pesawat"


@pytest.mark.parametrize("targets", ["targetnya: 85%, 70%, 90%, 80", "target: 85%, 70%, 90%, 80",
                                     "Targetnya: 85 persen, 70%, 90 persen, 80"])
def test_targets_led_by_their_word_under_the_proposed_list_go_to_each_row_in_order(targets):
    """d11-kkp05: «targetnya: 85%, HI < 1%, …» under the list was checked as an IKI; one value for each row shown gives
    the mandatory IKI its own too (it was «Belum bisa saya pasangkan: «80»»)."""
    engine = at_role()
    engine.handle("u", SANITASI)
    text = said(engine.handle("u", targets))
    assert "Sifat:" not in text and "Belum bisa saya pasangkan" not in text
    assert "— target 85%" in text and "— target 70%" in text and "— target 90%" in text
    assert "4. Nilai Indeks Profesionalitas ASN — target 80" in text


def test_a_value_past_the_rows_without_one_is_still_said_back():
    engine = at_role()
    engine.handle("u", SANITASI)
    text = said(engine.handle("u", "targetnya: 85%, 70%, 90%, 80, 75"))
    assert "Sifat:" not in text and "«75»" in text
    assert "4. Nilai Indeks Profesionalitas ASN — target belum diisi" in text  # five values for four rows


@pytest.mark.parametrize("text", ["targetnya: 85%, HI < 1%, kepadatan tikus ≤ 1, 90%, 80",
                                  "target: 90%, laporan kasus ≤ 2 hari, 85%",
                                  "targetnya: 95, rekap data SITB 12 laporan, 80%"])
def test_a_list_led_by_the_target_word_is_no_iki_typed(text):
    """d11-kkp05: read as an IKI with its target (work, then «target N»), so PRIMA checked it as an IKI."""
    from bot.conversation.typed_work import new_iki_in

    assert new_iki_in(text) is None
    engine = at_role()
    engine.handle("u", SANITASI)
    assert "Sifat:" not in said(engine.handle("u", text))


@pytest.mark.parametrize("text", ["ok balik lg ke yg td", "ok balik lagi ke prima", "kembali ke prima", "oke kembali lagi ke yg tadi"])
def test_going_back_after_a_detour_asks_the_step_again_and_is_no_work(text):
    # d11-kkp05: «ok balik lg ke yg td» after /batal and a /tanya was read as work («Belum ada usulan untuk …»)
    engine = Engine()
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.handle("u", "inspeksi sanitasi TPM bandara, pengawasan kualitas air bersih pesawat")
    engine.handle("u", "/batal")
    engine.handle("u", "/tanya berapa jumlah IKI yang boleh dimiliki?")
    text_said = said(engine.handle("u", text))
    state = engine.state("u")
    assert "Apa peran Anda" in text_said and text not in state.prima.strategies and "Belum ada usulan" not in text_said


@pytest.mark.parametrize("text", ["balik", "balik ke langkah sebelumnya"])
def test_a_bare_going_back_is_not_a_return_after_a_detour(text):
    from bot.conversation.choices import goes_back_to

    assert not goes_back_to(text)


@pytest.mark.parametrize("text", ["mau 5 aja: TPM laik higiene, index jentik, kepadatan tikus, air pesawat, IP ASN",
                                  "ambil 3 ya: TAT lab, kepuasan pasien, IP ASN",
                                  "sy pilih 2 iki: pemeriksaan air, survei jentik"])
def test_a_count_of_the_items_listed_is_no_target(text):
    # d11-kkp05: «mau 5 aja: …» under the proposals set «5%» as the first one's target
    from bot.conversation.prima_offer import applied
    from bot.models import IkiDraft

    offer = [IkiDraft(indikator="Persentase hasil pemeriksaan sanitasi TPM bandara yang memenuhi standar", satuan="%"),
             IkiDraft(indikator="Persentase hasil pemeriksaan kualitas air yang memenuhi standar", satuan="%")]
    applied(offer, text)
    assert [d.target for d in offer] == [None, None]


def test_a_number_before_a_colon_that_counts_nothing_listed_is_still_read():
    from bot.conversation.prima_offer import _values

    assert [n.value for _, n in _values("targetnya: 85%, 90%")] == [85, 90]
    assert [n.value for _, n in _values("TAT 3 jam: sesuai standar")] == [3]


def test_a_decimal_comma_and_last_years_figure_told_ahead_are_one_target_and_no_iki():
    # d21-dev02: «… 95,5 prsn aja ya, krn thn lalu 93» set 95 and 5, and formed «Jumlah krn thn lalu» with 93
    from bot.conversation.prima_offer import applied
    from bot.models import IkiDraft

    offer = [IkiDraft(indikator="Persentase sertifikat vaksinasi internasional yang diterbitkan sesuai standar",
                      satuan="%")]
    done, _, made = applied(offer, "sertifikat vaksinasi 87,25 prsn, tahun kemarin 84")
    assert offer[0].target == "87,25%" and made == [] and len(done) == 1
