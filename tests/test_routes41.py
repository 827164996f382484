"""What a plain line is during the year (bot.year.entry_kind.kind_of), for shapes route set 15 showed missing. The
lines are our own."""

import pytest

from bot.conversation.commands import meant as chat_meant
from bot.lang.slash import meant, typo_mended
from bot.year.entry_kind import EntryKind, kind_of


@pytest.mark.parametrize("typed, command", [
    ("/skpp", "/skp"),
    ("/ rencna", "/rencana"),
    ("\\bantuuan", "/bantuan"),
    ("/eksporr ke excel", "/ekspor ke excel"),
])
def test_a_mistyped_command_near_one_command_is_read_as_it(typed, command):
    assert typo_mended(typed) == command


@pytest.mark.parametrize("typed", ["/catatn", "/ek", "/revisian", "/skp", "/ cek Persentase"])
def test_no_command_is_guessed_when_none_or_two_are_near_or_one_was_typed(typed):
    assert typo_mended(typed) is None


def test_the_chat_and_the_logbook_read_typos_alike():
    assert chat_meant("/capain") == meant("/capain") == ["/capaian"]


@pytest.mark.parametrize("text", ["/skpp", "/ bantuann", "/rencna", "\\pengigat"])
def test_a_mistyped_view_command_asks_for_that_view(text):
    assert kind_of(text).kind is EntryKind.question, kind_of(text)


def test_a_mistyped_check_before_an_indicator_is_that_draft():
    assert kind_of("/cke Persentase desa yang melaksanakan STBM").kind is EntryKind.draft


@pytest.mark.parametrize("text", ["capaian triwulan 1", "/capaian TW IV", "liat capaian q2 dong"])
def test_the_figures_of_a_quarter_asked_by_the_command_word_are_that_command(text):
    assert kind_of(text).kind is EntryKind.question, kind_of(text)


def test_a_quarter_beside_another_command_word_is_no_command():
    assert kind_of("skp tw2").kind is not EntryKind.question
