"""What a user reads (issue 9): exact codes, "nothing matches", answers that state the fact, small talk and intent,
RHK that reads as a result, messy drafts. Real retriever (packaged model, Chroma in a temp dir) and real engine."""

import json

import pytest

from bot.models import IkiDraft, Kind
from bot.retrieval.answer import NOT_FOUND
from bot.rules import check_iki
from tests.talk import said


# Exact codes ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("query, code", [("IKK 5.1.1", "IKK 5.1.1"), ("ikk5.1.1", "IKK 5.1.1"),
                                         ("apa itu IKP 19.1?", "IKP 19.1"), ("target IKP 5.1 berapa", "IKP 5.1"),
                                         ("IKP 15.1", "IKP 15.1")])
def test_a_code_anywhere_in_the_query_comes_first(shared_retriever, query, code):
    assert shared_retriever.search(query, k=3)[0].code == code


def test_a_parent_code_comes_first_followed_by_its_children(shared_retriever):
    found = shared_retriever.find("IKP 5.1", k=3)
    assert [h.code for h in found.results] == ["IKP 5.1"]  # what was asked for; the rows under it apart
    assert [h.code for h in found.children] == ["IKK 5.1.1", "IKK 5.1.2", "IKK 5.1.3"]


def test_a_code_missing_from_the_catalog_is_said_plainly_with_its_neighbours(shared_retriever, engine):
    found = shared_retriever.find("IKK 5.1.9", k=3)
    assert found.results == [] and found.missing_code == "IKK 5.1.9"
    assert [h.code for h in found.related][:1] == ["IKP 5.1"] and "IKK 5.1.1" in [h.code for h in found.related]
    reply = said(engine.handle("u-missing", "/ikk IKK 5.1.9"))
    assert "IKK 5.1.9 belum ada di katalog" in reply and "perencana unit Anda" in reply
    assert "iki import-renstra" not in reply  # a user is told whom to ask, not a developer's command


def test_prima_step_p_finds_the_code_the_prompt_suggests(engine):
    engine.handle("u-prima-code", "/prima")
    replies = engine.handle("u-prima-code", "IKK 5.1.1")
    assert replies[-1].buttons[0].data == "prima:pick:0" and replies[-1].buttons[0].label.startswith("IKK 5.1.1")


def test_cli_search_json_names_a_missing_code(run_iki, built_data_dir):
    done = run_iki("search", "--json", "IKP 12.4", env={"IKI_DATA_DIR": str(built_data_dir)})
    data = json.loads(done.stdout)
    assert done.returncode == 0 and data["results"] == [] and data["not_in_catalog"] == "IKP 12.4"


# Knowing when nothing matches -----------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["resep nasi goreng", "harga saham", "34", "sepeda", "asdkjh qwe zzz"])
def test_unrelated_queries_get_nothing(shared_retriever, query):
    assert shared_retriever.search(query, k=3) == []


def test_the_chat_says_nothing_matches_and_what_to_do(engine):
    reply = said(engine.handle("u-nothing", "/ikk resep nasi goreng"))
    assert "Tidak ada indikator Renstra yang cukup cocok" in reply and "/tanya" in reply


def test_a_row_without_a_name_is_found_by_code_never_by_words(shared_retriever):
    assert [h.code for h in shared_retriever.search("IKP 1.5", k=1)] == ["IKP 1.5"]
    for query in ("laporan", "kematian ibu", "cek kesehatan gratis"):
        assert all(h.name for h in shared_retriever.search(query, k=5)), query


# Answers that state the fact ------------------------------------------------------------------------------------
def test_the_short_answer_states_the_rule_not_a_finding(shared_retriever):
    answer = shared_retriever.ask("berapa jumlah IKI maksimal?").answer
    assert "10" in answer and "92" not in answer


def test_short_answers_never_end_mid_list_or_show_markup(shared_retriever):
    from evals.common import load

    for case in load("answer_cases.jsonl")[:40]:
        answer = shared_retriever.ask(case["question"]).answer.split(" (Sumber:")[0]
        assert not answer.rstrip().endswith(":") and "**" not in answer and "|" not in answer, case["id"]


def test_a_question_the_guidelines_do_not_answer_is_told_so(shared_retriever, engine):
    assert shared_retriever.ask("resep rendang padang").answer == NOT_FOUND
    assert NOT_FOUND in said(engine.handle("u-notfound", "/tanya berapa gaji pokok PNS golongan 3a"))


# Small talk and intent ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("message", ["halo", "terima kasih", "selamat pagi", "ok siap", "assalamualaikum",
                                     "saya bingung", "🙏"])
def test_small_talk_gets_a_friendly_reply_never_an_iki_check(engine, message):
    reply = said(engine.handle("u-small", message))
    assert "Sifat:" not in reply and "berbasis kegiatan" not in reply and len(reply) < 600


@pytest.mark.parametrize("message", ["deadline skp 2026 kapan ya", "IKI sama RHK bedanya apa sih"])
def test_casual_questions_go_to_the_guidelines(engine, message):
    reply = said(engine.handle("u-question", message))
    assert "pertanyaan tentang pedoman" in reply and "Persentase deadline" not in reply


