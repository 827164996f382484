"""Answers users read (q53): «RA» for rencana aksi, the 5–10 IKI limits as non-leaders' only, Core's 100% with Beyond apart,
a quarterly evaluation beside the yearly one, and the audit's NIP with lost digits; each failing before its fix."""

import re

from bot.retrieval.claims import contradicted
from bot.retrieval.glossary import terms_in
from bot.retrieval.limits import count_lead
from bot.retrieval.question_parts import without_recalled

_NON_LEADERS = ("Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI menurut Surat Sekjen untuk "
                "SKP 2026.")


def test_ra_in_capitals_is_rencana_aksi():
    assert [t.name for t in terms_in("beda RA sm logbook?")] == ["rencana aksi", "logbook"]
    # in lower case «ra» is a chat word (Javanese «ora»), never the term
    assert [t.name for t in terms_in("aku ra ngerti logbook")] == ["logbook"]


def test_ra_compared_or_defined_gets_rencana_aksi(shared_retriever):
    """dev32: «beda RA sm logbook?» got a line on logbook's purpose."""
    for asked in ("RA sama catatan harian bedanya apa", "beda RA dan logbook dong"):
        answer = shared_retriever.ask(asked).answer
        assert "tahap" in answer and "hari" in answer, asked
    assert shared_retriever.ask("RA itu apa").answer.startswith("Rencana aksi adalah")


def test_the_limits_of_non_leaders_lead_no_leaders_count():
    for asked in ("kepala balai juga harus punya minimal 5 IKI?", "IKI pimpinan boleh 3?",
                  "sy kabag TU, IKI sy 4 boleh ga?"):
        assert count_lead(asked, _NON_LEADERS) == "", asked
        assert contradicted(asked, _NON_LEADERS) != "Ya.", asked
    # a non-leader's count, or a leader asking of a staff member, is still held against them
    assert count_lead("IKI sy 3 boleh ga?", _NON_LEADERS) == "Tidak."
    assert count_lead("sy kepala balai, staf sy IKI nya 3 boleh?", _NON_LEADERS) == "Tidak."
    assert contradicted("IKI minimal 5 kan?", _NON_LEADERS) == "Ya."
    # a leader's side denied is no leader asking («I'm staff, not a leader», «sy bukan pimpinan»)
    assert count_lead("sy bukan pimpinan, IKI sy 3 boleh ga?", _NON_LEADERS) == "Tidak."


def test_a_leader_asking_of_their_own_count_is_not_confirmed_by_non_leaders_limits(shared_retriever):
    """«kepala balai juga harus punya minimal 5 IKI?» was led «Ya.» by «Pegawai non pimpinan … paling sedikit 5»."""
    for asked in ("kepala balai juga harus punya minimal 5 IKI?", "sy kabag TU, IKI sy 4 boleh ga?"):
        answer = shared_retriever.ask(asked).answer
        assert not re.match(r"(Ya|Tidak)\.", answer) or "non pimpinan" not in answer, asked


def test_core_is_answered_with_beyond_counted_apart(shared_retriever):
    """tester51 P3-4: «Core 98% … kan totalnya 108?» should say Core totals 100% and Beyond is counted apart."""
    for asked in ("bobot salah: Core 98% maksudnya gmn, kan totalnya 108?", "IKI Core itu apa",
                  "core itu maksudnya apa sih"):
        answer = shared_retriever.ask(asked).answer
        assert "100%" in answer and "Beyond" in answer and "120%" in answer, asked


def test_a_quarterly_evaluation_beside_the_yearly_one_denies_no_quarter():
    said = ("IKI yang baik … menjadi alat kendali penilaian kinerja yang lebih adil pada evaluasi triwulan dan "
            "tahunan.")
    for asked in ("IKI dievaluasi tiap triwulan ya?", "kinerja dinilai per triwulan kan?",
                  "IKI dinilai setiap triwulan kan?"):
        assert contradicted(asked, said) != "Tidak.", asked


def test_a_nip_ending_in_question_marks_is_the_audits(shared_retriever):
    """tester51 P3-4: «di laporan audit NIP … jadi 198209152008011??? itu kenapa?» was declined."""
    for asked in ("di laporan audit NIP apoteker jadi 198209152008011??? itu kenapa?",
                  "nip sy di rekap audit 199001012015032??? knp ya", "kok 198501012010012??? di lembar pegawai"):
        assert [t.name for t in terms_in(asked)] == ["NIP dengan tanda «?»"], asked
    assert "digit" in shared_retriever.ask("di laporan audit NIP apoteker jadi 198209152008011??? itu kenapa?").answer
    # question marks after a short number or a word are emphasis, not a NIP
    assert terms_in("target 100??? masa") == terms_in("target 100")


def test_an_earlier_answer_recalled_before_a_figure_asked_is_context():
    assert without_recalled("td katanya IKK ada 315. kalo IKP nya brp?") == "kalo IKP nya brp?"
    assert without_recalled("tadi bilangnya bobot MI 10. trus bobot Beyond berapa?") == "trus bobot Beyond berapa?"
    # a yes-no asked of what was recalled, or a figure of the term recalled, keeps it
    for asked in ("td katanya katim itu 50 40 10. tp sy katim yg ga ada cascading, bobotnya tetep sama?",
                  "td katanya IKI maksimal 10. kalo IKI brp minimalnya?"):
        assert without_recalled(asked) == asked


def test_a_figure_asked_after_an_earlier_answer_recalled_gets_its_own(shared_retriever):
    """dev32: «td katanya IT nya ada 6. kalo ISS nya brp?» got the spread per IT, not the 33 ISS."""
    for asked in ("tadi katanya IKK ada 315. terus ISS nya brp?", "td bilangnya IKP 108. kalo ISS berapa kak?"):
        assert "33 Indikator Sasaran Strategis" in shared_retriever.ask(asked).answer, asked
