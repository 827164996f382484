"""An activity kept as written when it already passes («Persentase … sesuai standar») is offered with its satuan
(%), and a suggestion with no satuan never shows «(satuan: )» (Y04 in the year eval showed it)."""

from bot import render
from bot.conversation.activities import drafted_from
from bot.models import Candidate, RewriteResult


def test_a_kept_percentage_activity_is_offered_in_percent():
    drafted = drafted_from("Persentase data sasaran yang dianalisis sesuai standar", None, 3,
                           kept="ditulis dalam pesan Anda")
    assert [(c.indikator, c.satuan) for c in drafted] == [("Persentase data sasaran yang dianalisis sesuai standar",
                                                           "%")]


def test_a_suggestion_without_satuan_shows_none():
    shown = render.candidates(RewriteResult(input="x", candidates=[
        Candidate(indikator="Jumlah kajian kebijakan yang ditetapkan", satuan="", alasan="ditulis")]))
    assert "(satuan: )" not in shown and "Jumlah kajian kebijakan yang ditetapkan" in shown
