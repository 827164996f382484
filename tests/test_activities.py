"""Step R's strategies cut into the activities they name (bot/conversation/activities.py): a one-word activity in a
list is one too (d11-igd03: «triase pasien, resusitasi, observasi pasien, …» lost «resusitasi» without a word)."""

import pytest

from bot.conversation.activities import activities
from tests.talk import said, typed


@pytest.mark.parametrize("text, word", [
    ("triase pasien, resusitasi, observasi pasien, serah terima ke ruangan", "resusitasi"),
    ("imunisasi; penyuluhan gizi balita", "imunisasi"),
    ("pemeriksaan sampel dahak, konseling, pencatatan SITB", "konseling"),
])
def test_one_word_between_commas_is_an_activity(text, word):
    assert word in activities(text)


@pytest.mark.parametrize("text", ["monitoring realisasi tiap bulan, dll", "rekap data SITB, dsb", "vaksinasi"])
def test_a_short_tail_or_a_lone_word_is_no_activity(text):
    assert all(len(a.split()) > 1 for a in activities(text))


def test_a_one_word_activity_typed_in_prima_is_proposed_or_named(engine):
    replies = typed(engine, "u", "/prima", "Lewati", "Lewati",
                    "triase pasien, resusitasi, observasi pasien, serah terima ke ruangan")
    assert "resusitasi" in said(replies).lower()


@pytest.mark.parametrize("work, kept", [("observasi pasien", "observasi pasien"),
                                        ("observasi ketat pasien pasca operasi", "observasi ketat")])
def test_watching_over_patients_is_care_given_to_them(work, kept):
    # d11-igd03: «observasi pasien» had no proposal at all (named as «Belum ada usulan»)
    from bot.rewrite import rewrite

    proposals = [s.indikator for s in rewrite(work).candidates]
    assert proposals and kept in proposals[0] and proposals[0].startswith("Persentase")


def test_watching_a_place_is_no_care():
    from bot.rewrite import rewrite

    assert not any("sesuai standar pelayanan" in s.indikator for s in rewrite("observasi lapangan").candidates)


@pytest.mark.parametrize("work, kept", [("serah terima ke ruangan", "serah terima ke ruangan"),
                                        ("serah terima pasien", "serah terima pasien"),
                                        ("serah terima pasien ke ruang rawat inap", "serah terima pasien"),
                                        ("transfer pasien ke ICU", "transfer pasien")])
def test_handing_a_patient_over_to_a_ward_is_care_given_to_them(work, kept):
    # d11-igd03: «serah terima ke ruangan» had no proposal (the rewrite read «terima» of «serah terima» as casual)
    from bot.rewrite import rewrite

    proposals = [s.indikator for s in rewrite(work).candidates]
    assert proposals and kept in proposals[0] and proposals[0].startswith("Persentase")


def test_handing_goods_over_is_no_patient_care():
    from bot.rewrite import rewrite

    assert not any("sesuai standar pelayanan" in s.indikator for s in rewrite("serah terima barang").candidates)


@pytest.mark.parametrize("text, casual", [("Persentase serah terima pasien sesuai standar", []),
                                          ("Jumlah penanggung jawab ruangan", []),
                                          ("terima berkas usulan", ["terima"]),
                                          ("jawab pertanyaan pasien", ["jawab"])])
def test_a_word_inside_a_formal_phrase_is_not_casual(text, casual):
    from bot.rewrite.register import casual_words

    assert casual_words(text) == casual
