"""Answers users read (q19): dev17's misses by cause, a meaning asked with a figure, a list line asked in English
(each test failed before its fix)."""

import pytest

from bot.conversation import Engine
from bot.retrieval.answer import NOT_FOUND
from evals.question_evals import contains, declined
from tests.talk import said


def test_an_acronym_with_nya_is_the_acronym(shared_retriever):
    """«issnya ada brp di renstra 2025-2029» was declined as outside the guidance: «issnya» was no word it knew."""
    answer = shared_retriever.ask("issnya ada brp di renstra 2025-2029")
    assert not declined(answer) and contains(answer.answer, "33 Indikator Sasaran Strategis")


def test_a_figure_said_to_have_fallen_asks_what_to_do_about_it(shared_retriever):
    """«capaian tw 2 sy jeblok nih trus hrs ngapain sm atasan» was declined: «jeblok» is chat for a figure far behind."""
    answer = shared_retriever.ask("capaian tw 2 sy jeblok nih trus hrs ngapain sm atasan").answer
    assert contains(answer, "dialog kinerja") and contains(answer, "solusi")


@pytest.mark.parametrize("question", [
    "hi, I'm an honorer (non-ASN) at an RS vertikal, do I also have to fill in an SKP like ASN do?",
    "sy honorer di puskesmas, wajib bikin skp ga?",
    "tenaga kontrak di RS vertikal IKI nya brp?",
])
def test_staff_who_are_not_asn_are_told_the_guidance_is_for_asn(shared_retriever, question):
    """An honorer was told «Ya. Setiap pegawai ASN … menyusun SKP»: the guidance covers ASN only; say so plainly."""
    answer = shared_retriever.ask(question)
    assert declined(answer) and "hanya mengatur pegawai ASN" in answer.answer and "kepegawaian" in answer.answer


@pytest.mark.parametrize("question", ["tim sy ada 2 honorer. MPPH 2 tingkat itu gmn?",
                                      "IKI sy 'Persentase tagihan outsourcing yang dibayar tepat waktu' udah bener belum?"])
def test_non_asn_staff_named_beside_a_guidance_question_decline_nothing(shared_retriever, question):
    """Staff named in the context of a question, or in the IKI it quotes, decline nothing."""
    assert not declined(shared_retriever.ask(question))


def test_a_career_step_of_a_functional_post_is_outside(shared_retriever):
    answer = shared_retriever.ask("ujian kenaikan jenjang jf dr ahli muda ke madya kapan dibuka ya")
    assert answer.answer == NOT_FOUND


@pytest.mark.parametrize("question", ["what is an IKI and how many do I need", "iki itu apa sih, trus hrs brp?",
                                      "apa itu iki dan berapa jumlahnya?"])
def test_a_meaning_asked_with_a_count_answers_both(shared_retriever, question):
    """E1: «what is an IKI and how many do I need» got «Form IKI … tujuh isian»: neither what an IKI is nor 5–10."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("IKI (Indikator Kinerja Individu) adalah")
    assert contains(answer, "paling sedikit 5 dan paling banyak 10") and "tujuh isian" not in answer


def test_a_figure_asked_with_a_meaning_word_in_its_own_clause_is_the_figure_only(shared_retriever):
    answer = shared_retriever.ask("maksudnya bobot CL berapa?").answer
    assert contains(answer, "CL 50%")


@pytest.mark.parametrize(("question", "line"), [("how to fix number 1?", 1), ("can you fix number 3", 3),
                                                ("what's wrong with item 3?", 3)])
def test_a_list_line_named_in_english_is_that_line(question, line):
    """E2: «how to fix number 1?» under a pasted list's verdicts got a guidance passage on writing IKI."""
    engine = Engine()
    engine.handle("u", "1. Jumlah laporan kegiatan yang disusun\n2. Persentase dokumen perencanaan yang selesai tepat "
                       "waktu\n3. Melaksanakan rapat koordinasi")
    text = said(engine.handle("u", question))
    first = ["Jumlah laporan kegiatan yang disusun", "", "Melaksanakan rapat koordinasi"][line - 1]
    assert f"{line}. «{first}»" in text and "Sumber:" not in text


