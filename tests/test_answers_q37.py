"""Answers users read (qfix37): a count glued to its counter and a period named by its number beside it, an RHK
quoted to ask its IKI, a choice offered between two ways; each failing before its fix."""

from bot.retrieval.claims import without_restating
from bot.retrieval.limits import _counts
from bot.retrieval.question_parts import choice_words, rhk_quoted_for_iki
from bot.retrieval.respell import figures_written


def test_a_count_glued_to_its_counter_is_read_apart():
    """dev36: «IKI sy jadi 14biji …» hid the count: the aspek answer, never the 5–10 limit."""
    assert figures_written("iki aku udh 12buah nih") == "iki aku udh 12 buah nih"
    assert figures_written("ada 3butir iki beyond") == "ada 3 butir iki beyond"
    # a code or a word that merely starts with a counter's letters stays as typed
    for kept in ("IKK 2.1buah", "SE 12bijaksana"):
        assert figures_written(kept) == kept, kept


def test_a_period_named_by_its_number_is_no_count():
    """dev36: «… IKI sy jadi 14biji untuk Q3 …»: the quarter's digit was a second count beside the IKI's."""
    for asked, count in (("iki aku 11 mulai tw2, masih aman kan?", "11"), ("Q4 nanti IKI sy jd 9 boleh ga?", "9"),
                         ("semester 2 iki sy 6, cukup kan?", "6"), ("triwulan 3 IKI sy 12, gpp kan?", "12")):
        assert [m.group(1) for m in _counts(asked)] == [count], asked


def test_an_rhk_quoted_to_ask_its_iki_is_read_as_an_rhk():
    assert rhk_quoted_for_iki("RHK aku \"pelayanan gizi pasien rawat inap diberikan sesuai standar\", bikin IKI nya "
                              "gmn?") == "pelayanan gizi pasien rawat inap diberikan sesuai standar"
    assert rhk_quoted_for_iki("cara nulis IKI dr rencana hasil kerja 'dokumen kajian disusun tepat waktu'?") \
        == "dokumen kajian disusun tepat waktu"
    # an IKI quoted, or an RHK quoted with no IKI asked, is no such question
    assert rhk_quoted_for_iki("IKI sy 'jumlah rapat koordinasi' gmn benerinnya?") is None
    assert rhk_quoted_for_iki("RHK sy 'laporan disusun' udh bener blm?") is None


def test_an_rhk_quoted_gets_an_iki_measuring_it(shared_retriever):
    """dev36: «rhk sy '…', IKI nya gmn nulisnya?» got the steps of writing an RHK, no IKI."""
    answer = shared_retriever.ask("Rencana hasil kerja saya 'layanan konseling gizi pasien rawat jalan diberikan sesuai "
                                  "standar'. indikatornya sebaiknya apa?", k=3).answer
    assert answer.startswith("IKI adalah ukuran atas hasil"), answer
    assert "«Persentase " in answer, answer


def test_the_alternatives_offered_after_a_choosing_word_are_read():
    assert {"aspek", "layan"} <= choice_words("enaknya dibagi per aspek atau per layanan ya?")
    # no choosing word, or no second alternative: no choice
    assert choice_words("IKI beyond atau core itu apa bedanya") == set()
    assert choice_words("mending gimana ya bagusnya") == set()


def test_a_choice_offered_gets_an_answer_naming_one_of_its_alternatives(shared_retriever):
    """dev34: «… bagi perannya gmn biar ga dobel? mending per wilayah atau per beban» got the 2025 evaluation's count
    of IKI per pegawai, naming neither way of dividing."""
    answer = shared_retriever.ask("tim sy surveilans 3 orang, target IKK nya 514 kab/kota. bagi IKI nya gmn biar ga "
                                  "dobel? mending per wilayah atau per beban", k=3).answer
    assert "wilayah" in answer or "beban" in answer, answer


def test_a_worry_after_a_question_restates_it():
    """dev37: «dialog kinerja sm kapus sebulan sekali itu boleh kan? ga kebanyakan?» lost its «Ya.»: the claim was read
    from «ga kebanyakan?» alone, which denies something and claims nothing; «…? emg gitu ya aturannya?» likewise."""
    assert without_restating("sy perawat. logbook diisi tiap hari itu wajib ya? ga kelamaan?") \
        == "sy perawat. logbook diisi tiap hari itu wajib ya?"
    assert without_restating("IKI beyond ga boleh lebih dr 2 ya? emang begitu kah ketentuannya?") \
        == "IKI beyond ga boleh lebih dr 2 ya?"
    # a last question with words of its own, or a first one asking no predicate, is no such worry
    for kept in ("IKI sy 8 boleh kan? ga masalah kalo isinya proses?", "bobot MI brp? ga kebanyakan?"):
        assert without_restating(kept) == kept, kept


def test_a_frequency_asked_as_allowed_with_a_worry_after_is_confirmed(shared_retriever):
    answer = shared_retriever.ask("sy perawat ICU. dialog kinerja sama katim sebulan sekali boleh kan? ga kebanyakan?",
                                  k=3).answer
    assert answer.startswith("Ya."), answer


def test_a_case_told_before_bener_ya_claims_nothing(shared_retriever):
    """dev37: «balai kami ga ada IKK di renstra, bener ya eselon I yg harus nurunin ke UPT kyk kami?» was led «Tidak.»:
    the case's «ga ada» was read as the claim's denial."""
    answer = shared_retriever.ask("lab kami ga ada IKK di renstra, bener ya indikatornya diturunin eselon I ke UPT?",
                                  k=3).answer
    assert answer.startswith("Ya."), answer


def test_a_deadline_written_with_a_slash_is_a_date():
    """dev37: «SKP 2026 buat pelaksana paling lambat 31/3 kan?» held no date against «8 Februari 2026»: no lead."""
    assert figures_written("batas input SKP tgl 28/2 kan?") == "batas input SKP tgl 28 Februari kan?"
    assert figures_written("selambatnya 15/1 ya") == "selambatnya 15 Januari ya"
    for kept in ("bobot 50/40/10 kan", "slide (2/4) itu", "paling lambat 40/2", "IKI 3/5 udh"):
        assert figures_written(kept) == kept, kept


def test_a_deadline_with_a_slash_past_the_guidance_is_denied(shared_retriever):
    answer = shared_retriever.ask("penyusunan SKP 2026 batasnya paling lambat 30/4 kan? sy perawat blm bikin", k=3)
    assert answer.answer.startswith("Tidak."), answer.answer
