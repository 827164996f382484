"""Answers users read (q46): a report asked by a bare «bener?», a term's weight named after it, English asking
phrases, a vague count and a leader likening themselves to staff (each failed before its fix)."""

from bot.lang.english import question_in_indonesian
from bot.retrieval.claims import reported_claim


def test_a_bare_bener_after_a_speaker_asks_what_was_reported(shared_retriever):
    """«katim sy bilang X. bener?» was read as a claim about the katim and drew the SBBL ketua tim example."""
    answer = shared_retriever.ask("katim sy bilang bobot Beyond bisa sampai 30 kalau inisiatifnya besar. bener?").answer
    assert answer.startswith("Tidak.") and "Beyond 20%" in answer


def test_a_bare_bener_after_a_case_told_keeps_the_case():
    """What stands before «katanya» tells the case («bagi target 60 rata ke 3 tim»): no report cut from it."""
    assert reported_claim("katim sy bagi target 60 rata ke 3 tim (beban kuantitatif), katanya masing2 30. "
                          "bener ga?") == ""


def test_a_reported_quote_keeps_its_opening_quote():
    """The quote opening the report is the claim's: cut after it, the IKI was no longer read as quoted."""
    said = reported_claim("katim bilang 'Jumlah rapat evaluasi program yg diikuti' bisa diterima sbg IKI sy. bener?")
    assert said.startswith("'Jumlah rapat")


def test_a_term_before_its_weight_word_is_what_the_value_is_of(shared_retriever):
    """«Beyond bobot …» named «bobot IKI» as the subject of 30: no value of the answer was of it."""
    assert shared_retriever.ask("Beyond bobot bisa sampai 30 ga?").answer.startswith("Tidak.")


def test_english_report_with_up_to_is_held_against_the_limit(shared_retriever):
    answer = shared_retriever.ask("our team lead says Beyond weight can go up to 30 if the initiative is big. "
                                  "true?").answer
    assert answer.startswith("Tidak.") and "20%" in answer


def test_english_phrases_read_with_a_possessive_and_an_example_marker():
    said = question_in_indonesian("Can a team leader's IKI be split by region, e.g. per province?")
    assert "ketua tim IKI" in said and "misalnya" in said and "e.g." not in said and "by wilayah" in said


def test_a_vague_count_names_nothing_the_answer_must_hold(shared_retriever):
    """«bbrp direktur»: «bbrp» was a claim word the answer lacked, so the example was not read as permitting it."""
    answer = shared_retriever.ask("Persentase keluhan sarana prasarana yg ditindaklanjuti itu contoh IKI yg perannya "
                                  "bisa dibagi ke bbrp direktur RS ya?").answer
    assert answer.startswith("Ya.") and "peran" in answer


def test_a_leader_likening_themselves_to_staff_is_asked_of_the_leader(shared_retriever):
    """«apa sy jg hrs …» asks yes or no; «kayak staf» is whom the asker likens themselves to, not whom it is for."""
    leader = shared_retriever.ask("sy kepala balai (pimpinan unit kerja). apa sy jg hrs masukin IKI Indeks "
                                  "Profesionalitas ASN kayak staf?").answer
    staff = shared_retriever.ask("sy analis lab. apa sy jg hrs masukin IKI IP ASN kayak temen2?").answer
    assert leader.startswith("Tidak.") and staff.startswith("Ya.")


def test_a_duty_asked_for_oneself_after_telling_one_leads_is_the_leaders(shared_retriever):
    """«buat sy» asks it of the asker told first: it was read as asked of others and led «Ya.»."""
    assert shared_retriever.ask("sy kepala balai. IP ASN wajib ga buat sy?").answer.startswith("Tidak.")
    assert shared_retriever.ask("sy analis lab. IP ASN wajib ga buat sy?").answer.startswith("Ya.")
