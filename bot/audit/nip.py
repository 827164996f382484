"""NIP as exports really hold it: text with spaces or a leading apostrophe, or a number that lost its leading zeros
or (18 digits, Excel keeps 15) its last digits. One key per person, so two exports match and no two people merge."""

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.sheets.cells import NO_VALUE, Cell

_SEPARATED_DIGITS = re.compile(r"[\d\s.\-]+")
_SCIENTIFIC = re.compile(r"(\d)[.,](\d+)[eE]\+?(\d{1,2})")
_EXACT_DIGITS = 15  # Excel's numbers hold 15 significant digits


@dataclass(frozen=True)
class Nip:
    key: str  # what matches across rows and exports: digits without leading zeros, or the id upper-cased
    shown: str  # for reports; lost digits shown as «?»
    damaged: bool = False  # stored as a number and cut to 15 digits: cannot identify a person alone


def read_nip(cell: Cell) -> Nip | None:
    if cell is NO_VALUE or cell == "" or cell is None:
        return None
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        digits = str(int(Decimal(repr(float(cell)))))  # the shortest repr: 1.99001012020121e+17, not …120992
        if len(digits) > _EXACT_DIGITS:
            kept = digits[:_EXACT_DIGITS]
            return Nip(kept.lstrip("0"), kept + "?" * (len(digits) - _EXACT_DIGITS), damaged=True)
        return Nip(digits.lstrip("0") or "0", digits)
    raw = str(cell).strip().lstrip("'’`\"").rstrip("'’`\"").replace("\u00a0", " ").strip()
    if not any(ch.isalnum() for ch in raw):
        return None  # «…», «-», «___»: a form's blank to write in (as /ekspor leaves a missing NIP), no one's NIP
    if scientific := _SCIENTIFIC.fullmatch(raw):  # "1,99001E+17": a CSV saved from Excel's display
        mantissa = scientific[1] + scientific[2]
        length = int(scientific[3]) + 1
        kept = mantissa[:length]
        return Nip(kept.lstrip("0"), kept + "?" * (length - len(kept)), damaged=True)
    if _SEPARATED_DIGITS.fullmatch(raw):
        digits = re.sub(r"\D", "", raw)
        return Nip(digits.lstrip("0") or "0", digits)
    return Nip(" ".join(raw.upper().split()), raw)
