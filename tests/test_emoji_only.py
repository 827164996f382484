"""A message of emoji alone with nothing open («🤔», «👍🏽», «🙏🙏») is small talk: answered, never a logbook entry,
for a user keeping a logbook too."""

import pytest

from bot.year.entry_kind import EntryKind, kind_of
from tests.agreed_year import agreed_engine as engine  # noqa: F401  (the fixture)
from tests.talk import said


@pytest.mark.parametrize("text", ["🤔", "👍🏽", "🙏🙏", "😅 😅"])
def test_emoji_alone_is_small_talk(text):
    assert kind_of(text).kind is EntryKind.smalltalk and kind_of(text, logging=True).kind is EntryKind.smalltalk


def test_emoji_alone_is_never_logged(engine):  # noqa: F811
    for text in ("🤔", "👍🏽", "🙏🙏"):
        assert "Dicatat" not in said(engine.handle("u1", text))
    assert not engine.state("u1").year.entries
