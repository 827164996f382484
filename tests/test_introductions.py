"""A self-introduction gets a greeting saying what the assistant does for that role (tester9 #15)."""

import pytest

from tests.talk import labels, said


@pytest.mark.parametrize("intro", ["pagi, sy ketua tim imunisasi rutin di direktorat imunisasi ditjen P2",
                                   "halo sy kepala balai labkesmas makassar"])
def test_a_leader_hears_the_leaders_tools(engine, intro):
    replies = engine.handle("i1", intro)
    assert "/mpph" in said(replies) and "Periksa sebagai IKI" not in labels(replies)


def test_a_member_hears_how_to_start(engine):
    replies = engine.handle("i2", "sy arsiparis di biro umum")
    assert "/prima" in said(replies) and "cerita" in said(replies)
    assert "Periksa sebagai IKI" not in labels(replies)


def test_an_introduction_that_describes_work_is_still_drafted(engine):
    replies = engine.handle("i3", "sy staf keuangan, ngurus SPJ 40 per bulan")
    assert "Pakai usulan 1" in labels(replies)


@pytest.mark.parametrize("intro", [
    "sy radiografer, ngerjain foto rontgen pasien igd, hasilnya dikirim ke dokter radiologi",
    "sy staf perencanaan, nyusun RKA-K/L, revisi anggaran, sm monev realisasi tiap bulan. realisasi harus 95%",
    "saya bidan desa di Desa Sukamaju, nolong persalinan, kunjungan nifas ke rumah ibu2"])
def test_an_introduction_naming_a_task_in_any_words_is_not_greeted(engine, intro):
    # the words that make it work are open-ended («ngerjain», «nolong»): any task besides the role keeps it work
    assert "siap membantu menyusun SKP" not in said(engine.handle("i4", intro))


@pytest.mark.parametrize("message", [
    "halo, sy epidemiolog di BBTKLPP. SKP sy udh disepakati bulan ini sama kepala balai, mau sy masukin aja",
    "skp saya sudah ditandatangani atasan, mau diinput ke sini",
    "iki sy udah final dr kemarin, gmn masukinnya"])
def test_an_agreed_skp_brought_in_is_told_how_never_drafted_from(engine, message):
    # tester18 #8: an introduction and an intent name no work; it became «Persentase SKP sudah yang disepakati …»
    replies = engine.handle("i5", message)
    assert "Pakai usulan 1" not in labels(replies) and not engine.state("i5").candidates
    assert "tempel" in said(replies).lower() and "/tetapkan" in said(replies)


def test_a_thing_named_as_ones_work_gets_suggestions(engine):
    # tester18 #8: «kerjaan sy foto rontgen …» names the work with no verb; it got «belum terbaca hasil kerja»
    replies = engine.handle("i6", "sy radiografer, kerjaan sy foto rontgen pasien rawat jalan sm IGD")
    assert "Pakai usulan 1" in labels(replies)
    assert all("rontgen" in c.indikator for c in engine.state("i6").candidates)
