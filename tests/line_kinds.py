"""The route-set kind tables' cases and their one check (tests/test_year_line_kinds_set5/6/7.py): a table row is
(what the lines are, the kind, the lines) read with and without a logbook, or (what, kind, logging, lines) read with
the logbook as given."""

import pytest

from bot.year.entry_kind import kind_of


def either_way(table: list) -> list:
    """Each line of each row, with no logbook kept and with one."""
    return [pytest.param(text, kind, logging, id=f"{what}-{text}-{'logbook' if logging else 'none'}")
            for what, kind, texts in table for text in texts for logging in (False, True)]


def as_given(table: list) -> list:
    """Each line of each row, with the row's logbook."""
    return [pytest.param(text, kind, logging, id=f"{what}-{text}") for what, kind, logging, texts in table
            for text in texts]


def read_as(text: str, kind, logging: bool) -> None:
    reading = kind_of(text, logging=logging)
    assert reading.kind is kind, reading
