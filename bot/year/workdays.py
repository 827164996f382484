"""Working days in Indonesia: Monday to Friday, not a public holiday or cuti bersama. Holidays come from the
maintained `holidays` package (holidays.Indonesia), in the categories knowledge/pengingat.yaml names."""

from datetime import date, timedelta
from functools import lru_cache

from bot import knowledge


@lru_cache(maxsize=16)
def _calendar(year: int) -> dict[date, str]:
    import holidays

    categories = tuple(knowledge.data("pengingat")["holiday_categories"])
    return dict(holidays.Indonesia(years=year, categories=categories, language="id"))


def holiday(day: date) -> str | None:
    """The holiday's Indonesian name ("Hari Suci Nyepi", "Cuti Bersama Hari Raya Idul Fitri"), or None."""
    return _calendar(day.year).get(day)


def is_workday(day: date) -> bool:
    return day.weekday() < 5 and holiday(day) is None


def next_workday(day: date) -> date:
    """The day itself when it is a working day, else the first one after it."""
    while not is_workday(day):
        day += timedelta(days=1)
    return day


def first_workday(year: int, month: int) -> date:
    return next_workday(date(year, month, 1))
