"""Cell values as the readers hand them over, and their text in the form our number parsers read back exactly."""

from datetime import date, datetime, time, timedelta


class Percent(float):
    """A number from a percent-formatted cell, already ×100: Excel stores 20% as 0.2, this holds 20.0."""


class NoValue:
    """A formula cell saved without its result (a file written by a program, never opened in Excel)."""

    def __repr__(self) -> str:
        return "NO_VALUE"

    def __reduce__(self) -> str:
        return "NO_VALUE"  # one instance, also after a trip through a pipe (cells are compared with `is`)


NO_VALUE = NoValue()
Cell = str | float | int | bool | Percent | NoValue | date | datetime | time | timedelta


def _decimal(value: float) -> str:
    # Comma decimal and no thousands mark: bot.lang.numbers reads "1,575" as 1.575, never as 1575.
    if value.is_integer():
        return str(int(value))
    return repr(value).replace(".", ",")


def text(cell: Cell) -> str:
    """The cell as a user would type it: 12, 22,5, 20%, a date as 2026-01-31; a formula without value is empty."""
    if type(cell) is str:
        return cell
    if cell is NO_VALUE or cell is None:
        return ""
    if isinstance(cell, Percent):
        return _decimal(round(float(cell), 9)) + "%"
    if isinstance(cell, bool):
        return "ya" if cell else "tidak"
    if isinstance(cell, (int, float)):
        return _decimal(float(cell)) if isinstance(cell, float) else str(cell)
    if isinstance(cell, datetime) and cell.time() == time(0):
        return cell.date().isoformat()
    return cell.isoformat() if hasattr(cell, "isoformat") else str(cell)
