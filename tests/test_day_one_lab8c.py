"""Day one, UPT lab staff (round 8c): the activity lines of a pasted SKP asked about while a field is open, or with
nothing open (each test failed before its fix)."""

import pytest

from bot.conversation import Engine
from tests.talk import said

_LAB_SKP = ("SKP 2025 lab mikro\n"
            "1. Persentase hasil uji mikrobiologi yg dikirim tepat waktu 90%\n"
            "2. Menyiapkan media dan reagen\n"
            "3. Melakukan sterilisasi alat\n"
            "4. Jumlah metode uji yg divalidasi dan siap dipakai 2 metode\n"
            "5. Melaksanakan piket sabtu\n"
            "6. Jumlah media yg dibuat 200 batch")


@pytest.fixture
def pasted(shared_retriever, tmp_path):
    engine = Engine(retriever=lambda: shared_retriever, rate_limit=10**6)
    engine.handle("u", _LAB_SKP)
    engine.handle("u", "simpan no 1 dan 4")
    return engine


@pytest.mark.parametrize("question", ["yg sterilisasi, media, piket dll gmn? ga masuk?",
                                      "trus sterilisasi sama piket sabtu itu dikemanain?"])
def test_a_question_about_the_activity_lines_left_out_says_where_they_go(pasted, question):
    """«yg sterilisasi, media, piket dll gmn? ga masuk?» was declined as outside the guidance."""
    open_field = pasted.state("u").fill
    replies = pasted.handle("u", question)
    text = said(replies)
    assert "«Melakukan sterilisasi alat»" in text and "«Melaksanakan piket sabtu»" in text
    # «media» names an activity and a count of media made: the activity left out is the one asked about
    assert ("«Menyiapkan media dan reagen»" in text) == ("media" in question) and "Jumlah media" not in text
    assert "rencana aksi" in text and "logbook" in text and "di luar pedoman" not in text
    if open_field is not None:  # the field asked before the question is asked again
        assert pasted.state("u").fill.field == open_field.field


def test_the_same_question_with_nothing_open_is_answered_too(pasted):
    pasted.handle("u", "/batal")
    text = said(pasted.handle("u", "yg sterilisasi sama piket gmn? ga masuk?"))
    assert "«Melakukan sterilisasi alat»" in text and "rencana aksi" in text


def test_a_question_naming_a_line_saved_is_not_about_activities(pasted):
    text = said(pasted.handle("u", "yg metode uji gmn? udah masuk?"))
    assert "adalah kegiatan, bukan hasil kerja" not in text