@pytest.mark.parametrize("message", ["IKK 5.1.1", "target IKP 5.1 berapa"])
def test_a_code_typed_alone_is_looked_up_not_asked_about(engine, message):
    reply = said(engine.handle("u-code", message))
    assert "Indikator Renstra untuk" in reply and "maksudnya apa" not in reply


def test_an_unclear_message_is_asked_about_and_kept_for_the_answer(engine):
    replies = engine.handle("u-unclear", "skrining bayi baru lahir")
    assert [b.data for b in replies[-1].buttons] == ["route:cek", "route:tanya", "route:ikk"]
    assert "IKK 5.1.1" in said(engine.press("u-unclear", "route:ikk"))


@pytest.mark.parametrize("message", ["asdkjh qwe zzz", "#2", "34", "!!!"])
def test_text_with_no_words_is_never_checked_as_an_iki(engine, message):
    reply = said(engine.handle("u-nonsense", message))
    # nothing to check; what to do next is said (an old button number names what can be typed instead)
    assert "Sifat:" not in reply and "Usulan" not in reply
    # a bare number gets what a number alone could mean (behave17: «Angka 34 saja …»)
    assert any(says in reply for says in ("Kirim kalimat IKI", "periksa IKI dengan /cek", "Angka 34 saja"))


# RHK that reads as a result -------------------------------------------------------------------------------------
def test_rhk_of_an_activity_gets_the_verdict_and_a_result(engine):
    reply = said(engine.handle("u-rhk", "/rhk Melaksanakan sosialisasi kebijakan SKP kepada pegawai"))
    assert "berbasis kegiatan" in reply and "hasil yang dilayani kegiatan itu" in reply
    assert "pegawai disusun" not in reply and "\n1. Melaksanakan" not in reply


def test_rhk_of_a_count_of_meetings_is_not_a_meeting_achieved(engine):
    assert "Rapat koordinasi dicapai" not in said(engine.handle("u-rhk2", "/rhk Jumlah rapat koordinasi"))


def test_a_leader_rhk_is_not_rephrased_but_split_by_the_member_part(engine):
    replies = engine.handle("u-leader", "/rhk Meningkatnya cakupan skrining bayi baru lahir")
    assert "RHK pimpinan" in said(replies) and "\n1." not in said(replies)
    assert "rhk:part:wilayah" in [b.data for b in replies[-1].buttons]
    engine.press("u-leader", "rhk:part:wilayah")
    drafted = said(engine.handle("u-leader", "Provinsi Jawa Barat"))
    assert "1. Cakupan skrining bayi baru lahir di Provinsi Jawa Barat meningkat" in drafted
    assert "Induk (RHK pimpinan): Meningkatnya cakupan skrining bayi baru lahir" in drafted
    assert "diselesaikan sesuai standar" not in drafted


# Drafts as people type them -------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, read_as", [
    ("IKI: Persentase fasilitas pelayanan kesehatan yang terakreditasi", "Persentase fasilitas pelayanan kesehatan yang terakreditasi"),
    ("% fasilitas pelayanan kesehatan yang terakreditasi", "Persentase fasilitas pelayanan kesehatan yang terakreditasi"),
    ("Jml laporan keuangan yang disampaikan tepat waktu", "Jumlah laporan keuangan yang disampaikan tepat waktu"),
    ("3) PERSENTASE PUSKESMAS YANG TERAKREDITASI PARIPURNA", "Persentase puskesmas yang terakreditasi paripurna"),
])
def test_messy_drafts_are_read_as_meant(typed, read_as):
    result = check_iki(IkiDraft(indikator=typed))
    assert result.read_as == read_as and result.reading_notes


def test_shorthand_does_not_hide_an_activity():
    assert check_iki(IkiDraft(indikator="Persentase puskesmas yg melaksanakan SBBL")).kind is Kind.activity


def test_a_misspelt_measure_word_is_corrected_not_called_activity():
    result = check_iki(IkiDraft(indikator="Persentasi fasilitas pelayanan kesehatan yang terakreditasi"))
    assert result.kind is Kind.output and any("Persentasi" in n for n in result.reading_notes)


def test_a_target_inside_the_sentence_is_read_as_the_target():
    result = check_iki(IkiDraft(indikator="Persentase rekomendasi BPK yang ditindaklanjuti (100%)"))
    assert result.target_read == "100%" and result.read_as.endswith("ditindaklanjuti")


def test_the_reply_shows_what_was_read(engine):
    reply = said(engine.handle("u-read", "/cek IKI: Persentase puskesmas yg terakreditasi"))
    assert "Dibaca sebagai: «Persentase puskesmas yang terakreditasi»" in reply


def test_prima_does_not_ask_the_satuan_of_a_percentage(engine):
    engine.handle("u-pct", "/prima")
    for data in ("prima:skip", "prima:skip", "prima:role:anggota", "prima:direct:0"):
        engine.press("u-pct", data)
    engine.handle("u-pct", "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti")
    after_target = said(engine.handle("u-pct", "90"))
    assert "Satuan targetnya" not in after_target and "data awal" in after_target
    assert engine.state("u-pct").prima.current.satuan == "%"
