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


_JENIS_RULE = ("Jenis IKI dipilih dari asal IKI itu: bila diturunkan dari Renstra lewat IT, ISS, IKP, dan IKK, tandai Core "
               "CL; bila IKI yang diwajibkan bagi semua pegawai seperti IP ASN atau JPL, tandai Core MI; bila inisiatif "
               "atau penugasan yang memberi nilai tambah di atas Core, tandai Beyond.")


def test_the_jenis_claimed_of_a_piece_of_work_is_held_against_the_jenis_rule():
    from bot.retrieval.claims import claim
    from bot.retrieval.jenis_claim import jenis_lead

    def lead(asked: str) -> str:
        return jenis_lead(asked, claim(asked), _JENIS_RULE)
    assert lead("pelatihan 20 JPL sy itu masuk IKI core ya, bukan beyond?") == "Ya."  # Core MI is Core
    assert lead("JPL sy itu Core MI kan?") == "Ya."
    assert lead("IP ASN masuk beyond kan?") == "Tidak."
    assert lead("JPL itu CL kan?") == "Tidak."
    # no work named, or work the answer puts under no jenis: nothing to hold
    assert lead("IKI sy masuk core kan?") == ""
    assert lead("penugasan strategis itu MI kan?") == ""


def test_a_named_piece_of_work_asked_core_is_led_by_the_jenis_rule(shared_retriever):
    """dev30: «pelatihan 20 JPL sy itu masuk IKI core ya, bukan beyond?» was declined as training hours (outside)."""
    assert shared_retriever.ask("pelatihan 20 JPL sy itu masuk IKI core ya, bukan beyond?").answer.startswith("Ya.")
    assert shared_retriever.ask("diklat 20 JPL itu masuk beyond kan?").answer.startswith("Tidak.")
    assert not shared_retriever.ask("pelatihan 20 JPL masuk core atau beyond?").answer.startswith(("Ya.", "Tidak."))


_CONSEQUENCES = ("Konsekuensi positif dalam lampiran SKP adalah rekomendasi penghargaan dan/atau penugasan baru bila "
                 "ekspektasi pimpinan terpenuhi; konsekuensi negatifnya teguran atau pengalihan penugasan bila ekspektasi "
                 "tidak terpenuhi.")


def test_a_negation_right_after_a_condition_word_sets_the_case():
    from bot.retrieval.claims import claim
    assert claim("kalau target tidak tercapai bisa kena teguran ya?") == [
        "kalau", "target", "tidak", "tercapai", "bisa", "kena", "teguran"]


def test_a_consequence_claimed_of_a_case_is_held_against_the_case_the_answer_gives_it():
    from bot.retrieval.claims import claim
    from bot.retrieval.consequence_claim import consequence_lead

    def lead(asked: str) -> str:
        return consequence_lead(claim(asked), _CONSEQUENCES)
    assert lead("kalau target tidak tercapai bisa kena teguran ya?") == "Ya."
    assert lead("kalau target tercapai dapat penghargaan ya?") == "Ya."
    assert lead("kalau target tidak tercapai dapat penghargaan ya?") == "Tidak."
    # a consequence the answer does not name, or no case claimed: nothing to hold
    assert lead("kalau target tidak tercapai bisa dipecat ya?") == ""
    assert lead("teguran itu konsekuensi negatif ya?") == ""


def test_a_consequence_question_is_answered_by_the_consequences(shared_retriever):
    """dev31: «… sampe akhir tahun, bisa kena teguran ya?» drew how a cascaded target is set; «apa konsekuensinya»
    with «-nya» was declined: the word was held only through its stem."""
    for asked in ("kalo target sy ga kecapai sampe akhir tahun, bisa kena teguran ya?",
                  "kalo IKI ga tercapai bisa kena teguran ga?"):
        answer = shared_retriever.ask(asked).answer
        assert answer.startswith("Ya.") and "teguran" in answer, asked
    assert shared_retriever.ask("kalo target ga tercapai dapet penghargaan ya?").answer.startswith("Tidak.")
    assert "teguran" in shared_retriever.ask("kalau target tidak tercapai apa konsekuensinya?").answer


