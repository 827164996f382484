"""Answers users read (round 39, helper q41): regional and chat forms read as the Indonesian they say, leads that
answer why without misleading a yes-no question, and sources cited as of the user's clock (each test failed before
its fix)."""

import pytest

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
