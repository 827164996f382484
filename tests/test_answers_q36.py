"""Answers users read (q36): tag questions whose lead is easy to get backwards, each class checked with phrasings of
its own (each test failed before its fix)."""

import pytest

from bot.retrieval.claims import claim, contradicted, reported_claim
from bot.retrieval.polarity import case_clash
from bot.retrieval.yes_no import yes_no_lead

MEASURES_OUTPUT = ("IKI tidak boleh berupa jumlah laporan, jumlah dokumen, atau hitungan aktivitas dan proses, karena "
                   "hitungan seperti itu hanya menunjukkan pegawai sibuk, belum menunjukkan hasil; IKI harus mengukur "
                   "output yang sederhana dan terukur.")


@pytest.mark.parametrize("question, words", [
    ("bukannya bobot MI itu 10?", ["bobot", "mi", "itu", "10"]),
    ("bukankah IKI paling banyak 10?", ["iki", "paling", "banyak", "10"]),
    ("bknnya beyond 20% ya", ["beyond", "20"]),
])
def test_bukannya_opens_a_claim_it_does_not_deny(question, words):
    """«bukannya X?» asks X to be confirmed (KBBI bukankah: «meminta pembenaran»); read as part of the claim it left
    «bukannya» among the words the answer had to restate."""
    assert [w for w in claim(question) if w not in ("ya", "%")] == words


@pytest.mark.parametrize("question, lead", [
    ("bukannya bobot MI itu 10?", "Ya."),
    ("bukankah bobot beyond 20%?", "Ya."),
    ("bukannya bobot CL 40%?", "Tidak."),
    ("bukannya IKI maksimal 10?", "Ya."),
])
def test_bukannya_questions_are_led(shared_retriever, question, lead):
    assert shared_retriever.ask(question).answer.startswith(lead)


@pytest.mark.parametrize("question", [
    "laporan boleh dijadikan IKI?",
    "laporan bisa dijadiin IKI ga?",
    "jumlah laporan boleh menjadi IKI?",
    "masa sih laporan bisa jadi IKI?",
    "masa sih laporan bisa jadi IKI? temen sy IKInya 'jumlah laporan bulanan' lho",
])
def test_a_thing_made_an_iki_is_said_of_by_the_answer_it_is_forbidden_in(question):
    """«dijadikan» (root «jadi», a function word) named nothing the answer had to hold, and «masa sih» opening the
    question was read as its subject: the clause forbidding «jumlah laporan» led nothing."""
    assert yes_no_lead("boleh", MEASURES_OUTPUT, question) == "Tidak."


@pytest.mark.parametrize("question, claimed", [
    ("Kepala instalasi sy balikin SKP sy krn katanya IKI 'jumlah rapat koordinasi' itu aktivitas. bener ga sih dia?",
     "IKI 'jumlah rapat koordinasi' itu aktivitas, bener ga?"),
    ("katim sy bilang bobot beyond 30%. bener ga dia?", "bobot beyond 30%, bener ga?"),
    ("temen sy katanya IKI maksimal 10. dia bener ga?", "IKI maksimal 10, bener ga?"),
    ("sy perawat. IKI sy maksimal 10. bener ga?", ""),  # nobody reported: the message is read as it is
    ("katim bilang bobot beyond 30%. trs bobot MI brp?", ""),  # the last sentence asks something else
])
def test_a_claim_reported_is_what_asking_whether_someone_is_right_asks(question, claimed):
    assert reported_claim(question) == claimed


@pytest.mark.parametrize("question, lead", [
    ("Kepala instalasi sy balikin SKP sy krn katanya IKI 'jumlah rapat koordinasi' itu aktivitas. bener ga sih dia?",
     "Ya."),
    ("katim sy bilang bobot beyond 30%. bener ga dia?", "Tidak."),
    ("atasan blg IP ASN ga wajib buat staf. bener ga sih beliau?", "Tidak."),
    ("temen sy katanya IKI maksimal 10. dia bener ga?", "Ya."),
])
def test_whether_someone_is_right_is_led_by_their_claim(shared_retriever, question, lead):
    assert shared_retriever.ask(question).answer.startswith(lead)