def test_an_introduction_as_the_condition_of_a_how_to_tells_who_asks():
    from bot.retrieval.question_parts import without_persona
    asked = "gimana cara isi bobot kalau sy anggota tim pengelolaan limbah B3 di RS vertikal, ga ada CL sama sekali"
    assert without_persona(asked) == "gimana cara isi bobot kalau sy anggota tim, ga ada CL sama sekali"
    assert without_persona("cara nyusun IKI kalau sy staf di UPT gmn") == "cara nyusun IKI kalau sy staf di UPT gmn"


def test_the_weights_asked_under_an_introduction_are_the_weights(shared_retriever):
    """dev31: the asker's hospital drew the guidance's hospital example instead of TUSI 90 / MI 10."""
    answer = shared_retriever.ask("gimana cara isi bobot kalau sy anggota tim pengelolaan limbah B3 di RS vertikal, "
                                  "ga ada CL sama sekali").answer
    assert "90" in answer and "10" in answer


def test_only_the_jenis_rule_leads_a_question_let_in_for_its_jenis():
    from bot.retrieval.outside_guidance import let_in_by_jenis
    assert let_in_by_jenis("pelatihan 20 JPL sy itu masuk IKI core ya, bukan beyond?")
    assert not let_in_by_jenis("IP ASN masuk core ya?")  # no outside topic: every lead as usual
    assert not let_in_by_jenis("JPL minimal brp per tahun?")  # outside, declined


def test_a_jenis_described_by_how_it_came_about_is_not_its_name():
    """«Pendekatan layanan adalah cara cascading tidak langsung …» reads «cascading langsung» (Core CL) once «tidak»
    is skipped: no jenis to hold a claim against."""
    from bot.retrieval.claims import claim
    from bot.retrieval.jenis_claim import jenis_lead
    told = "Pendekatan layanan adalah cara cascading tidak langsung bagi tim kerja yang menjalankan fungsi pendukung."
    for asked in ("pendekatan layanan itu TUSI kan?", "pendekatan layanan itu CL kan?"):
        assert jenis_lead(asked, claim(asked), told) == ""


def test_a_word_with_nya_is_held_as_written_only_when_nya_is_its_clitic():
    from bot.retrieval.keyword_index import _without_nya
    assert _without_nya("konsekuensinya") == "konsekuensi"
    assert _without_nya("penilaiannya") == "penilaian"
    # «-nya» of the word itself, or a word too short to carry it apart
    assert _without_nya("hanya") == "hanya"
    assert _without_nya("punya") == "punya"


def test_kecapai_is_read_as_tercapai():
    from bot.retrieval.respell import respelled
    assert respelled("kalo target ga kecapai") == "kalau target tidak tercapai"


def test_a_figure_claimed_of_a_jenis_is_no_jenis_claimed_of_work():
    """dev-yn: «bobot mandatory IKI (MI) itu 20% ya kak?» was led «Ya.» by «IKI Nilai IP ASN termasuk jenis Core MI …
    berbobot 10%»: the claim is the figure, not that bobot is MI."""
    from bot.retrieval.claims import claim
    from bot.retrieval.jenis_claim import jenis_lead
    told = "IKI Nilai IP ASN termasuk jenis Core MI (Mandatory) dan berbobot 10%, sesuai bobot Core MI."
    asked = "bobot mandatory IKI (MI) itu 20% ya kak?"
    assert jenis_lead(asked, claim(asked), told) == ""
    assert jenis_lead("IP ASN itu Core MI kan?", claim("IP ASN itu Core MI kan?"), told) == ""  # named before the cue
    assert jenis_lead("JPL itu Core MI kan?", claim("JPL itu Core MI kan?"), _JENIS_RULE) == "Ya."
