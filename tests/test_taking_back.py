"""One table of the words that take something back (conversation.yaml taking_back): each reader composes its roles
with its own scope words, so a word of a role is read by every reader of that role."""

import pytest

from bot import knowledge
from bot.conversation.answers import read_answer
from bot.conversation.choices import goes_back_to
from bot.conversation.draft_save import declines
from bot.conversation.offered import typed_press
from bot.conversation.prima_moves import cancels, goes_back
from bot.conversation.step_m_reading import drops_current

YES_NO = [("Ya, simpan", "yes"), ("Batal", "no")]


def test_every_role_is_a_list_of_words_and_no_word_has_two_roles():
    table = knowledge.data("conversation")["taking_back"]
    words = [word for role in table.values() for word in role]
    assert all(isinstance(role, list) and role for role in table.values())
    assert len(words) == len(set(words))


@pytest.mark.parametrize("word", knowledge.taking_back("calling_off", "not_after_all"))
def test_every_calling_off_word_drops_the_iki_drafted_and_presses_the_no(word):
    assert drops_current(f"eh {word} yg ini")
    assert typed_press(YES_NO, word) == "no"


@pytest.mark.parametrize("word", ["batalkan", "batalin"])
def test_a_calling_off_word_once_missing_from_one_reader_calls_off_what_is_open(word):
    assert cancels(f"{word} aja")  # prima_moves cancel lacked «batalkan»; drop_current both
    assert drops_current(word)


def test_not_after_all_is_a_step_back_and_calling_off_is_no_step_back():
    assert goes_back("eh tdk jadi")
    assert not goes_back("batal") and cancels("batal")


def test_going_back_with_a_word_pointing_at_the_user_was_resumes_and_bare_going_back_does_not():
    assert goes_back_to("ok balik lg ke yg td")
    assert goes_back_to("mundur ke yg tadi")  # «mundur» is going_back as «balik» is
    assert not goes_back_to("balik")


def test_a_button_opening_with_a_calling_off_verb_is_no_no_button():
    buttons = [("Matikan dialog", "dialog-off"), ("Batalkan cuti", "cuti-off")]
    assert typed_press(buttons, "tidak") is None  # «Batalkan cuti» is an act: only «batal» of calling_off is the no


@pytest.mark.parametrize("word", knowledge.taking_back("not_after_all"))
def test_every_not_after_all_word_puts_an_answer_right_and_takes_back_the_iki_just_offered(word):
    assert read_answer(f"eh {word}, 90 aja").correction  # «tdk jadi» was missing from corrections
    assert declines(f"{word} deh")  # «engga jadi», «tdk jadi» were missing from unsave
