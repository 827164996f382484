"""The names the checks and the audit write (REPORT_COUNT, «IKI ganda», «pencilan», a NIP with «???») asked in the
chat are answered from the rules catalog and the audit's own words, never with a borrowed passage (tester9 #3)."""

import pytest

from bot import knowledge
from bot.models import Category
from bot.retrieval.answer import from_glossary
from tests.talk import said


@pytest.mark.parametrize("question, term", [
    ("REPORT_COUNT itu apa?", "REPORT_COUNT"),
    ("NO_MEASURE artinya apa", "NO_MEASURE"),
    ("kalau ABSOLUTE?", "ABSOLUTE"),
    ("\"Semua sampel diperiksa tepat waktu\" kenapa dianggap absolut? kan memang harus semua", "ABSOLUTE"),
    ("IKI ganda maksudnya?", "DUPLICATE"),
    ("sudah sy jalankan iki audit, hasilnya ada REPORT_COUNT, NO_MEASURE, ABSOLUTE. REPORT_COUNT itu apa?",
     "REPORT_COUNT"),
    ("porsi IKI kegiatan 34,7% itu tinggi ga sih? standarnya berapa?", "porsi IKI kegiatan"),
    ("pencilan itu apa", "pencilan"),
    ("NIP yg ??? itu gmn benerinnya", "NIP dengan tanda «?»"),
])
def test_a_finding_name_is_answered_with_its_meaning(question, term):
    told = from_glossary(question)
    assert told is not None and told.terms == (term,)


def test_a_code_is_a_name_only_in_capitals_and_an_ordinary_word_stays_a_question():
    assert from_glossary("ini absolute ga sih") is None
    assert from_glossary("NIP saya salah ketik, gimana?") is None
    assert from_glossary("apakah IKI beyond dianggap wajib?") is None


def test_every_category_has_its_meaning_with_policy_numbers_filled():
    categories = knowledge.data("rules/rules")["categories"]
    assert set(categories) == {c.value for c in Category}
    told = from_glossary("WEIGHT_TOTAL itu apa")
    assert "{" not in told.text and f"{knowledge.policy().weights.beyond_total}%" in told.text


def test_the_chat_answers_the_audit_s_words_with_their_source(engine):
    reply = said(engine.handle("osdm", "IKI ganda maksudnya?"))
    assert "mengukur hal yang sama" in reply and "Sumber:" in reply
    reply = said(engine.handle("osdm", "NO_MEASURE artinya apa"))
    assert "kata ukuran" in reply and "di luar pedoman" not in reply


def test_a_code_at_the_wrong_level_offers_the_one_with_the_same_number(engine, shared_retriever):
    # tester9 #20: «IKK 33.4 itu apa isinya?» said «belum ada di katalog» while IKM 33.4 exists.
    from bot.render import search_result

    result = shared_retriever.find("IKK 33.4 itu apa isinya?", k=3)
    assert result.missing_code == "IKK 33.4" and {h.code for h in result.same_number} == {"IKM 33.4"}
    assert "Maksud Anda IKM 33.4?" in search_result(result)
    assert "Maksud Anda IKM 33.4?" in said(engine.handle("u", "IKK 33.4 itu apa isinya?"))
    assert shared_retriever.find("IKK 99.9.9", k=3).same_number == []


def test_a_term_the_guidance_names_but_never_defines_is_said_so(shared_retriever):
    # tester9 #4: «apa itu PME» got «Mengikuti PME / EQAS adalah kegiatan …», a neighbour, not a meaning.
    answer = shared_retriever.ask("apa itu PME").answer
    assert "tidak menjelaskan artinya" in answer and "«PME»" in answer
    assert "adalah kegiatan" not in answer.split("Bacaan lain")[0]
    assert "tidak menjelaskan" not in shared_retriever.ask("apa itu SKP").answer


@pytest.mark.parametrize("question, meanings", [
    ("REPORT_COUNT itu apa?", ["banyaknya laporan"]),
    ("di lembar IKI ada kode REPORT_COUNT sama NO_MEASURE, artinya apa ya", ["banyaknya laporan", "kata ukuran"]),
])
def test_a_code_holding_an_english_word_is_answered_as_named(shared_retriever, question, meanings):
    # tester11 #14: «REPORT» was respelled «melaporkan», so «REPORT_COUNT» named nothing and was left unanswered.
    answer = shared_retriever.ask(question).answer
    assert all(m in answer for m in meanings) and "di luar pedoman" not in answer


@pytest.mark.parametrize("question, code, said", [
    ("kenapa Persentase kabupaten/kota yang melaksanakan BIAS campak-rubela sesuai jadwal dianggap kegiatan? itu kan "
     "persentase", "ACTIVITY", "yang melaksanakan"),
    ("knp «Melakukan monitoring dan evaluasi program imunisasi» dibilang aktivitas", "ACTIVITY", "melakukan"),
    ("Jumlah rapat koordinasi lintas program imunisasi kok kena temuan?", "ACTIVITY", "«rapat»"),
])
def test_an_iki_asked_why_it_got_a_finding_is_checked_and_the_finding_said(question, code, said):
    # tester11 #14: «kenapa … dianggap kegiatan?» got an unrelated passage about the seven fields of e-Kinerja.
    told = from_glossary(question)
    assert told is not None and told.terms == (code,) and said in told.text
    assert knowledge.data("rules/rules")["categories"][code]["label"] in told.text and "/cek" in told.hint
    assert "kok" not in told.text and "knp" not in told.text


def test_a_finding_cue_without_an_iki_or_without_a_fault_is_left_to_the_guidance():
    assert from_glossary("rapat termasuk kegiatan ga?") is None
    assert from_glossary("apakah IKI beyond dianggap wajib?") is None
    assert from_glossary("kenapa Persentase sampel yang diperiksa tepat waktu dianggap salah?") is None
    assert from_glossary("sy lupa password e-Kinerja, gmn resetnya min? mau mengisi logbook tidak bisa masuk") is None
    assert from_glossary("IKI sy bunyinya 'semua surat masuk selalu diproses di hari yg sama', udh oke kan?") is None
