"""PRIMA step 1: the unit's indicator told there («indikator balai kami …») is what the user's IKI cascade from, never
one of the IKI proposed at step 4 from their work (d7-epidemiolog-bbtklpp01: proposed, glued, as «Persentase indikator
balai persentase sinyal kewaspadaan dini yang direspons …» and given the target meant for the first activity)."""

import pytest

from bot.conversation import Engine
from bot.conversation.prima_offer import unit_goals
from tests.talk import typed

WORK = ("kegiatannya pendampingan penyusunan rencana kontinjensi kab/kota, pelatihan tim PSC, monev kesiapsiagaan")


@pytest.mark.parametrize("told, words", [
    ("indikator balai kami persentase sinyal kewaspadaan dini yang direspons", "kewaspadaan"),
    ("saya di BBTKLPP, IKK balai kami persentase sinyal kewaspadaan dini yang direspon", "kewaspadaan"),
    ("indikator kami: Persentase Kab/Kota yang mampu dalam melakukan Penanggulangan Krisis Kesehatan dan "
     "Penanggulangan Gawat Darurat Terpadu", "gawat darurat"),
])
def test_the_units_indicator_told_at_step_one_is_no_proposal(told, words):
    engine = Engine()
    typed(engine, "u", "/prima", told, WORK)
    proposals = [p.indikator.lower() for p in engine.state("u").prima.proposals]
    assert len(proposals) == 3 and not any(words in p or "indikator" in p for p in proposals), proposals


def test_the_units_goals_beside_its_indicator_are_kept_to_draft_from():
    assert unit_goals("balai kami targetnya layanan lab sesuai TAT 90%, pemeriksaan TB TCM") == \
        "balai kami targetnya layanan lab sesuai TAT 90%, pemeriksaan TB TCM"
    assert unit_goals("pemeriksaan TB TCM, indikatornya persentase sampel sesuai TAT 90%") == "pemeriksaan TB TCM"
    assert unit_goals("indikator IKK 5.1.1 cakupan 95.5%; layanan lab") == "layanan lab"


def test_the_unit_indicator_told_with_its_target_is_step_1s_answer():
    """«IKK yg diturunkan ke kami: persentase alat angkut (kapal) yg memenuhi syarat kesehatan, target 2026 katanya 90
    persen» (d15-xxx04: kept as an IKI for step 4 with the label in its words, step 1 asked again, the 90 never said):
    the unit's indicator with that target (never the year), step 2 next, and the IKI kept as told."""
    from bot.conversation import Engine
    from tests.talk import said

    engine = Engine()
    engine.handle("u", "/prima")
    replies = engine.handle("u", "IKK yg diturunkan ke kami: persentase alat angkut (kapal) yg memenuhi syarat "
                                 "kesehatan, target 2026 katanya 90 persen")
    state = engine.state("u")
    assert state.prima.step == "R"
    assert [(i.indikator, i.target) for i in state.skp.iki] == [
        ("Persentase alat angkut (kapal) yang memenuhi syarat kesehatan", "90%")]
    assert "alat angkut" in state.prima.indicator.name.lower() and state.prima.indicator.target == "90%"
    assert "90%" in said(replies) and "2026 katanya" not in said(replies) and "Langkah 2 dari 5" in said(replies)


def test_a_year_is_read_by_the_one_pattern_every_reader_uses():
    # «target 2026 …» here, «Maret 2026» in claims: one YEAR in bot.lang.values, never a range or regex of its own
    from bot.lang.values import is_year

    assert is_year("2026") and is_year(2026.0) and is_year("1999")
    assert not is_year("85") and not is_year(2026.5) and not is_year("2100") and not is_year("20266")
