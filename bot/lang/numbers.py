"""Reads numbers the way Indonesian civil servants write them: 82,23 · 1.575.000 · 60% · ≥ 80 · 2 NSPK."""

import re
from dataclasses import dataclass

_TARGET = re.compile(
    r"^\s*(?:(?:≥|≤|>=|<=|>|<|minimal|min\.?|maksimal|maks\.?|paling\s+(?:sedikit|banyak|lambat))\s*)?"
    r"(?P<number>[+-]?\d[\d.,]*)\s*(?P<unit>.*?)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Target:
    value: float
    unit: str | None  # "%" for percentages, else the word after the number, e.g. "NSPK"

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"


def parse_number(text: str) -> float | None:
    """Parse one number written with Indonesian or English separators; None if it is not a number."""
    s = text.strip().replace(" ", "")
    if not re.fullmatch(r"[+-]?\d[\d.,]*", s) or s[-1] in ".,":
        return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        # The separator that comes last is the decimal mark: 1.575,5 and 1,575.5 both read 1575.5.
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        s = s.replace(thousands, "").replace(decimal, ".")
    elif commas:
        s = s.replace(",", "") if commas > 1 else s.replace(",", ".")
    elif dots > 1:
        s = s.replace(".", "")
    elif dots == 1:
        whole, frac = s.split(".")
        # Indonesian thousands: 1.575 is one thousand five hundred seventy-five; 0.87 stays a decimal.
        if len(frac) == 3 and whole.lstrip("+-") not in ("0", ""):
            s = whole + frac
    try:
        return float(s)
    except ValueError:
        return None


def parse_target(raw: object) -> Target | None:
    """Parse a target such as 100%, "82,23", "1.575.000 Orang" or 4; None when it holds no number."""
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, (int, float)):
        return Target(float(raw), None)
    match = _TARGET.match(str(raw))
    if not match:
        return None
    value = parse_number(match["number"])
    if value is None:
        return None
    unit = match["unit"].strip() or None
    if unit and unit.lower() in ("%", "persen", "percent"):
        unit = "%"
    return Target(value, unit)


def format_number(value: float | None) -> str:
    """The way readers write numbers: 1.575.000 and 82,23 (at most two decimals); "-" for none."""
    if value is None:
        return "-"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")
