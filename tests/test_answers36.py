"""Answers users read (answers36): who is a pimpinan unit kerja, and the leftovers of dev35 (each test failed before
its fix)."""

import pytest

from bot.lang.text import tokens
from bot.retrieval.limits import counted, scope_sides
from evals.question_evals import contains


@pytest.mark.parametrize("question", [
    "IP ASN wajib ga utk kasubbag umum?",
    "sy kepala seksi pelayanan, IP ASN wajib masuk IKI sy?",
    "IP ASN wajib ga buat kasi kesling?",
])
def test_a_team_leader_inside_a_unit_is_asked_the_non_leaders_duty(shared_retriever, question):
    """Product owner: a kepala seksi, kasubbag, karu or Ketua Tim is non pimpinan unit kerja (deck: «Non Pimpinan
    Unit Kerja (misal Ketua & Anggota)»), so IP ASN, mandatory for all non pimpinan, is theirs: «Ya.», never the
    leaders' «Tidak.» (search.yaml sides counted the pengawas posts as leaders)."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Ya. ") and contains(answer, "non pimpinan"), answer


def test_the_posts_inside_a_unit_are_read_once_for_drafting_and_answers():
    """The non pimpinan side holds every post columns.yaml `middle_heads` reads as a Ketua Tim's (drafting's
    reader), the pimpinan side none of them."""
    leaders, others = scope_sides()
    for post in ("kepala ruangan", "kepala sub bagian", "kasie", "katim"):
        words = tokens(post)
        assert others.match_at(words, 0) and not leaders.match_at(words, 0), post
    assert leaders.match_at(tokens("kepala balai"), 0)


def test_a_count_closed_by_a_comma_before_the_asking_is_the_count_asked(shared_retriever):
    """dev35: «IKI … ada 14, gpp kan …?» read no count (a comma after it was a list's), so the 10-IKI limit never
    led it. Only a comma with the predicate right after it ends the telling; a list going on or a clause telling more
    keeps the count out."""
    assert counted("IKI saya sudah 13, aman kan?") == "IKI berapa jumlah boleh"
    assert counted("IKI sy 9, 2 diantaranya laporan. boleh kan?") == "IKI sy 9, 2 diantaranya laporan. boleh kan?"
    told = "IKI sy 7, tapi isinya laporan semua, aman kan?"
    assert counted(told) == told
    said = shared_retriever.ask("sy perawat di RS vertikal. IKI sy ada 15, boleh ga langsung sy input?").answer
    assert said.startswith("Tidak.") and "10" in said, said


def test_a_claim_of_more_than_only_one_thing_is_confirmed_by_an_answer_naming_both():
    """dev35: «… evaluasi triwulan jg kan, ga cuma akhir tahun?» got no lead: the answer names the quarterly and
    the year-end evaluation in one sentence, never «tidak hanya»; an answer naming only one of them, or denying in
    that sentence, leads nothing."""
    from bot.retrieval.limits import only_lead

    both = "Dalam penilaian kinerja, capaian dievaluasi secara berkala: evaluasi triwulanan dan tahunan di akhir tahun."
    asked = "realisasi dinilai per triwulan juga ya, tidak cuma di akhir tahun?"
    assert only_lead(asked, both) == "Ya."
    assert only_lead(asked, "Capaian pegawai dievaluasi dalam evaluasi tahunan di akhir tahun.") == ""
    assert only_lead("capaian dinilai tiap bulan juga kan, tidak cuma akhir tahun?", both) == ""


def test_an_ampersand_between_two_asking_parts_joins_two_questions():
    """dev34: «… brp kali setahun & isinya ngapain aja?» was read as one question («&» split nothing); a part
    asking nothing beside «&» keeps the message one question."""
    from bot.retrieval.question_parts import asked_parts

    assert asked_parts("rapat dialog kinerja brp kali setahun & materinya apa aja?") == \
        ["rapat dialog kinerja brp kali setahun", "materinya apa aja?"]
    assert asked_parts("IKI CL & TUSI bedanya apa?") == []
    assert asked_parts("Biro Umum & BMN IKK nya brp?") == []
