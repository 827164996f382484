"""The order a plain message is read in is one table: every stage written is in STAGES once, and the walk ends with
a stage that always answers."""

import inspect

from bot.conversation import plain_stages
from bot.conversation.plain_stages import STAGES, Said


def _stages_written() -> list:
    """The module's functions that take the message (Said) as a stage does."""
    functions = inspect.getmembers(plain_stages, inspect.isfunction)
    return [f for _, f in functions if f.__module__ == plain_stages.__name__
            and [p.annotation for p in inspect.signature(f).parameters.values()] == [Said]]


def test_every_stage_written_is_in_the_table_once():
    written = _stages_written()
    assert len(written) > 40  # the check sees the stages
    assert sorted(f.__name__ for f in written if STAGES.count(f) != 1) == []
    assert len(STAGES) == len(set(STAGES))


def test_the_last_stage_answers_what_nothing_else_took(engine):
    """A message no stage before it takes is kept and asked about, never left unanswered."""
    replies = engine.handle("u-stages", "skrining bayi baru lahir")
    assert "maksudnya apa?" in replies[-1].text
    assert engine.state("u-stages").pending == "skrining bayi baru lahir"
