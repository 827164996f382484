"""Answers users read (round 39, helper q41): regional and chat forms read as the Indonesian they say, leads that
answer why without misleading a yes-no question, and sources cited as of the user's clock (each test failed before
its fix)."""

from datetime import date

import pytest

from bot.retrieval.source_dates import dated_answer, one_each
from bot.retrieval.yes_no import negated_predicate


@pytest.mark.parametrize("question", [
    "rencana aksi ga usah dikaitkan ke RHK kan?",
    "kagak perlu dialog kinerja kan buat staf?",
    "logbook kaga usah ada bukti dukungnya kan?",
])
def test_a_need_denied_with_usah_or_betawi_kagak_asks_the_wajib_predicate(question):
    """«usah» is «perlu» (KBBI) typed denied only; Betawi «kagak»/«kaga» is «tidak»."""
    assert negated_predicate(question) == "wajib"


def test_a_denied_need_is_led_against_an_answer_that_requires_it(shared_retriever):
    answer = shared_retriever.ask("IKI Beyond kaga usah selaras sama tema budaya kerja kan?").answer
    assert answer.startswith("Tidak."), answer


@pytest.mark.parametrize("today, cited", [
    (date(2027, 2, 1), 'Panduan Kinerja Biro SDM, 2027, slide "Bobot"'),  # its day still to come: the year alone
    (date(2027, 6, 1), 'Panduan Kinerja Biro SDM (9 Mar 2027), slide "Bobot"'),  # published: as written
])
def test_a_source_is_cited_as_of_the_users_clock(today, cited):
    answer = 'Bobot dibagi rata. (Sumber: Panduan Kinerja Biro SDM (9 Mar 2027), slide "Bobot")'
    assert dated_answer(answer, today) == f"Bobot dibagi rata. (Sumber: {cited})"


def test_one_document_is_cited_once_with_all_its_slides():
    sources = ('Panduan Kinerja (9 Mar 2027); Surat Edaran 12/2026 untuk jadwal; Panduan Kinerja (9 Mar 2027), slide '
               '"Bobot" dan "Target"; Panduan Kinerja (9 Mar 2027), slide "Target", "Dialog (2/4)"; Surat Edaran '
               '12/2026 untuk jadwal')
    assert one_each(sources) == ('Panduan Kinerja (9 Mar 2027), slide "Bobot", "Target" dan "Dialog (2/4)"; '
                                 'Surat Edaran 12/2026 untuk jadwal')


def test_an_answer_on_a_january_clock_never_cites_a_february_day(shared_retriever):
    answer = shared_retriever.ask("apa beda RHK dan IKI?", today=date(2026, 1, 12))
    shown = answer.answer + " ".join(p.source for p in answer.passages)
    assert "4 Feb 2026" not in shown and "Materi Seri 1 Biro OSDM Kemenkes, 2026" in answer.answer
    assert answer.answer.count("Materi Seri 1") == 1, answer.answer


@pytest.mark.parametrize("question", ["IKI yg udah ditetapkan boleh diganti?", "SKP sy kan sdh ditetapkan, msh bisa diganti?"])
def test_a_document_replaced_asks_whether_it_may_be_changed(shared_retriever, question):
    """«diganti» is «diubah» said of a document: the perubahan SKP answer, led «Ya.» (it was «Tidak.» from an answer
    denying that the leader sets IKI alone)."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Ya. SKP boleh diubah"), answer


def test_a_quoted_iki_asked_to_be_fixed_with_nya_gets_a_rewrite(shared_retriever):
    """«gmn benerinnya?» asks as «benerin» does (rewrite_request), after a complaint about revising."""
    question = "udh 3x revisi,IKI sy dibalikin lg: 'Jumlah kunjungan rumah pasien TB'. gmn benerinnya?"
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("IKI mengukur hasil kerja (output)") and "kunjungan rumah" in answer, answer


@pytest.mark.parametrize("question", ["besok ada dialog kinerja sm katim, apa aja yg hrs disiapin?",
                                      "minggu depan dialog kinerja, hrs nyiapin apa?"])
def test_preparing_a_dialog_with_the_team_leader_gets_what_to_bring(shared_retriever, question):
    """«siapin», «disiapin», «nyiapin» are «menyiapkan» as chat types it; a member's atasan is the ketua tim."""
    answer = shared_retriever.ask(question).answer
    assert "bawa rancangan RHK, IKI, dan target" in answer, answer


def test_a_name_in_capitals_is_never_chat_shorthand():
    from bot.retrieval.respell import respelled

    assert respelled("penyuluhan di 3 SMP, isi logbook gmn?").startswith("penyuluhan di 3 SMP")
    assert "sampai" in respelled("logbook diisi smp kapan?")