def test_no_direct_cascading_is_the_case_of_indirect_cascading():
    """«ga ada cascading langsung» denies the phrase in «langsung», what sets it apart: «cascading tidak langsung»
    tells the same case, «punya cascading langsung» the other."""
    asked = "sy staf biasa, ga ada cascading langsung"
    assert case_clash(asked, "IKI hasil cascading tidak langsung dari tugas dan fungsi ditandai Core TUSI") == 0
    assert case_clash(asked, "pegawai tanpa cascading langsung ke Renstra") == 0
    assert case_clash(asked, "pegawai yang punya cascading langsung ke Renstra") == 1


CL_OR_TUSI = ("IKI hasil cascading langsung dari Renstra ditandai Core CL, sedangkan IKI hasil cascading tidak langsung "
              "dari tugas dan fungsi ditandai Core TUSI.")


@pytest.mark.parametrize("question, lead", [
    ("IKI ga harus dari renstra kan? sy staf biasa, ga ada cascading langsung", "Ya."),
    ("IKI sy ga perlu dari renstra kan? sy ga punya cascading langsung", "Ya."),
    ("IKI ga harus dari renstra kan? sy punya cascading langsung", "Tidak."),
    ("IKI ga harus dari renstra kan?", "Tidak."),
])
def test_a_need_denied_is_held_against_the_clause_of_the_askers_case(question, lead):
    """The answer states «dari Renstra» only of direct cascading: denying the need without it is right; with it, or
    with no case told, the answer states the need."""
    assert contradicted(question, CL_OR_TUSI) == lead


ABSOLUTE = ("Menurut PermenPANRB 8/2021, target sebaiknya tidak dirumuskan secara mutlak; kata seperti semua, selalu, "
            "tidak pernah, dan setiap menandakan target absolut.")


@pytest.mark.parametrize("question", [
    "Target 'semua surat masuk selalu diarsipkan tepat waktu' oke ga buat IKI? sy arsiparis",
    "target 'seluruh resep selalu dilayani' udah sesuai blm?",
    "target 'semua sampel selalu diperiksa' bagus ga buat IKI?",
])
def test_approving_an_absolute_target_asked_with_a_tag_is_denied(question):
    """«oke ga»: the «ga» after an approving word asks, as a tag does; read as a denial it left no claim to hold
    against the answer advising against absolute targets."""
    assert claim(question) is not None
    assert contradicted(question, ABSOLUTE) == "Tidak."


@pytest.mark.parametrize("question, outside", [
    ("predikat kinerja 'sangat baik' itu syaratnya nilai brp?", True),
    ("predikat baik nilainya brp ya?", True),
    ("predikat sangat baik minimal brp?", True),
    ("IKI minimal brp?", False),
    ("bobot beyond brp ya?", False),
])
def test_a_figure_of_the_predikat_is_outside_the_guidance(shared_retriever, question, outside):
    """The guidance names the predikat kinerja only as what is converted to angka kredit, with no score for it; a
    figure word closing the sentence asks it of what stands before it."""
    assert ("di luar pedoman yang saya punya" in shared_retriever.ask(question).answer) == outside


def test_a_noun_on_a_function_words_root_keeps_its_sense():
    """«atasan» (root «atas», a function word) is the person asked about; only a verb on such a root («dijadikan»)
    says no more than the function word."""
    from bot.lang.text import tokens
    from bot.retrieval.yes_no import _lead_words
    read = _lead_words(tokens("SKP sy dibalikin atasan, emg boleh ya atasan gitu? laporan boleh dijadikan IKI?"))
    assert "atas" in read and "jadi" not in read
