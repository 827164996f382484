"""A logbook line's quantity toward a count IKI, read as the chat reads it on a given day (its date words taken out
first): the helper the entry-number test tables share."""

from datetime import date
from functools import partial

from bot.models import IkiDraft
from bot.year.entry_dates import read_date
from bot.year.entry_numbers import quantity
from bot.year.line import line


def quantity_on(text: str, iki: IkiDraft, today: date) -> float | None:
    ln = line(text)
    return quantity(ln, read_date(ln, today)[1], iki)


def quantity_reader(today: date):
    """`quantity_on` with the day fixed: a test file's `_quantity(text, iki)`."""
    return partial(quantity_on, today=today)
