"""Answers users read (q27): dev23's misses by cause, who a duty is for and the rules' verdict on a quoted IKI
(each test failed before its fix)."""

import pytest

from evals.question_evals import contains


@pytest.mark.parametrize("question", [
    "IP ASN wajib ga buat kepala balai?",
    "IP ASN wajib ga utk kepala bidang?",
    "sy direktur, IP ASN wajib masuk IKI sy?",
    "sy kepala biro, wajib masukin IP ASN ke IKI sy?",
])
def test_a_duty_asked_of_a_leader_is_denied_by_an_answer_giving_it_to_non_leaders(shared_retriever, question):
    """dev23: «IP ASN wajib ga buat kepala balai?» was led «Ya.» by «wajib … bagi seluruh ASN non pimpinan»: the
    leader named after «buat», or told first («sy direktur, …»), is the other side."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Tidak. ") and contains(answer, "non pimpinan")


@pytest.mark.parametrize("question", [
    "IP ASN wajib ga buat staf?",
    "sy direktur, IKI staf sy wajib ada IP ASN?",
    "sy direktur, IP ASN wajib ga buat anggota?",
    "ip asn wjb ga sih",
])
def test_a_duty_asked_of_staff_is_still_confirmed(shared_retriever, question):
    """The staff's side (or a leader asking of the staff) keeps its «Ya.»; «wjb» is chat for «wajib»."""
    assert shared_retriever.ask(question).answer.startswith("Ya. ")


@pytest.mark.parametrize(("question", "lead", "word"), [
    ('iki sy "Terlaksananya rapat koordinasi lintas program" udh bener blm?', "Tidak.", "output"),
    ('IKI sy "Jumlah sosialisasi yg dilaksanakan" udah oke?', "Tidak.", "output"),
    ('iki sy "Persentase sampel air yg diperiksa dgn waktu tunggu < 3 hari" udh ok?', "Ya.", "waktu"),
])
def test_a_quoted_iki_asked_whether_right_is_led_by_the_rules(shared_retriever, question, lead, word):
    """dev23: one's own IKI quoted with «udh bener blm?» got a passage with no lead; the rules' verdict leads."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(lead + " ") and contains(answer, word)



@pytest.mark.parametrize(("question", "lead"), [
    ("sy auditor Itjen, IKK Itjen di renstra ada 12 kan?", "Tidak."),
    ("IKK Ditjen P2 totalnya 80 ya?", "Tidak."),
    ("IKK BKPK ada 21 kan?", "Ya."),
])
def test_a_count_claimed_of_a_unit_is_held_against_its_count_in_the_list(shared_retriever, question, lead):
    """dev23: «IKK Itjen … ada 12 kan?» got the per-unit list («… dan Itjen 10») with no lead; «BKPK 21» was denied."""
    assert shared_retriever.ask(question).answer.startswith(lead + " ")


@pytest.mark.parametrize("question", [
    "dialog kinerja tuh harus tiap brp lama sih? setahun sekali doang kan?",
    "dialog kinerja brp kali setahun? sekali doang kan?",
])
def test_the_askers_guess_after_a_question_is_led(shared_retriever, question):
    """dev23: a «how often» question followed by one's own «only» guess got the answer with no lead."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Tidak. ") and contains(answer, "bulan")


@pytest.mark.parametrize(("question", "lead"), [
    ("bobot sy CL 50, TUSI 40, MI 10, beyond 20. totalnya 120 kan? bener ga gitu?", "Ya."),
    ("bobot sy tusi 90 mi 10 beyond 20, totalnya 120. bener gitu?", "Ya."),
    ("bobot tusi 90, mi 10, beyond 20, totalnya 130 ya?", "Tidak."),
])
def test_a_total_claimed_is_held_against_the_answers_total(shared_retriever, question, lead):
    """dev23: «… totalnya 120 kan? bener ga gitu?» got «… sehingga totalnya 120%» with no lead: «gitu» was read as
    the claim, and a total restated was no figure held."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(lead + " ") and contains(answer, "120")
