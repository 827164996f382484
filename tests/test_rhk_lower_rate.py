"""/rhk for a lower-is-better rate holds down what went wrong as its event (tester48 P1-4): «Persentase sampel ditolak
< 2%» is «Penolakan sampel ditekan …», never the samples themselves «Sampel ditolak ditekan …»; a harm state with no
process noun is named as that state, «Pasien TB putus berobat ditekan …» (rhk51)."""

from bot.models import IkiDraft
from bot.rules.measures import Trend, trend_of
from tests.talk import said


def test_the_rhk_of_a_rejected_sample_rate_holds_the_rejecting_down(engine):
    text = said(engine.handle("lr1", "/rhk Persentase sampel ditolak < 2%"))
    assert "1. Penolakan sampel ditekan sesuai target yang ditetapkan" in text
    assert "Sampel ditolak ditekan" not in text


def test_what_went_wrong_said_without_yang_is_lower_is_better_too():
    assert trend_of(IkiDraft(indikator="Persentase klaim ditolak BPJS Kesehatan")) is Trend.lower
    assert trend_of(IkiDraft(indikator="Persentase klaim yang diverifikasi tepat waktu")) is not Trend.lower


def test_a_harm_said_without_yang_is_held_down_as_the_state_it_names(engine):
    text = said(engine.handle("lr2", "/rhk Persentase kantong darah kedaluwarsa"))
    assert "1. Kantong darah kedaluwarsa ditekan sesuai target yang ditetapkan" in text
    assert "diselesaikan" not in text
    assert trend_of(IkiDraft(indikator="Persentase alat laboratorium rusak")) is Trend.lower
    # a negation after the thing is no harm it is in: «tidak» opens no predicate without «yang»
    assert trend_of(IkiDraft(indikator="Persentase pasien tidak mengalami komplikasi")) is not Trend.lower


def test_a_rate_that_names_its_event_already_is_not_named_twice():
    from bot.skp.rhk import draft_rhk

    assert draft_rhk("Persentase kejadian obat kedaluwarsa") == [
        "Kejadian obat kedaluwarsa ditekan sesuai target yang ditetapkan"]
    assert draft_rhk("Persentase kantong darah yang kedaluwarsa") == [
        "Kantong darah kedaluwarsa ditekan sesuai target yang ditetapkan"]


def test_people_in_a_harm_state_are_named_by_that_state_never_as_an_event(engine):
    # rhk51: «Kejadian pasien TB putus berobat ditekan …» named the patients as an event; the ministry names the
    # result as its state
    text = said(engine.handle("lr3", "/rhk Persentase pasien TB yang putus berobat"))
    assert "1. Pasien TB putus berobat ditekan sesuai target yang ditetapkan" in text
    assert "Kejadian" not in text


def test_a_share_of_time_a_service_is_up_grows_while_a_downtime_share_is_held_down(engine):
    """tester52 P3-1: «Persentase waktu layanan … dapat diakses (uptime)» was lower-is-better: «… ditekan», a target of
    99,5% from a baseline of 97% called looser, exported «≤»; «waktu» opening a share of time up is availability."""
    from bot.rules.measures import looser_than_baseline
    from bot.skp.rhk import draft_rhk

    for text in ("Persentase waktu layanan jaringan LAN balai dapat diakses sesuai standar (uptime)",
                 "Persentase waktu server SIMRS beroperasi normal", "Persentase waktu aplikasi antrean berfungsi"):
        assert trend_of(IkiDraft(indikator=text)) is Trend.rate, text
        assert not any("ditekan" in rhk for rhk in draft_rhk(text)), draft_rhk(text)
        assert not looser_than_baseline(IkiDraft(indikator=text, target="99,5%", baseline="97%"))
    for text in ("Persentase waktu henti server", "Rata-rata waktu tanggap gangguan jaringan",
                 "Persentase waktu tunggu layanan yang melebihi standar"):
        assert trend_of(IkiDraft(indikator=text)) is Trend.lower, text