@pytest.mark.parametrize(("question", "lead"), [
    # the case told before «jadi» is the asker's; the claim follows it
    ("sy arsiparis di balai rhk sy 3 tp ga ada yg nyambung langsung ke renstra jadi bobot tusi nya 90 ya", "Ya."),
    ("iki sy nyambung langsung ke renstra jadi bobot tusi nya 40 ya", "Ya."),
    ("iki sy nyambung langsung ke renstra jadi bobot tusi nya 90 ya", "Tidak."),
    # a figure restated for another case than the one told is no «Ya.»
    ("iki sy nyambung langsung ke renstra. jadi bobot tusi nya 90 ya?", "Tidak."),
])
def test_a_weight_claimed_after_the_askers_case_is_held_against_that_case(shared_retriever, question, lead):
    """dev17: «… ga ada yg nyambung langsung ke renstra jadi bobot tusi nya 90 ya» got no lead (the case's «ga» read
    as denying the claim, the bare 90 as no percentage); «… nyambung langsung … jadi bobot tusi nya 90 ya?» was led
    «Ya.» by the weights without cascading langsung."""
    assert shared_retriever.ask(question).answer.startswith(lead + " ")


@pytest.mark.parametrize("question", [
    "iki sy ga nyambung langsung ke renstra. jadi bobot tusi nya 40 ya?",
    "sy arsiparis di balai rhk sy 3 tp ga ada yg nyambung langsung ke renstra jadi bobot tusi nya 40 ya",
])
def test_another_cases_weight_is_never_confirmed(shared_retriever, question):
    assert not shared_retriever.ask(question).answer.startswith("Ya.")


def test_not_all_denies_nothing():
    """«Tidak semua UPT memiliki IKK» read as denying «UPT»: a case «unit sy UPT …» clashed with it."""
    from bot.retrieval.polarity import polarity_clash

    answer = "Tidak semua UPT Kemenkes memiliki IKK sendiri di Renstra; Eselon I menurunkan indikatornya ke UPT."
    assert not polarity_clash("unit sy UPT di renstra", answer)


def test_output_and_process_are_opposites(shared_retriever):
    """dev17: «evaluasi skp 2025 … sebagian besar udh berupa output ya?» against «sebagian besar masih berupa
    indikator proses» got no lead."""
    answer = shared_retriever.ask("katanya evaluasi skp 2025 nunjukin iki pegawai sebagian besar udh berupa output ya?")
    assert answer.answer.startswith("Tidak.") and contains(answer.answer, "indikator proses")


@pytest.mark.parametrize(("question", "lead"), [
    ("jadi intinya smart-c itu specific, measurable, achievable, realistic, time bound ya?", "Tidak."),
    ("berakhlak itu berorientasi pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kreatif kan?", "Tidak."),
    ("berakhlak itu berorientasi pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif kan?", "Ya."),
])
def test_a_list_claimed_with_another_item_is_denied(shared_retriever, question, lead):
    """dev17: SMART-C claimed with «achievable» against «… Agreeable …» got no lead."""
    assert shared_retriever.ask(question).answer.startswith(lead + " ")


@pytest.mark.parametrize(("question", "lead"), [
    ("iki sy «Persentase arsip inaktif yang tertata sesuai ketentuan» satuannya % kan bukan dokumen", "Ya."),
    ("sy pengelola BMN di satker. IKI sy 'Persentase BMN yang terinventarisasi' tp satuannya sy isi 'dokumen'. gpp kan?",
     "Tidak."),
])
def test_the_satuan_given_a_quoted_iki_is_checked_by_the_rules(shared_retriever, question, lead):
    """dev16/dev17: a satuan asked about for one's own quoted IKI got the satuan passage with no lead."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(lead + " ") and "satuan" in answer


def test_the_word_drawing_a_conclusion_is_no_part_of_the_claim(shared_retriever):
    """dev17: «berarti iki anggota sy tuh turunan dr iki sy ya?» against «IKI anggota diturunkan dari IKI ketua tim»
    got no lead: «berarti» counted as a word of the claim the answer lacks."""
    answer = shared_retriever.ask("sy ketua tim dgn 7 anggota. berarti iki anggota sy tuh turunan dr iki sy ya?").answer
    assert answer.startswith("Ya. ") and "IKI anggota diturunkan dari IKI ketua tim" in answer
