"""Answers users read (q51): a claim of one kind of indicator confirmed by an answer saying it of every indicator;
the jenis asked of a piece of work the glossary names though its topic alone is outside; each failing before its
fix."""

from bot.retrieval.claims import restated
from bot.retrieval.glossary import genus_named
from bot.retrieval.outside_guidance import asks_jenis_of_term, names_outside_topic

_CASCADE = ("Cascading indikator kinerja Kemenkes dimulai dari pimpinan Eselon II, karena mereka memegang target "
            "Indikator Kinerja Kegiatan (IKK) dan menerjemahkan visi organisasi ke tingkat pelaksanaan.")


def test_a_genus_named_with_no_kind_holds_each_kind_of_it():
    assert genus_named("IKI", "Cascading indikator kinerja Kemenkes dimulai")
    assert genus_named("IKK", "semua indikator kinerja diukur tiap triwulan")
    # a kind named there is that kind, not the one asked; a word shared by one term alone is no genus
    assert not genus_named("IKI", "Indikator Kinerja Kegiatan (IKK) dipegang pimpinan unit")
    assert not genus_named("SKP", "sasaran kinerja ditetapkan atasan")


def test_a_claim_of_one_kind_is_restated_by_what_is_said_of_every_indicator():
    assert restated("Cascading IKI di kemenkes dimulai dari eselon II dulu kan?", _CASCADE) == "Ya."
    assert restated("cascading IKI mulainya dr eselon II ya?", _CASCADE) == "Ya."
    # the grade is the claim's own: another one is not restated
    assert restated("Cascading IKI dimulai dari staf dulu kan?", _CASCADE) == ""
    # an answer saying it of another kind only restates nothing of IKI
    other = "Cascading Indikator Kinerja Kegiatan dimulai dari pimpinan Eselon II di Kemenkes."
    assert restated("Cascading IKI di kemenkes dimulai dari eselon II dulu kan?", other) == ""


def test_cascading_from_eselon_2_asked_with_bukan_is_led(shared_retriever):
    """dev31: «… dulu bukan» got the right answer with no «Ya.»: it says «indikator kinerja», not «IKI»."""
    for asked in ("Cascading IKI di kemenkes dimulai dari eselon 2 dulu bukan", "cascading IKI mulainya dr eselon 2 kan?",
                  "bener ga sih cascading IKI itu dimulai dari eselon II"):
        assert shared_retriever.ask(asked).answer.startswith("Ya."), asked
    assert not shared_retriever.ask("cascading IKI dimulai dari staf dulu kan?").answer.startswith("Ya.")


def test_the_jenis_of_a_term_whose_topic_is_outside_is_asked_inside():
    assert asks_jenis_of_term("pelatihan 20 JPL sy itu masuk IKI core ya, bukan beyond?")
    assert not names_outside_topic("pelatihan 20 JPL sy itu masuk IKI core ya, bukan beyond?")
    assert not names_outside_topic("diklat 40 jam pelatihan itu Core MI kan?")
    # the topic alone, or a topic the glossary does not hold, stays outside
    assert names_outside_topic("JPL minimal brp per tahun?")
    assert names_outside_topic("tukin masuk core ya?")
    assert names_outside_topic("JPL sy kurang, tukin dipotong ga? itu masuk core?")
