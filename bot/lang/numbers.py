"""Reads numbers the way Indonesian civil servants write them: 82,23 · 1.575.000 · 60% · ≥ 80 · 2 NSPK · seratus
persen · maks 5%."""

import re
from dataclasses import dataclass

from bot import knowledge

# A bound before the number: what the target's direction is (at least, or at most).
_AT_LEAST = r"≥|>=|>|minimal|min\.?|paling\s+sedikit|sekurang-kurangnya|lebih\s+dari|di\s+atas|at\s+least"
_AT_MOST = (r"≤|<=|<|maksimal|maks\.?|max\.?|paling\s+(?:banyak|lambat|lama)|sebanyak-banyaknya|selambat-lambatnya"
            r"|tidak\s+lebih\s+dari|kurang\s+dari|di\s+bawah")
_TARGET = re.compile(
    rf"^\s*(?:(?P<least>{_AT_LEAST})|(?P<most>{_AT_MOST}))?\s*"
    r"(?P<number>[+-]?\d[\d.,]*)\s*(?P<unit>.*?)\s*$",
    re.IGNORECASE,
)
_BOUND_AFTER = re.compile(r"\s*(?P<least>ke\s*atas)?(?P<most>ke\s*bawah)?\s*$", re.IGNORECASE)  # "80% ke atas"

# Numbers written as words ("seratus persen", "tujuh puluh lima"): Indonesian numerals are a closed grammar.
_DIGIT_WORDS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
                "delapan": 8, "sembilan": 9}
_SE_WORDS = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 1e6}
_GROUP_WORDS = {"belas": 10, "puluh": 10, "ratus": 100}
_NUMBER_WORDS = set(_DIGIT_WORDS) | set(_SE_WORDS) | set(_GROUP_WORDS) | {"ribu", "juta", "koma"}


@dataclass(frozen=True)
class Target:
    value: float
    unit: str | None  # "%" for percentages, else the word after the number, e.g. "NSPK"
    bound: str | None = None  # "≥" or "≤" when the target was written with one ("maks 5%", "≥ 80")
    strict: bool = False  # written «< 1%», «> 80»: shown so, never as «≤ 1%» (tester19 #21)

    @property
    def shown_bound(self) -> str:
        """The bound as written: «<» or «>» for a strict one, else the bound itself (empty when none)."""
        if self.bound and self.strict:
            return "<" if self.bound == "≤" else ">"
        return self.bound or ""

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"


def _thousands(s: str, separator: str) -> bool:
    """«1.575.000»: one to three digits, then groups of exactly three."""
    first, *groups = s.lstrip("+-").split(separator)
    return 1 <= len(first) <= 3 and all(len(g) == 3 for g in groups)


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
        if commas > 1 and not _thousands(s, ","):
            return None
        s = s.replace(",", "") if commas > 1 else s.replace(",", ".")
    elif dots > 1:
        if not _thousands(s, "."):  # «1.1.1» is a code (IKK 1.1.1) or a date, never 111
            return None
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
    """Parse a target such as 100%, "82,23", "1.575.000 Orang", "≤ 5%", "seratus persen" or 4; None when it holds
    no number."""
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, (int, float)):
        return Target(float(raw), None)
    text = str(raw)
    match = _TARGET.match(text) or _TARGET.match(_words_as_digits(text))
    if not match:
        return None
    value = parse_number(match["number"])
    if value is None:
        return None
    unit = match["unit"].strip()
    after = _BOUND_AFTER.search(unit)
    bound = "≥" if match["least"] or after["least"] else "≤" if match["most"] or after["most"] else None
    strict = (match["least"] or match["most"] or "").strip() in ("<", ">")
    unit = unit[:after.start()].strip()
    first, _, rest = unit.partition(" ")
    scales = knowledge.data("numbers")["digit_scales"]
    if first.lower() in scales:  # "1,5 juta orang"
        value, unit = value * scales[first.lower()], rest.strip()
    unit = unit or None
    if unit and unit.lower() in knowledge.data("numbers")["percent"]:  # one list with the chat reader (values.py)
        unit = "%"
    return Target(value, unit, bound, strict)


def _words_as_digits(text: str) -> str:
    """"maks tujuh puluh lima persen" → "maks 75 persen": the first run of number words as digits."""
    words = text.split()
    start = next((i for i, w in enumerate(words) if w.lower() in _NUMBER_WORDS - {"koma"}), None)
    if start is None:
        return text
    end = start
    while end < len(words) and words[end].lower() in _NUMBER_WORDS:
        end += 1
    value = _words_value([w.lower() for w in words[start:end]])
    if value is None:
        return text
    return " ".join(words[:start] + [format_number(value)] + words[end:])


def _words_value(words: list[str]) -> float | None:
    total, group, unit = 0.0, 0.0, 0.0
    for i, word in enumerate(words):
        if word == "koma":  # the digits after it, one word each: "delapan puluh dua koma lima"
            digits = [_DIGIT_WORDS.get(w) for w in words[i + 1:]]
            if not digits or None in digits:
                return None
            return total + group + unit + float("0." + "".join(str(d) for d in digits))
        if word in _DIGIT_WORDS:
            if unit:
                return None  # "dua tiga": not one number
            unit = _DIGIT_WORDS[word]
        elif word in _SE_WORDS:
            if _SE_WORDS[word] >= 1000:
                total += _SE_WORDS[word]
            else:
                group += _SE_WORDS[word]
        elif word == "belas":
            group, unit = group + unit + 10, 0
        elif word in _GROUP_WORDS:
            group, unit = group + (unit or 1) * _GROUP_WORDS[word], 0
        else:  # ribu, juta
            total += (group + unit or 1) * (1e3 if word == "ribu" else 1e6)
            group, unit = 0, 0
    return total + group + unit


def format_number(value: float | None) -> str:
    """The way readers write numbers: 1.575.000 and 82,23 (at most two decimals); "-" for none."""
    if value is None:
        return "-"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")
