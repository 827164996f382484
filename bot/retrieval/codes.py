"""Indicator codes written in free text ("ikk5.1.1", "apa itu IKP 19.1?") and where a code sits in the cascade."""

import re

# A level word followed by its number, in any case, with or without the space: "IKK 5.1.1", "ikk5.1.1".
_CODE_IN_TEXT = re.compile(r"(?<![A-Za-z])(IT|ISS|IKP|IKK|IKM|IKD)\s*[-:]?\s*(\d{1,3}(?:\.\d{1,3}){0,2})(?![\d])",
                           re.IGNORECASE)


def codes_in(text: str) -> list[str]:
    """Every indicator code in the text, normalised ("IKK 5.1.1"), in order, without repeats."""
    found: list[str] = []
    for level, number in _CODE_IN_TEXT.findall(text):
        code = f"{level.upper()} {number.rstrip('.')}"
        if code not in found:
            found.append(code)
    return found


def without_codes(text: str) -> str:
    """The text with its codes taken out: what is left may still say what the user looks for."""
    return " ".join(_CODE_IN_TEXT.sub(" ", text).split())


def implied_parents(code: str) -> list[str]:
    """Codes above this one by numbering alone, nearest first: IKK 5.1.9 → IKP 5.1, ISS 5.

    The catalog's parent column is the truth when a row exists; this serves codes it does not hold yet.
    """
    level, _, number = code.partition(" ")
    parts = number.split(".")
    if level == "IT" or len(parts) == 1:
        return []
    if len(parts) == 3:
        return [f"IKP {parts[0]}.{parts[1]}", f"ISS {parts[0]}"]
    return [f"ISS {parts[0]}"]


def number_prefix(code: str) -> str:
    """"IKK 5.1.9" → "5.1": codes sharing it (and the level) are siblings."""
    number = code.partition(" ")[2]
    return number.rpartition(".")[0]
